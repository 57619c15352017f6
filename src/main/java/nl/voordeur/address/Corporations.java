package nl.voordeur.address;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.voordeur.access.OrganisationView;

/**
 * The housing corporations an address list may name in its {@code corporatie} column (matched on
 * the registered name, ignoring case and extra spaces), and the one a plain "ja" stands for: the
 * programme's corporation partner when it has exactly one, else none (the owner stays unknown
 * until the coordinator sets it per address).
 */
record Corporations(Map<String, UUID> byName, UUID sole) {

    static final Corporations NONE = new Corporations(Map.of(), null);

    Corporations {
        byName = Map.copyOf(byName);
    }

    static Corporations of(List<OrganisationView> corporations, List<UUID> partnerCorporations) {
        Map<String, UUID> byName = new HashMap<>();
        corporations.forEach(c -> byName.putIfAbsent(key(c.name()), c.id()));
        return new Corporations(byName, partnerCorporations.size() == 1 ? partnerCorporations.getFirst() : null);
    }

    /** The corporation registered under this name, or {@code null}. */
    UUID named(String name) {
        return byName.get(key(name));
    }

    private static String key(String name) {
        return Columns.clean(name).toLowerCase(Locale.ROOT);
    }
}
