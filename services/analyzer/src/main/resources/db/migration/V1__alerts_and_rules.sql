-- The analyzer's schema: detection rules (the source of truth, published to orbit.rules.v1) and
-- the alerts raised from orbit.alerts.v1 with their lifecycle.

CREATE TABLE rule (
    id                text PRIMARY KEY,
    definition        jsonb NOT NULL,
    version           bigint NOT NULL,
    published_version bigint NOT NULL DEFAULT 0,
    deleted           boolean NOT NULL DEFAULT false,
    updated_at        timestamptz NOT NULL,
    updated_by        text NOT NULL
);

-- What the relay still has to publish.
CREATE INDEX rule_unpublished ON rule (id) WHERE published_version < version;

CREATE TABLE alert (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    spacecraft_id       text NOT NULL,
    parameter           text NOT NULL,
    detector            text NOT NULL,
    rule_id             text,
    state               text NOT NULL CHECK (state IN ('OPEN', 'ACKNOWLEDGED', 'SHELVED', 'CLEARED')),
    severity            text NOT NULL CHECK (severity IN ('WARNING', 'CRITICAL')),
    current_severity    text NOT NULL CHECK (current_severity IN ('WARNING', 'CRITICAL')),
    active              boolean NOT NULL,
    latching            boolean NOT NULL,
    value_number        double precision,
    value_text          text,
    threshold           double precision,
    expected_low        double precision,
    expected_high       double precision,
    message             text,
    first_seen          timestamptz NOT NULL,
    last_seen           timestamptz NOT NULL,
    count               bigint NOT NULL,
    raises              integer NOT NULL,
    episode             text NOT NULL,
    prior_count         bigint NOT NULL,
    trace_id            text,
    raised_at           timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    acknowledged_by     text,
    acknowledged_at     timestamptz,
    acknowledge_comment text,
    shelved_by          text,
    shelved_at          timestamptz,
    shelve_comment      text,
    shelved_until       timestamptz,
    unshelve_state      text,
    cleared_by          text,
    cleared_at          timestamptz,
    clear_comment       text,
    version             bigint NOT NULL
);

-- One open alert per (spacecraft, parameter, detector): repeats update it.
CREATE UNIQUE INDEX alert_one_open ON alert (spacecraft_id, parameter, detector) WHERE state <> 'CLEARED';
CREATE INDEX alert_by_spacecraft ON alert (spacecraft_id, id DESC);
CREATE INDEX alert_by_state ON alert (state, id DESC);
CREATE INDEX alert_raised_at ON alert (raised_at);
CREATE INDEX alert_shelved_until ON alert (shelved_until) WHERE state = 'SHELVED';

-- Alert event ids already recorded, so a redelivered event changes nothing.
CREATE TABLE alert_event (
    event_id    text PRIMARY KEY,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX alert_event_recorded_at ON alert_event (recorded_at);
