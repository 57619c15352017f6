package nl.voordeur.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.NotFound;

/** Setting up and running programmes. ADMIN and COORDINATOR set them up; members read them. */
@Service
@Transactional(readOnly = true)
public class ProgrammeManagement {

    private final ProgrammeRepository programmes;
    private final ProgrammeGuard guard;
    private final AccessManagement access;
    private final AuditLog auditLog;
    private final Clock clock;

    ProgrammeManagement(ProgrammeRepository programmes, ProgrammeGuard guard, AccessManagement access,
                        AuditLog auditLog, Clock clock) {
        this.programmes = programmes;
        this.guard = guard;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A coordinator who creates a programme becomes its coordinator. */
    @Transactional
    @PreAuthorize("hasAnyAuthority('ADMIN', 'COORDINATOR')")
    public ProgrammeView create(ProgrammeDetails details) {
        Programme programme = programmes.save(Programme.create(details, Instant.now(clock)));
        CurrentUser user = CurrentUser.require();
        if (user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.COORDINATOR, programme.id())) {
            access.setProgrammeRoles(user.id(), programme.id(), Set.of(Role.COORDINATOR));
        }
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "Programme", programme.id()).inProgramme(programme.id()));
        return programme.view();
    }

    @Transactional
    public ProgrammeView update(UUID id, int expectedVersion, ProgrammeDetails details) {
        guard.require(id, Role.ADMIN, Role.COORDINATOR);
        Programme programme = load(id);
        if (programme.version() != expectedVersion) throw new ConcurrentEdit("Programme");
        programme.change(details);
        return save(programme, "details");
    }

    @Transactional
    public ProgrammeView changeStatus(UUID id, ProgrammeStatus status) {
        guard.require(id, Role.ADMIN, Role.COORDINATOR);
        Programme programme = load(id);
        programme.moveTo(status);
        return save(programme, "status=" + status);
    }

    /** The programmes this user has a role in, side by side. Programme facts are not personal data. */
    public List<ProgrammeView> visible() {
        CurrentUser user = CurrentUser.require();
        return programmes.findAllOrdered().stream()
                .filter(p -> ProgrammeGuard.isMember(user, p.id()))
                .map(Programme::view).toList();
    }

    public ProgrammeView get(UUID id) {
        guard.requireMember(id);
        return load(id).view();
    }

    /** The programme for the people who run it (admin, coordinator): the edit and import forms. */
    public ProgrammeView forManagers(UUID id) {
        guard.require(id, Role.ADMIN, Role.COORDINATOR);
        return load(id).view();
    }

    /** For other modules that already checked access, e.g. to print a programme name on a letter. */
    public ProgrammeView describe(UUID id) {
        return load(id).view();
    }

    private Programme load(UUID id) {
        return programmes.findById(id).orElseThrow(() -> new NotFound("Programme"));
    }

    private ProgrammeView save(Programme programme, String what) {
        try {
            Programme saved = programmes.save(programme);
            auditLog.record(AuditRecord.of(AuditAction.UPDATE, "Programme", saved.id()).inProgramme(saved.id())
                    .withDetails(what));
            return saved.view();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEdit("Programme");
        }
    }
}
