-- Retention removes notifications by age.
CREATE INDEX ix_notifications_created ON notifications_notification (created_at);
