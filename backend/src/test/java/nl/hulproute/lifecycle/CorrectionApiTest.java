package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.hulproute.casenotes.NoteRecords;
import nl.hulproute.intake.SignalRecords;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import nl.hulproute.testsupport.StoredTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Correction (AVG art. 16): the case's own zorgcoördinator replaces an inaccurate note or signal observation; the old
 * text is gone from the API, the inzage export and the database, and what stays is when, by whom and why. The
 * student's own statement is a note of its own kind. Nobody else corrects, and every correction is logged.
 */
@HulprouteTest
class CorrectionApiTest {

    private static final long UNKNOWN = 999_999_999L;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StoredTexts storedTexts;

    @Autowired
    CaseRecords caseRecords;

    @Autowired
    NoteRecords noteRecords;

    @Autowired
    SignalRecords signalRecords;

    @Autowired
    Clock clock;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCorrectionReplacesTheTextSoTheOldTextIsNowhereInTheApiTheInzageOrTheDatabaseAndLeavesATrace()
            throws Exception {
        Story story = story(CaseState.SECOND_LINE);
        long noteId = writeNote(
                story, story.driver().zc, "Moeder is opgenomen " + story.marker() + "-onjuist", "CONFIDENTIAL", "NOTE");
        JsonNode signal = theOnlySignal(story);
        assertThat(storedTexts.whereIs(story.marker()))
                .containsExactlyInAnyOrder("lifecycle_case_note.text", "intake_signal.observation");

        Response note = api.as(story.driver().zc)
                .post(
                        noteCorrection(story, noteId),
                        Map.of(
                                "version",
                                0,
                                "text",
                                "Moeder is met ziekteverlof.",
                                "reason",
                                "De student gaf aan dat dit niet klopte."));
        Response observation = api.as(story.driver().zc)
                .post(
                        signalCorrection(story, signal.path("id").asLong()),
                        Map.of(
                                "version", signal.path("version").asLong(),
                                "text", "Komt vaak te laat.",
                                "reason", "Op verzoek van de student verbeterd."));

        assertThat(note.status()).as("%s", note.body()).isEqualTo(200);
        assertThat(note.body().path("text").asText()).isEqualTo("Moeder is met ziekteverlof.");
        assertThat(note.body().path("version").asLong()).isGreaterThan(0);
        JsonNode trace = note.body().path("corrections");
        assertThat(trace).hasSize(1);
        assertThat(trace.get(0).path("correctedBy").path("id").asLong())
                .isEqualTo(story.driver().zc.id());
        assertThat(trace.get(0).path("correctedBy").path("name").asText()).isNotBlank();
        assertThat(trace.get(0).path("correctedAt").asText()).isNotBlank();
        assertThat(trace.get(0).path("reason").asText()).isEqualTo("De student gaf aan dat dit niet klopte.");
        assertThat(observation.status()).as("%s", observation.body()).isEqualTo(200);
        assertThat(observation.body().path("observation").asText()).isEqualTo("Komt vaak te laat.");
        assertThat(observation.body().path("corrections").get(0).path("reason").asText())
                .isEqualTo("Op verzoek van de student verbeterd.");

        // the API shows only the corrected texts, with their trace
        Response notes = api.as(story.driver().secondZc).get("/api/cases/" + story.caseId() + "/notes");
        assertThat(notes.body().get(0).path("text").asText()).isEqualTo("Moeder is met ziekteverlof.");
        assertThat(notes.body().get(0).path("corrections")).hasSize(1);
        Response signals = api.as(story.driver().zc).get("/api/cases/" + story.caseId() + "/signals");
        assertThat(signals.body().get(0).path("observation").asText()).isEqualTo("Komt vaak te laat.");
        assertThat(signals.body()
                        .get(0)
                        .path("corrections")
                        .get(0)
                        .path("correctedBy")
                        .path("id")
                        .asLong())
                .isEqualTo(story.driver().zc.id());
        for (Response read : List.of(
                notes,
                signals,
                api.as(story.driver().zc).get("/api/cases/" + story.caseId()),
                api.as(story.driver().zc).get("/api/cases/" + story.caseId() + "/history"))) {
            assertThat(read.body().toString()).doesNotContain(story.marker());
        }

        // the inzage shows the corrections and nothing of what was wrong
        Response record = api.as(story.driver().zc).get("/api/students/" + story.studentId() + "/record");
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body().toString()).doesNotContain(story.marker());
        JsonNode recordedNote = record.body().path("cases").get(0).path("notes").get(0);
        assertThat(recordedNote.path("text").asText()).isEqualTo("Moeder is met ziekteverlof.");
        assertThat(recordedNote.path("corrections").get(0).path("reason").asText())
                .isEqualTo("De student gaf aan dat dit niet klopte.");
        JsonNode recordedSignal = record.body().path("signals").get(0);
        assertThat(recordedSignal.path("observation").asText()).isEqualTo("Komt vaak te laat.");
        assertThat(recordedSignal
                        .path("corrections")
                        .get(0)
                        .path("correctedBy")
                        .path("id")
                        .asLong())
                .isEqualTo(story.driver().zc.id());
        String pdf = pdfText(story.driver().zc, "/api/students/" + story.studentId() + "/record?format=pdf");
        assertThat(pdf).doesNotContain(story.marker());
        assertThat(pdf.replaceAll("\\s+", " "))
                .contains(
                        "Moeder is met ziekteverlof.",
                        "Komt vaak te laat.",
                        "Gecorrigeerd op",
                        "reden: De student gaf aan dat dit niet klopte.",
                        "reden: Op verzoek van de student verbeterd.",
                        "Correctie (AVG art. 16)");

        // and the database keeps it nowhere: not in a history, not in the access log
        assertThat(storedTexts.whereIs(story.marker())).isEmpty();

        // every correction is a CHANGE in the access log, for the correction's purpose
        List<String> log = accessLog(story.studentId());
        assertThat(log)
                .contains(
                        story.driver().zc.username() + " CHANGE case-note " + noteId + " CORRECTION",
                        story.driver().zc.username() + " CHANGE signal "
                                + signal.path("id").asLong() + " CORRECTION");
    }

    @Test
    void onlyTheCasesOwnZorgcoordinatorsCorrectAndEveryoneElseIsRefusedAsTheAccessRulesSay() {
        Story story = story(CaseState.EXTERNAL_CARE); // the provider's professional reads the case, with consent
        CaseDriver driver = story.driver();
        long noteId = writeNote(story, driver.zc, "Gesprek gehad met de mentor.", "NORMAL", "NOTE");
        long signalId = theOnlySignal(story).path("id").asLong();
        String note = noteCorrection(story, noteId);
        String signal = signalCorrection(story, signalId);
        User visitor = fixtures.school().zorgcoordinator();
        User stranger = fixtures.school().zorgcoordinator();
        assertThat(api.as(visitor)
                        .post(
                                "/api/students/" + story.studentId() + "/break-glass",
                                Map.of("reason", "Student staat aan de balie."))
                        .status())
                .isEqualTo(201);
        assertThat(api.as(visitor).get("/api/cases/" + story.caseId()).status()).isEqualTo(200);
        assertThat(api.as(driver.professional)
                        .get("/api/cases/" + story.caseId() + "/notes")
                        .body())
                .hasSize(1);
        // the case view tells each reader what the refusals below decide: who corrects, who writes, who only reads
        Map<User, String> flags = Map.of(
                driver.zc, "mayCorrect mayWriteNotes", driver.professional, "mayWriteNotes", visitor, "readOnly");
        flags.forEach((user, expected) -> {
            JsonNode view = api.as(user).get("/api/cases/" + story.caseId()).body();
            String shown = String.join(
                    " ",
                    List.of("mayCorrect", "mayWriteNotes", "readOnly").stream()
                            .filter(flag -> view.path(flag).asBoolean())
                            .toList());
            assertThat(shown).as(user.username()).isEqualTo(expected);
        });

        Map<User, String> refusals = new HashMap<>();
        refusals.put(driver.school.slb(), "403 case.read-forbidden");
        refusals.put(fixtures.user(Role.AUDITOR, Set.of(driver.school.locationId()), null), "403 case.read-forbidden");
        refusals.put(fixtures.user(Role.ADMIN, Set.of(driver.school.locationId()), null), "403 case.read-forbidden");
        refusals.put(driver.professional, "403 correction.forbidden");
        refusals.put(visitor, "403 correction.forbidden"); // break-glass reads, never changes
        refusals.put(stranger, "404 case.not-found"); // another location: as if there were no such case
        refusals.forEach((user, refusal) -> {
            for (String path : List.of(note, signal)) {
                Response refused = api.as(user).post(path, correction("Anders.", "Geprobeerd."));
                assertThat(refused.status() + " " + refused.code())
                        .as("%s on %s", user.username(), path)
                        .isEqualTo(refusal);
            }
        });
        assertThat(api.as(stranger)
                        .post(
                                "/api/cases/" + UNKNOWN + "/notes/" + UNKNOWN + "/correction",
                                correction("Anders.", "Geprobeerd."))
                        .code())
                .isEqualTo("case.not-found");
        assertThat(api.as(driver.zc)
                        .get("/api/cases/" + story.caseId() + "/notes")
                        .body()
                        .get(0)
                        .path("text")
                        .asText())
                .isEqualTo("Gesprek gehad met de mentor.");

        // a colleague zorgcoördinator of the location may; a note or signal of another case is not there
        Response byColleague =
                api.as(driver.secondZc).post(note, correction("Gesprek gehad met de SLB'er.", "Verkeerde persoon."));
        assertThat(byColleague.status()).as("%s", byColleague.body()).isEqualTo(200);
        assertThat(api.as(driver.secondZc)
                        .post(signal, correction("Is vaak afwezig.", "Onjuist."))
                        .status())
                .isEqualTo(200);
        long otherCase = driver.newCase();
        long otherNote = api.as(driver.zc)
                .post(
                        "/api/cases/" + otherCase + "/notes",
                        Map.of("text", "Op een andere casus.", "confidentiality", "NORMAL"))
                .body()
                .path("id")
                .asLong();
        Response foreignNote = api.as(driver.zc)
                .post("/api/cases/" + story.caseId() + "/notes/" + otherNote + "/correction", correction("x", "y"));
        Response unknownNote = api.as(driver.zc)
                .post("/api/cases/" + story.caseId() + "/notes/" + UNKNOWN + "/correction", correction("x", "y"));
        assertThat(foreignNote.status() + " " + foreignNote.code()).isEqualTo("404 note.not-found");
        assertThat(unknownNote.status() + " " + unknownNote.code()).isEqualTo("404 note.not-found");
        Response foreignSignal = api.as(driver.zc)
                .post("/api/cases/" + otherCase + "/signals/" + signalId + "/correction", correction("x", "y"));
        assertThat(foreignSignal.status() + " " + foreignSignal.code()).isEqualTo("404 signal.not-found");
    }

    @Test
    void aConfidentialNoteIsCorrectedOnlyByThoseWhoMayReadIt() {
        Story story = story(CaseState.EXTERNAL_CARE);
        long confidential =
                writeNote(story, story.driver().zc, "Vertrouwelijk " + story.marker(), "CONFIDENTIAL", "NOTE");

        Response byProfessional = api.as(story.driver().professional)
                .post(noteCorrection(story, confidential), correction("Anders.", "Geprobeerd."));
        Response byTheCaseTeam = api.as(story.driver().secondZc)
                .post(noteCorrection(story, confidential), correction("Vertrouwelijk, verbeterd.", "Klopte niet."));

        assertThat(byProfessional.status()).isEqualTo(403);
        assertThat(byProfessional.body().toString()).doesNotContain(story.marker());
        assertThat(byTheCaseTeam.status()).as("%s", byTheCaseTeam.body()).isEqualTo(200);
        assertThat(byTheCaseTeam.body().path("confidentiality").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(api.as(story.driver().professional)
                        .get("/api/cases/" + story.caseId() + "/notes")
                        .body())
                .isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentVersionAndTheFirstCorrectionStands() {
        Story story = story(CaseState.TRIAGE);
        long noteId = writeNote(story, story.driver().zc, "Woont bij zijn oom.", "NORMAL", "NOTE");
        JsonNode signal = theOnlySignal(story);
        long signalVersion = signal.path("version").asLong();

        Response first = api.as(story.driver().zc)
                .post(
                        noteCorrection(story, noteId),
                        Map.of("version", 0, "text", "Woont bij zijn tante.", "reason", "Verkeerd familielid."));
        Response stale = api.as(story.driver().secondZc)
                .post(
                        noteCorrection(story, noteId),
                        Map.of("version", 0, "text", "Woont bij zijn opa.", "reason", "Nog een keer."));

        assertThat(first.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("note.version-stale");
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().path("currentVersion").asLong())
                .isEqualTo(first.body().path("version").asLong());
        assertThat(stale.body().path("noteId").asLong()).isEqualTo(noteId);
        JsonNode notes = api.as(story.driver().zc)
                .get("/api/cases/" + story.caseId() + "/notes")
                .body();
        assertThat(notes.get(0).path("text").asText()).isEqualTo("Woont bij zijn tante.");
        assertThat(notes.get(0).path("corrections")).hasSize(1);

        // with the version it now has (or none), a second correction follows the first
        Response second = api.as(story.driver().secondZc)
                .post(
                        noteCorrection(story, noteId),
                        Map.of(
                                "version",
                                stale.body().path("currentVersion").asLong(),
                                "text",
                                "Woont bij zijn opa.",
                                "reason",
                                "Nog een keer verbeterd."));
        assertThat(second.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(second.body().path("corrections").spliterator(), false)
                        .map(correction -> correction.path("reason").asText()))
                .containsExactly("Verkeerd familielid.", "Nog een keer verbeterd.");

        Response signalFirst = api.as(story.driver().zc)
                .post(
                        signalCorrection(story, signal.path("id").asLong()),
                        Map.of("version", signalVersion, "text", "Zit vaak alleen.", "reason", "Verduidelijkt."));
        Response signalStale = api.as(story.driver().zc)
                .post(
                        signalCorrection(story, signal.path("id").asLong()),
                        Map.of("version", signalVersion, "text", "Zit altijd alleen.", "reason", "Verduidelijkt."));
        assertThat(signalFirst.status()).isEqualTo(200);
        assertThat(signalStale.status() + " " + signalStale.code()).isEqualTo("409 signal.version-stale");
        assertThat(signalStale.body().path("currentVersion").asLong())
                .isEqualTo(signalFirst.body().path("version").asLong());
        Response unchanged = api.as(story.driver().zc)
                .post(
                        signalCorrection(story, signal.path("id").asLong()),
                        correction("Zit vaak alleen.", "Niets veranderd."));
        assertThat(unchanged.status() + " " + unchanged.code()).isEqualTo("422 correction.text-unchanged");
    }

    @Test
    void blankOrTooLongTextsAndReasonsAreRefusedWithTheFieldsThatAreWrong() {
        Story story = story(CaseState.TRIAGE);
        long noteId = writeNote(story, story.driver().zc, "Klopt.", "NORMAL", "NOTE");
        long signalId = theOnlySignal(story).path("id").asLong();

        for (String path : List.of(noteCorrection(story, noteId), signalCorrection(story, signalId))) {
            assertThat(invalidFields(story.driver().zc, path, correction(" ", "Reden.")))
                    .containsExactly("text");
            assertThat(invalidFields(story.driver().zc, path, correction("Verbeterd.", "")))
                    .containsExactly("reason");
            assertThat(invalidFields(story.driver().zc, path, correction("x".repeat(4001), "Reden.")))
                    .containsExactly("text");
            assertThat(invalidFields(story.driver().zc, path, correction("Verbeterd.", "x".repeat(501))))
                    .containsExactly("reason");
            assertThat(invalidFields(story.driver().zc, path, Map.of("text", "Verbeterd.")))
                    .containsExactly("reason");
            assertThat(invalidFields(
                            story.driver().zc, path, Map.of("version", -1, "text", "Verbeterd.", "reason", "Reden.")))
                    .containsExactly("version");
            assertThat(api.as(story.driver().zc)
                            .postRaw(path, "{\"text\": \"a\", \"reason\": \"b\", \"extra\": 1}")
                            .code())
                    .isEqualTo("request.malformed");
        }
        assertThat(api.as(story.driver().zc)
                        .post("/api/cases/" + story.caseId() + "/notes/0/correction", correction("a", "b"))
                        .status())
                .isEqualTo(400);
        // at the limits it is accepted, and nothing refused was saved or logged
        Response atTheLimit = api.as(story.driver().zc)
                .post(noteCorrection(story, noteId), correction("y".repeat(4000), "z".repeat(500)));
        assertThat(atTheLimit.status()).isEqualTo(200);
        assertThat(atTheLimit.body().path("corrections")).hasSize(1);
        assertThat(accessLog(story.studentId()).stream().filter(line -> line.endsWith("CORRECTION")))
                .hasSize(1);
    }

    @Test
    void theStudentsStatementIsMarkedAsTheirOwnWordsReadLikeANormalNoteAndInTheInzage() throws Exception {
        Story story = story(CaseState.EXTERNAL_CARE);
        CaseDriver driver = story.driver();
        long statementId = writeNote(
                story, driver.zc, "Ik ben niet vaak afwezig; ik had stage op maandag.", "NORMAL", "STUDENT_STATEMENT");

        JsonNode asProfessional = api.as(driver.professional)
                .get("/api/cases/" + story.caseId() + "/notes")
                .body();
        assertThat(asProfessional).hasSize(1);
        assertThat(asProfessional.get(0).path("kind").asText()).isEqualTo("STUDENT_STATEMENT");
        assertThat(asProfessional.get(0).path("author").path("id").asLong()).isEqualTo(driver.zc.id());
        Response byProfessional = api.as(driver.professional)
                .post(
                        "/api/cases/" + story.caseId() + "/notes",
                        Map.of("text", "Namens de student.", "confidentiality", "NORMAL", "kind", "STUDENT_STATEMENT"));
        assertThat(byProfessional.status() + " " + byProfessional.code()).isEqualTo("403 note.statement-forbidden");
        Response plainNote = api.as(driver.zc)
                .post(
                        "/api/cases/" + story.caseId() + "/notes",
                        Map.of("text", "Zonder soort.", "confidentiality", "NORMAL"));
        assertThat(plainNote.body().path("kind").asText()).isEqualTo("NOTE");

        JsonNode record = api.as(driver.zc)
                .get("/api/students/" + story.studentId() + "/record")
                .body();
        JsonNode statement = record.path("cases").get(0).path("notes").get(0);
        assertThat(statement.path("id").asLong()).isEqualTo(statementId);
        assertThat(statement.path("kind").asText()).isEqualTo("STUDENT_STATEMENT");
        assertThat(pdfText(driver.zc, "/api/students/" + story.studentId() + "/record?format=pdf")
                        .replaceAll("\\s+", " "))
                .contains(
                        "Verklaring van de student (in eigen woorden): Ik ben niet vaak afwezig; ik had stage op maandag.");
        assertThat(accessLog(story.studentId()))
                .contains(driver.zc.username() + " CREATE case-note " + statementId + " CARE");
    }

    @Test
    void nothingIsLeftToCorrectOnceRetentionAnonymisedTheCase() {
        Story story = story(CaseState.TRIAGE);
        long noteId = writeNote(story, story.driver().zc, "Klopt niet helemaal.", "NORMAL", "NOTE");
        long signalId = theOnlySignal(story).path("id").asLong();
        assertThat(api.as(story.driver().zc)
                        .post(signalCorrection(story, signalId), correction("Verbeterd.", "Reden " + story.marker()))
                        .status())
                .isEqualTo(200);
        story.driver().fireOk(story.driver().zc, story.caseId(), CaseEvent.DISMISS);

        List<Long> anonymised = caseRecords
                .anonymise(List.of(story.caseId()), clock.instant().plus(Duration.ofDays(1)))
                .caseIds();
        signalRecords.anonymiseOfCases(anonymised);
        noteRecords.forgetOfCases(anonymised);

        assertThat(anonymised).containsExactly(story.caseId());
        // retention took the correction's reason with the observation; there is no case to correct on any more
        assertThat(storedTexts.whereIs(story.marker())).isEmpty();
        Response note = api.as(story.driver().zc).post(noteCorrection(story, noteId), correction("a", "b"));
        Response signal = api.as(story.driver().zc).post(signalCorrection(story, signalId), correction("a", "b"));
        assertThat(note.status() + " " + note.code()).isEqualTo("404 case.not-found");
        assertThat(signal.status() + " " + signal.code()).isEqualTo("404 case.not-found");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** A case of a student of its own, opened by a signal whose observation carries a marker unique to the test. */
    record Story(CaseDriver driver, long studentId, long caseId, String marker) {}

    private Story story(CaseState state) {
        CaseDriver driver = new CaseDriver(api, fixtures);
        long studentId = fixtures.student(driver.school, 17);
        String marker = "FOUT-" + UUID.randomUUID().toString().substring(0, 8);
        Response signal = api.as(driver.school.slb())
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
                                "Heeft een eetstoornis " + marker + "-observatie",
                                "discussedWithStudent",
                                true));
        assertThat(signal.status()).as("%s", signal.body()).isEqualTo(201);
        long caseId = signal.body().path("caseId").asLong();
        switch (state) {
            case TRIAGE -> driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
            case SECOND_LINE -> {
                driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
                driver.fireOk(driver.zc, caseId, CaseEvent.ASSIGN_SECOND_LINE);
            }
            case EXTERNAL_CARE -> {
                driver.fireOk(driver.zc, caseId, CaseEvent.START_TRIAGE);
                driver.fireOk(driver.zc, caseId, CaseEvent.REFER);
                driver.consent(caseId, "STUDENT", fixtures.today().plusMonths(6));
                driver.fireOk(driver.zc, caseId, CaseEvent.START_HANDOVER);
                driver.fireOk(driver.professional, caseId, CaseEvent.ACCEPT_HANDOVER);
            }
            default -> throw new IllegalArgumentException("no story in " + state);
        }
        assertThat(driver.state(caseId)).isEqualTo(state);
        return new Story(driver, studentId, caseId, marker);
    }

    private long writeNote(Story story, User author, String text, String confidentiality, String kind) {
        Response note = api.as(author)
                .post(
                        "/api/cases/" + story.caseId() + "/notes",
                        Map.of("text", text, "confidentiality", confidentiality, "kind", kind));
        assertThat(note.status()).as("%s", note.body()).isEqualTo(201);
        assertThat(note.body().path("kind").asText()).isEqualTo(kind);
        assertThat(note.body().path("corrections")).isEmpty();
        return note.body().path("id").asLong();
    }

    private JsonNode theOnlySignal(Story story) {
        Response signals = api.as(story.driver().zc).get("/api/cases/" + story.caseId() + "/signals");
        assertThat(signals.body()).hasSize(1);
        return signals.body().get(0);
    }

    private static String noteCorrection(Story story, long noteId) {
        return "/api/cases/" + story.caseId() + "/notes/" + noteId + "/correction";
    }

    private static String signalCorrection(Story story, long signalId) {
        return "/api/cases/" + story.caseId() + "/signals/" + signalId + "/correction";
    }

    private static Map<String, Object> correction(String text, String reason) {
        return Map.of("text", text, "reason", reason);
    }

    /** The fields a 400 names, after checking that it is the usual invalid-request problem. */
    private List<String> invalidFields(User user, String path, Object body) {
        Response refused = api.as(user).post(path, body);
        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("request.invalid");
        return StreamSupport.stream(refused.body().path("errors").spliterator(), false)
                .map(error -> error.path("field").asText())
                .toList();
    }

    /** The access log about the student: "username ACTION kind id PURPOSE". */
    private List<String> accessLog(long studentId) {
        Response log = api.as(fixtures.user(Role.AUDITOR, Set.of(), null))
                .get("/api/access-log?studentId=" + studentId + "&size=200");
        assertThat(log.status()).isEqualTo(200);
        return StreamSupport.stream(log.body().path("content").spliterator(), false)
                .map(line -> line.path("username").asText() + " "
                        + line.path("action").asText() + " "
                        + line.path("recordKind").asText() + " "
                        + line.path("recordId").asLong() + " "
                        + line.path("purpose").asText())
                .toList();
    }

    private String pdfText(User user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path))
                .header("Accept", "application/pdf")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user.username() + ":" + Fixtures.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        PdfReader reader = new PdfReader(response.body());
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
}
