package nl.hulproute.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.privacy.AccessLog;
import org.junit.jupiter.api.Test;

/** The inzage document names values in the web app's words, read from the one file both use. */
class DutchLabelsTest {

    @Test
    void everyValueTheDocumentShowsHasAWordInTheFile() {
        DutchLabels.GROUP_OF.forEach((type, group) -> assertThat(type.getEnumConstants())
                .as("every %s has a word in nl.json's group \"%s\"", type.getSimpleName(), group)
                .allSatisfy(value -> assertThat(DutchLabels.of(value)).isNotEqualTo(value.name())));
    }

    @Test
    void usesTheWebAppsWords() {
        assertThat(DutchLabels.state(CaseState.EXTERNAL_CARE)).isEqualTo("In zorg extern");
        assertThat(DutchLabels.roles("SLB, ZORGCOORDINATOR,")).isEqualTo("SLB’er, Zorgcoördinator");
        assertThat(DutchLabels.recordKind("student-record")).isEqualTo("Volledig dossier (inzage)");
    }

    @Test
    void namesThePurposesOfTheAccessLog() {
        assertThat(Arrays.asList(AccessLog.PURPOSE_CARE, AccessLog.PURPOSE_CORRECTION, "INZAGE pdf"))
                .allSatisfy(purpose -> assertThat(DutchLabels.purpose(purpose)).doesNotContain(purpose));
        assertThat(DutchLabels.purpose("BREAK_GLASS: belt de receptie")).isEqualTo("BREAK_GLASS: belt de receptie");
        assertThat(DutchLabels.roles("NEW_ROLE"))
                .as("a name it does not know, as it comes")
                .isEqualTo("NEW_ROLE");
    }
}
