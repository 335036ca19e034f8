/**
 * E-mail, exactly once. {@link nl.hulproute.mail.Mail#queue} writes a mail to the outbox in the caller's
 * transaction, so the mail exists if and only if the change that caused it does; {@code MailDispatcher} sends it
 * through {@code spring.mail.*} (one instance at a time, ShedLock), retrying with backoff while the SMTP server is
 * down, and the functioneel beheerder sees every mail's status and can send a failed one again. A mail carries a
 * link, never a health detail, observation or note.
 */
@ApplicationModule(
        displayName = "Mail",
        allowedDependencies = {"people", "shared"})
@NullMarked
package nl.hulproute.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
