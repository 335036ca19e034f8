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
}
