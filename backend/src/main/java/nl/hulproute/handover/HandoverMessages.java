package nl.hulproute.handover;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.hulproute.lifecycle.CaseEvent;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.lifecycle.CaseTransitioned;
import nl.hulproute.lifecycle.HandoverUnanswered;
import nl.hulproute.lifecycle.Outcome;
import nl.hulproute.lifecycle.ReceiverAccessEnded;
import nl.hulproute.mail.Mail;
import nl.hulproute.notifications.Notifications;
import nl.hulproute.people.People;
import nl.hulproute.people.UserSummary;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderSummary;
import nl.hulproute.socialmap.Providers;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each side of a handover what the other did, in the app and by e-mail: the receiving provider's professionals
 * when a handover arrives, is withdrawn, or a case they hold is closed, its care ended by the school or its consent
 * withdrawn (each time their access ends, except a close as "continues in external care"); the zorgcoördinatoren of the location and the case's owner
 * when the handover is accepted or declined, and when the receiver reports care started. Texts name the case number and a link: never a health detail, and no student name or number either
 * (a notification or mail outlives the case's retention, the case number does not identify anyone once it is
 * anonymised). Runs
 * after the transition committed, in its own transaction; Spring Modulith's registry delivers the event again if
 * the application stopped first, and the mails' idempotency keys keep a second delivery from mailing twice.
 */
@Component
class HandoverMessages {

    static final String NEW_HANDOVER = "HANDOVER_NEW";
    static final String ACCEPTED = "HANDOVER_ACCEPTED";
    static final String DECLINED = "HANDOVER_DECLINED";
    static final String CLOSED = "HANDOVER_CASE_CLOSED";
    static final String WITHDRAWN = "HANDOVER_WITHDRAWN";
    static final String CARE_STARTED = "HANDOVER_CARE_STARTED";
    static final String CARE_ENDED_BY_SCHOOL = "HANDOVER_CARE_ENDED_BY_SCHOOL";
    static final String CONSENT_ENDED = "HANDOVER_CONSENT_ENDED";

    private final People people;
    private final Providers providers;
    private final Notifications notifications;
    private final Mail mail;

    HandoverMessages(People people, Providers providers, Notifications notifications, Mail mail) {
        this.people = people;
        this.providers = providers;
        this.notifications = notifications;
        this.mail = mail;
    }

    // every message below is about a handover or external care; the other transitions are not stored for it
    @ApplicationModuleListener(condition = "#transition.touchesThirdLine()")
    void on(CaseTransitioned transition) {
        if (transition.event() == CaseEvent.START_HANDOVER) {
            toReceivers(
                    transition,
                    NEW_HANDOVER,
                    "Nieuwe warme overdracht",
                    "Er is een warme overdracht voor u klaargezet (casus %s). Bekijk en beantwoord hem in Mijn overdrachten.",
                    "/overdrachten");
        } else if (transition.event() == CaseEvent.ACCEPT_HANDOVER) {
            toSchool(
                    transition,
                    ACCEPTED,
                    "Warme overdracht geaccepteerd",
                    "%s heeft de warme overdracht van casus %s geaccepteerd.");
        } else if (transition.event() == CaseEvent.CARE_STARTED) {
            toSchool(
                    transition,
                    CARE_STARTED,
                    "Zorg gestart",
                    "%s meldt dat de zorg voor casus %s is gestart; de overbruggingscontacten stoppen.");
        } else if (transition.event() == CaseEvent.DECLINE_HANDOVER) {
            toSchool(
                    transition,
                    DECLINED,
                    "Warme overdracht afgewezen",
                    "%s heeft de warme overdracht van casus %s afgewezen. Verwijs naar een andere zorgaanbieder of bied opnieuw aan.");
        } else if (transition.event() == CaseEvent.WITHDRAW_HANDOVER) {
            toReceivers(
                    transition,
                    WITHDRAWN,
                    "Warme overdracht ingetrokken",
                    "De school heeft de warme overdracht van casus %s ingetrokken; u ziet de casus niet meer.",
                    "/overdrachten");
        } else if (transition.to() == CaseState.CLOSED && transition.from() == CaseState.EXTERNAL_CARE) {
            if (transition.outcome() == Outcome.CONTINUES_IN_EXTERNAL_CARE) {
                toReceivers(
                        transition,
                        CLOSED,
                        "Casus afgesloten door school, zorg loopt door",
                        "De school heeft casus %s afgesloten; de zorg loopt bij u door. U houdt toegang tot de "
                                + "overdracht tot u meldt dat de zorg is beëindigd.",
                        "/overdrachten");
            } else {
                toReceivers(
                        transition,
                        CLOSED,
                        "Casus afgesloten door school",
                        "De school heeft casus %s afgesloten; u ziet de casus niet meer.",
                        "/overdrachten");
            }
        } else if (transition.event() == CaseEvent.END_EXTERNAL_CARE
                && transition.from() == CaseState.EXTERNAL_CARE
                && !isReceiver(transition)) {
            toReceivers(
                    transition,
                    CARE_ENDED_BY_SCHOOL,
                    "Externe zorg beëindigd door school",
                    "De school heeft de externe zorg van casus %s als beëindigd vastgelegd; u ziet de casus niet meer.",
                    "/overdrachten");
        }
    }

    /** Consent withdrawn while the provider held the case: it no longer sees it, and is told so. */
    @ApplicationModuleListener
    void on(ReceiverAccessEnded ended) {
        String title = "De toestemming voor het delen van casus " + ended.caseId()
                + " met u is ingetrokken; u ziet de casus niet meer.";
        List<Long> receivers = people.professionalsOf(ended.providerId()).stream()
                .map(UserSummary::id)
                .toList();
        notifications.notify(receivers, CONSENT_ENDED, title, "/overdrachten");
        for (long receiver : receivers) {
            mail.queueForUser(
                    receiver,
                    "Toestemming ingetrokken",
                    title + "\n\n" + mail.link("/overdrachten"),
                    CONSENT_ENDED + ":" + ended.caseId() + ":" + ended.occurredAt() + ":" + receiver);
        }
    }

    /** An unanswered handover was escalated in the app; the same people get an e-mail, once. */
    @ApplicationModuleListener
    void on(HandoverUnanswered unanswered) {
        String text = "De warme overdracht van casus " + unanswered.caseId() + " is na " + unanswered.workingDays()
                + " werkdagen nog niet beantwoord door de zorgaanbieder.";
        String link = "/casussen/" + unanswered.caseId();
        for (long recipient : unanswered.recipientUserIds()) {
            mail.queueForUser(
                    recipient,
                    "Warme overdracht niet beantwoord",
                    text + "\n\n" + mail.link(link),
                    "HANDOVER_UNANSWERED:" + unanswered.caseId() + ":" + unanswered.handoverStartedAt() + ":"
                            + recipient);
        }
    }

    /** Whether whoever fired the event is one of the receiving provider's professionals. */
    private boolean isReceiver(CaseTransitioned transition) {
        return transition.providerId() != null
                && people.professionalsOf(transition.providerId()).stream()
                        .anyMatch(user -> user.id() == transition.actorUserId());
    }

    private void toReceivers(CaseTransitioned transition, String kind, String subject, String text, String link) {
        if (transition.providerId() == null) {
            return;
        }
        String title = text.formatted(transition.caseId());
        List<Long> receivers = people.professionalsOf(transition.providerId()).stream()
                .map(UserSummary::id)
                .toList();
        notifications.notify(receivers, kind, title, link);
        for (long receiver : receivers) {
            mail.queueForUser(receiver, subject, title + "\n\n" + mail.link(link), key(kind, transition, receiver));
        }
    }

    private void toSchool(CaseTransitioned transition, String kind, String subject, String text) {
        String provider = transition.providerId() == null
                ? "De zorgaanbieder"
                : providers
                        .provider(transition.providerId())
                        .map(ProviderSummary::name)
                        .orElse("De zorgaanbieder");
        String title = text.formatted(provider, transition.caseId());
        Set<Long> recipients = new LinkedHashSet<>();
        people.staff(transition.locationId(), Role.ZORGCOORDINATOR).stream()
                .map(UserSummary::id)
                .forEach(recipients::add);
        if (transition.ownerUserId() != null) {
            recipients.add(transition.ownerUserId());
        }
        String link = "/casussen/" + transition.caseId();
        notifications.notify(recipients, kind, title, link);
        for (long recipient : recipients) {
            mail.queueForUser(recipient, subject, title + "\n\n" + mail.link(link), key(kind, transition, recipient));
        }
    }

    private static String key(String kind, CaseTransitioned transition, long recipient) {
        return kind + ":" + transition.caseId() + ":" + transition.occurredAt() + ":" + recipient;
    }
}
