package nl.voordeur.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.ApiClient.Response;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API does with input it cannot use: never a 5xx, always RFC 9457 problem details
 * naming the field, and nothing written before the request is known to be acceptable.
 */
class ApiInputTests extends HttpTest {

    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5704 AA,1,Invoerstraat,Helmond
            5704 AA,2,Invoerstraat,Helmond
            5704 AA,3,Invoerstraat,Helmond
            """;
    static final String NUL = "\u0000";
    static final JsonMapper JSON = JsonMapper.builder().build();

    // ---- helpers -------------------------------------------------------------------------------

    /** Asserts an RFC 9457 answer with this status; returns its body. */
    static JsonNode problem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("type").asString()).isNotBlank();
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("detail").asString()).isNotBlank();
        return body;
    }

    /** Asserts problem details with this status that name this field. */
    static void problemNaming(Response response, int status, String field) {
        JsonNode body = problem(response, status);
        List<String> fields = new ArrayList<>();
        if (body.has("errors")) body.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).as(response.body()).contains(field);
    }

    /** A request with a raw body, any method and content type, as this caller. */
    Response raw(ApiClient caller, String method, String path, String contentType, String accept, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body).header("Accept", accept);
        if (contentType != null) builder.header("Content-Type", contentType);
        if (caller != null && caller.token() != null) builder.header("Authorization", "Bearer " + caller.token());
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends bytes as they are over a socket (for what an HTTP client refuses to send) and reads the answer. */
    Response socket(String head, byte[] body, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(readAnswer(in), StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, headEnd).split("\r\n");
            Map<String, List<String>> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim(), List.of(lines[i].substring(colon + 1).trim()));
            }
            String responseBody = text.substring(headEnd + 4);
            if ("chunked".equalsIgnoreCase(headers.getOrDefault("Transfer-Encoding", List.of("")).getFirst())) {
                responseBody = unchunk(responseBody);
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), responseBody, headers);
        }
    }

    /**
     * Reads until the answer is complete (its Content-Length, or the last chunk) or the server closes
     * the connection; does not wait for the close, since a server may still be draining a request body.
     */
    private static byte[] readAnswer(InputStream in) throws IOException {
        var all = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
                if (complete(all.toString(StandardCharsets.ISO_8859_1))) break;
            }
        } catch (java.net.SocketException e) {
            // a reset after the answer: the server refused to read the rest of the body
        }
        return all.toByteArray();
    }

    private static boolean complete(String text) {
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) return false;
        String head = text.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
        var length = java.util.regex.Pattern.compile("\r\ncontent-length: *(\\d+)").matcher(head);
        if (length.find()) return text.length() - headEnd - 4 >= Integer.parseInt(length.group(1));
        return head.contains("transfer-encoding: chunked") && text.endsWith("\r\n0\r\n\r\n");
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) return out.toString();
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    record Visited(ProgrammeFixture programme, String address, String household, String person, TestUser caseManagerUser,
                   ApiClient caseManager) {
    }

    /** A programme with a visited household at Invoerstraat 1, taken by a case manager. */
    Visited visitedHousehold() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Invoerstraat 1");
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + address + "/visits", visit("Noor Visser"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        var cm = user(organisation("WELFARE"));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", cm.id(), "roles", List.of("CASE_MANAGER")));
        ApiClient caseManager = api(cm.username());
        String household = recorded.json().get("householdId").asString();
        takes(caseManager, cm.id(), household);
        return new Visited(programme, address, household, recorded.json().get("members").get(0).get("id").asString(), cm,
                caseManager);
    }

    static Map<String, Object> visit(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", LocalDate.now().minusDays(1).toString());
        body.put("members", List.of(Map.of("name", name, "birthYear", 1980, "relation", "MAIN_RESIDENT", "present", true)));
        return body;
    }

    static Map<String, Object> attempt(List<?> visitorIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", LocalDate.now().toString());
        body.put("daypart", "MORNING");
        body.put("outcome", "NOT_HOME");
        if (visitorIds != null) body.put("visitorIds", visitorIds);
        return body;
    }

    String demoProgramme(ApiClient coordinator) {
        return coordinator.get("/api/v1/programmes").json().get("items").get(0).get("id").asString();
    }

    // ---- 1. NUL characters ---------------------------------------------------------------------

    @Test
    void aNulInAJsonTextFieldIsRefusedNamingTheField() {
        var response = admin().post("/api/v1/organisations", Map.of("name", "Org" + NUL + UUID.randomUUID(), "kind", "WELFARE"));
        problemNaming(response, 400, "name");
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingTheParameter() {
        var programme = ProgrammeFixture.create(this, STREET);
        problemNaming(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/addresses?q=%00"), 400, "q");
        problemNaming(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/addresses?street=Invoer%00straat"),
                400, "street");
    }

    @Test
    void aNulInCaseGoalsVisitMembersAndTheVisitDraftIsRefused() {
        var v = visitedHousehold();
        String caseId = v.caseManager().post("/api/v1/households/" + v.household() + "/cases",
                Map.of("ownerId", v.caseManagerUser().id(), "personIds", List.of(v.person()))).json().get("id").asString();
        problemNaming(v.caseManager().post("/api/v1/cases/" + caseId + "/goals", Map.of("text", "Werk" + NUL)), 400, "text");

        String other = v.programme().addressId("Invoerstraat 2");
        problemNaming(v.programme().visitorApi.post("/api/v1/addresses/" + other + "/visits", visit("Bas" + NUL + "Jansen")),
                400, "members[0].name");

        var draft = raw(v.programme().visitorApi, "PUT", "/api/v1/addresses/" + other + "/visit-draft", "application/json",
                "application/json", HttpRequest.BodyPublishers.ofString("{\"name\":\"Mevrouw" + NUL + "Jansen\"}"));
        problem(draft, 400);
        assertThat(v.programme().visitorApi.get("/api/v1/addresses/" + other + "/visit-draft").status()).isEqualTo(204);
    }

    @Test
    void aNulInThePathIsRefused() {
        problem(admin().get("/api/v1/organisations/a%00b"), 400);
    }

    @Test
    void aNulInAPageParameterGetsTheDutchErrorPage() {
        var coordinator = pages("coordinator");
        String programme = demoProgramme(api("coordinator"));
        var page = coordinator.get("/programmes/" + programme + "/addresses?q=%00");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("De invoer bevat een teken dat niet is toegestaan.");
    }

    // ---- 2. visitor ids of contact attempts and visits -----------------------------------------

    @Test
    void anEmptyVisitorIdIsRefusedAndTheAttemptsStayReadable() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Invoerstraat 1");
        problemNaming(programme.visitorApi.post("/api/v1/addresses/" + address + "/contact-attempts", attempt(List.of(""))),
                400, "visitorIds[0]");
        var nulls = new ArrayList<Object>();
        nulls.add(null);
        problemNaming(programme.visitorApi.post("/api/v1/addresses/" + address + "/contact-attempts", attempt(nulls)),
                400, "visitorIds[0]");
        assertThat(programme.visitorApi.get("/api/v1/addresses/" + address + "/contact-attempts").status()).isEqualTo(200);
    }

    @Test
    void unknownAndDuplicateVisitorIdsAreRefusedNamingTheField() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Invoerstraat 1");
        String attempts = "/api/v1/addresses/" + address + "/contact-attempts";
        problemNaming(programme.visitorApi.post(attempts, attempt(List.of(UUID.randomUUID()))), 422, "visitorIds");
        UUID pair = programme.partnerVisitor.id();
        problemNaming(programme.visitorApi.post(attempts, attempt(List.of(pair, pair))), 400, "visitorIds");
        assertThat(programme.visitorApi.get(attempts).json().get("total").asInt()).isZero();

        var visitWithStranger = visit("Ria Smit");
        visitWithStranger.put("visitorIds", List.of(UUID.randomUUID()));
        problemNaming(programme.visitorApi.post("/api/v1/addresses/" + address + "/visits", visitWithStranger), 422, "visitorIds");

        var withPair = attempt(List.of(pair));
        assertThat(programme.visitorApi.post(attempts, withPair).status()).isEqualTo(201);
        assertThat(programme.visitorApi.get(attempts).json().get("items").get(0).get("visitors").toString()).doesNotContain("null");
    }

    @Test
    void storedNullVisitorsAreLeftOutWhenReadingAndTheMigrationRemovesThem() throws IOException {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Invoerstraat 1");
        String attempts = "/api/v1/addresses/" + address + "/contact-attempts";
        assertThat(programme.visitorApi.post(attempts, attempt(null)).status()).isEqualTo(201);
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + address + "/visits", visit("Ria Smit")).json();
        String household = recorded.get("householdId").asString();
        // rows as an earlier version stored them: a null, and an id of nobody
        jdbc.sql("UPDATE address.contact_attempt SET visitor_ids = visitor_ids || ARRAY[NULL, ?]::uuid[] WHERE address_id = ?::uuid")
                .params(UUID.randomUUID(), address).update();
        jdbc.sql("UPDATE household.visit SET visitor_ids = visitor_ids || ARRAY[NULL, ?]::uuid[] WHERE household_id = ?::uuid")
                .params(UUID.randomUUID(), household).update();

        var read = programme.visitorApi.get(attempts);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("items").get(0).get("visitors").toString()).doesNotContain("null");
        var file = programme.visitorApi.get("/api/v1/households/" + household);
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        assertThat(file.json().get("visits").get(0).get("visitors").toString()).doesNotContain("null");

        for (String migration : List.of("db/migration/address/V5__remove_null_visitors_from_attempts.sql",
                "db/migration/household/V6__remove_null_visitors_from_visits.sql")) {
            try (InputStream sql = getClass().getClassLoader().getResourceAsStream(migration)) {
                assertThat(sql).as(migration).isNotNull();
                jdbc.sql(new String(sql.readAllBytes(), StandardCharsets.UTF_8)).update();
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM address.contact_attempt WHERE array_position(visitor_ids, NULL) IS NOT NULL")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM household.visit WHERE array_position(visitor_ids, NULL) IS NOT NULL")
                .query(Long.class).single()).isZero();
    }

    // ---- 3. a refused step inside a transaction ------------------------------------------------

    @Test
    void aMeldcodeForAnUnknownPersonIsRefusedNamingThePersonAndCreatesNothing() {
        var v = visitedHousehold();
        var refused = v.caseManager().post("/api/v1/households/" + v.household() + "/meldcode",
                Map.of("personId", UUID.randomUUID(), "concern", "Zorgen om de veiligheid"));
        problemNaming(refused, 422, "personId");
        assertThat(v.caseManager().get("/api/v1/households/" + v.household() + "/meldcode").json().get("total").asInt()).isZero();
    }

    @Test
    void aRefusedBreakGlassOnAnUnknownHouseholdAnswers404AndIsAudited() {
        var v = visitedHousehold();
        String unknown = UUID.randomUUID().toString();
        problem(v.programme().visitorApi.post("/api/v1/households/" + unknown + "/break-glass",
                        Map.of("ground", "ACUTE_UNSAFETY", "reason", "Acute zorg om de veiligheid thuis")),
                404);
        var refused = v.programme().visitorApi.post("/api/v1/households/" + v.household() + "/break-glass", Map.of("ground", "ACUTE_UNSAFETY", "reason", " "));
        problemNaming(refused, 400, "reason");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'ACCESS_DENIED' AND record_id = ?")
                .param(unknown).query(Long.class).single()).isOne();
    }

    @Test
    void aRefusedErasureChangesNothingAndKeepsItsAuditedRefusal() {
        var v = visitedHousehold();
        var officerUser = user(organisation("MUNICIPALITY"));
        admin().post("/api/v1/programmes/" + v.programme().id + "/members", // only an administrator appoints one
                Map.of("userId", officerUser.id(), "roles", List.of("PRIVACY_OFFICER")));
        ApiClient officer = api(officerUser.username());
        v.caseManager().post("/api/v1/households/" + v.household() + "/cases",
                Map.of("ownerId", v.caseManagerUser().id(), "personIds", List.of(v.person())));
        problem(officer.post("/api/v1/persons/" + v.person() + "/erase", Map.of()), 422);
        assertThat(officer.get("/api/v1/persons/" + v.person()).json().get("name").asString()).isEqualTo("Noor Visser");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'DELETE' AND outcome = 'DENIED' AND record_id = ?")
                .param(v.person()).query(Long.class).single()).isOne();
        problem(officer.post("/api/v1/persons/" + UUID.randomUUID() + "/erase", Map.of()), 404);
    }

    // ---- 4. years and dates --------------------------------------------------------------------

    @Test
    void yearsOutsideASaneRangeAreRefusedNamingTheParameter() {
        var programme = ProgrammeFixture.create(this, STREET);
        for (String year : List.of("1000000000", "323128845", "0", "-5", "1899", "2201")) {
            problemNaming(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report.xlsx?year=" + year), 400, "year");
            problemNaming(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report.pdf?year=" + year), 400, "year");
        }
        problemNaming(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report?from=0001-01-01"), 400, "from");
        problemNaming(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report?to=+100000-01-01"), 400, "to");
        assertThat(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report?from=2018-01-01&to=2019-12-31")
                .status()).isEqualTo(200);
        var privacyOfficer = api("privacy_officer");
        problemNaming(privacyOfficer.get("/api/v1/audit?from=%2B100000-01-01T00:00:00Z"), 400, "from");
    }

    @Test
    void datesInBodiesOutsideASaneRangeAreRefusedNamingTheField() {
        var programme = ProgrammeFixture.create(this, STREET);
        var body = programmeBody("Datum " + UUID.randomUUID());
        body.put("startDate", "+10000-01-01");
        problemNaming(programme.coordinator.post("/api/v1/programmes", body), 400, "startDate");
        body.put("startDate", "1800-01-01");
        problemNaming(programme.coordinator.post("/api/v1/programmes", body), 400, "startDate");
        programme.assignAllToThePair();
        var old = attempt(null);
        old.put("date", "0001-01-01");
        problemNaming(programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Invoerstraat 1") + "/contact-attempts",
                old), 400, "date");
    }

    // ---- 5. numbers ----------------------------------------------------------------------------

    @Test
    void aBudgetBeyondTheColumnIsRefusedNamingTheField() {
        var coordinator = ProgrammeFixture.create(this, STREET).coordinator;
        var body = programmeBody("Budget " + UUID.randomUUID());
        body.put("budgetEuros", 1e12);
        problemNaming(coordinator.post("/api/v1/programmes", body), 400, "budgetEuros");
        body.put("budgetEuros", new java.math.BigDecimal("12.345"));
        problemNaming(coordinator.post("/api/v1/programmes", body), 400, "budgetEuros");
    }

    @Test
    void hugeNumbersInBodiesAreRefusedNamingTheField() {
        var v = visitedHousehold();
        var coordinator = v.programme().coordinator;
        String programme = v.programme().id;
        long huge = 2_000_000_000L;
        var body = programmeBody("Groot " + UUID.randomUUID());
        body.put("plannedVisits", huge);
        problemNaming(coordinator.post("/api/v1/programmes", body), 400, "plannedVisits");
        problemNaming(coordinator.post("/api/v1/programmes/" + programme + "/partners",
                Map.of("organisationId", organisation("DEBT_SERVICES"), "priorityResponseDays", huge)), 400, "priorityResponseDays");
        problemNaming(coordinator.put("/api/v1/programmes/" + programme + "/retention",
                Map.of("caseMonths", huge, "contactOnlyMonths", 12)), 400, "caseMonths");
        problemNaming(v.caseManager().post("/api/v1/persons/" + v.person() + "/scores",
                Map.of("domain", "FINANCES", "score", huge, "date", LocalDate.now().toString())), 400, "score");
        problemNaming(v.caseManager().post("/api/v1/persons/" + v.person() + "/conversations",
                Map.of("domain", "FINANCES", "note", "Gesprek", "score", huge)), 400, "score");
        var longVisit = visit("Kees Smit");
        longVisit.put("minutes", huge);
        problemNaming(v.programme().visitorApi.post("/api/v1/addresses/" + v.programme().addressId("Invoerstraat 2") + "/visits",
                longVisit), 400, "minutes");
        var oldMember = visit("Kees Smit");
        oldMember.put("members", List.of(Map.of("name", "Kees Smit", "birthYear", 1_000_000_000, "relation", "MAIN_RESIDENT",
                "present", true)));
        problemNaming(v.programme().visitorApi.post("/api/v1/addresses/" + v.programme().addressId("Invoerstraat 2") + "/visits",
                oldMember), 400, "members[0].birthYear");
    }

    // ---- 6. every error is problem details -----------------------------------------------------

    @Test
    void methodNotAllowedIsProblemDetailsWithAllow() {
        var response = admin().send("DELETE", "/api/v1/organisations", null);
        problem(response, 405);
        assertThat(response.header("Allow")).contains("GET");
        problem(admin().send("QUERY", "/api/v1/organisations", Map.of()), 405);
    }

    @Test
    void anUnsupportedMediaTypeIsProblemDetails() {
        problem(raw(admin(), "POST", "/api/v1/organisations", "application/xml", "application/json",
                HttpRequest.BodyPublishers.ofString("<organisation/>")), 415);
    }

    @Test
    void anUnmappedPathIsProblemDetails() {
        problem(admin().get("/api/v1/no-such-thing"), 404);
    }

    @Test
    void aMissingParameterAndABadIdAreProblemDetails() {
        problem(admin().get("/api/v1/organisations/not-a-uuid"), 400);
        var programme = ProgrammeFixture.create(this, STREET);
        problemNaming(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/addresses?status=NONSENSE"), 400, "status");
    }

    @Test
    void tomcatsOwnBadRequestsAreProblemDetails() throws IOException {
        problem(socket("GET /api/v1/organisations/%zz HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n", null, 5000), 400);
        problem(socket("GET /api/v1/organisations/a|b HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n", null, 5000), 400);
        problem(socket("GET /api/v1/organisations?q=%zz HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n", null, 5000), 400);
    }

    @Test
    void unauthorisedIsUtf8ProblemDetails() {
        var response = anonymousApi().get("/api/v1/users/me");
        problem(response, 401);
        assertThat(response.header("Content-Type")).doesNotContainIgnoringCase("ISO-8859-1");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void pagesKeepTheDutchErrorPage() {
        var page = pages("coordinator").get("/no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Niet gevonden");
    }

    // ---- 7. strict input -----------------------------------------------------------------------

    @Test
    void scalarsOfTheWrongKindAreRefusedNamingTheField() {
        var v = visitedHousehold();
        var outsider = user(organisation("WELFARE"));
        v.programme().coordinator.post("/api/v1/programmes/" + v.programme().id + "/members",
                Map.of("userId", outsider.id(), "roles", List.of("VISITOR")));
        problemNaming(api(outsider.username()).post("/api/v1/households/" + v.household() + "/break-glass",
                Map.of("reason", false)), 400, "reason");
        String caseId = v.caseManager().post("/api/v1/households/" + v.household() + "/cases",
                Map.of("ownerId", v.caseManagerUser().id(), "personIds", List.of(v.person()))).json().get("id").asString();
        problemNaming(v.caseManager().post("/api/v1/cases/" + caseId + "/goals", Map.of("text", false)), 400, "text");
        problemNaming(v.caseManager().post("/api/v1/cases/" + caseId + "/goals", Map.of("text", 12)), 400, "text");
        var epoch = attempt(null);
        epoch.put("date", 0);
        problemNaming(v.programme().visitorApi.post("/api/v1/addresses/" + v.address() + "/contact-attempts", epoch), 400, "date");
        var texty = programmeBody("Tekst " + UUID.randomUUID());
        texty.put("plannedVisits", "160");
        problemNaming(v.programme().coordinator.post("/api/v1/programmes", texty), 400, "plannedVisits");
        assertThat(v.caseManager().get("/api/v1/cases/" + caseId).json().get("goals").size()).isZero();
    }

    @Test
    void unknownPropertiesAreRefusedNamingTheProperty() {
        var body = new HashMap<String, Object>(Map.of("username", "x-" + UUID.randomUUID().toString().substring(0, 12),
                "password", PASSWORD, "displayName", "Extra", "organisationId", organisation("WELFARE"), "isAdmin", true));
        problemNaming(admin().post("/api/v1/users", body), 400, "isAdmin");
        assertThat(jdbc.sql("SELECT count(*) FROM access.user_account WHERE username = ?").param(body.get("username"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void referencesToRecordsThatDoNotExistAreRefusedNamingTheField() {
        var v = visitedHousehold();
        UUID nobody = UUID.randomUUID();
        problemNaming(v.caseManager().post("/api/v1/persons/" + v.person() + "/consents", Map.of("organisationId", nobody,
                "purpose", "REFERRAL", "given", true, "method", "VERBAL", "date", LocalDate.now().toString())), 422, "organisationId");
        problemNaming(v.programme().coordinator.post("/api/v1/programmes/" + v.programme().id + "/members",
                Map.of("userId", nobody, "roles", List.of("VISITOR"))), 422, "userId");
        problemNaming(v.programme().coordinator.post("/api/v1/programmes/" + v.programme().id + "/assignments",
                Map.of("visitorIds", List.of(nobody), "addressIds", List.of(v.address()))), 422, "visitorIds");
        problemNaming(v.programme().coordinator.post("/api/v1/programmes/" + v.programme().id + "/assignments",
                Map.of("visitorIds", List.of(v.programme().visitor.id()), "addressIds", List.of(nobody))), 422, "addressIds");
        problemNaming(v.caseManager().post("/api/v1/households/" + v.household() + "/cases",
                Map.of("ownerId", nobody, "personIds", List.of(v.person()))), 422, "ownerId");
        problemNaming(v.caseManager().post("/api/v1/households/" + v.household() + "/cases",
                Map.of("ownerId", v.caseManagerUser().id(), "personIds", List.of(nobody))), 422, "personIds");
        String question = v.caseManager().post("/api/v1/households/" + v.household() + "/help-questions", Map.of(
                "personId", v.person(), "domain", "FINANCES", "kind", "QUESTION", "description", "Schulden")).json().get("id").asString();
        problemNaming(v.caseManager().post("/api/v1/help-questions/" + question + "/referrals",
                Map.of("organisationId", nobody, "priority", false, "warmHandover", false)), 422, "organisationId");
        String caseId = v.caseManager().post("/api/v1/households/" + v.household() + "/cases",
                Map.of("ownerId", v.caseManagerUser().id(), "personIds", List.of(v.person()))).json().get("id").asString();
        String goal = v.caseManager().post("/api/v1/cases/" + caseId + "/goals", Map.of("text", "Schulden regelen"))
                .json().get("id").asString();
        problemNaming(v.caseManager().post("/api/v1/cases/" + caseId + "/actions",
                Map.of("goalId", goal, "text", "Bellen", "ownerId", nobody)), 422, "ownerId");
        assertThat(v.caseManager().get("/api/v1/persons/" + v.person() + "/consents").json().get("total").asInt()).isZero();
    }

    // ---- 8. content negotiation before side effects --------------------------------------------

    @Test
    void aCreateThatCannotAnswerInTheAcceptedTypeIsRefusedAndCreatesNothing() throws Exception {
        String name = "Csv-" + UUID.randomUUID();
        var response = raw(admin(), "POST", "/api/v1/organisations", "application/json", "text/csv",
                HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name, "kind", "OTHER"))));
        problem(response, 406);
        assertThat(jdbc.sql("SELECT count(*) FROM access.organisation WHERE name = ?").param(name).query(Long.class).single())
                .isZero();
    }

    // ---- 9. body size --------------------------------------------------------------------------

    /** Over the 1 MB limit, under what Tomcat swallows of an unread body (2 MB), so the client reads the answer. */
    static byte[] oversizedJson() {
        return ("{\"username\":\"" + "x".repeat(1536 * 1024) + "\",\"password\":\"p\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        problem(raw(null, "POST", "/api/v1/auth/token", "application/json", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(oversizedJson())), 413);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413WhileReading() {
        var chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversizedJson()));
        problem(raw(null, "POST", "/api/v1/auth/token", "application/json", "application/json", chunked), 413);
    }

    @Test
    void aPageFormOverTheLimitIsRefusedWith413() {
        var page = pages("admin");
        var response = page.postForm("/admin/organisations", Map.of("name", "x".repeat(1536 * 1024), "kind", "OTHER"));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("Er ging iets mis");
    }

    @Test
    void aChunkedPageFormOverTheLimitIsRefusedWith413WhileReading() {
        byte[] form = ("username=" + "x".repeat(1536 * 1024) + "&password=p").getBytes(StandardCharsets.UTF_8);
        var chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form));
        var response = raw(null, "POST", "/login", "application/x-www-form-urlencoded", "text/html", chunked);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("Het verzoek is te groot.");
    }

    @Test
    void aVeryLongUsernameIsRefusedWithoutAServerError() {
        StringBuilder name = new StringBuilder();
        var random = new java.util.Random(7);
        while (name.length() < 20_000) name.append(Long.toString(random.nextLong(), 36));
        var response = anonymousApi().post("/api/v1/auth/token", Map.of("username", name.toString(), "password", "p"));
        assertThat(response.status()).as(response.body()).isIn(400, 401);
        problem(response, response.status());
    }

    @Test
    void anAddressFileLargerThanAJsonBodyMayStillBeImported() {
        var programme = ProgrammeFixture.create(this, STREET);
        StringBuilder csv = new StringBuilder("postcode,huisnummer,straat,woonplaats\n");
        for (int i = 1; csv.length() < 1_200_000; i++) csv.append("5704 AB,").append(i).append(",Lange Importstraat,Helmond\n");
        var preview = programme.coordinator.postRaw("/api/v1/programmes/" + programme.id + "/addresses/import?dryRun=true",
                "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    }

    @Test
    void anImportByACallerWithoutTheRoleIsRefusedBeforeTheBodyIsRead() throws IOException {
        var programme = ProgrammeFixture.create(this, STREET);
        String head = "POST /api/v1/programmes/" + programme.id + "/addresses/import?dryRun=true HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + programme.visitorApi.token() + "\r\n"
                + "Content-Type: text/csv\r\nAccept: application/json\r\nContent-Length: 15000000\r\nConnection: close\r\n\r\n";
        Response response;
        try {
            response = socket(head, "postcode,huisnummer".getBytes(StandardCharsets.UTF_8), 5000);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server waited for the body of a caller who may not import", e);
        }
        problem(response, 403);
    }
}
