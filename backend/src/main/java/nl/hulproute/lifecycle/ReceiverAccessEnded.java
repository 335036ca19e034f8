package nl.hulproute.lifecycle;

import java.time.Instant;

/**
 * The receiving provider lost a case it held (in external care, or closed as continuing there) because consent for
 * it was withdrawn. Published in the transaction of the withdrawal; ids only, no health detail.
 *
 * @param caseId the case
 * @param providerId the provider that held it
 * @param occurredAt when the consent was withdrawn
 */
public record ReceiverAccessEnded(long caseId, long providerId, Instant occurredAt) {}
