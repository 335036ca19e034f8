package nl.hulproute.agreements;

/**
 * Where an agreement stands: its newest revision is a {@code DRAFT} (waiting for acceptance; an earlier accepted
 * revision stays in force meanwhile) or {@code ACCEPTED}, or the agreement has {@code ENDED}.
 */
public enum AgreementStatus {
    DRAFT,
    ACCEPTED,
    ENDED
}
