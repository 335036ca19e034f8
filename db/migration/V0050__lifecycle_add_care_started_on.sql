-- CARE_STARTED: the receiving professional reports the day care really started (the case stays in EXTERNAL_CARE).
-- Until then the school's bridging contact person keeps checking in, also after the handover was accepted.
ALTER TABLE lifecycle_case
    ADD COLUMN care_started_on DATE NULL AFTER first_contact_date;
