package nl.hulproute.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Looks for a text in every text column of every table of the test database: where is it still stored? */
@TestComponent
public class StoredTexts {

    private final JdbcTemplate jdbc;

    StoredTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every text column in which this text occurs, as "table.column"; empty when it is stored nowhere. */
    public List<String> whereIs(String text) {
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("""
                SELECT table_name AS t, column_name AS c FROM information_schema.columns
                WHERE table_schema = DATABASE()
                  AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json')
                """)) {
            String table = (String) column.get("t");
            String name = (String) column.get("c");
            Long found = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM `" + table + "` WHERE `" + name + "` LIKE CONCAT('%', ?, '%')",
                    Long.class,
                    text);
            if (found != null && found > 0) {
                hits.add(table + "." + name);
            }
        }
        return hits;
    }
}
