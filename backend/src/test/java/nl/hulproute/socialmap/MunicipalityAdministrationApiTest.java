package nl.hulproute.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * The list of gemeenten as the functioneel beheerder keeps it: CBS's file imported, a gemeente added, renamed and
 * deactivated; and what the pickers and the sociale kaart then accept. The file here is synthetic: codes in a range
 * of the test's own, in the shape CBS publishes.
 */
@HulprouteTest
class MunicipalityAdministrationApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    private User admin() {
        return fixtures.user(Role.ADMIN, Set.of(), null);
    }

    @Test
    void cbsFileIsImportedAddingNewRenamingChangedAndListingWhatIsMissing() {
        User admin = admin();
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        String file = "\uFEFFGemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam\n"
                + "8101;GM8101;Testwaard " + suffix + ";26;PV26;Utrecht\n"
                + "8102;GM8102;\"Ooster; Zuid " + suffix + "\";26;PV26;Utrecht\n";
        Response imported = api.as(admin).postAs("/api/admin/municipalities/import", "text/csv", file);
        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        int addedFirst = imported.body().path("added").asInt();
        assertThat(addedFirst
                        + imported.body().path("renamed").asInt()
                        + imported.body().path("unchanged").asInt())
                .isEqualTo(2);
        assertThat(picker(admin))
                .containsEntry("GM8101", "Testwaard " + suffix)
                .containsEntry("GM8102", "Ooster; Zuid " + suffix);

        // next year: one renamed, one merged away (not in the file), one new; the comma-separated shape with numbers
        String nextYear =
                "Gemeentecode,Gemeentenaam\n8101,Testwaard-Nieuw " + suffix + "\n8103,Nieuwdorp " + suffix + "\n";
        JsonNode again = api.as(admin)
                .postAs("/api/admin/municipalities/import", "text/csv", nextYear)
                .body();
        assertThat(again.path("renamed").asInt()).isEqualTo(1);
        assertThat(again.path("added").asInt()).isEqualTo(1);
        assertThat(texts(again.path("notInFile"))).contains("GM8102").doesNotContain("GM8101", "GM8103");
        assertThat(texts(again.path("notInFile"))).allMatch(code -> code.compareTo("GM9000") < 0);
        assertThat(picker(admin))
                .containsEntry("GM8101", "Testwaard-Nieuw " + suffix)
                .containsKey("GM8102");

        Response unreadable =
                api.as(admin).postAs("/api/admin/municipalities/import", "text/csv", "Code;Naam\nGM8101;X\n");
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.code()).isEqualTo("admin.municipality.import-unreadable");
        Response badLine = api.as(admin)
                .postAs(
                        "/api/admin/municipalities/import",
                        "text/csv",
                        "GemeentecodeGM;Gemeentenaam\nGM8101;Testwaard\nUtrecht;\n");
        assertThat(badLine.status()).isEqualTo(422);
        assertThat(badLine.code()).isEqualTo("admin.municipality.import-line-invalid");
        assertThat(badLine.body().path("line").asInt()).isEqualTo(3);
        Response fictional = api.as(admin)
                .postAs(
                        "/api/admin/municipalities/import",
                        "text/csv",
                        "GemeentecodeGM;Gemeentenaam\nGM9999;Nergensland\n");
        assertThat(fictional.code()).isEqualTo("admin.municipality.code-invalid");
    }

    @Test
    void aGemeenteIsAddedRenamedAndDeactivatedThenNoLongerChosen() {
        User admin = admin();
        School school = fixtures.school();
        String code = "GM7" + String.format("%03d", System.nanoTime() % 1000);
        api.as(admin).post("/api/admin/municipalities", Map.of("code", code, "name", "Eerst " + code));
        JsonNode entry = adminEntry(admin, code);
        assertThat(entry.path("name").asText()).isEqualTo("Eerst " + code);

        Response taken = api.as(admin).post("/api/admin/municipalities", Map.of("code", code, "name", "Ander " + code));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("admin.municipality.code-taken");
        Response typed = api.as(admin).post("/api/admin/municipalities", Map.of("code", "Utrecht", "name", "Utrecht"));
        assertThat(typed.status()).isEqualTo(400);

        Response renamed = api.as(admin)
                .put(
                        "/api/admin/municipalities/" + code,
                        Map.of(
                                "name",
                                "Later " + code,
                                "active",
                                true,
                                "version",
                                entry.path("version").asLong()));
        assertThat(renamed.status()).as("%s", renamed.body()).isEqualTo(200);
        Response stale = api.as(admin)
                .put(
                        "/api/admin/municipalities/" + code,
                        Map.of(
                                "name",
                                "Nog later " + code,
                                "active",
                                true,
                                "version",
                                entry.path("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("admin.municipality.version-stale");
        Response nameTaken = api.as(admin)
                .put(
                        "/api/admin/municipalities/" + code,
                        Map.of(
                                "name",
                                school.municipality(),
                                "active",
                                true,
                                "version",
                                renamed.body().path("version").asLong()));
        assertThat(nameTaken.code()).isEqualTo("admin.municipality.name-taken");

        Response deactivated = api.as(admin)
                .put(
                        "/api/admin/municipalities/" + code,
                        Map.of(
                                "name",
                                "Later " + code,
                                "active",
                                false,
                                "version",
                                renamed.body().path("version").asLong()));
        assertThat(deactivated.body().path("active").asBoolean()).isFalse();
        assertThat(picker(admin)).doesNotContainKey(code);
        Response refused = api.as(admin)
                .post(
                        "/api/admin/providers",
                        Map.of(
                                "name",
                                "Wijkteam",
                                "kind",
                                "WIJKTEAM",
                                "minAge",
                                0,
                                "maxAge",
                                99,
                                "municipalities",
                                List.of(code)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("admin.provider.municipality-unknown");

        for (User other : List.of(school.zorgcoordinator(), school.slb())) {
            assertThat(api.as(other).get("/api/admin/municipalities").code()).isEqualTo("admin.forbidden");
            assertThat(api.as(other)
                            .postAs(
                                    "/api/admin/municipalities/import",
                                    "text/csv",
                                    "GemeentecodeGM;Gemeentenaam\nGM8999;X\n")
                            .status())
                    .isEqualTo(403);
        }
    }

    private Map<String, String> picker(User user) {
        JsonNode list = api.as(user).get("/api/municipalities").body();
        Map<String, String> byCode = new java.util.HashMap<>();
        list.forEach(municipality -> byCode.put(
                municipality.path("code").asText(), municipality.path("name").asText()));
        return byCode;
    }

    private JsonNode adminEntry(User admin, String code) {
        return StreamSupport.stream(
                        api.as(admin).get("/api/admin/municipalities").body().spliterator(), false)
                .filter(municipality -> municipality.path("code").asText().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
