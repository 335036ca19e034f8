-- The sociale kaart chooses gemeenten from a reference list instead of free text, and says how to reach a provider.

-- The reference list of Dutch municipalities: CBS gemeentecode (GM + 4 digits) and name. The real list is loaded by
-- its own migration from the CBS gemeentelijke indeling; rows with fictional = TRUE (codes GM9000-GM9999, which CBS
-- does not use) are added only by the demo and by tests.
CREATE TABLE socialmap_municipality (
    code      VARCHAR(6)   NOT NULL PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    fictional BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_socialmap_municipality_name UNIQUE (name),
    CONSTRAINT ck_socialmap_municipality_code CHECK (code REGEXP '^GM[0-9]{4}$')
) ENGINE = InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The gemeenten a provider serves, by code.
CREATE TABLE socialmap_provider_served_municipality (
    provider_id       BIGINT  NOT NULL,
    municipality_code VARCHAR(6) NOT NULL,
    PRIMARY KEY (provider_id, municipality_code),
    INDEX ix_socialmap_served_municipality_code (municipality_code),
    CONSTRAINT fk_socialmap_served_provider FOREIGN KEY (provider_id) REFERENCES socialmap_provider (id) ON DELETE CASCADE,
    CONSTRAINT fk_socialmap_served_municipality FOREIGN KEY (municipality_code) REFERENCES socialmap_municipality (code)
) ENGINE = InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Embedded in school: at which location (people_location.id, another module's table) on which days.
CREATE TABLE socialmap_provider_presence (
    provider_id BIGINT      NOT NULL,
    location_id BIGINT      NOT NULL,
    day_of_week VARCHAR(9)  NOT NULL,
    PRIMARY KEY (provider_id, location_id, day_of_week),
    CONSTRAINT fk_socialmap_presence_provider FOREIGN KEY (provider_id) REFERENCES socialmap_provider (id) ON DELETE CASCADE,
    CONSTRAINT ck_socialmap_presence_day CHECK (day_of_week IN
        ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'))
) ENGINE = InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE socialmap_provider
    ADD COLUMN phone                VARCHAR(40)   NULL,
    ADD COLUMN email                VARCHAR(320)  NULL,
    ADD COLUMN website              VARCHAR(300)  NULL,
    ADD COLUMN address              VARCHAR(300)  NULL,
    ADD COLUMN intake_procedure     VARCHAR(2000) NULL,
    -- the provider's own figure; the proposals prefer the median of recorded waits when there are enough
    ADD COLUMN typical_waiting_days INT           NULL,
    ADD CONSTRAINT ck_socialmap_provider_waiting_days CHECK (typical_waiting_days IS NULL OR typical_waiting_days >= 0);

-- The student's woongemeente by code; the name stays for display. NULL while the free text of old matches no name on
-- the list: such a student is served by no provider until it is corrected.
ALTER TABLE people_student
    ADD COLUMN municipality_code VARCHAR(6) NULL AFTER municipality;

-- Free text of old to codes, by name (the collation ignores case). Whatever matches no name stays: a provider's in
-- socialmap_provider_municipality (shown to the administrator as unmatched until the provider is saved with gemeenten
-- from the list), a student's as the name without a code. The migration that loads the CBS list repeats these
-- statements, so rows typed before it find their code then.
INSERT INTO socialmap_provider_served_municipality (provider_id, municipality_code)
SELECT DISTINCT p.provider_id, m.code
FROM socialmap_provider_municipality p
JOIN socialmap_municipality m ON m.name = TRIM(p.municipality);

DELETE p FROM socialmap_provider_municipality p
JOIN socialmap_municipality m ON m.name = TRIM(p.municipality);

UPDATE people_student s
JOIN socialmap_municipality m ON m.name = TRIM(s.municipality)
SET s.municipality_code = m.code, s.municipality = m.name
WHERE s.municipality_code IS NULL;
