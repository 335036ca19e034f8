package nl.hulproute.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Permission;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The functioneel beheerder's locations and teams. */
@RestController
@Validated
@Tag(name = "Beheer")
class LocationAdministrationController {

    private final PeopleAdministration administration;

    LocationAdministrationController(PeopleAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/api/admin/locations")
    @Operation(summary = "Every location of the school, by name")
    List<AdminLocation> locations(@Parameter(hidden = true) Actor actor) {
        Permission.ADMINISTER.require(actor);
        return administration.locations();
    }
}
