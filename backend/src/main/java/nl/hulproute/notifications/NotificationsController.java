package nl.hulproute.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import nl.hulproute.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications")
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "My notifications, newest first, with how many are unread")
    Notifications.Inbox mine(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return notifications.inboxOf(actor, page, size);
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "AllRead")
    record AllReadView(
            @io.swagger.v3.oas.annotations.media.Schema(description = "How many were unread")
            int marked) {}

    @PostMapping("/api/notifications/read")
    @Operation(summary = "Alles gelezen: mark all my unread notifications as read")
    AllReadView readAll(@Parameter(hidden = true) Actor actor) {
        return new AllReadView(notifications.markAllRead(actor));
    }

    @PostMapping("/api/notifications/{id}/read")
    @Operation(summary = "Mark one of my notifications as read")
    NotificationView read(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return notifications.markRead(actor, id);
    }
}
