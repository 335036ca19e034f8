-- When a student left school: retention of their case content only starts once they have (see docs/adr/0008).
-- When their personal details were anonymised, once nothing of theirs was left within retention.
ALTER TABLE people_student
    ADD COLUMN left_on       DATE        NULL AFTER slb_user_id,
    ADD COLUMN anonymised_at DATETIME(6) NULL AFTER left_on,
    ADD INDEX ix_people_student_left_on (left_on, id);
