-- In-app notifications: what a user should know, with a link; never health details in the text.
CREATE TABLE notifications_notification (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_user_id BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    title             VARCHAR(300) NOT NULL,
    link              VARCHAR(300) NULL,
    read_at           DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_notifications_recipient (recipient_user_id, created_at)
) ENGINE = InnoDB;
