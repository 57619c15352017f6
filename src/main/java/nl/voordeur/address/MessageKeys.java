package nl.voordeur.address;

/** Message keys of {@code i18n/address.properties}. */
final class MessageKeys {

    static final String TOO_LARGE = "address.import.tooLarge";
    static final String EMPTY = "address.import.empty";
    static final String NOT_CSV = "address.import.notCsv";
    static final String MISSING_COLUMNS = "address.import.missingColumns";
    static final String POSTCODE_INVALID = "address.import.postcodeInvalid";
    static final String HOUSE_NUMBER_INVALID = "address.import.houseNumberInvalid";
    static final String HOUSE_LETTER_INVALID = "address.import.houseLetterInvalid";
    static final String ADDITION_INVALID = "address.import.additionInvalid";
    static final String CONFLICTING_PARTS = "address.import.conflictingParts";
    static final String REQUIRED = "address.import.required";
    static final String TOO_LONG = "address.import.tooLong";
    static final String CORPORATION_INVALID = "address.import.corporationInvalid";
    static final String DUPLICATE_IN_FILE = "address.import.duplicateInFile";
    static final String WRONG_FIELD_COUNT = "address.import.wrongFieldCount";
    static final String REFUSED_INVALID_ROWS = "address.import.refused.invalidRows";
    static final String REFUSED_NO_VALID_ROWS = "address.import.refused.noValidRows";
    static final String REFUSED_REMOVAL = "address.import.refused.removal";
    static final String CORPORATION_UNKNOWN = "address.corporation.unknown";
    static final String CORPORATION_CONTRADICTION = "address.corporation.contradiction";

    private MessageKeys() {
    }
}
