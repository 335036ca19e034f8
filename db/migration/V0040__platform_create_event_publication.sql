-- Spring Modulith's event publication registry (JDBC): each application event that a module listens to
-- asynchronously (@ApplicationModuleListener) is written here in the publisher's transaction and marked complete
-- when the listener's own transaction commits. An application stopped in between republishes it on the next start,
-- so a listener's work survives a crash. The layout is Modulith's own (schema-mariadb.sql of
-- spring-modulith-events-jdbc 1.4); its queries name the table in capitals, and MariaDB on Linux tells case apart.
-- Modulith's own schema initialisation is off (spring.modulith.events.jdbc.schema-initialization.enabled=false).
CREATE TABLE EVENT_PUBLICATION (
    ID               VARCHAR(36)   NOT NULL,
    LISTENER_ID      VARCHAR(512)  NOT NULL,
    EVENT_TYPE       VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE  TIMESTAMP(6)  NULL DEFAULT NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
