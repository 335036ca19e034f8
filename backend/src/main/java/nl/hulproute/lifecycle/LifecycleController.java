package nl.hulproute.lifecycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the lifecycle declaration, so clients build forms from it instead of repeating it. */
@RestController
@Tag(name = "Cases")
class LifecycleController {

    @Schema(name = "LifecycleState")
    record StateView(CaseState state, @Nullable Line line, SignalStatus signalStatus) {}

    @Schema(name = "LifecycleTransition")
    record TransitionRuleView(
            CaseEvent event,
            Set<CaseState> from,
            CaseState to,
            Set<Role> roles,

            @Schema(description = "Members of CaseEventRequest this event takes, besides version and reason")
            List<String> fields,

            @Schema(description = "Guard codes, in the order they are checked")
            List<String> guards,

            @Schema(
                    description = "The guards about a member of the request, by code: the field a form marks as "
                            + "needed and shows the guard's refusal next to")
            Map<String, String> guardFields) {}

    @Schema(name = "Lifecycle")
    record LifecycleView(CaseState initial, List<StateView> states, List<TransitionRuleView> transitions) {}

    @GetMapping("/api/lifecycle")
    @Operation(summary = "The case lifecycle: states, events, who may fire them, their fields and guards")
    LifecycleView lifecycle() {
        return new LifecycleView(
                CaseLifecycle.INITIAL,
                Arrays.stream(CaseState.values())
                        .map(state -> new StateView(state, state.line(), state.signalStatus()))
                        .toList(),
                CaseLifecycle.RULES.stream()
                        .map(rule -> new TransitionRuleView(
                                rule.event(),
                                rule.sources(),
                                rule.target(),
                                rule.roles(),
                                rule.fields().stream().map(EventField::jsonName).toList(),
                                rule.guards().stream().map(CaseGuard::code).toList(),
                                guardFields(rule)))
                        .toList());
    }

    private static Map<String, String> guardFields(LifecycleRule rule) {
        Map<String, String> fields = new LinkedHashMap<>();
        rule.guards().stream()
                .filter(guard -> guard.field() != null)
                .forEach(guard -> fields.put(guard.code(), Objects.requireNonNull(guard.field())));
        return fields;
    }
}
