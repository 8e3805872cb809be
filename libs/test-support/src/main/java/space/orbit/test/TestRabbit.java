package space.orbit.test;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/**
 * This machine's real RabbitMQ ({@code ORBIT_TEST_RABBITMQ_URL}, default
 * {@code amqp://guest:guest@127.0.0.1:5672}) with a name prefix unique to one test; the
 * queues and exchanges named with it are deleted on {@link #close()}.
 */
public final class TestRabbit implements AutoCloseable {

	public static final String URL = TestPostgres.env("ORBIT_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672");

	private final String prefix;

	private final Connection connection;

	private final List<String> queues = new ArrayList<>();

	private final List<String> exchanges = new ArrayList<>();

	private TestRabbit(String prefix, Connection connection) {
		this.prefix = prefix;
		this.connection = connection;
	}

	public static TestRabbit withUniquePrefix(String prefix) {
		try {
			ConnectionFactory factory = new ConnectionFactory();
			factory.setUri(URL);
			return new TestRabbit(TestNames.unique(prefix + "-") + ".", factory.newConnection("orbit-test"));
		}
		catch (Exception ex) {
			throw new IllegalStateException("RabbitMQ is not reachable at " + URL
					+ ": start it (rabbitmq-server -detached) or set ORBIT_TEST_RABBITMQ_URL", ex);
		}
	}

	public String prefix() {
		return this.prefix;
	}

	public int port() {
		return URI.create(URL).getPort();
	}

	/** Registers queues and exchanges (full names) to delete on close. */
	public TestRabbit deleteOnClose(List<String> queues, List<String> exchanges) {
		this.queues.addAll(queues);
		this.exchanges.addAll(exchanges);
		return this;
	}

	public long messageCount(String queue) {
		try (Channel channel = this.connection.createChannel()) {
			return channel.queueDeclarePassive(queue).getMessageCount();
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("cannot count messages in " + queue, ex);
		}
	}

	/** Takes one message (auto-ack), or null. */
	public GetResponse get(String queue) {
		try (Channel channel = this.connection.createChannel()) {
			return channel.basicGet(queue, true);
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("cannot get from " + queue, ex);
		}
	}

	public Connection connection() {
		return this.connection;
	}

	@Override
	public void close() {
		try (Channel channel = this.connection.createChannel()) {
			for (String queue : this.queues) {
				channel.queueDelete(queue);
			}
			for (String exchange : this.exchanges) {
				channel.exchangeDelete(exchange);
			}
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("cannot clean up RabbitMQ names with prefix " + this.prefix, ex);
		}
		finally {
			try {
				this.connection.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}
	}

}
