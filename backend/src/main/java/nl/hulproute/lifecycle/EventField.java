package nl.hulproute.lifecycle;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A field an event takes, besides the version and the optional reason every event takes. */
public enum EventField {
    ADVICE("advice", CaseEventRequest::advice),
    CHECK_IN_DATE("checkInDate", CaseEventRequest::checkInDate),
    OWNER_ID("ownerId", CaseEventRequest::ownerId),
    PROVIDER_ID("providerId", CaseEventRequest::providerId),
    BRIDGING("bridging", CaseEventRequest::bridging),
    NO_BRIDGING_REASON("noBridgingReason", CaseEventRequest::noBridgingReason),
    EXPECTED_START_DATE("expectedStartDate", CaseEventRequest::expectedStartDate),
    SECTIONS("sections", CaseEventRequest::sections),
    FIRST_CONTACT_DATE("firstContactDate", CaseEventRequest::firstContactDate),
    CARE_STARTED_ON("careStartedOn", CaseEventRequest::careStartedOn),
    SUMMARY("summary", CaseEventRequest::summary),
    OUTCOME("outcome", CaseEventRequest::outcome);

    private final String jsonName;
    private final Function<CaseEventRequest, @Nullable Object> value;

    EventField(String jsonName, Function<CaseEventRequest, @Nullable Object> value) {
        this.jsonName = jsonName;
        this.value = value;
    }

    /** The member of the request body that carries this field. */
    public String jsonName() {
        return jsonName;
    }

    @Nullable
    Object valueIn(CaseEventRequest request) {
        return value.apply(request);
    }
}
