package nl.voordeur.demo;

import nl.voordeur.household.LifeDomain;

/** Plausible descriptions of help questions per domain, in the words a visitor would write down. */
final class DemoQuestions {

    private DemoQuestions() {
    }

    static String describe(LifeDomain domain) {
        return switch (domain) {
            case FINANCES -> "Betalingsachterstanden; wil hulp bij de administratie en het aanvragen van toeslagen";
            case LANGUAGE -> "Spreekt en leest weinig Nederlands; wil graag een taalcursus";
            case PHYSICAL_HEALTH -> "Lichamelijke klachten, komt moeilijk de trap op";
            case NEIGHBOURHOOD_SAFETY -> "Overlast van buren en rommel in de portiek";
            case WORK_EDUCATION -> "Zoekt werk, wil hulp bij solliciteren";
            case SOCIAL_NETWORK -> "Voelt zich eenzaam, weinig contact met anderen";
            case DOMESTIC_VIOLENCE -> "Zorgen over de veiligheid thuis";
            case HOUSING -> "Woning is te klein voor het gezin";
            case MENTAL_HEALTH -> "Somber en slaapt slecht";
            case DOMESTIC_RELATIONS -> "Vragen over de opvoeding van de kinderen";
            default -> "Vraag over " + domain.name().toLowerCase();
        };
    }
}
