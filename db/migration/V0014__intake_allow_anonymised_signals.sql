-- Retention (docs/adr/0008): an anonymised signal keeps no student and no observation; when, where, how urgent
-- and which life domains stay for figures. Signals are looked up by student for the inzage.
ALTER TABLE intake_signal
    MODIFY student_id BIGINT NULL,
    ADD COLUMN anonymised_at DATETIME(6) NULL AFTER discussed_with_student,
    ADD INDEX ix_intake_signal_student (student_id, raised_at);
