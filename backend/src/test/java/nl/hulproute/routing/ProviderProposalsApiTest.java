package nl.hulproute.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.platform.MovableClock;
import nl.hulproute.socialmap.EmbeddedPresence;
import nl.hulproute.socialmap.NewProvider;
import nl.hulproute.socialmap.ProviderChange;
import nl.hulproute.socialmap.ProviderContact;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.socialmap.Providers;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Provider proposals for a case: who fits (age, woongemeente, life domains), in which order, with which waiting time
 * (recorded median or the sociale kaart's figure) and warnings; all through the HTTP API.
 */
@HulprouteTest
class ProviderProposalsApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Providers providers;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theProvidersThatServeAgeGemeenteAndLifeDomainsBestFitFirstAndReferGuardAgrees() {
        School school = fixtures.school();
        long caseId = triagedCase(school, fixtures.student(school, 16), "MENTAL_HEALTH", "HOME_FAMILY");
        long wijkteam = provider(school, ProviderKind.WIJKTEAM, 0, 99, 30, false);
        long embeddedGgz = provider(school, ProviderKind.GGZ, 12, 27, 90, true);
        long fastGgz = provider(school, ProviderKind.GGZ, 12, 27, 7, false);
        long slowGgz = provider(school, ProviderKind.GGZ, 12, 27, 60, false);
        long ggzWithoutFigure = provider(school, ProviderKind.GGZ, 12, 27, null, false);
        long adultsOnly = provider(school, ProviderKind.GGZ, 18, 99, 7, false);
        long debtsOnly = provider(school, ProviderKind.SCHULDHULP, 0, 99, 7, false);
        long elsewhere = providers.add(new NewProvider(
                "GGZ elders",
                ProviderKind.GGZ,
                0,
                99,
                Set.of(fixtures.municipality().code())));
        long deactivated = provider(school, ProviderKind.GGZ, 12, 27, 1, false);
        deactivate(deactivated);

        Response response = api.as(school.zorgcoordinator()).get("/api/cases/" + caseId + "/provider-proposals");

        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.path("studentAge").asInt()).isEqualTo(16);
        assertThat(body.path("municipality").path("code").asText()).isEqualTo(school.municipalityCode());
        assertThat(texts(body.path("lifeDomains"))).containsExactly("MENTAL_HEALTH", "HOME_FAMILY");
        // both domains first, then present in school, then the shortest wait, an unknown wait last
        assertThat(providerIds(body)).containsExactly(wijkteam, embeddedGgz, fastGgz, slowGgz, ggzWithoutFigure);
        assertThat(providerIds(body)).doesNotContain(adultsOnly, debtsOnly, elsewhere, deactivated);
        JsonNode first = body.path("proposals").get(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(reasonCodes(first))
                .containsExactly("SERVES_AGE_AND_MUNICIPALITY", "YOUTH_ROUTE", "FITS_LIFE_DOMAINS");
        assertThat(texts(reason(first, "FITS_LIFE_DOMAINS").path("lifeDomains")))
                .containsExactly("MENTAL_HEALTH", "HOME_FAMILY");
        JsonNode embedded = body.path("proposals").get(1);
        assertThat(texts(reason(embedded, "EMBEDDED_AT_SCHOOL").path("days"))).containsExactly("TUESDAY", "THURSDAY");
        assertThat(texts(reason(embedded, "FITS_LIFE_DOMAINS").path("lifeDomains")))
                .containsExactly("MENTAL_HEALTH");
        assertThat(body.path("proposals")
                        .get(4)
                        .path("waitingTime")
                        .path("source")
                        .asText())
                .isEqualTo("UNKNOWN");
        assertThat(body.path("proposals").get(4).path("expectedStart").isNull()).isTrue();

        // the REFER guard applies the same serving rule
        Response refused = fire(school, school.zorgcoordinator(), caseId, "REFER", Map.of("providerId", adultsOnly));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("lifecycle.guard.provider-does-not-serve-student");
        Response refusedElsewhere =
                fire(school, school.zorgcoordinator(), caseId, "REFER", Map.of("providerId", elsewhere));
        assertThat(refusedElsewhere.code()).isEqualTo("lifecycle.guard.provider-does-not-serve-student");
        assertThat(fire(school, school.zorgcoordinator(), caseId, "REFER", Map.of("providerId", wijkteam))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void fromEighteenTheAdultRouteAndADoorstroompuntUpTo23() {
        School school = fixtures.school();
        long caseId = triagedCase(school, fixtures.student(school, 20), "WORK_INTERNSHIP");
        long doorstroompunt = provider(school, ProviderKind.DOORSTROOMPUNT, 16, 23, 10, false);
        long youthWork = provider(school, ProviderKind.JONGERENWERK, 12, 19, 3, false);

        JsonNode body = proposals(school.zorgcoordinator(), caseId);

        assertThat(providerIds(body)).containsExactly(doorstroompunt).doesNotContain(youthWork);
        assertThat(reasonCodes(body.path("proposals").get(0)))
                .containsExactly("SERVES_AGE_AND_MUNICIPALITY", "ADULT_ROUTE", "DOORSTROOMPUNT", "FITS_LIFE_DOMAINS");
    }

    @Test
    void theWaitingTimeIsTheMedianOfAtLeastFiveRecordedWaitsElseTheSocialeKaartsFigure() {
        School school = fixtures.school();
        long recorded = provider(school, ProviderKind.GGZ, 12, 99, 90, false);
        long tooFewRecorded = provider(school, ProviderKind.GGZ, 12, 99, 15, false);
        for (int days : List.of(50, 10, 40, 20, 30)) {
            handedOverAfter(school, recorded, days);
        }
        for (int days : List.of(100, 100, 100, 100)) {
            handedOverAfter(school, tooFewRecorded, days);
        }
        long caseId = triagedCase(school, fixtures.student(school, 17), "MENTAL_HEALTH");

        JsonNode body = proposals(school.zorgcoordinator(), caseId);

        assertThat(providerIds(body)).containsExactly(tooFewRecorded, recorded);
        JsonNode median = proposalOf(body, recorded).path("waitingTime");
        assertThat(median.path("source").asText()).isEqualTo("RECORDED_MEDIAN");
        assertThat(median.path("days").asInt()).isEqualTo(30);
        assertThat(median.path("recordedWaits").asInt()).isEqualTo(5);
        assertThat(proposalOf(body, recorded).path("expectedStart").asText())
                .isEqualTo(fixtures.today().plusDays(30).toString());
        JsonNode figure = proposalOf(body, tooFewRecorded).path("waitingTime");
        assertThat(figure.path("source").asText()).isEqualTo("SOCIALE_KAART");
        assertThat(figure.path("days").asInt()).isEqualTo(15);
        assertThat(figure.path("recordedWaits").asInt()).isEqualTo(4);
        assertThat(figure.path("recordedWaitsNeeded").asInt()).isEqualTo(5);
    }

    @Test
    void aStudentWhoTurns18BeforeTheExpectedStartIsFlaggedToArrangeTheAdultRouteNow() {
        School school = fixtures.school();
        LocalDate dateOfBirth = fixtures.today().minusYears(18).plusDays(20);
        long caseId = triagedCase(school, fixtures.student(school, dateOfBirth), "MENTAL_HEALTH");
        long soon = provider(school, ProviderKind.GGZ, 12, 99, 7, false);
        long late = provider(school, ProviderKind.GGZ, 12, 99, 60, false);
        long youthOnlyLate = provider(school, ProviderKind.JEUGDHULP, 0, 17, 60, false);

        JsonNode body = proposals(school.zorgcoordinator(), caseId);

        assertThat(body.path("studentAge").asInt()).isEqualTo(17);
        assertThat(proposalOf(body, soon).path("warnings")).isEmpty();
        JsonNode warning = proposalOf(body, late).path("warnings").get(0);
        assertThat(warning.path("code").asText()).isEqualTo("TURNS_18_BEFORE_START");
        assertThat(warning.path("date").asText())
                .isEqualTo(dateOfBirth.plusYears(18).toString());
        assertThat(texts(proposalOf(body, youthOnlyLate).path("warnings").findValues("code")))
                .containsExactly("TURNS_18_BEFORE_START", "OUTGROWS_PROVIDER_BEFORE_START");
    }

    @Test
    void onlyTheCasesOwnZorgcoordinatorSeesProposalsAndAWoongemeenteOffTheListMatchesNoOne() {
        School school = fixtures.school();
        long studentId = fixtures.student(school, 17);
        long caseId = triagedCase(school, studentId, "MENTAL_HEALTH");
        long ggz = provider(school, ProviderKind.GGZ, 12, 99, 7, false);
        School other = fixtures.school();

        assertThat(api.as(other.zorgcoordinator())
                        .get("/api/cases/" + caseId + "/provider-proposals")
                        .status())
                .isEqualTo(404);
        assertThat(api.as(fixtures.professionalOf(ggz))
                        .get("/api/cases/" + caseId + "/provider-proposals")
                        .status())
                .isEqualTo(404);
        Response slb = api.as(school.slb()).get("/api/cases/" + caseId + "/provider-proposals");
        assertThat(slb.status()).isEqualTo(403);

        // free text of old that matched no gemeente on the list
        jdbc.update("UPDATE people_student SET municipality_code = NULL WHERE id = ?", studentId);
        JsonNode body = proposals(school.zorgcoordinator(), caseId);
        assertThat(body.path("municipality").isNull()).isTrue();
        assertThat(texts(body.path("warnings"))).containsExactly("WOONGEMEENTE_UNKNOWN");
        assertThat(body.path("proposals")).isEmpty();
        Response refused = fire(school, school.zorgcoordinator(), caseId, "REFER", Map.of("providerId", ggz));
        assertThat(refused.code()).isEqualTo("lifecycle.guard.provider-does-not-serve-student");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private long provider(
            School school, ProviderKind kind, int minAge, int maxAge, @Nullable Integer waitingDays, boolean embedded) {
        return providers.add(new NewProvider(
                kind.name() + " " + System.nanoTime(),
                kind,
                minAge,
                maxAge,
                Set.of(school.municipalityCode()),
                ProviderContact.NONE,
                waitingDays,
                embedded
                        ? List.of(new EmbeddedPresence(
                                school.locationId(),
                                List.of(java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.TUESDAY)))
                        : List.of()));
    }

    private void deactivate(long providerId) {
        var admin = providers.administered(providerId);
        providers.change(
                providerId,
                new ProviderChange(
                        admin.name(),
                        admin.kind(),
                        admin.minAge(),
                        admin.maxAge(),
                        Set.of(admin.municipalities().get(0).code()),
                        admin.contact(),
                        admin.typicalWaitingDays(),
                        admin.embedded(),
                        false,
                        admin.version()));
    }

    /** A case of this student, signalled about these life domains and in triage. */
    private long triagedCase(School school, long studentId, String... lifeDomains) {
        Response signal = api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of(lifeDomains),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "Maakt zich zorgen over thuis.",
                                "discussedWithStudent",
                                true));
        assertThat(signal.status()).as("%s", signal.body()).isEqualTo(201);
        long caseId = signal.body().path("caseId").asLong();
        assertThat(fire(school, school.zorgcoordinator(), caseId, "START_TRIAGE", Map.of())
                        .status())
                .isEqualTo(200);
        return caseId;
    }

    /** A case referred to the provider {@code days} ago whose handover the provider accepts today. */
    private void handedOverAfter(School school, long providerId, int days) {
        clock.advance(Duration.ofDays(-days));
        long caseId = triagedCase(school, fixtures.student(school, 17), "WELLBEING_SOCIAL");
        assertThat(fire(school, school.zorgcoordinator(), caseId, "REFER", Map.of("providerId", providerId))
                        .status())
                .isEqualTo(200);
        Response consent = api.as(school.zorgcoordinator())
                .post(
                        "/api/cases/" + caseId + "/consents",
                        Map.of(
                                "givenBy",
                                "STUDENT",
                                "providerId",
                                providerId,
                                "sections",
                                List.of("STUDENT", "SCHOOL_SUPPORT"),
                                "givenHow",
                                "IN_PERSON",
                                "validUntil",
                                fixtures.today().plusDays(days + 180L).toString()));
        assertThat(consent.status()).as("%s", consent.body()).isEqualTo(201);
        assertThat(fire(
                                school,
                                school.zorgcoordinator(),
                                caseId,
                                "START_HANDOVER",
                                Map.of("sections", List.of("STUDENT", "SCHOOL_SUPPORT")))
                        .status())
                .isEqualTo(200);
        clock.reset();
        Response accepted = fire(
                school,
                fixtures.professionalOf(providerId),
                caseId,
                "ACCEPT_HANDOVER",
                Map.of("firstContactDate", fixtures.today().plusDays(3).toString()));
        assertThat(accepted.status()).as("%s", accepted.body()).isEqualTo(200);
    }

    /** Fires as {@code user}; the version is read by the case's zorgcoördinator, who always sees it. */
    private Response fire(School school, User user, long caseId, String event, Map<String, Object> fields) {
        long version = api.as(school.zorgcoordinator())
                .get("/api/cases/" + caseId)
                .body()
                .path("version")
                .asLong();
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version);
        return api.as(user).post("/api/cases/" + caseId + "/events/" + event, body);
    }

    private JsonNode proposals(User user, long caseId) {
        Response response = api.as(user).get("/api/cases/" + caseId + "/provider-proposals");
        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<Long> providerIds(JsonNode body) {
        return StreamSupport.stream(body.path("proposals").spliterator(), false)
                .map(proposal -> proposal.path("provider").path("id").asLong())
                .toList();
    }

    private static JsonNode proposalOf(JsonNode body, long providerId) {
        return StreamSupport.stream(body.path("proposals").spliterator(), false)
                .filter(proposal -> proposal.path("provider").path("id").asLong() == providerId)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> reasonCodes(JsonNode proposal) {
        return texts(proposal.path("reasons").findValues("code"));
    }

    private static JsonNode reason(JsonNode proposal, String code) {
        return StreamSupport.stream(proposal.path("reasons").spliterator(), false)
                .filter(reason -> reason.path("code").asText().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }
}
