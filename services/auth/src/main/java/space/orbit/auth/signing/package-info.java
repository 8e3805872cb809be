/**
 * The service's RSA signing key: read from its file, or generated and written there once,
 * so a restart keeps every token in flight valid. Gives the JWK set the authorization
 * server publishes, the encoder that signs and the decoder that checks the service's own
 * tokens.
 */
package space.orbit.auth.signing;
