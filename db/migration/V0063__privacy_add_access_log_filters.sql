-- Privacy: the auditor filters the access log by action and on break-glass only, each by period, newest first.
-- A read under break-glass carries the purpose "BREAK_GLASS: <reason>"; the database marks those rows itself.
ALTER TABLE privacy_access_log
    ADD COLUMN break_glass BOOLEAN AS (purpose LIKE 'BREAK_GLASS:%') PERSISTENT,
    ADD INDEX ix_privacy_access_log_action (action, occurred_at),
    ADD INDEX ix_privacy_access_log_break_glass (break_glass, occurred_at);
