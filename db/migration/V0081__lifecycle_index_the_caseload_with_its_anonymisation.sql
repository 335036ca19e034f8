-- Lifecycle: every caseload page asks `anonymised_at IS NULL` next to its filter, and counts its cases for the pager.
-- With anonymised_at outside the indexes, MariaDB counted the ~9,000 open cases of a big location by reading every
-- case of the school (a full scan per page, see docs/performance.md). These indexes hold the filter (open or one
-- state, the location, not anonymised) and then the default order (urgency, age, id): the page is read in order and
-- stops after 50 rows, the count is read from the index alone.
CREATE INDEX ix_lifecycle_case_open_listed
    ON lifecycle_case (open_case, location_id, anonymised_at, urgency_rank, opened_at, id);
CREATE INDEX ix_lifecycle_case_state_listed
    ON lifecycle_case (location_id, state, anonymised_at, urgency_rank, opened_at, id);
