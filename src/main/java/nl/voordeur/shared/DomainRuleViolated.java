package nl.voordeur.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request that breaks a business rule. The {@code messageKey} names a message in the
 * bundles, so pages and API answer in the user's language; {@code field} names the input
 * that is wrong, when there is one.
 */
public class DomainRuleViolated extends RuntimeException implements MessageSourceResolvable {

    private final String messageKey;
    private final String field;
    private final Object[] arguments;

    public DomainRuleViolated(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
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
