package nl.voordeur.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.voordeur.authz.MatrixWorld.Caller;
import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

/**
 * Every endpoint the application registers × every kind of caller, against the readable table
 * in {@code src/test/resources/authz/matrix.txt}. "+" means the caller gets past the access
 * rules (any answer but 401, 403, 404 or a redirect to the login page); "A" means that and an
 * audit entry naming the caller, as every call that reads or writes personal data must leave;
 * "-" means they are refused. An endpoint without a row, or a row without an endpoint, fails the build. The
 * answers actually seen are written to {@code target/authz-matrix-observed.txt}, in the table's
 * own format, for review when a row has to change.
 */
class AuthorizationMatrixTests extends HttpTest {

    static final Path TABLE = Path.of("src/test/resources/authz/matrix.txt");
    /** The framework's error page answers every failure; it has no access rules of its own. */
    static final Set<String> NOT_IN_MATRIX = Set.of("GET /error");
    /** Endpoints that end the caller's own token or sessions: the caller logs in anew after each. */
    static final Set<String> SELF_ENDING = Set.of("DELETE /api/v1/auth/token", "POST /api/v1/auth/logout-everywhere",
            "POST /account/logout-everywhere");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRegisteredEndpointHasARowAndEveryRowAnEndpoint() throws IOException {
        Set<String> registered = registered();
        Set<String> rows = table().keySet();
        assertThat(new TreeSet<>(registered)).as("endpoints without a row in " + TABLE)
                .isSubsetOf(rows);
        assertThat(new TreeSet<>(rows)).as("rows in " + TABLE + " without an endpoint").isSubsetOf(registered);
    }

    @Test
    void everyCallerGetsExactlyWhatTheMatrixSays() throws IOException {
        MatrixWorld world = new MatrixWorld(this, port);
        long firstEntry = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit.audit_entry").query(Long.class).single();
        Sweep sweep = sweep(world, false);
        write(sweep.observed());
        Files.writeString(Path.of("target/authz-matrix-statuses.txt"), sweep.statuses());
        assertThat(sweep.mismatches()).as("callers treated otherwise than " + TABLE + " says").isEmpty();
        // issue 16 item 13: a programme-scoped privacy officer finds every entry about a person under its programme
        assertThat(jdbc.sql("""
                SELECT DISTINCT action || ' ' || record_type FROM audit.audit_entry
                WHERE id > ? AND person_id IS NOT NULL AND programme_id IS NULL""").param(firstEntry).query(String.class).list())
                .as("audit entries about a person without the programme they belong to").isEmpty();
    }

    /**
     * Issue 16 item 2: the same matrix with every caller working for the police, in every role
     * (coordinator, visitor, case manager, specialist, partner, safety and privacy officer, council),
     * over a household that also holds a mental-health question, note and score. Each gets what the
     * matrix says, and no answer, page or API, JSON or document, holds anything of a health domain.
     */
    @Test
    void policeCallersInEveryRoleGetWhatTheMatrixSaysAndNeverAHealthDomain() throws IOException {
        MatrixWorld world = new MatrixWorld(this, port, true);
        Sweep sweep = sweep(world, true);
        Files.writeString(Path.of("target/authz-matrix-police-statuses.txt"), sweep.statuses());
        assertThat(sweep.mismatches()).as("police callers treated otherwise than " + TABLE + " says").isEmpty();
    }

    record Sweep(Map<String, String> observed, StringBuilder statuses, List<String> mismatches) {
    }

    /** Calls every endpoint as every caller; with {@code health}, an answer holding a health marker is a mismatch too. */
    private Sweep sweep(MatrixWorld world, boolean health) throws IOException {
        Map<String, String> expected = table();
        // the world's attempt is past its minute of undo, whenever the sweep reaches the undo endpoints
        jdbc.sql("UPDATE address.contact_attempt SET recorded_at = recorded_at - interval '1 hour' WHERE id = ?")
                .param(java.util.UUID.fromString(world.ids.get("attempt"))).update();
        MatrixRequests requests = new MatrixRequests(world.ids);
        Sweep sweep = new Sweep(new TreeMap<>(), new StringBuilder(), new ArrayList<>());
        for (String endpoint : new TreeSet<>(registered())) {
            String[] parts = endpoint.split(" ", 2);
            StringBuilder row = new StringBuilder();
            for (Caller caller : Caller.values()) {
                if (parts[0].equals("DELETE") || parts[1].endsWith("/remove")) world.restore();
                MatrixRequests.Sample sample = requests.sample(parts[0], parts[1]);
                long before = lastAuditEntryOf(world.userIds.get(caller));
                Outcome outcome = call(world, caller, parts[0], sample, health);
                if (outcome.symbol == '+' && lastAuditEntryOf(world.userIds.get(caller)) > before) {
                    outcome = new Outcome(outcome.status, outcome.location, 'A', outcome.body);
                }
                if (SELF_ENDING.contains(endpoint) && caller != Caller.ANONYMOUS) world.relogin(caller);
                row.append(outcome.symbol);
                sweep.statuses().append(endpoint).append(' ').append(caller).append(' ').append(outcome.status).append('\n');
                String want = expected.get(endpoint);
                if (outcome.status >= 500) {
                    sweep.mismatches().add(endpoint + " as " + caller + ": server error " + outcome.status);
                } else if (want != null && want.charAt(caller.ordinal()) != outcome.symbol
                        && !(health && (want.charAt(caller.ordinal()) == '-') == (outcome.symbol == '-'))) {
                    // the police sweep asks who gets through and what they see; which calls audit is the first sweep's
                    sweep.mismatches().add(endpoint + " as " + caller + ": expected " + want.charAt(caller.ordinal())
                            + " but got " + outcome.status + " " + outcome.location);
                }
                if (health) {
                    MatrixWorld.HEALTH_MARKERS.stream().filter(outcome.body::contains).findFirst().ifPresent(marker ->
                            sweep.mismatches().add(endpoint + " as police " + caller + ": the answer holds " + marker));
                }
            }
            sweep.observed().put(endpoint, row.toString());
        }
        return sweep;
    }

    /** What a call gave; the body is the text of the answer (a PDF's extracted text), for the health check. */
    record Outcome(int status, String location, char symbol, String body) {
    }

    private long lastAuditEntryOf(java.util.UUID user) {
        if (user == null) return 0;
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit.audit_entry WHERE user_id = ?").param(user)
                .query(Long.class).single();
    }

    private Outcome call(MatrixWorld world, Caller caller, String method, MatrixRequests.Sample sample, boolean read) {
        if (sample.path().startsWith("/api/v1/")) {
            ApiClient api = caller == Caller.ANONYMOUS ? anonymousApi() : world.apis.get(caller);
            ApiClient.Response response = sample.csv() != null
                    ? api.postRaw(sample.path(), "text/csv", sample.csv().getBytes(StandardCharsets.UTF_8))
                    : api.send(method, sample.path(), method.equals("GET") || method.equals("DELETE") ? null : sample.json());
            int status = response.status();
            String body = response.body() == null ? "" : response.body();
            if (read && status == 200 && method.equals("GET") && (sample.path().contains(".pdf") || sample.path().contains(".xlsx"))) {
                body = documentText(api.getBytes(sample.path()).body());
            }
            return new Outcome(status, "", Set.of(401, 403, 404).contains(status) ? '-' : '+', body);
        }
        PageClient page = caller == Caller.ANONYMOUS ? anonymousPages() : world.pages.get(caller);
        PageClient.Page response;
        if (method.equals("GET")) {
            response = page.get(sample.path());
            if (read && response.status() == 200 && (sample.path().contains(".pdf") || sample.path().contains(".xlsx"))) {
                return new Outcome(200, "", '+', documentText(page.getBytes(sample.path())));
            }
        } else {
            page.get("/");
            response = sample.csv() != null ? page.postFile(sample.path(), "file", "adressen.csv", sample.csv())
                    : page.postForm(sample.path(), sample.form());
        }
        int status = response.status();
        boolean denied = Set.of(401, 403, 404).contains(status)
                || (status == 302 && response.location().contains("/login") && !response.location().endsWith("/login?logout"));
        return new Outcome(status, response.location(), denied ? '-' : '+', response.body());
    }

    /** A download as text: a PDF read with PDFBox, a workbook cell by cell (their bytes are compressed). */
    private static String documentText(byte[] bytes) {
        try {
            if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P') {
                try (var document = Loader.loadPDF(bytes)) {
                    return new PDFTextStripper().getText(document);
                }
            }
            StringBuilder text = new StringBuilder();
            try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
                for (var sheet : workbook.getSheets().toList()) {
                    try (var rows = sheet.openStream()) {
                        rows.forEach(row -> row.forEach(cell -> text.append(cell == null ? "" : cell.getText()).append(' ')));
                    }
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PageClient anonymousPages() {
        PageClient client = new PageClient(port);
        client.get("/login");
        return client;
    }

    private Set<String> registered() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.toSet());
            if (methods.isEmpty()) methods = Set.of("GET");
            for (String method : methods) {
                for (String pattern : info.getPatternValues()) {
                    String endpoint = method + " " + pattern;
                    if (!NOT_IN_MATRIX.contains(endpoint)) endpoints.add(endpoint);
                }
            }
        });
        return endpoints;
    }

    /** The table: endpoint → one symbol per caller, in {@link Caller} order. */
    static Map<String, String> table() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            String[] cells = trimmed.split("\\s+");
            String symbols = String.join("", Arrays.copyOfRange(cells, 2, cells.length));
            if (symbols.length() != Caller.values().length || !symbols.matches("[+A-]+")) {
                throw new IllegalStateException("Row needs one +, A or - per caller: " + line);
            }
            rows.put(cells[0] + " " + cells[1], symbols);
        }
        return rows;
    }

    private static void write(Map<String, String> observed) throws IOException {
        StringBuilder out = new StringBuilder(header());
        observed.forEach((endpoint, symbols) -> {
            String[] parts = endpoint.split(" ", 2);
            out.append(String.format("%-6s %-56s", parts[0], parts[1]));
            for (char c : symbols.toCharArray()) out.append("  ").append(c).append(' ');
            out.append('\n');
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/authz-matrix-observed.txt"), out);
    }

    static String header() {
        StringBuilder h = new StringBuilder(String.format("# %-61s", "method path"));
        for (Caller c : Caller.values()) h.append(' ').append(c.name(), 0, 3);
        return h.append('\n').toString();
    }
}
