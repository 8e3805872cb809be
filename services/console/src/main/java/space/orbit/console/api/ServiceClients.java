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

	private final ServiceClient enricher;

	private final ServiceClient users;

	private final ServiceClient orders;

	private final ServiceClient inventory;

	private final List<ServiceClient> all;

	public ServiceClients(ConsoleProperties properties, Credentials credentials) {
		ConsoleProperties.Services services = properties.services();
		this.processor = client("processor", services.processor(), properties, credentials);
		this.analyzer = client("analyzer", services.analyzer(), properties, credentials);
		this.worker = client("worker", services.worker(), properties, credentials);
		this.enricher = client("enricher", services.enricher(), properties, credentials);
		this.users = client("users", services.users(), properties, credentials);
		this.orders = client("orders", services.orders(), properties, credentials);
		this.inventory = client("inventory", services.inventory(), properties, credentials);
		this.all = List.of(this.processor, this.analyzer, this.worker, this.enricher, this.users, this.orders,
				this.inventory);
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

	/** The archive (history, CSV export). */
	public ServiceClient enricher() {
		return this.enricher;
	}

	/** Crew and operator accounts. */
	public ServiceClient users() {
		return this.users;
	}

	/** Supply and welcome orders. */
	public ServiceClient orders() {
		return this.orders;
	}

	/** Depot stock levels. */
	public ServiceClient inventory() {
		return this.inventory;
	}

	/** Every service, for the status page. */
	public List<ServiceClient> all() {
		return this.all;
	}

}
