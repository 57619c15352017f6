package nl.voordeur.audit;

import java.time.Instant;
import java.util.TreeSet;
import java.util.UUID;

/** One audit entry with its place in the hash chain. */
record ChainedEntry(int lane, Instant at, AuditActor actor, AuditRecord record, AuditLog.Origin origin,
                    String prevHash) {

    UUID userId() { return actor == null ? null : actor.userId(); }

    String username() { return actor == null ? null : actor.username(); }

    UUID organisationId() { return actor == null ? null : actor.organisationId(); }

    String roles() { return actor == null ? null : String.join(",", new TreeSet<>(actor.roleNames())); }

    String outcome() { return record.denied() ? "DENIED" : "SUCCESS"; }

    String hash() {
        return AuditChain.hash(prevHash, AuditChain.canonical(lane, at, userId(), username(), organisationId(), roles(),
                record.action().name(), outcome(), record.recordType(), record.recordId(), record.personId(),
                record.programmeId(), record.purpose(), record.reason(), record.breakGlass(), origin.channel(),
                origin.clientAddress(), record.details()));
    }
}
