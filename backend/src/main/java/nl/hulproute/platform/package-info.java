/**
 * The technical ground every module stands on: the database (embedded MariaDB by default, locked down), security,
 * sign-in (form or the school's identity provider) and its throttling, the clock, problem details for errors, the
 * OpenAPI document and the web app's routes. Knows no domain module.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {"shared"})
@NullMarked
package nl.hulproute.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
