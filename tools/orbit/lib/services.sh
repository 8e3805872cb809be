# shellcheck shell=bash
# Starting the services (and waiting for anything to be ready) for `./orbit up`.

# A start is slow, not failed, while the service visibly works; see wait_ready.
READY_TIMEOUT=${ORBIT_READY_TIMEOUT:-900}
STALL_TIMEOUT=${ORBIT_STALL_TIMEOUT:-90}
# How many services start at once: on 2 cores, nine JVMs starting (and recording their caches)
# together took longer than three at a time, and once timed out (load average 16).
START_PARALLEL=${ORBIT_START_PARALLEL:-$(($(nproc 2>/dev/null || echo 2) + 1))}
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
declare -A QUEUED=() PROGRESS=() PROGRESS_MS=()
# JVM options by role (issue 19: the whole stack in 3 GiB; docs/adr/0032-memory.md).
# - Every service: 256 KiB thread stacks, freed native memory given back to the system every 30 s,
#   and its AOT cache mapped where it was recorded (ArchiveRelocationMode=0, a diagnostic flag: the
#   default moves the cache to a random address and rewrites every pointer in it, which turns its
#   pages from a file the kernel shares and can drop into private memory).
# - The hot path (ingest, processor, analyzer, enricher, dashboard): G1 with C2, up to 512 MB of
#   heap, and a periodic collection after 10 s without one, so a heap grown under load is given
#   back once the load has passed. Not G1's free ratios (MaxHeapFreeRatio=30): under load they
#   shrank the heaps after every marking and cost the hot path 25-70 % more CPU (ADR 0032).
# - The worker's jobs: the same, with the heap given back down to 30 % free, as it idles
#   between jobs.
# - The services that idle between requests (auth, users, orders, inventory, console, the demo
#   simulator): the serial collector (no GC threads, no remembered sets) in small heaps, C1 only
#   with one compiler thread and a 32 MB code cache.
# ORBIT_JAVA_OPTS replaces the defaults for every service, ORBIT_JAVA_OPTS_<NAME> (for example
# ORBIT_JAVA_OPTS_PROCESSOR) for one.
JAVA_OPTS_COMMON="-Xss256k -XX:+ExitOnOutOfMemoryError $JAVA_OPTS_TRIM -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
JAVA_OPTS_HOT="-XX:+UseG1GC -Xms64m -Xmx512m -XX:G1PeriodicGCInterval=10000"
JAVA_OPTS_IDLE="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=32m $JAVA_OPTS_GIVE_BACK"
# service_java_opts NAME: sets SERVICE_JAVA_OPTS, the JVM options NAME runs with.
service_java_opts() {
	local var="ORBIT_JAVA_OPTS_${1^^}" opts
	if [[ -n "${!var:-}" ]]; then
		opts=${!var}
	elif [[ -n "${ORBIT_JAVA_OPTS:-}" ]]; then
		opts=$ORBIT_JAVA_OPTS
	else
		case $1 in
		ingest | processor | analyzer | enricher | dashboard) opts="$JAVA_OPTS_HOT $JAVA_OPTS_COMMON" ;;
		worker) opts="$JAVA_OPTS_HOT $JAVA_OPTS_GIVE_BACK $JAVA_OPTS_COMMON" ;;
		console) opts="$JAVA_OPTS_IDLE -Xms16m -Xmx256m $JAVA_OPTS_COMMON" ;;
		*) opts="$JAVA_OPTS_IDLE -Xms16m -Xmx192m $JAVA_OPTS_COMMON" ;;
		esac
	fi
	read -r -a SERVICE_JAVA_OPTS <<<"$opts"
}
# glibc's malloc keeps up to 8 arenas a core for the JVM's native threads; two are plenty for
# these processes and hold less memory (ORBIT_MALLOC_ARENA_MAX to change).
export MALLOC_ARENA_MAX="${ORBIT_MALLOC_ARENA_MAX:-2}"

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
	# The enricher's API: the analyzer's backtests read its archive (ADR 0021), the console and
	# the dashboard call it too.
	export ORBIT_ENRICHER_URL="${ORBIT_ENRICHER_URL:-http://127.0.0.1:8103}"
	# The demo depot holds welcome kits, so new users' welcome orders are reserved (received once,
	# into an empty ledger; not for ./orbit test, whose services get their settings from the tests).
	if [[ "$1" == orbit ]]; then
		export ORBIT_INVENTORY_OPENING_STOCK="${ORBIT_INVENTORY_OPENING_STOCK:-welcome-kit@KSC:1000,crew-badge@KSC:1000}"
		# The simulator flies the demo mission's TLEs as published, so the positions it reports
		# and the worker's tracks and passes (from the mission database) agree on the map (ADR 0018).
		export ORBIT_SIMULATOR_ORBITS="${ORBIT_SIMULATOR_ORBITS:-published}"
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
	# The AOT cache is only valid for the options it was recorded with (a collector changed, and
	# the JVM ignores it): one cache per set of options.
	service_java_opts "$name"
	aot="$dir/app-$(printf '%s ' "${SERVICE_JAVA_OPTS[@]}" | cksum | cut -d' ' -f1).aot"
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

# start_services: queues every selected service (wait_ready starts them, a few at a time) and
# adds name:port:http entries to WAIT. A service already running is noted in ALREADY.
start_services() {
	local entry name port pid other
	for entry in "${SELECTED[@]}"; do
		name=${entry%%:*} port=${entry#*:}
		if pid=$(our_pid "$name" "$(service_marker "$name")"); then
			ALREADY[$name]=$pid
			START_MS[$name]=$(now_ms)
		else
			if port_open 127.0.0.1 "$port"; then
				other=$(listener_pid "$port" || true)
				die "port $port (service $name) is taken by another process${other:+ (PID $other: $(pid_cmdline "$other" | cut -c1-100))}"
			fi
			QUEUED[$name]=1
		fi
		WAIT+=("$name:$port:http")
	done
}

# start_one NAME PORT: starts a queued service now.
start_one() {
	local name=$1 port=$2 jar
	unset "QUEUED[$name]"
	START_MS[$name]=$(now_ms)
	jar=$(service_jar "$name")
	prepare_run "$name" "$jar"
	SERVER_PORT=$port spawn "$name" "$LOG_DIR/$name.log" "$JAVA_HOME/bin/java" "${SERVICE_JAVA_OPTS[@]}" "${RUN_ARGS[@]}"
}

# is_ready NAME PORT KIND
is_ready() {
	case $3 in
	http) http_ok "$(service_url "$2")/health/readiness" ;;
	tcp) port_open 127.0.0.1 "$2" ;;
	esac
}

# progress_of NAME: "<log bytes> <CPU ticks>" of a component, what tells a slow start from a
# stuck one.
progress_of() {
	local pid size ticks stat
	pid=$(head -n 1 "$(pid_file "$1")" 2>/dev/null || true)
	size=$(stat -c %s "$LOG_DIR/$1.log" 2>/dev/null || echo 0)
	stat=$(cat "/proc/$pid/stat" 2>/dev/null || true)
	stat=${stat##*) }
	ticks=$(awk '{ print $12 + $13 }' <<<"$stat" 2>/dev/null)
	echo "$size ${ticks:-0}"
}

# check_one NAME PORT KIND NOW: one look at a starting component. Sets READY_MS[name] when
# ready; FAILED when its process died, when it made no progress (log silent and under half a
# CPU second used) for STALL_TIMEOUT, or when it has been starting for READY_TIMEOUT.
check_one() {
	local name=$1 port=$2 kind=$3 now=$4 pid progress log_now cpu_now log_then cpu_then elapsed
	pid=$(head -n 1 "$(pid_file "$name")" 2>/dev/null || true)
	elapsed=$((now - START_MS[$name]))
	if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
		FAILED="$name:exited (PID $pid)"
	elif is_ready "$name" "$port" "$kind"; then
		READY_MS[$name]=$elapsed
	elif [[ -z "$pid" ]]; then
		: # not ours (an external component): only readiness and the overall deadline count
	else
		progress=$(progress_of "$name")
		read -r log_now cpu_now <<<"$progress"
		read -r log_then cpu_then <<<"${PROGRESS[$name]:-0 0}"
		if [[ -z "${PROGRESS_MS[$name]:-}" ]] || ((log_now != log_then || cpu_now - cpu_then >= CLK_TCK / 2)); then
			PROGRESS[$name]=$progress PROGRESS_MS[$name]=$now
		elif ((now - PROGRESS_MS[$name] > STALL_TIMEOUT * 1000)); then
			FAILED="$name:made no progress for ${STALL_TIMEOUT}s (log silent, CPU idle; ORBIT_STALL_TIMEOUT)"
		fi
	fi
	if [[ -z "$FAILED" && -z "${READY_MS[$name]:-}" ]] && ((elapsed > READY_TIMEOUT * 1000)); then
		FAILED="$name:not ready after ${READY_TIMEOUT}s though still working (ORBIT_READY_TIMEOUT)"
	fi
}

# state_of NAME ELAPSED_MS: the live text of one component's line.
state_of() {
	local name=$1 elapsed=$2 quiet
	if [[ -n "${READY_MS[$name]:-}" && -n "${ALREADY[$name]:-}" ]]; then
		echo "${C_GREEN}ready${C_RESET} ${C_DIM}(already running, PID ${ALREADY[$name]})${C_RESET}"
	elif [[ -n "${READY_MS[$name]:-}" ]]; then
		echo "${C_GREEN}ready${C_RESET} ($(fmt_secs "${READY_MS[$name]}")s)"
	elif [[ "${FAILED%%:*}" == "$name" ]]; then
		echo "${C_RED}${CROSS} ${FAILED#*:}${C_RESET}"
	elif [[ -n "${QUEUED[$name]:-}" ]]; then
		echo "${C_DIM}waiting for a free core${C_RESET}"
	else
		quiet=$(((${PROGRESS_MS[$name]:-$(now_ms)} < $(now_ms) - 15000) ? 1 : 0))
		echo "${C_YELLOW}starting${ELLIPSIS}${C_RESET} $((elapsed / 1000))s$( ((quiet)) && printf ' %s(quiet for %ss)%s' "$C_DIM" $((($(now_ms) - PROGRESS_MS[$name]) / 1000)) "$C_RESET")"
	fi
}

# wait_ready ENTRY...: starts queued components, at most START_PARALLEL at a time, and waits
# until every component (name:port:kind) is ready, with one live line each. A slow start is
# never a failure while the component visibly works (its log grows or it uses CPU); a
# component that died, or stalled for ORBIT_STALL_TIMEOUT, fails `up` at once with its log.
wait_ready() {
	local entries=("$@") entry name port kind now elapsed drawn=0 line starting pending
	declare -A shown=()
	FAILED=''
	while :; do
		now=$(now_ms) starting=0 pending=0
		for entry in "${entries[@]}"; do
			IFS=: read -r name port kind <<<"$entry"
			[[ -z "${READY_MS[$name]:-}" && -z "${QUEUED[$name]:-}" ]] && starting=$((starting + 1))
		done
		for entry in "${entries[@]}"; do
			IFS=: read -r name port kind <<<"$entry"
			if [[ -n "${QUEUED[$name]:-}" && -z "$FAILED" ]] && ((starting < START_PARALLEL)); then
				start_one "$name" "$port"
				starting=$((starting + 1))
			fi
		done
		((IS_TTY && drawn)) && printf '\e[%dA' "${#entries[@]}"
		for entry in "${entries[@]}"; do
			IFS=: read -r name port kind <<<"$entry"
			elapsed=$((now - ${START_MS[$name]:-$now}))
			((elapsed < 0)) && elapsed=0 # started during this round
			if [[ -z "${READY_MS[$name]:-}" && -z "${QUEUED[$name]:-}" && -z "$FAILED" ]]; then
				check_one "$name" "$port" "$kind" "$now"
			fi
			[[ -z "${READY_MS[$name]:-}" ]] && pending=$((pending + 1))
			line=$(printf '  %-12s %s' "$name" "$(state_of "$name" "$elapsed")")
			if ((IS_TTY)); then
				printf '\r\e[K%s\n' "$line"
			elif [[ "${shown[$name]:-}" != "$(state_of "$name" 0 | cut -d' ' -f1)" ]]; then
				printf '%s\n' "$line"
				shown[$name]=$(state_of "$name" 0 | cut -d' ' -f1)
			fi
		done
		drawn=1
		[[ -n "$FAILED" ]] && break
		((pending == 0)) && return 0
		sleep 0.5
	done
	name=${FAILED%%:*}
	show_tail "$LOG_DIR/$name.log" 30
	die "$name ${FAILED#*:}; its whole log: ./orbit logs $name
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
		if [[ "$name" == console ]]; then
			# The operator console serves pages, not an API: open it in a browser.
			printf '  %s%-12s%s %s   the operator console (open in a browser)  %s/health  %s/metrics\n' "$C_CYAN" "$name" "$C_RESET" "$base/" "$base" "$base"
			continue
		fi
		printf '  %s%-12s%s %s   %s/health  %s/metrics  %s/swagger-ui.html\n' "$C_CYAN" "$name" "$C_RESET" "$base" "$base" "$base" "$base"
	done
	for entry in "${SELECTED[@]}"; do
		[[ ${entry%%:*} == dashboard ]] && printf '  %sOpen the dashboard:%s %s/\n' "$C_BOLD" "$C_RESET" "$(service_url "${entry#*:}")"
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
