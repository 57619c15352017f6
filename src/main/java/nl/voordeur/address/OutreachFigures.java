package nl.voordeur.address;

/**
 * The outreach funnel of a programme (product.md KPIs): households in scope that are not
 * vacant, moved or non-residential; those contacted (an appointment, a doorstep conversation,
 * a refusal, or a visit); and those visited.
 */
public record OutreachFigures(long households, long contacted, long visited) {
}
