#!/usr/bin/env bash
# The upstream image's script of the same name: the broker's API versions, or a failure.
exec java -Xmx64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlogback.configurationFile=/opt/kafka/config/logback.xml \
	-cp '/opt/kafka/libs/*' org.apache.kafka.tools.BrokerApiVersionsCommand "$@"
