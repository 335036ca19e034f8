/**
 * What a user should know now: in-app notifications with a link, for instance an ACUTE signal at one's location or
 * that someone used break-glass on a student of it. Texts never carry health details; the mail module sends the
 * e-mail that goes with a notice.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared"})
@NullMarked
package nl.hulproute.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
