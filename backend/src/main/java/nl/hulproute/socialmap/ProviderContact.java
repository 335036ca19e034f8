package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** How to reach a provider and how its intake goes: what a zorgcoördinator needs to make the referral. */
@Schema(name = "ProviderContact")
public record ProviderContact(
        @Nullable String phone,
        @Nullable String email,
        @Schema(description = "http(s) address") @Nullable String website,

        @Schema(description = "visiting address, one line") @Nullable
        String address,

        @Schema(description = "how a referral reaches intake: who calls whom, what is needed") @Nullable
        String intakeProcedure) {

    public static final ProviderContact NONE = new ProviderContact(null, null, null, null, null);
}
