package nl.hulproute.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class on a database of its own instead of the run's shared one, for tests that need an empty
 * database (the demo data, for instance). The name distinguishes it; classes with the same name share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface OwnDatabase {
    String value();

    /** The database's default character set; anything but utf8mb4 gets that set's default collation. */
    String characterSet() default "utf8mb4";
}
