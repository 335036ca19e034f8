package nl.hulproute.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whom to reach: the functioneel beheerder keeps phone numbers; the zorgcoördinatoren of a location are named. */
@HulprouteTest
class ContactsApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Test
    void theAdministratorGivesAZorgcoordinatorAPhoneNumberAndTheSlbOfTheLocationSeesWhomToCall() {
        School school = fixtures.school();
        User admin = fixtures.user(Role.ADMIN, Set.of(), null);
        long zc = school.zorgcoordinator().id();
        long version = api.as(admin)
                .get("/api/admin/users/" + zc)
                .body()
                .path("version")
                .asLong();

        Response changed = api.as(admin)
                .put(
                        "/api/admin/users/" + zc,
                        Map.of(
                                "roles",
                                List.of("ZORGCOORDINATOR"),
                                "locationIds",
                                List.of(school.locationId()),
                                "enabled",
                                true,
                                "version",
                                version,
                                "phone",
                                " 030 - 123 45 67 "));
        assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
        assertThat(changed.body().path("phone").asText()).isEqualTo("030 - 123 45 67");

        Response contacts = api.as(school.slb()).get("/api/locations/" + school.locationId() + "/contacts");
        assertThat(contacts.status()).isEqualTo(200);
        JsonNode contact = contacts.body().get(0);
        assertThat(contact.path("id").asLong()).isEqualTo(zc);
        assertThat(contact.path("phone").asText()).isEqualTo("030 - 123 45 67");
        assertThat(contacts.body()).hasSize(1); // the SLB'er is no contact
    }

    @Test
    void aPhoneNumberIsDigitsAndAnSlbSeesOnlyTheContactsOfTheirOwnLocations() {
        School school = fixtures.school();
        School other = fixtures.school();
        User admin = fixtures.user(Role.ADMIN, Set.of(), null);
        long zc = school.zorgcoordinator().id();
        long version = api.as(admin)
                .get("/api/admin/users/" + zc)
                .body()
                .path("version")
                .asLong();

        Response refused = api.as(admin)
                .put(
                        "/api/admin/users/" + zc,
                        Map.of(
                                "roles",
                                List.of("ZORGCOORDINATOR"),
                                "locationIds",
                                List.of(school.locationId()),
                                "enabled",
                                true,
                                "version",
                                version,
                                "phone",
                                "bel me maar"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("phone");

        assertThat(api.as(school.slb())
                        .get("/api/locations/" + other.locationId() + "/contacts")
                        .status())
                .isEqualTo(404);
        // a zorgcoördinator helping a student of another location (break-glass) sees whom to reach there
        assertThat(api.as(school.zorgcoordinator())
                        .get("/api/locations/" + other.locationId() + "/contacts")
                        .status())
                .isEqualTo(200);
        assertThat(api.as(admin)
                        .get("/api/locations/" + school.locationId() + "/contacts")
                        .status())
                .isEqualTo(403);
    }
}
