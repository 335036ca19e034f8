-- People: where students study, who they are, and who works with them.
CREATE TABLE people_location (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(20)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    municipality VARCHAR(100) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_people_location_code UNIQUE (code)
) ENGINE = InnoDB;

CREATE TABLE people_team (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    location_id BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    sector      VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_people_team_location FOREIGN KEY (location_id) REFERENCES people_location (id)
) ENGINE = InnoDB;

CREATE TABLE people_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(320) NULL,
    -- only for password sign-in; users of the school's identity provider have none
    password_hash VARCHAR(200) NULL,
    -- the external care provider an EXTERNAL_PROFESSIONAL works for (socialmap_provider.id, another module's table)
    provider_id   BIGINT       NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_people_user_username UNIQUE (username)
) ENGINE = InnoDB;

CREATE TABLE people_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_people_user_role_user FOREIGN KEY (user_id) REFERENCES people_user (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE people_user_location (
    user_id     BIGINT NOT NULL,
    location_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, location_id),
    CONSTRAINT fk_people_user_location_user FOREIGN KEY (user_id) REFERENCES people_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_people_user_location_location FOREIGN KEY (location_id) REFERENCES people_location (id)
) ENGINE = InnoDB;

CREATE TABLE people_student (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    student_number   VARCHAR(20)  NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    last_name_prefix VARCHAR(30)  NULL,
    last_name        VARCHAR(100) NOT NULL,
    date_of_birth    DATE         NOT NULL,
    -- woongemeente: decides which municipality arranges youth care or Wmo support
    municipality     VARCHAR(100) NOT NULL,
    location_id      BIGINT       NOT NULL,
    team_id          BIGINT       NOT NULL,
    programme        VARCHAR(150) NOT NULL,
    level            INT          NOT NULL,
    track            VARCHAR(3)   NOT NULL,
    slb_user_id      BIGINT       NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_people_student_number UNIQUE (student_number),
    CONSTRAINT ck_people_student_level CHECK (level BETWEEN 1 AND 4),
    CONSTRAINT ck_people_student_track CHECK (track IN ('BOL', 'BBL')),
    CONSTRAINT fk_people_student_location FOREIGN KEY (location_id) REFERENCES people_location (id),
    CONSTRAINT fk_people_student_team FOREIGN KEY (team_id) REFERENCES people_team (id),
    CONSTRAINT fk_people_student_slb FOREIGN KEY (slb_user_id) REFERENCES people_user (id),
    -- the two ways students are looked up: an SLB'er's own, a location's by name
    INDEX ix_people_student_slb (slb_user_id, last_name),
    INDEX ix_people_student_location_name (location_id, last_name, first_name),
    INDEX ix_people_student_first_name (first_name)
) ENGINE = InnoDB;
