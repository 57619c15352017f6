package nl.voordeur.programme;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProgrammeRepository extends ListCrudRepository<Programme, UUID> {

    @Query("SELECT * FROM programme.programme ORDER BY lower(municipality), lower(name)")
    List<Programme> findAllOrdered();
}
