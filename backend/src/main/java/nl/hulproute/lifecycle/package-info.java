/**
 * The case lifecycle: a student's request for help as a case that moves from signal through triage, the first,
 * second and third line, to closure. {@link nl.hulproute.lifecycle.CaseLifecycle} declares every state, event,
 * guard and role once; a Spring Statemachine built from that declaration runs each event, and everything else
 * (allowed events, the permission matrix, the generated diagram) is derived from it. Spring Statemachine stays
 * inside this module.
 */
@ApplicationModule(
        displayName = "Case lifecycle",
        allowedDependencies = {"notifications", "people", "socialmap", "privacy", "shared"})
@NullMarked
package nl.hulproute.lifecycle;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
