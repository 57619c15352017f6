package nl.voordeur.household;

/** QUESTION: the resident asks; SIGNAL: a professional notices; OPPORTUNITY: an idea, wish or willingness to act. */
public enum QuestionKind {
    QUESTION, SIGNAL, OPPORTUNITY
}
