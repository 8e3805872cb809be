package space.orbit.processor.telemetry;

import java.io.IOException;

import com.rabbitmq.client.Channel;

import org.springframework.amqp.core.Message;

/** A RabbitMQ delivery, settled on its channel by its delivery tag. */
record AmqpDelivery(Message message, Channel channel) implements Delivery {

	@Override
	public String id() {
		String id = this.message.getMessageProperties().getMessageId();
		return (id != null) ? id : "#" + tag();
	}

	@Override
	public void ack() throws IOException {
		this.channel.basicAck(tag(), false);
	}

	@Override
	public void reject() throws IOException {
		this.channel.basicReject(tag(), false);
	}

	@Override
	public void requeue() throws IOException {
		this.channel.basicNack(tag(), false, true);
	}

	private long tag() {
		return this.message.getMessageProperties().getDeliveryTag();
	}

}
