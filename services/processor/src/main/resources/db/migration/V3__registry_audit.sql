-- Who changed the mission database, and how (ADR 0017): one row per create, replace or
-- delete, written in the change's own transaction (a change is never without its row, nor a
-- row without its change). `actor` is the token's subject (a person's e-mail or a machine
-- client's id); `entity_id` is the record's id, `<missionId>/<name>` for a parameter.
CREATE TABLE registry_audit (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    action      text        NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'DELETED')),
    entity_kind text        NOT NULL CHECK (entity_kind IN ('mission', 'spacecraft', 'parameter')),
    entity_id   text COLLATE "C" NOT NULL,
    summary     text        NOT NULL
);

-- The trail of one record, newest first.
CREATE INDEX registry_audit_entity ON registry_audit (entity_kind, entity_id, id);
