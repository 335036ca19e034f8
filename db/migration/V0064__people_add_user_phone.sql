-- People: a phone number for whom to reach when help is needed (the zorgcoördinator after an acute signal), kept by
-- the functioneel beheerder in Gebruikers.
ALTER TABLE people_user ADD COLUMN phone VARCHAR(30) NULL AFTER email;
