-- Schema version 6: a work order keeps the reported problem apart from the
-- cause found and the action taken, and names what opened it (a
-- self-inspection's urgent repair: "self_inspection:YYYY-MM"; "" by hand).
-- Earlier work orders kept the report in `cause`: it becomes their problem.
ALTER TABLE work_orders ADD COLUMN problem TEXT NOT NULL DEFAULT '';
ALTER TABLE work_orders ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE work_orders SET problem = cause WHERE problem = '';
