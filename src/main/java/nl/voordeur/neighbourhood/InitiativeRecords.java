package nl.voordeur.neighbourhood;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;

/** Stores the initiative register; a change is saved only over the version it was read at. */
@Repository
class InitiativeRecords {

    private final JdbcClient jdbc;

    InitiativeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID programmeId, InitiativeDetails d, Instant now) {
        jdbc.sql("""
                INSERT INTO neighbourhood.initiative (id, programme_id, activity, held_on, organiser, participants,
                    volunteers, description, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, programmeId, d.activity(), Date.valueOf(d.heldOn()), d.organiser(), d.participants(),
                        d.volunteers(), d.description(), Timestamp.from(now))
                .update();
    }

    boolean update(UUID programmeId, UUID id, int expectedVersion, InitiativeDetails d) {
        return jdbc.sql("""
                UPDATE neighbourhood.initiative SET activity = ?, held_on = ?, organiser = ?, participants = ?,
                    volunteers = ?, description = ?, version = version + 1
                WHERE programme_id = ? AND id = ? AND version = ?""")
                .params(d.activity(), Date.valueOf(d.heldOn()), d.organiser(), d.participants(), d.volunteers(),
                        d.description(), programmeId, id, expectedVersion)
                .update() == 1;
    }

    boolean delete(UUID programmeId, UUID id) {
        return jdbc.sql("DELETE FROM neighbourhood.initiative WHERE programme_id = ? AND id = ?").params(programmeId, id)
                .update() == 1;
    }

    Optional<InitiativeView> find(UUID programmeId, UUID id) {
        return jdbc.sql("SELECT * FROM neighbourhood.initiative WHERE programme_id = ? AND id = ?").params(programmeId, id)
                .query(InitiativeRecords::view).optional();
    }

    /** A page of the register, the latest activity first. */
    PageResult<InitiativeView> page(UUID programmeId, Paging paging) {
        List<InitiativeView> items = jdbc.sql("""
                SELECT * FROM neighbourhood.initiative WHERE programme_id = ?
                ORDER BY held_on DESC, lower(activity), id LIMIT ? OFFSET ?""")
                .params(programmeId, paging.size(), paging.offset()).query(InitiativeRecords::view).list();
        return PageResult.of(items, paging, () -> jdbc.sql("SELECT count(*) FROM neighbourhood.initiative WHERE programme_id = ?")
                .param(programmeId).query(Long.class).single());
    }

    private static InitiativeView view(ResultSet rs, int n) throws SQLException {
        return new InitiativeView(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getString("activity"), rs.getDate("held_on").toLocalDate(), rs.getString("organiser"),
                rs.getInt("participants"), rs.getInt("volunteers"), rs.getString("description"), rs.getInt("version"));
    }
}
