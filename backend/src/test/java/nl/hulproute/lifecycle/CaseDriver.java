package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;

/**
 * Puts cases where a test needs them, through the HTTP API only: a school with its staff, a provider serving its
 * students with a professional, and a way to drive a new case into any state along the canonical route.
 */
public final class CaseDriver {

    public static final List<String> ALL_SECTIONS = List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT", "BRIDGING");

    public final Api api;
    public final Fixtures fixtures;
    public final School school;
    public final User zc;
    public final User secondZc;
    public final long providerId;
    public final User professional;

    public CaseDriver(Api api, Fixtures fixtures) {
        this.api = api;
        this.fixtures = fixtures;
        this.school = fixtures.school();
        this.zc = school.zorgcoordinator();
        this.secondZc = fixtures.user(Role.ZORGCOORDINATOR, Set.of(school.locationId()), null);
        this.providerId = fixtures.provider(school, ProviderKind.GGZ, 12, 27);
        this.professional = fixtures.professionalOf(providerId);
    }

    /** A new student of this school with a new case, signalled by their SLB'er. */
    public long newCase(int age) {
        long studentId = fixtures.student(school, age);
        Response signal = api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("WELLBEING_SOCIAL"),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "Trekt zich terug in de klas.",
                                "discussedWithStudent",
                                false));
        assertThat(signal.status()).as("raise signal: %s", signal.body()).isEqualTo(201);
        return signal.body().path("caseId").asLong();
    }

    public long newCase() {
        return newCase(17);
    }

    /** A new case, driven along the canonical route into {@code state}. Consent for the provider is in place from REFERRED on. */
    public long newCaseIn(CaseState state) {
        long caseId = newCase();
        switch (state) {
            case SIGNALLED -> {}
            case TRIAGE -> fireOk(zc, caseId, CaseEvent.START_TRIAGE);
            case FIRST_LINE -> route(caseId, CaseEvent.START_TRIAGE, CaseEvent.ASSIGN_FIRST_LINE);
            case SECOND_LINE -> route(caseId, CaseEvent.START_TRIAGE, CaseEvent.ASSIGN_SECOND_LINE);
            case REFERRED -> refer(caseId);
            case WAITING -> {
                refer(caseId);
                fireOk(zc, caseId, CaseEvent.PLACE_ON_WAITLIST);
            }
            case HANDOVER -> {
                refer(caseId);
                fireOk(zc, caseId, CaseEvent.START_HANDOVER);
            }
            case EXTERNAL_CARE -> {
                refer(caseId);
                fireOk(zc, caseId, CaseEvent.START_HANDOVER);
                fireOk(professional, caseId, CaseEvent.ACCEPT_HANDOVER);
            }
            case CLOSED -> route(caseId, CaseEvent.START_TRIAGE, CaseEvent.DISMISS);
        }
        assertThat(state(caseId)).isEqualTo(state);
        return caseId;
    }

    private void route(long caseId, CaseEvent... events) {
        for (CaseEvent event : events) {
            fireOk(zc, caseId, event);
        }
    }

    private void refer(long caseId) {
        route(caseId, CaseEvent.START_TRIAGE, CaseEvent.REFER);
        consent(caseId, "STUDENT", fixtures.today().plusMonths(6));
    }

    /** Consent for the whole package. */
    public Response consent(long caseId, String givenBy, LocalDate validUntil) {
        return consent(caseId, givenBy, validUntil, ALL_SECTIONS);
    }

    public Response consent(long caseId, String givenBy, LocalDate validUntil, List<String> sections) {
        Response consent = api.as(zc)
                .post(
                        "/api/cases/" + caseId + "/consents",
                        Map.of(
                                "givenBy",
                                givenBy,
                                "providerId",
                                providerId,
                                "sections",
                                sections,
                                "givenHow",
                                "IN_PERSON",
                                "validUntil",
                                validUntil.toString()));
        assertThat(consent.status()).as("consent: %s", consent.body()).isEqualTo(201);
        return consent;
    }

    /** A request body that meets every guard of every event: each event takes only its own fields from it. */
    public Map<String, Object> everythingValid(long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("reason", "Besproken in het zorgoverleg.");
        body.put("advice", "Plan een wekelijks gesprek van tien minuten.");
        body.put("checkInDate", fixtures.today().plusWeeks(2).toString());
        body.put("ownerId", secondZc.id());
        body.put("providerId", providerId);
        body.put("bridging", Map.of("contactUserId", school.slb().id(), "contactEveryDays", 7));
        body.put("expectedStartDate", fixtures.today().plusWeeks(6).toString());
        body.put("sections", ALL_SECTIONS);
        body.put("firstContactDate", fixtures.today().plusDays(5).toString());
        body.put("summary", "Begeleiding loopt; op school extra rustmomenten.");
        body.put("outcome", "RESOLVED_IN_SCHOOL");
        body.put("careStartedOn", fixtures.today().toString());
        return body;
    }

    public Response fire(User user, long caseId, CaseEvent event, Map<String, Object> body) {
        return api.as(user).post("/api/cases/" + caseId + "/events/" + event, body);
    }

    public Response fireOk(User user, long caseId, CaseEvent event) {
        Response response = fire(user, caseId, event, everythingValid(version(caseId)));
        assertThat(response.status()).as("%s: %s", event, response.body()).isEqualTo(200);
        return response;
    }

    /** Fires with every field valid except those in {@code overrides} (a null value removes the field). */
    public Response fireWith(User user, long caseId, CaseEvent event, Map<String, Object> overrides) {
        Map<String, Object> body = everythingValid(version(caseId));
        overrides.forEach((field, value) -> {
            if (value == null) {
                body.remove(field);
            } else {
                body.put(field, value);
            }
        });
        return fire(user, caseId, event, body);
    }

    public Response read(long caseId) {
        Response found = api.as(zc).get("/api/cases/" + caseId);
        assertThat(found.status()).isEqualTo(200);
        return found;
    }

    public CaseState state(long caseId) {
        return CaseState.valueOf(read(caseId).body().path("state").asText());
    }

    public long version(long caseId) {
        return read(caseId).body().path("version").asLong();
    }

    public int historySize(long caseId) {
        return api.as(zc).get("/api/cases/" + caseId + "/history").body().size();
    }

    public static Map<String, Object> without(String field) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(field, null);
        return overrides;
    }
}
