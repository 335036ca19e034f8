package nl.hulproute.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Clock;
import java.time.LocalDate;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.PageView;
import nl.hulproute.shared.Permission;
import nl.hulproute.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Privacy")
class AccessLogController {

    private final AccessLogRepository entries;
    private final AccessLog accessLog;
    private final Clock clock;

    AccessLogController(AccessLogRepository entries, AccessLog accessLog, Clock clock) {
        this.entries = entries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/api/access-log")
    @Transactional(readOnly = true)
    @Operation(
            summary = "The access log, for the privacy officer",
            description = "Who read or changed which student's data, when, in which role and why; by student, by user "
                    + "and by period (dates inclusive, in the school's time zone). Newest first. Reading the log is "
                    + "itself logged.")
    PageView<AccessLogView> search(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @Positive @Nullable Long studentId,
            @RequestParam(required = false) @Positive @Nullable Long userId,
            @RequestParam(required = false) @PlausibleDate @Nullable LocalDate from,
            @RequestParam(required = false) @PlausibleDate @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Permission.READ_ACCESS_LOG.require(actor);
        LocalDate first = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        accessLog.recordLogRead(actor, studentId, "studentId=" + studentId + " userId=" + userId + " from=" + first + " to=" + last);
        var found = entries.search(
                studentId,
                userId,
                first.atStartOfDay(clock.getZone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
        return PageView.of(found, AccessLogEntry::toView);
    }
}
