package nl.voordeur.address;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The address of a person's household, for subject rights (AVG art. 15). No access check here:
 * the privacy officer's subject-rights service checks and audits.
 */
@Component
public class AddressSubjectData {

    private final JdbcClient jdbc;

    AddressSubjectData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Address(String line, String postcode, String city) {
    }

    public Optional<Address> address(UUID addressId) {
        return jdbc.sql("""
                SELECT id, programme_id, street, house_number, house_letter, addition, postcode, city, status, in_scope
                FROM address.address WHERE id = ?""").param(addressId)
                .query((rs, n) -> new AddressView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        AddressStatus.valueOf(rs.getString(9)), rs.getBoolean(10)))
                .optional().map(a -> new Address(a.line(), a.postcode(), a.city()));
    }
}
