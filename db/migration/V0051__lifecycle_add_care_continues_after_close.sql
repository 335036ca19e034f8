-- A case the school closed from EXTERNAL_CARE as "continues in external care" stays with the receiving provider
-- (package and all, while consent is in force) until the provider reports care ended (END_EXTERNAL_CARE on the
-- closed case). Cases closed that way before this column existed keep their receiver too.
ALTER TABLE lifecycle_case
    ADD COLUMN care_continues_after_close BOOLEAN NOT NULL DEFAULT FALSE AFTER external_care_ended_at;

UPDATE lifecycle_case
   SET care_continues_after_close = TRUE
 WHERE state = 'CLOSED'
   AND outcome = 'CONTINUES_IN_EXTERNAL_CARE'
   AND handover_accepted_at IS NOT NULL
   AND external_care_ended_at IS NULL
   AND anonymised_at IS NULL;

CREATE INDEX ix_lifecycle_case_provider_continuing ON lifecycle_case (provider_id, care_continues_after_close);
