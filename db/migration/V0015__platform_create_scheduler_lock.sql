-- ShedLock: a scheduled job (such as the nightly retention run) runs on one application instance at a time.
-- Times are the database's own (UTC_TIMESTAMP), so the instances' clocks do not matter.
CREATE TABLE platform_shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB;
