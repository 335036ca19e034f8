package nl.hulproute.agreements;

import static nl.hulproute.agreements.AgreementDriver.NEED;
import static nl.hulproute.agreements.AgreementDriver.measure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.hulproute.people.PeopleAdministration;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Support agreements through the API: drafts, revisions that keep the agreement's id, acceptance by the student (and
 * a parent under 16), the end, the yearly evaluation, and who sees what.
 */
@HulprouteTest
class AgreementsApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PeopleAdministration peopleAdministration;

    AgreementDriver driver() {
        return new AgreementDriver(api);
    }

    @Test
    void aZorgcoordinatorDraftsAnAgreementThatTheStudentAccepts() {
        School school = fixtures.school();
        long student = fixtures.student(school, 17);
        User zc = school.zorgcoordinator();

        JsonNode draft = driver().create(zc, student);
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("revision").asInt()).isEqualTo(1);
        assertThat(draft.path("version").isNumber()).isTrue();
        assertThat(draft.path("needInOwnWords").asText()).isEqualTo(NEED);
        assertThat(draft.path("measures")).hasSize(2);
        assertThat(draft.path("measures").get(0).path("id").asLong()).isPositive();
        assertThat(draft.path("measures").get(0).path("kind").asText()).isEqualTo("ADAPTED_ASSESSMENT");
        assertThat(draft.path("measures").get(1).path("appliesDuringInternship").asBoolean())
                .isTrue();
        assertThat(draft.path("awaitingAcceptanceBy").toString()).isEqualTo("[\"STUDENT\"]");
        long id = draft.path("id").asLong();

        Response second = api.as(zc).post("/api/students/" + student + "/agreements", AgreementDriver.draft());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("agreement.already-running");

        LocalDate acceptedOn = fixtures.today().minusDays(10);
        Response accepted = driver().accept(zc, id, "STUDENT", acceptedOn);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.body().path("firstAcceptedOn").asText()).isEqualTo(acceptedOn.toString());
        assertThat(accepted.body().path("inForceRevision").asInt()).isEqualTo(1);
        assertThat(accepted.body().path("nextEvaluationDueOn").asText())
                .isEqualTo(acceptedOn.plusMonths(12).toString());
        assertThat(accepted.body().path("version").asLong())
                .isGreaterThan(draft.path("version").asLong());

        Response again = driver().accept(zc, id, "STUDENT", acceptedOn);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("agreement.nothing-to-accept");

        JsonNode list =
                api.as(zc).get("/api/students/" + student + "/agreements").body();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("id").asLong()).isEqualTo(id);
    }

    @Test
    void aChangeToAnAcceptedAgreementIsANewDraftRevisionAndTheOldOneStaysInForceUntilItIsAccepted() {
        School school = fixtures.school();
        long student = fixtures.student(school, 18);
        User zc = school.zorgcoordinator();
        LocalDate first = fixtures.today().minusMonths(8);
        long id = driver().accepted(zc, student, first);
        JsonNode accepted = driver().read(zc, id);

        Map<String, Object> change = Map.of(
                "version",
                accepted.path("version").asLong() - 1,
                "needInOwnWords",
                NEED,
                "measures",
                List.of(measure("AIDS", "Laptop met spraaksoftware", true)));
        Response stale = api.as(zc).put("/api/agreements/" + id, change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("agreement.version-stale");

        Response revised = api.as(zc)
                .put(
                        "/api/agreements/" + id,
                        Map.of(
                                "version",
                                accepted.path("version").asLong(),
                                "needInOwnWords",
                                NEED,
                                "measures",
                                List.of(measure("AIDS", "Laptop met spraaksoftware", true))));
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
        assertThat(revised.body().path("id").asLong()).isEqualTo(id);
        assertThat(revised.body().path("revision").asInt()).isEqualTo(2);
        assertThat(revised.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(revised.body().path("inForceRevision").asInt()).isEqualTo(1);

        // the draft can be changed again in place
        Response redrafted = api.as(zc)
                .put(
                        "/api/agreements/" + id,
                        Map.of(
                                "version",
                                revised.body().path("version").asLong(),
                                "needInOwnWords",
                                NEED,
                                "measures",
                                List.of(measure("AIDS", "Laptop met spraaksoftware en koptelefoon", true))));
        assertThat(redrafted.body().path("revision").asInt()).isEqualTo(2);

        // the SLB'er still sees the accepted measures until the new revision is accepted
        assertThat(measureDescriptions(school.slb(), student))
                .containsExactly("25% extra tijd bij toetsen", "Elke twee weken een gesprek met de mentor");

        Response tooEarly = driver().accept(zc, id, "STUDENT", first.minusDays(1));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.code()).isEqualTo("agreement.acceptance-before-previous");

        LocalDate second = fixtures.today().minusDays(3);
        assertThat(driver().accept(zc, id, "STUDENT", second)
                        .body()
                        .path("status")
                        .asText())
                .isEqualTo("ACCEPTED");
        assertThat(measureDescriptions(school.slb(), student))
                .containsExactly("Laptop met spraaksoftware en koptelefoon");

        JsonNode revisions =
                api.as(zc).get("/api/agreements/" + id + "/revisions").body();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).path("revision").asInt()).isEqualTo(1);
        assertThat(revisions.get(0).path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(revisions.get(0).path("acceptedOn").asText()).isEqualTo(first.toString());
        assertThat(revisions.get(0).path("supersededOn").asText()).isEqualTo(second.toString());
        assertThat(revisions.get(0).path("measures")).hasSize(2);
        assertThat(revisions.get(1).path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(revisions.get(1).path("acceptedOn").asText()).isEqualTo(second.toString());
        // the compliance clock runs from the first acceptance, not from a revision's
        assertThat(driver().read(zc, id).path("firstAcceptedOn").asText()).isEqualTo(first.toString());
    }

    @Test
    void underSixteenAParentCoAcceptsAndFromSixteenTheStudentAcceptsAlone() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long young = fixtures.student(school, 15);
        long id = driver().create(zc, young).path("id").asLong();
        assertThat(driver().read(zc, id).path("awaitingAcceptanceBy").toString())
                .isEqualTo("[\"STUDENT\",\"PARENT\"]");

        LocalDate studentOn = fixtures.today().minusDays(5);
        Response byStudent = driver().accept(zc, id, "STUDENT", studentOn);
        assertThat(byStudent.status()).isEqualTo(200);
        assertThat(byStudent.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(byStudent.body().path("awaitingAcceptanceBy").toString()).isEqualTo("[\"PARENT\"]");
        assertThat(byStudent.body().path("inForceRevision").isNull()).isTrue();

        LocalDate parentOn = fixtures.today().minusDays(2);
        Response byParent = driver().accept(zc, id, "PARENT", parentOn);
        assertThat(byParent.body().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(byParent.body().path("firstAcceptedOn").asText()).isEqualTo(parentOn.toString());
        assertThat(byParent.body().path("acceptances")).hasSize(2);

        long older = fixtures.student(school, 17);
        long other = driver().create(zc, older).path("id").asLong();
        Response parent = driver().accept(zc, other, "PARENT", fixtures.today());
        assertThat(parent.status()).isEqualTo(422);
        assertThat(parent.code()).isEqualTo("agreement.parent-acceptance-not-needed");
    }

    @Test
    void datesMayLieInThePastButNeverInTheFuture() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long student = fixtures.student(school, 19);
        long id = driver().create(zc, student).path("id").asLong();

        Response future = driver().accept(zc, id, "STUDENT", fixtures.today().plusDays(1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("agreement.date-in-future");

        LocalDate threeYearsAgo = fixtures.today().minusYears(3);
        assertThat(driver().accept(zc, id, "STUDENT", threeYearsAgo).status()).isEqualTo(200);
        Response futureEvaluation = driver().evaluate(zc, id, fixtures.today().plusDays(1), true, Map.of());
        assertThat(futureEvaluation.status()).isEqualTo(400);
        Response futureEnd = driver().end(zc, id, fixtures.today().plusDays(1));
        assertThat(futureEnd.status()).isEqualTo(400);
        Response beforeAcceptance = driver().evaluate(zc, id, threeYearsAgo.minusDays(1), true, Map.of());
        assertThat(beforeAcceptance.status()).isEqualTo(422);
        assertThat(beforeAcceptance.code()).isEqualTo("evaluation.not-in-force");
        assertThat(driver().evaluate(zc, id, threeYearsAgo.plusMonths(11), true, Map.of())
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anEndedAgreementIsNoLongerInForceAndMakesWayForANewOne() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long student = fixtures.student(school, 20);
        LocalDate acceptedOn = fixtures.today().minusYears(1);
        long id = driver().accepted(zc, student, acceptedOn);

        Response beforeAcceptance = driver().end(zc, id, acceptedOn.minusDays(1));
        assertThat(beforeAcceptance.status()).isEqualTo(422);
        assertThat(beforeAcceptance.code()).isEqualTo("agreement.end-before-acceptance");

        Response ended = api.as(zc)
                .post(
                        "/api/agreements/" + id + "/end",
                        Map.of(
                                "endedOn",
                                fixtures.today().minusDays(1).toString(),
                                "reason",
                                "Geen ondersteuning meer nodig."));
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.body().path("status").asText()).isEqualTo("ENDED");
        assertThat(ended.body().path("endedOn").asText())
                .isEqualTo(fixtures.today().minusDays(1).toString());
        assertThat(ended.body().path("inForceRevision").isNull()).isTrue();

        Response again = driver().end(zc, id, fixtures.today());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("agreement.ended");
        Response change = api.as(zc)
                .put(
                        "/api/agreements/" + id,
                        Map.of(
                                "version",
                                ended.body().path("version").asLong(),
                                "needInOwnWords",
                                NEED,
                                "measures",
                                List.of(measure("OTHER", "x", false))));
        assertThat(change.code()).isEqualTo("agreement.ended");
        assertThat(measureDescriptions(school.slb(), student)).isEmpty();

        JsonNode next = driver().create(zc, student);
        assertThat(next.path("id").asLong()).isNotEqualTo(id);
        assertThat(api.as(zc).get("/api/students/" + student + "/agreements").body())
                .hasSize(2);
    }

    @Test
    void anEvaluationThatAdjustsOrStopsAMeasureStartsANewDraftRevision() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long student = fixtures.student(school, 18);
        long id = driver().accepted(zc, student, fixtures.today().minusMonths(11));
        JsonNode measures = driver().read(zc, id).path("measures");
        long extraTime = measures.get(0).path("id").asLong();
        long mentor = measures.get(1).path("id").asLong();

        LocalDate heldOn = fixtures.today().minusDays(7);
        Response tooLate = api.as(zc)
                .post(
                        "/api/agreements/" + id + "/evaluations",
                        Map.of(
                                "heldOn",
                                heldOn.toString(),
                                "studentPresent",
                                true,
                                "participants",
                                List.of(),
                                "outcomes",
                                List.of(),
                                "nextDueOn",
                                heldOn.plusMonths(12).plusDays(1).toString()));
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.code()).isEqualTo("evaluation.next-due-out-of-range");

        Response unknownMeasure = driver().evaluate(zc, id, heldOn, true, Map.of(999_999_999L, "EFFECTIVE"));
        assertThat(unknownMeasure.status()).isEqualTo(422);
        assertThat(unknownMeasure.code()).isEqualTo("evaluation.unknown-measure");

        Response evaluated = driver().evaluate(zc, id, heldOn, true, Map.of(extraTime, "ADJUST", mentor, "STOP"));
        assertThat(evaluated.status()).as(evaluated.body().toString()).isEqualTo(201);
        assertThat(evaluated.body().path("nextDueOn").asText())
                .isEqualTo(heldOn.plusMonths(12).toString());
        assertThat(evaluated.body().path("countsForCompliance").asBoolean()).isTrue();
        assertThat(evaluated.body().path("startedRevision").asInt()).isEqualTo(2);

        JsonNode agreement = driver().read(zc, id);
        assertThat(agreement.path("status").asText()).isEqualTo("DRAFT");
        assertThat(agreement.path("revision").asInt()).isEqualTo(2);
        assertThat(agreement.path("inForceRevision").asInt()).isEqualTo(1);
        assertThat(agreement.path("lastEvaluatedOn").asText()).isEqualTo(heldOn.toString());
        assertThat(agreement.path("nextEvaluationDueOn").asText())
                .isEqualTo(heldOn.plusMonths(12).toString());
        // the measure to stop is left out of the new draft; the one to adjust is there to be adjusted
        assertThat(agreement.path("measures")).hasSize(1);
        assertThat(agreement.path("measures").get(0).path("description").asText())
                .isEqualTo("25% extra tijd bij toetsen");

        Response withoutStudent = driver().evaluate(zc, id, fixtures.today(), false, Map.of(extraTime, "EFFECTIVE"));
        assertThat(withoutStudent.status()).isEqualTo(201);
        assertThat(withoutStudent.body().path("countsForCompliance").asBoolean())
                .isFalse();
        assertThat(driver().read(zc, id).path("lastEvaluatedOn").asText()).isEqualTo(heldOn.toString());

        JsonNode evaluations =
                api.as(zc).get("/api/agreements/" + id + "/evaluations").body();
        assertThat(evaluations).hasSize(2);
        assertThat(evaluations.get(0).path("outcomes")).hasSize(2);
        assertThat(evaluations.get(0).path("participants").toString()).contains("SLB'er");

        JsonNode revised = driver().read(zc, id);
        Response accepted = driver().accept(zc, id, "STUDENT", fixtures.today());
        assertThat(accepted.body().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.body().path("version").asLong())
                .isGreaterThan(revised.path("version").asLong());
    }

    @Test
    void anAgreementEndsOnTheDayTheStudentLeftSchool() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long student = fixtures.student(school, 19);
        long id = driver().accepted(zc, student, fixtures.today().minusMonths(14));
        LocalDate leftOn = fixtures.today().minusDays(10);

        peopleAdministration.recordLeaving(student, leftOn);

        JsonNode ended = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> driver().read(zc, id),
                        agreement -> agreement.path("status").asText().equals("ENDED"));
        assertThat(ended.path("endedOn").asText()).isEqualTo(leftOn.toString());
        assertThat(ended.path("endReason").asText()).isEqualTo("De student is van school gegaan.");
        // no longer due for an evaluation, so not overdue either
        assertThat(ended.path("nextEvaluationDueOn").isNull()).isTrue();
        assertThat(api.as(zc)
                        .get("/api/agreements/evaluations-due?weeks=60")
                        .body()
                        .toString())
                .doesNotContain("\"agreementId\":" + id + ",");
    }

    @Test
    void theStudentsTeamSeesTheMeasuresInForceAndNothingElse() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long student = fixtures.student(school, 17);
        long id = driver().accepted(zc, student, fixtures.today().minusMonths(2));
        // a colleague teaches in the same team: they coach another student of it
        User colleague = fixtures.user(Role.SLB, Set.of(school.locationId()), null);
        fixtures.student(school, colleague, 18);
        // an SLB'er of another team at the same location
        School otherTeam = fixtures.otherTeam(school);
        long otherTeamsStudent = fixtures.student(otherTeam, 17);
        driver().accepted(zc, otherTeamsStudent, fixtures.today().minusMonths(1));

        Response card = api.as(colleague).get("/api/students/" + student + "/measures");
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body().path("measures")).hasSize(2);
        assertThat(card.body().toString()).doesNotContain("moe", "needInOwnWords", "evaluat");
        assertThat(api.as(otherTeam.slb())
                        .get("/api/students/" + student + "/measures")
                        .status())
                .isEqualTo(404);

        // Mijn team: the students of my teams with measures in force, and only those
        Response team = api.as(colleague).get("/api/students/team-measures");
        assertThat(team.status()).isEqualTo(200);
        assertThat(team.body()).hasSize(1);
        assertThat(team.body().get(0).path("studentId").asLong()).isEqualTo(student);
        assertThat(team.body().get(0).path("measures")).hasSize(2);
        assertThat(team.body().get(0).path("inForceSince").asText())
                .isEqualTo(fixtures.today().minusMonths(2).toString());
        assertThat(team.body().toString()).doesNotContain("moe", "needInOwnWords", "evaluat");
        Response otherTeamsList = api.as(otherTeam.slb()).get("/api/students/team-measures");
        assertThat(otherTeamsList.body()).hasSize(1);
        assertThat(otherTeamsList.body().get(0).path("studentId").asLong()).isEqualTo(otherTeamsStudent);

        // the team sees measures, not the student's record or agreement
        assertThat(api.as(colleague).get("/api/agreements/" + id).status()).isEqualTo(403);
        JsonNode colleaguesStudents =
                api.as(colleague).get("/api/students").body().path("content");
        assertThat(colleaguesStudents).hasSize(1);
        assertThat(colleaguesStudents.get(0).path("id").asLong()).isNotEqualTo(student);
        // an auditor or administrator has no team list
        assertThat(api.as(fixtures.user(Role.AUDITOR, Set.of(), null))
                        .get("/api/students/team-measures")
                        .status())
                .isEqualTo(403);

        // each student the team list showed is in the access log, as a read by the colleague
        Response log = api.as(fixtures.user(Role.AUDITOR, Set.of(), null))
                .get("/api/access-log?studentId=" + student + "&size=200");
        long teamReads = StreamSupport.stream(log.body().path("content").spliterator(), false)
                .filter(line -> line.path("recordKind").asText().equals("agreement-measures"))
                .filter(line -> line.path("action").asText().equals("LIST"))
                .count();
        assertThat(teamReads).isEqualTo(1);
    }

    @Test
    void theSlbSeesOnlyTheMeasuresInForceAndNobodyElseSeesTheContent() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long student = fixtures.student(school, 17);
        long id = driver().accepted(zc, student, fixtures.today().minusMonths(2));

        Response card = api.as(school.slb()).get("/api/students/" + student + "/measures");
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body().path("measures")).hasSize(2);
        assertThat(card.body().path("measures").get(0).path("description").asText())
                .isEqualTo("25% extra tijd bij toetsen");
        assertThat(card.body().path("inForceSince").asText())
                .isEqualTo(fixtures.today().minusMonths(2).toString());
        assertThat(card.body().toString()).doesNotContain("moe", "needInOwnWords", "evaluat");

        // the SLB'er reads no agreement itself
        for (String path : List.of(
                "/api/agreements/" + id,
                "/api/students/" + student + "/agreements",
                "/api/agreements/" + id + "/revisions",
                "/api/agreements/" + id + "/evaluations")) {
            Response slb = api.as(school.slb()).get(path);
            assertThat(slb.status()).as(path).isEqualTo(403);
            assertThat(slb.body().toString()).doesNotContain("moe");
        }
        // an SLB'er of another student, an auditor, a professional, an admin: no content either
        User otherSlb = fixtures.user(Role.SLB, Set.of(school.locationId()), null);
        assertThat(api.as(otherSlb)
                        .get("/api/students/" + student + "/measures")
                        .status())
                .isEqualTo(404);
        User auditor = fixtures.user(Role.AUDITOR, Set.of(), null);
        for (User user : List.of(auditor, fixtures.user(Role.ADMIN, Set.of(), null))) {
            assertThat(api.as(user).get("/api/agreements/" + id).status()).isEqualTo(403);
            assertThat(api.as(user)
                            .get("/api/students/" + student + "/measures")
                            .status())
                    .isEqualTo(403);
        }
        // a zorgcoördinator of another location: as if it did not exist
        School elsewhere = fixtures.school();
        Response foreign = api.as(elsewhere.zorgcoordinator()).get("/api/agreements/" + id);
        Response unknown = api.as(elsewhere.zorgcoordinator()).get("/api/agreements/999999999");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo(unknown.code());
        assertThat(driver().accept(elsewhere.zorgcoordinator(), id, "STUDENT", fixtures.today())
                        .status())
                .isEqualTo(404);

        // every read of the content is in the access log
        api.as(zc).get("/api/agreements/" + id + "/revisions");
        User privacyOfficer = fixtures.user(Role.AUDITOR, Set.of(), null);
        JsonNode log = api.as(privacyOfficer)
                .get("/api/access-log?studentId=" + student + "&size=100")
                .body()
                .path("content");
        List<String> lines = StreamSupport.stream(log.spliterator(), false)
                .map(line -> line.path("username").asText() + " "
                        + line.path("action").asText() + " "
                        + line.path("recordKind").asText())
                .toList();
        assertThat(lines)
                .contains(
                        zc.username() + " CREATE agreement",
                        zc.username() + " CHANGE agreement",
                        zc.username() + " VIEW agreement-revisions",
                        school.slb().username() + " VIEW agreement-measures");
    }

    @Test
    void theWorklistShowsWhatIsDueWithinEightWeeksOrOverdueAtMyLocations() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long overdue = driver().accepted(
                        zc, fixtures.student(school, 20), fixtures.today().minusMonths(13));
        long soon = driver().accepted(
                        zc, fixtures.student(school, 20), fixtures.today().minusMonths(11));
        long later = driver().accepted(
                        zc, fixtures.student(school, 20), fixtures.today().minusMonths(2));
        long evaluated = driver().accepted(
                        zc, fixtures.student(school, 20), fixtures.today().minusMonths(13));
        driver().evaluate(zc, evaluated, fixtures.today().minusMonths(1), true, Map.of());
        // held without the student: it does not count, so the agreement stays overdue
        long withoutStudent = driver().accepted(
                        zc,
                        fixtures.student(school, 20),
                        fixtures.today().minusMonths(12).minusWeeks(2));
        driver().evaluate(zc, withoutStudent, fixtures.today().minusMonths(1), false, Map.of());

        JsonNode due = api.as(zc).get("/api/agreements/evaluations-due").body();
        List<Long> ids = StreamSupport.stream(due.spliterator(), false)
                .map(line -> line.path("agreementId").asLong())
                .toList();
        assertThat(ids).containsExactly(overdue, withoutStudent, soon);
        assertThat(due.get(0).path("overdue").asBoolean()).isTrue();
        assertThat(due.get(0).path("daysUntilDue").asLong()).isNegative();
        assertThat(due.get(1).path("overdue").asBoolean()).isTrue();
        assertThat(due.get(2).path("overdue").asBoolean()).isFalse();
        assertThat(due.toString()).doesNotContain(NEED);
        assertThat(api.as(zc).get("/api/agreements/evaluations-due?weeks=104").body())
                .hasSize(5);
        assertThat(ids).doesNotContain(later);
        assertThat(api.as(fixtures.school().zorgcoordinator())
                        .get("/api/agreements/evaluations-due")
                        .body()
                        .toString())
                .doesNotContain("\"agreementId\":" + overdue + ",");
        assertThat(api.as(school.slb()).get("/api/agreements/evaluations-due").status())
                .isEqualTo(403);
    }

    @Test
    void carryOverStartsNextYearsRevisionOfEveryAcceptedAgreementOfTheLocationInOneStep() {
        School school = fixtures.school();
        User zc = school.zorgcoordinator();
        long first = driver().accepted(
                        zc, fixtures.student(school, 20), fixtures.today().minusMonths(11));
        long second = driver().accepted(
                        zc, fixtures.student(school, 20), fixtures.today().minusMonths(10));
        long draft =
                driver().create(zc, fixtures.student(school, 20)).path("id").asLong();
        long ended = driver().accepted(
                        zc, fixtures.student(school, 20), fixtures.today().minusMonths(10));
        driver().end(zc, ended, fixtures.today());
        School elsewhere = fixtures.school();
        long other = driver().accepted(
                        elsewhere.zorgcoordinator(),
                        fixtures.student(elsewhere, 20),
                        fixtures.today().minusMonths(10));

        Response carried = api.as(zc).post("/api/agreements/carry-over", Map.of("locationId", school.locationId()));
        assertThat(carried.status()).as(carried.body().toString()).isEqualTo(200);
        assertThat(carried.body().path("started").asInt()).isEqualTo(2);
        assertThat(carried.body().path("agreementIds").toString())
                .contains(String.valueOf(first), String.valueOf(second));
        JsonNode next = driver().read(zc, first);
        assertThat(next.path("revision").asInt()).isEqualTo(2);
        assertThat(next.path("status").asText()).isEqualTo("DRAFT");
        assertThat(next.path("inForceRevision").asInt()).isEqualTo(1);
        assertThat(next.path("needInOwnWords").asText()).isEqualTo(NEED);
        assertThat(next.path("measures")).hasSize(2);
        assertThat(driver().read(zc, draft).path("revision").asInt()).isEqualTo(1);
        assertThat(driver().read(elsewhere.zorgcoordinator(), other)
                        .path("revision")
                        .asInt())
                .isEqualTo(1);

        // a second carry-over passes over the drafts it started
        assertThat(api.as(zc)
                        .post("/api/agreements/carry-over", Map.of("locationId", school.locationId()))
                        .body()
                        .path("started")
                        .asInt())
                .isZero();
        assertThat(api.as(zc)
                        .post("/api/agreements/carry-over", Map.of("locationId", elsewhere.locationId()))
                        .status())
                .isEqualTo(404);
        assertThat(api.as(school.slb())
                        .post("/api/agreements/carry-over", Map.of("locationId", school.locationId()))
                        .status())
                .isEqualTo(403);
    }

    private List<String> measureDescriptions(User slb, long student) {
        Response card = api.as(slb).get("/api/students/" + student + "/measures");
        assertThat(card.status()).isEqualTo(200);
        return StreamSupport.stream(card.body().path("measures").spliterator(), false)
                .map(measure -> measure.path("description").asText())
                .toList();
    }
}
