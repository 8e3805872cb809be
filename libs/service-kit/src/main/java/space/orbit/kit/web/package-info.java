/**
 * The API contract of every service (ADR 0012): RFC 9457 problem details of one registry
 * ({@link space.orbit.kit.web.ProblemType}) with the request id, per-field errors with
 * JSON Pointers, never a 5xx for bad input, every refusal counted; and keyset paging
 * ({@link space.orbit.kit.web.Page}, {@link space.orbit.kit.web.PageLimit},
 * {@link space.orbit.kit.web.Cursor}).
 */
package space.orbit.kit.web;
