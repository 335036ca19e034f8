package nl.hulproute.platform;

import io.swagger.v3.oas.annotations.Hidden;
import nl.hulproute.shared.DomainProblem;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api} and {@code /api/} are API addresses with nothing at them: a 404 problem, not the web app's page. */
@Hidden
@RestController
class ApiRoot {

    @RequestMapping({"/api", "/api/"})
    void nothingHere() {
        throw new DomainProblem.NotFound("not-found", "There is nothing at this address.");
    }
}
