-- Joint meetings (driegesprek: the student, school and the receiving professional): planned on a day, later recorded
-- as held. The note is short and non-clinical. The version guards recording a meeting twice at once.
CREATE TABLE handover_joint_meeting (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT       NOT NULL,
    student_id         BIGINT       NULL,
    planned_on         DATE         NOT NULL,
    planned_by_user_id BIGINT       NOT NULL,
    planned_at         DATETIME(6)  NOT NULL,
    held_on            DATE         NULL,
    held_by_user_id    BIGINT       NULL,
    note               VARCHAR(300) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_handover_joint_meeting_case (case_id, planned_on, id),
    INDEX ix_handover_joint_meeting_student (student_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
