/**
 * One error shape for every HTTP error of every service: RFC 9457 problem details with a
 * stable {@code type}, the request id, and never a 5xx for bad input.
 */
package space.orbit.kit.web;
