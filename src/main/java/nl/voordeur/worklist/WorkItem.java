package nl.voordeur.worklist;

/** One thing to do: a message key with its count, in a programme, and where to do it. */
public record WorkItem(String messageKey, long count, String programmeName, String link, boolean urgent) {
}
