package nl.hulproute.lifecycle;

import java.time.Instant;
import java.util.List;

/**
 * A handover was left unanswered past the configured working days and the case team was told in the app; published
 * once per handover, in the escalation's transaction, so that other modules (the e-mail) can follow.
 *
 * @param caseId the case
 * @param handoverStartedAt when the unanswered handover started (with the case, the escalation's key)
 * @param recipientUserIds who was told: the location's zorgcoördinatoren and the case's owner
 * @param workingDays the working days the provider had
 */
public record HandoverUnanswered(
        long caseId, Instant handoverStartedAt, List<Long> recipientUserIds, int workingDays) {}
