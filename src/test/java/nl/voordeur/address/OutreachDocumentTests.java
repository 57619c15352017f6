package nl.voordeur.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;

class OutreachDocumentTests extends HttpTest {

    static final String LIST = """
            postcode,huisnummer,huisletter,toevoeging,straat,woonplaats
            5701 AB,4,,,Spoorstraat,Helmond
            5701 AB,1,,,Spoorstraat,Helmond
            5701 AB,3,A,,Spoorstraat,Helmond
            5701 AB,2,,,Spoorstraat,Helmond
            5705 AC,7,,,Engelseweg,Helmond
            """;

    @Test
    void theWalkListPdfHasTheAddressesInWalkingOrder() throws Exception {
        var programme = ProgrammeFixture.create(this, LIST);
        programme.assignAllToThePair();
        byte[] pdf = pdf(programme.visitorApi.getBytes("/api/v1/programmes/" + programme.id + "/walk-list.pdf"));
        String text = text(pdf);
        assertThat(text).contains("Looplijst").contains("5 adressen");
        assertInOrder(text, "Engelseweg 7", "Spoorstraat 1", "Spoorstraat 3A", "Spoorstraat 2", "Spoorstraat 4");
    }

    @Test
    void announcementLettersHaveOnePagePerAddressInWalkingOrderAndAnnounceTheAddresses() throws Exception {
        var programme = ProgrammeFixture.create(this, LIST);
        byte[] pdf = pdf(programme.coordinator.postForBytes("/api/v1/programmes/" + programme.id + "/announcement-letters",
                Map.of("addressIds", programme.addressIds(), "from", "2026-12-01", "to", "2026-12-15")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(5);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertThat(second).contains("Spoorstraat 1").contains("1 december 2026").contains("15 december 2026")
                    .contains("Fixture").contains("Beste bewoner");
        }
        assertInOrder(text(pdf), "Engelseweg 7", "Spoorstraat 1", "Spoorstraat 3A", "Spoorstraat 2", "Spoorstraat 4");
        var statuses = programme.coordinator.get("/api/v1/programmes/" + programme.id + "/addresses?status=ANNOUNCED");
        assertThat(statuses.json().get("total").asInt()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'PRINT' AND programme_id = ?::uuid")
                .param(programme.id).query(Long.class).single()).isOne();
    }

    @Test
    void aLetterWindowThatEndsBeforeItStartsIsRefused() {
        var programme = ProgrammeFixture.create(this, LIST);
        var response = programme.coordinator.post("/api/v1/programmes/" + programme.id + "/announcement-letters",
                Map.of("addressIds", programme.addressIds(), "from", "2026-12-15", "to", "2026-12-01"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    }

    static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertThat(next).as(part + " after position " + at + " in:\n" + text).isGreaterThan(at);
            at = next;
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] pdf(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return response.body();
    }
}
