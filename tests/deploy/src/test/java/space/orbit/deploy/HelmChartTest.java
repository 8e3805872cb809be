package space.orbit.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/helm/orbit linted and rendered (helm-java, no helm binary) with the default
 * values and with the external-infrastructure values file; every object parses strictly
 * as its Kubernetes type; every Deployment has probes (on the management port), requests
 * and limits and runs as non-root; every Service selects pods the release creates. No
 * cluster: the chart's lookups go to a {@link FakeKubernetesApi}.
 */
class HelmChartTest {

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

	@ParameterizedTest
	@ValueSource(strings = { "", "values-external.yaml" })
	void theChartLintsAndRendersValidObjects(String valuesFile) throws IOException {
		lint(valuesFile);
		var template = new Helm(CHART).template().withName("orbit").withNamespace("orbit");
		if (!valuesFile.isEmpty()) {
			template.withValuesFile(CHART.resolve(valuesFile));
		}
		List<HasMetadata> objects = StrictModel.parse(template.call());

		List<Deployment> deployments = of(objects, Deployment.class);
		assertThat(deployments).extracting((d) -> d.getMetadata().getName())
			.contains("orbit-auth", "orbit-ingest", "orbit-processor", "orbit-worker", "orbit-enricher",
					"orbit-analyzer", "orbit-users", "orbit-orders", "orbit-inventory");
		deployments.forEach((d) -> assertRunsSafely(d.getMetadata().getName(), d.getSpec().getTemplate().getSpec()));
		assertThat(of(objects, HorizontalPodAutoscaler.class))
			.extracting((h) -> h.getSpec().getScaleTargetRef().getName())
			.containsExactlyInAnyOrder("orbit-ingest", "orbit-processor", "orbit-enricher", "orbit-worker");
		assertThat(of(objects, PodDisruptionBudget.class)).isNotEmpty();
		assertThat(of(objects, NetworkPolicy.class)).hasSizeGreaterThanOrEqualTo(deployments.size());
		assertThat(of(objects, ServiceMonitor.class)).hasSize(1);
		assertEveryServiceSelectsPods(objects);
		assertIngressBackendsExist(objects);
		boolean bundled = valuesFile.isEmpty();
		assertThat(of(objects, StatefulSet.class)).as("bundled infrastructure").hasSize(bundled ? 5 : 0);
		assertThat(objects.stream().anyMatch((o) -> o.getKind().equals("Secret"))).as("a Secret of the chart's own")
			.isEqualTo(bundled);
		assertThat(of(objects, Deployment.class)).as("every service's probes on its management port")
			.allSatisfy((d) -> assertThat(d.getSpec()
				.getTemplate()
				.getSpec()
				.getContainers()
				.get(0)
				.getReadinessProbe()
				.getHttpGet()
				.getPort()
				.getStrVal()).isEqualTo("management"));
	}

	/**
	 * values-lite.yaml: every container of the release (bundled infrastructure, every
	 * service and the simulator, one pod each) has a memory limit equal to its request
	 * and to deploy/compose/lite.env's, and they add up to 3 GiB at most; the JVM
	 * options, the malloc arenas, Kafka's heap and RabbitMQ's memory are lite.env's too.
	 */
	@Test
	void theLiteValuesLimitTheWholeSystemWithin3GiBAsComposeDoes() throws IOException {
		lint("values-lite.yaml");
		List<HasMetadata> objects = StrictModel.parse(new Helm(CHART).template()
			.withName("orbit")
			.withNamespace("orbit")
			.withValuesFile(CHART.resolve("values-lite.yaml"))
			.call());
		Map<String, String> lite = ComposeFile.liteEnv();
		Map<String, PodSpec> pods = new TreeMap<>();
		for (Deployment deployment : of(objects, Deployment.class)) {
			assertThat(deployment.getSpec().getReplicas()).as(deployment.getMetadata().getName()).isEqualTo(1);
			pods.put(deployment.getMetadata().getName(), deployment.getSpec().getTemplate().getSpec());
		}
		for (StatefulSet set : of(objects, StatefulSet.class)) {
			assertThat(set.getSpec().getReplicas()).as(set.getMetadata().getName()).isEqualTo(1);
			pods.put(set.getMetadata().getName(), set.getSpec().getTemplate().getSpec());
		}
		List<String> components = ComposeFile.servicesOf("full");
		assertThat(pods.keySet())
			.containsExactlyInAnyOrderElementsOf(components.stream().map((c) -> "orbit-" + c).toList());
		assertThat(of(objects, HorizontalPodAutoscaler.class)).as("no autoscaling").isEmpty();
		long sum = 0;
		for (String component : components) {
			Container container = pods.get("orbit-" + component).getContainers().get(0);
			long limit = Quantity.getAmountInBytes(container.getResources().getLimits().get("memory")).longValueExact();
			assertThat(Quantity.getAmountInBytes(container.getResources().getRequests().get("memory")).longValueExact())
				.as("%s requests its limit", component)
				.isEqualTo(limit);
			assertThat(limit).as("%s's limit is lite.env's", component)
				.isEqualTo(ComposeConfigIT.bytes(lite.get("ORBIT_" + component.toUpperCase() + "_MEMORY")));
			sum += limit;
		}
		assertThat(sum).as("the limits together").isLessThanOrEqualTo(ComposeStackIT.LITE_BUDGET);
		ConfigMap config = of(objects, ConfigMap.class).stream()
			.filter((c) -> c.getMetadata().getName().equals("orbit-config"))
			.findFirst()
			.orElseThrow();
		assertThat(config.getData()).containsEntry("JAVA_OPTS", lite.get("ORBIT_CONTAINER_JAVA_OPTS"))
			.containsEntry("MALLOC_ARENA_MAX", lite.get("ORBIT_MALLOC_ARENA_MAX"));
		assertThat(env(pods.get("orbit-kafka"))).containsEntry("KAFKA_HEAP_OPTS", lite.get("ORBIT_KAFKA_HEAP_OPTS"))
			.containsEntry("KAFKA_JVM_PERFORMANCE_OPTS", lite.get("ORBIT_KAFKA_JVM_OPTS"));
		assertThat(env(pods.get("orbit-rabbitmq"))).containsEntry("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS",
				lite.get("ORBIT_RABBITMQ_ERL_ARGS"));
		assertThat(pods.get("orbit-postgres").getContainers().get(0).getArgs()).containsExactly("-c",
				"shared_buffers=" + lite.get("ORBIT_POSTGRES_SHARED_BUFFERS"), "-c",
				"max_connections=" + lite.get("ORBIT_POSTGRES_MAX_CONNECTIONS"), "-c",
				"autovacuum_work_mem=" + lite.get("ORBIT_POSTGRES_AUTOVACUUM_WORK_MEM"), "-c",
				"default_statistics_target=" + lite.get("ORBIT_POSTGRES_STATISTICS_TARGET"));
	}

	private static Map<String, String> env(PodSpec pod) {
		Map<String, String> env = new TreeMap<>();
		pod.getContainers()
			.get(0)
			.getEnv()
			.stream()
			.filter((e) -> e.getValue() != null)
			.forEach((e) -> env.put(e.getName(), e.getValue()));
		return env;
	}

	private static void lint(String valuesFile) throws IOException {
		Path chart = CHART;
		if (!valuesFile.isEmpty()) {
			chart = ChartCopy.withValues(CHART, CHART.resolve(valuesFile));
		}
		LintResult lint = new Helm(chart).lint().strict().call();
		assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
	}

	private static void assertRunsSafely(String name, PodSpec pod) {
		assertThat(pod.getSecurityContext().getRunAsNonRoot()).as("%s runAsNonRoot", name).isTrue();
		assertThat(pod.getSecurityContext().getRunAsUser()).as("%s runAsUser", name).isPositive();
		for (Container container : pod.getContainers()) {
			assertThat(container.getReadinessProbe()).as("%s readiness probe", name).isNotNull();
			assertThat(container.getLivenessProbe()).as("%s liveness probe", name).isNotNull();
			assertThat(container.getResources().getRequests()).as("%s requests", name).containsKeys("cpu", "memory");
			assertThat(container.getResources().getLimits()).as("%s limits", name).containsKeys("cpu", "memory");
			assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
		}
	}

	private static void assertEveryServiceSelectsPods(List<HasMetadata> objects) {
		List<Map<String, String>> podLabels = Stream.concat(
				of(objects, Deployment.class).stream().map((d) -> d.getSpec().getTemplate().getMetadata().getLabels()),
				of(objects, StatefulSet.class).stream().map((s) -> s.getSpec().getTemplate().getMetadata().getLabels()))
			.toList();
		for (Service service : of(objects, Service.class)) {
			Map<String, String> selector = service.getSpec().getSelector();
			assertThat(selector).as("selector of %s", service.getMetadata().getName()).isNotEmpty();
			assertThat(podLabels).as("pods selected by Service %s", service.getMetadata().getName())
				.anyMatch((labels) -> labels.entrySet().containsAll(selector.entrySet()));
		}
	}

	private static void assertIngressBackendsExist(List<HasMetadata> objects) {
		Set<String> services = of(objects, Service.class).stream()
			.map((s) -> s.getMetadata().getName())
			.collect(Collectors.toSet());
		for (Ingress ingress : of(objects, Ingress.class)) {
			ingress.getSpec()
				.getRules()
				.forEach((rule) -> rule.getHttp()
					.getPaths()
					.forEach((path) -> assertThat(services).contains(path.getBackend().getService().getName())));
		}
	}

	static <T> List<T> of(List<HasMetadata> objects, Class<T> type) {
		return objects.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * A copy of the chart whose values.yaml is the chart's merged with another file's.
	 */
	static final class ChartCopy {

		static Path withValues(Path chart, Path values) throws IOException {
			Path copy = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chart-");
			Path target = copy.resolve(chart.getFileName());
			try (Stream<Path> files = Files.walk(chart)) {
				for (Path file : files.toList()) {
					Path to = target.resolve(chart.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(to);
					}
					else {
						Files.copy(file, to);
					}
				}
			}
			Files.writeString(target.resolve("values.yaml"),
					YamlMerge.merge(Files.readString(chart.resolve("values.yaml")), Files.readString(values)));
			return target;
		}

	}

}
