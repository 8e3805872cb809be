# shellcheck shell=bash
# Shared helpers for ./orbit: output, time, ports, processes and PID files.
# Sourced by ./orbit, which sets ORBIT_ROOT first.

ORBIT_STATE="$ORBIT_ROOT/.orbit"
LOG_DIR="$ORBIT_STATE/logs"
PID_DIR="$ORBIT_STATE/pids"
# JVM options of the processes ./orbit up runs (ADR 0032): freed native memory given back every
# 30 s (every JVM), and, for those that idle between loads, the heap given back down to 30 % free
# after a collection (not the hot path's: there it cost 25 % more CPU).
JAVA_OPTS_TRIM="-XX:TrimNativeHeapInterval=30000"
JAVA_OPTS_GIVE_BACK="-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
# Per component: when `up` started it (ms), when it became ready (ms after start), PID if it was
# already running.
declare -A START_MS=() READY_MS=() ALREADY=()

# ---- output -------------------------------------------------------------------------------
if [[ -t 1 && -z "${NO_COLOR:-}" && "${TERM:-dumb}" != dumb ]]; then
	IS_TTY=1
	C_RESET=$'\e[0m' C_BOLD=$'\e[1m' C_DIM=$'\e[2m'
	C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_BLUE=$'\e[34m' C_CYAN=$'\e[36m'
else
	IS_TTY=0
	C_RESET='' C_BOLD='' C_DIM='' C_RED='' C_GREEN='' C_YELLOW='' C_BLUE='' C_CYAN=''
fi
if [[ "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" == *[Uu][Tt][Ff]-8* || "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" == *[Uu][Tt][Ff]8* ]]; then
	ELLIPSIS='…' CHECK='✓' CROSS='✗' SPINNER=(⠋ ⠙ ⠹ ⠸ ⠼ ⠴ ⠦ ⠧ ⠇ ⠏)
else
	ELLIPSIS='...' CHECK='ok' CROSS='x' SPINNER=('|' '/' '-' "\\")
fi

step() { printf '%s==>%s %s%s%s\n' "$C_BLUE" "$C_RESET" "$C_BOLD" "$*" "$C_RESET"; }
ok() { printf '  %s%s%s %s\n' "$C_GREEN" "$CHECK" "$C_RESET" "$*"; }
note() { printf '  %s%s%s\n' "$C_DIM" "$*" "$C_RESET"; }
warn() { printf '%swarning:%s %s\n' "$C_YELLOW" "$C_RESET" "$*" >&2; }
die() {
	printf '%serror:%s %s\n' "$C_RED" "$C_RESET" "$*" >&2
	exit 1
}

# Prints the last N lines of a log file, indented, to stderr.
show_tail() {
	local file=$1 lines=${2:-30}
	[[ -f "$file" ]] || return 0
	printf '%s---- last %s lines of %s ----%s\n' "$C_DIM" "$lines" "${file#"$ORBIT_ROOT"/}" "$C_RESET" >&2
	# JSON log lines read as the logs command shows them (message, cause), when jq is there.
	if command -v jq >/dev/null && [[ -n "${LOG_JQ:-}" ]]; then
		tail -n "$lines" "$file" | jq -Rr "$LOG_JQ" 2>/dev/null | grep -v -E '^\s+(at |\.\.\. [0-9]+ )' |
			cut -c1-400 | tail -n $((lines * 2)) | sed 's/^/  /' >&2
	else
		tail -n "$lines" "$file" | sed 's/^/  /' >&2
	fi
	printf '%s----%s\n' "$C_DIM" "$C_RESET" >&2
}

# ---- time ---------------------------------------------------------------------------------
now_ms() {
	if [[ -n "${EPOCHREALTIME:-}" ]]; then
		local t=${EPOCHREALTIME//[!0-9]/}
		echo $((10#$t / 1000))
	else
		date +%s%3N
	fi
}

# 12345 -> 12.3
fmt_secs() { printf '%d.%d' $(($1 / 1000)) $(($1 % 1000 / 100)); }

# 3725 -> 1h02m
fmt_duration() {
	local s=$1
	if ((s >= 86400)); then
		printf '%dd%02dh' $((s / 86400)) $((s % 86400 / 3600))
	elif ((s >= 3600)); then
		printf '%dh%02dm' $((s / 3600)) $((s % 3600 / 60))
	elif ((s >= 60)); then
		printf '%dm%02ds' $((s / 60)) $((s % 60))
	else
		printf '%ds' "$s"
	fi
}

# ---- network ------------------------------------------------------------------------------
# port_open HOST PORT: true when something accepts TCP connections there (1 s timeout).
port_open() {
	# shellcheck disable=SC2016 # $0 and $1 expand in the child shell
	timeout 1 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

# http_ok URL: true on a 2xx answer within 2 s.
http_ok() {
	curl -fsS -m 2 -o /dev/null "$1" 2>/dev/null
}

# listener_pid PORT: PID of the process listening on PORT (needs ss; root sees every process).
listener_pid() {
	command -v ss >/dev/null || return 1
	local pid
	pid=$(ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
	[[ -n "$pid" ]] && echo "$pid"
}

# ---- processes and PID files --------------------------------------------------------------
pid_file() { echo "$PID_DIR/$1.pid"; }

pid_cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null; }

# pid_matches PID MARKER: the process is alive and its command line contains MARKER.
pid_matches() {
	local pid=$1 marker=$2 cmd
	[[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
	cmd=$(pid_cmdline "$pid") || return 1
	[[ "$cmd" == *"$marker"* ]]
}

# our_pid NAME MARKER: prints the PID recorded for NAME when that process is alive and is what
# we started (its command line contains MARKER); fails otherwise.
our_pid() {
	local file pid
	file=$(pid_file "$1")
	[[ -f "$file" ]] || return 1
	pid=$(head -n 1 "$file" 2>/dev/null)
	pid_matches "$pid" "$2" || return 1
	echo "$pid"
}

# spawn NAME LOG COMMAND...: starts COMMAND in its own session (it survives this shell and the
# terminal), appending stdout and stderr to LOG; the PID goes to .orbit/pids/NAME.pid.
spawn() {
	local name=$1 log=$2 file
	shift 2
	file=$(pid_file "$name")
	rm -f "$file"
	# shellcheck disable=SC2016 # $$ and $@ expand in the child shell, which then becomes COMMAND.
	setsid bash -c 'echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"' "$file" "$@" >>"$log" 2>&1 </dev/null &
	local i
	for ((i = 0; i < 50; i++)); do
		[[ -s "$file" ]] && return 0
		sleep 0.05
	done
	die "could not start $name (no PID file $file)"
}

# stop_pids SIGNAL NAME:PID...: signals every process, waits up to 20 s for all of them, then
# SIGKILLs what is left, and removes their PID files.
stop_pids() {
	local sig=$1 entry name pid deadline left
	shift
	(($# > 0)) || return 0
	for entry in "$@"; do
		kill -s "$sig" "${entry#*:}" 2>/dev/null || true
	done
	deadline=$(($(now_ms) + ${ORBIT_STOP_TIMEOUT:-20} * 1000))
	while :; do
		left=()
		for entry in "$@"; do
			kill -0 "${entry#*:}" 2>/dev/null && left+=("$entry")
		done
		((${#left[@]} == 0)) && break
		if (($(now_ms) > deadline)); then
			for entry in "${left[@]}"; do
				warn "${entry%%:*} (PID ${entry#*:}) ignored SIG$sig for ${ORBIT_STOP_TIMEOUT:-20}s: SIGKILL"
				kill -s KILL "${entry#*:}" 2>/dev/null || true
			done
			sleep 0.2
			break
		fi
		sleep 0.2
	done
	for entry in "$@"; do
		name=${entry%%:*} pid=${entry#*:}
		rm -f "$(pid_file "$name")"
		ok "$name stopped (PID $pid)"
	done
}

rss_mib() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

# uptime_secs PID: seconds since the process started.
uptime_secs() {
	local stat start up tck
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) } # the command name may hold spaces; fields after it are plain
	start=$(awk '{ print $20 }' <<<"$stat")
	tck=$(getconf CLK_TCK)
	up=$(cut -d' ' -f1 /proc/uptime)
	echo $((${up%.*} - start / tck))
}

ensure_state_dirs() { mkdir -p "$LOG_DIR" "$PID_DIR"; }
