package space.orbit.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import space.orbit.test.MongoStandInProcess;
import space.orbit.test.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The MongoDB stand-in that {@code ./orbit up} runs keeps every acknowledged write across
 * a {@code kill -9}, indexes included: the promise "a 2xx reading is stored everywhere,
 * across restarts" must not break on the machine's local archive.
 */
class MongoStandInDurabilityIT {

	@TempDir
	Path data;

	@Test
	void answersTheHelloHandshakeOfDriversAndHealthChecks() {
		try (MongoStandInProcess memory = MongoStandInProcess.start(ServiceProcess.freePort(), null);
				MongoClient client = MongoClients.create(memory.uri("admin"))) {
			Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
			assertThat(hello.get("isWritablePrimary")).isEqualTo(true);
			assertThat(hello.get("ok")).isIn(1, 1.0);
		}
	}

	@Test
	void acknowledgedWritesAndUniqueIndexesSurviveKillNine() {
		int port = ServiceProcess.freePort();
		Path file = this.data.resolve("archive.mv.db");
		MongoStandInProcess first = MongoStandInProcess.start(port, file);
		try (MongoClient client = MongoClients.create(first.uri("durability"))) {
			MongoCollection<Document> buckets = client.getDatabase("durability").getCollection("buckets");
			buckets.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
			List<Document> documents = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				documents.add(new Document("key", "k" + i).append("value", i));
			}
			buckets.insertMany(documents);
			buckets.updateOne(new Document("key", "k7"), new Document("$set", new Document("value", -7)));
		}
		first.kill();

		try (MongoStandInProcess second = MongoStandInProcess.start(port, file);
				MongoClient client = MongoClients.create(second.uri("durability"))) {
			MongoCollection<Document> buckets = client.getDatabase("durability").getCollection("buckets");
			assertThat(buckets.countDocuments()).isEqualTo(500);
			assertThat(buckets.find(new Document("key", "k7")).first()).containsEntry("value", -7);
			assertThatThrownBy(() -> buckets.insertOne(new Document("key", "k1")))
				.hasMessageContaining("duplicate key");
		}
	}

}
