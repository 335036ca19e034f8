-- Lifecycle: the caseload dashboard's weekly figures read only the last weeks (CaseStatistics.weekly): the cases a
-- location opened since a day, and the closings and reopenings since then. Both are ranges on these indexes, where
-- the 39 counts over the whole history they replace scanned every transition (23 s at 100,000 cases, see
-- docs/performance.md).
CREATE INDEX ix_lifecycle_case_location_opened ON lifecycle_case (location_id, opened_at);
CREATE INDEX ix_lifecycle_case_transition_event_time ON lifecycle_case_transition (event, occurred_at, case_id);
