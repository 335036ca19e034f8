package nl.hulproute.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.hulproute.people.NewStudent;
import nl.hulproute.people.PeopleAdministration;
import nl.hulproute.people.Track;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;

/**
 * A school with a provider, students whose names and texts are unique to the test (so they can be looked for
 * anywhere in the database), and the whole route of a case through the HTTP API: every kind of free text the
 * lifecycle takes is written once, marked with the student's own marker. Dates follow the (movable) test clock.
 */
final class StudentRoute {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    final Api api;
    final Clock clock;
    final School school;
    final User zc;
    final long providerId;
    final User professional;
    private final PeopleAdministration people;

    StudentRoute(Api api, Fixtures fixtures, PeopleAdministration people, Clock clock) {
        this.api = api;
        this.people = people;
        this.clock = clock;
        this.school = fixtures.school();
        this.zc = school.zorgcoordinator();
        this.providerId = fixtures.provider(school, ProviderKind.GGZ, 12, 27);
        this.professional = fixtures.professionalOf(providerId);
    }

    /** A student with a unique name and number; {@code marker} is unique too and marks every text about them. */
    record Student(long id, String firstName, String lastName, String number, String marker) {
        String name() {
            return firstName + " " + lastName;
        }
    }

    Student student() {
        String unique = UUID.randomUUID().toString().substring(0, 8) + SEQUENCE.incrementAndGet();
        String firstName = "Ömer" + unique;
        String lastName = "Yıldız" + unique;
        String number = "R" + unique;
        long id = people.enrol(new NewStudent(
                number,
                firstName,
                null,
                lastName,
                LocalDate.now(clock).minusYears(17).minusDays(40),
                school.municipalityCode(),
                school.locationId(),
                school.teamId(),
                "Verzorgende IG",
                3,
                Track.BOL,
                school.slb().id()));
        return new Student(id, firstName, lastName, number, "MARK-" + unique);
    }

    /** The SLB'er raises a signal; the case it opened or joined. */
    long signal(Student student) {
        Response signal = api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                student.id(),
                                "lifeDomains",
                                List.of("HOME_FAMILY", "MENTAL_HEALTH"),
                                "urgency",
                                "URGENT",
                                "observation",
                                "Zorgt thuis voor een zieke moeder " + student.marker() + " observatie",
                                "discussedWithStudent",
                                true));
        assertThat(signal.status()).as("signal: %s", signal.body()).isEqualTo(201);
        return signal.body().path("caseId").asLong();
    }

    /**
     * The whole route to a closed case: triage, first line with advice, referral, consent, waiting list with a
     * bridging plan and one contact, warm handover, external care with its summary, back to the second line, closed.
     */
    void closeAfterTheWholeRoute(long caseId, Student student) {
        LocalDate today = LocalDate.now(clock);
        fire(zc, caseId, "START_TRIAGE", Map.of("reason", "Triage " + student.marker() + " reden"));
        fire(
                zc,
                caseId,
                "ASSIGN_FIRST_LINE",
                Map.of(
                        "advice",
                        "Wekelijks gesprek " + student.marker() + " advies",
                        "checkInDate",
                        today.plusWeeks(2).toString()));
        fire(zc, caseId, "REFER", Map.of("providerId", providerId));
        Response note = api.as(zc)
                .post(
                        "/api/cases/" + caseId + "/notes",
                        Map.of(
                                "text",
                                "Thuis onrustig " + student.marker() + " notitie",
                                "confidentiality",
                                "CONFIDENTIAL"));
        assertThat(note.status()).as("note: %s", note.body()).isEqualTo(201);
        Response consent = api.as(zc)
                .post(
                        "/api/cases/" + caseId + "/consents",
                        Map.of(
                                "givenBy",
                                "STUDENT",
                                "providerId",
                                providerId,
                                "sections",
                                List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT", "BRIDGING"),
                                "givenHow",
                                "IN_PERSON",
                                "validUntil",
                                today.plusMonths(6).toString()));
        assertThat(consent.status()).as("consent: %s", consent.body()).isEqualTo(201);
        fire(
                zc,
                caseId,
                "PLACE_ON_WAITLIST",
                Map.of(
                        "bridging",
                                Map.of(
                                        "contactUserId",
                                        zc.id(),
                                        "contactEveryDays",
                                        7,
                                        "description",
                                        "Weekgesprek " + student.marker() + " overbrugging"),
                        "expectedStartDate", today.plusWeeks(6).toString()));
        Response contact = api.as(zc)
                .post(
                        "/api/cases/" + caseId + "/bridging-contacts",
                        Map.of("contactedOn", today.toString(), "note", "Gesproken " + student.marker() + " contact"));
        assertThat(contact.status()).as("bridging contact: %s", contact.body()).isEqualTo(201);
        fire(
                zc,
                caseId,
                "START_HANDOVER",
                Map.of("sections", List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT", "BRIDGING")));
        fire(
                professional,
                caseId,
                "ACCEPT_HANDOVER",
                Map.of("firstContactDate", today.plusDays(5).toString()));
        Response meeting = api.as(zc)
                .post(
                        "/api/cases/" + caseId + "/joint-meetings",
                        Map.of(
                                "plannedOn",
                                today.toString(),
                                "note",
                                "Kennismaking " + student.marker() + " driegesprek"));
        assertThat(meeting.status()).as("joint meeting: %s", meeting.body()).isEqualTo(201);
        Response held = api.as(professional)
                .post(
                        "/api/cases/" + caseId + "/joint-meetings/"
                                + meeting.body().path("id").asLong() + "/held",
                        Map.of("version", meeting.body().path("version").asLong(), "heldOn", today.toString()));
        assertThat(held.status()).as("joint meeting held: %s", held.body()).isEqualTo(200);
        fire(
                zc,
                caseId,
                "END_EXTERNAL_CARE",
                Map.of("summary", "Rustmomenten in de les " + student.marker() + " samenvatting"));
        fire(
                zc,
                caseId,
                "CLOSE",
                Map.of("outcome", "RESOLVED_IN_SCHOOL", "reason", "Afgerond " + student.marker() + " afsluiting"));
    }

    /**
     * The zorgcoördinator records a support agreement with the student's marker in every free text, the student
     * accepts it, and it is evaluated with them; returns the agreement's id.
     */
    long agreement(Student student) {
        LocalDate today = LocalDate.now(clock);
        Response created = api.as(zc)
                .post(
                        "/api/students/" + student.id() + "/agreements",
                        Map.of(
                                "needInOwnWords",
                                "Ik ben snel moe " + student.marker() + " behoefte",
                                "measures",
                                List.of(Map.of(
                                        "kind",
                                        "ADAPTED_ASSESSMENT",
                                        "description",
                                        "Extra tijd " + student.marker() + " maatregel",
                                        "responsible",
                                        "Docent " + student.marker(),
                                        "appliesDuringInternship",
                                        true))));
        assertThat(created.status()).as("agreement: %s", created.body()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        Response accepted = api.as(zc)
                .post(
                        "/api/agreements/" + id + "/acceptance",
                        Map.of(
                                "acceptedOn",
                                today.toString(),
                                "acceptedBy",
                                "STUDENT",
                                "how",
                                "Getekend " + student.marker()));
        assertThat(accepted.status()).as("acceptance: %s", accepted.body()).isEqualTo(200);
        long measureId = accepted.body().path("measures").get(0).path("id").asLong();
        Response evaluated = api.as(zc)
                .post(
                        "/api/agreements/" + id + "/evaluations",
                        Map.of(
                                "heldOn", today.toString(),
                                "studentPresent", true,
                                "participants", List.of("Mentor " + student.marker()),
                                "outcomes", List.of(Map.of("measureId", measureId, "verdict", "EFFECTIVE")),
                                "studentView", "Het helpt " + student.marker() + " mening"));
        assertThat(evaluated.status()).as("evaluation: %s", evaluated.body()).isEqualTo(201);
        return id;
    }

    Response fire(User user, long caseId, String event, Map<String, Object> fields) {
        long version =
                api.as(zc).get("/api/cases/" + caseId).body().path("version").asLong();
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version);
        Response response = api.as(user).post("/api/cases/" + caseId + "/events/" + event, body);
        assertThat(response.status()).as("%s: %s", event, response.body()).isEqualTo(200);
        return response;
    }
}
