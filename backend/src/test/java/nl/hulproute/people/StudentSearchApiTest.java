package nl.hulproute.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@HulprouteTest
class StudentSearchApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    Students students;

    @Test
    void aStudentIsFoundByAnyWordsOfTheirNameAndNumberInAnyOrderWithoutCaseOrAccents() {
        School school = fixtures.school();
        long sem = fixtures.student(school, "Sem", null, "Jacobs");
        long semBerg = fixtures.student(school, "Sem", "van den", "Berg");
        long jose = fixtures.student(school, "José", "de", "Vries-Yıldız");
        long anna = fixtures.student(school, "Anna", "van der", "Jacobs");
        User zc = school.zorgcoordinator();

        assertThat(search(zc, "Sem Jacobs")).containsExactly(sem);
        assertThat(search(zc, "Sem J")).containsExactly(sem);
        assertThat(search(zc, "jacobs sem")).containsExactly(sem);
        assertThat(search(zc, "van den")).containsExactly(semBerg);
        assertThat(search(zc, "Sem van den Berg")).containsExactly(semBerg);
        assertThat(search(zc, "van")).containsExactlyInAnyOrder(semBerg, anna);
        assertThat(search(zc, "jose")).containsExactly(jose);
        assertThat(search(zc, "JOSÉ vries")).containsExactly(jose);
        assertThat(search(zc, "yildiz")).containsExactly(jose);
        assertThat(search(zc, "sem xyzzy")).isEmpty();

        String number = api.as(zc)
                .get("/api/students?q=" + encode("Anna Jacobs"))
                .body()
                .path("content")
                .get(0)
                .path("studentNumber")
                .asText();
        assertThat(search(zc, "anna " + number)).containsExactly(anna);
        assertThat(search(zc, number.substring(0, number.length() - 1) + " anna"))
                .contains(anna);
    }

    @Test
    void theSearchKeepsToTheStudentsSomeoneMaySeeAndPagesWithAnHonestTotal() {
        School school = fixtures.school();
        School other = fixtures.school();
        String family = uniqueWord();
        long mine = fixtures.student(school, "Sem", null, family);
        long mine2 = fixtures.student(school, "Noor", null, family);
        fixtures.student(other, "Sem", null, family);

        Response page = api.as(school.zorgcoordinator()).get("/api/students?size=1&q=" + family);
        assertThat(page.body().path("totalElements").asLong()).isEqualTo(2);
        assertThat(ids(page)).hasSize(1);
        // the second page counts the same, and so does a page past the last, which has no row to count with
        Response second = api.as(school.zorgcoordinator()).get("/api/students?size=1&page=1&q=" + family);
        assertThat(second.body().path("totalElements").asLong()).isEqualTo(2);
        assertThat(ids(second)).containsExactly(mine);
        Response past = api.as(school.zorgcoordinator()).get("/api/students?size=1&page=5&q=" + family);
        assertThat(past.body().path("totalElements").asLong()).isEqualTo(2);
        assertThat(ids(past)).isEmpty();
        assertThat(search(school.zorgcoordinator(), family)).containsExactly(mine2, mine);
        assertThat(search(school.slb(), "sem " + family)).containsExactly(mine);

        // each student a page shows is logged as listed by whoever saw it, and no one else
        assertThat(listedBy(school.slb(), List.of(mine, mine2))).containsExactly(mine);
        assertThat(listedBy(school.zorgcoordinator(), List.of(mine, mine2))).containsExactlyInAnyOrder(mine, mine2);
    }

    /** Of these students, those whose access-log lines say this user listed them. */
    private List<Long> listedBy(User user, List<Long> students) {
        return jdbc.queryForList(
                "SELECT DISTINCT student_id FROM privacy_access_log WHERE user_id = :user AND action = 'LIST' "
                        + "AND record_kind = 'student' AND student_id IN (:students)",
                new MapSqlParameterSource("user", user.id()).addValue("students", students),
                Long.class);
    }

    @Test
    void breakGlassFindsAStudentOfAnotherLocationByNameNotOnlyByExactNumber() {
        School home = fixtures.school();
        School elsewhere = fixtures.school();
        String family = uniqueWord();
        long student = fixtures.student(elsewhere, "Sem", "van den", family);

        Response found = api.as(home.zorgcoordinator()).get("/api/students/directory?q=" + encode("sem VAN " + family));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).hasSize(1);
        assertThat(found.body().get(0).path("id").asLong()).isEqualTo(student);
        assertThat(found.body().get(0).path("name").asText()).isEqualTo("Sem van den " + family);
        assertThat(found.body().get(0).path("atMyLocation").asBoolean()).isFalse();
        assertThat(api.as(home.zorgcoordinator())
                        .get("/api/students/directory?q=" + encode("noor " + family))
                        .body())
                .isEmpty();
    }

    @Test
    void theCaseloadSearchFindsCasesByAnyWordsOfTheStudentsName() {
        School school = fixtures.school();
        String family = uniqueWord();
        long student = fixtures.student(school, "Sem", "van den", family);
        long other = fixtures.student(school, "Noor", null, family);
        signal(school, student);
        signal(school, other);

        Response found =
                api.as(school.zorgcoordinator()).get("/api/cases?q=" + encode("van den " + family.substring(0, 4)));
        assertThat(found.body().path("content")).hasSize(1);
        assertThat(found.body()
                        .path("content")
                        .get(0)
                        .path("student")
                        .path("id")
                        .asLong())
                .isEqualTo(student);
    }

    /**
     * A name that matches more students than InList writes out as equalities (64) goes into the caseload's query as
     * one JSON array of ids (InListFunction): every case is still found, paged and counted.
     */
    @Test
    void aNameSearchMatchingManyStudentsFindsPagesAndCountsAllTheirCases() {
        School school = fixtures.school();
        String family = uniqueWord();
        int many = 70;
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < many; i++) {
            long student = fixtures.student(school, "Sem", null, family);
            Response signal = signal(school, student);
            assertThat(signal.status()).isEqualTo(201);
            cases.add(signal.body().path("caseId").asLong());
        }

        Response first = api.as(school.zorgcoordinator()).get("/api/cases?size=50&q=" + encode("sem " + family));
        Response second =
                api.as(school.zorgcoordinator()).get("/api/cases?size=50&page=1&q=" + encode("sem " + family));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("totalElements").asLong()).isEqualTo(many);
        assertThat(second.body().path("totalElements").asLong()).isEqualTo(many);
        assertThat(Stream.concat(ids(first).stream(), ids(second).stream()).toList())
                .hasSize(many)
                .containsExactlyInAnyOrderElementsOf(cases);
    }

    /** The search is answered from the key index, one range per word, not by reading every student. */
    @Test
    void everyTypedWordIsARangeOnTheKeyIndexNotAScanOfTheStudents() {
        School school = fixtures.school();
        for (int i = 0; i < 40; i++) {
            fixtures.student(school, "Sem" + (char) ('a' + i % 26), null, "Jacobs" + (char) ('a' + i / 26));
        }
        StudentSearch.Query query =
                new StudentSearch.Query(school.slb().id(), Set.of(school.locationId()), List.of("sem", "j"));

        assertKeysReadByRangeOn("ix_people_student_search_key_key", query);
    }

    /** A zorgcoördinator's words are looked up among their locations' keys, not the whole school's. */
    @Test
    void aSearchAmongSomeLocationsReadsOnlyTheirKeys() {
        School school = fixtures.school();
        School elsewhere = fixtures.school();
        for (int i = 0; i < 40; i++) {
            fixtures.student(school, "Sem" + (char) ('a' + i % 26), null, "Jacobs" + (char) ('a' + i / 26));
            fixtures.student(elsewhere, "Sem" + (char) ('a' + i % 26), null, "Jacobs" + (char) ('a' + i / 26));
        }
        StudentSearch.Query query = new StudentSearch.Query(null, Set.of(school.locationId()), List.of("sem", "j"));

        List<Map<String, Object>> keys = assertKeysReadByRangeOn("ix_people_student_search_key_location", query);
        assertThat(keys).allSatisfy(row -> assertThat(row.get("key")).isNotEqualTo("ix_people_student_search_key_key"));
        // and it finds this location's students only, all 40 of them
        assertThat(search(school.zorgcoordinator(), "sem j"))
                .hasSize(40)
                .doesNotContainAnyElementsOf(search(elsewhere.zorgcoordinator(), "sem j"));
    }

    /**
     * The caseload's name search asks only which students match, so the keys answer it alone: no student row is read
     * and nothing is sorted, with or without a break-glass grant beside the locations. It finds the location's
     * students and the granted one, and no one elsewhere.
     */
    @Test
    void theCaseloadsNameSearchFindsItsStudentsOnTheKeysAloneWithoutReadingOrSortingStudents() {
        School school = fixtures.school();
        School elsewhere = fixtures.school();
        List<Long> here = new ArrayList<>();
        List<Long> there = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            here.add(fixtures.student(school, "Sem" + (char) ('a' + i % 26), null, "Jacobs" + (char) ('a' + i / 26)));
            there.add(
                    fixtures.student(elsewhere, "Sem" + (char) ('a' + i % 26), null, "Jacobs" + (char) ('a' + i / 26)));
        }
        jdbc.getJdbcTemplate().execute("ANALYZE TABLE people_student, people_student_search_key");

        for (boolean granted : List.of(false, true)) {
            List<Map<String, Object>> plan = jdbc.queryForList(
                    "EXPLAIN " + StudentSearch.amongSql(2, true, granted),
                    new MapSqlParameterSource()
                            .addValue("w0", "sem%")
                            .addValue("w1", "j%")
                            .addValue("locationIds", Set.of(school.locationId()))
                            .addValue("studentIds", List.of(there.get(0)))
                            .addValue("limit", 1000));
            assertThat(plan)
                    .as("%s", plan)
                    .noneSatisfy(row -> assertThat(row.get("table")).isEqualTo("s"));
            assertThat(plan)
                    .as("%s", plan)
                    .allSatisfy(
                            row -> assertThat(String.valueOf(row.get("Extra"))).doesNotContain("filesort"));
            assertThat(plan.stream()
                            .filter(row -> List.of("k0", "k1").contains(String.valueOf(row.get("table"))))
                            .toList())
                    .as("%s", plan)
                    .hasSize(2)
                    .allSatisfy(row -> assertThat(row.get("key")).isNotNull());
        }
        assertThat(students.idsMatching("sem j", Set.of(school.locationId()), Set.of(), 1000))
                .containsExactlyInAnyOrderElementsOf(here);
        assertThat(students.idsMatching("j SEM", Set.of(school.locationId()), Set.of(there.get(0)), 1000))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(here.stream(), Stream.of(there.get(0))).toList());
        assertThat(students.idsMatching("sem j", Set.of(), Set.of(there.get(1)), 1000))
                .containsExactly(there.get(1));
    }

    /**
     * The query's plan reaches the keys of both words through an index (a range per word, or a key lookup per student
     * found), never reading them in full, and one of them by a range on {@code index}; how the few students of a test
     * database are read is up to the optimiser (the plan at 30,000 students is in docs/student-search.md). Returns
     * the plan's rows of the keys.
     */
    private List<Map<String, Object>> assertKeysReadByRangeOn(String index, StudentSearch.Query query) {
        jdbc.getJdbcTemplate().execute("ANALYZE TABLE people_student, people_student_search_key");
        List<Map<String, Object>> plan = jdbc.queryForList(
                "EXPLAIN " + StudentSearch.visibleSql(query),
                query.parameters().addValue("limit", 20).addValue("offset", 0));
        List<Map<String, Object>> keys = plan.stream()
                .filter(row -> List.of("k0", "k1").contains(String.valueOf(row.get("table"))))
                .toList();
        assertThat(keys).as("%s", plan).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("key")).isNotNull();
            assertThat(row.get("type")).isIn("range", "ref", "eq_ref");
        });
        assertThat(keys).as("%s", plan).anySatisfy(row -> {
            assertThat(row.get("key")).isEqualTo(index);
            assertThat(row.get("type")).isEqualTo("range");
        });
        return keys;
    }

    /** The student's SLB'er raises a signal about them, which opens their case. */
    private Response signal(School school, long student) {
        return api.as(school.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                student,
                                "lifeDomains",
                                List.of("HOME_FAMILY"),
                                "urgency",
                                "NORMAL",
                                "observation",
                                "Komt vaak te laat.",
                                "discussedWithStudent",
                                true));
    }

    private List<Long> search(User user, String term) {
        Response response = api.as(user).get("/api/students?size=100&q=" + encode(term));
        assertThat(response.status()).isEqualTo(200);
        return ids(response);
    }

    private static List<Long> ids(Response response) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode student : response.body().path("content")) {
            ids.add(student.path("id").asLong());
        }
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A family name of letters only, found in no other test. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("Q");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }
}
