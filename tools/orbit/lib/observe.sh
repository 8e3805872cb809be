# shellcheck shell=bash
# ./orbit up --observe (or ORBIT_OBSERVE=1): Prometheus from the OS package (Debian
# `prometheus`) with deploy/observability's scrape configuration and alert rules, exemplar
# storage on, its data in .orbit/prometheus/data. ./orbit down stops it by its PID.
# tests/observability (LocalPrometheusIT) runs these functions with a private state folder.

PROMETHEUS_PORT=${ORBIT_PROMETHEUS_PORT:-9090}
PROMETHEUS_DIR="$ORBIT_STATE/prometheus"
PROMETHEUS_SOURCE="$ORBIT_ROOT/deploy/observability/prometheus"

prometheus_marker() { echo "--config.file=$PROMETHEUS_DIR/prometheus.yml"; }

# render_prometheus_config OUT NAME=HOST:PORT...: deploy/observability/prometheus/prometheus.yml
# with each "NAME:<port>" target (the Compose address) replaced by HOST:PORT and the rule files
# made absolute; nothing else changes (ADR 0016).
render_prometheus_config() {
	local out=$1 entry script=''
	shift
	for entry in "$@"; do
		script+="s#\"${entry%%=*}:[0-9]*\"#\"${entry#*=}\"#;"
	done
	script+="s#^  - rules/#  - $PROMETHEUS_SOURCE/rules/#"
	sed -e "$script" "$PROMETHEUS_SOURCE/prometheus.yml" >"$out.tmp" && mv "$out.tmp" "$out"
}

# start_prometheus NAME=HOST:PORT...: renders the configuration for these targets, checks it with
# promtool, starts Prometheus (or reloads the one already running) and waits until it is ready.
start_prometheus() {
	local pid
	command -v prometheus >/dev/null || apt_install prometheus "--observe runs Prometheus from the OS package"
	mkdir -p "$PROMETHEUS_DIR/data"
	render_prometheus_config "$PROMETHEUS_DIR/prometheus.yml" "$@"
	promtool check config "$PROMETHEUS_DIR/prometheus.yml" >"$LOG_DIR/prometheus-check.log" 2>&1 || {
		show_tail "$LOG_DIR/prometheus-check.log" 20
		die "deploy/observability/prometheus does not pass promtool check config"
	}
	if pid=$(our_pid prometheus "$(prometheus_marker)"); then
		kill -HUP "$pid"
		ok "Prometheus already running (PID $pid): configuration reloaded"
	else
		if port_open 127.0.0.1 "$PROMETHEUS_PORT"; then
			die "port $PROMETHEUS_PORT is taken (PID $(listener_pid "$PROMETHEUS_PORT" || echo '?')): set ORBIT_PROMETHEUS_PORT to a free port"
		fi
		spawn prometheus "$LOG_DIR/prometheus.log" prometheus "$(prometheus_marker)" \
			--storage.tsdb.path="$PROMETHEUS_DIR/data" \
			--storage.tsdb.retention.time="${ORBIT_PROMETHEUS_RETENTION:-2d}" \
			--web.listen-address="127.0.0.1:$PROMETHEUS_PORT" \
			--enable-feature=exemplar-storage
	fi
	local i
	for ((i = 0; i < 120; i++)); do
		http_ok "http://127.0.0.1:$PROMETHEUS_PORT/-/ready" && break
		pid=$(our_pid prometheus "$(prometheus_marker)") || {
			show_tail "$LOG_DIR/prometheus.log" 20
			die "Prometheus exited at start-up (log: $LOG_DIR/prometheus.log)"
		}
		sleep 0.25
	done
	http_ok "http://127.0.0.1:$PROMETHEUS_PORT/-/ready" || die "Prometheus not ready in 30 s (log: $LOG_DIR/prometheus.log)"
	ok "Prometheus http://127.0.0.1:$PROMETHEUS_PORT  (targets /targets, alerts /alerts; exemplars on)"
}

# observe_services: starts Prometheus for the services of ./orbit's SERVICES on 127.0.0.1.
observe_services() {
	local entry targets=()
	for entry in "${SERVICES[@]}"; do targets+=("${entry%%:*}=127.0.0.1:${entry#*:}"); done
	step "Prometheus"
	start_prometheus "${targets[@]}"
}

# stop_prometheus: stops the Prometheus ./orbit started, by its PID file.
stop_prometheus() {
	STOP=()
	collect_ours prometheus "$(prometheus_marker)"
	stop_pids TERM "${STOP[@]}"
}
