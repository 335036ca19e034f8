/**
 * The sociale kaart: the external care providers a school refers to, whom each one serves (by age and woongemeente,
 * from the reference list of municipalities), how to reach them, their waiting time and presence in school, and
 * whether they are active. The serving rule ({@link nl.hulproute.socialmap.ProviderSummary#serves}) lives here once.
 * The third line starts here.
 */
@ApplicationModule(displayName = "Sociale kaart")
@NullMarked
package nl.hulproute.socialmap;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
