-- People: until when a user may hold a break-glass grant in force: the latest expiry of their grants
-- (privacy_break_glass), kept on the account when a grant is made (people.BreakGlassOnTheAccount, ADR 27). Every
-- zorgcoördinator's list page asked the database for grants in force, nearly always for none; now a request asks
-- only while this lies ahead. Grants made before this migration are noted here, and the accounts' version moves so
-- that every signed-in session reads its actor again (ADR 20).
ALTER TABLE people_user ADD COLUMN break_glass_until DATETIME(6) NULL;

UPDATE people_user u
    JOIN (SELECT user_id, MAX(expires_at) AS until FROM privacy_break_glass GROUP BY user_id) g ON g.user_id = u.id
SET u.break_glass_until = g.until,
    u.version = u.version + 1;
