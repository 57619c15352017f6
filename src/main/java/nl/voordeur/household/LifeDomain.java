package nl.voordeur.household;

import java.util.EnumSet;
import java.util.Set;

/** The life domains (product.md), mapped to ZRM 2017 where one exists. */
public enum LifeDomain {
    FINANCES, WORK_EDUCATION, DAYTIME_ACTIVITY, HOUSING, NEIGHBOURHOOD_SAFETY, DOMESTIC_RELATIONS, DOMESTIC_VIOLENCE,
    PHYSICAL_HEALTH, MENTAL_HEALTH, SUBSTANCE_USE, ADL, SOCIAL_NETWORK, PARTICIPATION, LANGUAGE, JUSTICE;

    /** Domains a police user never sees (product.md). */
    public static final Set<LifeDomain> HEALTH = EnumSet.of(PHYSICAL_HEALTH, MENTAL_HEALTH, SUBSTANCE_USE, ADL);

    /** The health domains' codes, as an SQL array parameter for the police filter. */
    public static String[] healthCodes() {
        return HEALTH.stream().map(Enum::name).toArray(String[]::new);
    }

    public boolean isHealth() {
        return HEALTH.contains(this);
    }

    /** The domains this user may see and choose: a police user never gets the health domains. */
    public static java.util.List<LifeDomain> shownTo(nl.voordeur.access.CurrentUser user) {
        return java.util.Arrays.stream(values()).filter(d -> !(user.isPolice() && d.isHealth())).toList();
    }
}
