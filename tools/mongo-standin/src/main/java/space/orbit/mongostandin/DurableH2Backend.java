package space.orbit.mongostandin;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;

/**
 * The H2 (MVStore) backend, committed before every reply: its default commits once a
 * second, so a write acknowledged to a client could be lost if the process were killed in
 * that second. Committing first makes an acknowledged write survive a crash of the
 * process (it is in the file, though not necessarily fsynced).
 */
final class DurableH2Backend extends H2Backend {

	DurableH2Backend(String file) {
		super(file);
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		try {
			if (HelloCommand.is(command)) {
				return HelloCommand.reply(super.handleCommand(channel, database, "isMaster", query));
			}
			return super.handleCommand(channel, database, command, query);
		}
		finally {
			commit();
		}
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		try {
			return super.handleMessage(message);
		}
		finally {
			commit();
		}
	}

}
