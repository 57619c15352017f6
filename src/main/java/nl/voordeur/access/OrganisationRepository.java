package nl.voordeur.access;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, UUID> {

    @Query("SELECT * FROM access.organisation ORDER BY lower(name)")
    List<Organisation> findAllByName();

    @Query("SELECT count(*) > 0 FROM access.organisation WHERE lower(name) = lower(:name)")
    boolean existsByNameIgnoringCase(String name);
}
