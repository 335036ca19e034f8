package nl.hulproute.records;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.hulproute.people.People;
import nl.hulproute.people.PersonRef;
import nl.hulproute.people.StudentRef;
import nl.hulproute.people.Students;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.privacy.AccessLogSearch;
import nl.hulproute.privacy.AccessLogView;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.BoundedPage;
import nl.hulproute.shared.PageView;
import nl.hulproute.shared.Permission;
import nl.hulproute.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access log as the privacy officer uses it: filtered by student (id, number or name), by user (id or name), by
 * action, on break-glass only and by period; each line with the user's name and the student's number and name; the
 * filtered log as CSV. Reading the log, and exporting it, is itself logged.
 */
@RestController
@Tag(name = "Privacy")
class AccessLogController {

    /** An export holds at most this many lines; narrow the filter for more. */
    static final int EXPORT_LIMIT = 50_000;

    /** A name or number matches at most this many students or users. */
    private static final int MATCH_LIMIT = 1_000;

    private final AccessLogSearch search;
    private final AccessLog accessLog;
    private final Students students;
    private final People people;
    private final Clock clock;

    AccessLogController(AccessLogSearch search, AccessLog accessLog, Students students, People people, Clock clock) {
        this.search = search;
        this.accessLog = accessLog;
        this.students = students;
        this.people = people;
        this.clock = clock;
    }

    @Schema(name = "AccessLogLine", description = "A line of the access log with the names an auditor reads it by")
    record AccessLogLine(
            long id,
            Instant occurredAt,
            long userId,
            String username,

            @Schema(description = "The user's name as it is now") @Nullable
            String userName,

            @Schema(description = "The roles the user held, comma-separated")
            String roles,

            AccessAction action,
            @Nullable Long studentId,
            @Nullable String studentNumber,

            @Schema(description = "The student's name as it is now (empty once anonymised)") @Nullable
            String studentName,

            @Schema(description = "The kind of record: case, signal, consent, student, access-log …")
            String recordKind,

            @Nullable Long recordId,

            @Schema(
                    description = "CARE for normal work; CORRECTION for a correction (AVG art. 16); `BREAK_GLASS: "
                            + "<reason>` under break-glass; the filter for a log search")
            String purpose,

            @Schema(description = "Whether this was done under break-glass")
            boolean breakGlass,

            @Nullable String clientAddress) {}

    @GetMapping("/api/access-log")
    @Operation(
            summary = "The access log, for the privacy officer",
            description = "Who read or changed which student's data, when, in which role and why. Filter by student "
                    + "(`studentId`, or `student`: number or name, any words in any order), by user (`userId`, or "
                    + "`user`: part of the name or username), by `action`, on `breakGlass` only, and by period "
                    + "(dates inclusive, in the school's time zone). Newest first. Reading the log is itself logged.")
    PageView<AccessLogLine> search(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @Positive @Nullable Long studentId,
            @RequestParam(required = false) @Size(max = 100) @Nullable String student,
            @RequestParam(required = false) @Positive @Nullable Long userId,
            @RequestParam(required = false) @Size(max = 100) @Nullable String user,
            @RequestParam(required = false) @Nullable AccessAction action,
            @RequestParam(defaultValue = "false") boolean breakGlass,
            @RequestParam(required = false) @PlausibleDate @Nullable LocalDate from,
            @RequestParam(required = false) @PlausibleDate @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Permission.READ_ACCESS_LOG.require(actor);
        AccessLogSearch.Query query = query(studentId, student, userId, user, action, breakGlass, from, to);
        accessLog.recordLogRead(actor, studentId, describe(query, student, user));
        BoundedPage<AccessLogView> found = search.search(query, PageRequest.of(page, size));
        Names names = names(found.page().getContent());
        return PageView.of(found, names::line);
    }

    // no `produces`: the CSV sets its own content type, so a refusal is still a problem+json for any Accept
    @GetMapping("/api/access-log/export")
    @Operation(
            summary = "The filtered access log as CSV, for the privacy officer",
            description = "The same filters as the access log; newest first, at most " + EXPORT_LIMIT + " lines. "
                    + "Semicolon-separated, UTF-8 with a byte order mark (opens in Excel). The export is logged.")
    @ApiResponse(
            responseCode = "200",
            description = "The lines",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> export(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @Positive @Nullable Long studentId,
            @RequestParam(required = false) @Size(max = 100) @Nullable String student,
            @RequestParam(required = false) @Positive @Nullable Long userId,
            @RequestParam(required = false) @Size(max = 100) @Nullable String user,
            @RequestParam(required = false) @Nullable AccessAction action,
            @RequestParam(defaultValue = "false") boolean breakGlass,
            @RequestParam(required = false) @PlausibleDate @Nullable LocalDate from,
            @RequestParam(required = false) @PlausibleDate @Nullable LocalDate to) {
        Permission.READ_ACCESS_LOG.require(actor);
        AccessLogSearch.Query query = query(studentId, student, userId, user, action, breakGlass, from, to);
        accessLog.recordLogRead(actor, studentId, "EXPORT " + describe(query, student, user));
        List<AccessLogView> lines = search.all(query, EXPORT_LIMIT);
        Names names = names(lines);
        String csv = Stream.concat(
                        Stream.of(csvRow(List.of(
                                "tijdstip",
                                "gebruiker",
                                "naam gebruiker",
                                "rollen",
                                "actie",
                                "studentnummer",
                                "naam student",
                                "soort gegeven",
                                "gegeven",
                                "doel",
                                "adres"))),
                        lines.stream().map(line -> csvLine(names.line(line))))
                .collect(Collectors.joining());
        String file = "toegangslog-" + LocalDate.now(clock) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }

    private AccessLogSearch.Query query(
            @Nullable Long studentId,
            @Nullable String student,
            @Nullable Long userId,
            @Nullable String user,
            @Nullable AccessAction action,
            boolean breakGlass,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        Set<Long> studentIds = studentId != null
                ? Set.of(studentId)
                : student == null || student.isBlank() ? null : Set.copyOf(students.idsMatching(student, MATCH_LIMIT));
        Set<Long> userIds = userId != null
                ? Set.of(userId)
                : user == null || user.isBlank() ? null : Set.copyOf(people.userIdsMatching(user, MATCH_LIMIT));
        LocalDate first = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        return new AccessLogSearch.Query(
                studentIds,
                userIds,
                action,
                breakGlass,
                first.atStartOfDay(clock.getZone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    /** What was searched for, as the log of the log records it. */
    private String describe(AccessLogSearch.Query query, @Nullable String student, @Nullable String user) {
        return "studentIds=" + describe(query.studentIds()) + (student == null ? "" : " student=" + student)
                + " userIds=" + describe(query.userIds()) + (user == null ? "" : " user=" + user)
                + " action=" + query.action() + " breakGlass=" + query.breakGlassOnly()
                + " from=" + LocalDate.ofInstant(query.from(), clock.getZone())
                + " to=" + LocalDate.ofInstant(query.until(), clock.getZone()).minusDays(1);
    }

    private static String describe(@Nullable Set<Long> ids) {
        if (ids == null) {
            return "any";
        }
        return ids.size() <= 10
                ? ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","))
                : ids.size() + " matches";
    }

    private Names names(List<AccessLogView> lines) {
        return new Names(
                people.refs(lines.stream()
                        .map(AccessLogView::userId)
                        .map(Long::valueOf)
                        .toList()),
                students.refs(lines.stream()
                        .map(AccessLogView::studentId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList()));
    }

    /** Names only: a line shows its user and student by name (docs/performance.md). */
    private record Names(Map<Long, PersonRef> users, Map<Long, StudentRef> students) {

        AccessLogLine line(AccessLogView entry) {
            PersonRef user = users.get(entry.userId());
            StudentRef student = entry.studentId() == null ? null : students.get(entry.studentId());
            return new AccessLogLine(
                    entry.id(),
                    entry.occurredAt(),
                    entry.userId(),
                    entry.username(),
                    user == null ? null : user.name(),
                    entry.roles(),
                    entry.action(),
                    entry.studentId(),
                    student == null ? null : student.studentNumber(),
                    student == null || student.name().isBlank() ? null : student.name(),
                    entry.recordKind(),
                    entry.recordId(),
                    entry.purpose(),
                    entry.purpose().startsWith("BREAK_GLASS:"),
                    entry.clientAddress());
        }
    }

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private String csvLine(AccessLogLine line) {
        return csvRow(java.util.Arrays.asList(
                CSV_TIME.format(line.occurredAt().atZone(clock.getZone())),
                line.username(),
                line.userName(),
                line.roles(),
                line.action().name(),
                line.studentNumber(),
                line.studentName(),
                line.recordKind(),
                line.recordId() == null ? null : String.valueOf(line.recordId()),
                line.purpose(),
                line.clientAddress()));
    }

    private static String csvRow(List<@Nullable String> cells) {
        return cells.stream().map(AccessLogController::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    /** Quoted when needed; a cell starting with = + - @ gets a leading apostrophe, so no spreadsheet runs it. */
    private static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
