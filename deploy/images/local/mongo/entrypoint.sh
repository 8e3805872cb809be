#!/usr/bin/env bash
set -euo pipefail
mkdir -p /data/db
exec java -Xmx${MONGO_STANDIN_HEAP:-256m} -XX:+UseSerialGC -cp '/opt/mongo-standin/lib/*' \
	space.orbit.mongostandin.MongoStandIn --host 0.0.0.0 --port 27017 --data /data/db/orbit.mv.db
