package space.orbit.dashboard.flightdynamics;

import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import space.orbit.dashboard.DashboardProperties;

/**
 * The planner's token by the client-credentials grant at the auth service, kept until it
 * (nearly) expires. The registration is not a bean: the dashboard's login has its own.
 */
final class ClientCredentialsToken implements PlannerToken {

	private static final String REGISTRATION = "planner";

	private final DashboardProperties.Client client;

	private final InMemoryOAuth2AuthorizedClientService authorized;

	private final AuthorizedClientServiceOAuth2AuthorizedClientManager manager;

	ClientCredentialsToken(DashboardProperties.Client client) {
		this.client = client;
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(
				ClientRegistration.withRegistrationId(REGISTRATION)
					.clientId(client.id())
					.clientSecret(client.secret())
					.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
					.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
					.tokenUri(client.tokenUri().toString())
					.build());
		this.authorized = new InMemoryOAuth2AuthorizedClientService(registrations);
		this.manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, this.authorized);
		this.manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
	}

	@Override
	public String current() throws WorkerException {
		try {
			OAuth2AuthorizedClient authorizedClient = this.manager.authorize(
					OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION).principal(this.client.id()).build());
			if (authorizedClient == null) {
				throw new WorkerException(WorkerException.Kind.REFUSED, "No token for client " + this.client.id());
			}
			return authorizedClient.getAccessToken().getTokenValue();
		}
		catch (RuntimeException ex) {
			throw new WorkerException(WorkerException.Kind.REFUSED,
					"The auth service at " + this.client.tokenUri() + " gave client " + this.client.id() + " no token ("
							+ ex.getMessage() + "): check orbit.dashboard.flight-dynamics.client.secret "
							+ "(ORBIT_DASHBOARD_PLANNER_CLIENT_SECRET, the auth service's "
							+ "ORBIT_AUTH_DASHBOARD_PLANNER_SECRET) and ORBIT_AUTH_TOKEN_URI");
		}
	}

	@Override
	public void refused() {
		this.authorized.removeAuthorizedClient(REGISTRATION, this.client.id());
	}

}
