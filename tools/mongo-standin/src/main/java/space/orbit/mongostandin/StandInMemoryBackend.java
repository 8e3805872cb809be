package space.orbit.mongostandin;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The in-memory backend, with {@link HelloCommand}. */
final class StandInMemoryBackend extends MemoryBackend {

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		if (HelloCommand.is(command)) {
			return HelloCommand.reply(super.handleCommand(channel, database, "isMaster", query));
		}
		return super.handleCommand(channel, database, command, query);
	}

}
