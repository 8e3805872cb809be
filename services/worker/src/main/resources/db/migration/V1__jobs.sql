-- Compute jobs: one row per job, its result once (job_result), and the events still to
-- publish to Kafka (job_outbox, written in the transaction that ends the job).
CREATE TABLE job (
    id            uuid PRIMARY KEY,
    type          text        NOT NULL,
    state         text        NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    priority      integer     NOT NULL,
    parameters    jsonb       NOT NULL,
    progress      double precision NOT NULL DEFAULT 0,
    attempts      integer     NOT NULL DEFAULT 0,
    error         text,
    worker        text,
    created_at    timestamptz NOT NULL,
    started_at    timestamptz,
    finished_at   timestamptz,
    updated_at    timestamptz NOT NULL
);

CREATE INDEX job_created_at ON job (created_at);

CREATE TABLE job_result (
    job_id      uuid PRIMARY KEY REFERENCES job (id) ON DELETE CASCADE,
    result      jsonb       NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE job_outbox (
    job_id      uuid PRIMARY KEY REFERENCES job (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL
);
