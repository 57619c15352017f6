package nl.voordeur.address;

import static nl.voordeur.address.MessageKeys.ADDITION_INVALID;
import static nl.voordeur.address.MessageKeys.CONFLICTING_PARTS;
import static nl.voordeur.address.MessageKeys.CORPORATION_INVALID;
import static nl.voordeur.address.MessageKeys.HOUSE_LETTER_INVALID;
import static nl.voordeur.address.MessageKeys.HOUSE_NUMBER_INVALID;
import static nl.voordeur.address.MessageKeys.POSTCODE_INVALID;
import static nl.voordeur.address.MessageKeys.REQUIRED;
import static nl.voordeur.address.MessageKeys.TOO_LONG;
import static nl.voordeur.address.MessageKeys.WRONG_FIELD_COUNT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Validates one data record and turns it into an {@link AddressRow}, collecting every problem. */
final class RowCheck {

    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_BAG_ID_LENGTH = 50;

    private static final Map<String, Boolean> YES_NO = Map.of("ja", true, "yes", true, "true", true,
            "1", true, "nee", false, "no", false, "false", false, "0", false);

    private final CsvRecord record;
    private final Columns columns;
    private final Corporations corporations;
    private final List<RowProblem> problems = new ArrayList<>();
    private UUID namedCorporation;

    RowCheck(CsvRecord record, Columns columns, Corporations corporations) {
        this.record = record;
        this.columns = columns;
        this.corporations = corporations;
    }

    List<RowProblem> problems() {
        return problems;
    }

    /** The address, or {@code null} when {@link #problems()} explains why the record is invalid. */
    AddressRow toRow() {
        if (record.size() < columns.requiredWidth()) {
            problems.add(RowProblem.of(record.line(), null, WRONG_FIELD_COUNT,
                    record.size(), columns.requiredWidth()));
            return null;
        }
        String postcode = postcode();
        HouseNumber house = houseNumber();
        String street = name(Column.STREET);
        String city = name(Column.CITY);
        String bagId = bagId();
        Boolean corporation = corporation();
        if (!problems.isEmpty()) {
            return null;
        }
        return new AddressRow(record.line(), postcode, house.number(), house.letter(), house.addition(),
                street, city, bagId, corporation, namedCorporation);
    }

    private String postcode() {
        String raw = required(Column.POSTCODE);
        String postcode = raw == null ? null : Postcodes.normalise(raw);
        if (raw != null && postcode == null) {
            problem(Column.POSTCODE, POSTCODE_INVALID, raw);
        }
        return postcode;
    }

    private HouseNumber houseNumber() {
        String letter = letterColumn();
        String addition = additionColumn();
        String raw = required(Column.HOUSE_NUMBER);
        if (raw == null) {
            return null;
        }
        HouseNumber parsed = HouseNumber.parse(raw);
        if (parsed == null) {
            problem(Column.HOUSE_NUMBER, HOUSE_NUMBER_INVALID, raw);
            return null;
        }
        if (parsed.addition() != null && !HouseNumber.validAddition(parsed.addition())) {
            problem(Column.HOUSE_NUMBER, ADDITION_INVALID, parsed.addition());
            return null;
        }
        HouseNumber merged = parsed.withColumns(letter, addition);
        if (merged == null) {
            problem(Column.HOUSE_NUMBER, CONFLICTING_PARTS, raw);
        }
        return merged;
    }

    private String letterColumn() {
        String raw = columns.value(record, Column.HOUSE_LETTER);
        if (raw.isEmpty() || HouseNumber.validLetter(raw)) {
            return raw.isEmpty() ? null : HouseNumber.upper(raw);
        }
        problem(Column.HOUSE_LETTER, HOUSE_LETTER_INVALID, raw);
        return null;
    }

    private String additionColumn() {
        String raw = columns.value(record, Column.ADDITION);
        if (raw.isEmpty() || HouseNumber.validAddition(raw)) {
            return raw.isEmpty() ? null : raw;
        }
        problem(Column.ADDITION, ADDITION_INVALID, raw);
        return null;
    }

    private String name(Column column) {
        String value = required(column);
        return value == null ? null : limited(column, value, MAX_NAME_LENGTH);
    }

    private String bagId() {
        String value = columns.value(record, Column.BAG_ID);
        return value.isEmpty() ? null : limited(Column.BAG_ID, value, MAX_BAG_ID_LENGTH);
    }

    /** ja/nee, or the name of a registered housing corporation (which means ja, owned by that one). */
    private Boolean corporation() {
        String raw = columns.value(record, Column.CORPORATION);
        if (raw.isEmpty()) {
            return null;
        }
        Boolean value = YES_NO.get(raw.toLowerCase(Locale.ROOT));
        if (value != null) {
            return value;
        }
        namedCorporation = corporations.named(raw);
        if (namedCorporation == null) {
            problem(Column.CORPORATION, CORPORATION_INVALID, raw);
            return null;
        }
        return true;
    }

    /** The non-blank value, or {@code null} after reporting the column as required. */
    private String required(Column column) {
        String value = columns.value(record, column);
        if (value.isEmpty()) {
            problem(column, REQUIRED, column.dutchName());
            return null;
        }
        return value;
    }

    private String limited(Column column, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            problem(column, TOO_LONG, column.dutchName());
            return null;
        }
        return value;
    }

    private void problem(Column column, String messageKey, Object argument) {
        problems.add(RowProblem.of(record.line(), column.dutchName(), messageKey, argument));
    }
}
