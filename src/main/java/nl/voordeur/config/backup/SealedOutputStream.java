package nl.voordeur.config.backup;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts a stream of any length in segments of {@value #SEGMENT} bytes, each sealed with
 * AES-256-GCM (a streaming AEAD in the manner of Tink's and age's): the nonce is a random prefix
 * for the file, the segment's number and a flag that marks the last segment, and every segment
 * authenticates the file's header. So a segment cannot be altered, reordered, dropped or taken from
 * another file, and a file cut short lacks its last segment: {@link SealedInputStream} refuses it.
 *
 * <p>On disk: the 7-byte prefix, then per segment a flag byte (1 = last), the length of the sealed
 * segment and the sealed bytes (ciphertext and 16-byte tag).
 */
final class SealedOutputStream extends OutputStream {

    static final int SEGMENT = 1 << 20;
    static final int PREFIX = 7;
    static final int TAG_BITS = 128;

    private final DataOutputStream out;
    private final BackupKey key;
    private final byte[] header;
    private final byte[] prefix = new byte[PREFIX];
    private final byte[] buffer = new byte[SEGMENT];
    private final Cipher cipher;
    private int filled;
    private int counter;
    private boolean closed;

    SealedOutputStream(OutputStream out, BackupKey key, byte[] header) throws IOException {
        this.out = new DataOutputStream(out);
        this.key = key;
        this.header = header.clone();
        new SecureRandom().nextBytes(prefix);
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.out.write(prefix);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == SEGMENT) seal(false);
            int n = Math.min(length, SEGMENT - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    private void seal(boolean last) throws IOException {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce(prefix, counter, last)));
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(buffer, 0, filled);
            out.writeByte(last ? 1 : 0);
            out.writeInt(sealed.length);
            out.write(sealed);
        } catch (GeneralSecurityException e) {
            throw new IOException("backup encryption failed", e);
        }
        counter++;
        filled = 0;
    }

    static byte[] nonce(byte[] prefix, int counter, boolean last) {
        return ByteBuffer.allocate(12).put(prefix).putInt(counter).put((byte) (last ? 1 : 0)).array();
    }

    /** Seals the last segment; only a stream closed this way can be read back. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        seal(true);
        out.close();
    }
}
