package space.orbit.nats;

/**
 * An event consumed from JetStream.
 *
 * @param type its type, e.g. {@code user.created}
 * @param messageId its {@code Nats-Msg-Id}, or null
 * @param data its JSON body
 * @param deliveries how often it has been delivered, this time included
 */
public record InboundEvent(String type, String messageId, byte[] data, long deliveries) {
}
