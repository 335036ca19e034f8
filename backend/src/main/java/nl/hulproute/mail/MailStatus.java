package nl.hulproute.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Written, not tried yet (also: no SMTP server is configured, as in the demo). */
    QUEUED,
    /** Tried and refused or unreachable; tried again at {@code nextAttemptAt}. */
    RETRYING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Still not accepted a day after the first try: the functioneel beheerder may send it again. */
    FAILED
}
