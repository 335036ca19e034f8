-- Lifecycle: the caseload's line filter (`line=THIRD`) asked for the line's states, four for the third line: a range
-- of ix_lifecycle_case_state_listed that no index reads in the caseload's order, so MariaDB sorted every urgent
-- third-line case of the location for a page of 50 (a filesort, docs/performance.md). A column the database keeps
-- from the state lets one index serve that filter and the caseload's default order. The mapping is CaseState.line(),
-- and CaseloadApiTest.eachLineListsTheCasesInItsStatesAndACaseInTriageIsInNoLineYet fails when the two differ.
-- States outside a line (signalled, triage, closed) have none.
ALTER TABLE lifecycle_case
    ADD COLUMN line VARCHAR(10) AS (CASE
        WHEN state = 'FIRST_LINE' THEN 'FIRST'
        WHEN state = 'SECOND_LINE' THEN 'SECOND'
        WHEN state IN ('REFERRED', 'WAITING', 'HANDOVER', 'EXTERNAL_CARE') THEN 'THIRD'
    END) PERSISTENT,
    ADD INDEX ix_lifecycle_case_line_listed (open_case, location_id, line, anonymised_at, urgency_rank, opened_at, id);
