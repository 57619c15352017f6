package nl.voordeur.address;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the uploaded bytes into text: UTF-8 with or without byte order mark, and Windows-1252 (what
 * Excel writes for "CSV (gescheiden door lijstscheidingsteken)") when the bytes are not valid UTF-8.
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static String decode(byte[] content) {
        int offset = hasUtf8Bom(content) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return strictUtf8(bytes.duplicate());
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252.decode(bytes).toString();
        }
    }

    private static String strictUtf8(ByteBuffer bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes)
                .toString();
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3
                && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF;
    }
}
