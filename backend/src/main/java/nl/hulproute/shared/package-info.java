/**
 * Value types, the problem vocabulary and a query helper ({@link nl.hulproute.shared.InList}) shared by every module.
 * Kept deliberately tiny.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package nl.hulproute.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
