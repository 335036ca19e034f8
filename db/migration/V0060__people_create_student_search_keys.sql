-- People: finding a student by any part of their name or number, in any order ("Sem J", "van den", "jacobs 1234").
-- Every word of the first name, tussenvoegsel and last name, and the student number, is a search key: lower case,
-- without accents (the application folds them; the collation also compares accent- and case-insensitively). A
-- search for several words asks, per word, which students have a key starting with it: a range on
-- ix_people_student_search_key_key, never a scan of the students (see docs/student-search.md).
CREATE TABLE people_student_search_key (
    student_id BIGINT       NOT NULL,
    search_key VARCHAR(100) NOT NULL,
    PRIMARY KEY (student_id, search_key),
    INDEX ix_people_student_search_key_key (search_key, student_id),
    CONSTRAINT fk_people_student_search_key_student FOREIGN KEY (student_id) REFERENCES people_student (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The students enrolled before this migration: their words, split on spaces and hyphens (new students get their
-- keys from the application, which folds accents as well; the collation makes both match the same way).
INSERT IGNORE INTO people_student_search_key (student_id, search_key)
WITH RECURSIVE words (student_id, word, rest) AS (
    SELECT id, CAST('' AS CHAR(400) CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci,
           CAST(TRIM(REPLACE(LOWER(REPLACE(REPLACE(CONCAT_WS(' ', first_name, last_name_prefix, last_name), '-', ' '),
                                   '''', ' ')), 'ı', 'i')) AS CHAR(400) CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci
      FROM people_student
     WHERE anonymised_at IS NULL
    UNION ALL
    SELECT student_id,
           SUBSTRING_INDEX(rest, ' ', 1) COLLATE utf8mb4_unicode_ci,
           TRIM(SUBSTRING(rest, CHAR_LENGTH(SUBSTRING_INDEX(rest, ' ', 1)) + 1)) COLLATE utf8mb4_unicode_ci
      FROM words
     WHERE rest <> ''
)
SELECT student_id, LEFT(word, 100) FROM words WHERE word <> ''
UNION
SELECT id, CONVERT(LOWER(student_number) USING utf8mb4) COLLATE utf8mb4_unicode_ci FROM people_student WHERE anonymised_at IS NULL;
