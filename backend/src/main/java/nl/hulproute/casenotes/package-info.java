/**
 * Notes on a case: what the people on a case want each other to know, at a confidentiality level, and the student's
 * own statement, with their corrections (AVG art. 16). Who is on the case, and who is in its confidence, it asks the
 * lifecycle ({@link nl.hulproute.lifecycle.CaseTeam}); the lifecycle knows nothing of notes.
 */
@ApplicationModule(
        displayName = "Case notes",
        allowedDependencies = {"lifecycle", "people", "privacy", "shared"})
@NullMarked
package nl.hulproute.casenotes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
