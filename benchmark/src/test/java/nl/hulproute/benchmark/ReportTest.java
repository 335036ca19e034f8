package nl.hulproute.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void theReproducedGenerationFillsTheDatabaseTheRunRead() throws Exception {
        Report report = new Report("national");
        Map<String, String> options = new LinkedHashMap<>();
        options.put("scale", "national");
        options.put("db", "jdbc:mariadb://127.0.0.1:3306/hulproute_bench_national");
        options.put("user", "root");
        options.put("password", "secret");
        report.command(options);

        assertThat(report.render())
                .contains("exec.args=\"generate --scale national --seed 42 --drop "
                        + "--db jdbc:mariadb://127.0.0.1:3306/hulproute_bench_national --user root\"")
                .contains("exec.args=\"run --scale national "
                        + "--db jdbc:mariadb://127.0.0.1:3306/hulproute_bench_national --user root\"")
                .doesNotContain("secret");
    }

    @Test
    void withoutADatabaseBothCommandsUseTheDefault() throws Exception {
        Report report = new Report("roc");
        report.command(Map.of("scale", "roc"));

        assertThat(report.render())
                .contains("exec.args=\"generate --scale roc --seed 42 --drop\"")
                .contains("exec.args=\"run --scale roc\"");
    }

    @Test
    void theTransitionsAreSetAgainstTheLeastATransitionCanDo() throws Exception {
        Report report = new Report("roc");
        report.command(Map.of("scale", "roc"));
        report.throughput("POST floor (one insert)", result(16, 2000));
        report.throughput("Transitions (POST /api/cases/{id}/events/…)", result(16, 500));
        report.throughput(Runner.TRANSITION_FLOOR, result(16, 800));

        assertThat(report.render())
                .contains("| Transitions / POST floor | — | 25% |")
                .contains("| Transition floor / POST floor | — | 40% |")
                .contains("| Transitions / transition floor | — | 63% |");
    }

    /** A measured load of this many clients that ran ten seconds at this rate. */
    private static Load.Result result(int clients, long perSecond) {
        return new Load.Result("measured", clients, perSecond * 10, 0, 10, new double[] {1.0}, null, 3, 0);
    }
}
