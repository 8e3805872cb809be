package space.orbit.analyzer.detection;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Every RocksDB state store of the process shares one block cache, and their memtables
 * are charged to it, so the analyzer's off-heap memory has one bound whatever the number
 * of tasks (issue 19: the whole stack in 3 GiB). Without it each store of each task gets
 * Kafka Streams' defaults, a 50 MB block cache and three 16 MB memtables, none of which
 * the JVM's heap limit covers. Kafka Streams' documented pattern ("Bounded Memory
 * Config"): the cache and the write buffer manager are process-wide and never closed by a
 * store. The bound is {@link #TOTAL_BYTES} in the streams configuration; the first store
 * to open fixes it for the process.
 */
public class BoundedRocksDbMemory implements RocksDBConfigSetter {

	/** The streams configuration key of the bound, bytes. */
	public static final String TOTAL_BYTES = "orbit.rocksdb.total.bytes";

	/** What the bound is when not configured: the analyzer's stores hold kilobytes. */
	public static final long DEFAULT_TOTAL_BYTES = 32L * 1024 * 1024;

	private static final double MEMTABLE_SHARE = 0.5;

	private static Cache cache;

	private static WriteBufferManager writeBuffers;

	private static long total;

	@Override
	public void setConfig(String storeName, Options options, Map<String, Object> configs) {
		Object configured = configs.get(TOTAL_BYTES);
		long bytes = (configured != null) ? Long.parseLong(configured.toString()) : DEFAULT_TOTAL_BYTES;
		BlockBasedTableConfig table = (options.tableFormatConfig() instanceof BlockBasedTableConfig streams) ? streams
				: new BlockBasedTableConfig();
		long bound;
		synchronized (BoundedRocksDbMemory.class) {
			if (cache == null) {
				total = bytes;
				cache = new LRUCache(bytes, -1, false, 0.1);
				writeBuffers = new WriteBufferManager((long) (bytes * MEMTABLE_SHARE), cache);
			}
			bound = total;
			table.setBlockCache(cache);
			options.setWriteBufferManager(writeBuffers);
		}
		table.setCacheIndexAndFilterBlocks(true);
		table.setCacheIndexAndFilterBlocksWithHighPriority(true);
		table.setPinTopLevelIndexAndFilter(true);
		options.setMaxWriteBufferNumber(2);
		options.setWriteBufferSize(Math.max(1L << 20, (long) (bound * MEMTABLE_SHARE / 4)));
		options.setTableFormatConfig(table);
	}

	@Override
	public void close(String storeName, Options options) {
		// The cache and the write buffer manager are shared by every store: kept open.
	}

	/** The bound in force, bytes; 0 before the first store opened. */
	static synchronized long total() {
		return total;
	}

}
