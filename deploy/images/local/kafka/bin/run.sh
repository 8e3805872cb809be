#!/usr/bin/env bash
# KAFKA_* variables to server.properties (_ -> ., __ -> _, ___ -> -), as apache/kafka does.
set -euo pipefail
props=/opt/kafka/config/server.properties
: >"$props"
while IFS='=' read -r name value; do
	case $name in
	KAFKA_HEAP_OPTS | KAFKA_OPTS | KAFKA_JVM_PERFORMANCE_OPTS | KAFKA_LOG4J_OPTS) continue ;;
	KAFKA_*)
		key=${name#KAFKA_}
		key=${key,,}
		key=${key//___/-}
		key=${key//__/@}
		key=${key//_/.}
		key=${key//@/_}
		printf '%s=%s\n' "$key" "$value" >>"$props"
		;;
	esac
done < <(env)
dir=$(sed -n 's/^log\.dirs=//p' "$props")
dir=${dir:-/var/lib/kafka/data}
if [[ ! -f "$dir/meta.properties" ]]; then
	java -cp '/opt/kafka/libs/*' -Dlogback.configurationFile=/opt/kafka/config/logback.xml \
		kafka.tools.StorageTool format --ignore-formatted -t "${CLUSTER_ID:?CLUSTER_ID must be set}" -c "$props"
fi
# KAFKA_JVM_PERFORMANCE_OPTS as apache/kafka's kafka-run-class.sh reads it (its default there).
# shellcheck disable=SC2086 # options are words
exec java ${KAFKA_HEAP_OPTS:--Xmx256m} ${KAFKA_JVM_PERFORMANCE_OPTS:--server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true} \
	-Dlogback.configurationFile=/opt/kafka/config/logback.xml -cp '/opt/kafka/libs/*' kafka.Kafka "$props"
