/**
 * Figures across modules for the people who steer: the zorgcoördinator's caseload dashboard and the waiting-time
 * report (per provider or gemeente, groups under five cases suppressed). Reads other modules only through their
 * public API.
 */
@ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"lifecycle", "intake", "people", "privacy", "socialmap", "waitinglist", "shared"})
@NullMarked
package nl.hulproute.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
