# shellcheck shell=bash
# Starting the services (and waiting for anything to be ready) for `./orbit up`.

READY_TIMEOUT=${ORBIT_READY_TIMEOUT:-180}
read -r -a SERVICE_JAVA_OPTS <<<"${ORBIT_JAVA_OPTS:--Xms64m -Xmx512m -Xss512k -XX:+ExitOnOutOfMemoryError}"

# Services run from an extracted copy of their jar, $RUN_DIR/NAME (see prepare_run).
RUN_DIR="$ORBIT_STATE/run"
service_marker() { echo "/run/$1/orbit-$1-"; }
service_url() { echo "http://127.0.0.1:$1"; }

# export_service_env DATABASE: the addresses every service reads (an already-set value wins).
export_service_env() {
	export ORBIT_POSTGRES_URL="${ORBIT_POSTGRES_URL:-jdbc:postgresql://$PG_HOST:$PG_PORT/$1}"
	export ORBIT_POSTGRES_USER="$PG_USER"
	export ORBIT_RABBITMQ_URL="${ORBIT_RABBITMQ_URL:-amqp://guest:guest@$RABBIT_HOST:$RABBIT_PORT}"
	export ORBIT_KAFKA_BOOTSTRAP="${ORBIT_KAFKA_BOOTSTRAP:-$KAFKA_HOST:$KAFKA_PORT}"
	export ORBIT_NATS_URL="${ORBIT_NATS_URL:-nats://$NATS_HOST:$NATS_PORT}"
	export ORBIT_MONGODB_URI="${ORBIT_MONGODB_URI:-mongodb://127.0.0.1:27017/orbit}"
	# The analyzer's Kafka Streams state (RocksDB) lives with the rest of the local state.
	export ORBIT_ANALYZER_STATE_DIR="${ORBIT_ANALYZER_STATE_DIR:-$ORBIT_STATE/analyzer-state}"
	# The demo depot holds welcome kits, so new users' welcome orders are reserved (received once,
	# into an empty ledger; not for ./orbit test, whose services get their settings from the tests).
	if [[ "$1" == orbit ]]; then
		export ORBIT_INVENTORY_OPENING_STOCK="${ORBIT_INVENTORY_OPENING_STOCK:-welcome-kit@KSC:1000,crew-badge@KSC:1000}"
	fi
}

# prepare_run NAME JAR: sets RUN_ARGS, the java arguments that run NAME. Its jar is extracted
# (Spring Boot's `-Djarmode=tools extract`: plain jars, which the JVM's class cache can use) into
# $RUN_DIR/NAME when the build is newer. With ORBIT_AOT=1 (the default) the JVM's AOT cache
# (JDK 25, JEP 483/514) is used when it is newer than the extraction; otherwise this run records
# one, which the JVM writes when the service stops (./orbit down: ~10 s a service, once). A
# service starts about twice as fast from its cache (docs/adr/0011-startup.md).
prepare_run() {
	local name=$1 jar=$2 dir="$RUN_DIR/$1" app aot
	app="$dir/$(basename "$jar")"
	if [[ ! -f "$app" || "$jar" -nt "$app" ]]; then
		rm -rf "$dir"
		mkdir -p "$dir"
		"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --force --destination "$dir" >"$dir/extract.log" 2>&1 ||
			die "could not extract $jar into $dir (see $dir/extract.log); rebuild with ./mvnw -pl $(service_dir "$name") package -DskipTests"
	fi
	aot="$dir/app.aot"
	RUN_ARGS=()
	if [[ "${ORBIT_AOT:-1}" == 1 ]]; then
		if [[ -f "$aot" && "$aot" -nt "$app" ]]; then
			RUN_ARGS+=("-XX:AOTCache=$aot")
		else
			rm -f "$aot"
			RUN_ARGS+=("-XX:AOTCacheOutput=$aot")
		fi
		# The cache's own notes (classes it skips) are not the service's log.
		RUN_ARGS+=("-Xlog:aot=error,cds=error")
	fi
	RUN_ARGS+=(-jar "$app")
}

# start_services: starts every selected service that is not already running, all at once.
# Adds name:port:kind entries to WAIT (for wait_ready) and sets START_MS / ALREADY per service.
start_services() {
	local entry name port pid jar other
	for entry in "${SELECTED[@]}"; do
		name=${entry%%:*} port=${entry#*:}
		START_MS[$name]=$(now_ms)
		if pid=$(our_pid "$name" "$(service_marker "$name")"); then
			ALREADY[$name]=$pid
		else
			if port_open 127.0.0.1 "$port"; then
				other=$(listener_pid "$port" || true)
				die "port $port (service $name) is taken by another process${other:+ (PID $other: $(pid_cmdline "$other" | cut -c1-100))}"
			fi
			jar=$(service_jar "$name")
			prepare_run "$name" "$jar"
			SERVER_PORT=$port spawn "$name" "$LOG_DIR/$name.log" "$JAVA_HOME/bin/java" "${SERVICE_JAVA_OPTS[@]}" "${RUN_ARGS[@]}"
		fi
		WAIT+=("$name:$port:http")
	done
}

# is_ready NAME PORT KIND
is_ready() {
	case $3 in
	http) http_ok "$(service_url "$2")/health/readiness" ;;
	tcp) port_open 127.0.0.1 "$2" ;;
	esac
}

# wait_ready ENTRY...: waits until every component (name:port:kind) is ready, with one live line
# per component; prints its log and exits when one dies or times out. Sets READY_MS[name].
wait_ready() {
	local entries=("$@") entry name port kind pid state failed='' pending now elapsed drawn=0 line
	declare -A shown=()
	while :; do
		pending=0 now=$(now_ms)
		((IS_TTY && drawn)) && printf '\e[%dA' "${#entries[@]}"
		for entry in "${entries[@]}"; do
			IFS=: read -r name port kind <<<"$entry"
			elapsed=$((now - ${START_MS[$name]:-$now}))
			if [[ -z "${READY_MS[$name]:-}" && -z "$failed" ]]; then
				pid=$(head -n 1 "$(pid_file "$name")" 2>/dev/null || true)
				if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null; then
					failed="$name:exited (PID ${pid:-?})"
				elif is_ready "$name" "$port" "$kind"; then
					READY_MS[$name]=$elapsed
				elif ((elapsed > READY_TIMEOUT * 1000)); then
					failed="$name:not ready after ${READY_TIMEOUT}s (ORBIT_READY_TIMEOUT)"
				else
					pending=$((pending + 1))
				fi
			fi
			if [[ -n "${READY_MS[$name]:-}" && -n "${ALREADY[$name]:-}" ]]; then
				state="${C_GREEN}ready${C_RESET} ${C_DIM}(already running, PID ${ALREADY[$name]})${C_RESET}"
			elif [[ -n "${READY_MS[$name]:-}" ]]; then
				state="${C_GREEN}ready${C_RESET} ($(fmt_secs "${READY_MS[$name]}")s)"
			elif [[ "${failed%%:*}" == "$name" ]]; then
				state="${C_RED}${CROSS} ${failed#*:}${C_RESET}"
			else
				state="${C_YELLOW}starting${ELLIPSIS}${C_RESET} $((elapsed / 1000))s"
			fi
			line=$(printf '  %-12s %s' "$name" "$state")
			if ((IS_TTY)); then
				printf '\r\e[K%s\n' "$line"
			elif [[ "${shown[$name]:-}" != "${state%% *}" ]]; then
				printf '%s\n' "$line"
				shown[$name]=${state%% *}
			fi
		done
		drawn=1
		[[ -n "$failed" ]] && break
		((pending == 0)) && return 0
		sleep 0.5
	done
	name=${failed%%:*}
	show_tail "$LOG_DIR/$name.log" 30
	die "$name ${failed#*:}; its whole log: ./orbit logs $name
  What is already running stays up: ./orbit status, ./orbit down"
}

# write_last_up TOTAL_MS: .orbit/last-up.json for the benchmark harness: seconds from the start
# of `up` to all ready (build included, also given alone), and per component from its start.
write_last_up() {
	local total=$1 name parts=() already=()
	for name in "${!READY_MS[@]}"; do
		parts+=("\"$name\": $(fmt_secs3 "${READY_MS[$name]}")")
		[[ -n "${ALREADY[$name]:-}" ]] && already+=("\"$name\"")
	done
	local IFS=,
	printf '{"seconds": %s, "build_seconds": %s, "ready_seconds": {%s}, "already_running": [%s], "finished_at": "%s"}\n' \
		"$(fmt_secs3 "$total")" "$(fmt_secs3 "${BUILD_MS:-0}")" "${parts[*]}" "${already[*]}" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$ORBIT_STATE/last-up.json"
	# A start with nothing already running is what "time to ready" means: kept apart for the bench.
	((${#already[@]} == 0)) && cp "$ORBIT_STATE/last-up.json" "$ORBIT_STATE/last-cold-up.json"
	return 0
}
fmt_secs3() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

print_urls() {
	local entry name port base
	printf '\n%sOrbit is up.%s\n' "$C_BOLD" "$C_RESET"
	for entry in "${SELECTED[@]}"; do
		name=${entry%%:*} port=${entry#*:} base=$(service_url "$port")
		printf '  %s%-12s%s %s   %s/health  %s/metrics  %s/swagger-ui.html\n' "$C_CYAN" "$name" "$C_RESET" "$base" "$base" "$base" "$base"
	done
	printf '  %s%-12s%s %s\n' "$C_CYAN" kafka "$C_RESET" "bootstrap $KAFKA_HOST:$KAFKA_PORT"
	printf '  %s%-12s%s %s\n' "$C_CYAN" postgres "$C_RESET" "jdbc:postgresql://$PG_HOST:$PG_PORT/orbit (user $PG_USER)"
	printf '  %s%-12s%s %s\n' "$C_CYAN" rabbitmq "$C_RESET" "amqp://guest:guest@$RABBIT_HOST:$RABBIT_PORT"
	if http_ok "http://127.0.0.1:$RABBIT_MGMT_PORT/"; then
		printf '  %-12s %s\n' '' "management http://127.0.0.1:$RABBIT_MGMT_PORT (guest/guest)"
	fi
	printf '  %s%-12s%s %s\n' "$C_CYAN" nats "$C_RESET" "nats://$NATS_HOST:$NATS_PORT"
	printf '  %s%-12s%s %s%s\n' "$C_CYAN" mongodb "$C_RESET" "mongodb://$MONGO_HOST:$MONGO_PORT" "$( ((MONGO_STANDIN)) && printf ' (stand-in: mongo-java-server, not a real MongoDB)')"
	printf '\n  %s./orbit status%s   health, PIDs, memory\n' "$C_BOLD" "$C_RESET"
	if ((${#SELECTED[@]} > 0)); then
		printf '  %s./orbit logs %s%s   follow a log\n' "$C_BOLD" "${SELECTED[0]%%:*}" "$C_RESET"
	else
		printf '  %s./orbit logs kafka%s   follow a log\n' "$C_BOLD" "$C_RESET"
	fi
	printf '  %s./orbit down%s     stop everything orbit started\n' "$C_BOLD" "$C_RESET"
}
