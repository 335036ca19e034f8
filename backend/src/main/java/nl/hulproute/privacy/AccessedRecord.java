package nl.hulproute.privacy;

import org.jspecify.annotations.Nullable;

/**
 * Which part of whose record was touched: the student, the kind of record ({@code case}, {@code signal},
 * {@code student}, …) and its id. The log keeps the fact, never the content.
 */
public record AccessedRecord(
        long studentId, String kind, @Nullable Long recordId) {}
