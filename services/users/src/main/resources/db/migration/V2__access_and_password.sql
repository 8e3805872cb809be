-- What an account may do (ADR 0017: viewer, operator or admin; separate from role, what the
-- account is for) and its password as a BCrypt hash. An account without a password cannot log in.
ALTER TABLE app_user ADD COLUMN access text NOT NULL DEFAULT 'viewer';
ALTER TABLE app_user ADD COLUMN password_hash text;
