/**
 * The OpenAPI documents' shared parts: the problem schemas, the common error answers and
 * the server (ADR 0012).
 */
package space.orbit.kit.openapi;
