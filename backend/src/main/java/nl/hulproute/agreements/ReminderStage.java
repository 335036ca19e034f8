package nl.hulproute.agreements;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** When the zorgcoördinator is reminded of a yearly evaluation: 8 weeks and 2 weeks before it is due, and when overdue. */
enum ReminderStage {
    WEEKS_8,
    WEEKS_2,
    OVERDUE;

    /** The stage an evaluation due on {@code dueOn} is in today; null when it is more than 8 weeks away. */
    static @Nullable ReminderStage at(LocalDate dueOn, LocalDate today) {
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        if (!today.isBefore(dueOn.minusWeeks(2))) {
            return WEEKS_2;
        }
        if (!today.isBefore(dueOn.minusWeeks(8))) {
            return WEEKS_8;
        }
        return null;
    }
}
