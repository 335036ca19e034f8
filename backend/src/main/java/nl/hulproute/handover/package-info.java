/**
 * The warm handover as the people on both sides live it: the package as sent (a snapshot taken at START_HANDOVER),
 * the receiver's inbox, joint meetings (driegesprek), and who is told (in the app and by e-mail) when a handover
 * arrives, is accepted or declined, or when a case a receiver holds is closed. It reacts to the lifecycle's
 * {@link nl.hulproute.lifecycle.CaseTransitioned} events; the lifecycle stays the one owner of states and
 * transitions.
 */
@ApplicationModule(
        displayName = "Handover",
        allowedDependencies = {
            "lifecycle",
            "casenotes",
            "intake",
            "agreements",
            "mail",
            "notifications",
            "people",
            "privacy",
            "socialmap",
            "shared"
        })
@NullMarked
package nl.hulproute.handover;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
