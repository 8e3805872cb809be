-- The mission database: missions, their spacecraft (with TLEs) and parameter definitions
-- (calibration and default limits as jsonb, in libs/registry-model's JSON form). Ids are the
-- natural keys telemetry carries (ORB-1, EPS.BATTERY.VOLTAGE). `version` counts changes
-- (JPA optimistic locking).
CREATE TABLE mission (
    id          text COLLATE "C" PRIMARY KEY,
    name        text        NOT NULL,
    description text,
    version     bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE spacecraft (
    id          text COLLATE "C" PRIMARY KEY,
    mission_id  text COLLATE "C" NOT NULL REFERENCES mission (id),
    name        text        NOT NULL,
    norad_id    integer,
    tle_line1   text,
    tle_line2   text,
    version     bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL,
    CHECK ((tle_line1 IS NULL) = (tle_line2 IS NULL))
);
CREATE INDEX spacecraft_mission ON spacecraft (mission_id, id);

CREATE TABLE parameter_definition (
    mission_id  text COLLATE "C" NOT NULL REFERENCES mission (id),
    name        text COLLATE "C" NOT NULL,
    subsystem   text        NOT NULL,
    description text,
    unit        text,
    raw_type    text        NOT NULL,
    calibration jsonb,
    limits      jsonb,
    version     bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (mission_id, name)
);

-- Keys of changed records, written in the change's transaction and deleted once the record's
-- current state (or a tombstone) is on orbit.registry.v1: no change is lost between the
-- commit and Kafka, and a re-publish is harmless on a compacted topic.
CREATE TABLE registry_outbox (
    id         bigserial PRIMARY KEY,
    record_key text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
