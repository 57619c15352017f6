package nl.voordeur.config.backup;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Reads what {@link SealedOutputStream} wrote, segment by segment, and hands out a segment's bytes
 * only after its tag checked. A file that ends before its last segment, or goes on after it, is
 * refused: a backup that was cut off midway never reads as a complete one.
 */
final class SealedInputStream extends InputStream {

    private final DataInputStream in;
    private final BackupKey key;
    private final byte[] header;
    private final byte[] prefix = new byte[SealedOutputStream.PREFIX];
    private final Cipher cipher;
    private byte[] segment = new byte[0];
    private int position;
    private int counter;
    private boolean last;

    SealedInputStream(InputStream in, BackupKey key, byte[] header) throws IOException {
        this.in = new DataInputStream(in);
        this.key = key;
        this.header = header.clone();
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            this.in.readFully(prefix);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (EOFException e) {
            throw incomplete();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        while (position == segment.length) {
            if (last) return -1;
            next();
        }
        int n = Math.min(length, segment.length - position);
        System.arraycopy(segment, position, bytes, offset, n);
        position += n;
        return n;
    }

    private void next() throws IOException {
        byte[] sealed;
        boolean flag;
        try {
            flag = in.readUnsignedByte() == 1;
            int length = in.readInt();
            if (length < 16 || length > SealedOutputStream.SEGMENT + 16) throw altered();
            sealed = new byte[length];
            in.readFully(sealed);
        } catch (EOFException e) {
            throw incomplete();
        }
        try {
            cipher.init(Cipher.DECRYPT_MODE, key.secret(),
                    new GCMParameterSpec(SealedOutputStream.TAG_BITS, SealedOutputStream.nonce(prefix, counter, flag)));
            cipher.updateAAD(header);
            segment = cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw altered();
        } catch (GeneralSecurityException e) {
            throw new IOException("backup decryption failed", e);
        }
        position = 0;
        counter++;
        last = flag;
        if (last && in.read() != -1) {
            throw new BackupRefused("The backup file goes on after its last part: it was altered or two files were"
                    + " joined. It is not restored.");
        }
    }

    static BackupRefused incomplete() {
        return new BackupRefused("The backup file is incomplete: it ends before its last part (a backup that was"
                + " stopped midway, or a copy cut short). It cannot be restored; use an earlier, complete backup."
                + " / Het back-upbestand is onvolledig en wordt niet teruggezet.");
    }

    private static BackupRefused altered() {
        return new BackupRefused("The backup file is damaged or was altered (a part fails its check). It is not"
                + " restored; use another copy. / Het back-upbestand is beschadigd of gewijzigd.");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
