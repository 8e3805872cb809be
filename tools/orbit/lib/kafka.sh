# shellcheck shell=bash
# The local Kafka broker: Apache Kafka from its Maven artifacts (module tools/kafka-broker),
# KRaft combined mode, one node, data in .orbit/kafka/data (kept across down/up).

KAFKA_HOST=127.0.0.1
KAFKA_PORT=${ORBIT_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${ORBIT_KAFKA_CONTROLLER_PORT:-9093}
KAFKA_DIR="$ORBIT_STATE/kafka"
KAFKA_PROPS="$KAFKA_DIR/server.properties"
KAFKA_LOGBACK="$ORBIT_ROOT/tools/kafka-broker/logback-broker.xml"
# The broker's heap: up to 256 MB, given back after a load (a periodic collection after 10 s
# without one, down to 30 % free); its data lives in the page cache, not the heap.
read -r -a KAFKA_HEAP <<<"${ORBIT_KAFKA_HEAP_OPTS:--Xms64m -Xmx256m}"

kafka_marker() { echo "kafka.Kafka $KAFKA_PROPS"; }

# kafka_java ARGS...: java with the broker's classpath and logging.
kafka_java() {
	"$JAVA_HOME/bin/java" -Dlogback.configurationFile="$KAFKA_LOGBACK" -cp "$(<"$KAFKA_CP_FILE")" "$@"
}

write_kafka_config() {
	mkdir -p "$KAFKA_DIR/data"
	cat >"$KAFKA_PROPS" <<-EOF
		# Written by ./orbit up on every start; edit tools/orbit/lib/kafka.sh instead.
		process.roles=broker,controller
		node.id=1
		controller.quorum.voters=1@$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
		listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
		advertised.listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT
		controller.listener.names=CONTROLLER
		inter.broker.listener.name=PLAINTEXT
		listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
		log.dirs=$KAFKA_DIR/data
		num.partitions=6
		auto.create.topics.enable=true
		offsets.topic.replication.factor=1
		transaction.state.log.replication.factor=1
		transaction.state.log.min.isr=1
		share.coordinator.state.topic.replication.factor=1
		share.coordinator.state.topic.min.isr=1
		default.replication.factor=1
		min.insync.replicas=1
		message.max.bytes=16777216
		replica.fetch.max.bytes=16777216
		group.initial.rebalance.delay.ms=0
	EOF
}

# format_kafka: formats the storage once, with a cluster id kept in .orbit/kafka/cluster.id.
format_kafka() {
	local id_file="$KAFKA_DIR/cluster.id" out
	[[ -f "$KAFKA_DIR/data/meta.properties" ]] && return 0
	if [[ ! -s "$id_file" ]]; then
		kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | grep -E '^[A-Za-z0-9_-]{22}$' | tail -n 1 >"$id_file.tmp" || true
		[[ -s "$id_file.tmp" ]] || die "kafka.tools.StorageTool random-uuid printed no cluster id"
		mv "$id_file.tmp" "$id_file"
	fi
	note "formatting .orbit/kafka/data (cluster id $(<"$id_file"))"
	out=$(kafka_java kafka.tools.StorageTool format --ignore-formatted -t "$(<"$id_file")" -c "$KAFKA_PROPS" 2>&1) ||
		die "kafka.tools.StorageTool format failed:
$out"
}

# start_kafka: starts the broker unless ours already runs (sets START_MS / ALREADY for wait_ready).
start_kafka() {
	local pid other
	START_MS[kafka]=$(now_ms)
	if pid=$(our_pid kafka "$(kafka_marker)"); then
		ALREADY[kafka]=$pid
		return 0
	fi
	if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
		other=$(listener_pid "$KAFKA_PORT" || true)
		die "port $KAFKA_PORT is taken by another process${other:+ (PID $other: $(pid_cmdline "$other" | cut -c1-100))}.
  Stop it, or run Orbit's broker elsewhere with ORBIT_KAFKA_PORT=<port> ./orbit up"
	fi
	write_kafka_config
	format_kafka
	local -a give_back
	read -r -a give_back <<<"$JAVA_OPTS_GIVE_BACK $JAVA_OPTS_TRIM"
	spawn kafka "$LOG_DIR/kafka.log" "$JAVA_HOME/bin/java" "${KAFKA_HEAP[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
		-XX:G1PeriodicGCInterval=10000 "${give_back[@]}" \
		-XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true -Dlogback.configurationFile="$KAFKA_LOGBACK" \
		-cp "$(<"$KAFKA_CP_FILE")" kafka.Kafka "$KAFKA_PROPS"
}
