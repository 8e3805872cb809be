# shellcheck shell=bash
# PostgreSQL, RabbitMQ and NATS: use the one answering on its port; else install the OS package
# (root on Debian/Ubuntu) and start a private instance with its data under .orbit/.

PG_HOST=${ORBIT_POSTGRES_HOST:-127.0.0.1} PG_PORT=${ORBIT_POSTGRES_PORT:-5432} PG_USER=${ORBIT_POSTGRES_USER:-postgres}
RABBIT_HOST=${ORBIT_RABBITMQ_HOST:-127.0.0.1} RABBIT_PORT=${ORBIT_RABBITMQ_PORT:-5672}
RABBIT_MGMT_PORT=${ORBIT_RABBITMQ_MANAGEMENT_PORT:-15672} RABBIT_PROM_PORT=${ORBIT_RABBITMQ_PROMETHEUS_PORT:-15692}
NATS_HOST=${ORBIT_NATS_HOST:-127.0.0.1} NATS_PORT=${ORBIT_NATS_PORT:-4222}

# INFRA: component:package:host variable:port variable:setting prefix
INFRA=("postgres:postgresql:PG_HOST:PG_PORT:ORBIT_POSTGRES" "rabbitmq:rabbitmq-server:RABBIT_HOST:RABBIT_PORT:ORBIT_RABBITMQ"
	"nats:nats-server:NATS_HOST:NATS_PORT:ORBIT_NATS")

# Command-line markers of the instances we start (see our_pid).
infra_marker() { echo "$ORBIT_STATE/$1"; }

pg_bindir() {
	local d
	# shellcheck disable=SC2012 # /usr/lib/postgresql/<version>/bin
	d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	if [[ -n "$d" && -x "$d/initdb" ]]; then echo "$d"; elif command -v initdb >/dev/null; then dirname "$(command -v initdb)"; else return 1; fi
}
rabbitmq_bin() {
	if [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]]; then echo /usr/lib/rabbitmq/bin/rabbitmq-server; else command -v rabbitmq-server; fi
}
nats_bin() { command -v nats-server || { [[ -x /usr/sbin/nats-server ]] && echo /usr/sbin/nats-server; }; }
postgres_installed() { pg_bindir >/dev/null; }
rabbitmq_installed() { rabbitmq_bin >/dev/null; }
nats_installed() { nats_bin >/dev/null; }

# apt_install PACKAGE WHY: installs a Debian package (root only; no prompts).
apt_install() {
	local pkg=$1 why=$2 log="$LOG_DIR/apt.log"
	if ((EUID != 0)) || ! command -v apt-get >/dev/null; then
		die "$why, and the '$pkg' package is not installed. Install it (sudo apt-get install $pkg) and re-run."
	fi
	step "Installing $pkg (apt-get, log: .orbit/logs/apt.log)"
	export DEBIAN_FRONTEND=noninteractive
	if ! apt-get install -y -q --no-install-recommends "$pkg" >>"$log" 2>&1; then
		apt-get update -q >>"$log" 2>&1 || true
		apt-get install -y -q --no-install-recommends "$pkg" >>"$log" 2>&1 || {
			show_tail "$log" 20
			die "apt-get install $pkg failed"
		}
	fi
}

ensure_infra() {
	local entry name pkg host port prefix pid
	step "Infrastructure"
	for entry in "${INFRA[@]}"; do
		IFS=: read -r name pkg host port prefix <<<"$entry"
		host=${!host} port=${!port}
		if port_open "$host" "$port"; then
			if pid=$(our_pid "$name" "$(infra_marker "$name")"); then ok "$name on $host:$port (started by orbit, PID $pid)"; else ok "$name on $host:$port"; fi
			continue
		fi
		if [[ "$host" != 127.0.0.1 && "$host" != localhost ]]; then
			die "$name does not answer on $host:$port (${prefix}_HOST/${prefix}_PORT); orbit starts one only on 127.0.0.1"
		fi
		"${name}_installed" || apt_install "$pkg" "$name does not answer on $host:$port"
		# A package install on a machine with systemd starts the service itself.
		if port_open "$host" "$port"; then ok "$name on $host:$port"; continue; fi
		"start_$name" "$host" "$port"
		wait_port "$name" "$host" "$port" 90 "$LOG_DIR/$name.log"
		ok "$name on $host:$port (started by orbit, PID $(head -n 1 "$(pid_file "$name")"), data in .orbit/$name)"
	done
}

# wait_port NAME HOST PORT TIMEOUT LOG: waits for the port while the recorded process lives.
wait_port() {
	local name=$1 host=$2 port=$3 deadline pid
	deadline=$(($(now_ms) + $4 * 1000))
	until port_open "$host" "$port"; do
		pid=$(head -n 1 "$(pid_file "$name")" 2>/dev/null || true)
		if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
			show_tail "$5" 30
			die "$name (PID $pid) exited before $host:$port answered"
		fi
		if (($(now_ms) > deadline)); then
			show_tail "$5" 30
			die "$name did not answer on $host:$port within $4 s"
		fi
		sleep 0.3
	done
}

# run_as_postgres COMMAND...: Debian's PostgreSQL refuses to run as root.
run_as_postgres() {
	if ((EUID == 0)); then
		local cmd
		printf -v cmd '%q ' "$@"
		su -s /bin/bash postgres -c "$cmd"
	else
		"$@"
	fi
}

start_postgres() {
	local host=$1 port=$2 bindir dir="$ORBIT_STATE/postgres" log="$LOG_DIR/postgres.log" locale=(--no-locale)
	bindir=$(pg_bindir)
	mkdir -p "$dir"
	touch "$log"
	if ((EUID == 0)); then
		id postgres >/dev/null 2>&1 || die "PostgreSQL must not run as root and there is no 'postgres' user (reinstall the postgresql package)"
		chown postgres: "$dir" "$log"
		run_as_postgres test -w "$dir" -a -w "$log" ||
			die "the postgres user cannot reach $dir: let it traverse the checkout (chmod o+x on its parent folders)"
	fi
	chmod 700 "$dir"
	if [[ ! -f "$dir/PG_VERSION" ]]; then
		locale -a 2>/dev/null | grep -qix 'c.utf-\?8' && locale=(--locale=C.UTF-8)
		note "initdb $dir"
		run_as_postgres "$bindir/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 "${locale[@]}" >>"$log" 2>&1 ||
			{ show_tail "$log" 20 && die "initdb failed"; }
	fi
	run_as_postgres "$bindir/pg_ctl" -D "$dir" -l "$log" -w -t 60 -o "-c listen_addresses=$host -p $port -k /tmp" start >/dev/null ||
		{ show_tail "$log" 30 && die "PostgreSQL did not start (pg_ctl)"; }
	head -n 1 "$dir/postmaster.pid" >"$(pid_file postgres)"
}

start_rabbitmq() {
	local host=$1 port=$2 base="$ORBIT_STATE/rabbitmq" bin
	bin=$(rabbitmq_bin)
	mkdir -p "$base/mnesia" "$base/log"
	printf '[rabbitmq_management,rabbitmq_prometheus].\n' >"$base/enabled_plugins"
	cat >"$base/rabbitmq.conf" <<-EOF
		listeners.tcp.default = $host:$port
		management.tcp.ip = 127.0.0.1
		management.tcp.port = $RABBIT_MGMT_PORT
		prometheus.tcp.ip = 127.0.0.1
		prometheus.tcp.port = $RABBIT_PROM_PORT
	EOF
	# epmd (Erlang's name server) outlives RabbitMQ: remember whether we are the ones starting it.
	if ! epmd -names >/dev/null 2>&1; then touch "$base/epmd.ours"; fi
	rm -f "$base/rabbitmq.pid"
	# shellcheck disable=SC2094 # both append to the log
	HOME="$base" RABBITMQ_MNESIA_BASE="$base/mnesia" RABBITMQ_LOG_BASE="$base/log" RABBITMQ_LOGS="$LOG_DIR/rabbitmq.log" \
		RABBITMQ_CONFIG_FILE="$base/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$base/enabled_plugins" \
		RABBITMQ_PID_FILE="$base/rabbitmq.pid" RABBITMQ_NODENAME="orbit@localhost" RABBITMQ_DIST_PORT=$((port + 20000)) \
		"$bin" -detached >>"$LOG_DIR/rabbitmq.log" 2>&1 || die "rabbitmq-server -detached failed: see .orbit/logs/rabbitmq.log"
	local i
	for ((i = 0; i < 300; i++)); do
		[[ -s "$base/rabbitmq.pid" ]] && break
		sleep 0.2
	done
	[[ -s "$base/rabbitmq.pid" ]] || { show_tail "$LOG_DIR/rabbitmq.log" 30 && die "RabbitMQ wrote no PID file ($base/rabbitmq.pid)"; }
	cp "$base/rabbitmq.pid" "$(pid_file rabbitmq)"
}

start_nats() {
	local host=$1 port=$2
	mkdir -p "$ORBIT_STATE/nats"
	spawn nats "$LOG_DIR/nats.log" "$(nats_bin)" -a "$host" -p "$port" -js -sd "$ORBIT_STATE/nats"
}

# stop_rabbitmq_epmd: after our RabbitMQ stopped, stop the epmd it started when no node is left.
stop_rabbitmq_epmd() {
	local base="$ORBIT_STATE/rabbitmq"
	[[ -f "$base/epmd.ours" ]] || return 0
	rm -f "$base/epmd.ours"
	if ! epmd -names 2>/dev/null | grep -q '^name '; then epmd -kill >/dev/null 2>&1 || true; fi
}

# psql_cmd SQL [DATABASE]: runs one statement, unaligned output.
psql_cmd() {
	PGCONNECT_TIMEOUT=5 psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "${2:-postgres}" -v ON_ERROR_STOP=1 -tAqc "$1"
}

# ensure_database NAME: creates the database when missing.
ensure_database() {
	local db=$1 out
	command -v psql >/dev/null || apt_install postgresql-client "psql is needed to create the database '$db'"
	out=$(psql_cmd "SELECT 1 FROM pg_database WHERE datname = '$db'" 2>&1) ||
		die "cannot query PostgreSQL at $PG_HOST:$PG_PORT as '$PG_USER' (ORBIT_POSTGRES_USER): $out"
	if [[ "$out" != 1 ]]; then
		out=$(psql_cmd "CREATE DATABASE \"$db\"" 2>&1) || die "CREATE DATABASE $db failed: $out"
		ok "database '$db' created"
	else
		ok "database '$db' exists"
	fi
}
