-- Lifecycle: the current bridging plans (ended_at IS NULL), by contact person. The waiting list asks which cases have
-- a current plan with a contact person: without this index MariaDB read every plan the school ever made. An SLB'er's
-- waiting list is the cases whose current plan names them: without it, every bridging case of the institution.
CREATE INDEX ix_lifecycle_bridging_plan_current ON lifecycle_bridging_plan (ended_at, contact_user_id, case_id);
