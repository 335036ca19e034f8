-- The bridging plan says what the bridging is (a weekly talk, an adapted timetable) and when the school last had
-- contact with the waiting student: the next contact is due that many days after the last one (or after the start
-- of the plan). The contacts themselves, with their notes, are the waitinglist module's (waitinglist_bridging_contact).
ALTER TABLE lifecycle_bridging_plan
    ADD COLUMN description     VARCHAR(300) NULL AFTER contact_every_days,
    ADD COLUMN last_contact_on DATE         NULL AFTER started_at;

-- Waiting cases across locations (the bridging reminder job) and in order of waiting time.
CREATE INDEX ix_lifecycle_case_state_waiting ON lifecycle_case (state, waiting_since);
