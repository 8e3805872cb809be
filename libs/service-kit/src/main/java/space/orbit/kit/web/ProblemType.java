package space.orbit.kit.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * Every problem {@code type} an Orbit service answers with, its status and title: the one
 * registry (ADR 0012). docs/problems.md lists each with an example; ProblemCatalogTest
 * keeps the two equal.
 */
public enum ProblemType {

	/** The body cannot be read as JSON at all: syntax, truncation, no body. */
	MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),

	/** A query or path parameter is missing, malformed or out of range. */
	INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter"),

	/** The body is well-formed JSON but invalid; {@code errors} says where and why. */
	INVALID_REQUEST("invalid-request", HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request"),

	/**
	 * The request carries no valid token (none, expired, or signed by a key the service
	 * does not trust); {@code WWW-Authenticate} says which.
	 */
	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),

	/** The token is valid but its roles do not allow the operation. */
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),

	/** No such resource. */
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),

	/** The resource does not support the method. */
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),

	/** No representation matches the request's {@code Accept}. */
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),

	/**
	 * The resource's state does not allow the request; {@code reason} says which rule.
	 */
	CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),

	/** The resource changed while the request was handled (optimistic lock). */
	CONCURRENT_CHANGE("concurrent-change", HttpStatus.CONFLICT, "Concurrent change"),

	/** The body is larger than the service accepts. */
	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),

	/** The body is not in a media type the operation takes. */
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),

	/** A rate limit was reached; {@code Retry-After} says when to try again. */
	TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),

	/** A broker or database is down or pushing back; nothing was changed. */
	DEPENDENCY_UNAVAILABLE("dependency-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Dependency unavailable"),

	/** A bug: logged at ERROR with the request id. */
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

	/** The prefix of every type URI. */
	public static final String PREFIX = "urn:orbit:problem:";

	private final String slug;

	private final HttpStatus status;

	private final String title;

	ProblemType(String slug, HttpStatus status, String title) {
		this.slug = slug;
		this.status = status;
		this.title = title;
	}

	/** The short name, as in {@code urn:orbit:problem:<slug>}. */
	public String slug() {
		return this.slug;
	}

	public URI uri() {
		return URI.create(PREFIX + this.slug);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	/** The type Orbit answers a status with when nothing more specific is known. */
	public static Optional<ProblemType> forStatus(int status) {
		return Arrays.stream(values())
			.filter((type) -> type.status.value() == status && type != CONCURRENT_CHANGE && type != INVALID_PARAMETER)
			.findFirst();
	}

	/** The type with this URI, if it is one of Orbit's. */
	public static Optional<ProblemType> of(URI uri) {
		return Arrays.stream(values()).filter((type) -> type.uri().equals(uri)).findFirst();
	}

}
