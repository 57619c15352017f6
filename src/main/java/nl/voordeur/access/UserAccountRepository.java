package nl.voordeur.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    @Query("SELECT * FROM access.user_account WHERE lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query("""
            SELECT * FROM access.user_account WHERE id IN
                (SELECT user_id FROM access.role_grant WHERE programme_id = :programmeId)""")
    List<UserAccount> findAllInProgramme(UUID programmeId);

    @Query("SELECT count(*) > 0 FROM access.user_account WHERE lower(username) = lower(:username)")
    boolean existsByUsername(String username);

    /** The account bound to this identity-provider user at its first OpenID Connect login. */
    @Query("SELECT * FROM access.user_account WHERE oidc_issuer = :issuer AND oidc_subject = :subject")
    Optional<UserAccount> findByIdentityProviderSubject(String issuer, String subject);

    /** Binds the account to this identity-provider user, unless it is bound to another one; true when bound. */
    @Modifying
    @Query("""
            UPDATE access.user_account SET oidc_issuer = :issuer, oidc_subject = :subject
            WHERE id = :id AND (oidc_subject IS NULL OR (oidc_issuer = :issuer AND oidc_subject = :subject))""")
    boolean bindIdentityProviderSubject(UUID id, String issuer, String subject);
}
