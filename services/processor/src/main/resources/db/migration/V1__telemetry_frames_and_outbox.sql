-- Processed telemetry: one row per frame, its samples as one jsonb object. A batch stays a batch
-- from the HTTP request to the table: 1,000 frames x 50 samples are 1,000 rows, not 50,000.
-- Partitioned by day on the frame timestamp: time-range queries prune partitions, retention
-- drops whole partitions. The primary key is the frame identity (spacecraft, timestamp,
-- sequence): re-deliveries and re-submissions are stored once.
CREATE TABLE telemetry_frame (
    spacecraft_id text COLLATE "C" NOT NULL,
    ts            timestamptz      NOT NULL,
    sequence      bigint           NOT NULL,
    batch_id      uuid             NOT NULL,
    received_at   timestamptz      NOT NULL,
    stored_at     timestamptz      NOT NULL DEFAULT now(),
    sample_count  integer          NOT NULL,
    samples       jsonb            NOT NULL,
    PRIMARY KEY (spacecraft_id, ts, sequence)
) PARTITION BY RANGE (ts);

-- Time-ordered scans across spacecraft (queries without a spacecraft, outbox recovery by range).
CREATE INDEX telemetry_frame_ts ON telemetry_frame (ts);

-- The transactional outbox. A row is written in the same transaction as the batch's new frames
-- and deleted once their events are on Kafka. It carries no payload: the frames themselves are
-- the payload, found again by (batch_id, ts range) if the publisher died before deleting the row.
CREATE TABLE telemetry_outbox (
    batch_id      uuid        PRIMARY KEY,
    received_at   timestamptz NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    lease_until   timestamptz NOT NULL,
    min_ts        timestamptz NOT NULL,
    max_ts        timestamptz NOT NULL,
    frame_count   integer     NOT NULL,
    sample_count  integer     NOT NULL,
    traceparent   text,
    attempts      integer     NOT NULL DEFAULT 0
);

CREATE INDEX telemetry_outbox_lease ON telemetry_outbox (lease_until);
