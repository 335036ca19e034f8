-- E-mail, exactly once: a mail is written here in the same transaction as the change that causes it, then sent by
-- one dispatcher across all application instances. The idempotency key makes queueing the same mail twice a no-op;
-- the Message-ID is fixed when the mail is queued, so a retry after a crash between sending and recording it carries
-- the same Message-ID (receiving servers and clients fold such a duplicate into one). Bodies carry a link, never a
-- health detail.
CREATE TABLE mail_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    idempotency_key  VARCHAR(200)  NOT NULL,
    message_id       VARCHAR(200)  NOT NULL,
    recipient        VARCHAR(320)  NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    body             VARCHAR(4000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    first_attempt_at DATETIME(6)   NULL,
    last_attempt_at  DATETIME(6)   NULL,
    sent_at          DATETIME(6)   NULL,
    last_error       VARCHAR(200)  NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_mail_outbox_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT uq_mail_outbox_message_id UNIQUE (message_id),
    -- the dispatcher's query: what is due now, oldest first
    INDEX ix_mail_outbox_due (status, next_attempt_at),
    -- the administrator's list: newest first, optionally by status
    INDEX ix_mail_outbox_created (created_at, id),
    INDEX ix_mail_outbox_status_created (status, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
