/**
 * Routing: which providers on the sociale kaart fit a case, ranked, with why, how long the wait is and what to watch
 * for. It combines the case (lifecycle), its life domains (intake), the student (people) and the sociale kaart, whose
 * serving rule it applies as the REFER guard does.
 */
@ApplicationModule(
        displayName = "Routing",
        allowedDependencies = {"intake", "lifecycle", "people", "socialmap", "shared"})
@NullMarked
package nl.hulproute.routing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
