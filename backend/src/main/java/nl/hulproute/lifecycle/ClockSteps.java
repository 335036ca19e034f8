package nl.hulproute.lifecycle;

import java.util.List;

/** A fragment of {@link CaseTransitionRepository}: the steps of a case's history that its clocks read. */
interface ClockSteps {

    /** The steps of this case {@link CaseClocks} reads (its milestones and the waiting list's), oldest first. */
    List<CaseTransition> clockStepsOf(long caseId);
}
