package nl.voordeur.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Marks the current request as working under emergency access: every audit entry written
 * during the rest of the request carries the break-glass flag and the emergency reason, so the
 * privacy officer sees exactly what was done with it. Outside a request nothing is marked.
 */
public final class BreakGlassMark {

    private static final String ATTRIBUTE = BreakGlassMark.class.getName();

    private BreakGlassMark() {
    }

    /** From now on, this request's audit entries are marked with the reason. */
    public static void set(String reason) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) attributes.setAttribute(ATTRIBUTE, reason, RequestAttributes.SCOPE_REQUEST);
    }

    static AuditRecord apply(AuditRecord record) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (record.breakGlass() || attributes == null) return record;
        return attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String reason
                ? record.breakingGlass(reason) : record;
    }
}
