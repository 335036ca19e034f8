package nl.hulproute.lifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The lifecycle's time norms, set per school.
 *
 * @param triageDays days from signal to triage, per urgency: a NORMAL signal within this many days
 * @param urgentTriageDays days from an URGENT signal to triage
 * @param acuteTriageDays days from an ACUTE signal to triage (0: the same day)
 * @param handoverResponseWorkingDays working days a provider has to answer a handover before it escalates
 */
@ConfigurationProperties("hulproute.lifecycle")
public record LifecycleProperties(
        @DefaultValue("7") int triageDays,
        @DefaultValue("2") int urgentTriageDays,
        @DefaultValue("0") int acuteTriageDays,
        @DefaultValue("5") int handoverResponseWorkingDays) {}
