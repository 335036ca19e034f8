/**
 * Figures across modules for the people who steer: the zorgcoördinator's caseload dashboard now; the auditor's
 * compliance view later. Reads other modules only through their public API.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = {"lifecycle", "intake", "people", "shared"})
@NullMarked
package nl.hulproute.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
