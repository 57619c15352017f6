package nl.voordeur.access;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.servlet.http.HttpSession;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Forbidden;
import nl.voordeur.shared.NotFound;

/**
 * TOTP enrolment and its reset. The secret offered for enrolment waits, encrypted, in the
 * session (pages) or a table (API) until the user confirms it with a code; after that it is
 * never shown again.
 */
@Service
public class TwoFactorService {

    private final TwoFactorStore store;
    private final TotpCodes codes;
    private final SecretCipher cipher;
    private final UserAccountRepository users;
    private final ApiTokens tokens;
    private final AuditLog auditLog;
    private final Clock clock;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final EnrolmentCodes enrolmentCodes;
    private final TwoFactorPolicy policy;

    TwoFactorService(TwoFactorStore store, TotpCodes codes, SecretCipher cipher, UserAccountRepository users,
                     ApiTokens tokens, AuditLog auditLog, Clock clock, PasswordEncoder passwords, JdbcClient jdbc,
                     EnrolmentCodes enrolmentCodes, TwoFactorPolicy policy) {
        this.enrolmentCodes = enrolmentCodes;
        this.policy = policy;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.store = store;
        this.codes = codes;
        this.cipher = cipher;
        this.users = users;
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What the enrolment page shows: the secret as text, as an otpauth URI and as a QR image. */
    public record EnrolmentOffer(String secret, String otpauthUri, String qrDataUri) {
    }

    /** A one-time enrolment code, shown this once. */
    public record EnrolmentCode(String code, Instant expiresAt) {
    }

    /**
     * Whether a first enrolment needs a one-time code from an administrator: while two-factor is
     * enforced, knowing the password is not enough to enrol an authenticator.
     */
    public boolean enrolmentCodeRequired() {
        return policy.enforced();
    }

    /** Issues the user a one-time enrolment code (replacing an earlier one), valid for three days. */
    @Transactional
    @PreAuthorize("hasAuthority('ADMIN')")
    public EnrolmentCode issueEnrolmentCode(UUID userId) {
        users.findById(userId).orElseThrow(() -> new NotFound("UserAccount"));
        var issued = enrolmentCodes.issue(userId, CurrentUser.require().id());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "UserAccount", userId)
                .withDetails("two-factor enrolment code issued, valid until " + issued.expiresAt()));
        return new EnrolmentCode(issued.code(), issued.expiresAt());
    }

    @PreAuthorize("hasAuthority('ADMIN') or #userId == principal.id")
    public boolean enrolled(UUID userId) {
        return store.enrolled(userId);
    }

    /** The secret on offer in this session, made on first call; null once the user is enrolled. */
    public EnrolmentOffer offer(UUID userId, String username, HttpSession session) {
        if (store.enrolled(userId)) return null;
        OfferHolder holder = OfferHolder.session(session);
        String secret = holder.sealed() == null ? null : cipher.decrypt(holder.sealed(), userId.toString());
        if (secret == null) {
            secret = codes.newSecret();
            holder.keep(cipher.encrypt(secret, userId.toString()));
        }
        return new EnrolmentOffer(secret, codes.otpauthUri(secret, username), codes.qrDataUri(secret, username));
    }

    /** API: a fresh secret for the calling user (after their password), valid for 15 minutes until confirmed. */
    @Transactional
    public EnrolmentOffer offerByApi(String password) {
        CurrentUser user = CurrentUser.require();
        checkPassword(user.id(), password);
        if (store.enrolled(user.id())) throw new DomainRuleViolated("twoFactor.alreadyEnrolled", "password");
        String secret = codes.newSecret();
        OfferHolder.table(jdbc, user.id(), Instant.now(clock)).keep(cipher.encrypt(secret, user.id().toString()));
        return new EnrolmentOffer(secret, codes.otpauthUri(secret, user.username()), null);
    }

    /** API: confirms the secret offered by {@link #offerByApi} with a code from it (and, when enforced, an enrolment code). */
    @Transactional
    public void confirmByApi(String code, String enrolmentCode) {
        UUID userId = CurrentUser.require().id();
        confirm(userId, code, enrolmentCode, OfferHolder.table(jdbc, userId, Instant.now(clock)));
    }

    /**
     * For a logged-in user changing their own factor: the current password first (ASVS 7.5.1),
     * then as {@link #confirm}.
     */
    @Transactional
    public void confirmWithPassword(UUID userId, String password, String code, String enrolmentCode, HttpSession session) {
        checkPassword(userId, password);
        confirm(userId, code, enrolmentCode, session);
    }

    private void checkPassword(UUID userId, String password) {
        String hash = users.findById(userId).map(UserAccount::passwordHash).orElse(null);
        if (password == null || hash == null || !passwords.matches(password, hash)) {
            throw new DomainRuleViolated("twoFactor.password.wrong", "password");
        }
    }

    /**
     * Enrols the offered secret when the code fits it; the code's step counts as used. While
     * two-factor is enforced, the user's one-time enrolment code must come with it and is used up.
     * Every API token of the user ends (the enrolment changes the security stamp): from now on a
     * token needs the code.
     */
    @Transactional
    public void confirm(UUID userId, String code, String enrolmentCode, HttpSession session) {
        confirm(userId, code, enrolmentCode, OfferHolder.session(session));
    }

    private void confirm(UUID userId, String code, String enrolmentCode, OfferHolder holder) {
        if (store.enrolled(userId)) throw new DomainRuleViolated("twoFactor.alreadyEnrolled", "code");
        String sealed = holder.sealed();
        if (sealed == null) throw new DomainRuleViolated("twoFactor.code.invalid", "code");
        String secret = cipher.decrypt(sealed, userId.toString());
        OptionalLong step = codes.matchingStep(secret, code, Long.MIN_VALUE);
        if (step.isEmpty()) throw new DomainRuleViolated("twoFactor.code.invalid", "code");
        if (policy.enforced() && !enrolmentCodes.consume(userId, enrolmentCode)) {
            auditLog.record(AuditRecord.of(AuditAction.UPDATE, "UserAccount", userId)
                    .withDetails("two-factor enrolment without a valid enrolment code").refused());
            throw new DomainRuleViolated("twoFactor.enrolmentCode.invalid", "enrolmentCode");
        }
        store.save(userId, secret, step.getAsLong(), Instant.now(clock));
        holder.clear();
        tokens.revokeAll(userId);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "UserAccount", userId).withDetails("two-factor enrolled"));
    }

    /**
     * Removes a user's second factor (a lost phone), so they enrol again at their next login.
     * Only an administrator who passed a second factor in this login may do it.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ADMIN')")
    public void reset(UUID userId) {
        users.findById(userId).orElseThrow(() -> new NotFound("UserAccount"));
        if (!CurrentUser.require().passedSecondFactor()) {
            auditLog.record(AuditRecord.of(AuditAction.UPDATE, "UserAccount", userId)
                    .withDetails("two-factor reset without own second factor").refused());
            throw new Forbidden("two-factor reset");
        }
        store.delete(userId);
        tokens.revokeAll(userId);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "UserAccount", userId).withDetails("two-factor reset"));
    }
}
