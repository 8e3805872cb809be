package space.orbit.deploy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's authentication (ADR 0017) rendered with the default values: the auth
 * service's Deployment with its signing key mounted from a Secret, the clients' and the
 * first administrator's Secrets generated (none in values.yaml) and kept on an upgrade
 * (lookup, against a {@link FakeKubernetesApi}) or taken from Secrets of yours, security
 * on in every service, and the NetworkPolicies: the API port from the release's pods and
 * the Ingress controller, the management port (/health, /metrics) from the monitoring
 * namespace only.
 */
class HelmChartAuthTest {

	private static final Path CHART = Commands.ROOT.resolve("deploy/helm/orbit");

	private static FakeKubernetesApi cluster;

	@BeforeAll
	static void startTheClusterOfLookups() {
		cluster = FakeKubernetesApi.start();
	}

	@AfterAll
	static void stopIt() {
		cluster.close();
	}

	@BeforeEach
	void aFreshNamespace() {
		cluster.clear();
	}

	@Test
	void theAuthServiceSignsWithAKeyFromASecret() throws Exception {
		List<HasMetadata> objects = render(Map.of());
		Container auth = container(one(objects, Deployment.class, "orbit-auth"));
		assertThat(auth.getPorts()).anyMatch((p) -> p.getName().equals("http") && p.getContainerPort() == 9000);
		assertThat(env(auth, "ORBIT_AUTH_KEY_FILE").getValue()).isEqualTo("/var/run/orbit/signing/signing-key.pem");
		assertThat(auth.getVolumeMounts()).anyMatch((m) -> m.getMountPath().equals("/var/run/orbit/signing")
				&& m.getReadOnly() && m.getName().equals("signing-key"));
		assertThat(one(objects, Deployment.class, "orbit-auth").getSpec().getTemplate().getSpec().getVolumes())
			.anyMatch((v) -> v.getName().equals("signing-key")
					&& v.getSecret().getSecretName().equals("orbit-auth-signing-key"));
		byte[] pem = Base64.getDecoder()
			.decode(one(objects, Secret.class, "orbit-auth-signing-key").getData().get("signing-key.pem"));
		String body = new String(pem, StandardCharsets.US_ASCII);
		assertThat(body).startsWith("-----BEGIN PRIVATE KEY-----\n");
		byte[] der = Base64.getMimeDecoder()
			.decode(body.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", ""));
		RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
			.generatePrivate(new PKCS8EncodedKeySpec(der));
		assertThat(key.getModulus().bitLength()).isGreaterThanOrEqualTo(2048);
		for (String client : StackSecrets.CLIENTS) {
			assertThat(env(auth, StackSecrets.variable(client)).getValueFrom().getSecretKeyRef().getName())
				.isEqualTo("orbit-auth-clients");
		}
	}

	@Test
	void secretsAreGeneratedNotInValuesAndKeptOnUpgrade() throws Exception {
		Map<String, String> clients = decoded(one(render(Map.of()), Secret.class, "orbit-auth-clients"));
		assertThat(clients.keySet()).containsExactlyInAnyOrderElementsOf(StackSecrets.CLIENTS);
		assertThat(Set.copyOf(clients.values())).as("a different secret each").hasSize(StackSecrets.CLIENTS.size());
		String values = Files.readString(CHART.resolve("values.yaml"));
		clients.values().forEach((secret) -> assertThat(secret).hasSizeGreaterThanOrEqualTo(32));
		clients.values().forEach((secret) -> assertThat(values).doesNotContain(secret));
		List<HasMetadata> fresh = render(Map.of());
		assertThat(decoded(one(fresh, Secret.class, "orbit-auth-clients"))).as("another install, other secrets")
			.doesNotContainEntry("ingest", clients.get("ingest"));

		cluster.secret("orbit-auth-clients", clients);
		cluster.secret("orbit-bootstrap-admin", Map.of("password", "kept-password-123"));
		cluster.secret("orbit-auth-signing-key", Map.of("signing-key.pem", "kept key"));
		List<HasMetadata> upgrade = render(Map.of());
		assertThat(decoded(one(upgrade, Secret.class, "orbit-auth-clients"))).isEqualTo(clients);
		assertThat(decoded(one(upgrade, Secret.class, "orbit-bootstrap-admin"))).containsEntry("password",
				"kept-password-123");
		assertThat(decoded(one(upgrade, Secret.class, "orbit-auth-signing-key"))).containsEntry("signing-key.pem",
				"kept key");
	}

	@Test
	void secretsOfYoursReplaceTheGeneratedOnes() {
		List<HasMetadata> objects = render(Map.of("auth.signingKey.existingSecret", "my-key",
				"auth.clients.existingSecret", "my-clients", "auth.bootstrapAdmin.existingSecret", "my-admin"));
		assertThat(HelmChartTest.of(objects, Secret.class)).extracting((s) -> s.getMetadata().getName())
			.containsExactly("orbit-credentials");
		Deployment auth = one(objects, Deployment.class, "orbit-auth");
		assertThat(auth.getSpec().getTemplate().getSpec().getVolumes())
			.anyMatch((v) -> v.getSecret() != null && v.getSecret().getSecretName().equals("my-key"));
		assertThat(env(container(one(objects, Deployment.class, "orbit-ingest")), "ORBIT_INGEST_CLIENT_SECRET")
			.getValueFrom()
			.getSecretKeyRef()
			.getName()).isEqualTo("my-clients");
		assertThat(one(objects, Deployment.class, "orbit-users").getSpec().getTemplate().getSpec().getVolumes())
			.anyMatch((v) -> v.getSecret() != null && v.getSecret().getSecretName().equals("my-admin"));
	}

	@Test
	void everyServiceChecksTokensOfTheOneIssuer() {
		List<HasMetadata> objects = render(Map.of());
		List<Deployment> services = HelmChartTest.of(objects, Deployment.class);
		assertThat(services).hasSizeGreaterThanOrEqualTo(9);
		services.forEach(
				(d) -> assertThat(env(container(d), "ORBIT_SECURITY_ENABLED").getValue()).as(d.getMetadata().getName())
					.isEqualTo("true"));
		Map<String, String> config = one(objects, ConfigMap.class, "orbit-config").getData();
		assertThat(config).containsEntry("ORBIT_AUTH_ISSUER", "http://orbit.local")
			.containsEntry("ORBIT_AUTH_JWKS_URI", "http://orbit-auth:9000/oauth2/jwks")
			.containsEntry("ORBIT_AUTH_TOKEN_URI", "http://orbit-auth:9000/oauth2/token");
		assertThat(env(container(one(objects, Deployment.class, "orbit-worker")), "ORBIT_WORKER_CLIENT_SECRET")
			.getValueFrom()
			.getSecretKeyRef()
			.getKey()).isEqualTo("worker");
		Container users = container(one(objects, Deployment.class, "orbit-users"));
		assertThat(env(users, "ORBIT_BOOTSTRAP_ADMIN_EMAIL").getValue()).isEqualTo("admin@orbit.local");
		assertThat(env(users, "ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE").getValue())
			.isEqualTo("/var/run/orbit/admin/password");
		assertThat(decoded(one(objects, Secret.class, "orbit-bootstrap-admin")).get("password")).hasSizeBetween(12,
				128);
		List<HasMetadata> off = render(Map.of("security.enabled", false, "ingress.enabled", false));
		HelmChartTest.of(off, Deployment.class)
			.forEach((d) -> assertThat(env(container(d), "ORBIT_SECURITY_ENABLED").getValue()).isEqualTo("false"));
		assertThat(one(off, ConfigMap.class, "orbit-config").getData()).as("no Ingress: the in-cluster issuer")
			.containsEntry("ORBIT_AUTH_ISSUER", "http://orbit-auth:9000");
	}

	@Test
	void managementPortsAdmitOnlyMonitoringAndApisTheReleaseAndTheIngressController() {
		List<HasMetadata> objects = render(Map.of());
		for (Deployment deployment : HelmChartTest.of(objects, Deployment.class)) {
			String name = deployment.getMetadata().getName();
			NetworkPolicy policy = one(objects, NetworkPolicy.class, name);
			assertThat(policy.getSpec().getPodSelector().getMatchLabels())
				.isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
			Map<String, List<NetworkPolicyPeer>> byPort = policy.getSpec()
				.getIngress()
				.stream()
				.collect(Collectors.toMap((rule) -> port(rule), NetworkPolicyIngressRule::getFrom));
			assertThat(byPort).as(name).containsOnlyKeys("http", "management");
			List<NetworkPolicyPeer> management = byPort.get("management");
			assertThat(management.get(0).getNamespaceSelector().getMatchLabels()).as("%s management", name)
				.isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring"));
			if (List.of("orbit-ingest", "orbit-processor", "orbit-enricher", "orbit-analyzer").contains(name)) {
				assertThat(management).as("%s management: Prometheus and the dashboard's pipeline strip", name)
					.hasSize(2)
					.last()
					.satisfies((peer) -> assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(
							Map.of("app.kubernetes.io/name", "dashboard", "app.kubernetes.io/instance", "orbit")));
			}
			else {
				assertThat(management).as("%s management: Prometheus only", name).hasSize(1);
			}
			assertThat(byPort.get("http")).as("%s API", name)
				.anyMatch((peer) -> peer.getPodSelector() != null && peer.getPodSelector()
					.getMatchLabels()
					.equals(Map.of("app.kubernetes.io/instance", "orbit")));
		}
		assertThat(one(objects, NetworkPolicy.class, "orbit-auth").getSpec().getIngress().get(0).getFrom())
			.as("the login page and the tokens through the Ingress")
			.anyMatch((peer) -> peer.getNamespaceSelector() != null && peer.getNamespaceSelector()
				.getMatchLabels()
				.equals(Map.of("kubernetes.io/metadata.name", "ingress-nginx")));
	}

	/**
	 * The dashboard and the console run in the release, each on a host of its own on the
	 * Ingress; their login sends a browser to the auth service's public address, and the
	 * auth service sends it back to theirs; they call the services in the cluster.
	 * Without an Ingress, the addresses of kubectl port-forward.
	 */
	@Test
	void theWebAppsLogPeopleInThroughTheIngress() {
		List<HasMetadata> objects = render(Map.of());
		Container dashboard = container(one(objects, Deployment.class, "orbit-dashboard"));
		assertThat(env(dashboard, "ORBIT_DASHBOARD_CLIENT_SECRET").getValueFrom().getSecretKeyRef().getKey())
			.isEqualTo("dashboard");
		assertThat(env(container(one(objects, Deployment.class, "orbit-console")), "ORBIT_CONSOLE_CLIENT_SECRET")
			.getValueFrom()
			.getSecretKeyRef()
			.getKey()).isEqualTo("console");
		Map<String, String> config = one(objects, ConfigMap.class, "orbit-config").getData();
		assertThat(config).containsEntry("ORBIT_AUTH_BROWSER_URL", "http://orbit.local")
			.containsEntry("ORBIT_PROCESSOR_URL", "http://orbit-processor:8101")
			.containsEntry("ORBIT_ANALYZER_URL", "http://orbit-analyzer:8104")
			.containsEntry("ORBIT_ENRICHER_URL", "http://orbit-enricher:8103")
			.containsEntry("ORBIT_WORKER_URL", "http://orbit-worker:8102")
			.containsEntry("ORBIT_USERS_URL", "http://orbit-users:8000")
			.containsEntry("ORBIT_ORDERS_URL", "http://orbit-orders:8001")
			.containsEntry("ORBIT_INVENTORY_URL", "http://orbit-inventory:8002");
		Container auth = container(one(objects, Deployment.class, "orbit-auth"));
		assertThat(env(dashboard, "ORBIT_DASHBOARD_PIPELINE_METRICS_PORT").getValue())
			.as("/metrics on the management port")
			.isEqualTo("8081");
		assertThat(env(auth, "ORBIT_AUTH_DASHBOARD_REDIRECT_URIS").getValue())
			.isEqualTo("http://dashboard.orbit.local/login/oauth2/code/orbit");
		assertThat(env(auth, "ORBIT_AUTH_CONSOLE_REDIRECT_URIS").getValue())
			.isEqualTo("http://console.orbit.local/login/oauth2/code/orbit");
		Ingress ingress = one(objects, Ingress.class, "orbit");
		Map<String, String> apps = ingress.getSpec()
			.getRules()
			.stream()
			.filter((rule) -> !rule.getHost().equals("orbit.local"))
			.collect(Collectors.toMap(IngressRule::getHost,
					(rule) -> rule.getHttp().getPaths().get(0).getPath() + " -> "
							+ rule.getHttp().getPaths().get(0).getBackend().getService().getName() + ":"
							+ rule.getHttp().getPaths().get(0).getBackend().getService().getPort().getNumber()));
		assertThat(apps).containsExactlyInAnyOrderEntriesOf(Map.of("dashboard.orbit.local", "/ -> orbit-dashboard:8080",
				"console.orbit.local", "/ -> orbit-console:8090"));
		for (String app : List.of("orbit-dashboard", "orbit-console")) {
			assertThat(one(objects, NetworkPolicy.class, app).getSpec().getIngress().get(0).getFrom())
				.as("%s through the Ingress", app)
				.anyMatch((peer) -> peer.getNamespaceSelector() != null && peer.getNamespaceSelector()
					.getMatchLabels()
					.equals(Map.of("kubernetes.io/metadata.name", "ingress-nginx")));
		}

		List<HasMetadata> tls = render(
				Map.of("ingress.tls[0].hosts[0]", "dashboard.orbit.local", "ingress.tls[0].secretName", "orbit-tls"));
		assertThat(env(container(one(tls, Deployment.class, "orbit-auth")), "ORBIT_AUTH_DASHBOARD_REDIRECT_URIS")
			.getValue()).isEqualTo("https://dashboard.orbit.local/login/oauth2/code/orbit");
		assertThat(one(tls, ConfigMap.class, "orbit-config").getData()).containsEntry("ORBIT_AUTH_BROWSER_URL",
				"https://orbit.local");

		List<HasMetadata> forwarded = render(Map.of("ingress.enabled", false));
		assertThat(env(container(one(forwarded, Deployment.class, "orbit-auth")), "ORBIT_AUTH_CONSOLE_REDIRECT_URIS")
			.getValue()).isEqualTo("http://127.0.0.1:8090/login/oauth2/code/orbit");
		assertThat(one(forwarded, ConfigMap.class, "orbit-config").getData()).containsEntry("ORBIT_AUTH_BROWSER_URL",
				"http://127.0.0.1:9000");
	}

	private static String port(NetworkPolicyIngressRule rule) {
		assertThat(rule.getPorts()).hasSize(1);
		return rule.getPorts().get(0).getPort().getStrVal();
	}

	private static List<HasMetadata> render(Map<String, Object> set) {
		TemplateCommand template = new Helm(CHART).template().withName("orbit").withNamespace("orbit");
		set.forEach(template::set);
		return StrictModel.parse(template.call());
	}

	private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type, String name) {
		return HelmChartTest.of(objects, type)
			.stream()
			.filter((o) -> o.getMetadata().getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
	}

	private static Container container(Deployment deployment) {
		return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
	}

	private static EnvVar env(Container container, String name) {
		return container.getEnv()
			.stream()
			.filter((e) -> e.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(container.getName() + " has no " + name));
	}

	private static Map<String, String> decoded(Secret secret) {
		return secret.getData()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(e) -> new String(Base64.getDecoder().decode(e.getValue()), StandardCharsets.UTF_8)));
	}

}
