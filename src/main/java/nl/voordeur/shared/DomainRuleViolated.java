package nl.voordeur.shared;

import org.springframework.context.MessageSourceResolvable;

import java.util.ArrayList;
import java.util.List;

/**
 * A request that breaks a business rule. The {@code messageKey} names a message in the
 * bundles, so pages and API answer in the user's language; {@code field} names the input
 * that is wrong, when there is one.
 */
public class DomainRuleViolated extends RuntimeException implements MessageSourceResolvable {

    private final String messageKey;
    private final String field;
    private final Object[] arguments;
    private final List<DomainRuleViolated> others = new ArrayList<>();

    public DomainRuleViolated(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    /**
     * Every broken rule of one request at once, so a form can show them all (the first one is the
     * exception thrown); nothing when the list is empty.
     */
    public static void throwAll(List<DomainRuleViolated> violations) {
        if (violations.isEmpty()) return;
        DomainRuleViolated first = violations.getFirst();
        first.others.addAll(violations.subList(1, violations.size()));
        throw first;
    }

    /** This violation and the others found with it, in the order they were found. */
    public List<DomainRuleViolated> all() {
        var all = new ArrayList<DomainRuleViolated>();
        all.add(this);
        all.addAll(others);
        return all;
    }

    public String messageKey() { return messageKey; }

    public String field() { return field; }

    public Object[] arguments() { return arguments; }

    @Override
    public String[] getCodes() { return new String[] {messageKey}; }

    @Override
    public Object[] getArguments() { return arguments; }

    @Override
    public String getDefaultMessage() { return messageKey; }
}
