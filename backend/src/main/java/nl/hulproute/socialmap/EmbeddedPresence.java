package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.List;

/** A provider embedded in school: at which school location, on which days of the week. */
@Schema(name = "EmbeddedPresence")
public record EmbeddedPresence(long locationId, List<DayOfWeek> days) {

    public EmbeddedPresence {
        days = days.stream().distinct().sorted().toList();
    }
}
