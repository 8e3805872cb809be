-- Crew and operator accounts. E-mail addresses are stored lower-cased; one account per address.
CREATE TABLE app_user (
    id          uuid        PRIMARY KEY,
    email       text        NOT NULL,
    name        text        NOT NULL,
    role        text        NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE UNIQUE INDEX app_user_email_key ON app_user (email);
CREATE INDEX app_user_created ON app_user (created_at, id);

-- The transactional outbox: an event is written in the same transaction as the change it tells
-- of, published to JetStream after the commit, and deleted once JetStream acknowledged it. A row
-- whose lease expired (the publisher died or NATS was down) is taken over by the sweeper.
CREATE TABLE event_outbox (
    id           uuid        PRIMARY KEY,
    type         text        NOT NULL,
    message_id   text        NOT NULL,
    payload      text        NOT NULL,
    traceparent  text,
    created_at   timestamptz NOT NULL,
    lease_until  timestamptz NOT NULL,
    attempts     integer     NOT NULL DEFAULT 0
);

CREATE INDEX event_outbox_lease ON event_outbox (lease_until);
