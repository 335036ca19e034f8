package nl.hulproute.records;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import nl.hulproute.lifecycle.LifecycleProperties;
import nl.hulproute.privacy.PrivacyProperties;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The installation's settings that govern privacy and the lifecycle, read-only for the functioneel beheerder: they
 * are set in the server configuration. Lives in records, the module that may read retention, privacy and the
 * lifecycle alike.
 */
@RestController
@Tag(name = "Beheer")
class SettingsController {

    private final RetentionProperties retention;
    private final PrivacyProperties privacy;
    private final LifecycleProperties lifecycle;
    private final Clock clock;

    SettingsController(
            RetentionProperties retention, PrivacyProperties privacy, LifecycleProperties lifecycle, Clock clock) {
        this.retention = retention;
        this.privacy = privacy;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /**
     * The settings, as set.
     *
     * @param caseContentAfter ISO-8601 period ({@code hulproute.retention.case-content-after})
     * @param accessLogKeptFor ISO-8601 period ({@code hulproute.retention.access-log-kept-for})
     * @param retentionCron Spring cron, {@code -} when off ({@code hulproute.retention.cron})
     * @param breakGlassDuration ISO-8601 duration ({@code hulproute.privacy.break-glass-duration})
     * @param timeZone IANA zone id ({@code hulproute.time-zone})
     */
    @Schema(name = "AdminSettings")
    record AdminSettings(
            String caseContentAfter,
            String accessLogKeptFor,
            String retentionCron,
            String breakGlassDuration,
            int triageDays,
            int urgentTriageDays,
            int acuteTriageDays,
            int handoverResponseWorkingDays,
            String timeZone) {}

    @GetMapping("/api/admin/settings")
    @Operation(
            summary = "The settings that govern privacy and the lifecycle",
            description = "Retention, break-glass, the lifecycle's time norms and the time zone, as the server "
                    + "configuration sets them (`hulproute.*`). Read-only; for the functioneel beheerder only.")
    AdminSettings settings(@Parameter(hidden = true) Actor actor) {
        Permission.ADMINISTER.require(actor);
        return new AdminSettings(
                retention.caseContentAfter().toString(),
                retention.accessLogKeptFor().toString(),
                retention.cron(),
                privacy.breakGlassDuration().toString(),
                lifecycle.triageDays(),
                lifecycle.urgentTriageDays(),
                lifecycle.acuteTriageDays(),
                lifecycle.handoverResponseWorkingDays(),
                clock.getZone().getId());
    }
}
