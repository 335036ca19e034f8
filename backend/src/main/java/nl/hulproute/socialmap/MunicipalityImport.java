package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What importing CBS's file changed on the list of gemeenten. */
@Schema(name = "MunicipalityImport")
public record MunicipalityImport(
        @Schema(description = "gemeenten new on the list") int added,

        @Schema(description = "gemeenten whose name changed")
        int renamed,

        @Schema(description = "deactivated gemeenten in the file, active again")
        int reactivated,

        @Schema(description = "gemeenten already on the list as they are in the file")
        int unchanged,

        @Schema(
                description = "active real gemeenten on the list that the file does not hold (merged away?): "
                        + "deactivate them when they no longer exist")
        List<String> notInFile) {}
