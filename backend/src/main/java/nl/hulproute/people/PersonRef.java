package nl.hulproute.people;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import nl.hulproute.shared.Actor;
import org.jspecify.annotations.Nullable;

/** A user as views name them: by id and display name. */
@Schema(name = "PersonRef", description = "A user, by id and name")
public record PersonRef(long id, String name) {

    /** Someone who is always there, such as a note's author, named from a batch lookup. */
    public static PersonRef of(long userId, Map<Long, UserSummary> users) {
        return requireNonNull(of(Long.valueOf(userId), users));
    }

    /** The user by id, named from a batch lookup; null for no user. */
    public static @Nullable PersonRef of(@Nullable Long userId, Map<Long, UserSummary> users) {
        if (userId == null) {
            return null;
        }
        UserSummary user = users.get(userId);
        return new PersonRef(userId, user == null ? "" : user.displayName());
    }

    /**
     * As {@link #of(Long, Map)}, with the acting user named from their session, which this request checked against
     * their account (ADR 20), so they need not be in the batch.
     */
    public static @Nullable PersonRef of(@Nullable Long userId, Actor actor, Map<Long, UserSummary> users) {
        if (userId != null && userId == actor.id()) {
            return new PersonRef(actor.id(), actor.displayName());
        }
        return of(userId, users);
    }

    /** The user by id from a batch of refs ({@link People#refs}), as {@link #of}: null for no user, no name if gone. */
    public static @Nullable PersonRef named(@Nullable Long userId, Map<Long, PersonRef> refs) {
        if (userId == null) {
            return null;
        }
        return refs.getOrDefault(userId, new PersonRef(userId, ""));
    }
}
