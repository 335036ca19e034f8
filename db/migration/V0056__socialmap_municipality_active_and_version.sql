-- The functioneel beheerder maintains the list of gemeenten: adds, renames, deactivates (a gemeente merged away is no
-- longer chosen; what referred to it keeps it), and imports the file CBS publishes each year.
ALTER TABLE socialmap_municipality
    ADD COLUMN active  BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN version BIGINT  NOT NULL DEFAULT 0;
