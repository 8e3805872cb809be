# shellcheck shell=bash
# MongoDB: the one at ORBIT_MONGODB_URI (default 127.0.0.1:27017) when it answers; otherwise the
# stand-in of tools/mongo-standin (mongo-java-server, H2 file .orbit/mongo/orbit.mv.db, kept
# across down/up) as its own process, announced as a stand-in. No real mongod installs here.

MONGO_CP_FILE="$ORBIT_ROOT/tools/mongo-standin/target/classpath.txt"
MONGO_DIR="$ORBIT_STATE/mongo"
MONGO_DATA="$MONGO_DIR/orbit.mv.db"
read -r -a MONGO_HEAP <<<"${ORBIT_MONGO_HEAP_OPTS:--Xms64m -Xmx384m}"

mongo_marker() { echo "space.orbit.mongostandin.MongoStandIn --host"; }

# mongo_address: host and port of ORBIT_MONGODB_URI (mongodb://[user:pass@]host[:port][/db][?...]).
mongo_address() {
	local rest=${ORBIT_MONGODB_URI:-mongodb://127.0.0.1:27017/orbit}
	rest=${rest#mongodb://} rest=${rest##*@} rest=${rest%%/*} rest=${rest%%\?*} rest=${rest%%,*}
	MONGO_HOST=${rest%%:*}
	if [[ "$rest" == *:* ]]; then MONGO_PORT=${rest##*:}; else MONGO_PORT=27017; fi
}

# start_mongo: uses the MongoDB that answers, else starts the stand-in (sets START_MS / ALREADY;
# MONGO_STANDIN=1 when the stand-in is what serves, so `up` waits for it).
start_mongo() {
	local pid
	mongo_address
	MONGO_STANDIN=0
	START_MS[mongo]=$(now_ms)
	if pid=$(our_pid mongo "$(mongo_marker)"); then
		ALREADY[mongo]=$pid MONGO_STANDIN=1
		ok "MongoDB stand-in on $MONGO_HOST:$MONGO_PORT (started by orbit, PID $pid)"
		return 0
	fi
	if port_open "$MONGO_HOST" "$MONGO_PORT"; then
		ok "MongoDB on $MONGO_HOST:$MONGO_PORT (ORBIT_MONGODB_URI)"
		return 0
	fi
	if [[ "$MONGO_HOST" != 127.0.0.1 && "$MONGO_HOST" != localhost ]]; then
		die "no MongoDB answers on $MONGO_HOST:$MONGO_PORT (ORBIT_MONGODB_URI); orbit starts its stand-in only on 127.0.0.1"
	fi
	[[ -f "$MONGO_CP_FILE" ]] || die "tools/mongo-standin/target/classpath.txt is missing: ./mvnw -pl tools/mongo-standin -am package -DskipTests"
	mkdir -p "$MONGO_DIR"
	warn "no MongoDB answers on $MONGO_HOST:$MONGO_PORT: starting the MongoDB STAND-IN (mongo-java-server, data $MONGO_DATA).
  It is not a real MongoDB (no transactions, change streams, \$setWindowFields, \$dateTrunc, \$text);
  point ORBIT_MONGODB_URI at a MongoDB 7 to use one."
	MONGO_STANDIN=1
	local -a give_back
	read -r -a give_back <<<"$JAVA_OPTS_GIVE_BACK $JAVA_OPTS_TRIM"
	spawn mongo "$LOG_DIR/mongo.log" "$JAVA_HOME/bin/java" "${MONGO_HEAP[@]}" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
		"${give_back[@]}" \
		-cp "$ORBIT_ROOT/tools/mongo-standin/target/classes:$(<"$MONGO_CP_FILE")" space.orbit.mongostandin.MongoStandIn \
		--host 127.0.0.1 --port "$MONGO_PORT" --data "$MONGO_DATA"
}
