package nl.voordeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.access.AsSystem;
import nl.voordeur.access.Role;
import nl.voordeur.address.AddressImport;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.Outreach;
import nl.voordeur.household.Households;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.VisitRecorded;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.testing.ApiClient;
import nl.voordeur.household.HelpQuestions;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.testing.TestClock;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 item 5: whatever a council account asks, over any endpoint and any period it may
 * choose, no count it gets is between 1 and 4, and no two answers differ by 1 to 4, so that
 * subtracting one year from the whole period, or one document from another, reveals no small
 * count. A programme over 2018 and 2019 with small counts in each year makes the attempt.
 */
class CouncilFiguresTests extends HttpTest {

    private static final Pattern NUMBER_CELL = Pattern.compile("<td class=\"num\">(\\d+)</td>");

    @Autowired ProgrammeManagement programmes;
    @Autowired AddressImport imports;
    @Autowired AddressRegister register;
    @Autowired Outreach outreach;
    @Autowired Households households;
    @Autowired HelpQuestions questions;
    @Autowired Kernteam kernteam;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void noCountACouncilAccountCanReachNorAnyDifferenceOfTwoIsBetweenOneAndFour() throws IOException {
        TestClock.set(ZonedDateTime.of(2020, 3, 1, 9, 0, 0, 0, ZoneId.of("Europe/Amsterdam")));
        var fixture = new ReportFixture(programmes, imports, register, outreach, households, questions);
        UUID programme = fixture.programme("Verschil " + UUID.randomUUID(), 31, 50_000, 40, 70, 50);
        List<UUID> addresses = fixture.addresses(programme);
        for (int i = 0; i < 13; i++) { // 2018: 13 visits, 8 with a question about money, 2 about housing too
            VisitRecorded visit = fixture.visit(addresses.get(i), LocalDate.of(2018, 6, 1).plusDays(i), 1 + i % 2);
            if (i < 8) fixture.question(visit, LifeDomain.FINANCES, QuestionKind.QUESTION);
            if (i < 2) fixture.question(visit, LifeDomain.HOUSING, QuestionKind.QUESTION);
        }
        for (int i = 13; i < 16; i++) { // 2019: 3 visits, 3 more about money
            VisitRecorded visit = fixture.visit(addresses.get(i), LocalDate.of(2019, 5, 1).plusDays(i), 1);
            fixture.question(visit, LifeDomain.FINANCES, QuestionKind.QUESTION);
        }
        TestUser council = user(organisation("MUNICIPALITY"));
        AsSystem.run(() -> kernteam.setMember(programme, council.id(), Set.of(Role.COUNCIL)));
        ApiClient api = api(council.username());
        String base = "/api/v1/programmes/" + programme;

        Map<String, Map<String, Long>> answers = new LinkedHashMap<>();
        Map<String, Map<String, Long>> pages = new LinkedHashMap<>(); // counts by position: compared one by one only
        for (String period : List.of("", "?from=2018-01-01&to=2018-12-31", "?from=2019-01-01&to=2019-12-31",
                "?from=2020-01-01&to=2020-12-31")) {
            var report = api.get(base + "/report" + period);
            assertThat(report.status()).isEqualTo(200);
            answers.put("report" + period, counts("", report.json(), new LinkedHashMap<>()));
        }
        for (String year : List.of("", "?year=2018", "?year=2019")) {
            answers.put("xlsx" + year, excel(api.getBytes(base + "/report.xlsx" + year).body()));
            pages.put("dashboard" + year, page(pages(council.username()).get("/programmes/" + programme + "/dashboard" + year).body()));
        }
        pages.put("compare", page(pages(council.username()).get("/compare?municipality=Teststad").body()));
        assertThat(api.get(base + "/outreach").status()).as("exact outreach figures are the kernteam's").isEqualTo(403);

        // the kernteam sees the small counts the council must not: 3 visits in 2019
        assertThat(admin().get(base + "/report?from=2019-01-01&to=2019-12-31").json().get("visits").asLong()).isEqualTo(3);
        List<String> leaks = new ArrayList<>();
        Map<String, Map<String, Long>> all = new LinkedHashMap<>(answers);
        all.putAll(pages);
        all.forEach((answer, figures) -> figures.forEach((field, value) -> {
            if (value >= 1 && value <= 4) leaks.add(answer + " " + field + " = " + value);
        }));
        for (var a : answers.entrySet()) {
            for (var b : answers.entrySet()) {
                if (a.getKey().compareTo(b.getKey()) >= 0) continue;
                for (var field : a.getValue().entrySet()) {
                    Long other = b.getValue().get(field.getKey());
                    if (other == null) continue;
                    long difference = Math.abs(field.getValue() - other);
                    if (difference >= 1 && difference <= 4) {
                        leaks.add(a.getKey() + " − " + b.getKey() + ": " + field.getKey() + " differs by " + difference);
                    }
                }
            }
        }
        assertThat(answers.get("report?from=2019-01-01&to=2019-12-31")).as("the figures were read").isNotEmpty();
        assertThat(pages.get("dashboard?year=2018")).isNotEmpty();
        assertThat(leaks).isEmpty();
    }

    /** Every whole-number count in a JSON answer, by its path (rates, targets and money left out). */
    private static Map<String, Long> counts(String path, JsonNode node, Map<String, Long> into) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                String name = field.getKey();
                if (name.endsWith("Rate") || name.startsWith("target") || name.startsWith("cost") || name.startsWith("budget")
                        || name.equals("plannedVisits") || name.endsWith("Days")) continue;
                String label = field.getValue().isObject() || field.getValue().isArray() ? name
                        : (node.has("domain") ? node.get("domain").asString() : node.has("organisation")
                        ? node.get("organisation").asString() : node.has("outcome") ? node.get("outcome").asString() : "") + "." + name;
                counts(path + "/" + label, field.getValue(), into);
            }
        } else if (node.isArray()) {
            node.forEach(n -> counts(path, n, into));
        } else if (node.isIntegralNumber()) {
            into.put(path, node.asLong());
        }
        return into;
    }

    /** Every numeric cell of the workbook, by sheet and row label. */
    private static Map<String, Long> excel(byte[] xlsx) throws IOException {
        Map<String, Long> figures = new LinkedHashMap<>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    rows.forEach(row -> {
                        for (int c = 1; c < row.getCellCount(); c++) {
                            var cell = row.getCell(c);
                            boolean count = !sheet.getName().equals("Ketenpartners") || c <= 4; // then the median and agreement
                            if (count && cell != null && cell.getType() == CellType.NUMBER) {
                                figures.put(sheet.getName() + "/" + row.getCellText(0) + "/" + c, cell.asNumber().longValue());
                            }
                        }
                    });
                }
            }
        }
        return figures;
    }

    /** Every number in a table cell of a page, by its position (a page shows counts in "num" cells). */
    private static Map<String, Long> page(String html) {
        Map<String, Long> figures = new LinkedHashMap<>();
        Matcher m = NUMBER_CELL.matcher(html);
        for (int i = 0; m.find(); i++) figures.put("cell" + i, Long.parseLong(m.group(1)));
        return figures;
    }
}
