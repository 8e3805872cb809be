-- Each change's record as it was before and as it was left (ADR 0024), in the registry
-- model's JSON: `before` is null for a creation, `after` null for a deletion. Entries
-- written before this migration have neither.
ALTER TABLE registry_audit
    ADD COLUMN before jsonb,
    ADD COLUMN after  jsonb;
