package nl.voordeur.address;

import java.util.List;

/** Recognises uploads that are clearly not text: office documents, PDFs, images, binary data. */
final class BinarySniffer {

    private static final List<byte[]> MAGIC = List.of(
            bytes(0x50, 0x4B, 0x03, 0x04),                          // ZIP, XLSX, ODS, DOCX
            bytes(0x50, 0x4B, 0x05, 0x06),                          // empty ZIP
            bytes('%', 'P', 'D', 'F'),                              // PDF
            bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),     // PNG
            bytes('G', 'I', 'F', '8'),                              // GIF87a, GIF89a
            bytes(0xFF, 0xD8, 0xFF),                                // JPEG
            bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)); // OLE2: XLS, DOC

    private BinarySniffer() {
    }

    static boolean looksBinary(byte[] content) {
        return hasMagic(content) || tooManyControlCharacters(content);
    }

    private static boolean hasMagic(byte[] content) {
        return MAGIC.stream().anyMatch(magic -> startsWith(content, magic));
    }

    /** Any NUL byte, or more than 1% control characters other than tab, CR and LF. */
    private static boolean tooManyControlCharacters(byte[] content) {
        long controls = 0;
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
            if (isControl(b)) {
                controls++;
            }
        }
        return controls * 100 > content.length;
    }

    private static boolean isControl(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7F;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
