# shellcheck shell=bash
# ./orbit status, ./orbit down and ./orbit logs.

# status_row NAME MARKER PORT KIND: prints one table row and adds the RSS to TOTAL_RSS.
status_row() {
	local name=$1 marker=$2 port=$3 kind=$4 pid='' state color rss='-' up='-' answers=0
	case $kind in
	http) http_ok "http://127.0.0.1:$port/health/readiness" && answers=1 ;;
	*) port_open "${5:-127.0.0.1}" "$port" && answers=1 ;;
	esac
	if pid=$(our_pid "$name" "$marker"); then
		if ((answers)); then state=ready color=$C_GREEN; else state=up-not-ready color=$C_YELLOW; fi
	elif ((answers)) && [[ $kind != http ]]; then
		state=external color=$C_CYAN
		pid=$(listener_pid "$port" || true)
	elif [[ $kind == http ]] && port_open 127.0.0.1 "$port"; then
		state=external color=$C_CYAN
		pid=$(listener_pid "$port" || true)
	else
		state=down color=$C_DIM pid=''
	fi
	if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
		rss=$(rss_mib "$pid") && TOTAL_RSS=$((TOTAL_RSS + ${rss:-0}))
		up=$(uptime_secs "$pid") && up=$(fmt_duration "$up")
	fi
	printf '%-12s %s%-13s%s %8s %9s %6s %9s\n' "$name" "$color" "$state" "$C_RESET" "${pid:--}" "${rss:--}" "$port" "${up:--}"
}

cmd_status() {
	local entry name port host
	TOTAL_RSS=0
	printf '%s%-12s %-13s %8s %9s %6s %9s%s\n' "$C_BOLD" COMPONENT STATE PID RSS_MIB PORT UPTIME "$C_RESET"
	for entry in "${INFRA[@]}"; do
		IFS=: read -r name _ host port _ <<<"$entry"
		status_row "$name" "$(infra_marker "$name")" "${!port}" tcp "${!host}"
	done
	status_row kafka "$(kafka_marker)" "$KAFKA_PORT" tcp
	mongo_address
	status_row mongo "$(mongo_marker)" "$MONGO_PORT" tcp "$MONGO_HOST"
	for entry in "${SELECTED[@]}"; do
		status_row "${entry%%:*}" "$(service_marker "${entry%%:*}")" "${entry#*:}" http
	done
	printf '%-12s %-13s %8s %9s\n' total '' '' "$TOTAL_RSS"
	[[ -f "$ORBIT_STATE/last-up.json" ]] && note "last up: $(<"$ORBIT_STATE/last-up.json")"
	return 0
}

# collect_ours NAME MARKER: appends NAME:PID to STOP when that process is ours and alive;
# removes a stale PID file.
collect_ours() {
	local pid file
	file=$(pid_file "$1")
	[[ -f "$file" ]] || return 0
	if pid=$(our_pid "$1" "$2"); then
		STOP+=("$1:$pid")
	else
		note "$1: not running (stale PID file removed)"
		rm -f "$file"
	fi
}

cmd_down() {
	local entry name
	[[ -d "$PID_DIR" ]] || { ok "nothing to stop"; return 0; }
	step "Stopping what ./orbit up started"
	# Services first (all of them, not only ORBIT_SERVICES), in parallel.
	STOP=()
	for entry in "${SERVICES[@]}"; do collect_ours "${entry%%:*}" "$(service_marker "${entry%%:*}")"; done
	# A service that recorded an AOT cache writes it as it exits: give them the time.
	local timeout=${ORBIT_STOP_TIMEOUT:-20}
	for entry in "${STOP[@]}"; do
		if pid_cmdline "${entry#*:}" | grep -q -- '-XX:AOTCacheOutput='; then
			timeout=${ORBIT_STOP_TIMEOUT:-120}
			note "writing the services' start-up caches (once per build; ORBIT_AOT=0 turns them off)"
			break
		fi
	done
	ORBIT_STOP_TIMEOUT=$timeout stop_pids TERM "${STOP[@]}"
	STOP=()
	collect_ours kafka "$(kafka_marker)"
	collect_ours mongo "$(mongo_marker)"
	stop_pids TERM "${STOP[@]}"
	# Private infrastructure; the machine's own instances have no PID file of ours.
	STOP=()
	collect_ours nats "$(infra_marker nats)"
	collect_ours rabbitmq "$(infra_marker rabbitmq)"
	stop_pids TERM "${STOP[@]}"
	[[ " ${STOP[*]} " == *" rabbitmq:"* ]] && stop_rabbitmq_epmd
	STOP=()
	collect_ours postgres "$(infra_marker postgres)"
	stop_pids INT "${STOP[@]}" # PostgreSQL's fast shutdown
	stop_prometheus # ./orbit up --observe
	# PID files of unknown components (a service removed from the table).
	for entry in "$PID_DIR"/*.pid; do
		[[ -e "$entry" ]] || continue
		name=$(basename "$entry" .pid)
		warn "left $entry alone: '$name' is not a component this orbit knows"
	done
	ok "down"
}

# shellcheck disable=SC2016 # a jq program
LOG_JQ='
def short: if type == "string" then (split(".") | (.[:-1] | map(.[0:1])) + .[-1:] | join(".")) else "" end;
def hms: if type == "number" then ((. / 1000 | floor | strflocaltime("%H:%M:%S")) + "." + ("00" + (. % 1000 | floor | tostring) | .[-3:]))
  elif type == "string" then ((capture("T(?<t>[0-9:]{8}(\\.[0-9]{1,3})?)") | .t) // .) else "" end;
. as $line | (try fromjson catch null) as $j
| if ($j | type) != "object" then $line else
  ($j["@timestamp"] // $j.timestamp // $j.time // $j.ts) as $t
  | ($j.level // $j["log.level"] // (try $j.log.level catch null) // $j.severity // "") as $lvl
  | ($j.logger // $j.logger_name // $j.loggerName // $j["log.logger"] // (try $j.log.logger catch null)) as $lg
  | ($j.message // $j.formattedMessage // $j.msg // "") as $m
  | ($j.trace_id // $j.traceId // $j["trace.id"] // (try $j.mdc.trace_id catch null) // (try $j.mdc.traceId catch null)) as $tr
  | ($j.stack_trace // $j["error.stack_trace"] // (try $j.error.stack_trace catch null)) as $st
  | ($lvl | tostring | ascii_upcase) as $L
  | (if $L == "ERROR" then "\u001b[31m" elif $L == "WARN" then "\u001b[33m" elif $L == "DEBUG" or $L == "TRACE" then "\u001b[2m" else "" end) as $c
  | "\($t | hms) \($c)\($L | .[0:5] | . + "     " | .[0:5])\(if $c != "" then "\u001b[0m" else "" end) \u001b[36m\($lg | short)\u001b[0m \($m)"
    + (if $tr then " \u001b[2mtrace=\($tr)\u001b[0m" else "" end)
    + (if ($st | type) == "string" then "\n" + $st else "" end)
  end'

cmd_logs() {
	local name=${1:-} file valid=() entry f
	for entry in "${SERVICES[@]}"; do valid+=("${entry%%:*}"); done
	valid+=(kafka mongo)
	for f in "$LOG_DIR"/*.log; do
		[[ -e "$f" ]] || continue
		f=$(basename "$f" .log)
		[[ " ${valid[*]} " == *" $f "* ]] || valid+=("$f")
	done
	if [[ -z "$name" || " ${valid[*]} " != *" $name "* ]]; then
		[[ -n "$name" ]] && printf '%serror:%s no component named "%s".\n' "$C_RED" "$C_RESET" "$name" >&2
		printf 'usage: ./orbit logs COMPONENT   (one of: %s)\n' "${valid[*]}" >&2
		exit 1
	fi
	file="$LOG_DIR/$name.log"
	[[ -f "$file" ]] || note "$file does not exist yet; waiting for it ($name starts with ./orbit up)"
	if [[ -t 1 ]] && command -v jq >/dev/null; then
		tail -n 200 -F "$file" 2>/dev/null | jq --unbuffered -Rr "$LOG_JQ"
	else
		exec tail -n 200 -F "$file"
	fi
}
