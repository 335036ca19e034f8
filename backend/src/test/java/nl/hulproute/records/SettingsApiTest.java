package nl.hulproute.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import nl.hulproute.lifecycle.LifecycleProperties;
import nl.hulproute.privacy.PrivacyProperties;
import nl.hulproute.shared.Role;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The functioneel beheerder reads the settings that govern privacy and the lifecycle, as configured. */
@HulprouteTest
class SettingsApiTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RetentionProperties retention;

    @Autowired
    PrivacyProperties privacy;

    @Autowired
    LifecycleProperties lifecycle;

    @Autowired
    Clock clock;

    @Test
    void anAdminReadsTheSettingsAsTheServerConfigurationSetsThem() {
        School school = fixtures.school();

        Response settings = api.as(fixtures.user(Role.ADMIN, Set.of(), null)).get("/api/admin/settings");

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body().path("caseContentAfter").asText())
                .isEqualTo(retention.caseContentAfter().toString());
        assertThat(settings.body().path("accessLogKeptFor").asText())
                .isEqualTo(retention.accessLogKeptFor().toString());
        assertThat(settings.body().path("retentionCron").asText()).isEqualTo(retention.cron());
        assertThat(settings.body().path("breakGlassDuration").asText())
                .isEqualTo(privacy.breakGlassDuration().toString());
        assertThat(settings.body().path("triageDays").asInt()).isEqualTo(lifecycle.triageDays());
        assertThat(settings.body().path("urgentTriageDays").asInt()).isEqualTo(lifecycle.urgentTriageDays());
        assertThat(settings.body().path("acuteTriageDays").asInt()).isEqualTo(lifecycle.acuteTriageDays());
        assertThat(settings.body().path("handoverResponseWorkingDays").asInt())
                .isEqualTo(lifecycle.handoverResponseWorkingDays());
        assertThat(settings.body().path("timeZone").asText())
                .isEqualTo(clock.getZone().getId());

        for (Fixtures.User other : Set.of(
                school.slb(),
                school.zorgcoordinator(),
                fixtures.user(Role.AUDITOR, Set.of(school.locationId()), null))) {
            Response refused = api.as(other).get("/api/admin/settings");
            assertThat(refused.status()).as(other.username()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("admin.forbidden");
        }
    }
}
