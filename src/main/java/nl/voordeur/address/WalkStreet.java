package nl.voordeur.address;

import java.util.List;

/**
 * One street of a visitor's walk list: its first addresses in walking order, and how many it has
 * in all, so the page can offer the rest of the street on request.
 */
public record WalkStreet(String street, long total, List<WalkListItem> items) {

    public boolean more() {
        return total > items.size();
    }
}
