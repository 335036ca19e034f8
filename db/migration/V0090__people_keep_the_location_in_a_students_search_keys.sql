-- People: a student's location in each of their search keys. A zorgcoördinator searches among the students of their
-- own locations: with the location first, ix_people_student_search_key_location reads only the keys of those
-- locations that start with a typed word, where ix_people_student_search_key_key read the whole school's and each was
-- then looked up for its location (at `national` thousands for a word such as "den"; docs/student-search.md). A
-- student's location is given at enrolment and does not change; their keys are written with it (people.Student).
-- The key index stays for searches that do not go by location (an SLB'er's own students, Noodtoegang).
ALTER TABLE people_student_search_key ADD COLUMN location_id BIGINT NULL;

UPDATE people_student_search_key k JOIN people_student s ON s.id = k.student_id SET k.location_id = s.location_id;

ALTER TABLE people_student_search_key
    MODIFY location_id BIGINT NOT NULL,
    ADD INDEX ix_people_student_search_key_location (location_id, search_key, student_id);
