-- The access log (NEN 7513 in spirit): one row per student record read or changed. Append-only.
-- The student, user and record ids point into other modules' tables; the log keeps them even after those rows
-- are anonymised, so no foreign keys.
CREATE TABLE privacy_access_log (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    user_id        BIGINT       NOT NULL,
    username       VARCHAR(100) NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    action         VARCHAR(20)  NOT NULL,
    -- null only for a search of the log itself across students
    student_id     BIGINT       NULL,
    record_kind    VARCHAR(30)  NOT NULL,
    record_id      BIGINT       NULL,
    -- CARE for normal work, the reason for break-glass, the filter of a log search
    purpose        VARCHAR(500) NOT NULL,
    client_address VARCHAR(64)  NULL,
    INDEX ix_privacy_access_log_student (student_id, occurred_at),
    INDEX ix_privacy_access_log_user (user_id, occurred_at),
    INDEX ix_privacy_access_log_time (occurred_at)
) ENGINE = InnoDB;

-- Nobody changes a log line, not even through SQL from the application's account.
CREATE TRIGGER trg_privacy_access_log_no_update BEFORE UPDATE ON privacy_access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The access log is append-only';
