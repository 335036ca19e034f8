/**
 * A student's record as a whole: the AVG inzage export of everything Hulproute holds about one student (with who
 * accessed it), and retention, which anonymises what has outlived its purpose. Orchestrates the modules that own
 * the data; each of them reads and anonymises only its own tables.
 */
@ApplicationModule(
        displayName = "Records (inzage and retention)",
        allowedDependencies = {
            "agreements",
            "casenotes",
            "people",
            "lifecycle",
            "intake",
            "privacy",
            "notifications",
            "mail",
            "waitinglist",
            "handover",
            "socialmap",
            "shared"
        })
@NullMarked
package nl.hulproute.records;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
