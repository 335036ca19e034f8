package nl.hulproute.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Schema(name = "Notification", description = "Something the user should know, with where to look")
public record NotificationView(
        long id,
        Instant createdAt,

        @Schema(description = "What kind of notification, e.g. BREAK_GLASS")
        String kind,

        String title,

        @Schema(description = "A page of the web app to open") @Nullable
        String link,

        @Nullable Instant readAt,

        @Schema(
                description = "When someone acted on it (e.g. the acute signal was triaged); null while it still asks "
                        + "for attention")
        @Nullable
        Instant doneAt) {}
