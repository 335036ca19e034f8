package nl.hulproute.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Docs that are generated from the code live in the repository and are checked by tests: when the code changes
 * what a document says, the test rewrites the file and fails, so the change shows up in review and is committed.
 */
public final class GeneratedDocs {

    /**
     * What this run rewrote, by file and section. Surefire runs a failed test once more, and that second run finds the
     * rewritten file current: it must fail as well, or a stale committed document shows only as a flake.
     */
    private static final Set<String> REWRITTEN = ConcurrentHashMap.newKeySet();

    private GeneratedDocs() {}

    /** The repository's docs/ folder (surefire passes it; running from the IDE, it is found from the module). */
    public static Path docs() {
        String configured = System.getProperty("hulproute.docs.dir");
        Path docs = configured != null ? Path.of(configured) : Path.of("..", "docs");
        return docs.toAbsolutePath().normalize();
    }

    /** Fails, after writing the new content, when {@code relativePath} under docs/ is not exactly {@code content}. */
    public static void assertUpToDate(String relativePath, String content) {
        assertUpToDate(docs().resolve(relativePath), "docs/" + relativePath, "docs/" + relativePath, content);
    }

    /** The same for a generated file elsewhere in the repository, given relative to the repository root. */
    public static void assertFileUpToDate(String pathInRepository, String content) {
        assertUpToDate(docs().getParent().resolve(pathInRepository), pathInRepository, pathInRepository, content);
    }

    /**
     * The same for the part of a hand-written page between {@code <!-- generated:NAME:start -->} and
     * {@code <!-- generated:NAME:end -->}; the rest of the page stays as written.
     */
    public static void assertSectionUpToDate(String relativePath, String name, String content) {
        Path file = docs().resolve(relativePath);
        String start = "<!-- generated:" + name + ":start -->\n";
        String end = "<!-- generated:" + name + ":end -->";
        try {
            String page = Files.readString(file, StandardCharsets.UTF_8);
            int from = page.indexOf(start);
            int to = page.indexOf(end);
            assertThat(from)
                    .as("docs/%s marks where its generated %s section goes", relativePath, name)
                    .isNotNegative();
            assertThat(to)
                    .as("docs/%s ends its generated %s section", relativePath, name)
                    .isGreaterThan(from);
            String updated = page.substring(0, from + start.length()) + content + page.substring(to);
            assertUpToDate(file, "docs/" + relativePath, "docs/" + relativePath + "#" + name, updated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertUpToDate(Path file, String name, String part, String content) {
        try {
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (!content.equals(committed)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
                REWRITTEN.add(part);
            }
            assertThat(committed)
                    .as("%s was out of date and has been regenerated: review and commit it", name)
                    .isEqualTo(content);
            assertThat(REWRITTEN)
                    .as("%s was out of date when this run began and has been regenerated: review and commit it", name)
                    .doesNotContain(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
