package nl.hulproute.records;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import nl.hulproute.intake.LifeDomain;
import nl.hulproute.lifecycle.CaseEvent;
import nl.hulproute.lifecycle.CaseState;
import nl.hulproute.lifecycle.ConsentGiver;
import nl.hulproute.lifecycle.ConsentMethod;
import nl.hulproute.lifecycle.Outcome;
import nl.hulproute.lifecycle.PackageSection;
import nl.hulproute.lifecycle.Urgency;
import nl.hulproute.privacy.AccessAction;
import nl.hulproute.privacy.AccessLog;
import nl.hulproute.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * The Dutch words of the inzage document for the values of the API: the same words the web app uses
 * ({@code frontend/src/i18n/nl.ts}), so the student reads what the zorgcoördinator sees.
 */
final class DutchLabels {

    private DutchLabels() {}

    static String state(CaseState state) {
        return switch (state) {
            case SIGNALLED -> "Gesignaleerd";
            case TRIAGE -> "In triage";
            case FIRST_LINE -> "Eerste lijn";
            case SECOND_LINE -> "Tweede lijn";
            case REFERRED -> "Verwezen";
            case WAITING -> "Wachtlijst";
            case HANDOVER -> "Warme overdracht";
            case EXTERNAL_CARE -> "In zorg extern";
            case CLOSED -> "Afgesloten";
        };
    }

    static String event(CaseEvent event) {
        return switch (event) {
            case START_TRIAGE -> "Triage gestart";
            case DISMISS -> "Afgesloten zonder vervolg";
            case ASSIGN_FIRST_LINE -> "Naar eerste lijn";
            case ASSIGN_SECOND_LINE -> "Naar tweede lijn";
            case REFER -> "Verwezen";
            case PLACE_ON_WAITLIST -> "Op wachtlijst geplaatst";
            case START_HANDOVER -> "Warme overdracht gestart";
            case ACCEPT_HANDOVER -> "Overdracht geaccepteerd";
            case DECLINE_HANDOVER -> "Overdracht geweigerd";
            case WITHDRAW_HANDOVER -> "Overdracht ingetrokken";
            case CARE_STARTED -> "Zorg gestart";
            case END_EXTERNAL_CARE -> "Externe zorg beëindigd";
            case CLOSE -> "Afgesloten";
            case REOPEN -> "Heropend";
        };
    }

    static String urgency(Urgency urgency) {
        return switch (urgency) {
            case NORMAL -> "Normaal";
            case URGENT -> "Urgent";
            case ACUTE -> "Acuut";
        };
    }

    static String lifeDomain(LifeDomain domain) {
        return switch (domain) {
            case MENTAL_HEALTH -> "Psychische gezondheid";
            case PHYSICAL_HEALTH -> "Lichamelijke gezondheid";
            case WELLBEING_SOCIAL -> "Welzijn en sociaal";
            case HOME_FAMILY -> "Thuissituatie en gezin";
            case HOUSING -> "Wonen";
            case FINANCES_DEBT -> "Financiën en schulden";
            case WORK_INTERNSHIP -> "Werk en stage";
            case JUSTICE_SAFETY -> "Justitie en veiligheid";
            case SUBSTANCE_USE -> "Middelengebruik";
            case LEARNING_SCHOOL -> "Leren en school";
        };
    }

    static String outcome(@Nullable Outcome outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case NO_FOLLOW_UP_NEEDED -> "Geen vervolg nodig";
            case RESOLVED_IN_SCHOOL -> "Opgelost met begeleiding op school";
            case CONTINUES_IN_EXTERNAL_CARE -> "Gaat verder in externe zorg";
            case STUDENT_DECLINED_SUPPORT -> "Student wil geen (verdere) begeleiding";
            case STUDENT_LEFT_SCHOOL -> "Student heeft de school verlaten";
            case OTHER -> "Anders";
        };
    }

    static String role(Role role) {
        return switch (role) {
            case SLB -> "SLB'er";
            case ZORGCOORDINATOR -> "Zorgcoördinator";
            case EXTERNAL_PROFESSIONAL -> "Externe professional";
            case AUDITOR -> "Auditor";
            case ADMIN -> "Functioneel beheerder";
        };
    }

    /** The roles as the access log keeps them (comma-separated names), in Dutch. */
    static String roles(String names) {
        return Arrays.stream(names.split(","))
                .filter(name -> !name.isBlank())
                .map(name -> Arrays.stream(Role.values())
                        .filter(role -> role.name().equals(name.strip()))
                        .findFirst()
                        .map(DutchLabels::role)
                        .orElse(name.strip()))
                .collect(Collectors.joining(", "));
    }

    static String consentGiver(ConsentGiver giver) {
        return switch (giver) {
            case STUDENT -> "De student";
            case PARENT -> "Een ouder of verzorger";
        };
    }

    static String consentMethod(ConsentMethod method) {
        return switch (method) {
            case IN_PERSON -> "In een gesprek op school";
            case DIGITAL -> "Met een digitaal formulier";
        };
    }

    static String section(PackageSection section) {
        return switch (section) {
            case STUDENT -> "Gegevens van de student";
            case SIGNALS -> "Wat school zag (signalen)";
            case SCHOOL_SUPPORT -> "Wat school deed (begeleiding)";
            case BRIDGING -> "Overbrugging en contactpersoon";
        };
    }

    static String action(AccessAction action) {
        return switch (action) {
            case VIEW -> "Ingezien";
            case LIST -> "In een lijst gezien";
            case CREATE -> "Vastgelegd";
            case CHANGE -> "Gewijzigd";
            case EXPORT -> "Geëxporteerd";
            case BREAK_GLASS -> "Noodtoegang gebruikt";
            case VIEW_ACCESS_LOG -> "Logboek ingezien";
        };
    }

    private static final Map<String, String> RECORD_KINDS = Map.of(
            "case", "Casus",
            "case-history", "Verloop van de casus",
            "case-consents", "Toestemmingen bij de casus",
            "signal", "Signaal",
            "consent", "Toestemming",
            "student", "Studentgegevens",
            "student-record", "Volledig dossier (inzage)",
            "access-log", "Logboek",
            "case-note", "Notitie");

    static String recordKind(String kind) {
        return RECORD_KINDS.getOrDefault(kind, kind);
    }

    static String purpose(String purpose) {
        if (purpose.equals("CARE")) {
            return "Begeleiding";
        }
        if (purpose.startsWith(StudentRecordExport.PURPOSE)) {
            return "Inzageverzoek (AVG art. 15)";
        }
        if (purpose.equals(AccessLog.PURPOSE_CORRECTION)) {
            return "Correctie (AVG art. 16)";
        }
        return purpose;
    }

    private static final Map<String, String> EVENT_FIELDS = Map.ofEntries(
            Map.entry("advice", "Advies voor de SLB'er"),
            Map.entry("checkInDate", "Datum terugkoppeling"),
            Map.entry("ownerId", "Eigenaar (nummer)"),
            Map.entry("providerId", "Zorgaanbieder (nummer)"),
            Map.entry("bridging", "Overbrugging"),
            Map.entry("contactUserId", "contactpersoon (nummer)"),
            Map.entry("contactEveryDays", "contact om de zoveel dagen"),
            Map.entry("description", "wat de overbrugging is"),
            Map.entry("noBridgingReason", "Waarom geen overbrugging"),
            Map.entry("expectedStartDate", "Verwachte startdatum"),
            Map.entry("sections", "Onderdelen"),
            Map.entry("firstContactDate", "Datum eerste contact"),
            Map.entry("summary", "Samenvatting"),
            Map.entry("outcome", "Uitkomst"));

    static String eventField(String field) {
        return EVENT_FIELDS.getOrDefault(field, field);
    }
}
