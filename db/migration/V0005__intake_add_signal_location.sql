-- The student's location when the signal was raised, so signal figures can be given per location without
-- reaching into other modules' tables.
ALTER TABLE intake_signal ADD COLUMN location_id BIGINT NULL AFTER student_id;
UPDATE intake_signal s JOIN lifecycle_case c ON c.id = s.case_id SET s.location_id = c.location_id;
ALTER TABLE intake_signal MODIFY location_id BIGINT NOT NULL;
CREATE INDEX ix_intake_signal_location_raised ON intake_signal (location_id, raised_at);
