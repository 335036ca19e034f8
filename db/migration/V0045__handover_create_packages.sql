-- The package of a warm handover as it was sent: a snapshot written in the transaction of START_HANDOVER, never
-- changed afterwards, so later edits to the case, the advice, the agreements or the contact person do not change what
-- the receiver read. One row per handover (a case handed over again after a decline gets a new one). The content is
-- JSON: the sections that were sent (chosen in the form, covered by consent), each as the receiver reads it.
CREATE TABLE handover_package (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT      NOT NULL,
    student_id      BIGINT      NULL,
    provider_id     BIGINT      NOT NULL,
    sent_at         DATETIME(6) NOT NULL,
    sent_by_user_id BIGINT      NOT NULL,
    content         LONGTEXT    NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    -- a case's packages, the latest first
    INDEX ix_handover_package_case (case_id, sent_at, id),
    INDEX ix_handover_package_student (student_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
