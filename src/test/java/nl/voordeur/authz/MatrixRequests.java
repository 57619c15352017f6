package nl.voordeur.authz;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.voordeur.testing.HttpTest;

/**
 * A well-formed request for every endpoint of the matrix, so that a denied caller is refused
 * for who they are and not for a malformed body. Bodies name the matrix world's records.
 */
final class MatrixRequests {

    /** What to send: the concrete path, and a JSON body, form fields, or a CSV file. */
    record Sample(String path, Object json, Map<String, String> form, String csv) {
    }

    private static final Pattern VARIABLE = Pattern.compile("([a-z-]+)/\\{([A-Za-z]+)}");

    private final Map<String, String> ids;

    MatrixRequests(Map<String, String> ids) {
        this.ids = ids;
    }

    Sample sample(String method, String pattern) {
        String path = concrete(pattern);
        String key = method + " " + pattern;
        if (key.equals("POST /api/v1/programmes/{id}/addresses/import")) {
            return new Sample(path + "?dryRun=true", null, null, MatrixWorld.ADDRESSES);
        }
        if (key.equals("POST /programmes/{id}/addresses/import")) {
            return new Sample(path, null, null, MatrixWorld.ADDRESSES);
        }
        if (key.equals("POST /api/v1/programmes/{id}/indicators/import") || key.equals("POST /programmes/{id}/indicators/import")) {
            return new Sample(path, null, null, MatrixWorld.INDICATOR + ";2020;1;Matrix\n");
        }
        if (pattern.startsWith("/api/")) return new Sample(path, json(key), null, null);
        return new Sample(path + query(key), null, form(key), null);
    }

    private String concrete(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) + "/" + value(pattern, m.group(1), m.group(2)));
        }
        m.appendTail(out);
        return out.toString().replace("{action}", "accept");
    }

    private String value(String pattern, String segment, String variable) {
        if (variable.equals("actionId")) return ids.get("action");
        if (variable.equals("attemptId")) return ids.get("attempt");
        if (variable.equals("pendingId")) return UUID.randomUUID().toString();
        if (variable.equals("grantId")) return ids.get(pattern.contains("role-grants") ? "roleGrant" : "grant");
        if (variable.equals("userId") || pattern.startsWith("/admin/users/") || pattern.startsWith("/api/v1/users/")) {
            return ids.get("spareUser");
        }
        if (variable.equals("organisationId")) return ids.get("spareOrganisation");
        if (variable.equals("indicatorId")) return ids.get("indicator");
        if (variable.equals("initiativeId")) return ids.get("initiative");
        return switch (segment) {
            case "programmes" -> ids.get("programme");
            case "addresses" -> ids.get("address");
            case "households" -> pattern.endsWith("/break-glass") ? ids.get("secondHousehold") : ids.get("household");
            case "persons" -> ids.get("person");
            case "help-questions" -> ids.get("question");
            case "referrals" -> ids.get("referral");
            case "cases" -> ids.get("case");
            case "meldcode" -> ids.get("meldcode");
            case "runs" -> ids.get("retentionRun");
            case "organisations" -> ids.get("partnerOrganisation");
            default -> throw new IllegalStateException("No record for {" + variable + "} after " + segment + " in " + pattern);
        };
    }

    private static String query(String key) {
        return switch (key) {
            case "GET /compare" -> "?municipality=Helmond";
            case "GET /programmes/{id}/walk-list/street" -> "?name=Spoorstraat";
            default -> "";
        };
    }

    private Object json(String key) {
        String today = LocalDate.now().toString();
        return switch (key) {
            case "POST /api/v1/auth/token" -> Map.of("username", ids.get("spareUsername"), "password", HttpTest.PASSWORD);
            case "POST /api/v1/addresses/{id}/contact-attempts" ->
                    Map.of("date", today, "daypart", "MORNING", "channel", "DOOR", "outcome", "NOT_HOME");
            case "POST /api/v1/addresses/{id}/status-correction" -> Map.of("status", "IN_SCOPE", "reason", "Controle");
            case "PUT /api/v1/addresses/{id}/visit-draft" -> Map.of("members", List.of());
            case "POST /api/v1/addresses/{id}/visits" -> Map.of("date", today, "members",
                    List.of(Map.of("name", "Nieuwe Bewoner", "birthYear", 1980, "relation", "MAIN_RESIDENT", "present", true)));
            case "POST /api/v1/cases/{id}/actions" -> Map.of("goalId", ids.get("goal"), "text", "Bellen");
            case "POST /api/v1/cases/{id}/goals" -> Map.of("text", "Werk vinden");
            case "POST /api/v1/cases/{id}/close" -> Map.of("reason", "GOALS_MET");
            case "POST /api/v1/help-questions/{id}/close" -> Map.of("outcome", "RESOLVED");
            case "POST /api/v1/help-questions/{id}/referrals" ->
                    Map.of("organisationId", ids.get("partnerOrganisation"), "priority", false, "warmHandover", false);
            case "POST /api/v1/help-questions/{id}/triage" -> Map.of("handler", "REFERRAL", "reason", "Schuldhulp");
            case "POST /api/v1/households/{id}/case-manager" -> Map.of("userId", ids.get("caseManagerUser"));
            case "POST /api/v1/households/{id}/cases" ->
                    Map.of("ownerId", ids.get("caseManagerUser"), "personIds", List.of(ids.get("person")));
            case "POST /api/v1/households/{id}/help-questions" -> Map.of("personId", ids.get("person"),
                    "domain", "WORK_EDUCATION", "kind", "QUESTION", "description", "Zoekt werk");
            case "PUT /api/v1/households/{id}/intake" -> Map.of("version", 0);
            case "POST /api/v1/households/{id}/meldcode" -> Map.of("personId", ids.get("person"), "concern", "Zorg");
            case "POST /api/v1/meldcode/{id}/steps" -> Map.of("step", "CONSULTED", "note", "Collega gesproken");
            case "POST /api/v1/organisations" -> Map.of("name", "Org-" + UUID.randomUUID(), "kind", "OTHER");
            case "POST /api/v1/persons/{id}/consents" -> Map.of("organisationId", ids.get("partnerOrganisation"),
                    "purpose", "REFERRAL", "given", true, "method", "VERBAL", "date", today);
            case "POST /api/v1/persons/{id}/conversations" -> Map.of("domain", "FINANCES", "note", "Gesprek");
            case "POST /api/v1/persons/{id}/scores" -> Map.of("domain", "FINANCES", "score", 3, "date", today);
            case "POST /api/v1/programmes/{id}/announcement-letters" ->
                    Map.of("addressIds", List.of(ids.get("spareAddress")), "from", today, "to", today);
            case "POST /api/v1/programmes/{id}/assignments" ->
                    Map.of("visitorIds", List.of(ids.get("visitorUser")), "addressIds", List.of(ids.get("spareAddress")));
            case "POST /api/v1/programmes/{id}/members" -> Map.of("userId", ids.get("spareUser"), "roles", List.of("VISITOR"));
            case "POST /api/v1/programmes/{id}/partners" ->
                    Map.of("organisationId", ids.get("spareOrganisation"), "priorityResponseDays", 3);
            case "POST /api/v1/programmes/{id}/status" -> Map.of("status", "RUNNING");
            case "PUT /api/v1/programmes/{id}", "POST /api/v1/programmes" -> HttpTest.programmeBody("Matrix " + UUID.randomUUID());
            case "POST /api/v1/households/{id}/break-glass" -> Map.of("ground", "ACUTE_UNSAFETY", "reason", "Acute zorg om de veiligheid thuis");
            case "PUT /api/v1/programmes/{id}/retention" -> Map.of("caseMonths", 24, "contactOnlyMonths", 12);
            case "POST /api/v1/users/me/two-factor" -> Map.of("password", HttpTest.PASSWORD);
            case "PUT /api/v1/users/me/two-factor" -> Map.of("code", "123456");
            // after "POST /account/notifications" (the sweep goes in sorted order) saved each caller's first choice
            case "PUT /api/v1/users/me/notifications" -> Map.of("email", "", "mode", "IMMEDIATE", "version", 1);
            // a wrong current password: the refusal is audited, and nobody's password changes
            case "PUT /api/v1/users/me/password" -> Map.of("currentPassword", "not the password 2026",
                    "newPassword", "een nieuwe zin voor het werk");
            case "POST /api/v1/persons/search" -> Map.of("programmeId", ids.get("programme"), "name", "Matrix");
            case "PUT /api/v1/persons/{id}" -> Map.of("name", "Matrix Hoofdbewoner", "birthYear", 1970, "version", 0);
            case "POST /api/v1/users" -> Map.of("username", "m-" + UUID.randomUUID().toString().substring(0, 12),
                    "password", HttpTest.PASSWORD, "displayName", "Matrix", "organisationId", ids.get("spareOrganisation"));
            case "PUT /api/v1/addresses/{id}/corporation" -> Map.of("corporationOwned", false);
            case "POST /api/v1/programmes/{id}/indicators" ->
                    Map.of("name", "Matrix " + UUID.randomUUID(), "unit", "aantal", "direction", "LOWER_IS_BETTER");
            // without the version read: past the access rules, a change answers 409 and saves nothing
            case "PUT /api/v1/programmes/{id}/indicators/{indicatorId}" ->
                    Map.of("name", MatrixWorld.INDICATOR, "unit", "aantal", "direction", "LOWER_IS_BETTER");
            case "POST /api/v1/programmes/{id}/initiatives", "PUT /api/v1/programmes/{id}/initiatives/{initiativeId}" ->
                    MatrixWorld.initiative();
            default -> Map.of("reason", "Matrix", "successful", true);
        };
    }

    private Map<String, String> form(String key) {
        String today = LocalDate.now().toString();
        Map<String, String> programme = new HashMap<>(Map.of("name", "Matrix " + UUID.randomUUID(), "municipality", "Helmond",
                "neighbourhood", "Annawijk", "startDate", "2026-01-01", "endDate", "2026-12-31"));
        return switch (key) {
            case "POST /addresses/{id}/attempts" -> Map.of("outcome", "NOT_HOME", "programmeId", ids.get("programme"));
            case "POST /addresses/{id}/attempts/{attemptId}/undo" -> Map.of("programmeId", ids.get("programme"));
            case "POST /addresses/{id}/correction" -> Map.of("status", "IN_SCOPE", "reason", "Controle");
            case "POST /addresses/{id}/visit/draft" -> Map.of("date", today);
            case "POST /addresses/{id}/visit" -> Map.of("date", today, "members[0].name", "Nieuwe Bewoner",
                    "members[0].birthYear", "1980", "members[0].relation", "MAIN_RESIDENT", "members[0].present", "true");
            case "POST /programmes/{id}/retention" -> Map.of("caseMonths", "24", "contactOnlyMonths", "12", "version", "0");
            case "POST /account/two-factor" -> Map.of("password", HttpTest.PASSWORD, "code", "123456");
            case "POST /account/notifications" -> Map.of("email", "", "mode", "DAILY_DIGEST", "version", "0");
            case "POST /account/password" -> Map.of("currentPassword", "not the password 2026",
                    "newPassword", "een nieuwe zin voor het werk");
            case "POST /login/code", "POST /login/enrol" -> Map.of("code", "123456");
            case "POST /admin/organisations" -> Map.of("name", "Org-" + UUID.randomUUID(), "kind", "OTHER");
            case "POST /admin/users/{id}/enabled" -> Map.of("enabled", "true", "version", "0");
            case "POST /admin/users" -> Map.of("username", "m-" + UUID.randomUUID().toString().substring(0, 12),
                    "password", HttpTest.PASSWORD, "displayName", "Matrix", "organisationId", ids.get("spareOrganisation"));
            case "POST /cases/{id}/action" -> Map.of("goalId", ids.get("goal"), "text", "Bellen");
            case "POST /cases/{id}/goal" -> Map.of("text", "Werk vinden");
            case "POST /cases/{id}/move" -> Map.of("to", "MONITORING");
            case "POST /households/{id}/case-manager" -> Map.of("programmeId", ids.get("programme"),
                    "userId", ids.get("caseManagerUser"));
            case "POST /households/{id}/cases" -> Map.of("personIds", ids.get("person"));
            case "POST /households/{id}/conversations" -> Map.of("personId", ids.get("person"), "domain", "FINANCES", "note", "Gesprek");
            case "POST /households/{id}/help-questions" -> Map.of("personId", ids.get("person"), "domain", "WORK_EDUCATION",
                    "kind", "QUESTION", "description", "Zoekt werk");
            case "POST /households/{id}/meldcode" -> Map.of("personId", ids.get("person"), "concern", "Zorg");
            case "POST /households/{id}/work/close", "POST /programmes/{id}/specialist/close" ->
                    Map.of("questionId", ids.get("question"), "outcome", "RESOLVED");
            case "POST /households/{id}/work/consent" -> Map.of("personId", ids.get("person"),
                    "organisationId", ids.get("partnerOrganisation"), "given", "true", "method", "VERBAL");
            case "POST /households/{id}/work/refer" -> Map.of("questionId", ids.get("question"),
                    "organisationId", ids.get("partnerOrganisation"));
            case "POST /households/{id}/work/triage" -> Map.of("questionId", ids.get("question"), "handler", "REFERRAL", "reason", "Schuldhulp");
            case "POST /language" -> Map.of("lang", "nl");
            case "POST /meldcode/{id}/steps" -> Map.of("step", "CONSULTED", "note", "Collega gesproken");
            case "POST /programmes/{id}/letters" -> Map.of("from", today, "to", today);
            case "POST /programmes/{id}/members" -> Map.of("userId", ids.get("spareUser"), "roles", "VISITOR");
            case "POST /programmes/{id}/partners" -> Map.of("organisationId", ids.get("spareOrganisation"),
                    "priorityResponseDays", "3");
            case "POST /programmes/{id}/planning/assign" -> Map.of("street", "Spoorstraat", "visitorIds", ids.get("visitorUser"));
            case "POST /programmes/{id}/report-text" -> Map.of("year", "2026", "conclusions", "Goed jaar");
            case "POST /programmes/{id}/status" -> Map.of("status", "RUNNING");
            case "POST /programmes/{id}", "POST /programmes" -> programme;
            case "POST /referrals/{id}/{action}" -> Map.of("reason", "Matrix");
            case "POST /households/{id}/break-glass" -> Map.of("ground", "ACUTE_UNSAFETY", "reason", "Acute zorg om de veiligheid thuis");
            case "POST /persons/search" -> Map.of("programmeId", ids.get("programme"), "name", "Matrix");
            case "POST /programmes/{id}/indicators" -> Map.of("name", "Matrix " + UUID.randomUUID(), "unit", "aantal",
                    "direction", "LOWER_IS_BETTER");
            case "POST /programmes/{id}/indicators/{indicatorId}/values" -> Map.of("year", "2021", "value", "1", "source", "Matrix");
            case "POST /programmes/{id}/indicators/{indicatorId}/values/remove" -> Map.of("year", "2021");
            case "POST /programmes/{id}/initiatives" -> Map.of("activity", "Matrix", "heldOn", today, "organiser", "Matrix",
                    "participants", "1", "volunteers", "0");
            case "POST /persons/{id}/rectify" -> Map.of("name", "Matrix Hoofdbewoner", "birthYear", "1970", "version", "0");
            default -> Map.of();
        };
    }
}
