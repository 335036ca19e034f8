package nl.hulproute.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import nl.hulproute.routing.ProposalViews.Proposals;
import nl.hulproute.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sociale kaart")
class ProviderProposalsController {

    private final ProviderProposals proposals;

    ProviderProposalsController(ProviderProposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/api/cases/{id}/provider-proposals")
    @Operation(
            summary = "The providers that fit the case, best first",
            description = "For the case's own zorgcoördinator: the active providers that serve the student's age and "
                    + "woongemeente (the rule the REFER guard applies) and help with the case's life domains, ranked "
                    + "by how many of those domains they cover, then whether they are in the student's school "
                    + "location, then the waiting time. Each comes with its reasons, its current typical waiting time "
                    + "(the median of the waits recorded in the last year when there are at least 5, else the "
                    + "sociale kaart's figure) and warnings such as TURNS_18_BEFORE_START.")
    Proposals proposals(@Parameter(hidden = true) Actor actor, @PathVariable @Positive long id) {
        return proposals.forCase(actor, id);
    }
}
