package nl.hulproute.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification for one user. */
@Entity
@Table(name = "notifications_notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long recipientUserId;
    private Instant createdAt;
    private String kind;
    private String title;
    private @Nullable String link;
    private @Nullable Instant readAt;

    @Version
    private long version;

    protected Notification() {}

    Notification(long recipientUserId, Instant createdAt, String kind, String title, @Nullable String link) {
        this.recipientUserId = recipientUserId;
        this.createdAt = createdAt;
        this.kind = kind;
        this.title = title;
        this.link = link;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    long recipientUserId() {
        return recipientUserId;
    }

    NotificationView toView() {
        return new NotificationView(id, createdAt, kind, title, link, readAt);
    }
}
