package space.orbit.worker.calls;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import space.orbit.worker.WorkerProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's calls carry its own token only with {@code orbit.security.enabled}, and it
 * refuses to start with security on but no client secret.
 */
class ServiceCallsTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class, ClientCredentialsConfiguration.class, ServiceCalls.class);

	@Test
	void withoutSecurityTheCallsCarryNoToken() {
		this.context.withPropertyValues("orbit.security.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(OAuth2ClientHttpRequestInterceptor.class);
			assertThat(context.getBean(ServiceCalls.class).authenticating()).isFalse();
		});
	}

	@Test
	void withSecurityTheCallsCarryTheWorkersToken() {
		this.context.withPropertyValues("orbit.security.enabled=true", "orbit.worker.client.secret=s3cret")
			.run((context) -> {
				assertThat(context).hasSingleBean(OAuth2ClientHttpRequestInterceptor.class);
				assertThat(context.getBean(ServiceCalls.class).authenticating()).isTrue();
			});
	}

	@Test
	void securityIsOnUnlessTurnedOff() {
		this.context.withPropertyValues("orbit.worker.client.secret=s3cret")
			.run((context) -> assertThat(context.getBean(ServiceCalls.class).authenticating()).isTrue());
	}

	@Test
	void withSecurityButNoSecretTheWorkerRefusesToStart() {
		this.context.withPropertyValues("orbit.security.enabled=true")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("ORBIT_WORKER_CLIENT_SECRET"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WorkerProperties.class)
	static class Settings {

	}

}
