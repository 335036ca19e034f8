-- Users who sign in at the school's identity provider are bound to it for good by issuer and subject: the username
-- may change there, the subject does not. Users of password sign-in (demo, tests) have neither.
ALTER TABLE people_user
    ADD COLUMN external_issuer  VARCHAR(255) NULL,
    ADD COLUMN external_subject VARCHAR(255) NULL,
    ADD CONSTRAINT uk_people_user_external UNIQUE (external_issuer, external_subject);
