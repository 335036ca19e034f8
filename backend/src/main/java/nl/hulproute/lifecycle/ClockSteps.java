package nl.hulproute.lifecycle;

import java.util.List;

/**
 * A fragment of {@link CaseTransitionRepository}: the steps of a case's history that its clocks read, folded into
 * {@link ClockFacts} for a case that keeps none yet (one from before V0091).
 */
interface ClockSteps {

    /** The steps of this case {@link CaseClocks} reads (its milestones and the waiting list's), oldest first. */
    List<CaseTransition> clockStepsOf(long caseId);
}
