-- Notes on a case, each with a confidentiality level: NORMAL for everyone on the case, CONFIDENTIAL for the owner
-- and the zorgcoördinatoren of the case's location only.
CREATE TABLE lifecycle_case_note (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    author_user_id  BIGINT        NOT NULL,
    written_at      DATETIME(6)   NOT NULL,
    confidentiality VARCHAR(15)   NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_lifecycle_case_note_case FOREIGN KEY (case_id) REFERENCES lifecycle_case (id),
    CONSTRAINT ck_lifecycle_case_note_confidentiality CHECK (confidentiality IN ('NORMAL', 'CONFIDENTIAL')),
    INDEX ix_lifecycle_case_note_case (case_id, written_at)
) ENGINE = InnoDB;
