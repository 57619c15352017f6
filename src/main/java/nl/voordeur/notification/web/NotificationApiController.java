package nl.voordeur.notification.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.voordeur.notification.DeliveryMode;
import nl.voordeur.notification.Notifications;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.PageQuery;

/** Notifications: the caller's own choice, and the administrator's outbox. */
@RestController
@Tag(name = "Notifications")
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    record PreferenceBody(@Schema(nullable = true, description = "Where e-mails go; empty or null: none, they wait in the outbox")
                          @Size(max = 320) String email,
                          @NotNull DeliveryMode mode,
                          @Schema(description = "The version read; 0 for the first choice") @NotNull @Min(0)
                          @Max(Integer.MAX_VALUE) Integer version) {
    }

    @Operation(operationId = "getOwnNotificationPreference", summary = "The caller's notification e-mail and mode")
    @GetMapping(path = "/api/v1/users/me/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    Notifications.Preference preference() {
        return notifications.ownPreference();
    }

    @Operation(operationId = "chooseOwnNotificationPreference",
            summary = "Choose the caller's notification e-mail and mode (at once or a daily digest)")
    @PutMapping(path = "/api/v1/users/me/notifications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Notifications.Preference choose(@Valid @RequestBody PreferenceBody body) {
        return notifications.choose(body.email(), body.mode(), body.version());
    }

    @Operation(operationId = "listNotificationOutbox", summary = "Every notification, newest first, sent or waiting")
    @GetMapping(path = "/api/v1/notifications/outbox", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResult<Notifications.OutboxItem> outbox(@Valid PageQuery page) {
        return notifications.outbox(page.paging());
    }
}
