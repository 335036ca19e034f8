/**
 * Value types, the problem vocabulary and the query helpers ({@link nl.hulproute.shared.InList},
 * {@link nl.hulproute.shared.JpqlWhere}, {@link nl.hulproute.shared.InBatches}, {@link nl.hulproute.shared.BoundedPage})
 * shared by every module.
 * Kept deliberately tiny.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package nl.hulproute.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
