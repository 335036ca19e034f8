/**
 * Signals: what a teacher or SLB'er noticed about a student. A signal joins the student's open case or opens one;
 * whoever raised it sees only its status from a fixed vocabulary.
 */
@ApplicationModule(
        displayName = "Intake",
        allowedDependencies = {"lifecycle", "mail", "notifications", "people", "privacy", "shared"})
@NullMarked
package nl.hulproute.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
