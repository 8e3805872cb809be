package space.orbit.ingest.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import space.orbit.kit.web.ProblemResponses;
import space.orbit.kit.web.ProblemType;

/**
 * Authenticates a ground station by its API key, sent as {@code X-API-Key: <key>} or
 * {@code Authorization: ApiKey <key>}: the key's SHA-256 is looked up in the active keys,
 * and a key found becomes an {@link ApiKeyAuthentication}. An unknown or revoked key is
 * answered 401 {@code unauthorized} at once. Requests without a key pass on to the bearer
 * token filter, which this one precedes.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private static final String SCHEME = "ApiKey ";

	private static final Pattern KEY = Pattern.compile("orbk_[0-9a-fA-F]{32}_[\\x21-\\x7e]+");

	private final ActiveApiKeys keys;

	private final ProblemResponses problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiKeyAuthenticationFilter(ActiveApiKeys keys, ProblemResponses problems) {
		this.keys = keys;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		String header = request.getHeader(HEADER);
		boolean scheme = authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
		if (header == null && !scheme) {
			chain.doFilter(request, response);
			return;
		}
		if (header != null && authorization != null) {
			refuse(request, response, "two_credentials",
					"Send one credential: an API key (X-API-Key) or an Authorization header, not both.");
			return;
		}
		String key = (header != null) ? header.strip() : authorization.substring(SCHEME.length()).strip();
		if (!KEY.matcher(key).matches()) {
			refuse(request, response, "malformed_api_key",
					"That is not an Orbit API key (orbk_<id>_<secret>, as the auth service issued it).");
			return;
		}
		Optional<ActiveApiKeys.ApiKey> active = this.keys.byHash(sha256(key));
		if (active.isEmpty()) {
			refuse(request, response, "unknown_api_key", "The API key is unknown or revoked: ask an admin for a "
					+ "new one (the auth service issues them at /api/v1/api-keys).");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(active.get().id(), active.get().spacecraft()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String reason, String detail)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey error=\"invalid_key\"");
		this.problems.write(request, response, ProblemType.UNAUTHORIZED, detail, Map.of("reason", reason));
	}

	/**
	 * The lower-case hex SHA-256 of the key's UTF-8 bytes, as the auth service stores it.
	 */
	static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
