#!/usr/bin/env bash
set -euo pipefail
mkdir -p /data/db
# The heap: half of the container's memory limit (256 MiB under Compose's default 512m), or
# MONGO_STANDIN_HEAP (e.g. 256m) when set. The rest of the JVM kept small as the services' own
# (C1 only with one compiler thread, a 32 MiB code cache, 256 KiB thread stacks, two malloc
# arenas): the lite profile gives the stand-in 160 MiB, in which its JVM with the default C2
# compilers, code cache and arenas was killed for memory as it started (ADR 0015).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec java -XX:MaxRAMPercentage=50 ${MONGO_STANDIN_HEAP:+-Xmx$MONGO_STANDIN_HEAP} -XX:+UseSerialGC \
	-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=32m -Xss256k -cp '/opt/mongo-standin/lib/*' \
	space.orbit.mongostandin.MongoStandIn --host 0.0.0.0 --port 27017 --data /data/db/orbit.mv.db
