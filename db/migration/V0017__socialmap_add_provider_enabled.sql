-- A provider the school no longer refers to is deactivated, not deleted: cases referred to it keep it, with its name.
ALTER TABLE socialmap_provider
    ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
