-- Lifecycle: which cases at a location may be on the waiting list. The waiting list decides it on this index
-- (location, state, care not started; the id comes with every InnoDB index) and on the current bridging plans' index,
-- without reading a case's row: before it, MariaDB read the whole row of every handed-over case and every case in
-- care at the location (1,671 at `roc`) to keep the ~450 that wait (CaseRepository.findIdsMayWaitAt).
CREATE INDEX ix_lifecycle_case_location_waiting ON lifecycle_case (location_id, state, care_started_on);
