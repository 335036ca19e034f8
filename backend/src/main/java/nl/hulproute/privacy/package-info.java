/**
 * Privacy by design: the access log of who read or changed which student's data, when and why (in the spirit of
 * NEN 7513). Every module that shows or changes personal data records it here; nobody edits it.
 */
@ApplicationModule(
        displayName = "Privacy",
        allowedDependencies = {"shared"})
@NullMarked
package nl.hulproute.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
