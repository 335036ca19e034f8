package nl.hulproute.lifecycle;

import static nl.hulproute.lifecycle.CaseGuards.ADVICE_GIVEN;
import static nl.hulproute.lifecycle.CaseGuards.BRIDGING_CONTACT_AT_SCHOOL;
import static nl.hulproute.lifecycle.CaseGuards.BRIDGING_PLANNED;
import static nl.hulproute.lifecycle.CaseGuards.CARE_CONTINUES_AFTER_CLOSE;
import static nl.hulproute.lifecycle.CaseGuards.CARE_NOT_STARTED_YET;
import static nl.hulproute.lifecycle.CaseGuards.CARE_START_DATE_GIVEN;
import static nl.hulproute.lifecycle.CaseGuards.CARE_START_DATE_NOT_BEFORE_ACCEPTANCE;
import static nl.hulproute.lifecycle.CaseGuards.CARE_START_DATE_NOT_IN_FUTURE;
import static nl.hulproute.lifecycle.CaseGuards.CHECK_IN_DATE_AHEAD;
import static nl.hulproute.lifecycle.CaseGuards.CLOSED_WITHIN_REOPEN_WINDOW;
import static nl.hulproute.lifecycle.CaseGuards.CONSENT_COVERS_PACKAGE;
import static nl.hulproute.lifecycle.CaseGuards.FIRST_CONTACT_DATE_SET;
import static nl.hulproute.lifecycle.CaseGuards.OUTCOME_GIVEN;
import static nl.hulproute.lifecycle.CaseGuards.OWNER_CHOSEN;
import static nl.hulproute.lifecycle.CaseGuards.OWNER_WORKS_IN_SECOND_LINE_AT_LOCATION;
import static nl.hulproute.lifecycle.CaseGuards.PACKAGE_CHOSEN;
import static nl.hulproute.lifecycle.CaseGuards.PARENT_CONSENTED_UNDER_16;
import static nl.hulproute.lifecycle.CaseGuards.PROVIDER_ACTIVE;
import static nl.hulproute.lifecycle.CaseGuards.PROVIDER_CHOSEN;
import static nl.hulproute.lifecycle.CaseGuards.PROVIDER_SERVES_STUDENT;
import static nl.hulproute.lifecycle.CaseGuards.REASON_GIVEN;
import static nl.hulproute.lifecycle.CaseGuards.STUDENT_CONSENTED;
import static nl.hulproute.lifecycle.CaseGuards.SUMMARY_GIVEN;
import static nl.hulproute.lifecycle.PackageSection.BRIDGING;
import static nl.hulproute.lifecycle.PackageSection.SIGNALS;
import static nl.hulproute.lifecycle.PackageSection.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.hulproute.people.StudentSummary;
import nl.hulproute.people.Track;
import nl.hulproute.people.UserSummary;
import nl.hulproute.shared.Role;
import nl.hulproute.shared.StaffMember;
import nl.hulproute.socialmap.Municipality;
import nl.hulproute.socialmap.ProviderContact;
import nl.hulproute.socialmap.ProviderKind;
import nl.hulproute.socialmap.ProviderSummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guards as what they are: predicates of the facts. One row per edge, no application context, no database; the
 * HTTP suite ({@code GuardsApiTest}) shows the same rules reach the API with their codes.
 */
class CaseGuardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final long LOCATION = 10;
    private static final long ELSEWHERE = 20;
    private static final Municipality MUNICIPALITY = new Municipality("GM9901", "Gemeente Noord", true, true);
    private static final Municipality ELSEWHERE_MUNICIPALITY = new Municipality("GM9902", "Gemeente Zuid", true, true);
    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    static final long ZC_HERE = 1;
    private static final long ZC_ELSEWHERE = 2;
    private static final long SLB_HERE = 3;
    private static final long PROFESSIONAL = 4;
    private static final long PROVIDER = 100;
    private static final long INACTIVE_PROVIDER = 101;
    private static final long YOUTH_PROVIDER_ELSEWHERE = 102;
    private static final long UNKNOWN = 999;

    static Stream<Arguments> rows() {
        return Stream.of(
                row(REASON_GIVEN, "no reason", facts(), false),
                row(REASON_GIVEN, "a blank reason", facts().with("reason", "   "), false),
                row(REASON_GIVEN, "a reason", facts().with("reason", "Student wil verder zonder hulp"), true),
                row(ADVICE_GIVEN, "no advice", facts(), false),
                row(ADVICE_GIVEN, "advice", facts().with("advice", "Wekelijks kort gesprek"), true),
                row(CHECK_IN_DATE_AHEAD, "no date", facts(), false),
                row(CHECK_IN_DATE_AHEAD, "yesterday", facts().with("checkInDate", TODAY.minusDays(1)), false),
                row(CHECK_IN_DATE_AHEAD, "today", facts().with("checkInDate", TODAY), true),
                row(CHECK_IN_DATE_AHEAD, "next week", facts().with("checkInDate", TODAY.plusWeeks(1)), true),
                row(OWNER_CHOSEN, "nobody", facts(), false),
                row(OWNER_CHOSEN, "someone", facts().with("ownerId", ZC_HERE), true),
                row(OWNER_WORKS_IN_SECOND_LINE_AT_LOCATION, "no owner yet (OWNER_CHOSEN says so)", facts(), true),
                row(
                        OWNER_WORKS_IN_SECOND_LINE_AT_LOCATION,
                        "a zorgcoördinator here",
                        facts().with("ownerId", ZC_HERE),
                        true),
                row(
                        OWNER_WORKS_IN_SECOND_LINE_AT_LOCATION,
                        "a zorgcoördinator elsewhere",
                        facts().with("ownerId", ZC_ELSEWHERE),
                        false),
                row(OWNER_WORKS_IN_SECOND_LINE_AT_LOCATION, "an SLB'er here", facts().with("ownerId", SLB_HERE), false),
                row(OWNER_WORKS_IN_SECOND_LINE_AT_LOCATION, "an unknown user", facts().with("ownerId", UNKNOWN), false),
                row(PROVIDER_CHOSEN, "none", facts(), false),
                row(PROVIDER_CHOSEN, "not on the sociale kaart", facts().with("providerId", UNKNOWN), false),
                row(PROVIDER_CHOSEN, "one from the catalogue", facts().with("providerId", PROVIDER), true),
                row(PROVIDER_ACTIVE, "an active provider", facts().with("providerId", PROVIDER), true),
                row(PROVIDER_ACTIVE, "a deactivated provider", facts().with("providerId", INACTIVE_PROVIDER), false),
                row(PROVIDER_ACTIVE, "none (PROVIDER_CHOSEN says so)", facts(), true),
                row(PROVIDER_SERVES_STUDENT, "age and municipality served", facts().with("providerId", PROVIDER), true),
                row(
                        PROVIDER_SERVES_STUDENT,
                        "another municipality",
                        facts().with("providerId", YOUTH_PROVIDER_ELSEWHERE),
                        false),
                row(
                        PROVIDER_SERVES_STUDENT,
                        "18 today at a youth provider (up to 17)",
                        facts().aged(18).with("providerId", youthProviderHere().id()),
                        false),
                row(
                        PROVIDER_SERVES_STUDENT,
                        "17 at a youth provider (up to 17)",
                        facts().aged(17).with("providerId", youthProviderHere().id()),
                        true),
                row(STUDENT_CONSENTED, "no consent", facts(), false),
                row(STUDENT_CONSENTED, "the student's consent", facts().consent(ConsentGiver.STUDENT, STUDENT), true),
                row(STUDENT_CONSENTED, "only a parent's", facts().consent(ConsentGiver.PARENT, STUDENT), false),
                row(PARENT_CONSENTED_UNDER_16, "17, no parent", facts().aged(17), true),
                row(PARENT_CONSENTED_UNDER_16, "16 today, no parent", facts().aged(16), true),
                row(PARENT_CONSENTED_UNDER_16, "15, no parent", facts().aged(15), false),
                row(
                        PARENT_CONSENTED_UNDER_16,
                        "15, a parent consented",
                        facts().aged(15).consent(ConsentGiver.PARENT, STUDENT),
                        true),
                row(PACKAGE_CHOSEN, "no sections", facts(), false),
                row(PACKAGE_CHOSEN, "without the student's details", facts().with("sections", List.of(SIGNALS)), false),
                row(
                        PACKAGE_CHOSEN,
                        "with the student's details",
                        facts().with("sections", List.of(STUDENT, SIGNALS)),
                        true),
                row(CONSENT_COVERS_PACKAGE, "no package (PACKAGE_CHOSEN says so)", facts(), true),
                row(
                        CONSENT_COVERS_PACKAGE,
                        "every section consented",
                        facts().consent(ConsentGiver.STUDENT, STUDENT, SIGNALS)
                                .with("sections", List.of(STUDENT, SIGNALS)),
                        true),
                row(
                        CONSENT_COVERS_PACKAGE,
                        "a section without consent",
                        facts().consent(ConsentGiver.STUDENT, STUDENT).with("sections", List.of(STUDENT, BRIDGING)),
                        false),
                row(
                        CONSENT_COVERS_PACKAGE,
                        "15: the student's consent alone does not cover it",
                        facts().aged(15).consent(ConsentGiver.STUDENT, STUDENT).with("sections", List.of(STUDENT)),
                        false),
                row(
                        CONSENT_COVERS_PACKAGE,
                        "15: student and parent both cover it",
                        facts().aged(15)
                                .consent(ConsentGiver.STUDENT, STUDENT)
                                .consent(ConsentGiver.PARENT, STUDENT)
                                .with("sections", List.of(STUDENT)),
                        true),
                row(BRIDGING_PLANNED, "neither plan nor reason", facts(), false),
                row(BRIDGING_PLANNED, "a blank reason", facts().with("noBridgingReason", " "), false),
                row(
                        BRIDGING_PLANNED,
                        "the reason none is needed",
                        facts().with("noBridgingReason", "Start binnen een week"),
                        true),
                row(BRIDGING_PLANNED, "a plan", facts().bridging(SLB_HERE), true),
                row(BRIDGING_CONTACT_AT_SCHOOL, "no plan", facts(), true),
                row(BRIDGING_CONTACT_AT_SCHOOL, "the SLB'er here", facts().bridging(SLB_HERE), true),
                row(BRIDGING_CONTACT_AT_SCHOOL, "a zorgcoördinator here", facts().bridging(ZC_HERE), true),
                row(BRIDGING_CONTACT_AT_SCHOOL, "a zorgcoördinator elsewhere", facts().bridging(ZC_ELSEWHERE), false),
                row(BRIDGING_CONTACT_AT_SCHOOL, "the provider's professional", facts().bridging(PROFESSIONAL), false),
                row(FIRST_CONTACT_DATE_SET, "no date", facts(), false),
                row(FIRST_CONTACT_DATE_SET, "a date", facts().with("firstContactDate", TODAY.plusDays(3)), true),
                row(CARE_START_DATE_GIVEN, "no date", facts(), false),
                row(CARE_START_DATE_GIVEN, "a date", facts().with("careStartedOn", TODAY), true),
                row(CARE_START_DATE_NOT_IN_FUTURE, "today", facts().with("careStartedOn", TODAY), true),
                row(CARE_START_DATE_NOT_IN_FUTURE, "tomorrow", facts().with("careStartedOn", TODAY.plusDays(1)), false),
                row(
                        CARE_START_DATE_NOT_BEFORE_ACCEPTANCE,
                        "the day of acceptance",
                        facts().accepted(TODAY.minusDays(5)).with("careStartedOn", TODAY.minusDays(5)),
                        true),
                row(
                        CARE_START_DATE_NOT_BEFORE_ACCEPTANCE,
                        "the day before acceptance",
                        facts().accepted(TODAY.minusDays(5)).with("careStartedOn", TODAY.minusDays(6)),
                        false),
                row(CARE_NOT_STARTED_YET, "not reported yet", facts().accepted(TODAY.minusDays(5)), true),
                row(
                        CARE_NOT_STARTED_YET,
                        "reported before",
                        facts().accepted(TODAY.minusDays(5)).careStarted(TODAY.minusDays(2)),
                        false),
                row(
                        CARE_CONTINUES_AFTER_CLOSE,
                        "closed as continuing in external care",
                        facts().closedOn(TODAY.minusDays(3)).continuing(),
                        true),
                row(CARE_CONTINUES_AFTER_CLOSE, "closed otherwise", facts().closedOn(TODAY.minusDays(3)), false),
                row(SUMMARY_GIVEN, "no summary", facts(), false),
                row(SUMMARY_GIVEN, "a summary", facts().with("summary", "Rustmomenten in de les helpen"), true),
                row(OUTCOME_GIVEN, "no outcome", facts(), false),
                row(OUTCOME_GIVEN, "an outcome", facts().with("outcome", Outcome.values()[0]), true),
                row(CLOSED_WITHIN_REOPEN_WINDOW, "never closed", facts(), false),
                row(CLOSED_WITHIN_REOPEN_WINDOW, "closed 11 months ago", facts().closedOn(TODAY.minusMonths(11)), true),
                row(
                        CLOSED_WITHIN_REOPEN_WINDOW,
                        "closed exactly 12 months ago",
                        facts().closedOn(TODAY.minusMonths(12)),
                        false),
                row(
                        CLOSED_WITHIN_REOPEN_WINDOW,
                        "closed 13 months ago",
                        facts().closedOn(TODAY.minusMonths(13)),
                        false));
    }

    @ParameterizedTest(name = "{0}: {1} → {3}")
    @MethodSource("rows")
    void eachGuardDecidesFromTheFactsAlone(String guard, String situation, Facts facts, boolean passes) {
        CaseGuard theGuard = guards().get(guard);
        assertThat(theGuard.condition().test(facts))
                .as("%s with %s", guard, situation)
                .isEqualTo(passes);
    }

    @Test
    void everyGuardOfTheLifecycleHasRowsThatPassAndRowsThatFail() {
        Map<String, Set<Boolean>> outcomes = new HashMap<>();
        rows().forEach(row -> outcomes.computeIfAbsent((String) row.get()[0], guard -> new HashSet<>())
                .add((Boolean) row.get()[3]));
        Set<String> used = new TreeSet<>();
        CaseLifecycle.RULES.forEach(rule -> rule.guards().forEach(guard -> used.add(name(guard))));
        assertThat(outcomes.keySet()).containsAll(used);
        used.forEach(guard -> assertThat(outcomes.get(guard)).as(guard).containsExactlyInAnyOrder(true, false));
    }

    @Test
    void aGuardAboutARequestFieldNamesAFieldEveryRuleWithItTakes() {
        CaseLifecycle.RULES.forEach(rule -> rule.guards().stream()
                .filter(guard -> guard.field() != null)
                .forEach(guard -> assertThat(Stream.concat(
                                        Stream.of("reason"),
                                        rule.fields().stream().map(EventField::jsonName))
                                .toList())
                        .as("%s on %s", guard.code(), rule.event())
                        .contains(guard.field())));
        // a guard that reads a member of the request names it: the web app marks the field and shows the refusal there
        assertThat(guards().values().stream()
                        .filter(guard -> !guard.aboutTheCase() && guard.field() == null)
                        .map(CaseGuard::code))
                .containsExactlyInAnyOrder(
                        "lifecycle.guard.consent-required",
                        "lifecycle.guard.parent-consent-required",
                        "lifecycle.guard.reopen-window-passed");
    }

    // --- the table's vocabulary -------------------------------------------------------------------------------

    private static Arguments row(CaseGuard guard, String situation, Facts facts, boolean passes) {
        return Arguments.of(name(guard), situation, facts, passes);
    }

    /** Guards by the name of their constant, so a row reads as the lifecycle table does. */
    private static Map<String, CaseGuard> guards() {
        Map<String, CaseGuard> byName = new LinkedHashMap<>();
        for (var field : CaseGuards.class.getDeclaredFields()) {
            if (field.getType() == CaseGuard.class) {
                try {
                    field.setAccessible(true);
                    byName.put(field.getName(), (CaseGuard) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return byName;
    }

    private static String name(CaseGuard guard) {
        return guards().entrySet().stream()
                .filter(entry -> entry.getValue() == guard)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    private static Facts facts() {
        return new Facts(17, Map.of(), new EnumMap<>(ConsentGiver.class), null, null, null, false);
    }

    private static ProviderSummary youthProviderHere() {
        return provider(103, 12, 17, MUNICIPALITY, true);
    }

    private static ProviderSummary provider(
            long id, int minAge, int maxAge, Municipality municipality, boolean enabled) {
        return new ProviderSummary(
                id,
                "Aanbieder " + id,
                ProviderKind.values()[0],
                minAge,
                maxAge,
                List.of(municipality),
                enabled,
                ProviderContact.NONE,
                null,
                List.of());
    }

    private static final Map<Long, ProviderSummary> PROVIDERS = Stream.of(
                    provider(PROVIDER, 12, 27, MUNICIPALITY, true),
                    provider(INACTIVE_PROVIDER, 12, 27, MUNICIPALITY, false),
                    provider(YOUTH_PROVIDER_ELSEWHERE, 12, 27, ELSEWHERE_MUNICIPALITY, true),
                    youthProviderHere())
            .collect(Collectors.toMap(ProviderSummary::id, provider -> provider));

    private static final Map<Long, UserSummary> USERS = Stream.of(
                    user(ZC_HERE, Role.ZORGCOORDINATOR, LOCATION, null),
                    user(ZC_ELSEWHERE, Role.ZORGCOORDINATOR, ELSEWHERE, null),
                    user(SLB_HERE, Role.SLB, LOCATION, null),
                    user(PROFESSIONAL, Role.EXTERNAL_PROFESSIONAL, null, PROVIDER))
            .collect(Collectors.toMap(UserSummary::id, user -> user));

    private static UserSummary user(long id, Role role, @Nullable Long location, @Nullable Long provider) {
        return new UserSummary(
                id,
                "Gebruiker " + id,
                Set.of(role),
                location == null ? Set.of() : Set.of(location),
                provider,
                null,
                null);
    }

    /**
     * The facts of one row: the student's age today, the request's fields by their JSON names (so the table does not
     * break when the request gains a field), consents by giver, the day the case closed.
     */
    record Facts(
            int age,
            Map<String, Object> fields,
            Map<ConsentGiver, Set<PackageSection>> consents,
            @Nullable LocalDate closed,
            @Nullable LocalDate acceptedOn,
            @Nullable LocalDate careStarted,
            boolean continues)
            implements GuardFacts {

        Facts with(String field, Object value) {
            Map<String, Object> more = new HashMap<>(fields);
            more.put(field, value);
            return new Facts(age, more, consents, closed, acceptedOn, careStarted, continues);
        }

        Facts aged(int years) {
            return new Facts(years, fields, consents, closed, acceptedOn, careStarted, continues);
        }

        Facts consent(ConsentGiver giver, PackageSection... sections) {
            Map<ConsentGiver, Set<PackageSection>> more = new EnumMap<>(ConsentGiver.class);
            more.putAll(consents);
            more.put(giver, EnumSet.copyOf(Arrays.asList(sections)));
            return new Facts(age, fields, more, closed, acceptedOn, careStarted, continues);
        }

        Facts bridging(long contactUserId) {
            return with("bridging", Map.of("contactUserId", contactUserId, "contactEveryDays", 7));
        }

        Facts closedOn(LocalDate day) {
            return new Facts(age, fields, consents, day, acceptedOn, careStarted, continues);
        }

        Facts accepted(LocalDate day) {
            return new Facts(age, fields, consents, closed, day, careStarted, continues);
        }

        Facts careStarted(LocalDate day) {
            return new Facts(age, fields, consents, closed, acceptedOn, day, continues);
        }

        @Override
        public @Nullable LocalDate handoverAcceptedOn() {
            return acceptedOn;
        }

        @Override
        public @Nullable LocalDate careStartedOn() {
            return careStarted;
        }

        Facts continuing() {
            return new Facts(age, fields, consents, closed, acceptedOn, careStarted, true);
        }

        @Override
        public boolean careContinuesAfterClose() {
            return continues;
        }

        @Override
        public CaseEventRequest request() {
            Map<String, Object> body = new HashMap<>(fields);
            body.put("version", 0);
            return JSON.convertValue(body, CaseEventRequest.class);
        }

        @Override
        public LocalDate today() {
            return TODAY;
        }

        @Override
        public StudentSummary student() {
            return new StudentSummary(
                    7,
                    "S7",
                    "Sem",
                    null,
                    "Jansen",
                    TODAY.minusYears(age),
                    MUNICIPALITY.name(),
                    MUNICIPALITY.code(),
                    LOCATION,
                    "Stationsplein",
                    1,
                    "Team Zorg",
                    "Verzorgende IG",
                    3,
                    Track.BOL,
                    SLB_HERE);
        }

        @Override
        public long caseLocationId() {
            return LOCATION;
        }

        @Override
        public @Nullable Long caseProviderId() {
            return PROVIDER;
        }

        @Override
        public @Nullable LocalDate closedOn() {
            return closed;
        }

        @Override
        public Optional<ProviderSummary> provider(long providerId) {
            return Optional.ofNullable(PROVIDERS.get(providerId));
        }

        @Override
        public Optional<StaffMember> user(long userId) {
            return Optional.ofNullable(USERS.get(userId));
        }

        @Override
        public Set<PackageSection> consentedSections(ConsentGiver giver) {
            return consents.getOrDefault(giver, Set.of());
        }

        @Override
        public String toString() {
            return "age " + age + ", " + fields + ", consents " + consents
                    + (closed == null ? "" : ", closed " + closed);
        }
    }
}
