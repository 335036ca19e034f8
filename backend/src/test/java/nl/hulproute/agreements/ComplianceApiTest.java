package nl.hulproute.agreements;

import static nl.hulproute.agreements.AgreementDriver.measure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The compliance rule of the yearly evaluation, at its edges, computed from the recorded history at a past peildatum;
 * the auditor's figures, overdue list, trend, CSV and PDF; and that they carry dates and counts, never content.
 */
@HulprouteTest
class ComplianceApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Environment environment;

    AgreementDriver driver() {
        return new AgreementDriver(api);
    }

    @Test
    void exactlyTwelveCalendarMonthsAfterTheFirstAcceptanceIsStillOnTimeEvenFromALeapDay() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long id = driver().accepted(zc, fixtures.student(school, 20), LocalDate.parse("2024-02-29"));

        assertThat(total(zc, "2024-02-28").path("active").asLong()).isZero();
        assertCounts(total(zc, "2024-02-29"), 1, 1, 0);
        assertCounts(total(zc, "2025-02-28"), 1, 1, 0);
        assertCounts(total(zc, "2025-03-01"), 1, 0, 1);

        JsonNode overdue = overdue(zc, "2025-03-01");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).path("agreementId").asLong()).isEqualTo(id);
        assertThat(overdue.get(0).path("firstAcceptedOn").asText()).isEqualTo("2024-02-29");
        assertThat(overdue.get(0).path("lastEvaluatedOn").isNull()).isTrue();
        assertThat(overdue.get(0).path("dueOn").asText()).isEqualTo("2025-02-28");
        assertThat(overdue.get(0).path("daysOverdue").asLong()).isEqualTo(1);
        assertThat(overdue(zc, "2025-03-31").get(0).path("daysOverdue").asLong())
                .isEqualTo(31);
    }

    @Test
    void anEvaluationWithTheStudentRestartsTheYearFromTheDayItWasHeldAndOnlyFromThatDay() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long id = driver().accepted(zc, fixtures.student(school, 20), LocalDate.parse("2023-01-10"));
        // recorded today, about a day in the past: it counts from the day it was held, not from when it was recorded
        assertThat(driver().evaluate(zc, id, LocalDate.parse("2024-01-10"), true, Map.of())
                        .status())
                .isEqualTo(201);

        assertCounts(total(zc, "2024-01-09"), 1, 1, 0);
        assertCounts(total(zc, "2025-01-10"), 1, 1, 0);
        assertCounts(total(zc, "2025-01-11"), 1, 0, 1);
        assertThat(overdue(zc, "2025-01-11").get(0).path("lastEvaluatedOn").asText())
                .isEqualTo("2024-01-10");
        // before the evaluation was held, the year ran from the acceptance
        assertCounts(total(zc, "2024-01-11"), 1, 1, 0);
        assertThat(overdue(zc, "2024-01-11")).isEmpty();
    }

    @Test
    void anEvaluationWithoutTheStudentIsRecordedButDoesNotCount() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long id = driver().accepted(zc, fixtures.student(school, 20), LocalDate.parse("2023-03-01"));
        assertThat(driver().evaluate(zc, id, LocalDate.parse("2024-02-01"), false, Map.of())
                        .status())
                .isEqualTo(201);

        assertCounts(total(zc, "2024-03-01"), 1, 1, 0);
        assertCounts(total(zc, "2024-03-02"), 1, 0, 1);
        assertThat(overdue(zc, "2024-03-02").get(0).path("lastEvaluatedOn").isNull())
                .isTrue();

        assertThat(driver().evaluate(zc, id, LocalDate.parse("2024-03-10"), true, Map.of())
                        .status())
                .isEqualTo(201);
        assertCounts(total(zc, "2024-03-09"), 1, 0, 1);
        assertCounts(total(zc, "2024-03-10"), 1, 1, 0);
    }

    @Test
    void aNewRevisionDoesNotRestartTheYearAndTheAgreementCountsOnce() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long id = driver().accepted(zc, fixtures.student(school, 20), LocalDate.parse("2023-01-15"));
        long version = driver().read(zc, id).path("version").asLong();
        assertThat(api.as(zc)
                        .put(
                                "/api/agreements/" + id,
                                Map.of(
                                        "version",
                                        version,
                                        "needInOwnWords",
                                        "Anders nu.",
                                        "measures",
                                        List.of(measure("AIDS", "Laptop", true))))
                        .status())
                .isEqualTo(200);
        assertThat(driver().accept(zc, id, "STUDENT", LocalDate.parse("2023-09-01"))
                        .status())
                .isEqualTo(200);

        assertCounts(total(zc, "2024-01-15"), 1, 1, 0);
        assertCounts(total(zc, "2024-01-16"), 1, 0, 1);
        assertThat(overdue(zc, "2024-01-16").get(0).path("firstAcceptedOn").asText())
                .isEqualTo("2023-01-15");
    }

    @Test
    void anAgreementIsActiveFromItsFirstAcceptanceUntilTheDayItEnds() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long student = fixtures.student(school, 20);
        long id = driver().accepted(zc, student, LocalDate.parse("2023-01-01"));
        assertThat(driver().end(zc, id, LocalDate.parse("2024-06-30")).status()).isEqualTo(200);
        // a draft that was never accepted is never active
        driver().create(zc, student);

        assertThat(total(zc, "2022-12-31").path("active").asLong()).isZero();
        assertCounts(total(zc, "2024-01-02"), 1, 0, 1);
        assertCounts(total(zc, "2024-06-29"), 1, 0, 1);
        assertThat(total(zc, "2024-06-30").path("active").asLong()).isZero();
        assertThat(total(zc, "2024-06-30").path("compliantPercent").isNull()).isTrue();
        assertThat(overdue(zc, "2024-06-30")).isEmpty();
    }

    @Test
    void theAuditorSeesEveryLocationGroupedAndAZorgcoordinatorOnlyTheirOwn() {
        School north = fixtures.school();
        School south = fixtures.school();
        // students of 22 were 18 or older then, so they accepted alone
        driver().accepted(north.zorgcoordinator(), fixtures.student(north, 22), LocalDate.parse("2022-05-01"));
        long onTime =
                driver().accepted(north.zorgcoordinator(), fixtures.student(north, 22), LocalDate.parse("2022-05-01"));
        driver().evaluate(north.zorgcoordinator(), onTime, LocalDate.parse("2023-04-01"), true, Map.of());
        driver().accepted(south.zorgcoordinator(), fixtures.student(south, 22), LocalDate.parse("2022-09-01"));
        User auditor = fixtures.user(Role.AUDITOR, Set.of(), null);
        String asOf = "2023-06-01";

        JsonNode figures = api.as(auditor)
                .get("/api/compliance/evaluations?asOf=" + asOf + "&groupBy=location")
                .body();
        assertThat(figures.path("asOf").asText()).isEqualTo(asOf);
        assertThat(figures.path("groupBy").asText()).isEqualTo("location");
        JsonNode northGroup = group(figures, String.valueOf(north.locationId()));
        assertThat(northGroup.path("name").asText()).startsWith("Locatie ");
        assertThat(northGroup.path("active").asLong()).isEqualTo(2);
        assertThat(northGroup.path("compliant").asLong()).isEqualTo(1);
        assertThat(northGroup.path("overdue").asLong()).isEqualTo(1);
        assertThat(northGroup.path("compliantPercent").asDouble()).isEqualTo(50.0);
        JsonNode southGroup = group(figures, String.valueOf(south.locationId()));
        assertThat(southGroup.path("compliantPercent").asDouble()).isEqualTo(100.0);
        long sum = StreamSupport.stream(figures.path("groups").spliterator(), false)
                .mapToLong(group -> group.path("active").asLong())
                .sum();
        assertThat(figures.path("total").path("active").asLong()).isEqualTo(sum);

        JsonNode teams = api.as(auditor)
                .get("/api/compliance/evaluations?asOf=" + asOf + "&groupBy=team")
                .body();
        assertThat(group(teams, String.valueOf(north.teamId())).path("active").asLong())
                .isEqualTo(2);
        JsonNode programmes = api.as(north.zorgcoordinator())
                .get("/api/compliance/evaluations?asOf=" + asOf + "&groupBy=programme")
                .body();
        assertThat(programmes.path("groups")).hasSize(1);
        assertThat(programmes.path("groups").get(0).path("key").asText()).isEqualTo("Verzorgende IG");

        JsonNode own = api.as(north.zorgcoordinator())
                .get("/api/compliance/evaluations?asOf=" + asOf)
                .body();
        assertThat(own.path("groups")).hasSize(1);
        assertCounts(own.path("total"), 2, 1, 1);

        JsonNode overdue = api.as(auditor)
                .get("/api/compliance/evaluations/overdue?asOf=" + asOf + "&groupBy=location&group="
                        + north.locationId())
                .body();
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).path("studentNumber").asText()).startsWith("S");
        assertThat(overdue.get(0).path("dueOn").asText()).isEqualTo("2023-05-01");
        assertThat(overdue.get(0).path("daysOverdue").asLong()).isEqualTo(31);
        assertThat(fieldNames(overdue.get(0)))
                .containsExactlyInAnyOrder(
                        "agreementId",
                        "studentNumber",
                        "group",
                        "groupName",
                        "firstAcceptedOn",
                        "lastEvaluatedOn",
                        "dueOn",
                        "daysOverdue");
        assertThat(figures.toString() + overdue).doesNotContain(AgreementDriver.NEED, "extra tijd", "mentor");

        User professional =
                fixtures.professionalOf(fixtures.provider(north, nl.hulproute.socialmap.ProviderKind.GGZ, 12, 27));
        for (User user : List.of(north.slb(), fixtures.user(Role.ADMIN, Set.of(), null), professional)) {
            String role = user.username();
            for (String path : List.of(
                    "/api/compliance/evaluations",
                    "/api/compliance/evaluations/overdue",
                    "/api/compliance/evaluations/trend")) {
                Response refused = api.as(user).get(path);
                assertThat(refused.status()).as(role + " " + path).isEqualTo(403);
                assertThat(refused.code()).isEqualTo("compliance.forbidden");
            }
        }

        // every call is in the access log, and the overdue list logs each student it names
        User privacyOfficer = fixtures.user(Role.AUDITOR, Set.of(), null);
        JsonNode log = api.as(privacyOfficer)
                .get("/api/access-log?userId=" + auditor.id() + "&size=100")
                .body()
                .path("content");
        List<String> kinds = StreamSupport.stream(log.spliterator(), false)
                .map(line -> line.path("action").asText() + " "
                        + line.path("recordKind").asText())
                .toList();
        assertThat(kinds).contains("VIEW compliance", "VIEW compliance-overdue", "LIST agreement-evidence");
    }

    @Test
    void thePeildatumIsTodayOrInThePast() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        Response today = api.as(zc).get("/api/compliance/evaluations");
        assertThat(today.status()).isEqualTo(200);
        assertThat(today.body().path("asOf").asText())
                .isEqualTo(fixtures.today().toString());
        assertThat(today.body().path("groupBy").asText()).isEqualTo("location");

        Response future = api.as(zc)
                .get("/api/compliance/evaluations?asOf=" + fixtures.today().plusDays(1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("compliance.as-of-in-future");
        for (String query : List.of("?asOf=2025-02-30", "?asOf=yesterday", "?asOf=01-02-2025", "?groupBy=province")) {
            assertThat(api.as(zc).get("/api/compliance/evaluations" + query).status())
                    .as(query)
                    .isEqualTo(400);
        }
        assertThat(api.as(zc)
                        .get("/api/compliance/evaluations/overdue?asOf="
                                + fixtures.today().plusDays(1))
                        .status())
                .isEqualTo(400);
        assertThat(api.as(zc).get("/api/compliance/evaluations/trend?months=0").status())
                .isEqualTo(400);
    }

    @Test
    void theTrendGivesTheFiguresAtEachMonthEnd() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        driver().accepted(zc, fixtures.student(school, 20), fixtures.today().minusMonths(14));

        JsonNode trend = api.as(zc)
                .get("/api/compliance/evaluations/trend?months=4&groupBy=location")
                .body();
        assertThat(trend).hasSize(4);
        assertThat(trend.get(3).path("asOf").asText())
                .isEqualTo(fixtures.today().toString());
        for (JsonNode point : trend) {
            LocalDate asOf = LocalDate.parse(point.path("asOf").asText());
            assertThat(asOf.plusDays(1).getDayOfMonth() == 1 || asOf.equals(fixtures.today()))
                    .isTrue();
            JsonNode figures =
                    api.as(zc).get("/api/compliance/evaluations?asOf=" + asOf).body();
            assertThat(point.path("total")).isEqualTo(figures.path("total"));
            assertThat(point.path("groups")).isEqualTo(figures.path("groups"));
        }
        assertCounts(trend.get(3).path("total"), 1, 0, 1);
    }

    @Test
    void theFiguresComeAsCsvAndAsAReportToFile() throws Exception {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        driver().accepted(zc, fixtures.student(school, 20), LocalDate.parse("2023-02-01"));
        long evaluated = driver().accepted(zc, fixtures.student(school, 20), LocalDate.parse("2023-02-01"));
        driver().evaluate(zc, evaluated, LocalDate.parse("2024-01-15"), true, Map.of());
        String asOf = "2024-03-01";

        HttpResponse<byte[]> csv = raw(zc, "/api/compliance/evaluations?asOf=" + asOf, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("key,name,active,compliant,overdue,compliantPercent");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(school.locationId() + ",Locatie ").endsWith(",2,1,1,50.0");

        HttpResponse<byte[]> pdf = raw(zc, "/api/compliance/evaluations?asOf=" + asOf, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        String text = text(pdf.body());
        assertThat(text)
                .contains(
                        "Naleving jaarlijkse evaluatie",
                        "Peildatum: 1 maart 2024",
                        "Totaal 2 1 1 50,0%",
                        "Te late evaluaties (1)");
        String number = overdue(zc, asOf).get(0).path("studentNumber").asText();
        assertThat(text).contains(number, "2023-02-01", "nooit", "2024-02-01");
        assertThat(text).doesNotContain(AgreementDriver.NEED);
        assertThat(raw(zc, "/api/compliance/evaluations?asOf=" + asOf + "&format=pdf", "*/*")
                        .body())
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(raw(zc, "/api/compliance/evaluations?asOf=2999-01-01", "text/csv")
                        .statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<byte[]> raw(User user, String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path))
                .header("Accept", accept)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user.username() + ":" + Fixtures.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    private JsonNode total(User user, String asOf) {
        Response response = api.as(user).get("/api/compliance/evaluations?asOf=" + asOf);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body().path("total");
    }

    private JsonNode overdue(User user, String asOf) {
        Response response = api.as(user).get("/api/compliance/evaluations/overdue?asOf=" + asOf);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static void assertCounts(JsonNode counts, long active, long compliant, long overdue) {
        assertThat(List.of(
                        counts.path("active").asLong(),
                        counts.path("compliant").asLong(),
                        counts.path("overdue").asLong()))
                .as(counts.toString())
                .containsExactly(active, compliant, overdue);
    }

    private static JsonNode group(JsonNode figures, String key) {
        return StreamSupport.stream(figures.path("groups").spliterator(), false)
                .filter(group -> group.path("key").asText().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + figures));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
