/**
 * Demo data: on the first start of the demo profile, a fictional ROC with students, staff, a sociale kaart and
 * cases in every state, each moved through its real lifecycle so it has a true history, eighteen months of closed
 * third-line cases for the waiting-time report, and support agreements with three years of evaluations. Everything here is
 * synthetic; the module only uses the public API of the modules it fills.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "people",
            "socialmap",
            "lifecycle",
            "intake",
            "agreements",
            "waitinglist",
            "platform",
            "shared"
        })
@NullMarked
package nl.hulproute.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
