package nl.voordeur.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the audit log remembers about the current request. Under emergency access every audit
 * entry written during the rest of the request carries the break-glass flag and the emergency
 * reason, so the privacy officer sees exactly what was done with it; and a refused access that
 * was logged is noted, so the error page does not log it a second time. Outside a request
 * nothing is marked.
 */
public final class RequestAuditMarks {

    private static final String ATTRIBUTE = RequestAuditMarks.class.getName();

    private RequestAuditMarks() {
    }

    /** From now on, this request's audit entries are marked with the reason. */
    public static void set(String reason) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) attributes.setAttribute(ATTRIBUTE, reason, RequestAttributes.SCOPE_REQUEST);
    }

    private static final String DENIAL = RequestAuditMarks.class.getName() + ".denial";

    /** Remembers that this request already logged a refused access, so it is not logged twice. */
    static void noteDenial() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) attributes.setAttribute(DENIAL, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    }

    /** Whether a refused access was already logged during this request. */
    public static boolean denialLogged() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes != null && attributes.getAttribute(DENIAL, RequestAttributes.SCOPE_REQUEST) != null;
    }

    static AuditRecord apply(AuditRecord record) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (record.breakGlass() || attributes == null) return record;
        return attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String reason
                ? record.breakingGlass(reason) : record;
    }
}
