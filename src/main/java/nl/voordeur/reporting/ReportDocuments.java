package nl.voordeur.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;

import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.PdfRenderer;
import nl.voordeur.shared.SpreadsheetText;

/**
 * The yearly accountability report (jaarlijkse verantwoording) as PDF and its tables as Excel.
 * Both leave the kernteam, so every count under 5 shows as "&lt;5", and neither holds a name.
 */
@Service
@Transactional
public class ReportDocuments {

    static final Locale DUTCH = Locale.of("nl");

    private final Reporting reporting;
    private final ReportTexts texts;
    private final ProgrammeGuard guard;
    private final ITemplateEngine templates;
    private final AuditLog auditLog;

    ReportDocuments(Reporting reporting, ReportTexts texts, ProgrammeGuard guard, ITemplateEngine templates,
                    AuditLog auditLog) {
        this.reporting = reporting;
        this.texts = texts;
        this.guard = guard;
        this.templates = templates;
        this.auditLog = auditLog;
    }

    public byte[] pdf(UUID programmeId, Integer year) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR, Role.COUNCIL);
        Report report = report(programmeId, year);
        var text = year == null ? ReportTexts.Text.EMPTY : texts.get(programmeId, year);
        var model = new java.util.HashMap<String, Object>(Map.of("report", report, "year", year == null ? "" : year,
                "text", text, "cells", new SuppressedCells()));
        model.put("budget", reporting.budgetOf(programmeId));
        byte[] pdf = PdfRenderer.render(templates, "pdf/report", model, DUTCH);
        auditLog.record(AuditRecord.of(AuditAction.EXPORT, "Report", programmeId).inProgramme(programmeId).withDetails("pdf"));
        return pdf;
    }

    public byte[] xlsx(UUID programmeId, Integer year) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR, Role.COUNCIL);
        Report r = report(programmeId, year);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Voordeur", "1.0");
            table(workbook.newWorksheet("Resultaten"), List.of("Wat", "Aantal"), List.of(
                    List.of("Huishoudens", cell(r.households())), List.of("Contact gehad", cell(r.contacted())),
                    List.of("Bezocht", cell(r.visited())), List.of("Bezochte personen", cell(r.personsVisited())),
                    List.of("Personen in een traject", cell(r.personsInTrajectory())), List.of("Bezoeken", cell(r.visits()))));
            List<Object> profile = Suppression.group(List.of(r.profile().none(), r.profile().single(), r.profile().multiple()));
            table(workbook.newWorksheet("Profiel"), List.of("Profiel", "Huishoudens"), List.of(
                    List.of("Geen hulpvraag", text(profile.get(0))), List.of("Enkelvoudig", text(profile.get(1))),
                    List.of("Meervoudig", text(profile.get(2)))));
            table(workbook.newWorksheet("Leefgebieden"), List.of("Leefgebied", "Hulpvragen"),
                    r.domains().stream().map(d -> List.of(d.domain(), cell(d.count()))).toList());
            table(workbook.newWorksheet("Ketenpartners"), List.of("Partner", "Verwezen", "Geaccepteerd", "Afgewezen",
                            "Geslaagd", "Mediaan werkdagen", "Afspraak werkdagen"),
                    r.referrals().stream().map(p -> {
                        List<Object> row = Suppression.partnerRow(p);
                        return List.of(p.organisation(), text(row.get(0)), text(row.get(1)), text(row.get(2)),
                                text(row.get(3)), row.get(5) == null ? "" : row.get(5).toString(),
                                String.valueOf(p.priorityResponseDays()));
                    }).toList());
            List<Object> outcomes = Suppression.group(r.outcomes().stream().map(Report.OutcomeCount::count).toList());
            table(workbook.newWorksheet("Uitkomsten"), List.of("Uitkomst", "Hulpvragen"),
                    java.util.stream.IntStream.range(0, outcomes.size())
                            .mapToObj(i -> List.of(r.outcomes().get(i).outcome(), text(outcomes.get(i)))).toList());
            workbook.finish();
            auditLog.record(AuditRecord.of(AuditAction.EXPORT, "Report", programmeId).inProgramme(programmeId).withDetails("xlsx"));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Report report(UUID programmeId, Integer year) {
        return year == null ? reporting.report(programmeId, null, null)
                : reporting.report(programmeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Cells are written as text; anything starting with = + - @ is prefixed so no spreadsheet runs it as a formula. */
    private static void table(Worksheet sheet, List<String> header, List<List<String>> rows) {
        for (int c = 0; c < header.size(); c++) sheet.value(0, c, header.get(c));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) sheet.value(r + 1, c, SpreadsheetText.safe(rows.get(r).get(c)));
        }
    }

    private static String cell(long count) {
        return text(Suppression.cell(count));
    }

    private static String text(Object cell) {
        return String.valueOf(cell);
    }

    /** For the PDF template: counts as they may leave the kernteam. */
    public static final class SuppressedCells {
        public String of(long count) {
            return cell(count);
        }

        public List<Object> group(long... counts) {
            return Suppression.group(java.util.Arrays.stream(counts).boxed().toList());
        }

        public List<Object> partner(Report.PartnerFigures p) {
            return partnerRow(p);
        }

        public List<Object> outcomes(Report r) {
            return group(r.outcomes().stream().map(Report.OutcomeCount::count).toList());
        }

        public static List<Object> partnerRow(Report.PartnerFigures p) {
            return Suppression.partnerRow(p);
        }

        public static List<Object> group(List<Long> counts) {
            return Suppression.group(counts);
        }
    }
}
