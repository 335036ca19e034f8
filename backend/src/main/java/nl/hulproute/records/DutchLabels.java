package nl.hulproute.records;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.hulproute.agreements.AcceptedBy;
import nl.hulproute.agreements.AgreementStatus;
import nl.hulproute.agreements.MeasureKind;
import nl.hulproute.agreements.RevisionStatus;
import nl.hulproute.agreements.Verdict;
import nl.hulproute.intake.LifeDomain;
import nl.hulproute.lifecycle.CaseEvent;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.lifecycle.ConsentGiver;
import nl.hulproute.lifecycle.ConsentMethod;
import nl.hulproute.lifecycle.Outcome;
import nl.hulproute.lifecycle.PackageSection;
import nl.hulproute.lifecycle.Urgency;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * The Dutch words of the inzage document for the values of the API. They are the web app's words, read from the one
 * file both use ({@code frontend/src/i18n/nl.json}, on the classpath as {@value #RESOURCE}), so the student reads what
 * the zorgcoördinator sees.
 */
final class DutchLabels {

    static final String RESOURCE = "/i18n/nl.json";

    private static final Map<String, Map<String, String>> GROUPS = load();

    /** The group of {@code nl.json} that names each enumeration the document shows. */
    static final Map<Class<? extends Enum<?>>, String> GROUP_OF = Map.ofEntries(
            Map.entry(CaseState.class, "state"),
            Map.entry(CaseEvent.class, "eventDone"),
            Map.entry(Urgency.class, "urgency"),
            Map.entry(LifeDomain.class, "lifeDomain"),
            Map.entry(Outcome.class, "outcome"),
            Map.entry(Role.class, "role"),
            Map.entry(ConsentGiver.class, "consentGiver"),
            Map.entry(ConsentMethod.class, "consentMethod"),
            Map.entry(PackageSection.class, "packageSection"),
            Map.entry(AccessAction.class, "accessAction"),
            Map.entry(MeasureKind.class, "measureKind"),
            Map.entry(Verdict.class, "verdict"),
            Map.entry(AgreementStatus.class, "agreementStatus"),
            Map.entry(RevisionStatus.class, "revisionStatus"),
            Map.entry(AcceptedBy.class, "acceptedBy"));

    private DutchLabels() {}

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = DutchLabels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The build puts frontend/src/i18n/nl.json on the classpath as " + RESOURCE);
            }
            return Map.copyOf(new ObjectMapper()
                    .readValue(in, new TypeReference<Map<String, Map<String, String>>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is not a JSON object of groups of words", e);
        }
    }

    /** The word for a key of a group, or the key itself if the file has none (a test sees that none is missing). */
    static String word(String group, String key) {
        return GROUPS.getOrDefault(group, Map.of()).getOrDefault(key, key);
    }

    /** The word for a value of one of the enumerations of {@link #GROUP_OF}. */
    static String of(Enum<?> value) {
        String group = Objects.requireNonNull(
                GROUP_OF.get(value.getDeclaringClass()), () -> "no group of words for " + value.getDeclaringClass());
        return word(group, value.name());
    }

    static String state(CaseState state) {
        return of(state);
    }

    static String event(CaseEvent event) {
        return of(event);
    }

    static String urgency(Urgency urgency) {
        return of(urgency);
    }

    static String lifeDomain(LifeDomain domain) {
        return of(domain);
    }

    static String outcome(@Nullable Outcome outcome) {
        return outcome == null ? "" : of(outcome);
    }

    static String role(Role role) {
        return of(role);
    }

    /** The roles as the access log keeps them (comma-separated names), in Dutch. */
    static String roles(String names) {
        return Arrays.stream(names.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> word("role", name))
                .collect(Collectors.joining(", "));
    }

    static String consentGiver(ConsentGiver giver) {
        return of(giver);
    }

    static String consentMethod(ConsentMethod method) {
        return of(method);
    }

    static String section(PackageSection section) {
        return of(section);
    }

    static String action(AccessAction action) {
        return of(action);
    }

    static String recordKind(String kind) {
        return word("recordKind", kind);
    }

    static String purpose(String purpose) {
        if (purpose.startsWith(StudentRecordExport.PURPOSE)) {
            return word("purpose", StudentRecordExport.PURPOSE);
        }
        return word("purpose", purpose);
    }

    /** A member of an event's request as the document shows it (ids as numbers, not as the form's choices). */
    static String eventField(String field) {
        return word("inzageEventField", field);
    }

    static String measureKind(MeasureKind kind) {
        return of(kind);
    }

    static String verdict(Verdict verdict) {
        return of(verdict);
    }

    static String agreementStatus(AgreementStatus status) {
        return of(status);
    }

    static String revisionStatus(RevisionStatus status) {
        return of(status);
    }

    static String acceptedBy(AcceptedBy party) {
        return of(party);
    }
}
