package nl.voordeur.address;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.Charset;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressCsvParserTest {

    private static final String HEADER = "postcode;huisnummer;huisletter;toevoeging;straat;woonplaats\n";

    private final AddressCsvParser parser = new AddressCsvParser(1_000_000);

    // --- encoding and format ---

    @Test
    void readsUtf8WithByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ParseResult result = parser.parse(concat(bom, (HEADER + "5701AB;12;;;Kerkstraat;Helmond\n").getBytes(UTF_8)));

        assertAddresses(result).containsExactly(tuple(2, "5701 AB", 12, null, null, "Kerkstraat", "Helmond"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void readsSemicolonSeparatedFiles() {
        ParseResult result = parse(HEADER + "5701 AB;12;;;Kerkstraat;Helmond\n1011 AB;1;b;;Damrak;Amsterdam\n");

        assertAddresses(result).containsExactly(
                tuple(2, "5701 AB", 12, null, null, "Kerkstraat", "Helmond"),
                tuple(3, "1011 AB", 1, "B", null, "Damrak", "Amsterdam"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataLines()).isEqualTo(2);
    }

    @Test
    void readsCommaSeparatedFilesWithQuotedFieldsContainingTheDelimiter() {
        ParseResult result = parse("""
                postcode,huisnummer,straat,woonplaats
                5701AB,12,"Kerkstraat, achterom",Helmond
                5701AC,"3","Het ""Plein\"\"","Helmond"
                """);

        assertAddresses(result).containsExactly(
                tuple(2, "5701 AB", 12, null, null, "Kerkstraat, achterom", "Helmond"),
                tuple(3, "5701 AC", 3, null, null, "Het \"Plein\"", "Helmond"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() {
        String csv = HEADER + "5701AB;12;;;Rue de Café;Helmond\n";
        ParseResult result = parser.parse(csv.getBytes(Charset.forName("windows-1252")));

        assertAddresses(result).containsExactly(tuple(2, "5701 AB", 12, null, null, "Rue de Café", "Helmond"));
    }

    @Test
    void readsCrLfLineEndings() {
        ParseResult result = parse(HEADER.replace("\n", "\r\n") + "5701AB;12;;;Kerkstraat;Helmond\r\n"
                + "5701AB;14;;;Kerkstraat;Helmond\r\n");

        assertAddresses(result).containsExactly(
                tuple(2, "5701 AB", 12, null, null, "Kerkstraat", "Helmond"),
                tuple(3, "5701 AB", 14, null, null, "Kerkstraat", "Helmond"));
    }

    @Test
    void readsOldMacLineEndings() {
        ParseResult result = parse("postcode;huisnummer;straat;woonplaats\r5701AB;12;Kerkstraat;Helmond\r");

        assertAddresses(result).containsExactly(tuple(2, "5701 AB", 12, null, null, "Kerkstraat", "Helmond"));
    }

    @Test
    void readsTabSeparatedFiles() {
        ParseResult result = parse("postcode\thuisnummer\tstraat\twoonplaats\n5701AB\t12\tKerkstraat, oost\tHelmond\n");

        assertAddresses(result).containsExactly(tuple(2, "5701 AB", 12, null, null, "Kerkstraat, oost", "Helmond"));
    }

    @Test
    void unclosedQuoteSwallowsTheRestOfTheFileIntoOneProblemInsteadOfThrowing() {
        ParseResult result = parse(HEADER + "5701AB;12;\"Kerkstraat;Helmond\n5701AB;13;;;Kerkstraat;Helmond\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).containsExactly(RowProblem.of(2, null, "address.import.wrongFieldCount", 3, 6));
        assertThat(result.dataLines()).isEqualTo(1);
    }

    @Test
    void quotedLineBreakKeepsTheRecordTogetherAndLaterLinesKeepTheirPhysicalNumber() {
        ParseResult result = parse("postcode,huisnummer,straat,woonplaats\n"
                + "5701AB,12,\"Kerkstraat\r\nachterom\",Helmond\n"
                + "5701AB,x,Kerkstraat,Helmond\n");

        assertAddresses(result).containsExactly(tuple(2, "5701 AB", 12, null, null, "Kerkstraat achterom", "Helmond"));
        assertThat(result.problems()).containsExactly(
                RowProblem.of(4, "huisnummer", "address.import.houseNumberInvalid", "x"));
        assertThat(result.dataLines()).isEqualTo(2);
    }

    @Test
    void skipsEmptyLinesWithoutCountingThemAndKeepsPhysicalLineNumbers() {
        ParseResult result = parse(HEADER + "\n5701AB;12;;;Kerkstraat;Helmond\n   \n;;;;;\n5701AB;abc;;;Kerkstraat;Helmond\n\n");

        assertAddresses(result).containsExactly(tuple(3, "5701 AB", 12, null, null, "Kerkstraat", "Helmond"));
        assertThat(result.problems()).containsExactly(
                RowProblem.of(6, "huisnummer", "address.import.houseNumberInvalid", "abc"));
        assertThat(result.dataLines()).isEqualTo(2);
    }

    // --- header ---

    @Test
    void acceptsEnglishHeadersInAnyOrderAndIgnoresUnknownColumns() {
        ParseResult result = parse("""
                city,street,remark,house_number,addition,postcode,house_letter,bag_id,corporation
                Helmond,Kerkstraat,call first,12,2,5701AB,a,0794010000012345,yes
                """);

        assertThat(result.rows()).containsExactly(new AddressRow(2, "5701 AB", 12, "A", "2", "Kerkstraat", "Helmond",
                "0794010000012345", true));
    }

    @Test
    void matchesHeaderNamesIgnoringCaseSpacesAndQuotes() {
        ParseResult result = parse(" \"PostCode\" ; Huisnummer ;'STRAAT';\"  WoonPlaats \";BAGID\n5701AB;12;Kerkstraat;Helmond;X1\n");

        assertThat(result.rows()).containsExactly(
                new AddressRow(2, "5701 AB", 12, null, null, "Kerkstraat", "Helmond", "X1", null));
    }

    @Test
    void rejectsFileWhenRequiredColumnsAreMissingAndNamesThemInDutch() {
        ParseResult result = parse("postcode;nummer;street\n5701AB;12;Kerkstraat\n");

        assertThat(result.fileProblem())
                .isEqualTo(FileProblem.of("address.import.missingColumns", "huisnummer, woonplaats"));
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    // --- postcode ---

    @ParameterizedTest
    @ValueSource(strings = {"5701ab", "5701 AB", "5701AB", " 5701  ab ", "5701 aB"})
    void normalisesPostcodeSpellings(String postcode) {
        ParseResult result = parse(HEADER + postcode + ";12;;;Kerkstraat;Helmond\n");

        assertAddresses(result).containsExactly(tuple(2, "5701 AB", 12, null, null, "Kerkstraat", "Helmond"));
    }

    @Test
    void reportsPostcodesThatStartWithZeroOrHaveTooFewDigits() {
        ParseResult result = parse(HEADER + "0123 AB;1;;;Kerkstraat;Helmond\n123 AB;2;;;Kerkstraat;Helmond\n"
                + ";3;;;Kerkstraat;Helmond\n5701AB;4;;;Kerkstraat;Helmond\n");

        assertAddresses(result).containsExactly(tuple(5, "5701 AB", 4, null, null, "Kerkstraat", "Helmond"));
        assertThat(result.problems()).containsExactly(
                RowProblem.of(2, "postcode", "address.import.postcodeInvalid", "0123 AB"),
                RowProblem.of(3, "postcode", "address.import.postcodeInvalid", "123 AB"),
                RowProblem.of(4, "postcode", "address.import.required", "postcode"));
    }

    // --- house number, letter and addition ---

    @Test
    void splitsLetterAndAdditionWrittenInTheHouseNumberField() {
        ParseResult result = parse(HEADER + """
                5701AB;12a;;;Kerkstraat;Helmond
                5701AB;12-2;;;Kerkstraat;Helmond
                5701AB;12 bis;;;Kerkstraat;Helmond
                5701AB;12A-3;;;Kerkstraat;Helmond
                5701AB;14 b;;;Kerkstraat;Helmond
                5701AB;14-B;;;Kerkstraat;Helmond
                5701AB;14 huis;;;Kerkstraat;Helmond
                5701AB;16;c;1;Kerkstraat;Helmond
                """);

        assertThat(result.rows()).extracting(AddressRow::line, AddressRow::houseNumber, AddressRow::houseLetter,
                AddressRow::addition).containsExactly(
                        tuple(2, 12, "A", null),
                        tuple(3, 12, null, "2"),
                        tuple(4, 12, null, "bis"),
                        tuple(5, 12, "A", "3"),
                        tuple(6, 14, "B", null),
                        tuple(7, 14, null, "B"),
                        tuple(8, 14, null, "huis"),
                        tuple(9, 16, "C", "1"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void reportsNonNumericBlankAndOutOfRangeHouseNumbers() {
        ParseResult result = parse(HEADER + """
                5701AB;abc;;;Kerkstraat;Helmond
                5701AB;;;;Kerkstraat;Helmond
                5701AB;0;;;Kerkstraat;Helmond
                5701AB;100000;;;Kerkstraat;Helmond
                5701AB;99999;;;Kerkstraat;Helmond
                """);

        assertAddresses(result).containsExactly(tuple(6, "5701 AB", 99999, null, null, "Kerkstraat", "Helmond"));
        assertThat(result.problems()).containsExactly(
                RowProblem.of(2, "huisnummer", "address.import.houseNumberInvalid", "abc"),
                RowProblem.of(3, "huisnummer", "address.import.required", "huisnummer"),
                RowProblem.of(4, "huisnummer", "address.import.houseNumberInvalid", "0"),
                RowProblem.of(5, "huisnummer", "address.import.houseNumberInvalid", "100000"));
    }

    @Test
    void reportsConflictBetweenHouseNumberFieldAndSeparateColumnsButAcceptsAgreement() {
        ParseResult result = parse(HEADER + """
                5701AB;12a;b;;Kerkstraat;Helmond
                5701AB;14-2;;3;Kerkstraat;Helmond
                5701AB;16a;A;;Kerkstraat;Helmond
                """);

        assertAddresses(result).containsExactly(tuple(4, "5701 AB", 16, "A", null, "Kerkstraat", "Helmond"));
        assertThat(result.problems()).containsExactly(
                RowProblem.of(2, "huisnummer", "address.import.conflictingParts", "12a"),
                RowProblem.of(3, "huisnummer", "address.import.conflictingParts", "14-2"));
    }

    @Test
    void reportsInvalidLetterAndAdditionColumns() {
        ParseResult result = parse(HEADER + """
                5701AB;12;ab;;Kerkstraat;Helmond
                5701AB;12;;elf tekens!!;Kerkstraat;Helmond
                5701AB;12 abcdefghijk;;;Kerkstraat;Helmond
                """);

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).containsExactly(
                RowProblem.of(2, "huisletter", "address.import.houseLetterInvalid", "ab"),
                RowProblem.of(3, "toevoeging", "address.import.additionInvalid", "elf tekens!!"),
                RowProblem.of(4, "huisnummer", "address.import.additionInvalid", "abcdefghijk"));
    }

    // --- street, city, corporation ---

    @Test
    void reportsBlankAndOverlongStreetAndCityTogether() {
        ParseResult result = parse(HEADER + "5701AB;12;;;;" + "x".repeat(121) + "\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).containsExactly(
                RowProblem.of(2, "straat", "address.import.required", "straat"),
                RowProblem.of(2, "woonplaats", "address.import.tooLong", "woonplaats"));
        assertThat(result.dataLines()).isEqualTo(1);
    }

    @Test
    void readsCorporationYesNoAndBlank() {
        ParseResult result = parse("""
                postcode;huisnummer;straat;woonplaats;corporatie
                5701AB;1;Kerkstraat;Helmond;ja
                5701AB;2;Kerkstraat;Helmond;Nee
                5701AB;3;Kerkstraat;Helmond;
                5701AB;4;Kerkstraat;Helmond;1
                5701AB;5;Kerkstraat;Helmond;misschien
                """);

        assertThat(result.rows()).extracting(AddressRow::line, AddressRow::corporationOwned)
                .containsExactly(tuple(2, true), tuple(3, false), tuple(4, null), tuple(5, true));
        assertThat(result.problems()).containsExactly(
                RowProblem.of(6, "corporatie", "address.import.corporationInvalid", "misschien"));
    }

    @Test
    void readsARegisteredCorporationsNameAsItsOwnerAndYesAsTheSolePartner() {
        java.util.UUID woonstede = java.util.UUID.randomUUID();
        java.util.UUID partner = java.util.UUID.randomUUID();
        Corporations known = new Corporations(java.util.Map.of("woonstede helmond", woonstede), partner);
        ParseResult result = parser.parse("""
                postcode;huisnummer;straat;woonplaats;corporatie
                5701AB;1;Kerkstraat;Helmond;  WOONSTEDE   Helmond
                5701AB;2;Kerkstraat;Helmond;ja
                5701AB;3;Kerkstraat;Helmond;Woonbron
                """.getBytes(UTF_8), known, null);

        assertThat(result.rows()).extracting(AddressRow::line, AddressRow::corporationOwned, r -> r.owner(known.sole()))
                .containsExactly(tuple(2, true, woonstede), tuple(3, true, partner));
        assertThat(result.problems()).containsExactly(
                RowProblem.of(4, "corporatie", "address.import.corporationInvalid", "Woonbron"));
        assertThat(result.ownerUnknown()).isZero();
        assertThat(parser.parse("postcode;huisnummer;straat;woonplaats;corporatie\n5701AB;2;Kerkstraat;Helmond;ja\n"
                .getBytes(UTF_8), Corporations.NONE, null).ownerUnknown()).as("ja without a sole partner").isOne();
    }

    @Test
    void reportsRecordsTooShortToReachTheRequiredColumns() {
        ParseResult result = parse(HEADER + "5701AB,12,Kerkstraat,Helmond\n5701AB;12;;;Kerkstraat;Helmond\n");

        assertAddresses(result).containsExactly(tuple(3, "5701 AB", 12, null, null, "Kerkstraat", "Helmond"));
        assertThat(result.problems()).containsExactly(
                RowProblem.of(2, null, "address.import.wrongFieldCount", 1, 6));
    }

    // --- duplicates ---

    @Test
    void reportsLaterDuplicateNamingTheFirstLine() {
        ParseResult result = parse(HEADER + """
                5701AB;12;a;;Kerkstraat;Helmond
                5701AB;12;;;Kerkstraat;Helmond
                5701 ab;12A;;;Kerkstraat;Helmond
                """);

        assertAddresses(result).containsExactly(
                tuple(2, "5701 AB", 12, "A", null, "Kerkstraat", "Helmond"),
                tuple(3, "5701 AB", 12, null, null, "Kerkstraat", "Helmond"));
        assertThat(result.problems()).containsExactly(RowProblem.of(4, null, "address.import.duplicateInFile", 2));
        assertThat(result.dataLines()).isEqualTo(3);
    }

    @Test
    void keyUpperCasesLetterAndLowerCasesAddition() {
        AddressRow row = new AddressRow(2, "5701 AB", 12, "a", "BIS", "Kerkstraat", "Helmond", null, null);

        assertThat(row.key()).isEqualTo("5701 AB|12|A|bis");
        assertThat(new AddressRow(2, "5701 AB", 12, null, null, "s", "c", null, null).key()).isEqualTo("5701 AB|12||");
    }

    // --- file-level problems ---

    @Test
    void rejectsBinaryFiles() {
        byte[] pdf = "%PDF-1.7\npostcode;huisnummer;straat;woonplaats\n".getBytes(UTF_8);
        byte[] nul = (HEADER + "5701AB;12;;;Kerk\0straat;Helmond\n").getBytes(UTF_8);
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};
        byte[] controls = (HEADER + "\u0001\u0002\u0003").getBytes(UTF_8);

        for (byte[] content : List.of(pdf, nul, xlsx, controls)) {
            assertRejected(parser.parse(content), FileProblem.of("address.import.notCsv"));
        }
    }

    @Test
    void rejectsEmptyFilesAndHeaderOnlyFiles() {
        byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'};

        for (byte[] content : List.of(new byte[0], bomOnly, HEADER.getBytes(UTF_8),
                (HEADER + "\n;;;;;\n  \n").getBytes(UTF_8))) {
            assertRejected(parser.parse(content), FileProblem.of("address.import.empty"));
        }
        assertRejected(parser.parse(null), FileProblem.of("address.import.empty"));
    }

    @Test
    void rejectsFilesOverTheSizeLimitBeforeReadingThem() {
        byte[] content = (HEADER + "5701AB;12;;;Kerkstraat;Helmond\n").getBytes(UTF_8);

        assertRejected(new AddressCsvParser(content.length - 1).parse(content),
                FileProblem.of("address.import.tooLarge", (long) content.length - 1));
        assertThat(new AddressCsvParser(content.length).parse(content).rows()).hasSize(1);
    }

    // --- volume ---

    @Test
    void parsesOneHundredThousandRows() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 100_000; i++) {
            csv.append(1000 + i / 1000).append("AB;").append(i % 1000 + 1).append(";;;Straat ").append(i)
                    .append(";Plaats\n");
        }
        ParseResult result = new AddressCsvParser(Long.MAX_VALUE).parse(csv.toString().getBytes(UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataLines()).isEqualTo(100_000);
        assertThat(result.rows()).hasSize(100_000);
        assertThat(result.rows().getLast()).isEqualTo(
                new AddressRow(100_001, "1099 AB", 1000, null, null, "Straat 99999", "Plaats", null, null));
    }

    // --- message bundles ---

    @Test
    void bothBundlesDefineEveryMessageKeyAndFormatIt() throws IOException {
        for (String bundle : List.of("i18n/address.properties", "i18n/address_en.properties")) {
            Properties messages = load(bundle);
            for (String key : messageKeys()) {
                assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank();
                String formatted = format(messages.getProperty(key), 1234, 5678, 9012);
                assertThat(formatted).as(bundle + " " + key).doesNotContain("{").doesNotContain("''");
            }
            assertThat(format(messages.getProperty("address.import.duplicateInFile"), 1234)).contains(" 1234 ");
        }
    }

    // --- helpers ---

    private ParseResult parse(String csv) {
        return parser.parse(csv.getBytes(UTF_8));
    }

    private static ListAssert<Tuple> assertAddresses(ParseResult result) {
        assertThat(result.fileProblem()).isNull();
        return assertThat(result.rows().stream().map(r -> tuple(r.line(), r.postcode(), r.houseNumber(),
                r.houseLetter(), r.addition(), r.street(), r.city())).toList());
    }

    private static void assertRejected(ParseResult result, FileProblem expected) {
        assertThat(result.rejected()).isTrue();
        assertThat(result.fileProblem()).isEqualTo(expected);
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }

    private static String format(String pattern, Object... args) {
        return new MessageFormat(pattern, Locale.forLanguageTag("nl")).format(args);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                AddressCsvParserTest.class.getClassLoader().getResourceAsStream(resource), UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        for (Field field : MessageKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(keys).hasSize(19);
        return keys;
    }
}
