-- A team's name is taken once per location, so the functioneel beheerder (and anyone reading a student's team) can
-- tell the teams of a location apart. Its first column is the location, so it also serves the list of a location's teams.
ALTER TABLE people_team
    ADD CONSTRAINT uk_people_team_location_name UNIQUE (location_id, name);
