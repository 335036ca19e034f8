-- Bridging contacts: each time someone from school had contact with a student waiting for external care. The note
-- is short and non-clinical. The case's bridging plan (lifecycle) keeps the date of the latest one, from which the
-- next contact is due.
CREATE TABLE waitinglist_bridging_contact (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT       NOT NULL,
    student_id          BIGINT       NULL,
    contacted_on        DATE         NOT NULL,
    note                VARCHAR(500) NULL,
    recorded_by_user_id BIGINT       NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    -- a case's contacts, newest first
    INDEX ix_waitinglist_bridging_contact_case (case_id, contacted_on, id),
    INDEX ix_waitinglist_bridging_contact_student (student_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One reminder per case and due date: the key keeps anyone from being told twice, also by two instances at once.
CREATE TABLE waitinglist_bridging_reminder (
    case_id     BIGINT      NOT NULL,
    due_on      DATE        NOT NULL,
    reminded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (case_id, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
