package nl.hulproute.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.PageView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells users what they should know. The title is shown as it is: callers keep health details out of it. */
@Service
@Transactional
public class Notifications {

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public void notify(Collection<Long> recipients, String kind, String title, @Nullable String link) {
        notify(recipients, kind, title, link, null);
    }

    /** As {@link #notify(Collection, String, String, String)}, about a subject (e.g. {@code case:42}). */
    public void notify(
            Collection<Long> recipients, String kind, String title, @Nullable String link, @Nullable String subject) {
        recipients.stream()
                .distinct()
                .forEach(recipient ->
                        notifications.save(new Notification(recipient, clock.instant(), kind, title, link, subject)));
    }

    /** Someone acted on what these notifications asked: they are done (and read) for every recipient. */
    public void markDone(String kind, String subject) {
        notifications
                .findByKindAndSubjectAndDoneAtIsNull(kind, subject)
                .forEach(notification -> notification.markDone(clock.instant()));
    }

    /** Alles gelezen: every unread notification of the actor is read now; returns how many. */
    public int markAllRead(Actor actor) {
        List<Notification> unread = notifications.findByRecipientUserIdAndReadAtIsNull(actor.id());
        unread.forEach(notification -> notification.markRead(clock.instant()));
        return unread.size();
    }

    /** The unread count plus one page of the actor's own notifications, newest first. */
    @Transactional(readOnly = true)
    public Inbox inboxOf(Actor actor, int page, int size) {
        return new Inbox(
                notifications.countByRecipientUserIdAndReadAtIsNull(actor.id()),
                PageView.of(
                        notifications.findByRecipientUserId(
                                actor.id(),
                                PageRequest.of(
                                        page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))),
                        Notification::toView));
    }

    public NotificationView markRead(Actor actor, long id) {
        Notification notification = notifications
                .findById(id)
                .filter(found -> found.recipientUserId() == actor.id())
                .orElseThrow(
                        () -> new DomainProblem.NotFound("notification.not-found", "There is no such notification."));
        notification.markRead(clock.instant());
        return notifications.save(notification).toView();
    }

    /**
     * Removes every notification made before the cutoff: retention keeps no old titles (a title may name a student
     * who has since been anonymised).
     *
     * @return how many were removed
     */
    public int forgetCreatedBefore(Instant cutoff) {
        return notifications.deleteCreatedBefore(cutoff);
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "NotificationInbox")
    public record Inbox(long unread, PageView<NotificationView> notifications) {}
}
