-- A handover the provider has not answered in time is escalated to the zorgcoördinatoren once: one row per case and
-- handover (a new handover of the same case may escalate again). The key makes a second escalation impossible, also
-- when two application instances run the job at the same moment.
CREATE TABLE lifecycle_handover_escalation (
    case_id             BIGINT      NOT NULL,
    handover_started_at DATETIME(6) NOT NULL,
    escalated_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (case_id, handover_started_at),
    CONSTRAINT fk_lifecycle_handover_escalation_case FOREIGN KEY (case_id) REFERENCES lifecycle_case (id)
) ENGINE = InnoDB;
