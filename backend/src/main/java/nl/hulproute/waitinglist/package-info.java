/**
 * The waiting list and bridging (overbrugging): the students waiting for external care, when the school last had
 * contact with each and when the next contact is due, the contacts themselves, and reminders when one is overdue.
 * The lifecycle owns the states and each case's bridging plan ({@link nl.hulproute.lifecycle.BridgingPlans}); this
 * module records the contacts and tells the plan of each.
 */
@ApplicationModule(
        displayName = "Waiting list",
        allowedDependencies = {"lifecycle", "mail", "notifications", "people", "privacy", "socialmap", "shared"})
@NullMarked
package nl.hulproute.waitinglist;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
