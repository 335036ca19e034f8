-- Lifecycle: what a case's clocks need of its history (the first and last of its milestones, its stays on the
-- waiting list), kept on the case as JSON and folded forward by each transition (lifecycle.ClockFacts). A case's
-- answer then reads no history: that read was one of the ten statements of every transition (docs/performance.md,
-- twenty-seventh round). Null for the cases already here: until its next transition keeps them, a case's facts are
-- folded from its history when it is shown, by the same rule.
-- LONGTEXT in the table's collation, not JSON: MariaDB's JSON is LONGTEXT with a binary collation of its own, and
-- one collation holds for every text column (CharacterSetTest). Only ClockFacts writes it, as JSON.
ALTER TABLE lifecycle_case ADD COLUMN clock_facts LONGTEXT NULL;
