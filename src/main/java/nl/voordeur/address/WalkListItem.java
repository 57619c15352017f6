package nl.voordeur.address;

/** One address on a visitor's walk list, with the daypart of the last try so the next is at another time. */
public record WalkListItem(AddressView address, Daypart lastAttemptDaypart, int attempts) {
}
