package space.orbit.analyzer.detection;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;

import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.util.unit.DataSize;
import space.orbit.analyzer.AnalyzerProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every state store's RocksDB memory under one process-wide bound (issue 19). */
class BoundedRocksDbMemoryTest {

	@Test
	void theAnalyzersStreamsUseItWithTheConfiguredBound() {
		Properties properties = DetectionConfiguration
			.streamsProperties(new AnalyzerProperties.Streams("orbit-analyzer", "/tmp/orbit-analyzer-test", 1,
					Duration.ofMillis(100), DataSize.ofMegabytes(24)), new KafkaProperties());

		assertThat(properties.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG))
			.isEqualTo(BoundedRocksDbMemory.class);
		assertThat(properties.get(BoundedRocksDbMemory.TOTAL_BYTES)).isEqualTo(24L * 1024 * 1024);
	}

	@Test
	void everyStoreGetsTheSameBoundedSettingsWhateverItsOwnConfigurationSays() {
		try (Options first = new Options(); Options second = new Options()) {
			// as Kafka Streams hands them to the setter
			first.setTableFormatConfig(new BlockBasedTableConfig());
			new BoundedRocksDbMemory().setConfig("spacecraft-state", first,
					Map.of(BoundedRocksDbMemory.TOTAL_BYTES, 8L * 1024 * 1024));
			new BoundedRocksDbMemory().setConfig("parameter-state", second,
					Map.of(BoundedRocksDbMemory.TOTAL_BYTES, 512L * 1024 * 1024));

			long bound = BoundedRocksDbMemory.total();
			assertThat(bound).isPositive().isLessThan(512L * 1024 * 1024);
			for (Options options : new Options[] { first, second }) {
				assertThat(options.maxWriteBufferNumber()).isEqualTo(2);
				assertThat(options.writeBufferSize()).isEqualTo(Math.max(1L << 20, bound / 8));
				BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
				assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
				assertThat(table.pinTopLevelIndexAndFilter()).isTrue();
			}
		}
	}

}
