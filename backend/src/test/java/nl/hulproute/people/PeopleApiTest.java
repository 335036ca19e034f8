package nl.hulproute.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.hulproute.shared.Permission;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HulprouteTest
class PeopleApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Test
    void meTellsWhoIAmWhatRolesIHoldWhereIWorkAndForWhichProvider() {
        School school = fixtures.school();
        Response zc = api.as(school.zorgcoordinator()).get("/api/me");
        assertThat(zc.status()).isEqualTo(200);
        assertThat(zc.body().path("id").asLong())
                .isEqualTo(school.zorgcoordinator().id());
        assertThat(zc.body().path("username").asText())
                .isEqualTo(school.zorgcoordinator().username());
        assertThat(zc.body().path("roles").get(0).asText()).isEqualTo("ZORGCOORDINATOR");
        assertThat(zc.body().path("locations").get(0).path("id").asLong()).isEqualTo(school.locationId());
        assertThat(zc.body().path("providerId").isNull()).isTrue();

        long provider = fixtures.provider(school, ProviderKind.WIJKTEAM, 0, 99);
        Response professional = api.as(fixtures.professionalOf(provider)).get("/api/me");
        assertThat(professional.body().path("providerId").asLong()).isEqualTo(provider);
    }

    @Test
    void meListsWhatTheRolesAllowAsTheApiDecidesIt() {
        School school = fixtures.school();
        for (var user : Map.of(school.slb(), Role.SLB, school.zorgcoordinator(), Role.ZORGCOORDINATOR)
                .entrySet()) {
            Set<String> listed = new TreeSet<>();
            api.as(user.getKey()).get("/api/me").body().path("permissions").forEach(node -> listed.add(node.asText()));
            Set<String> granted = new TreeSet<>();
            for (Permission permission : Permission.values()) {
                if (permission.roles().contains(user.getValue())) {
                    granted.add(permission.name());
                }
            }
            assertThat(listed).as(user.getValue().name()).isEqualTo(granted);
        }
        // the API lets a zorgcoördinator raise a signal too; the web app opens the page by this list
        assertThat(api.as(school.zorgcoordinator())
                        .get("/api/me")
                        .body()
                        .path("permissions")
                        .toString())
                .contains("RAISE_SIGNALS", "WORK_WITH_CASES")
                .doesNotContain("ADMINISTER", "READ_ACCESS_LOG");
        assertThat(api.as(school.slb())
                        .get("/api/me")
                        .body()
                        .path("permissions")
                        .toString())
                .contains("RAISE_SIGNALS")
                .doesNotContain("WORK_WITH_CASES");
    }

    @Test
    void anSlbSeesOnlyTheirOwnStudentsAndAZorgcoordinatorTheirLocations() {
        School school = fixtures.school();
        User otherSlb = fixtures.user(Role.SLB, Set.of(school.locationId()), null);
        long mine = fixtures.student(school, 17);
        long theirs = fixtures.student(school, otherSlb, 18);
        School elsewhere = fixtures.school();
        long foreign = fixtures.student(elsewhere, 17);

        assertThat(ids(api.as(school.slb()).get("/api/students"))).containsExactly(mine);
        assertThat(ids(api.as(otherSlb).get("/api/students"))).containsExactly(theirs);
        assertThat(ids(api.as(school.zorgcoordinator()).get("/api/students?size=100")))
                .containsExactlyInAnyOrder(mine, theirs)
                .doesNotContain(foreign);
        Response slbList = api.as(school.slb()).get("/api/students");
        assertThat(slbList.body().toString()).doesNotContain("dateOfBirth", "municipality");
    }

    @Test
    void someoneWhoIsBothSlbAndZorgcoordinatorSeesTheStudentsTheyCoachAndThoseOfTheirLocations() {
        School coaching = fixtures.school();
        School coordinating = fixtures.school();
        User both = fixtures.user(Set.of(Role.SLB, Role.ZORGCOORDINATOR), Set.of(coordinating.locationId()), null);
        long coached = fixtures.student(coaching, both, 17);
        long atTheLocation = fixtures.student(coordinating, 18);
        long neither = fixtures.student(coaching, 17);

        assertThat(ids(api.as(both).get("/api/students?size=100")))
                .containsExactlyInAnyOrder(coached, atTheLocation)
                .doesNotContain(neither);
    }

    @Test
    void studentsAreFoundByTheStartOfTheirNameOrNumber() {
        School school = fixtures.school();
        long student = fixtures.student(school, 17);
        var found =
                api.as(school.slb()).get("/api/students").body().path("content").get(0);
        String number = found.path("studentNumber").asText();
        String firstName = found.path("name").asText().split(" ")[0];

        assertThat(ids(api.as(school.slb()).get("/api/students?q=" + number))).containsExactly(student);
        assertThat(ids(api.as(school.slb()).get("/api/students?q=" + firstName.substring(0, 3))))
                .containsExactly(student);
        assertThat(ids(api.as(school.slb()).get("/api/students?q=Xyzzy"))).isEmpty();
        // what is typed is text, not a pattern: % and _ match only themselves
        assertThat(ids(api.as(school.slb()).get("/api/students?q=%25"))).isEmpty();
        assertThat(ids(api.as(school.slb()).get("/api/students?q=_"))).isEmpty();
        assertThat(ids(api.as(school.slb()).get("/api/students?q=" + firstName.charAt(0) + "_")))
                .isEmpty();
    }

    @Test
    void rolesWithoutStudentWorkCannotListStudents() {
        School school = fixtures.school();
        fixtures.student(school, 17);
        long provider = fixtures.provider(school, ProviderKind.WIJKTEAM, 0, 99);
        for (User user : Set.of(
                fixtures.user(Role.AUDITOR, Set.of(school.locationId()), null),
                fixtures.user(Role.ADMIN, Set.of(school.locationId()), null),
                fixtures.professionalOf(provider))) {
            Response list = api.as(user).get("/api/students");
            assertThat(list.status()).isEqualTo(403);
            assertThat(list.code()).isEqualTo("people.students-forbidden");
        }
    }

    @Test
    void aZorgcoordinatorFindsColleaguesAtTheirLocationToOwnACaseOrKeepContact() {
        School school = fixtures.school();
        User secondZc = fixtures.user(Role.ZORGCOORDINATOR, Set.of(school.locationId()), null);
        School elsewhere = fixtures.school();

        Response owners = api.as(school.zorgcoordinator())
                .get("/api/staff?location=" + school.locationId() + "&role=ZORGCOORDINATOR");
        assertThat(owners.body().findValues("id").stream()
                        .map(node -> node.asLong())
                        .toList())
                .containsExactlyInAnyOrder(school.zorgcoordinator().id(), secondZc.id());

        Response contacts = api.as(school.zorgcoordinator())
                .get("/api/staff?location=" + school.locationId() + "&role=ZORGCOORDINATOR&role=SLB");
        assertThat(contacts.body()).hasSize(3);
        // two colleagues with the same name are told apart by role and by the teams whose students they coach
        fixtures.student(school, 17);
        Response withTeams =
                api.as(school.zorgcoordinator()).get("/api/staff?location=" + school.locationId() + "&role=SLB");
        assertThat(withTeams.body().get(0).path("roles").toString()).contains("SLB");
        assertThat(withTeams.body().get(0).path("teams").toString()).contains("Team ");
        assertThat(owners.body().get(0).path("teams")).isEmpty();

        assertThat(api.as(school.zorgcoordinator())
                        .get("/api/staff?location=" + elsewhere.locationId() + "&role=SLB")
                        .status())
                .isEqualTo(404);
        assertThat(api.as(school.slb())
                        .get("/api/staff?location=" + school.locationId() + "&role=SLB")
                        .status())
                .isEqualTo(403);
        assertThat(api.as(school.zorgcoordinator())
                        .get("/api/staff?location=" + school.locationId())
                        .status())
                .isEqualTo(400);
    }

    private static java.util.List<Long> ids(Response page) {
        assertThat(page.status()).isEqualTo(200);
        return page.body().path("content").findValues("id").stream()
                .map(node -> node.asLong())
                .toList();
    }
}
