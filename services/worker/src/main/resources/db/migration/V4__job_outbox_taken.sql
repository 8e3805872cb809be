-- When a publisher took an outbox row to publish its job's event. A row taken less than
-- the outbox lease ago is that publisher's; one taken longer ago may be on Kafka already
-- (its publisher died after Kafka took the event), so whoever takes it over looks there
-- first and publishes only what is missing.
ALTER TABLE job_outbox ADD COLUMN taken_at timestamptz;
