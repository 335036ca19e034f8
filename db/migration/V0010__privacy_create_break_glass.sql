-- Break-glass (noodtoegang): time-limited access to a student outside one's own locations, with the reason given.
CREATE TABLE privacy_break_glass (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    student_id BIGINT       NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    granted_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    INDEX ix_privacy_break_glass_user (user_id, expires_at),
    INDEX ix_privacy_break_glass_student (student_id, granted_at)
) ENGINE = InnoDB;
