package nl.hulproute.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every field a rule of the lifecycle takes ({@code .taking(...)}) reaches the case when the rule fires: the table
 * and {@link Case#enter} are written apart, so a field added to a rule but not applied would otherwise be stored in
 * the history and silently dropped. Each field's value is read back as the case holds it.
 */
class CaseEnterTest {

    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();
    private static final Instant AT = Instant.parse("2026-03-15T09:30:00Z");
    private static final Actor ZORGCOORDINATOR =
            new Actor(1, "zc", "Zorgcoördinator", Set.of(Role.ZORGCOORDINATOR), Set.of(10L), null, null);

    /** A value for each field, as a client would send it. */
    private static final Map<EventField, Object> SENT = new EnumMap<>(Map.of(
            EventField.ADVICE, "Wekelijks kort gesprek",
            EventField.CHECK_IN_DATE, "2026-04-01",
            EventField.OWNER_ID, 42,
            EventField.PROVIDER_ID, 7,
            EventField.BRIDGING, Map.of("contactUserId", 5, "contactEveryDays", 14, "description", "Weekgesprek"),
            EventField.NO_BRIDGING_REASON, "Start binnen een week",
            EventField.EXPECTED_START_DATE, "2026-05-01",
            EventField.SECTIONS, List.of("SIGNALS", "STUDENT"),
            EventField.FIRST_CONTACT_DATE, "2026-03-20",
            EventField.SUMMARY, "Rustmomenten in de les helpen"));

    static {
        SENT.put(EventField.OUTCOME, Outcome.values()[0].name());
        SENT.put(EventField.CARE_STARTED_ON, "2026-03-22");
    }

    /** How the case holds each field, read back in the form it was sent. */
    private static final Map<EventField, Function<Case, @Nullable Object>> HELD = new EnumMap<>(Map.of(
            EventField.ADVICE, Case::advice,
            EventField.CHECK_IN_DATE, theCase -> string(theCase.checkInDate()),
            EventField.OWNER_ID, theCase -> number(theCase.ownerUserId()),
            EventField.PROVIDER_ID, theCase -> number(theCase.providerId()),
            EventField.BRIDGING,
                    theCase -> theCase.currentBridgingPlan()
                            .filter(BridgingPlan::hasContact)
                            .map(plan -> Map.of(
                                    "contactUserId", number(plan.contactUserId()),
                                    "contactEveryDays", plan.contactEveryDays(),
                                    "description", plan.description()))
                            .orElse(null),
            EventField.NO_BRIDGING_REASON,
                    theCase -> theCase.currentBridgingPlan()
                            .map(BridgingPlan::noBridgingReason)
                            .orElse(null),
            EventField.EXPECTED_START_DATE, theCase -> string(theCase.expectedStartDate()),
            EventField.SECTIONS,
                    theCase -> theCase.handoverSections().stream()
                            .map(Enum::name)
                            .sorted()
                            .toList(),
            EventField.FIRST_CONTACT_DATE, theCase -> string(theCase.firstContactDate()),
            EventField.SUMMARY, Case::externalCareSummary));

    static {
        HELD.put(
                EventField.OUTCOME,
                theCase -> theCase.outcome() == null ? null : theCase.outcome().name());
        HELD.put(EventField.CARE_STARTED_ON, theCase -> string(theCase.careStartedOn()));
    }

    @Test
    void everyFieldOfTheRequestHasAPlaceOnTheCase() {
        assertThat(SENT.keySet()).containsExactlyInAnyOrder(EventField.values());
        assertThat(HELD.keySet()).containsExactlyInAnyOrder(EventField.values());
    }

    @Test
    void everyRuleAppliesEveryFieldItTakes() {
        int checked = 0;
        for (LifecycleRule rule : CaseLifecycle.RULES) {
            for (EventField field : rule.fields()) {
                Case theCase = Case.open(3, 10, Urgency.values()[0], AT.minusSeconds(3600));
                theCase.enter(rule.target(), rule.event(), request(field), ZORGCOORDINATOR, AT);

                assertThat(HELD.get(field).apply(theCase))
                        .as("%s → %s takes %s: the case holds what was sent", rule.event(), rule.target(), field)
                        .isEqualTo(SENT.get(field));
                assertThat(theCase.state()).isEqualTo(rule.target());
                checked++;
            }
        }
        assertThat(checked).as("fields taken by the rules").isGreaterThanOrEqualTo(EventField.values().length);
    }

    /** A request with this one field, so each field is seen to land on its own. */
    private static CaseEventRequest request(EventField field) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put(field.jsonName(), SENT.get(field));
        return JSON.convertValue(body, CaseEventRequest.class);
    }

    private static @Nullable String string(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable Integer number(@Nullable Long value) {
        return value == null ? null : Math.toIntExact(value);
    }
}
