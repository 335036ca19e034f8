package nl.hulproute.handover;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.lifecycle.CaseViews.TransitionView;
import nl.hulproute.lifecycle.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * What school already tried, in readable Dutch: one sentence per step of the case, with the advice, the second-line
 * owner, the referrals and their outcomes, and how long each line lasted. Not a list of state names: a receiver who
 * has never seen Hulproute reads it.
 */
final class SchoolTried {

    /** How the handover module writes a day, in packages and messages. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private SchoolTried() {}

    /**
     * The sentences for these steps (oldest first), up to but not including the handover being sent now.
     *
     * @param userName the name of a user by id
     * @param providerName the name of a provider by id
     */
    static List<String> of(
            List<TransitionView> steps, ZoneId zone, LongFunction<String> userName, LongFunction<String> providerName) {
        List<String> sentences = new ArrayList<>();
        Instant lineStarted = null;
        for (int i = 0; i < steps.size(); i++) {
            TransitionView step = steps.get(i);
            boolean last = i == steps.size() - 1;
            String on = "Op " + day(step.occurredAt(), zone);
            String after = lineStarted == null ? "" : after(step.from(), lineStarted, step.occurredAt());
            JsonNode payload = step.payload();
            String sentence = switch (step.event()) {
                case START_TRIAGE ->
                    on + " nam " + step.actor().name()
                            + " (zorgcoördinator) de signalen in behandeling en besprak de situatie.";
                case DISMISS -> on + " besloot school dat geen verdere begeleiding nodig was" + reason(step) + ".";
                case ASSIGN_FIRST_LINE ->
                    on + after + " ging de studieloopbaanbegeleider (SLB'er) de student in de "
                            + "klas begeleiden"
                            + quoted(" met dit advies van de zorgcoördinator: ", text(payload, "advice"))
                            + checkIn(payload) + ".";
                case ASSIGN_SECOND_LINE ->
                    on + after + " kreeg de student extra ondersteuning van studentsupport op " + "school (tweede lijn)"
                            + owner(payload, userName) + "." + reasonSentence(step);
                case REFER ->
                    on + after + " verwees school de student door naar " + provider(payload, providerName) + "."
                            + reasonSentence(step);
                case PLACE_ON_WAITLIST -> on + " kwam de student op de wachtlijst. " + bridging(payload, userName);
                case START_HANDOVER -> last ? "" : on + " startte school een warme overdracht.";
                case ACCEPT_HANDOVER -> on + " accepteerde de zorgaanbieder de warme overdracht.";
                case DECLINE_HANDOVER -> on + " wees de zorgaanbieder de warme overdracht af" + reason(step) + ".";
                case WITHDRAW_HANDOVER -> on + " trok school de warme overdracht in" + reason(step) + ".";
                case END_EXTERNAL_CARE ->
                    on + " eindigde de externe zorg en kwam de student terug bij school"
                            + quoted(", met deze terugkoppeling: ", text(payload, "summary")) + ".";
                case CLOSE ->
                    on + " sloot school de casus af: " + outcome(text(payload, "outcome")) + "." + reasonSentence(step);
                case REOPEN -> on + " werd de casus heropend" + reason(step) + ".";
                default -> "";
            };
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
            if (step.to() == CaseState.FIRST_LINE || step.to() == CaseState.SECOND_LINE) {
                lineStarted = step.occurredAt();
            } else if (step.from() == CaseState.FIRST_LINE || step.from() == CaseState.SECOND_LINE) {
                lineStarted = null;
            }
        }
        return sentences;
    }

    private static String day(Instant at, ZoneId zone) {
        return DAY.format(LocalDate.ofInstant(at, zone));
    }

    /** ", na 3 weken begeleiding in de eerste lijn," when the step ends a line that lasted that long. */
    private static String after(CaseState from, Instant started, Instant ended) {
        String line = switch (from) {
            case FIRST_LINE -> "begeleiding door de SLB'er";
            case SECOND_LINE -> "ondersteuning door studentsupport";
            default -> null;
        };
        if (line == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(started, ended);
        if (days < 1) {
            return "";
        }
        String duration = days >= 14 ? (days / 7) + " weken" : days == 1 ? "1 dag" : days + " dagen";
        return ", na " + duration + " " + line + ",";
    }

    private static @Nullable String text(JsonNode payload, String field) {
        JsonNode value = payload.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static String quoted(String lead, @Nullable String text) {
        return text == null ? "" : lead + "“" + text + "”";
    }

    private static String checkIn(JsonNode payload) {
        String date = text(payload, "checkInDate");
        if (date == null) {
            return "";
        }
        try {
            return "; terugkoppeling was gepland op " + DAY.format(LocalDate.parse(date));
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String owner(JsonNode payload, LongFunction<String> userName) {
        JsonNode id = payload.path("ownerId");
        return id.canConvertToLong() ? ", met " + userName.apply(id.asLong()) + " als vaste begeleider" : "";
    }

    private static String provider(JsonNode payload, LongFunction<String> providerName) {
        JsonNode id = payload.path("providerId");
        return id.canConvertToLong() ? providerName.apply(id.asLong()) : "een zorgaanbieder";
    }

    private static String bridging(JsonNode payload, LongFunction<String> userName) {
        String none = text(payload, "noBridgingReason");
        JsonNode plan = payload.path("bridging");
        if (plan.isObject() && plan.path("contactUserId").canConvertToLong()) {
            String what = text(plan, "description");
            return "School hield contact om het wachten te overbruggen: "
                    + userName.apply(plan.path("contactUserId").asLong())
                    + (plan.path("contactEveryDays").canConvertToInt()
                            ? " sprak de student elke "
                                    + plan.path("contactEveryDays").asInt() + " dagen"
                            : " hield contact met de student")
                    + (what == null ? "" : " (" + what + ")") + ".";
        }
        return none == null ? "" : "Overbrugging was niet nodig: " + none + ".";
    }

    private static String reason(TransitionView step) {
        return step.reason() == null || step.reason().isBlank()
                ? ""
                : ": " + step.reason().strip();
    }

    private static String reasonSentence(TransitionView step) {
        return step.reason() == null || step.reason().isBlank()
                ? ""
                : " Reden: " + step.reason().strip();
    }

    private static String outcome(@Nullable String outcome) {
        if (outcome == null) {
            return "zonder uitkomst";
        }
        try {
            return switch (Outcome.valueOf(outcome)) {
                case NO_FOLLOW_UP_NEEDED -> "geen vervolg nodig";
                case RESOLVED_IN_SCHOOL -> "opgelost met begeleiding op school";
                case CONTINUES_IN_EXTERNAL_CARE -> "gaat verder in externe zorg";
                case STUDENT_DECLINED_SUPPORT -> "de student wilde geen (verdere) begeleiding";
                case STUDENT_LEFT_SCHOOL -> "de student heeft de school verlaten";
                case OTHER -> "anders";
            };
        } catch (IllegalArgumentException e) {
            return "anders";
        }
    }
}
