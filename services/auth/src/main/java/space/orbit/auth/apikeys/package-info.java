/**
 * API keys of ground stations: issued and revoked by admins, each for the spacecraft it
 * names; shown once, stored as the SHA-256 of the key; the active ones' hashes read by
 * ingest (role {@code key-reader}).
 */
package space.orbit.auth.apikeys;
