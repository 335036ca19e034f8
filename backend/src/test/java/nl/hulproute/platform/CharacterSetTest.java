package nl.hulproute.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.hulproute.people.NewStudent;
import nl.hulproute.people.PeopleAdministration;
import nl.hulproute.people.Track;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.HulprouteTest;
import nl.hulproute.testsupport.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names in any script survive on any MariaDB: on a database whose default character set is latin1 the migrations
 * still leave the schema and every table in utf8mb4 with one collation.
 */
@HulprouteTest
@OwnDatabase(value = "latin1", characterSet = "latin1")
class CharacterSetTest {

    private static final String COLLATION = "utf8mb4_unicode_ci";

    /** Migrations up to here made their tables without a character set; V0020 converts them. */
    private static final int LAST_MIGRATION_WITHOUT_CHARSET = 19;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PeopleAdministration people;

    @Autowired
    Api api;

    @Test
    void aNameInAnyScriptRoundTripsOnALatin1Database() {
        assertThat(jdbc.queryForObject(
                        "SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA"
                                + " WHERE SCHEMA_NAME = DATABASE()",
                        String.class))
                .isEqualTo("utf8mb4");
        School school = fixtures.school();
        long id = people.enrol(new NewStudent(
                "S-" + System.nanoTime(),
                "Şükrü",
                "van 't",
                "Yılmaz-Ødegård",
                fixtures.today().minusYears(17),
                school.municipalityCode(),
                school.locationId(),
                school.teamId(),
                "Verzorgende IG",
                3,
                Track.BOL,
                school.slb().id()));

        var found = api.as(school.slb()).get("/api/students?q=Şükrü").body().path("content");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("id").asLong()).isEqualTo(id);
        assertThat(found.get(0).path("name").asText()).isEqualTo("Şükrü van 't Yılmaz-Ødegård");
    }

    @Test
    void theSchemaEveryTableAndEveryTextColumnHaveOneCollation() {
        assertThat(jdbc.queryForObject(
                        "SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                                + " WHERE SCHEMA_NAME = DATABASE()",
                        String.class))
                .isEqualTo(COLLATION);
        List<Map<String, Object>> tables = jdbc.queryForList("SELECT TABLE_NAME, TABLE_COLLATION"
                + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'flyway_schema_history'"
                + " AND TABLE_TYPE = 'BASE TABLE'");
        assertThat(tables)
                .hasSizeGreaterThan(20)
                .allSatisfy(table -> assertThat(table.get("TABLE_COLLATION"))
                        .as("%s", table.get("TABLE_NAME"))
                        .isEqualTo(COLLATION));
        List<String> otherColumns = jdbc.queryForList(
                "SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', COLLATION_NAME)"
                        + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND COLLATION_NAME IS NOT NULL"
                        + " AND TABLE_NAME <> 'flyway_schema_history' AND COLLATION_NAME <> ?",
                String.class,
                COLLATION);
        assertThat(otherColumns).isEmpty();
    }

    /** Converting afterwards is for what exists; a table made later says what it holds where it is made. */
    @Test
    void everyTableMadeByALaterMigrationDeclaresItsCharacterSetAndCollation() throws IOException {
        Pattern createTable = Pattern.compile(
                "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?([^;]*);",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        Pattern declared = Pattern.compile(
                "(?:CHARSET|CHARACTER\\s+SET)\\s*=?\\s*utf8mb4\\s+COLLATE\\s*=?\\s*" + COLLATION,
                Pattern.CASE_INSENSITIVE);
        Path migrations = Path.of(System.getProperty("hulproute.docs.dir", "../docs"))
                .resolveSibling("db")
                .resolve("migration");
        List<String> undeclared;
        try (Stream<Path> files = Files.list(migrations)) {
            undeclared = files.filter(file -> version(file) > LAST_MIGRATION_WITHOUT_CHARSET)
                    .flatMap(file -> {
                        // line comments may hold a semicolon: they are not part of the statement
                        Matcher table = createTable.matcher(read(file).replaceAll("--[^\n]*", ""));
                        Stream.Builder<String> missing = Stream.builder();
                        while (table.find()) {
                            if (!declared.matcher(table.group(2)).find()) {
                                missing.add(file.getFileName() + ": " + table.group(1));
                            }
                        }
                        return missing.build();
                    })
                    .toList();
        }
        assertThat(undeclared).isEmpty();
    }

    private static int version(Path file) {
        Matcher version =
                Pattern.compile("^V(\\d+)__").matcher(file.getFileName().toString());
        return version.find() ? Integer.parseInt(version.group(1)) : Integer.MAX_VALUE;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
