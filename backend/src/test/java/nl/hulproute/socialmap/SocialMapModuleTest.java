package nl.hulproute.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.testsupport.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The sociale kaart on its own (it needs only the shared kernel): providers serve gemeenten from the reference list,
 * and only active providers can be referred to. The HTTP side is in the administration API tests.
 */
@ApplicationModuleTest
@OwnDatabase("socialmap_module")
class SocialMapModuleTest {

    @Autowired
    Providers providers;

    @Autowired
    Municipalities municipalities;

    @Test
    void aProviderServesGemeentenFromTheListOnly() {
        Municipality home = municipalities.addFictional("Kaartdorp");

        assertThatThrownBy(() -> providers.add(
                        new NewProvider("GGZ Nergens", ProviderKind.GGZ, 16, 99, Set.of(home.code(), "GM9998"))))
                .isInstanceOfSatisfying(
                        DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("admin.provider.municipality-unknown"));

        long id = providers.add(
                new NewProvider(" Jeugdhulp Kaartdorp ", ProviderKind.JEUGDHULP, 12, 17, Set.of(home.code())));
        ProviderSummary added = providers.provider(id).orElseThrow();
        assertThat(added.name()).isEqualTo("Jeugdhulp Kaartdorp");
        assertThat(added.municipalities()).containsExactly(home);
        assertThat(municipalities.addFictional("Kaartdorp"))
                .as("the same name is the same gemeente")
                .isEqualTo(home);
    }

    @Test
    void aDeactivatedProviderLeavesTheCatalogueButKeepsItsRecord() {
        Municipality home = municipalities.addFictional("Kaartstad");
        long id = providers.add(
                new NewProvider("Wijkteam Kaartstad", ProviderKind.WIJKTEAM, 18, 99, Set.of(home.code())));
        assertThat(providers.catalogue()).extracting(ProviderSummary::id).contains(id);

        AdminProvider before = providers.administered(id);
        providers.change(
                id,
                new ProviderChange(
                        "Wijkteam Kaartstad",
                        ProviderKind.WIJKTEAM,
                        18,
                        99,
                        Set.of(home.code()),
                        ProviderContact.NONE,
                        null,
                        List.of(),
                        false,
                        before.version()));

        assertThat(providers.catalogue()).extracting(ProviderSummary::id).doesNotContain(id);
        assertThat(providers.provider(id))
                .hasValueSatisfying(provider -> assertThat(provider.enabled()).isFalse());
        assertThatThrownBy(() -> providers.change(
                        id,
                        new ProviderChange(
                                "Wijkteam Kaartstad",
                                ProviderKind.WIJKTEAM,
                                18,
                                99,
                                Set.of(home.code()),
                                ProviderContact.NONE,
                                null,
                                List.of(),
                                true,
                                before.version())))
                .as("a change against a version someone else already changed")
                .isInstanceOf(DomainProblem.Conflict.class);
    }
}
