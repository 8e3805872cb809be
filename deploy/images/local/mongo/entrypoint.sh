#!/usr/bin/env bash
set -euo pipefail
mkdir -p /data/db
# The heap: half of the container's memory limit (256 MiB under Compose's default 512m), or
# MONGO_STANDIN_HEAP (e.g. 256m) when set.
exec java -XX:MaxRAMPercentage=50 ${MONGO_STANDIN_HEAP:+-Xmx$MONGO_STANDIN_HEAP} -XX:+UseSerialGC -cp '/opt/mongo-standin/lib/*' \
	space.orbit.mongostandin.MongoStandIn --host 0.0.0.0 --port 27017 --data /data/db/orbit.mv.db
