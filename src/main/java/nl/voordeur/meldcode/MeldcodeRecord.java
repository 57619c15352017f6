package nl.voordeur.meldcode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One meldcode record and its rules:
 * <ul>
 *   <li>the five steps are recorded in order, each once, each with a note;</li>
 *   <li>step 4 answers both afwegingskader questions: acute unsafety? structural unsafety?</li>
 *   <li>step 5 decides and closes the record; after acute or structural unsafety the decision
 *       must include reporting to Veilig Thuis;</li>
 *   <li>a closed record takes no more steps.</li>
 * </ul>
 */
final class MeldcodeRecord {

    static final int MAX_NOTE = 4000;

    private final Opening opening;
    private final List<StepTaken> steps;
    private final int version;

    MeldcodeRecord(Opening opening, List<StepTaken> steps, int version) {
        this.opening = opening;
        this.steps = new ArrayList<>(steps);
        this.version = version;
    }

    static MeldcodeRecord open(Opening opening) {
        return new MeldcodeRecord(opening, List.of(), 0);
    }

    /** Records the step after checking the rules; returns what was recorded. */
    StepTaken take(NewStep input, UUID by, Instant at) {
        MeldcodeStep step = nextStepOrRefuse(input.step());
        String note = requireNote(input.note());
        StepTaken taken = switch (step) {
            case WEIGHED -> new StepTaken(step, at, by, note, required(input.acuteUnsafety(), "acuteUnsafety"),
                    required(input.structuralUnsafety(), "structuralUnsafety"), null);
            case DECIDED -> new StepTaken(step, at, by, note, null, null, allowedDecision(input.decision()));
            default -> new StepTaken(step, at, by, note, null, null, null);
        };
        steps.add(taken);
        return taken;
    }

    private MeldcodeStep nextStepOrRefuse(MeldcodeStep wanted) {
        if (wanted == null) throw new StepRefused("meldcode.step.required", "step");
        MeldcodeStep next = nextStep().orElseThrow(() -> new StepRefused("meldcode.closed", "step"));
        if (wanted.compareTo(next) < 0) {
            throw new StepRefused("meldcode.step.done", "step", wanted.number(), StepRefused.label(wanted));
        }
        if (wanted != next) {
            throw new StepRefused("meldcode.step.outOfOrder", "step", wanted.number(), StepRefused.label(wanted),
                    next.number(), StepRefused.label(next));
        }
        return next;
    }

    private static String requireNote(String note) {
        if (note == null || note.isBlank()) throw new StepRefused("meldcode.note.required", "note");
        if (note.strip().length() > MAX_NOTE) throw new StepRefused("meldcode.note.tooLong", "note");
        return note.strip();
    }

    private static Boolean required(Boolean answer, String field) {
        if (answer == null) throw new StepRefused("meldcode." + field + ".required", field);
        return answer;
    }

    private Decision allowedDecision(Decision decision) {
        if (decision == null) throw new StepRefused("meldcode.decision.required", "decision");
        if (foundUnsafety() && !decision.reportsToVeiligThuis()) {
            throw new StepRefused("meldcode.decision.reportRequired", "decision");
        }
        return decision;
    }

    /** Whether step 4 found acute or structural unsafety. */
    boolean foundUnsafety() {
        return steps.stream().anyMatch(StepTaken::foundUnsafety);
    }

    Optional<MeldcodeStep> nextStep() {
        return steps.size() < MeldcodeStep.values().length
                ? Optional.of(MeldcodeStep.values()[steps.size()]) : Optional.empty();
    }

    MeldcodeStatus status() {
        return nextStep().isPresent() ? MeldcodeStatus.OPEN : MeldcodeStatus.CLOSED;
    }

    Opening opening() { return opening; }

    List<StepTaken> steps() { return List.copyOf(steps); }

    int version() { return version; }

    MeldcodeView view() {
        Opening o = opening;
        return new MeldcodeView(o.id(), o.programmeId(), o.householdId(), o.personId(), o.helpQuestionId(),
                o.concern(), status(), o.openedBy(), o.openedAt(), nextStep().orElse(null), foundUnsafety(), steps());
    }
}
