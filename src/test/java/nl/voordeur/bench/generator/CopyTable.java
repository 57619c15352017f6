package nl.voordeur.bench.generator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/** Rows for one table in PostgreSQL's COPY text format, buffered until {@link #copy}. */
final class CopyTable {

    private final String name;
    private final String columns;
    private final Buffer bytes = new Buffer();
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    CopyTable(String name, String columns) {
        this.name = name;
        this.columns = columns;
    }

    String name() {
        return name;
    }

    long rows() {
        return rows;
    }

    void row(Object... values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) line.append('\t');
            append(values[i]);
        }
        line.append('\n');
        bytes.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        rows++;
    }

    private void append(Object value) {
        switch (value) {
            case null -> line.append("\\N");
            case Boolean b -> line.append(b ? 't' : 'f');
            case Number n -> line.append(n);
            case UUID u -> line.append(u);
            case TemporalAccessor t -> line.append(t);
            case UUID[] ids -> {
                line.append('{');
                for (int i = 0; i < ids.length; i++) line.append(i > 0 ? "," : "").append(ids[i]);
                line.append('}');
            }
            default -> escape(value.toString());
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    /** Streams the buffered rows with one COPY and empties the buffer. */
    void copy(CopyManager copies) throws SQLException {
        if (rows == 0) return;
        CopyIn in = copies.copyIn("COPY " + name + " (" + columns + ") FROM STDIN");
        try {
            int chunk = 1 << 20;
            for (int off = 0; off < bytes.size(); off += chunk) {
                in.writeToCopy(bytes.raw(), off, Math.min(chunk, bytes.size() - off));
            }
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
        bytes.reset();
        rows = 0;
    }

    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1 << 16);
        }

        byte[] raw() {
            return buf;
        }
    }
}
