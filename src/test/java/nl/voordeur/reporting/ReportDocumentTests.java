package nl.voordeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.access.AsSystem;
import nl.voordeur.address.AddressImport;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.Outreach;
import nl.voordeur.household.Households;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.VisitRecorded;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.household.HelpQuestions;
import nl.voordeur.shared.SpreadsheetText;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.testing.TestClock;

/** The PDF and Excel leave the kernteam: read back, they show "<5" where the kernteam sees 3, and no names. */
class ReportDocumentTests extends HttpTest {

    @Autowired ProgrammeManagement programmes;
    @Autowired AddressImport imports;
    @Autowired AddressRegister register;
    @Autowired Outreach outreach;
    @Autowired Households households;
    @Autowired HelpQuestions questions;
    @Autowired ReportTexts texts;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void threeMultipleQuestionHouseholdsShowAsSuppressedInPdfAndExcelButExactForTheKernteam() throws Exception {
        TestClock.set(ZonedDateTime.of(2009, 9, 1, 9, 0, 0, 0, ZoneId.of("Europe/Amsterdam")));
        var fixture = new ReportFixture(programmes, imports, register, outreach, households, questions);
        UUID programme = fixture.programme("Documenten " + UUID.randomUUID(), 30, 30_000, 30, 70, 50);
        List<UUID> addresses = fixture.addresses(programme);
        for (int i = 0; i < 20; i++) {
            VisitRecorded visit = fixture.visit(addresses.get(i), LocalDate.of(2009, 5, 4), 1);
            if (i < 3) {
                fixture.question(visit, LifeDomain.FINANCES, QuestionKind.QUESTION);
                fixture.question(visit, LifeDomain.LANGUAGE, QuestionKind.QUESTION);
            } else if (i < 12) {
                fixture.question(visit, LifeDomain.FINANCES, QuestionKind.QUESTION);
            }
        }
        AsSystem.run(() -> texts.save(programme, 2009, "Meer avondbezoeken plannen.", "Een gezin kreeg weer grip op de financiën."));

        assertThat(admin().get("/api/v1/programmes/" + programme + "/report").json().get("profile").get("multiple").asLong())
                .isEqualTo(3);

        var pdf = admin().getBytes("/api/v1/programmes/" + programme + "/report.pdf?year=2009");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "report-sample.pdf"), pdf.body());
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Jaarlijkse verantwoording 2009").contains("Meervoudige hulpvraag <5")
                .contains("Enkelvoudige hulpvraag 10").contains("Meer avondbezoeken plannen.")
                .contains("Een gezin kreeg weer grip").doesNotContain("Bewoner");

        var xlsx = admin().getBytes("/api/v1/programmes/" + programme + "/report.xlsx?year=2009");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var profile = workbook.findSheet("Profiel").orElseThrow();
            Map<String, String> cells;
            try (var rows = profile.openStream()) {
                cells = rows.skip(1).collect(Collectors.toMap(r -> r.getCellText(0), (Row r) -> r.getCellText(1)));
            }
            // 3 hidden; 8 and 9 rounded to the nearest five, as every count that leaves the kernteam (Disclosure)
            assertThat(cells).containsEntry("Meervoudig", "<5").containsEntry("Geen hulpvraag", "10")
                    .containsEntry("Enkelvoudig", "10");
            var results = workbook.findSheet("Resultaten").orElseThrow();
            try (var rows = results.openStream()) {
                assertThat(rows.map(r -> r.getCellText(0) + "=" + r.getCellText(1)).toList()).contains("Bezocht=20");
            }
            // issue 18: a header sheet, Dutch domain names, counts as numbers
            var about = workbook.getFirstSheet();
            assertThat(about.getName()).isEqualTo("Programma");
            try (var rows = about.openStream()) {
                assertThat(rows.map(r -> r.getCellText(0) + "=" + (r.getCellCount() > 1 ? r.getCellText(1) : "")).toList())
                        .contains("Periode=Jaar 2009");
            }
            try (var rows = workbook.findSheet("Leefgebieden").orElseThrow().openStream()) {
                var domainRows = rows.skip(1).toList();
                assertThat(domainRows).extracting(r -> r.getCellText(0)).contains("financiën").doesNotContain("FINANCES");
                assertThat(domainRows).allSatisfy(r -> assertThat(r.getCell(1).getType())
                        .isIn(org.dhatim.fastexcel.reader.CellType.NUMBER, org.dhatim.fastexcel.reader.CellType.STRING));
            }
            try (var rows = results.openStream()) {
                assertThat(rows.filter(r -> r.getCellText(0).equals("Bezocht")).findFirst().orElseThrow().getCell(1).getType())
                        .isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            }
        }
    }

    @Test
    void spreadsheetCellsThatLookLikeFormulasAreDefused() {
        assertThat(SpreadsheetText.safe("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(SpreadsheetText.safe("+31")).isEqualTo("'+31");
        assertThat(SpreadsheetText.safe("@cmd")).isEqualTo("'@cmd");
        assertThat(SpreadsheetText.safe("Woonbron")).isEqualTo("Woonbron");
        assertThat(SpreadsheetText.csvLine(java.util.Arrays.asList("a,b", "=1", null, "say \"hi\"")))
                .isEqualTo("\"a,b\",'=1,,\"say \"\"hi\"\"\"");
    }
}
