-- Retention (docs/adr/0008): once a closed case's content is anonymised, it keeps no link to its student and its
-- free text is gone; its state, location, dates, outcome and history steps stay, so figures still count it.
ALTER TABLE lifecycle_case
    MODIFY student_id BIGINT NULL,
    ADD COLUMN anonymised_at DATETIME(6) NULL AFTER closed_at,
    ADD INDEX ix_lifecycle_case_retention (state, anonymised_at, closed_at, id);

ALTER TABLE lifecycle_consent
    MODIFY student_id BIGINT NULL;
