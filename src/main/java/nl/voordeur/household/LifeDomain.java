package nl.voordeur.household;

import java.util.EnumSet;
import java.util.Set;

/** The life domains (product.md), mapped to ZRM 2017 where one exists. */
public enum LifeDomain {
    FINANCES, WORK_EDUCATION, DAYTIME_ACTIVITY, HOUSING, NEIGHBOURHOOD_SAFETY, DOMESTIC_RELATIONS, DOMESTIC_VIOLENCE,
    PHYSICAL_HEALTH, MENTAL_HEALTH, SUBSTANCE_USE, ADL, SOCIAL_NETWORK, PARTICIPATION, LANGUAGE, JUSTICE;

    /** Domains a police user never sees (product.md); who sees what is decided by {@link DomainScreen}. */
    public static final Set<LifeDomain> HEALTH = EnumSet.of(PHYSICAL_HEALTH, MENTAL_HEALTH, SUBSTANCE_USE, ADL);

    public boolean isHealth() {
        return HEALTH.contains(this);
    }
}
