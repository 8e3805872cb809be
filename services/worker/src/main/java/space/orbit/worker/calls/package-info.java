/**
 * How the worker calls other services (ADR 0017): with its own token, taken from the auth
 * service with the client-credentials grant, when {@code orbit.security.enabled}.
 */
package space.orbit.worker.calls;
