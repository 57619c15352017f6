package nl.voordeur.demo;

/**
 * How far a seed programme's outreach has come in the demo: of its addresses, how many were
 * visited, reached at the door only, refused, or not reached yet; and how the visited
 * households' help questions fall (single domain, several domains, none). Wielwijk's figures
 * are the seed's own: 214 households, about three quarters contacted, just under half
 * visited, one third each single, multiple and none (seed 002).
 */
record OutreachPlan(int visited, int doorstep, int refused, int single, int multiple) {

    static OutreachPlan forProgramme(String neighbourhood) {
        if (neighbourhood.startsWith("Wielwijk")) return new OutreachPlan(100, 50, 10, 33, 36);
        if (neighbourhood.startsWith("De Ruit")) return new OutreachPlan(245, 40, 15, 80, 85);
        if (neighbourhood.startsWith("Annawijk")) return new OutreachPlan(130, 60, 20, 43, 45);
        if (neighbourhood.startsWith("De Waart")) return new OutreachPlan(90, 40, 15, 30, 30);
        return new OutreachPlan(200, 120, 40, 66, 70);
    }
}
