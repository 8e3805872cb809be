-- Who submitted a job and who cancelled it (ADR 0017): the subject of the token of the
-- request (a person's e-mail or a machine client's id). Jobs from before these columns
-- have neither.
ALTER TABLE job ADD COLUMN submitted_by text;
ALTER TABLE job ADD COLUMN cancelled_by text;
