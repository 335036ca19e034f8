/**
 * The sociale kaart: the external care providers a school refers to, and whom each one serves (by age and
 * woongemeente). The third line starts here.
 */
@ApplicationModule(displayName = "Sociale kaart")
@NullMarked
package nl.hulproute.socialmap;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
