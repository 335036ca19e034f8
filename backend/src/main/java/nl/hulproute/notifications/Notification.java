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
    /** What it is about, e.g. {@code case:42}: notifications about it are marked done together. */
    private @Nullable String subject;

    private @Nullable Instant readAt;
    /** When someone acted on what it asked (an acute signal triaged): it needs no attention anymore. */
    private @Nullable Instant doneAt;

    @Version
    private long version;

    protected Notification() {}

    Notification(
            long recipientUserId,
            Instant createdAt,
            String kind,
            String title,
            @Nullable String link,
            @Nullable String subject) {
        this.recipientUserId = recipientUserId;
        this.createdAt = createdAt;
        this.kind = kind;
        this.title = title;
        this.link = link;
        this.subject = subject;
    }

    /** Done: acted on, by whoever; a done notification counts as read. */
    void markDone(Instant at) {
        if (doneAt == null) {
            doneAt = at;
        }
        markRead(at);
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
        return new NotificationView(id, createdAt, kind, title, link, readAt, doneAt);
    }
}
