package nl.voordeur.address;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import nl.voordeur.shared.DomainRuleViolated;

/** An address cannot move from its current status this way; the message says what to do instead. */
public class IllegalTransition extends DomainRuleViolated {
    public IllegalTransition(String messageKey, AddressStatus from, Object to) {
        super(messageKey, "outcome", label(from), label(to));
    }

    /** The status as the user reads it ("Geen woning"), resolved when the message is rendered. */
    private static DefaultMessageSourceResolvable label(Object status) {
        String name = ((Enum<?>) status).name();
        return new DefaultMessageSourceResolvable(new String[] {"addressStatus." + name}, name);
    }
}
