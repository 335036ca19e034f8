-- The sociale kaart: external care providers and whom they serve.
CREATE TABLE socialmap_provider (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    kind    VARCHAR(40)  NOT NULL,
    min_age INT          NOT NULL,
    max_age INT          NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_socialmap_provider_ages CHECK (min_age >= 0 AND max_age >= min_age)
) ENGINE = InnoDB;

CREATE TABLE socialmap_provider_municipality (
    provider_id  BIGINT       NOT NULL,
    municipality VARCHAR(100) NOT NULL,
    PRIMARY KEY (provider_id, municipality),
    CONSTRAINT fk_socialmap_provider_municipality FOREIGN KEY (provider_id) REFERENCES socialmap_provider (id) ON DELETE CASCADE
) ENGINE = InnoDB;
