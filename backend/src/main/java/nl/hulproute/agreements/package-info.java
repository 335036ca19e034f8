/**
 * Ondersteuningsafspraken: the written support agreements the law asks for a student with a handicap or chronic
 * illness, their revisions and acceptance, the yearly evaluation with the student and its reminders, the measures a
 * teacher must apply, and the auditor's compliance figures at any past date. Reads students and staff through the
 * people module's API; content is for the student's zorgcoördinator only.
 */
@ApplicationModule(
        displayName = "Agreements",
        allowedDependencies = {"people", "privacy", "notifications", "mail", "shared"})
@NullMarked
package nl.hulproute.agreements;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
