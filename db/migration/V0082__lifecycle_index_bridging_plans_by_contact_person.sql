-- Lifecycle: an SLB'er's waiting list is the cases whose current bridging plan names them as the contact person.
-- Without this index it read every bridging case of the institution and kept theirs in Java.
CREATE INDEX ix_lifecycle_bridging_plan_contact ON lifecycle_bridging_plan (contact_user_id, ended_at);
