/**
 * Fuzzing an Orbit service from its committed OpenAPI document: requests made from the
 * document's operations and examples, each with one thing made wrong, sent to the running
 * service, and what it answers judged against the contract (ADR 0012).
 */
package space.orbit.test.fuzz;
