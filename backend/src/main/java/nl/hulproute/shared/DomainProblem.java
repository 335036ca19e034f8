package nl.hulproute.shared;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the API reports as an RFC 9457 problem. The {@code code} is stable and translated by clients; the
 * detail is safe to show (it never carries personal data or internals). Modules throw the subclasses, which say
 * what kind of refusal it is; only the platform knows how that maps to HTTP.
 */
public abstract sealed class DomainProblem extends RuntimeException
        permits DomainProblem.NotFound,
                DomainProblem.Forbidden,
                DomainProblem.Conflict,
                DomainProblem.Unprocessable,
                DomainProblem.InvalidInput {

    /** What kind of refusal this is; the platform maps each kind to one HTTP status. */
    public enum Kind {
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT,
        UNPROCESSABLE,
        INVALID_INPUT
    }

    private final Kind kind;
    private final String code;
    private final Map<String, Object> properties;

    private DomainProblem(Kind kind, String code, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return requireNonNull(getMessage(), "every problem is made with a detail");
    }

    /** Extra members of the problem body, such as the case id or the event that was refused. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** The record does not exist, or the caller may not know that it does: both get the same answer. */
    public static final class NotFound extends DomainProblem {
        public NotFound(String code, String detail) {
            super(Kind.NOT_FOUND, code, detail, Map.of());
        }
    }

    /** The caller is known but their role may not do this. */
    public static final class Forbidden extends DomainProblem {
        public Forbidden(String code, String detail, Map<String, Object> properties) {
            super(Kind.FORBIDDEN, code, detail, properties);
        }
    }

    /** The request collides with the current state: wrong state, stale version. */
    public static final class Conflict extends DomainProblem {
        public Conflict(String code, String detail, Map<String, Object> properties) {
            super(Kind.CONFLICT, code, detail, properties);
        }

        /**
         * A change against a version that is no longer current (optimistic locking): {@code <record>.version-stale},
         * naming the record's ids and its current version, so a client can reload and show what changed.
         */
        public static Conflict staleVersion(String record, Map<String, Object> ids, long currentVersion) {
            Map<String, Object> properties = new LinkedHashMap<>(ids);
            properties.put("currentVersion", currentVersion);
            String noun = record.substring(record.lastIndexOf('.') + 1);
            return new Conflict(
                    record + ".version-stale",
                    "The " + noun + " changed since you loaded it. Reload it and try again.",
                    properties);
        }
    }

    /** The request is well-formed but a business rule refuses it. */
    public static final class Unprocessable extends DomainProblem {
        public Unprocessable(String code, String detail, Map<String, Object> properties) {
            super(Kind.UNPROCESSABLE, code, detail, properties);
        }
    }

    /** The request itself is malformed (a parameter out of range, an impossible combination). */
    public static final class InvalidInput extends DomainProblem {
        public InvalidInput(String code, String detail) {
            super(Kind.INVALID_INPUT, code, detail, Map.of());
        }
    }
}
