-- Notifications: what a notification is about (e.g. "case:42"), so it can be marked done once someone acted on it
-- (an acute signal triaged), and when that happened.
ALTER TABLE notifications_notification
    ADD COLUMN subject VARCHAR(60) NULL AFTER link,
    ADD COLUMN done_at DATETIME(6) NULL AFTER read_at,
    ADD INDEX ix_notifications_kind_subject (kind, subject),
    ADD INDEX ix_notifications_recipient_unread (recipient_user_id, read_at);
