package nl.voordeur.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the register's free search understands. */
class AddressFilterTest {

    private static AddressFilter.Search search(String text) {
        return new AddressFilter(null, null, text, false, null).parsedSearch();
    }

    @Test
    void postcodeWithHouseNumberFindsOneDoor() {
        assertThat(search("5701 ab 12")).isEqualTo(new AddressFilter.Search("5701 AB", 12, null));
        assertThat(search("5701AB 12a")).isEqualTo(new AddressFilter.Search("5701 AB", 12, null));
    }

    @Test
    void postcodeStreetAndNumberStillWork() {
        assertThat(search("5701 AB")).isEqualTo(new AddressFilter.Search("5701 AB", null, null));
        assertThat(search("5701")).isEqualTo(new AddressFilter.Search("5701", null, null));
        assertThat(search("12")).isEqualTo(new AddressFilter.Search(null, 12, null));
        assertThat(search("Spoorstraat 12")).isEqualTo(new AddressFilter.Search(null, 12, "spoorstraat"));
        assertThat(search("Spoor")).isEqualTo(new AddressFilter.Search(null, null, "spoor"));
    }
}
