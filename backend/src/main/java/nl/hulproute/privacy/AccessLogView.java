package nl.hulproute.privacy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Schema(name = "AccessLogEntry", description = "Who did what with which student's record, when, in which role, why")
public record AccessLogView(
        long id,
        Instant occurredAt,
        long userId,
        String username,

        @Schema(description = "The roles the user held, comma-separated")
        String roles,

        AccessAction action,
        @Nullable Long studentId,

        @Schema(description = "The kind of record: case, signal, consent, student, access-log …")
        String recordKind,

        @Nullable Long recordId,

        @Schema(
                description = "CARE for normal work; CORRECTION for a correction (AVG art. 16); the stated reason for "
                        + "break-glass; the filter for a log search")
        String purpose,

        @Nullable String clientAddress) {}
