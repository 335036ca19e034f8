package nl.hulproute.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import nl.hulproute.shared.Actor;
import nl.hulproute.shared.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The functioneel beheerder's view of the e-mail outbox. */
@RestController
@RequestMapping("/api/admin/mail")
@Tag(name = "Beheer")
class MailAdministrationController {

    private final MailOutbox outbox;

    MailAdministrationController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Schema(name = "MailResendRequest", description = "The version of the failed mail last read")
    record ResendRequest(@NotNull @PositiveOrZero Long version) {}

    @GetMapping
    @Operation(
            summary = "The e-mail outbox, newest first",
            description = "Recipient, subject and status of every mail (never its body), whether an SMTP server is "
                    + "configured, and counts per status. For the functioneel beheerder only.")
    MailOutbox.OutboxView outbox(
            @Parameter(hidden = true) Actor actor,
            @RequestParam(required = false) @Nullable MailStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Permission.ADMINISTER.require(actor);
        return outbox.view(status, page, size);
    }

    @PostMapping("/{id}/resend")
    @Operation(
            summary = "Send a failed mail again",
            description = "Only a FAILED mail (409 `mail.not-failed` otherwise); it keeps its Message-ID, so a "
                    + "receiver who got it after all sees one message.")
    MailOutbox.AdminMail resend(
            @Parameter(hidden = true) Actor actor,
            @PathVariable @Positive long id,
            @RequestBody @Valid ResendRequest request) {
        Permission.ADMINISTER.require(actor);
        return outbox.resend(id, request.version());
    }
}
