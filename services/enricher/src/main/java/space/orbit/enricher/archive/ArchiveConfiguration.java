package space.orbit.enricher.archive;

import java.time.Clock;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import space.orbit.enricher.EnricherProperties;

/**
 * The segment collection (and the bucket collection of earlier versions), its indexes,
 * the writer, the reader, the retention sweep and MongoDB's health.
 */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

	@Bean
	MongoDatabase archiveDatabase(MongoClient client, MongoConnectionDetails connection) {
		String name = connection.getConnectionString().getDatabase();
		return client.getDatabase((name != null) ? name : "orbit");
	}

	@Bean
	ArchiveCollection archiveCollection(MongoDatabase archiveDatabase, EnricherProperties properties) {
		return new ArchiveCollection(archiveDatabase.getCollection(properties.archive().segments(), Document.class),
				archiveDatabase.getCollection(properties.archive().collection(), Document.class), properties.archive());
	}

	@Bean
	SegmentWriter segmentWriter(ArchiveCollection archive) {
		return new SegmentWriter(archive);
	}

	@Bean
	ArchiveReader archiveReader(ArchiveCollection archive) {
		return new ArchiveReader(archive);
	}

	@Bean
	ArchiveQueries archiveQueries(ArchiveReader reader) {
		return new ArchiveQueries(reader);
	}

	@Bean
	ArchiveExport archiveExport(ArchiveReader reader, ArchiveQueries queries) {
		return new ArchiveExport(reader, queries);
	}

	/**
	 * Replaces Boot's MongoDB health indicator, whose {@code hello} the stand-in lacks.
	 */
	@Bean("mongoHealthIndicator")
	MongoServer mongoHealthIndicator(MongoDatabase archiveDatabase) {
		return new MongoServer(archiveDatabase);
	}

	/** Started only with {@code orbit.enricher.archive.sweep=true}. */
	@Bean
	RetentionSweeper retentionSweeper(ArchiveCollection archive, Clock clock) {
		return new RetentionSweeper(archive, clock);
	}

	@Bean
	ApplicationRunner announceMongoServer(MongoServer server, EnricherProperties properties) {
		return (arguments) -> server.announce(properties.archive().sweep());
	}

}
