-- The waiting-time report finds the cases whose external care started in a period by the CARE_STARTED steps of the
-- history, newest last: one index range from the start of the period, then each case by its primary key.
CREATE INDEX ix_lifecycle_case_transition_event ON lifecycle_case_transition (event, occurred_at);
