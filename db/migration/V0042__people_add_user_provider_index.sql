-- The professionals of a provider (who receives a handover, whom to tell that a case closed): by provider.
CREATE INDEX ix_people_user_provider ON people_user (provider_id, enabled);
