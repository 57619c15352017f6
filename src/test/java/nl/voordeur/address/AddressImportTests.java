package nl.voordeur.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;

class AddressImportTests extends HttpTest {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    ApiClient coordinator;
    String programme;

    @BeforeEach
    void programme() {
        coordinator = api(user(organisation("WELFARE"), "COORDINATOR").username());
        programme = coordinator.post("/api/v1/programmes", programmeBody("Import " + UUID.randomUUID()))
                .json().get("id").asString();
    }

    ApiClient.Response upload(String csv, boolean dryRun) {
        return upload(concat(BOM, csv.getBytes(StandardCharsets.UTF_8)), dryRun);
    }

    ApiClient.Response upload(byte[] content, boolean dryRun) {
        return upload(content, "dryRun=" + dryRun);
    }

    ApiClient.Response upload(String csv, String query) {
        return upload(concat(BOM, csv.getBytes(StandardCharsets.UTF_8)), query);
    }

    ApiClient.Response upload(byte[] content, String query) {
        return coordinator.postRaw("/api/v1/programmes/" + programme + "/addresses/import?" + query, "text/csv", content);
    }

    long addressCount() {
        return coordinator.get("/api/v1/programmes/" + programme + "/addresses").json().get("total").asLong();
    }

    static final String MESSY = """
            postcode;huisnummer;huisletter;toevoeging;straat;woonplaats
            5701ab;12;;;Spoorstraat;Helmond
            5701 AB;12a;;;Spoorstraat;Helmond

            5701AB;12-2;;;Spoorstraat;Helmond
            5705 AC;12 bis;;;Engelseweg;Helmond
            5705AC;twaalf;;;Engelseweg;Helmond
            5701 AB;12;;;Spoorstraat;Helmond
            123 AB;3;;;Zandstraat;Helmond
            """;

    @Test
    void aDryRunReportsEveryRowsFateAndChangesNothing() {
        var preview = upload(MESSY, true);
        assertThat(preview.status()).isEqualTo(200);
        var json = preview.json();
        assertThat(json.get("valid").asInt()).isEqualTo(4);
        assertThat(json.get("invalid").asInt()).isEqualTo(3);
        assertThat(json.get("added").asInt()).isEqualTo(4);
        assertThat(json.get("errors").size()).isEqualTo(3);
        assertThat(json.get("errors").get(0).get("line").asInt()).isEqualTo(7);
        assertThat(json.get("errors").get(0).get("column").asString()).isEqualTo("huisnummer");
        assertThat(json.get("errors").get(1).get("line").asInt()).isEqualTo(8);
        assertThat(json.get("errors").get(1).get("message").asString()).contains("regel 2");
        assertThat(json.get("errors").get(2).get("line").asInt()).isEqualTo(9);
        assertThat(json.get("errors").get(2).get("column").asString()).isEqualTo("postcode");
        assertThat(addressCount()).isZero();
    }

    @Test
    void importingStoresNormalisedAddressesSortedByStreetAndNumber() {
        var result = upload(MESSY, "dryRun=false&onlyValid=true").json();
        assertThat(result.get("added").asInt()).isEqualTo(4);
        var items = coordinator.get("/api/v1/programmes/" + programme + "/addresses").json().get("items");
        assertThat(items.size()).isEqualTo(4);
        assertThat(items.get(0).get("street").asString()).isEqualTo("Engelseweg");
        assertThat(items.get(0).get("addition").asString()).isEqualTo("bis");
        assertThat(items.get(0).get("postcode").asString()).isEqualTo("5705 AC");
        assertThat(items.get(1).get("houseNumber").asInt()).isEqualTo(12);
        assertThat(items.get(1).get("houseLetter").asString()).isEmpty();
        assertThat(items.get(1).get("postcode").asString()).isEqualTo("5701 AB");
        assertThat(items.get(2).get("addition").asString()).isEqualTo("2");
        assertThat(items.get(3).get("houseLetter").asString()).isEqualTo("A");
        assertThat(items.get(3).get("status").asString()).isEqualTo("IN_SCOPE");
    }

    @Test
    void aReimportAddsNewKeepsUnchangedAndPutsVanishedOutOfScopeWithTheirHistory() {
        upload("""
                postcode,huisnummer,straat,woonplaats
                5701 AB,1,Spoorstraat,Helmond
                5701 AB,2,Spoorstraat,Helmond
                5701 AB,3,Spoorstraat,Helmond
                """, false);
        String vanished = coordinator.get("/api/v1/programmes/" + programme + "/addresses?q=Spoorstraat%203")
                .json().get("items").get(0).get("id").asString();

        var second = upload("""
                postcode,huisnummer,straat,woonplaats
                5701 AB,1,Spoorstraat,Helmond
                5701 AB,2,Spoorstraat,Helmond
                5701 AB,4,Spoorstraat,Helmond
                5701 AB,5,Spoorstraat,Helmond
                """, "dryRun=false&confirmRemoval=true").json();
        assertThat(second.get("added").asInt()).isEqualTo(2);
        assertThat(second.get("unchanged").asInt()).isEqualTo(2);
        assertThat(second.get("removed").asInt()).isEqualTo(1);
        assertThat(addressCount()).isEqualTo(4);

        var old = coordinator.get("/api/v1/addresses/" + vanished).json();
        assertThat(old.get("address").get("inScope").asBoolean()).isFalse();
        assertThat(old.get("history").get(0).get("kind").asString()).isEqualTo("IMPORTED");
        assertThat(old.get("history").get(1).get("kind").asString()).isEqualTo("OUT_OF_SCOPE");
        assertThat(coordinator.get("/api/v1/programmes/" + programme + "/addresses?outOfScope=true")
                .json().get("total").asInt()).isOne();
    }

    @Test
    void aWindows1252FileReadsItsAccents() {
        byte[] latin = "postcode;huisnummer;straat;woonplaats\n6464 AG;4;Dr. Ariënsstraat;Kerkrade\n"
                .getBytes(Charset.forName("windows-1252"));
        upload(latin, false);
        assertThat(coordinator.get("/api/v1/programmes/" + programme + "/addresses").json()
                .get("items").get(0).get("street").asString()).isEqualTo("Dr. Ariënsstraat");
    }

    @Test
    void aRejectedFileGetsOneClearErrorAndChangesNothing() {
        upload("postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n", false);
        var missing = upload("postcode;huisnummer;woonplaats\n5701 AB;2;Helmond\n", false);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("detail").asString()).contains("straat");
        var binary = upload("%PDF-1.7 binary".getBytes(StandardCharsets.ISO_8859_1), false);
        assertThat(binary.status()).isEqualTo(422);
        var empty = upload(new byte[0], false);
        assertThat(empty.status()).isEqualTo(422);
        var tooLarge = upload(new byte[20_000_001], false); // over voordeur.address.import-max-bytes: refused unread
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").asString()).contains("groot");
        assertThat(addressCount()).isOne();
    }

    @Test
    void theRegisterSearchFindsByPostcodeNumberAndStreetAndTheListIsAudited() {
        upload("""
                postcode,huisnummer,straat,woonplaats
                5701 AB,1,Spoorstraat,Helmond
                5701 AB,2,Spoorstraat,Helmond
                5705 AC,7,Engelseweg,Helmond
                """, false);
        String base = "/api/v1/programmes/" + programme + "/addresses";
        assertThat(coordinator.get(base + "?q=5705").json().get("total").asInt()).isOne();
        assertThat(coordinator.get(base + "?q=5701%20ab").json().get("total").asInt()).isEqualTo(2);
        assertThat(coordinator.get(base + "?q=7").json().get("total").asInt()).isOne();
        assertThat(coordinator.get(base + "?q=spoor").json().get("total").asInt()).isEqualTo(2);
        assertThat(coordinator.get(base + "?street=Engelseweg").json().get("total").asInt()).isOne();
        assertThat(coordinator.get(base + "?status=VISITED").json().get("total").asInt()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'LIST' AND record_type = 'Address' "
                + "AND programme_id = ?::uuid").param(programme).query(Long.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aStreetSearchPagesItsMatchesInStreetAndNumberOrderWhateverTheCase() {
        upload("""
                postcode,huisnummer,straat,woonplaats
                5701 AB,10,Spoorstraat,Helmond
                5701 AB,2,Spoorstraat,Helmond
                5701 AC,3,Spoorlaan,Helmond
                5701 AB,1,Spoorstraat,Helmond
                5705 AC,7,Engelseweg,Helmond
                5709 AD,4,Zandstraat,Helmond
                """, false);
        String base = "/api/v1/programmes/" + programme + "/addresses?q=SPOOR&size=2";
        var first = coordinator.get(base + "&page=0").json();
        var second = coordinator.get(base + "&page=1").json();
        assertThat(first.get("total").asInt()).isEqualTo(4);
        assertThat(second.get("total").asInt()).isEqualTo(4);
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (var page : java.util.List.of(first, second))
            page.get("items").forEach(a -> shown.add(a.get("street").asString() + " " + a.get("houseNumber").asInt()));
        assertThat(shown).containsExactly("Spoorlaan 3", "Spoorstraat 1", "Spoorstraat 2", "Spoorstraat 10");
    }

    @Test
    void membersWithoutACoordinatingRoleCannotImportAndOutsidersCannotSeeTheList() {
        var outsider = api(user(organisation("WELFARE")).username());
        assertThat(outsider.postRaw("/api/v1/programmes/" + programme + "/addresses/import?dryRun=true", "text/csv",
                "postcode,huisnummer,straat,woonplaats\n".getBytes()).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/programmes/" + programme + "/addresses").status()).isEqualTo(404);
    }

    @Test
    void aFileWithOneBadRowImportsNothingUnlessOnlyTheValidRowsAreChosen() {
        var refused = upload(MESSY, false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("invalid").asInt()).isEqualTo(3);
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isEqualTo(7);
        assertThat(refused.json().get("errors").get(2).get("line").asInt()).isEqualTo(9);
        assertThat(refused.json().get("detail").asString()).contains("niets");
        assertThat(addressCount()).as("a first list with a bad row adds nothing").isZero();

        assertThat(upload(MESSY, "dryRun=false&onlyValid=true").json().get("added").asInt()).isEqualTo(4);
        String longer = "postcode;huisnummer;huisletter;toevoeging;straat;woonplaats\n"
                + MESSY.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l + "\n").reduce("", String::concat)
                + "5709 AD;4;;;Zandstraat;Helmond\n";
        var again = upload(longer, false);
        assertThat(again.status()).isEqualTo(422);
        assertThat(addressCount()).as("a later list with a bad row adds nothing either").isEqualTo(4);
        assertThat(upload(longer, "dryRun=false&onlyValid=true").json().get("added").asInt()).isOne();
        assertThat(addressCount()).isEqualTo(5);
    }

    @Test
    void aFileThatWouldEmptyTheProgrammeNeedsAnExplicitConfirmation() {
        StringBuilder list = new StringBuilder("postcode,huisnummer,straat,woonplaats\n");
        for (int i = 1; i <= 10; i++) list.append("5701 AB,").append(i).append(",Spoorstraat,Helmond\n");
        upload(list.toString(), false);
        for (String number : new String[] {"1", "2"}) {
            String address = coordinator.get("/api/v1/programmes/" + programme + "/addresses?q=Spoorstraat%20" + number)
                    .json().get("items").get(0).get("id").asString();
            assertThat(coordinator.post("/api/v1/addresses/" + address + "/visits", java.util.Map.of(
                    "date", java.time.LocalDate.now().minusDays(1).toString(), "members", java.util.List.of(java.util.Map.of(
                            "name", "Bewoner", "birthYear", 1970, "relation", "MAIN_RESIDENT", "present", true))))
                    .status()).isEqualTo(201);
        }

        var onlyRowInvalid = upload("postcode,huisnummer,straat,woonplaats\n5701 AB,elf,Spoorstraat,Helmond\n", false);
        assertThat(onlyRowInvalid.status()).isEqualTo(422);
        assertThat(upload("postcode,huisnummer,straat,woonplaats\n5701 AB,elf,Spoorstraat,Helmond\n",
                "dryRun=false&onlyValid=true&confirmRemoval=true").status()).as("no valid row at all").isEqualTo(422);
        assertThat(addressCount()).isEqualTo(10);

        String onlyTheThird = "postcode,huisnummer,straat,woonplaats\n5701 AB,3,Spoorstraat,Helmond\n";
        var preview = upload(onlyTheThird, true).json();
        assertThat(preview.get("removed").asInt()).isEqualTo(9);
        assertThat(preview.get("removedVisited").asInt()).isEqualTo(2);
        assertThat(preview.get("confirmRemovalRequired").asBoolean()).isTrue();
        var unconfirmed = upload(onlyTheThird, false);
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.json().get("detail").asString()).contains("9", "10", "2");
        assertThat(addressCount()).isEqualTo(10);

        String withoutTheTenth = list.toString().replace("5701 AB,10,Spoorstraat,Helmond\n", "");
        assertThat(upload(withoutTheTenth, false).json().get("removed").asInt())
                .as("one unvisited address of ten is within the share").isOne();
        String withoutTheFirst = withoutTheTenth.replace("5701 AB,1,Spoorstraat,Helmond\n", "");
        assertThat(upload(withoutTheFirst, false).status()).as("a visited address never leaves silently").isEqualTo(422);

        var confirmed = upload(onlyTheThird, "dryRun=false&confirmRemoval=true");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("removed").asInt()).isEqualTo(8);
        assertThat(addressCount()).isOne();
    }

    @Test
    void theCorporationColumnNamesTheOwningCorporationAndAnUnknownNameIsARowError() {
        String name = "Woonstede " + UUID.randomUUID().toString().substring(0, 8);
        String corporation = admin().post("/api/v1/organisations", java.util.Map.of("name", name, "kind", "HOUSING_CORPORATION"))
                .json().get("id").asString();
        String welfare = "Welzijn " + UUID.randomUUID().toString().substring(0, 8);
        admin().post("/api/v1/organisations", java.util.Map.of("name", welfare, "kind", "WELFARE"));
        String csv = "postcode;huisnummer;straat;woonplaats;corporatie\n"
                + "5701 AB;1;Spoorstraat;Helmond;" + name.toUpperCase() + "\n"
                + "5701 AB;2;Spoorstraat;Helmond;Onbekende Corporatie\n"
                + "5701 AB;3;Spoorstraat;Helmond;" + welfare + "\n"
                + "5701 AB;4;Spoorstraat;Helmond;ja\n";
        var preview = upload(csv, true).json();
        assertThat(preview.get("invalid").asInt()).isEqualTo(2);
        assertThat(preview.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(preview.get("errors").get(0).get("column").asString()).isEqualTo("corporatie");
        assertThat(preview.get("errors").get(0).get("message").asString()).contains("Onbekende Corporatie");
        assertThat(preview.get("errors").get(1).get("line").asInt()).isEqualTo(4);
        assertThat(preview.get("ownerUnknown").asInt()).as("'ja' without a corporation partner names no owner").isOne();

        upload(csv, "dryRun=false&onlyValid=true");
        String first = coordinator.get("/api/v1/programmes/" + programme + "/addresses?q=Spoorstraat%201")
                .json().get("items").get(0).get("id").asString();
        var detail = coordinator.get("/api/v1/addresses/" + first).json();
        assertThat(detail.get("corporationId").asString()).isEqualTo(corporation);
        assertThat(detail.get("corporationOwned").asBoolean()).isTrue();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
