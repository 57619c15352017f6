package nl.voordeur.bench.gatling;

/**
 * The knobs of the load test, from system properties (the {@code gatling} Maven profile passes
 * them on): where the app runs, how many users for how long, and how briskly they work.
 */
record BenchSettings(String baseUrl, int users, double minutes, String admin, String password, int programmes,
                     int addressesPerVisitor, double pauseFactor, String marker) {

    static BenchSettings fromSystem() {
        return new BenchSettings(
                System.getProperty("gatling.baseUrl", "http://localhost:8080"),
                Integer.getInteger("gatling.users", 200),
                Double.parseDouble(System.getProperty("gatling.minutes", "3")),
                System.getProperty("gatling.admin", "admin"),
                System.getProperty("gatling.adminPassword", "demo-voordeur-2026"),
                Integer.getInteger("gatling.programmes", 4),
                Integer.getInteger("gatling.addressesPerVisitor", 100),
                Double.parseDouble(System.getProperty("gatling.pauseFactor", "1")),
                System.getProperty("gatling.marker", ""));
    }

    /** Half the users visit, a fifth are case managers, the rest partners and coordinators. */
    int visitors() {
        return users / 2;
    }

    int caseManagers() {
        return users / 5;
    }

    int partners() {
        return (users - visitors() - caseManagers()) / 2;
    }

    int coordinators() {
        return users - visitors() - caseManagers() - partners();
    }
}
