package nl.voordeur.config.web;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an unexpected failure without the exceptions' messages: those quote input, SQL values and
 * rows, i.e. personal data. What is kept: the exception classes, SQL states and stack frames.
 */
final class FailureLog {

    private static final Logger log = LoggerFactory.getLogger(FailureLog.class);
    private static final int FRAMES = 12;
    private static final int CAUSES = 8;

    private FailureLog() {
    }

    static void unexpected(String method, String path, Throwable failure) {
        log.error("Unexpected failure answering {} {}: {}", method, path, describe(failure));
    }

    static String describe(Throwable failure) {
        if (failure == null) return "(no exception)";
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < CAUSES; t = t.getCause() == t ? null : t.getCause(), depth++) {
            out.append(depth == 0 ? "" : "\ncaused by ").append(t.getClass().getName());
            if (t instanceof SQLException sql) out.append(" (SQLState ").append(sql.getSQLState()).append(')');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) out.append("\n\tat ").append(frames[i]);
        }
        return out.toString();
    }
}
