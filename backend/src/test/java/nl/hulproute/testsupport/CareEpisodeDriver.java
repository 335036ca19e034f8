package nl.hulproute.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.socialmap.NewProvider;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.socialmap.Providers;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import org.jspecify.annotations.Nullable;

/**
 * Walks cases of one school through the third line on known days, over the HTTP API only, with the clock moved to
 * each step: signal, triage, referral, consent, (waiting list with a bridging plan and its contacts), handover,
 * acceptance and care started. For the tests of figures built on those days, such as the waiting-time report.
 */
public final class CareEpisodeDriver {

    private static final List<String> WHOLE_PACKAGE = List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT", "BRIDGING");

    private final Api api;
    private final Fixtures fixtures;
    private final Providers providers;
    private final MovableClock clock;
    private final School school;

    public CareEpisodeDriver(Api api, Fixtures fixtures, Providers providers, MovableClock clock, School school) {
        this.api = api;
        this.fixtures = fixtures;
        this.providers = providers;
        this.clock = clock;
        this.school = school;
    }

    /** A provider on the sociale kaart serving the school's students (12 to 30), with a professional of its own. */
    public record Provider(long id, String name, User professional) {}

    public School school() {
        return school;
    }

    public Provider provider(String name, ProviderKind kind) {
        long id = providers.add(new NewProvider(name, kind, 12, 30, Set.of(school.municipalityCode())));
        return new Provider(id, name, fixtures.professionalOf(id));
    }

    /**
     * A case of a new 18-year-old student referred on {@code referredOn}; on the waiting list from that day for
     * {@code waitingDays} (straight to handover when null), with a school contact every {@code contactEvery} days
     * ("no bridging needed" when null) and that many contacts recorded in the wait; handed over and accepted when the
     * wait ends; care started {@code careAfterDays} after the referral. Returns the case id; the clock is reset.
     */
    public long episode(
            Provider provider,
            LocalDate referredOn,
            @Nullable Integer waitingDays,
            int careAfterDays,
            @Nullable Integer contactEvery,
            int contacts) {
        long studentId = fixtures.student(school, 18);
        at(referredOn, 9);
        Response signal = api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("MENTAL_HEALTH"),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "Slaapt slecht en mist lessen.",
                                "discussedWithStudent",
                                true));
        assertThat(signal.status()).as("signal: %s", signal.body()).isEqualTo(201);
        long caseId = signal.body().path("caseId").asLong();
        fire(school.zorgcoordinator(), caseId, "START_TRIAGE", Map.of());
        fire(school.zorgcoordinator(), caseId, "REFER", Map.of("providerId", provider.id()));
        Response consent = api.as(school.zorgcoordinator())
                .post(
                        "/api/cases/" + caseId + "/consents",
                        Map.of(
                                "givenBy",
                                "STUDENT",
                                "providerId",
                                provider.id(),
                                "sections",
                                WHOLE_PACKAGE,
                                "givenHow",
                                "IN_PERSON",
                                "validUntil",
                                referredOn.plusMonths(11).toString()));
        assertThat(consent.status()).as("consent: %s", consent.body()).isEqualTo(201);
        LocalDate handoverOn = referredOn;
        if (waitingDays != null) {
            at(referredOn, 11);
            fire(
                    school.zorgcoordinator(),
                    caseId,
                    "PLACE_ON_WAITLIST",
                    contactEvery == null
                            ? Map.of("noBridgingReason", "Heeft al wekelijks contact met de huisarts.")
                            : Map.of(
                                    "bridging",
                                    Map.of("contactUserId", school.slb().id(), "contactEveryDays", contactEvery)));
            handoverOn = referredOn.plusDays(waitingDays);
            at(handoverOn, 9);
            for (int i = 1; i <= contacts; i++) {
                Response contact = api.as(school.slb())
                        .post(
                                "/api/cases/" + caseId + "/bridging-contacts",
                                Map.of(
                                        "contactedOn",
                                        referredOn
                                                .plusDays((long) i * waitingDays / (contacts + 1))
                                                .toString()));
                assertThat(contact.status()).as("contact: %s", contact.body()).isEqualTo(201);
            }
        }
        LocalDate careStartedOn = referredOn.plusDays(careAfterDays);
        at(handoverOn, 10);
        fire(school.zorgcoordinator(), caseId, "START_HANDOVER", Map.of("sections", WHOLE_PACKAGE));
        at(handoverOn, 14);
        fire(provider.professional(), caseId, "ACCEPT_HANDOVER", Map.of("firstContactDate", careStartedOn.toString()));
        at(careStartedOn, 15);
        fire(provider.professional(), caseId, "CARE_STARTED", Map.of("careStartedOn", careStartedOn.toString()));
        clock.reset();
        return caseId;
    }

    private void at(LocalDate day, int hour) {
        clock.moveTo(day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant());
    }

    private void fire(User user, long caseId, String event, Map<String, Object> fields) {
        long version = api.as(school.zorgcoordinator())
                .get("/api/cases/" + caseId)
                .body()
                .path("version")
                .asLong();
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version);
        Response fired = api.as(user).post("/api/cases/" + caseId + "/events/" + event, body);
        assertThat(fired.status()).as("%s: %s", event, fired.body()).isEqualTo(200);
    }
}
