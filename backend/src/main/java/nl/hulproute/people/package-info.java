/**
 * The people of a school: locations, teams, students, and the staff and partners who use Hulproute with their roles.
 * Resolves the signed-in {@link nl.hulproute.shared.Actor} and decides which students a user may see.
 */
@ApplicationModule(displayName = "People")
@NullMarked
package nl.hulproute.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
