package space.orbit.mongostandin;

import de.bwaldvogel.mongo.bson.Document;

/**
 * {@code hello}, the handshake MongoDB 4.4.2+ drivers and Spring Boot's health check
 * send: mongo-java-server knows only its predecessor {@code isMaster}, so the stand-in
 * answers with that reply plus {@code isWritablePrimary}.
 */
final class HelloCommand {

	private HelloCommand() {
	}

	static boolean is(String command) {
		return "hello".equalsIgnoreCase(command);
	}

	static Document reply(Document isMaster) {
		Document reply = new Document(isMaster);
		reply.put("isWritablePrimary", isMaster.getOrDefault("ismaster", Boolean.TRUE));
		return reply;
	}

}
