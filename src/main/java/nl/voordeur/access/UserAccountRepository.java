package nl.voordeur.access;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    @Query("SELECT * FROM access.user_account WHERE lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query("""
            SELECT * FROM access.user_account WHERE id IN
                (SELECT user_id FROM access.role_grant WHERE programme_id = :programmeId)""")
    java.util.List<UserAccount> findAllInProgramme(UUID programmeId);

    @Query("SELECT count(*) > 0 FROM access.user_account WHERE lower(username) = lower(:username)")
    boolean existsByUsername(String username);
}
