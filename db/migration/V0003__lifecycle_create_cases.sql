-- Cases, their history, their consents and their bridging plans.
-- Student, user and provider ids point into other modules' tables; those modules own them, so no foreign keys.
CREATE TABLE lifecycle_case (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    student_id             BIGINT        NOT NULL,
    location_id            BIGINT        NOT NULL,
    state                  VARCHAR(20)   NOT NULL,
    urgency                VARCHAR(10)   NOT NULL,
    opened_at              DATETIME(6)   NOT NULL,
    last_signal_at         DATETIME(6)   NOT NULL,
    owner_user_id          BIGINT        NULL,
    provider_id            BIGINT        NULL,
    advice                 VARCHAR(2000) NULL,
    check_in_date          DATE          NULL,
    triage_started_at      DATETIME(6)   NULL,
    referred_at            DATETIME(6)   NULL,
    waiting_since          DATETIME(6)   NULL,
    expected_start_date    DATE          NULL,
    handover_started_at    DATETIME(6)   NULL,
    handover_accepted_at   DATETIME(6)   NULL,
    first_contact_date     DATE          NULL,
    external_care_summary  VARCHAR(2000) NULL,
    external_care_ended_at DATETIME(6)   NULL,
    outcome                VARCHAR(40)   NULL,
    closed_at              DATETIME(6)   NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    -- at most one open case per student: a second signal joins it; two signals at once cannot open two cases
    open_student_id        BIGINT AS (CASE WHEN state <> 'CLOSED' THEN student_id END) PERSISTENT,
    CONSTRAINT uk_lifecycle_case_one_open_per_student UNIQUE (open_student_id),
    CONSTRAINT ck_lifecycle_case_state CHECK (state IN ('SIGNALLED', 'TRIAGE', 'FIRST_LINE', 'SECOND_LINE', 'REFERRED',
                                                        'WAITING', 'HANDOVER', 'EXTERNAL_CARE', 'CLOSED')),
    CONSTRAINT ck_lifecycle_case_urgency CHECK (urgency IN ('NORMAL', 'URGENT', 'ACUTE')),
    INDEX ix_lifecycle_case_location_state (location_id, state, opened_at),
    INDEX ix_lifecycle_case_owner (owner_user_id, state),
    INDEX ix_lifecycle_case_provider (provider_id, state),
    INDEX ix_lifecycle_case_student (student_id)
) ENGINE = InnoDB;

-- Append-only: the application inserts and reads transitions, never updates or deletes them.
CREATE TABLE lifecycle_case_transition (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    actor_user_id BIGINT        NOT NULL,
    event         VARCHAR(30)   NOT NULL,
    from_state    VARCHAR(20)   NOT NULL,
    to_state      VARCHAR(20)   NOT NULL,
    reason        VARCHAR(2000) NULL,
    -- the event's fields as sent
    payload       JSON          NOT NULL,
    CONSTRAINT fk_lifecycle_case_transition_case FOREIGN KEY (case_id) REFERENCES lifecycle_case (id),
    INDEX ix_lifecycle_case_transition_case (case_id, occurred_at)
) ENGINE = InnoDB;

CREATE TABLE lifecycle_consent (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT      NOT NULL,
    student_id          BIGINT      NOT NULL,
    provider_id         BIGINT      NOT NULL,
    given_by            VARCHAR(10) NOT NULL,
    given_at            DATETIME(6) NOT NULL,
    valid_until         DATE        NOT NULL,
    recorded_by_user_id BIGINT      NOT NULL,
    withdrawn_at        DATETIME(6) NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_lifecycle_consent_case FOREIGN KEY (case_id) REFERENCES lifecycle_case (id),
    CONSTRAINT ck_lifecycle_consent_given_by CHECK (given_by IN ('STUDENT', 'PARENT')),
    INDEX ix_lifecycle_consent_case_provider (case_id, provider_id)
) ENGINE = InnoDB;

-- Overbrugging while a student waits: a school contact every N days, or why none is needed.
CREATE TABLE lifecycle_bridging_plan (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT        NOT NULL,
    contact_user_id    BIGINT        NULL,
    contact_every_days INT           NULL,
    no_bridging_reason VARCHAR(2000) NULL,
    started_at         DATETIME(6)   NOT NULL,
    ended_at           DATETIME(6)   NULL,
    CONSTRAINT fk_lifecycle_bridging_plan_case FOREIGN KEY (case_id) REFERENCES lifecycle_case (id),
    CONSTRAINT ck_lifecycle_bridging_plan_contact_or_reason
        CHECK ((contact_user_id IS NOT NULL AND contact_every_days BETWEEN 1 AND 90) OR no_bridging_reason IS NOT NULL),
    INDEX ix_lifecycle_bridging_plan_case (case_id)
) ENGINE = InnoDB;
