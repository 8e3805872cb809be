-- The alert workbench (issue 14, ADR 0020): an alert's assignee and tags, and the action log of
-- everything operators and the analyzer did to each alert.

ALTER TABLE alert ADD COLUMN assignee text;
CREATE INDEX alert_by_assignee ON alert (assignee, id DESC) WHERE assignee IS NOT NULL;

CREATE TABLE alert_tag (
    alert_id bigint NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
    tag      text NOT NULL,
    PRIMARY KEY (alert_id, tag)
);
CREATE INDEX alert_tag_by_tag ON alert_tag (tag, alert_id);

-- One row per action: who (a token's subject, or 'analyzer'), when, why, and the alert's state
-- before and after. Never updated.
CREATE TABLE alert_action (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id     bigint NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
    action       text NOT NULL,
    actor        text NOT NULL,
    at           timestamptz NOT NULL,
    comment      text,
    detail       text,
    state_before text,
    state_after  text NOT NULL
);
CREATE INDEX alert_action_by_alert ON alert_action (alert_id, id);

-- The alerts raised before this migration get their raise in the log.
INSERT INTO alert_action (alert_id, action, actor, at, detail, state_after)
SELECT id, 'RAISED', 'analyzer', raised_at, severity || ' ' || coalesce(message, ''), 'OPEN' FROM alert;
