package nl.voordeur.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.HouseholdSubjectData;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;
import nl.voordeur.shared.PdfRenderer;

/**
 * The privacy officer's subject-rights desk: find a person, export everything about them,
 * rectify their name and birth year, erase where the law allows ({@link Erasure}). Only a privacy
 * officer of the person's programme gets an answer; anyone else is told the person does not
 * exist, and that refusal is audited like every other step. A refusal rolls back whatever the request
 * did; its audit entry outlives the rollback ({@link AuditLog} writes refusals again after one).
 */
@Service
@Transactional
public class SubjectRights {

    private static final String PERSON = "Person";

    private final HouseholdSubjectData people;
    private final SubjectExports exports;
    private final Erasure erasure;
    private final AuditLog auditLog;
    private final ITemplateEngine templates;

    SubjectRights(HouseholdSubjectData people, SubjectExports exports, Erasure erasure, AuditLog auditLog,
                  ITemplateEngine templates) {
        this.people = people;
        this.exports = exports;
        this.erasure = erasure;
        this.auditLog = auditLog;
        this.templates = templates;
    }

    /** A person as the privacy officer's list and overview show them. */
    public record PersonSummary(UUID id, String name, Integer birthYear, UUID householdId, UUID programmeId,
                                int householdMembers, int version, boolean anonymised, String erasureRefusal) {
    }

    /** Persons of the programme whose name contains the text; the search itself is audited per hit. */
    public List<PersonSummary> find(UUID programmeId, String name) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Role.PRIVACY_OFFICER, programmeId)) throw denied(null, "search");
        if (name == null || name.strip().length() < 2) throw new DomainRuleViolated("rights.search.tooShort", "name");
        var hits = people.search(programmeId, name).stream().map(id -> people.person(id).orElseThrow()).toList();
        auditLog.record(AuditRecord.of(AuditAction.SEARCH, PERSON, null).inProgramme(programmeId)
                .because("subject rights").withDetails("hits=" + hits.size()));
        hits.forEach(p -> auditLog.record(AuditRecord.of(AuditAction.SEARCH, PERSON, p.id()).forPerson(p.id())
                .inProgramme(programmeId).because("subject rights")));
        return hits.stream().map(this::summary).toList();
    }

    public PersonSummary summary(UUID personId) {
        var person = officerOf(personId, "read");
        auditLog.record(AuditRecord.of(AuditAction.READ, PERSON, personId).forPerson(personId)
                .inProgramme(person.programmeId()).because("subject rights"));
        return summary(person);
    }

    /** Everything about the person (AVG art. 15); the export is in its own audit trail. */
    public SubjectExport export(UUID personId, String format) {
        var person = officerOf(personId, "export");
        auditLog.record(AuditRecord.of(AuditAction.EXPORT, PERSON, personId).forPerson(personId)
                .inProgramme(person.programmeId()).because("subject access request").withDetails(format));
        return exports.of(person);
    }

    public byte[] exportPdf(UUID personId, Locale locale) {
        SubjectExport export = export(personId, "pdf");
        return PdfRenderer.render(templates, "pdf/subject-export", Map.of("x", export, "t", new DutchTime()), locale);
    }

    /** Corrects name and birth year (AVG art. 16) from the household version the officer loaded. */
    public int rectify(UUID personId, int expectedVersion, String name, Integer birthYear) {
        var person = officerOf(personId, "rectify");
        String corrected = name == null ? "" : name.strip();
        if (corrected.isEmpty() || corrected.length() > 200) throw new DomainRuleViolated("rights.name.required", "name");
        if (person.anonymised()) throw new DomainRuleViolated("rights.erase.already", null);
        people.rectify(person, expectedVersion, corrected, birthYear);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, PERSON, personId).forPerson(personId)
                .inProgramme(person.programmeId()).because("rectification (AVG art. 16)").withDetails(changed(person, corrected, birthYear)));
        return expectedVersion + 1;
    }

    /** Erases (anonymises) the person where the law allows (AVG art. 17); otherwise says why not. */
    public void erase(UUID personId) {
        erase(personId, true);
    }

    /** As {@link #erase(UUID)}, refused with a message when the officer has not confirmed it. */
    public void erase(UUID personId, boolean confirmed) {
        var person = officerOf(personId, "erase");
        if (!confirmed) throw new DomainRuleViolated("rights.erase.confirm", "confirm");
        String refusal = erasure.refusal(person);
        if (refusal != null) {
            auditLog.record(AuditRecord.of(AuditAction.DELETE, PERSON, personId).forPerson(personId)
                    .inProgramme(person.programmeId()).because("erasure (AVG art. 17)").withDetails(refusal).refused());
            throw new DomainRuleViolated(refusal, null);
        }
        erasure.erase(person);
        auditLog.record(AuditRecord.of(AuditAction.DELETE, PERSON, personId).forPerson(personId)
                .inProgramme(person.programmeId()).because("erasure (AVG art. 17)").withDetails("anonymised"));
    }

    private HouseholdSubjectData.Person officerOf(UUID personId, String what) {
        var person = people.person(personId);
        if (person.isEmpty() || !CurrentUser.require().hasRole(Role.PRIVACY_OFFICER, person.get().programmeId())) {
            throw denied(personId, what);
        }
        return person.get();
    }

    private NotFound denied(UUID personId, String what) {
        auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, PERSON, personId).withDetails("subject rights " + what)
                .refused());
        return new NotFound(PERSON);
    }

    private PersonSummary summary(HouseholdSubjectData.Person p) {
        return new PersonSummary(p.id(), p.name(), p.birthYear(), p.householdId(), p.programmeId(), p.householdSize(),
                p.householdVersion(), p.anonymised(), erasure.refusal(p));
    }

    private static String changed(HouseholdSubjectData.Person before, String name, Integer birthYear) {
        List<String> fields = new ArrayList<>();
        if (!before.name().equals(name)) fields.add("name");
        if (!Objects.equals(before.birthYear(), birthYear)) fields.add("birthYear");
        return "changed=" + String.join(",", fields);
    }
}
