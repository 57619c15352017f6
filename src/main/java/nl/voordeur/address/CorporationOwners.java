package nl.voordeur.address;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.OrganisationView;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;

/**
 * Which housing corporation owns a dwelling. The address list sets it (its {@code corporatie}
 * column); the coordinator corrects it per address. Housing remarks go to the owner only.
 */
@Service
@Transactional(readOnly = true)
public class CorporationOwners {

    private final ProgrammeGuard guard;
    private final CorporationDirectory corporations;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    CorporationOwners(ProgrammeGuard guard, CorporationDirectory corporations, JdbcClient jdbc, AuditLog auditLog,
                      Clock clock) {
        this.guard = guard;
        this.corporations = corporations;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The registered housing corporations, to choose an owner from. */
    public List<OrganisationView> corporations() {
        return corporations.all();
    }

    /**
     * Records the owner: a housing corporation ({@code corporationId}), no corporation ({@code owned}
     * false: owner-occupied or private rent), or a corporation not yet known ({@code owned} true
     * without an id); {@code null} for both means unknown. Audited, and kept in the address's history.
     */
    @Transactional
    public DwellingOwner change(UUID addressId, UUID corporationId, Boolean owned) {
        UUID programmeId = lockedProgrammeOf(addressId);
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        if (corporationId != null && Boolean.FALSE.equals(owned)) {
            throw new DomainRuleViolated(MessageKeys.CORPORATION_CONTRADICTION, "corporationOwned");
        }
        DwellingOwner owner = corporationId == null ? new DwellingOwner(owned, null, null)
                : new DwellingOwner(true, corporationId, corporations.requireName(corporationId));
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                UPDATE address.address SET corporation_owned = ?, corporation_id = ?, updated_at = ?, version = version + 1
                WHERE id = ?""").params(owner.corporationOwned(), corporationId, now, addressId).update();
        jdbc.sql("INSERT INTO address.address_event (address_id, at, kind, detail, user_id) VALUES (?, ?, ?, ?, ?)")
                .params(addressId, now, owner.eventKind(), owner.corporationName(), user.id()).update();
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "Address", addressId).inProgramme(programmeId)
                .withDetails("corporationOwned=" + owner.corporationOwned() + ";corporation=" + corporationId));
        return owner;
    }

    private UUID lockedProgrammeOf(UUID addressId) {
        return jdbc.sql("SELECT programme_id FROM address.address WHERE id = ? FOR UPDATE").param(addressId)
                .query(UUID.class).optional().orElseThrow(() -> new NotFound("Address"));
    }
}
