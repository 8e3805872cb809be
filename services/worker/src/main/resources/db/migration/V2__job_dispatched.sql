-- Whether the job's message reached RabbitMQ. A submission inserts the job undispatched,
-- publishes its message, then marks it dispatched; a job left undispatched past the
-- outbox lease (its worker died in between) is published by the sweeper. Jobs from
-- before this column had been dispatched.
ALTER TABLE job ADD COLUMN dispatched boolean NOT NULL DEFAULT true;

CREATE INDEX job_undispatched ON job (created_at) WHERE NOT dispatched;
