-- Lifecycle: the cases of the students a caseload name search found. The search narrows the caseload to a few
-- hundred students; this index holds every column the page filters on (student, location, open or state, not
-- anonymised) and its ordering keys, so the count is read from the index alone and no row is read for a case that
-- is filtered out. It begins with the student, so it serves every lookup by student that ix_lifecycle_case_student
-- served, and replaces it.
CREATE INDEX ix_lifecycle_case_student_listed
    ON lifecycle_case (student_id, location_id, open_case, state, anonymised_at, urgency_rank, opened_at);
DROP INDEX ix_lifecycle_case_student ON lifecycle_case;
