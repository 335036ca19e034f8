/**
 * The technical ground every module stands on: the database (embedded MariaDB by default), security, the clock,
 * problem details for errors, and the OpenAPI document. Knows no domain module.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {"shared"})
@NullMarked
package nl.hulproute.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
