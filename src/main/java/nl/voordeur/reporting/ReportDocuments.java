package nl.voordeur.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    ReportDocuments(Reporting reporting, ReportTexts texts, ProgrammeGuard guard, ITemplateEngine templates,
                    AuditLog auditLog, MessageSource messages) {
        this.messages = messages;
        this.reporting = reporting;
        this.texts = texts;
        this.guard = guard;
        this.templates = templates;
        this.auditLog = auditLog;
    }

    public byte[] pdf(UUID programmeId, Integer year) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR, Role.COUNCIL);
        Report report = Disclosure.of(report(programmeId, year));
        var text = year == null ? ReportTexts.Text.EMPTY : texts.get(programmeId, year);
        var model = new HashMap<String, Object>(Map.of("report", report, "year", year == null ? "" : year,
                "text", text, "cells", new Disclosure.Cells(false)));
        model.put("budget", reporting.budgetOf(programmeId));
        byte[] pdf = PdfRenderer.render(templates, "pdf/report", model, DUTCH);
        auditLog.record(AuditRecord.of(AuditAction.EXPORT, "Report", programmeId).inProgramme(programmeId).withDetails("pdf"));
        return pdf;
    }

    public byte[] xlsx(UUID programmeId, Integer year) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR, Role.COUNCIL);
        Report r = Disclosure.of(report(programmeId, year));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Voordeur", "1.0");
            // the first sheet says what the figures are about: programme, period, money and targets
            Worksheet about = workbook.newWorksheet("Programma");
            about.value(0, 0, "Verantwoording Achter de Voordeur");
            List<List<Object>> header = List.of(
                    List.of("Programma", r.programmeName()),
                    List.of("Periode", year == null ? "De hele looptijd" : "Jaar " + year),
                    List.of("Budget (euro)", plain(reporting.budgetOf(programmeId))),
                    List.of("Geplande bezoeken", plain(r.plannedVisits())),
                    List.of("Streefcijfer deelname (%)", plain(r.targetParticipationPct())),
                    List.of("Streefcijfer traject (%)", plain(r.targetTrajectoryPct())),
                    List.of("Aantallen onder de 5", "staan als <5; de andere zijn afgerond op vijftallen"));
            for (int i = 0; i < header.size(); i++) {
                about.value(i + 2, 0, String.valueOf(header.get(i).get(0)));
                Object value = header.get(i).get(1);
                if (value instanceof BigDecimal number) about.value(i + 2, 1, number);
                else about.value(i + 2, 1, SpreadsheetText.safe(String.valueOf(value)));
            }
            about.width(0, 30);
            about.width(1, 40);
            table(workbook.newWorksheet("Resultaten"), List.of("Wat", "Aantal"), List.of(
                    List.of("Huishoudens", r.households()), List.of("Contact gehad", r.contacted()),
                    List.of("Bezocht", r.visited()), List.of("Bezochte personen", r.personsVisited()),
                    List.of("Personen in een traject", r.personsInTrajectory()), List.of("Bezoeken", r.visits())));
            table(workbook.newWorksheet("Profiel"), List.of("Profiel", "Huishoudens"), List.of(
                    List.of("Geen hulpvraag", r.profile().none()), List.of("Enkelvoudig", r.profile().single()),
                    List.of("Meervoudig", r.profile().multiple())));
            table(workbook.newWorksheet("Leefgebieden"), List.of("Leefgebied", "Hulpvragen"),
                    r.domains().stream().map(d -> List.<Object>of(dutch("domain." + d.domain()), d.count())).toList());
            table(workbook.newWorksheet("Ketenpartners"), List.of("Partner", "Verwezen", "Geaccepteerd", "Afgewezen",
                            "Geslaagd", "Mediaan werkdagen", "Afspraak werkdagen"),
                    r.referrals().stream().map(p -> List.<Object>of(p.organisation(), p.sent(), p.accepted(), p.rejected(),
                            p.completedSuccessfully(), p.medianResponseDays() == null ? "" : p.medianResponseDays(),
                            BigDecimal.valueOf(p.priorityResponseDays()))).toList()); // days, not a count: never "<5"
            table(workbook.newWorksheet("Uitkomsten"), List.of("Uitkomst", "Hulpvragen"),
                    r.outcomes().stream().map(o -> List.<Object>of(dutch("outcome." + o.outcome()), o.count())).toList());
            var n = r.neighbourhood();
            table(workbook.newWorksheet("Buurt"), List.of("Wat", "Aantal"), List.of(
                    List.of("Buurtinitiatieven", n.initiatives()), List.of("Deelnemers", n.participants()),
                    List.of("Vrijwilligers", n.volunteers())));
            table(workbook.newWorksheet("Initiatieven"), List.of("Initiatief", "Datum", "Deelnemers", "Vrijwilligers"),
                    n.activities().stream().map(a -> List.<Object>of(a.activity(), a.heldOn().toString(), a.participants(),
                            a.volunteers())).toList());
            table(workbook.newWorksheet("Buurtindicatoren"), List.of("Indicator", "Eenheid", "Richting", "Jaar nulmeting",
                            "Nulmeting", "Bron nulmeting", "Jaar", "Laatste waarde", "Bron", "Verschil", "Beoordeling"),
                    n.indicators().stream().map(ReportDocuments::indicatorRow).toList());
            workbook.finish();
            auditLog.record(AuditRecord.of(AuditAction.EXPORT, "Report", programmeId).inProgramme(programmeId).withDetails("xlsx"));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An indicator's row: years and values as numbers (they are not counts, so never "<5"), texts in Dutch. */
    private static List<Object> indicatorRow(Report.IndicatorLine i) {
        return java.util.Arrays.asList(i.name(), i.unit(),
                i.direction() == nl.voordeur.neighbourhood.Direction.HIGHER_IS_BETTER ? "hoger is beter" : "lager is beter",
                plain(i.baselineYear()), plain(i.baselineValue()), i.baselineSource() == null ? "" : i.baselineSource(),
                plain(i.year()), plain(i.value()), i.source() == null ? "" : i.source(), plain(i.change()),
                i.verdict() == null ? "" : switch (i.verdict()) {
                    case BETTER -> "beter";
                    case SAME -> "gelijk";
                    case WORSE -> "slechter";
                });
    }

    /** A code as its Dutch name ("FINANCES" is "financiën"), the code itself if there is none. */
    private String dutch(String key) {
        return messages.getMessage(key, null, key.substring(key.indexOf('.') + 1), DUTCH);
    }

    /** A figure that is not a count (money, a percentage, a target): a number, or empty. */
    private static Object plain(Number value) {
        return value == null ? "" : new BigDecimal(value.toString());
    }

    private Report report(UUID programmeId, Integer year) {
        return year == null ? reporting.report(programmeId, null, null)
                : reporting.report(programmeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Counts are written as numbers ("&lt;5" as text), everything else as text, defused so that no
     * spreadsheet runs it as a formula.
     */
    private static void table(Worksheet sheet, List<String> header, List<? extends List<?>> rows) {
        for (int c = 0; c < header.size(); c++) sheet.value(0, c, header.get(c));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof Long count && !Disclosure.hidden(count)) sheet.value(r + 1, c, count);
                else if (value instanceof Long) sheet.value(r + 1, c, Disclosure.HIDDEN_TEXT);
                else if (value instanceof BigDecimal number) sheet.value(r + 1, c, number);
                else sheet.value(r + 1, c, SpreadsheetText.safe(String.valueOf(value)));
            }
        }
    }
}
