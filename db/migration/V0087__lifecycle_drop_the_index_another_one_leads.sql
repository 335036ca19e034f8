-- Lifecycle: ix_lifecycle_case_transition_event (event, occurred_at) is the leading part of
-- ix_lifecycle_case_transition_event_time (event, occurred_at, case_id), which serves every range it served and also
-- holds the case. Every transition paid for writing both; a national history kept both in the buffer pool.
DROP INDEX ix_lifecycle_case_transition_event ON lifecycle_case_transition;
