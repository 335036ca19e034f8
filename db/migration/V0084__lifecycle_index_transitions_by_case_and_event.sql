-- Lifecycle: a case's steps by event. A case's clocks read only its milestones and its steps onto or off the waiting
-- list (ClockStepsImpl), on every transition and case view; without this index MariaDB read the case's whole history
-- to find them, however often the case had gone back and forth between first and second line.
CREATE INDEX ix_lifecycle_case_transition_case_event ON lifecycle_case_transition (case_id, event, occurred_at);
