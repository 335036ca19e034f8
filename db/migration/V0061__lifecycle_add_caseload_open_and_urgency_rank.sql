-- Lifecycle: the caseload shows open cases by default, most urgent first, then the oldest. Two columns the database
-- keeps itself let one index serve that filter and that order (a CASE over the urgency in ORDER BY cannot use one).
ALTER TABLE lifecycle_case
    ADD COLUMN open_case    BOOLEAN AS (state <> 'CLOSED') PERSISTENT,
    -- 0 ACUTE, 1 URGENT, 2 NORMAL: most urgent first in ascending order
    ADD COLUMN urgency_rank INT AS (CASE urgency WHEN 'ACUTE' THEN 0 WHEN 'URGENT' THEN 1 ELSE 2 END) PERSISTENT,
    ADD INDEX ix_lifecycle_case_open_urgency (open_case, location_id, urgency_rank, opened_at, id),
    ADD INDEX ix_lifecycle_case_open_opened (open_case, location_id, opened_at, id);
