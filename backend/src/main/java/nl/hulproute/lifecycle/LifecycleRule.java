package nl.hulproute.lifecycle;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.hulproute.shared.Role;

/** One row of the lifecycle: an event, the states it leaves, the state it enters, who may fire it and on what condition. */
record LifecycleRule(
        CaseEvent event,
        Set<CaseState> sources,
        CaseState target,
        Set<Role> roles,
        List<EventField> fields,
        List<CaseGuard> guards) {

    LifecycleRule {
        sources = Set.copyOf(sources);
        roles = Set.copyOf(roles);
        fields = List.copyOf(fields);
        guards = List.copyOf(guards);
    }

    static Builder on(CaseEvent event) {
        return new Builder(event);
    }

    static final class Builder {
        private final CaseEvent event;
        private Set<CaseState> sources = Set.of();

        private Builder(CaseEvent event) {
            this.event = event;
        }

        Builder from(CaseState first, CaseState... rest) {
            this.sources = EnumSet.of(first, rest);
            return this;
        }

        Target to(CaseState target) {
            return new Target(this, target);
        }
    }

    static final class Target {
        private final Builder from;
        private final CaseState target;
        private Set<Role> roles = Set.of();
        private List<EventField> fields = List.of();
        private List<CaseGuard> guards = List.of();

        private Target(Builder from, CaseState target) {
            this.from = from;
            this.target = target;
        }

        Target by(Role first, Role... rest) {
            this.roles = EnumSet.of(first, rest);
            return this;
        }

        Target taking(EventField... fields) {
            this.fields = List.of(fields);
            return this;
        }

        Target when(CaseGuard... guards) {
            this.guards = List.of(guards);
            return this;
        }

        LifecycleRule rule() {
            return new LifecycleRule(from.event, from.sources, target, roles, fields, guards);
        }
    }
}
