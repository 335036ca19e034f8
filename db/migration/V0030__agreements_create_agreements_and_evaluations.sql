-- Ondersteuningsafspraken (support agreements): one agreement per student at a time, its revisions (a change is a
-- new revision, the old ones stay), their measures and acceptances, the yearly evaluations with the student, and the
-- reminders already sent. Student and user ids point into the people module's tables: no foreign keys across modules.
CREATE TABLE agreements_agreement (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    student_id         BIGINT       NOT NULL,
    -- the student while the agreement runs (not ended); null once ended: the unique key allows one running agreement
    running_student_id BIGINT       NULL,
    -- the day the first revision was accepted in full (student, and a parent under 16); null while never accepted
    first_accepted_on  DATE         NULL,
    ended_on           DATE         NULL,
    end_reason         VARCHAR(500) NULL,
    ended_by_user_id   BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by_user_id BIGINT       NOT NULL,
    -- every change to the agreement or its revisions, acceptances and evaluations touches it, so the version moves
    updated_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_agreements_agreement_running UNIQUE (running_student_id),
    INDEX ix_agreements_agreement_student (student_id, id),
    -- the compliance computation: agreements accepted on or before a day
    INDEX ix_agreements_agreement_accepted (first_accepted_on, ended_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreements_revision (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id       BIGINT       NOT NULL,
    revision           INT          NOT NULL,
    need_in_own_words  TEXT         NOT NULL,
    -- DRAFT until accepted in full, then ACCEPTED; SUPERSEDED from the day the next revision is accepted
    status             VARCHAR(20)  NOT NULL,
    accepted_on        DATE         NULL,
    superseded_on      DATE         NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by_user_id BIGINT       NOT NULL,
    CONSTRAINT uk_agreements_revision UNIQUE (agreement_id, revision),
    CONSTRAINT ck_agreements_revision_status CHECK (status IN ('DRAFT', 'ACCEPTED', 'SUPERSEDED')),
    CONSTRAINT fk_agreements_revision_agreement FOREIGN KEY (agreement_id) REFERENCES agreements_agreement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreements_measure (
    id                         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revision_id                BIGINT        NOT NULL,
    position                   INT           NOT NULL,
    kind                       VARCHAR(40)   NOT NULL,
    description                VARCHAR(2000) NOT NULL,
    responsible                VARCHAR(200)  NOT NULL,
    applies_during_internship  BOOLEAN       NOT NULL,
    CONSTRAINT ck_agreements_measure_kind CHECK (kind IN ('ADAPTED_ASSESSMENT', 'EXTRA_GUIDANCE', 'ADAPTED_TEACHING',
        'AIDS', 'INTERNSHIP_ADJUSTMENTS', 'EXTERNAL_CARE_AT_SCHOOL', 'ROOM_ADJUSTMENTS', 'OTHER')),
    CONSTRAINT fk_agreements_measure_revision FOREIGN KEY (revision_id) REFERENCES agreements_revision (id),
    INDEX ix_agreements_measure_revision (revision_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreements_acceptance (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revision_id         BIGINT       NOT NULL,
    accepted_on         DATE         NOT NULL,
    accepted_by         VARCHAR(10)  NOT NULL,
    how                 VARCHAR(500) NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    recorded_by_user_id BIGINT       NOT NULL,
    CONSTRAINT uk_agreements_acceptance UNIQUE (revision_id, accepted_by),
    CONSTRAINT ck_agreements_acceptance_by CHECK (accepted_by IN ('STUDENT', 'PARENT')),
    CONSTRAINT fk_agreements_acceptance_revision FOREIGN KEY (revision_id) REFERENCES agreements_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreements_evaluation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id        BIGINT        NOT NULL,
    -- the revision in force when it was held
    revision            INT           NOT NULL,
    held_on             DATE          NOT NULL,
    -- the law asks for the evaluation with the student: without them it is recorded but does not count
    student_present     BOOLEAN       NOT NULL,
    participants        VARCHAR(2000) NOT NULL,
    student_view        TEXT          NULL,
    next_due_on         DATE          NOT NULL,
    -- the draft revision the evaluation started (an ADJUST or STOP), if it did
    started_revision    INT           NULL,
    recorded_at         DATETIME(6)   NOT NULL,
    recorded_by_user_id BIGINT        NOT NULL,
    CONSTRAINT fk_agreements_evaluation_agreement FOREIGN KEY (agreement_id) REFERENCES agreements_agreement (id),
    -- an agreement's evaluations in the order they were held
    INDEX ix_agreements_evaluation_agreement (agreement_id, held_on),
    -- the compliance computation: the evaluations held with the student
    INDEX ix_agreements_evaluation_with_student (student_present, agreement_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreements_evaluation_outcome (
    evaluation_id BIGINT      NOT NULL,
    measure_id    BIGINT      NOT NULL,
    verdict       VARCHAR(10) NOT NULL,
    PRIMARY KEY (evaluation_id, measure_id),
    CONSTRAINT ck_agreements_evaluation_outcome_verdict CHECK (verdict IN ('EFFECTIVE', 'ADJUST', 'STOP')),
    CONSTRAINT fk_agreements_evaluation_outcome_evaluation FOREIGN KEY (evaluation_id) REFERENCES agreements_evaluation (id),
    CONSTRAINT fk_agreements_evaluation_outcome_measure FOREIGN KEY (measure_id) REFERENCES agreements_measure (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reminder of the yearly evaluation goes out once per agreement, due date and stage (8 weeks, 2 weeks, overdue):
-- the key keeps two runs, or two instances, from telling anyone twice.
CREATE TABLE agreements_reminder (
    agreement_id BIGINT      NOT NULL,
    due_on       DATE        NOT NULL,
    stage        VARCHAR(20) NOT NULL,
    sent_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (agreement_id, due_on, stage),
    CONSTRAINT fk_agreements_reminder_agreement FOREIGN KEY (agreement_id) REFERENCES agreements_agreement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
