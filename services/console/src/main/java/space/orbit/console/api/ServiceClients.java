package space.orbit.console.api;

import java.util.List;

import org.springframework.stereotype.Component;

import space.orbit.console.ConsoleProperties;

/** One client per service the console talks to, each acting for the current operator. */
@Component
public class ServiceClients {

	private final ServiceClient processor;

	private final ServiceClient analyzer;

	private final ServiceClient worker;

	private final List<ServiceClient> all;

	public ServiceClients(ConsoleProperties properties, Credentials credentials) {
		ConsoleProperties.Services services = properties.services();
		this.processor = client("processor", services.processor(), properties, credentials);
		this.analyzer = client("analyzer", services.analyzer(), properties, credentials);
		this.worker = client("worker", services.worker(), properties, credentials);
		this.all = List.of(this.processor, this.analyzer, this.worker,
				client("enricher", services.enricher(), properties, credentials),
				client("users", services.users(), properties, credentials),
				client("orders", services.orders(), properties, credentials),
				client("inventory", services.inventory(), properties, credentials));
	}

	private static ServiceClient client(String name, java.net.URI base, ConsoleProperties properties,
			Credentials credentials) {
		return new ServiceClient(name, base, properties.timeout(), credentials);
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
