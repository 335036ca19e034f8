-- Consent per package section, how it was given and who withdrew it; the sections sent with a handover.
ALTER TABLE lifecycle_consent
    ADD COLUMN given_how VARCHAR(10) NOT NULL DEFAULT 'IN_PERSON' AFTER given_at,
    ADD COLUMN withdrawn_by_user_id BIGINT NULL AFTER withdrawn_at,
    ADD CONSTRAINT ck_lifecycle_consent_given_how CHECK (given_how IN ('IN_PERSON', 'DIGITAL'));

CREATE TABLE lifecycle_consent_section (
    consent_id BIGINT      NOT NULL,
    section    VARCHAR(20) NOT NULL,
    PRIMARY KEY (consent_id, section),
    CONSTRAINT fk_lifecycle_consent_section FOREIGN KEY (consent_id) REFERENCES lifecycle_consent (id)
) ENGINE = InnoDB;

-- consent recorded before sections existed covered the whole package
INSERT INTO lifecycle_consent_section (consent_id, section)
SELECT c.id, s.section
FROM lifecycle_consent c
CROSS JOIN (SELECT 'STUDENT' AS section UNION ALL SELECT 'SIGNALS' UNION ALL SELECT 'SCHOOL_SUPPORT'
            UNION ALL SELECT 'BRIDGING') s;

CREATE TABLE lifecycle_case_handover_section (
    case_id BIGINT      NOT NULL,
    section VARCHAR(20) NOT NULL,
    PRIMARY KEY (case_id, section),
    CONSTRAINT fk_lifecycle_case_handover_section FOREIGN KEY (case_id) REFERENCES lifecycle_case (id)
) ENGINE = InnoDB;

-- cases handed over before packages had sections were sent whole
INSERT INTO lifecycle_case_handover_section (case_id, section)
SELECT c.id, s.section
FROM lifecycle_case c
CROSS JOIN (SELECT 'STUDENT' AS section UNION ALL SELECT 'SIGNALS' UNION ALL SELECT 'SCHOOL_SUPPORT'
            UNION ALL SELECT 'BRIDGING') s
WHERE c.handover_started_at IS NOT NULL;
