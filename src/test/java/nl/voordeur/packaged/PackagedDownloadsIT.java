package nl.voordeur.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.PageClient;

/**
 * Every download of the shipped jar, fetched as the role that may have it and read back as a
 * document: the report (PDF and Excel), the walk list, the announcement letters, the
 * subject-access export (PDF and JSON) and the audit export. Also the two ways in: the login page
 * and the token endpoint. This is the test that caught the test-scoped pdfbox, which left every
 * PDF failing in the product while the tests on the test classpath passed.
 */
class PackagedDownloadsIT {

    private static final String PASSWORD = "demo-voordeur-2026";

    private static PackagedApp app;
    private static String wielwijk;

    @BeforeAll
    static void startTheJar() {
        app = PackagedApp.get();
        wielwijk = programme(api("coordinator"), "Wielwijk").get("id").asString();
    }

    private static ApiClient api(String username) {
        return ApiClient.login(app.port(), username, PASSWORD);
    }

    private static JsonNode programme(ApiClient client, String neighbourhood) {
        var programmes = client.get("/api/v1/programmes?size=50");
        assertThat(programmes.status()).isEqualTo(200);
        return StreamSupport.stream(programmes.json().get("items").spliterator(), false)
                .filter(p -> p.get("neighbourhood").asString().equals(neighbourhood)).findFirst().orElseThrow();
    }

    @Test
    void theDemoStartSaysItIsBuildingAndReadinessWaitsUntilTheLoginsWork() {
        assertThat(app.output()).contains("Demogegevens worden aangemaakt").contains("Voordeur demo logins");
        assertThat(app.readyOnlyAfterLogins()).as("a demo login works as soon as readiness is UP").isTrue();
    }

    @Test
    void aUserLogsInThroughTheLoginPageAndThroughTheTokenEndpoint() {
        var browser = PageClient.loggedIn(app.port(), "coordinator", PASSWORD);
        var start = browser.get("/");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("Carla Coördinator");

        var me = api("visitor").get("/api/v1/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("visitor");
    }

    @Test
    void theYearlyReportDownloadsAsAPdfAndAnExcelWorkbook() throws IOException {
        var coordinator = api("coordinator");
        var pdf = coordinator.getBytes("/api/v1/programmes/" + wielwijk + "/report.pdf");
        assertThat(text(pdf, "application/pdf")).contains("Wielwijk").contains("verantwoording");

        var xlsx = coordinator.getBytes("/api/v1/programmes/" + wielwijk + "/report.xlsx");
        assertDownload(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> cells = new ArrayList<>();
            workbook.getSheets().forEach(sheet -> {
                try (var rows = sheet.openStream()) {
                    rows.forEach(row -> cells.addAll(texts(row)));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(workbook.getSheets().count()).isGreaterThan(1);
            assertThat(cells).isNotEmpty();
        }
    }

    @Test
    void theVisitorsWalkListDownloadsAsAPdf() throws IOException {
        var pdf = api("visitor").getBytes("/api/v1/programmes/" + wielwijk + "/walk-list.pdf");
        String text = text(pdf, "application/pdf");
        assertThat(text).containsPattern("\\d{4} [A-Z]{2}");
    }

    @Test
    void announcementLettersDownloadAsOnePdfPagePerAddress() throws IOException {
        var coordinator = api("coordinator");
        var addresses = coordinator.get("/api/v1/programmes/" + wielwijk + "/addresses?size=3");
        List<String> ids = StreamSupport.stream(addresses.json().get("items").spliterator(), false)
                .map(a -> a.get("id").asString()).toList();
        assertThat(ids).hasSize(3);
        var letters = coordinator.postForBytes("/api/v1/programmes/" + wielwijk + "/announcement-letters",
                Map.of("addressIds", ids, "from", "2027-01-11", "to", "2027-01-22"));
        assertDownload(letters, "application/pdf");
        try (var document = Loader.loadPDF(letters.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
    }

    @Test
    void theSubjectAccessExportDownloadsAsJsonAndPdfWithThePersonsName() throws IOException {
        var officer = api("privacy_officer");
        var hits = officer.post("/api/v1/persons/search", Map.of("programmeId", wielwijk, "name", "Jansen"));
        assertThat(hits.status()).isEqualTo(200);
        JsonNode person = hits.json().get("items").get(0);
        String id = person.get("id").asString();
        String name = person.get("name").asString();

        var json = officer.getBytes("/api/v1/persons/" + id + "/export");
        assertDownload(json, "application/json");
        assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains(name);

        var pdf = officer.getBytes("/api/v1/persons/" + id + "/export.pdf");
        assertThat(text(pdf, "application/pdf")).contains(name);
    }

    @Test
    void theAuditExportDownloadsAsCsvWithTheExportItselfAudited() {
        var officer = api("privacy_officer");
        officer.get("/api/v1/programmes/" + wielwijk + "/report");
        var csv = officer.getBytes("/api/v1/audit/export");
        assertDownload(csv, "text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("at,").contains("username").contains("action");
        assertThat(text.lines().count()).isGreaterThan(10);
        assertThat(text).contains("privacy_officer");
    }

    private static void assertDownload(HttpResponse<byte[]> response, String mediaType) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(response.body()).isNotEmpty();
    }

    private static String text(HttpResponse<byte[]> pdf, String mediaType) throws IOException {
        assertDownload(pdf, mediaType);
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> texts(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> {
            if (cell != null && cell.getRawValue() != null) values.add(cell.getRawValue());
        });
        return values;
    }
}
