package nl.hulproute.agreements;

import java.time.LocalDate;

/** That an agreement was evaluated with the student on a day, and when the next evaluation was planned. */
record HeldEvaluation(long agreementId, LocalDate heldOn, LocalDate nextDueOn) {}
