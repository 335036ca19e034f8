-- Correction (AVG art. 16, docs/adr/0010): the inaccurate text of a note or a signal's observation is replaced in
-- place; what stays is the trace that it was corrected: when, by whom and why, one row per correction, in order.
-- The old text is kept nowhere.

-- A note is the case team's own note, or the student's supplementary statement in their own words.
ALTER TABLE lifecycle_case_note
    ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'NOTE' AFTER confidentiality,
    ADD CONSTRAINT ck_lifecycle_case_note_kind CHECK (kind IN ('NOTE', 'STUDENT_STATEMENT'));

-- goes with its note (retention deletes notes as a whole)
CREATE TABLE lifecycle_case_note_correction (
    note_id              BIGINT       NOT NULL,
    seq                  INT          NOT NULL,
    corrected_at         DATETIME(6)  NOT NULL,
    corrected_by_user_id BIGINT       NOT NULL,
    reason               VARCHAR(500) NOT NULL,
    PRIMARY KEY (note_id, seq),
    CONSTRAINT fk_lifecycle_case_note_correction FOREIGN KEY (note_id) REFERENCES lifecycle_case_note (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;

-- retention blanks the reason with the observation; when and by whom stay, like the signal's other facts
CREATE TABLE intake_signal_correction (
    signal_id            BIGINT       NOT NULL,
    seq                  INT          NOT NULL,
    corrected_at         DATETIME(6)  NOT NULL,
    corrected_by_user_id BIGINT       NOT NULL,
    reason               VARCHAR(500) NOT NULL,
    PRIMARY KEY (signal_id, seq),
    CONSTRAINT fk_intake_signal_correction FOREIGN KEY (signal_id) REFERENCES intake_signal (id) ON DELETE CASCADE
) ENGINE = InnoDB;
