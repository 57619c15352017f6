package nl.voordeur.address;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows written straight into a running {@code COPY … FROM STDIN} (text format), so parsing in Java
 * and loading in PostgreSQL overlap and no list of rows is kept in memory. Not thread-safe.
 */
final class CopyStream implements AutoCloseable {

    private final PGCopyOutputStream out;
    private static final int FLUSH_AT = 1 << 15;

    private final Writer writer;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private boolean done;

    CopyStream(Connection connection, String copySql) {
        try {
            this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, 1 << 16);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY could not start", e);
        }
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** A text field, escaped for COPY; {@code null} becomes SQL NULL. */
    CopyStream text(String value) {
        if (value == null) return raw("\\N");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    /** A value that needs no escaping (numbers, booleans, uuids, timestamps). */
    CopyStream raw(Object value) {
        buffer.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyStream tab() {
        buffer.append('\t');
        return this;
    }

    CopyStream endRow() {
        buffer.append('\n');
        if (buffer.length() >= FLUSH_AT) flushBuffer();
        return this;
    }

    private void flushBuffer() {
        try {
            writer.write(buffer.toString());
            buffer.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the COPY; returns the number of rows PostgreSQL stored. */
    long finish() {
        try {
            flushBuffer();
            writer.flush();
            done = true;
            return out.endCopy();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("COPY did not finish", e);
        }
    }

    /** Cancels the COPY when it was not finished (an error while reading the file). */
    @Override
    public void close() {
        if (done) return;
        try {
            if (out.isActive()) out.cancelCopy();
        } catch (SQLException e) {
            // the transaction is rolled back anyway
        }
    }
}
