package nl.hulproute.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.people.PeopleAdministration;
import nl.hulproute.records.StudentRoute.Student;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Inzage: a zorgcoördinator of the student's location exports everything recorded about the student, with who
 * accessed it, as JSON and as a readable PDF; the export is logged; nobody else gets it, and nothing tells them
 * whether the student exists.
 */
@HulprouteTest
class StudentRecordApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PeopleAdministration people;

    @Autowired
    Clock clock;

    @Autowired
    Environment environment;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theRecordHoldsEveryCaseWithItsHistoryEverySignalConsentBridgingPlanAndTheAccessLog() {
        StudentRoute route = new StudentRoute(api, fixtures, people, clock);
        Student student = route.student();
        long caseId = route.signal(student);
        route.closeAfterTheWholeRoute(caseId, student);
        long secondCase = route.signal(student); // a new signal after closing opens a second case
        people.recordLeaving(student.id(), LocalDate.now(clock).minusDays(1));

        Response exported = api.as(route.zc).get("/api/students/" + student.id() + "/record");

        assertThat(exported.status()).as("%s", exported.body()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/json");
        JsonNode record = exported.body();
        assertThat(record.path("exportedBy").path("id").asLong()).isEqualTo(route.zc.id());
        assertThat(record.path("exportedAt").asText()).isNotBlank();

        JsonNode details = record.path("student");
        assertThat(details.path("name").asText()).isEqualTo(student.name());
        assertThat(details.path("studentNumber").asText()).isEqualTo(student.number());
        assertThat(details.path("dateOfBirth").asText()).isNotBlank();
        assertThat(details.path("municipality").asText()).isEqualTo(route.school.municipality());
        assertThat(details.path("slb").path("id").asLong())
                .isEqualTo(route.school.slb().id());
        assertThat(details.path("leftOn").asText())
                .isEqualTo(LocalDate.now(clock).minusDays(1).toString());

        JsonNode cases = record.path("cases");
        assertThat(ids(cases)).containsExactly(caseId, secondCase);
        JsonNode closed = cases.get(0);
        assertThat(closed.path("state").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("RESOLVED_IN_SCHOOL");
        assertThat(closed.path("advice").asText()).contains(student.marker());
        assertThat(closed.path("externalCareSummary").asText()).contains(student.marker());
        assertThat(closed.path("provider").path("id").asLong()).isEqualTo(route.providerId);
        assertThat(closed.path("handoverAcceptedAt").asText()).isNotBlank();
        assertThat(texts(closed.path("history"), "event"))
                .containsExactly(
                        "START_TRIAGE",
                        "ASSIGN_FIRST_LINE",
                        "REFER",
                        "PLACE_ON_WAITLIST",
                        "START_HANDOVER",
                        "ACCEPT_HANDOVER",
                        "END_EXTERNAL_CARE",
                        "CLOSE");
        assertThat(closed.path("history").get(0).path("reason").asText()).contains(student.marker());
        assertThat(closed.path("history").get(0).path("actor").path("id").asLong())
                .isEqualTo(route.zc.id());
        assertThat(closed.path("history").get(6).path("payload").path("summary").asText())
                .contains(student.marker());
        assertThat(closed.path("consents")).hasSize(1);
        assertThat(closed.path("consents").get(0).path("provider").path("id").asLong())
                .isEqualTo(route.providerId);
        assertThat(closed.path("consents").get(0).path("sections")).hasSize(4);
        assertThat(closed.path("bridgingPlans")).hasSize(1);
        assertThat(closed.path("bridgingPlans").get(0).path("description").asText())
                .contains(student.marker());
        assertThat(closed.path("bridgingPlans").get(0).path("lastContactOn").asText())
                .isNotBlank();
        assertThat(closed.path("bridgingPlans").get(0).path("endedAt").asText()).isNotBlank();
        assertThat(closed.path("notes")).hasSize(1); // confidential notes too: it is the student's own record
        assertThat(closed.path("notes").get(0).path("confidentiality").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(closed.path("notes").get(0).path("text").asText()).contains(student.marker());
        assertThat(cases.get(1).path("state").asText()).isEqualTo("SIGNALLED");
        assertThat(cases.get(1).path("history")).isEmpty();

        // what was shared with the provider, whole and as sent, and the driegesprek
        JsonNode packages = record.path("handoverPackages");
        assertThat(packages).hasSize(1);
        assertThat(packages.get(0).path("caseId").asLong()).isEqualTo(caseId);
        assertThat(packages.get(0).path("provider").path("id").asLong()).isEqualTo(route.providerId);
        assertThat(packages.get(0).path("sentBy").path("id").asLong()).isEqualTo(route.zc.id());
        assertThat(texts(packages.get(0).path("sections"), null))
                .containsExactlyInAnyOrder("STUDENT", "SIGNALS", "SCHOOL_SUPPORT", "BRIDGING");
        assertThat(packages.get(0).path("signals").get(0).path("observation").asText())
                .contains(student.marker());
        assertThat(packages.get(0).path("bridging").path("description").asText())
                .contains(student.marker());
        JsonNode meetings = record.path("jointMeetings");
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).path("caseId").asLong()).isEqualTo(caseId);
        assertThat(meetings.get(0).path("note").asText()).contains(student.marker());
        assertThat(meetings.get(0).path("heldBy").path("id").asLong()).isEqualTo(route.professional.id());

        JsonNode signals = record.path("signals");
        assertThat(signals).hasSize(2);
        assertThat(signals.get(0).path("caseId").asLong()).isEqualTo(caseId);
        assertThat(signals.get(0).path("observation").asText()).contains(student.marker());
        assertThat(signals.get(0).path("raisedById").asLong())
                .isEqualTo(route.school.slb().id());
        assertThat(texts(signals.get(0).path("lifeDomains"), null)).containsExactly("MENTAL_HEALTH", "HOME_FAMILY");
        assertThat(signals.get(1).path("caseId").asLong()).isEqualTo(secondCase);

        List<String> log = accessLines(record.path("accessLog"));
        assertThat(log)
                .contains(
                        route.school.slb().username() + " CREATE signal " + caseSignal(signals, 0),
                        route.zc.username() + " CHANGE case " + caseId,
                        route.zc.username() + " CREATE consent "
                                + closed.path("consents").get(0).path("id").asLong(),
                        route.professional.username() + " CHANGE case " + caseId);
        // the export's own line is the last one: logged before anything was read
        assertThat(log.get(log.size() - 1)).isEqualTo(route.zc.username() + " EXPORT student-record " + student.id());
        JsonNode exportLine = record.path("accessLog").get(log.size() - 1);
        assertThat(exportLine.path("purpose").asText()).isEqualTo("INZAGE json");
        assertThat(exportLine.path("roles").asText()).isEqualTo("ZORGCOORDINATOR");
        assertThat(exportLine.path("userName").asText()).isNotBlank();
    }

    @Test
    void thePdfIsARealDocumentInDutchWithTheStudentTheExportDateAndWhoAskedForIt() throws Exception {
        StudentRoute route = new StudentRoute(api, fixtures, people, clock);
        Student student = route.student();
        long caseId = route.signal(student);
        route.closeAfterTheWholeRoute(caseId, student);
        route.agreement(student);

        for (Download download : List.of(
                download(route.zc, "/api/students/" + student.id() + "/record", "application/pdf"),
                download(route.zc, "/api/students/" + student.id() + "/record?format=pdf", "*/*"))) {
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.contentType()).isEqualTo("application/pdf");
            assertThat(download.disposition()).startsWith("attachment").contains("inzage-" + student.id());
            assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");

            String text = text(download.body());
            assertThat(text)
                    .contains(
                            "Inzage in het dossier",
                            student.name(), // Ö and dotless ı survive: the font is embedded as Unicode
                            student.number(),
                            "Persoonsgegevens",
                            "Hulpvragen (casussen)",
                            "Verloop",
                            "Toestemming om te delen",
                            "Overbrugging tijdens het wachten",
                            "Notities",
                            "Signalen",
                            "Wie heeft deze gegevens ingezien of gewijzigd",
                            "Zorgt thuis voor een zieke moeder " + student.marker(),
                            "Contact tijdens het wachten op zorg",
                            "Gedeeld bij een warme overdracht",
                            "Driegesprekken",
                            "Kennismaking " + student.marker(),
                            "Gesproken " + student.marker(),
                            "Afspraken over extra ondersteuning",
                            "Ik ben snel moe " + student.marker(),
                            "Extra tijd " + student.marker(),
                            "Het helpt " + student.marker(),
                            "Aangepaste toetsing",
                            "Werkt",
                            "Warme overdracht gestart",
                            "Opgelost met begeleiding op school",
                            "Geëxporteerd",
                            "Gemaakt op " + LocalDate.now(clock).getDayOfMonth());
        }
        // asking for JSON explicitly, or for anything, gets JSON
        assertThat(download(route.zc, "/api/students/" + student.id() + "/record", "*/*")
                        .contentType())
                .startsWith("application/json");
        assertThat(download(route.zc, "/api/students/" + student.id() + "/record?format=json", "application/pdf")
                        .contentType())
                .startsWith("application/json");

        Response log = api.as(fixtures.user(Role.AUDITOR, Set.of(), null))
                .get("/api/access-log?studentId=" + student.id() + "&size=200");
        List<String> exports = StreamSupport.stream(log.body().path("content").spliterator(), false)
                .filter(line -> line.path("action").asText().equals("EXPORT"))
                .map(line -> line.path("recordKind").asText() + " "
                        + line.path("recordId").asLong() + " "
                        + line.path("purpose").asText())
                .toList();
        assertThat(exports)
                .containsExactly(
                        "student-record " + student.id() + " INZAGE json",
                        "student-record " + student.id() + " INZAGE json",
                        "student-record " + student.id() + " INZAGE pdf",
                        "student-record " + student.id() + " INZAGE pdf");
    }

    @Test
    void onlyAZorgcoordinatorOfTheStudentsLocationGetsTheRecordAndOthersLearnNothing() throws Exception {
        StudentRoute route = new StudentRoute(api, fixtures, people, clock);
        Student student = route.student();
        route.signal(student);
        String path = "/api/students/" + student.id() + "/record";
        User otherZc = fixtures.school().zorgcoordinator();

        for (User refused : List.of(
                route.school.slb(),
                route.professional,
                fixtures.user(Role.AUDITOR, Set.of(route.school.locationId()), null),
                fixtures.user(Role.ADMIN, Set.of(route.school.locationId()), null))) {
            Response response = api.as(refused).get(path);
            assertThat(response.status()).as(refused.username()).isEqualTo(403);
            assertThat(response.code()).isEqualTo("record.export-forbidden");
        }
        Response foreign = api.as(otherZc).get(path);
        Response unknown = api.as(route.zc).get("/api/students/999999999/record");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(foreign.body().toString().replace(path, "X"))
                .isEqualTo(unknown.body().toString().replace("/api/students/999999999/record", "X"));
        assertThat(download(otherZc, path, "application/pdf").status()).isEqualTo(404);
        assertThat(download(otherZc, path + "?format=pdf", "*/*").status()).isEqualTo(404);
        assertThat(api.anonymous().get(path).status()).isEqualTo(401);

        assertThat(api.as(route.zc).get(path + "?format=xml").status()).isEqualTo(400);
        assertThat(api.as(route.zc).get("/api/students/0/record").status()).isEqualTo(400);
        assertThat(api.as(route.zc).get("/api/students/abc/record").status()).isEqualTo(400);
        assertThat(download(route.zc, path, "text/html").status()).isEqualTo(406);

        // refusals are not exports: nothing was logged for them
        Response log =
                api.as(fixtures.user(Role.AUDITOR, Set.of(), null)).get("/api/access-log?studentId=" + student.id());
        assertThat(log.body().toString()).doesNotContain("EXPORT");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    record Download(int status, String contentType, String disposition, byte[] body) {}

    private Download download(User user, String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path))
                .header("Accept", accept)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user.username() + ":" + Fixtures.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""),
                response.body());
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.path("id").asLong())
                .toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node ->
                texts.add(field == null ? node.asText() : node.path(field).asText()));
        return texts;
    }

    private static long caseSignal(JsonNode signals, int index) {
        return signals.get(index).path("id").asLong();
    }

    private static List<String> accessLines(JsonNode lines) {
        return StreamSupport.stream(lines.spliterator(), false)
                .map(line -> line.path("username").asText() + " "
                        + line.path("action").asText() + " "
                        + line.path("recordKind").asText() + " "
                        + line.path("recordId").asLong())
                .toList();
    }
}
