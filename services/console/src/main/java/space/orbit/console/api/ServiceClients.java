package space.orbit.console.api;

import java.util.List;

import org.springframework.stereotype.Component;

import space.orbit.console.ConsoleProperties;
import space.orbit.console.operator.CurrentOperator;

/** One client per service the console talks to, each naming the current operator. */
@Component
public class ServiceClients {

	private final ServiceClient processor;

	private final ServiceClient analyzer;

	private final ServiceClient worker;

	private final List<ServiceClient> all;

	public ServiceClients(ConsoleProperties properties, CurrentOperator operator) {
		ConsoleProperties.Services services = properties.services();
		this.processor = client("processor", services.processor(), properties, operator);
		this.analyzer = client("analyzer", services.analyzer(), properties, operator);
		this.worker = client("worker", services.worker(), properties, operator);
		this.all = List.of(this.processor, this.analyzer, this.worker,
				client("enricher", services.enricher(), properties, operator),
				client("users", services.users(), properties, operator),
				client("orders", services.orders(), properties, operator),
				client("inventory", services.inventory(), properties, operator));
	}

	private static ServiceClient client(String name, java.net.URI base, ConsoleProperties properties,
			CurrentOperator operator) {
		return new ServiceClient(name, base, properties.timeout(), operator::name);
	}

	/** The mission database (missions, spacecraft, parameters). */
	public ServiceClient processor() {
		return this.processor;
	}

	/** Alerts and detection rules. */
	public ServiceClient analyzer() {
		return this.analyzer;
	}

	/** Flight dynamics jobs. */
	public ServiceClient worker() {
		return this.worker;
	}

	/** Every service, for the status page. */
	public List<ServiceClient> all() {
		return this.all;
	}

}
