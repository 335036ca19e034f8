package nl.hulproute.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The notifications module on its own (it needs nothing but the shared kernel and a clock): what the whole-application
 * tests use through other modules, checked here without starting them. On a database of its own, as it empties old
 * notifications.
 */
@ApplicationModuleTest
@OwnDatabase("notifications_module")
class NotificationsModuleTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        MovableClock clock() {
            MovableClock clock = new MovableClock(ZoneId.of("Europe/Amsterdam"));
            clock.moveTo(Instant.parse("2026-03-02T08:00:00Z"));
            return clock;
        }
    }

    @Autowired
    Notifications notifications;

    @Autowired
    MovableClock clock;

    private static long nextUser = System.nanoTime() % 1_000_000_000L;

    private static Actor user() {
        return new Actor(
                ++nextUser, "user" + nextUser, "Gebruiker", Set.of(Role.ZORGCOORDINATOR), Set.of(1L), null, null);
    }

    @Test
    void eachRecipientGetsOneNotificationNewestFirstAndOnlyTheirOwn() {
        Actor first = user();
        Actor second = user();
        notifications.notify(List.of(first.id(), second.id(), first.id()), "TEST", "Eerste", "/casussen/1");
        clock.advance(Duration.ofMinutes(5));
        notifications.notify(List.of(first.id()), "TEST", "Tweede", null);

        Notifications.Inbox inbox = notifications.inboxOf(first, 0, 20);
        assertThat(inbox.unread()).isEqualTo(2);
        assertThat(inbox.notifications().content())
                .extracting(NotificationView::title)
                .containsExactly("Tweede", "Eerste");
        assertThat(notifications.inboxOf(second, 0, 20).notifications().content())
                .extracting(NotificationView::title)
                .containsExactly("Eerste");

        long secondsOwn = notifications
                .inboxOf(second, 0, 20)
                .notifications()
                .content()
                .get(0)
                .id();
        assertThatThrownBy(() -> notifications.markRead(first, secondsOwn))
                .isInstanceOfSatisfying(
                        DomainProblem.NotFound.class,
                        problem -> assertThat(problem.code()).isEqualTo("notification.not-found"));
        assertThat(notifications.inboxOf(second, 0, 20).unread()).isEqualTo(1);

        assertThat(notifications.markAllRead(first)).isEqualTo(2);
        assertThat(notifications.inboxOf(first, 0, 20).unread()).isZero();
    }

    @Test
    void actingOnASubjectMarksItDoneForEveryRecipientAndRetentionForgetsOldOnes() {
        Actor first = user();
        Actor second = user();
        String subject = "case:" + first.id();
        notifications.notify(List.of(first.id(), second.id()), "ACUTE", "Acuut signaal", "/casussen/7", subject);

        notifications.markDone("ACUTE", subject);

        assertThat(notifications.inboxOf(first, 0, 20).notifications().content())
                .singleElement()
                .satisfies(view -> assertThat(view.doneAt()).isNotNull());
        assertThat(notifications.inboxOf(second, 0, 20).unread()).isZero();

        clock.advance(Duration.ofDays(1));
        assertThat(notifications.forgetCreatedBefore(clock.instant())).isGreaterThanOrEqualTo(2);
        assertThat(notifications.inboxOf(first, 0, 20).notifications().content())
                .isEmpty();
    }
}
