package nl.voordeur.address;

import java.util.EnumSet;
import java.util.Set;

/**
 * How contact attempts, visits, letters and corrections move an address through its states.
 * <ul>
 *   <li>Attempts are never capped: any outcome may follow any open status.</li>
 *   <li>A refusal ends the approach (AVG art. 21, objection): after REFUSED no further attempt
 *       or visit is recorded until a coordinator reopens the address with a reason, except a
 *       finding that the household moved or the dwelling is vacant or not residential.</li>
 *   <li>An address marked MOVED, VACANT or NOT_RESIDENTIAL accepts only another such finding until
 *       a coordinator corrects its status; a conversation there is refused with a clear message.</li>
 *   <li>VISITED stays VISITED after later contact attempts (a revisit that finds nobody home does
 *       not undo the visit), but a finding that the household moved or the dwelling is vacant counts.</li>
 *   <li>A letter announces only an address that has not been approached yet.</li>
 * </ul>
 */
public final class AddressStateMachine {

    static final Set<AddressStatus> EXCLUDED = EnumSet.of(AddressStatus.MOVED, AddressStatus.VACANT,
            AddressStatus.NOT_RESIDENTIAL);

    private AddressStateMachine() {
    }

    public static AddressStatus afterAttempt(AddressStatus current, Outcome outcome) {
        if (EXCLUDED.contains(current) && !outcome.excludesDwelling()) {
            throw new IllegalTransition("address.transition.excluded", current, outcome);
        }
        if (current == AddressStatus.REFUSED && !outcome.excludesDwelling()) {
            throw new IllegalTransition("address.transition.refused", current, outcome);
        }
        if (current == AddressStatus.VISITED && !outcome.excludesDwelling()) {
            return AddressStatus.VISITED;
        }
        return outcome.status();
    }

    public static AddressStatus afterVisit(AddressStatus current) {
        if (EXCLUDED.contains(current)) {
            throw new IllegalTransition("address.transition.visitExcluded", current, AddressStatus.VISITED);
        }
        if (current == AddressStatus.REFUSED) {
            throw new IllegalTransition("address.transition.visitRefused", current, AddressStatus.VISITED);
        }
        return AddressStatus.VISITED;
    }

    public static AddressStatus afterLetter(AddressStatus current) {
        return current == AddressStatus.IN_SCOPE ? AddressStatus.ANNOUNCED : current;
    }

    /** A coordinator's correction: back to not yet approached, or to a finding about the dwelling. */
    public static AddressStatus corrected(AddressStatus current, AddressStatus wanted) {
        if (wanted == AddressStatus.VISITED) {
            throw new IllegalTransition("address.transition.correctToVisited", current, wanted);
        }
        return wanted;
    }
}
