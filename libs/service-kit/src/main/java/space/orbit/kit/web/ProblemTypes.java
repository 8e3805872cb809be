package space.orbit.kit.web;

import java.net.URI;

/** Stable problem {@code type} URIs; docs/problems.md explains each. */
public final class ProblemTypes {

	public static final String PREFIX = "urn:orbit:problem:";

	public static final URI MALFORMED_REQUEST = of("malformed-request");

	public static final URI INVALID_REQUEST = of("invalid-request");

	public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");

	public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");

	public static final URI NOT_FOUND = of("not-found");

	public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");

	public static final URI NOT_ACCEPTABLE = of("not-acceptable");

	public static final URI DEPENDENCY_UNAVAILABLE = of("dependency-unavailable");

	public static final URI INTERNAL_ERROR = of("internal-error");

	private ProblemTypes() {
	}

	public static URI of(String name) {
		return URI.create(PREFIX + name);
	}

}
