package nl.hulproute.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.hulproute.notifications.Notifications;
import nl.hulproute.shared.Role;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.testsupport.Api;
import nl.hulproute.testsupport.Api.Response;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.Fixtures.User;
import nl.hulproute.testsupport.GeneratedDocs;
import nl.hulproute.testsupport.HulprouteTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint, exercised over HTTP for every role with and without a relationship to the data: the outcome
 * is written to docs/generated/access-matrix.md (reviewed as a diff whenever access changes), and checked against
 * rules that must always hold: no server errors, a foreign id answers exactly like an unknown one, a list shows a
 * case exactly when a read of it is allowed, and roles without case work never get case content.
 */
@HulprouteTest
class AccessMatrixTest {

    private static final long UNKNOWN = 999_999_999L;

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Notifications notifications;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Who asks: a role, and whether they have the relationship with the world's student, case and provider. */
    record Context(Role role, boolean related, User user) {
        String column() {
            return role + (related ? " related" : " unrelated");
        }
    }

    /** The data everyone is asked about: a student of school A whose case is handed over, with consent, to provider P. */
    record World(
            School schoolA,
            long studentId,
            String studentNumber,
            long caseId,
            long signalId,
            long noteId,
            long providerId,
            long parentConsentId,
            long agreementId,
            Map<Long, Long> ownNotification) {}

    /** One endpoint: how to call it in a context, and whether it lists cases (then we note if the case shows). */
    record Endpoint(
            String method,
            String template,
            Function<Context, Call> call,
            @Nullable Function<Context, Call> unknownCall,
            boolean listsCases) {}

    record Call(String path, @Nullable Object body) {}

    /** A request body sent as CSV rather than JSON. */
    record CsvBody(String text) {}

    @Test
    void everyEndpointForEveryRoleWithAndWithoutARelationship() {
        World world = world();
        List<Context> contexts = contexts(world);
        List<Endpoint> endpoints = endpoints(world);

        assertThat(endpoints.stream().map(e -> e.method() + " " + e.template()).collect(Collectors.toSet()))
                .as("every /api endpoint is in the access matrix")
                .containsAll(apiEndpoints());

        Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
        Map<String, Boolean> mayReadCase = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Map<String, String> row = new LinkedHashMap<>();
            for (Context context : contexts) {
                Call call = endpoint.call().apply(context);
                Response response = send(context.user(), endpoint.method(), call);
                String where = endpoint.method() + " " + endpoint.template() + " as " + context.column();
                if (response.status() >= 500) {
                    problems.add(where + " answered " + response.status());
                }
                String cell = String.valueOf(response.status());
                if (endpoint.listsCases() && response.status() == 200) {
                    boolean listed = listsCase(response.body(), world.caseId());
                    cell += listed ? " listed" : " not listed";
                    Boolean readable = mayReadCase.get(context.column());
                    if (readable != null && readable != listed) {
                        problems.add(where + ": the list " + (listed ? "shows" : "hides") + " a case a read "
                                + (readable ? "allows" : "refuses"));
                    }
                }
                if (endpoint.template().equals("/api/cases/{id}")) {
                    mayReadCase.put(context.column(), response.status() == 200);
                }
                if (endpoint.template().startsWith("/api/cases")
                        && response.status() / 100 == 2
                        && Set.of(Role.SLB, Role.AUDITOR, Role.ADMIN).contains(context.role())
                        && !endpoint.template().equals("/api/cases")) {
                    problems.add(where + " gave case content to a role without case work");
                }
                if ((endpoint.template().startsWith("/api/agreements")
                                || endpoint.template().endsWith("/agreements"))
                        && response.status() / 100 == 2
                        && context.role() != Role.ZORGCOORDINATOR) {
                    problems.add(where + " gave agreement content to a role that does not write agreements");
                }
                if (!context.related() && endpoint.unknownCall() != null && response.status() / 100 == 4) {
                    Response unknown = send(
                            context.user(),
                            endpoint.method(),
                            endpoint.unknownCall().apply(context));
                    if (unknown.status() != response.status() || !unknown.code().equals(response.code())) {
                        problems.add(where + ": a foreign id answers " + response.status() + " " + response.code()
                                + " but an unknown one " + unknown.status() + " " + unknown.code());
                    }
                }
                row.put(context.column(), cell);
            }
            matrix.put(endpoint.method() + " " + endpoint.template(), row);
        }
        assertThat(problems).isEmpty();
        GeneratedDocs.assertUpToDate("generated/access-matrix.md", render(contexts, matrix));
    }

    private World world() {
        School schoolA = fixtures.school();
        long studentId = fixtures.student(schoolA, 17);
        long providerP = fixtures.provider(schoolA, ProviderKind.GGZ, 12, 27);
        User zcA = schoolA.zorgcoordinator();
        JsonNode signal = api.as(schoolA.slb())
                .post(
                        "/api/signals",
                        Map.of(
                                "studentId",
                                studentId,
                                "lifeDomains",
                                List.of("MENTAL_HEALTH"),
                                "urgency",
                                "URGENT",
                                "observation",
                                "Matrix.",
                                "discussedWithStudent",
                                true))
                .body();
        long caseId = signal.path("caseId").asLong();
        fire(zcA, caseId, "START_TRIAGE", Map.of());
        fire(zcA, caseId, "REFER", Map.of("providerId", providerP));
        List<String> all = List.of("STUDENT", "SIGNALS", "SCHOOL_SUPPORT", "BRIDGING");
        consent(zcA, caseId, providerP, "STUDENT", all);
        long parentConsent = consent(zcA, caseId, providerP, "PARENT", all);
        fire(zcA, caseId, "START_HANDOVER", Map.of("sections", all));
        Response note = api.as(zcA)
                .post("/api/cases/" + caseId + "/notes", Map.of("text", "Matrix.", "confidentiality", "NORMAL"));
        assertThat(note.status()).isEqualTo(201);
        String number = api.as(zcA)
                .get("/api/cases/" + caseId)
                .body()
                .path("student")
                .path("studentNumber")
                .asText();
        Response agreement = api.as(zcA)
                .post(
                        "/api/students/" + studentId + "/agreements",
                        Map.of(
                                "needInOwnWords",
                                "Matrix.",
                                "measures",
                                List.of(Map.of(
                                        "kind",
                                        "ADAPTED_ASSESSMENT",
                                        "description",
                                        "Matrix.",
                                        "responsible",
                                        "Docent",
                                        "appliesDuringInternship",
                                        false))));
        assertThat(agreement.status()).isEqualTo(201);
        long agreementId = agreement.body().path("id").asLong();
        assertThat(api.as(zcA)
                        .post(
                                "/api/agreements/" + agreementId + "/acceptance",
                                Map.of(
                                        "acceptedOn",
                                        fixtures.today().minusMonths(13).toString(),
                                        "acceptedBy",
                                        "STUDENT",
                                        "how",
                                        "Matrix."))
                        .status())
                .isEqualTo(200);
        return new World(
                schoolA,
                studentId,
                number,
                caseId,
                signal.path("id").asLong(),
                note.body().path("id").asLong(),
                providerP,
                parentConsent,
                agreementId,
                new LinkedHashMap<>());
    }

    private List<Context> contexts(World world) {
        School schoolA = world.schoolA();
        School schoolB = fixtures.school();
        long providerQ = fixtures.provider(schoolB, ProviderKind.WIJKTEAM, 0, 99);
        Set<Long> atA = Set.of(schoolA.locationId());
        Set<Long> atB = Set.of(schoolB.locationId());
        List<Context> contexts = List.of(
                new Context(Role.SLB, true, schoolA.slb()),
                new Context(Role.SLB, false, fixtures.user(Role.SLB, atA, null)),
                new Context(Role.ZORGCOORDINATOR, true, schoolA.zorgcoordinator()),
                new Context(Role.ZORGCOORDINATOR, false, schoolB.zorgcoordinator()),
                new Context(Role.EXTERNAL_PROFESSIONAL, true, fixtures.professionalOf(world.providerId())),
                new Context(Role.EXTERNAL_PROFESSIONAL, false, fixtures.professionalOf(providerQ)),
                new Context(Role.AUDITOR, true, fixtures.user(Role.AUDITOR, atA, null)),
                new Context(Role.AUDITOR, false, fixtures.user(Role.AUDITOR, atB, null)),
                new Context(Role.ADMIN, true, fixtures.user(Role.ADMIN, atA, null)),
                new Context(Role.ADMIN, false, fixtures.user(Role.ADMIN, atB, null)));
        for (Context context : contexts) {
            notifications.notify(List.of(context.user().id()), "MATRIX", "Een melding voor de matrix.", null);
            long own = api.as(context.user())
                    .get("/api/notifications")
                    .body()
                    .path("notifications")
                    .path("content")
                    .get(0)
                    .path("id")
                    .asLong();
            world.ownNotification().put(context.user().id(), own);
        }
        return contexts;
    }

    /** In run order: reads first, then the calls that change something, break-glass last (it grants access). */
    private List<Endpoint> endpoints(World world) {
        String caseBase = "/api/cases/" + world.caseId();
        String unknownCase = "/api/cases/" + UNKNOWN;
        Map<String, Object> signal = Map.of(
                "studentId",
                world.studentId(),
                "lifeDomains",
                List.of("HOUSING"),
                "urgency",
                "NORMAL",
                "observation",
                "Matrix.",
                "discussedWithStudent",
                true);
        Map<String, Object> consent = Map.of(
                "givenBy",
                "STUDENT",
                "providerId",
                world.providerId(),
                "sections",
                List.of("STUDENT"),
                "givenHow",
                "DIGITAL",
                "validUntil",
                fixtures.today().plusDays(9).toString());
        Map<String, Object> note = Map.of("text", "Matrix.", "confidentiality", "NORMAL");
        Map<String, Object> correction =
                Map.of("text", "Matrix, gecorrigeerd.", "reason", "Op verzoek van de student.");
        String agreementBase = "/api/agreements/" + world.agreementId();
        String unknownAgreement = "/api/agreements/" + UNKNOWN;
        String studentBase = "/api/students/" + world.studentId();
        String unknownStudent = "/api/students/" + UNKNOWN;
        Map<String, Object> agreement = Map.of(
                "needInOwnWords",
                "Matrix.",
                "measures",
                List.of(Map.of(
                        "kind",
                        "OTHER",
                        "description",
                        "Matrix.",
                        "responsible",
                        "Docent",
                        "appliesDuringInternship",
                        true)));
        Map<String, Object> agreementChange = Map.of(
                "version",
                0,
                "needInOwnWords",
                "Matrix.",
                "measures",
                List.of(Map.of(
                        "kind",
                        "OTHER",
                        "description",
                        "Matrix.",
                        "responsible",
                        "Docent",
                        "appliesDuringInternship",
                        true)));
        Map<String, Object> evaluation = Map.of(
                "heldOn",
                fixtures.today().toString(),
                "studentPresent",
                true,
                "participants",
                List.of("Matrix"),
                "outcomes",
                List.of());
        Map<String, Object> acceptance =
                Map.of("acceptedOn", fixtures.today().toString(), "acceptedBy", "STUDENT", "how", "Matrix.");
        Map<String, Object> end = Map.of("endedOn", fixtures.today().toString(), "reason", "Matrix.");
        Function<Context, Call> otherNotification = context -> new Call(
                "/api/notifications/"
                        + world.ownNotification().entrySet().stream()
                                .filter(entry ->
                                        entry.getKey() != context.user().id())
                                .findFirst()
                                .orElseThrow()
                                .getValue()
                        + "/read",
                "");
        return List.of(
                get("/api/me", context -> "/api/me", null),
                get("/api/lifecycle", context -> "/api/lifecycle", null),
                get("/api/providers", context -> "/api/providers", null),
                get("/api/municipalities", context -> "/api/municipalities", null),
                get("/api/students", context -> "/api/students", null),
                get(
                        "/api/students/{id}/record",
                        context -> "/api/students/" + world.studentId() + "/record",
                        context -> "/api/students/" + UNKNOWN + "/record"),
                get("/api/students/directory", context -> "/api/students/directory?q=" + world.studentNumber(), null),
                get("/api/students/break-glass", context -> "/api/students/break-glass", null),
                get(
                        "/api/locations/{id}/contacts",
                        context -> "/api/locations/" + world.schoolA().locationId() + "/contacts",
                        context -> "/api/locations/" + UNKNOWN + "/contacts"),
                get(
                        "/api/staff",
                        context -> "/api/staff?role=ZORGCOORDINATOR&location="
                                + world.schoolA().locationId(),
                        context -> "/api/staff?role=ZORGCOORDINATOR&location=" + UNKNOWN),
                get("/api/signals", context -> "/api/signals", null),
                listing("/api/cases", context -> "/api/cases"),
                get("/api/cases/counts", context -> "/api/cases/counts", null),
                get("/api/cases/{id}", context -> caseBase, context -> unknownCase),
                get("/api/cases/{id}/history", context -> caseBase + "/history", context -> unknownCase + "/history"),
                get(
                        "/api/cases/{id}/provider-proposals",
                        context -> caseBase + "/provider-proposals",
                        context -> unknownCase + "/provider-proposals"),
                get(
                        "/api/cases/{caseId}/signals",
                        context -> caseBase + "/signals",
                        context -> unknownCase + "/signals"),
                get(
                        "/api/cases/{id}/consents",
                        context -> caseBase + "/consents",
                        context -> unknownCase + "/consents"),
                get("/api/cases/{id}/notes", context -> caseBase + "/notes", context -> unknownCase + "/notes"),
                get("/api/caseload/dashboard", context -> "/api/caseload/dashboard", null),
                get("/api/waiting-list", context -> "/api/waiting-list", null),
                get("/api/waiting-list/overview", context -> "/api/waiting-list/overview", null),
                get(
                        "/api/reports/waiting-times",
                        context -> "/api/reports/waiting-times?groupBy=provider&from="
                                + fixtures.today().minusYears(1) + "&to=" + fixtures.today(),
                        null),
                get(
                        "/api/cases/{id}/bridging-contacts",
                        context -> caseBase + "/bridging-contacts",
                        context -> unknownCase + "/bridging-contacts"),
                get(
                        "/api/cases/{id}/handover-package",
                        context -> caseBase + "/handover-package",
                        context -> unknownCase + "/handover-package"),
                get("/api/handovers", context -> "/api/handovers", null),
                get(
                        "/api/cases/{id}/joint-meetings",
                        context -> caseBase + "/joint-meetings",
                        context -> unknownCase + "/joint-meetings"),
                get("/api/access-log", context -> "/api/access-log?studentId=" + world.studentId(), null),
                get(
                        "/api/students/{studentId}/agreements",
                        context -> studentBase + "/agreements",
                        context -> unknownStudent + "/agreements"),
                get(
                        "/api/students/{studentId}/measures",
                        context -> studentBase + "/measures",
                        context -> unknownStudent + "/measures"),
                get("/api/students/team-measures", context -> "/api/students/team-measures", null),
                get("/api/agreements/{id}", context -> agreementBase, context -> unknownAgreement),
                get(
                        "/api/agreements/{id}/revisions",
                        context -> agreementBase + "/revisions",
                        context -> unknownAgreement + "/revisions"),
                get(
                        "/api/agreements/{id}/evaluations",
                        context -> agreementBase + "/evaluations",
                        context -> unknownAgreement + "/evaluations"),
                get("/api/agreements/evaluations-due", context -> "/api/agreements/evaluations-due?weeks=60", null),
                get("/api/compliance/evaluations", context -> "/api/compliance/evaluations?groupBy=team", null),
                get("/api/compliance/evaluations/overdue", context -> "/api/compliance/evaluations/overdue", null),
                get("/api/compliance/evaluations/trend", context -> "/api/compliance/evaluations/trend?months=2", null),
                get("/api/access-log/export", context -> "/api/access-log/export?studentId=" + world.studentId(), null),
                get("/api/notifications", context -> "/api/notifications", null),
                post("/api/notifications/read", context -> new Call("/api/notifications/read", ""), null),
                post(
                        "/api/notifications/{id}/read",
                        context -> context.related()
                                ? new Call(
                                        "/api/notifications/"
                                                + world.ownNotification()
                                                        .get(context.user().id()) + "/read",
                                        "")
                                : otherNotification.apply(context),
                        context -> new Call("/api/notifications/" + UNKNOWN + "/read", "")),
                post("/api/signals", context -> new Call("/api/signals", signal), null),
                post(
                        "/api/cases/{id}/joint-meetings",
                        context -> new Call(
                                caseBase + "/joint-meetings",
                                Map.of("plannedOn", fixtures.today().toString())),
                        context -> new Call(
                                unknownCase + "/joint-meetings",
                                Map.of("plannedOn", fixtures.today().toString()))),
                post(
                        "/api/cases/{id}/joint-meetings/{meetingId}/held",
                        context -> new Call(
                                caseBase + "/joint-meetings/" + UNKNOWN + "/held",
                                Map.of("version", 0, "heldOn", fixtures.today().toString())),
                        context -> new Call(
                                unknownCase + "/joint-meetings/" + UNKNOWN + "/held",
                                Map.of("version", 0, "heldOn", fixtures.today().toString()))),
                post(
                        "/api/cases/{id}/events/{event}",
                        context -> new Call(caseBase + "/events/CLOSE", Map.of("version", 1, "outcome", "OTHER")),
                        context -> new Call(unknownCase + "/events/CLOSE", Map.of("version", 1, "outcome", "OTHER"))),
                put(
                        "/api/cases/{id}/expected-start",
                        context -> new Call(
                                caseBase + "/expected-start",
                                Map.of(
                                        "expectedStartDate",
                                        fixtures.today().plusWeeks(4).toString())),
                        context -> new Call(
                                unknownCase + "/expected-start",
                                Map.of(
                                        "expectedStartDate",
                                        fixtures.today().plusWeeks(4).toString()))),
                post(
                        "/api/cases/{id}/bridging-contacts",
                        context -> new Call(
                                caseBase + "/bridging-contacts",
                                Map.of("contactedOn", fixtures.today().toString())),
                        context -> new Call(
                                unknownCase + "/bridging-contacts",
                                Map.of("contactedOn", fixtures.today().toString()))),
                post(
                        "/api/cases/{id}/notes",
                        context -> new Call(caseBase + "/notes", note),
                        context -> new Call(unknownCase + "/notes", note)),
                post(
                        "/api/cases/{id}/notes/{noteId}/correction",
                        context -> new Call(caseBase + "/notes/" + world.noteId() + "/correction", correction),
                        context -> new Call(unknownCase + "/notes/" + UNKNOWN + "/correction", correction)),
                post(
                        "/api/cases/{caseId}/signals/{signalId}/correction",
                        context -> new Call(caseBase + "/signals/" + world.signalId() + "/correction", correction),
                        context -> new Call(unknownCase + "/signals/" + UNKNOWN + "/correction", correction)),
                post(
                        "/api/cases/{id}/consents",
                        context -> new Call(caseBase + "/consents", consent),
                        context -> new Call(unknownCase + "/consents", consent)),
                post(
                        "/api/cases/{id}/consents/{consentId}/withdrawal",
                        context -> new Call(caseBase + "/consents/" + world.parentConsentId() + "/withdrawal", ""),
                        context -> new Call(unknownCase + "/consents/" + UNKNOWN + "/withdrawal", "")),
                // the agreement: a second one is refused (one runs), a stale change is refused, an evaluation is
                // recorded, there is nothing to accept, and the end comes last
                post(
                        "/api/students/{studentId}/agreements",
                        context -> new Call(studentBase + "/agreements", agreement),
                        context -> new Call(unknownStudent + "/agreements", agreement)),
                put(
                        "/api/agreements/{id}",
                        context -> new Call(agreementBase, agreementChange),
                        context -> new Call(unknownAgreement, agreementChange)),
                post(
                        "/api/agreements/{id}/evaluations",
                        context -> new Call(agreementBase + "/evaluations", evaluation),
                        context -> new Call(unknownAgreement + "/evaluations", evaluation)),
                post(
                        "/api/agreements/{id}/acceptance",
                        context -> new Call(agreementBase + "/acceptance", acceptance),
                        context -> new Call(unknownAgreement + "/acceptance", acceptance)),
                post(
                        "/api/agreements/{id}/end",
                        context -> new Call(agreementBase + "/end", end),
                        context -> new Call(unknownAgreement + "/end", end)),
                post(
                        "/api/agreements/carry-over",
                        context -> new Call(
                                "/api/agreements/carry-over",
                                Map.of("locationId", world.schoolA().locationId())),
                        null),
                get(
                        "/api/admin/users",
                        context -> "/api/admin/users?q=" + context.user().username(),
                        null),
                get(
                        "/api/admin/users/{id}",
                        context -> "/api/admin/users/" + world.schoolA().slb().id(),
                        context -> "/api/admin/users/" + UNKNOWN),
                get("/api/admin/locations", context -> "/api/admin/locations", null),
                get(
                        "/api/admin/teams",
                        context ->
                                "/api/admin/teams?location=" + world.schoolA().locationId(),
                        null),
                get("/api/admin/settings", context -> "/api/admin/settings", null),
                post(
                        "/api/admin/locations",
                        context -> new Call(
                                "/api/admin/locations",
                                Map.of(
                                        "code",
                                        "M" + context.user().id(),
                                        "name",
                                        "Matrix",
                                        "municipality",
                                        "Matrixdam")),
                        null),
                post(
                        "/api/admin/teams",
                        context -> new Call(
                                "/api/admin/teams",
                                Map.of(
                                        "locationId",
                                        world.schoolA().locationId(),
                                        "name",
                                        "Matrix " + context.user().username(),
                                        "sector",
                                        "Matrix")),
                        null),
                // renames school A's location and team (the second administrator holds a stale version: 409)
                put(
                        "/api/admin/locations/{id}",
                        context -> new Call(
                                "/api/admin/locations/" + world.schoolA().locationId(),
                                Map.of(
                                        "name",
                                        "Locatie A",
                                        "municipality",
                                        world.schoolA().municipality(),
                                        "version",
                                        0)),
                        null),
                put(
                        "/api/admin/teams/{id}",
                        context -> new Call(
                                "/api/admin/teams/" + world.schoolA().teamId(),
                                Map.of("name", "Team A", "sector", "Zorg en welzijn", "version", 0)),
                        null),
                post(
                        "/api/admin/users",
                        context -> new Call(
                                "/api/admin/users",
                                Map.of(
                                        "username",
                                        context.user().username() + "-matrix",
                                        "displayName",
                                        "Matrix",
                                        "roles",
                                        List.of("AUDITOR"),
                                        "locationIds",
                                        List.of())),
                        null),
                get("/api/admin/providers", context -> "/api/admin/providers", null),
                post(
                        "/api/admin/providers",
                        context -> new Call(
                                "/api/admin/providers",
                                Map.of(
                                        "name",
                                        "Matrix " + context.user().username(),
                                        "kind",
                                        "WIJKTEAM",
                                        "minAge",
                                        0,
                                        "maxAge",
                                        99,
                                        "municipalities",
                                        List.of(world.schoolA().municipalityCode()))),
                        null),
                get("/api/admin/municipalities", context -> "/api/admin/municipalities", null),
                post(
                        "/api/admin/municipalities",
                        context -> new Call(
                                "/api/admin/municipalities",
                                Map.of(
                                        "code",
                                                "GM6"
                                                        + String.format(
                                                                "%03d",
                                                                context.user().id() % 1000),
                                        "name", "Matrixdorp " + context.user().username())),
                        null),
                // the same name again: nothing changes, so the version stays and the second administrator may too
                put(
                        "/api/admin/municipalities/{code}",
                        context -> new Call(
                                "/api/admin/municipalities/" + world.schoolA().municipalityCode(),
                                Map.of("name", world.schoolA().municipality(), "active", true, "version", 0)),
                        null),
                post(
                        "/api/admin/municipalities/import",
                        context -> new Call(
                                "/api/admin/municipalities/import",
                                new CsvBody("GemeentecodeGM;Gemeentenaam\nGM6999;Matrixveen\n")),
                        null),
                // renames provider P (the second administrator holds a stale version: 409); the handover stays
                put(
                        "/api/admin/providers/{id}",
                        context -> new Call(
                                "/api/admin/providers/" + world.providerId(),
                                Map.of(
                                        "name",
                                        "Matrix GGZ",
                                        "kind",
                                        "GGZ",
                                        "minAge",
                                        12,
                                        "maxAge",
                                        27,
                                        "municipalities",
                                        List.of(world.schoolA().municipalityCode()),
                                        "enabled",
                                        true,
                                        "version",
                                        0)),
                        null),
                // changes the SLB'er to what they are already: allowed or not, nothing changes for the calls after
                put(
                        "/api/admin/users/{id}",
                        context -> new Call(
                                "/api/admin/users/" + world.schoolA().slb().id(),
                                Map.of(
                                        "roles",
                                        List.of("SLB"),
                                        "locationIds",
                                        List.of(world.schoolA().locationId()),
                                        "enabled",
                                        true,
                                        "version",
                                        0)),
                        context -> new Call(
                                "/api/admin/users/" + UNKNOWN,
                                Map.of(
                                        "roles",
                                        List.of("SLB"),
                                        "locationIds",
                                        List.of(world.schoolA().locationId()),
                                        "enabled",
                                        true,
                                        "version",
                                        0))),
                get("/api/admin/mail", context -> "/api/admin/mail?size=1", null),
                post(
                        "/api/admin/mail/{id}/resend",
                        context -> new Call("/api/admin/mail/" + UNKNOWN + "/resend", Map.of("version", 0)),
                        null),
                post(
                        "/api/students/{id}/break-glass",
                        context -> new Call(
                                "/api/students/" + world.studentId() + "/break-glass", Map.of("reason", "Matrix.")),
                        context -> new Call("/api/students/" + UNKNOWN + "/break-glass", Map.of("reason", "Matrix."))));
    }

    private static Endpoint get(
            String template, Function<Context, String> path, @Nullable Function<Context, String> unknown) {
        return new Endpoint(
                "GET",
                template,
                context -> new Call(path.apply(context), null),
                unknown == null ? null : context -> new Call(unknown.apply(context), null),
                false);
    }

    private static Endpoint listing(String template, Function<Context, String> path) {
        return new Endpoint("GET", template, context -> new Call(path.apply(context), null), null, true);
    }

    private static Endpoint post(
            String template, Function<Context, Call> call, @Nullable Function<Context, Call> unknown) {
        return new Endpoint("POST", template, call, unknown, false);
    }

    private static Endpoint put(
            String template, Function<Context, Call> call, @Nullable Function<Context, Call> unknown) {
        return new Endpoint("PUT", template, call, unknown, false);
    }

    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        return endpoints;
    }

    private Response send(User user, String method, Call call) {
        return switch (method) {
            case "GET" -> api.as(user).get(call.path());
            case "PUT" -> api.as(user).put(call.path(), call.body());
            default ->
                call.body() instanceof CsvBody csv
                        ? api.as(user).postAs(call.path(), "text/csv", csv.text())
                        : api.as(user).post(call.path(), call.body());
        };
    }

    private static boolean listsCase(JsonNode page, long caseId) {
        return StreamSupport.stream(page.path("content").spliterator(), false)
                .anyMatch(theCase -> theCase.path("id").asLong() == caseId);
    }

    private void fire(User user, long caseId, String event, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put(
                "version",
                api.as(user).get("/api/cases/" + caseId).body().path("version").asLong());
        assertThat(api.as(user)
                        .post("/api/cases/" + caseId + "/events/" + event, body)
                        .status())
                .isEqualTo(200);
    }

    private long consent(User user, long caseId, long providerId, String givenBy, List<String> sections) {
        Response given = api.as(user)
                .post(
                        "/api/cases/" + caseId + "/consents",
                        Map.of(
                                "givenBy",
                                givenBy,
                                "providerId",
                                providerId,
                                "sections",
                                sections,
                                "givenHow",
                                "IN_PERSON",
                                "validUntil",
                                fixtures.today().plusMonths(3).toString()));
        assertThat(given.status()).isEqualTo(201);
        return given.body().path("id").asLong();
    }

    private static String render(List<Context> contexts, Map<String, Map<String, String>> matrix) {
        StringBuilder doc = new StringBuilder();
        doc.append("<!-- Generated by AccessMatrixTest by calling every endpoint; do not edit. -->\n");
        doc.append("# Access matrix\n\n");
        doc.append("Every API endpoint called over HTTP by every role, *related* or *unrelated* to the data asked ")
                .append("about (for notifications: one's own or someone else's) ")
                .append("about: a student of location A (and their SLB'er, zorgcoördinator and location), whose case ")
                .append("is handed over with the student's consent to provider P (whose professional is related). ")
                .append("Unrelated: an SLB'er who does not coach the student, a zorgcoördinator, auditor and admin of ")
                .append("location B, a professional of another provider.\n\n");
        doc.append(
                        "A cell is the HTTP status: 2xx allowed, 403 the role may not, 404 not there or not yours (the same ")
                .append("answer for an id that does not exist), 409/422 allowed but refused by the case's state or a ")
                .append("guard. For lists of cases, whether the case shows. The test also checks that no call gives a ")
                .append(
                        "500 and that lists never show what a read refuses. Break-glass runs last: it grants access.\n\n");
        doc.append("| endpoint |");
        contexts.forEach(context -> doc.append(' ')
                .append(context.role())
                .append(context.related() ? " ✓" : " ✗")
                .append(" |"));
        doc.append("\n|---|").append("---|".repeat(contexts.size())).append('\n');
        matrix.forEach((endpoint, row) -> {
            doc.append("| `").append(endpoint).append("` |");
            contexts.forEach(
                    context -> doc.append(' ').append(row.get(context.column())).append(" |"));
            doc.append('\n');
        });
        doc.append("\n✓ related, ✗ unrelated.\n");
        return doc.toString();
    }
}
