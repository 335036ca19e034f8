-- People: a zorgcoördinator's student list and search read their location's students in name order and stop at the
-- page: the index serves the filter (location, not anonymised) and the order (last name, first name, number; the id
-- comes with every InnoDB index), and holds all a search needs from the student, so no row is read for a student on
-- no page. Nationally the search for one name read and sorted all ~14,000 students of the location (see
-- docs/performance-national.md).
CREATE INDEX ix_people_student_location_listed
    ON people_student (location_id, anonymised_at, last_name, first_name, student_number);
