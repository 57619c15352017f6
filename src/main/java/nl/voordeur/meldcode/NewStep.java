package nl.voordeur.meldcode;

/**
 * A step to record. The two afwegingskader questions belong to step 4, the decision to step 5;
 * on other steps they are ignored.
 */
public record NewStep(MeldcodeStep step, String note, Boolean acuteUnsafety, Boolean structuralUnsafety,
                      Decision decision) {
}
