-- Signals raised about students; each belongs to the case it opened or joined.
CREATE TABLE intake_signal (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    student_id             BIGINT        NOT NULL,
    -- lifecycle_case.id (another module's table)
    case_id                BIGINT        NOT NULL,
    raised_by_user_id      BIGINT        NOT NULL,
    raised_at              DATETIME(6)   NOT NULL,
    urgency                VARCHAR(10)   NOT NULL,
    observation            VARCHAR(4000) NOT NULL,
    discussed_with_student BOOLEAN       NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_intake_signal_urgency CHECK (urgency IN ('NORMAL', 'URGENT', 'ACUTE')),
    INDEX ix_intake_signal_raised_by (raised_by_user_id, raised_at),
    INDEX ix_intake_signal_case (case_id, raised_at)
) ENGINE = InnoDB;

CREATE TABLE intake_signal_life_domain (
    signal_id   BIGINT      NOT NULL,
    life_domain VARCHAR(30) NOT NULL,
    PRIMARY KEY (signal_id, life_domain),
    CONSTRAINT fk_intake_signal_life_domain FOREIGN KEY (signal_id) REFERENCES intake_signal (id) ON DELETE CASCADE
) ENGINE = InnoDB;
