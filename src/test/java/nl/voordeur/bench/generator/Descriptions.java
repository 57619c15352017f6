package nl.voordeur.bench.generator;

/** How a visitor writes a help question down, per domain (the texts of the demo's {@code DemoQuestions}). */
final class Descriptions {

    private Descriptions() {
    }

    static String of(String domain) {
        return switch (domain) {
            case "FINANCES" -> "Betalingsachterstanden; wil hulp bij de administratie en het aanvragen van toeslagen";
            case "LANGUAGE" -> "Spreekt en leest weinig Nederlands; wil graag een taalcursus";
            case "PHYSICAL_HEALTH" -> "Lichamelijke klachten, komt moeilijk de trap op";
            case "NEIGHBOURHOOD_SAFETY" -> "Overlast van buren en rommel in de portiek";
            case "WORK_EDUCATION" -> "Zoekt werk, wil hulp bij solliciteren";
            case "SOCIAL_NETWORK" -> "Voelt zich eenzaam, weinig contact met anderen";
            case "DOMESTIC_VIOLENCE" -> "Zorgen over de veiligheid thuis";
            case "HOUSING" -> "Woning is te klein voor het gezin";
            case "MENTAL_HEALTH" -> "Somber en slaapt slecht";
            case "DOMESTIC_RELATIONS" -> "Vragen over de opvoeding van de kinderen";
            default -> "Vraag over " + domain.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
