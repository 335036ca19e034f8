package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A provider on the sociale kaart and whom it serves; a deactivated one is no longer referred to. */
@Schema(name = "Provider")
public record ProviderSummary(
        long id,
        String name,
        ProviderKind kind,
        int minAge,
        int maxAge,
        List<Municipality> municipalities,
        boolean enabled,
        ProviderContact contact,

        @Schema(description = "the provider's own figure: typical days from referral to start") @Nullable
        Integer typicalWaitingDays,

        List<EmbeddedPresence> embedded) {

    public ProviderSummary {
        municipalities = List.copyOf(municipalities);
        embedded = List.copyOf(embedded);
    }

    /**
     * The serving rule, declared once: whether this provider takes a student of this age whose woongemeente has this
     * CBS code. Youth care (under 18, Jeugdwet) is arranged by the municipality of residence (woonplaatsbeginsel),
     * adult support (from 18, Wmo 2015) by it too, and the Jeugdwet/Wmo split at 18 makes age decisive; a provider's
     * age range says which side it is on (a doorstroompunt: up to 23). A student whose woongemeente is not on the
     * reference list is served by no one until it is corrected. The REFER guard and the proposals both ask this.
     */
    public boolean serves(int age, @Nullable String municipalityCode) {
        return servesAge(age) && servesMunicipality(municipalityCode);
    }

    public boolean servesAge(int age) {
        return age >= minAge && age <= maxAge;
    }

    public boolean servesMunicipality(@Nullable String municipalityCode) {
        return municipalityCode != null
                && municipalities.stream()
                        .anyMatch(municipality -> municipality.code().equals(municipalityCode));
    }

    /** The days this provider is in at this school location; empty when it is not embedded there. */
    public List<DayOfWeek> daysAt(long locationId) {
        return embedded.stream()
                .filter(place -> place.locationId() == locationId)
                .flatMap(place -> place.days().stream())
                .toList();
    }
}
