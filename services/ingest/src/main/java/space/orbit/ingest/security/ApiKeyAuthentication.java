package space.orbit.ingest.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import space.orbit.kit.security.RateLimitKey;

/**
 * A ground station authenticated by its API key: role {@value #GROUND_STATION}, the key's
 * id as its name, the spacecraft it may send for as its details. The key itself is not
 * kept.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken implements RateLimitKey.Source {

	/** The role of a ground station, whether by API key or by token. */
	public static final String GROUND_STATION = "ground-station";

	private final String keyId;

	private final Set<String> spacecraft;

	ApiKeyAuthentication(String keyId, Set<String> spacecraft) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + GROUND_STATION)));
		this.keyId = keyId;
		this.spacecraft = Set.copyOf(spacecraft);
		setDetails(this.spacecraft);
		setAuthenticated(true);
	}

	/** The current request's API key, if it was authenticated by one. */
	public static Optional<ApiKeyAuthentication> current() {
		return (SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication key)
				? Optional.of(key) : Optional.empty();
	}

	/** The spacecraft the key may send for. */
	public Set<String> spacecraft() {
		return this.spacecraft;
	}

	public boolean allows(String spacecraftId) {
		return this.spacecraft.contains(spacecraftId);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.keyId;
	}

	@Override
	public RateLimitKey rateLimitKey() {
		return new RateLimitKey(RateLimitKey.API_KEY, this.keyId);
	}

}
