# shellcheck shell=bash
# ./orbit chaos: issue 18's chaos run (ADR 0026). The harness (tests/e2e: Chaos, run by ChaosIT)
# starts its own components on unique names, beside whatever ./orbit up runs: the services as
# their own JVMs, a Kafka broker and a MongoDB stand-in of its own (it restarts them), on this
# machine's PostgreSQL, RabbitMQ and NATS (it restarts those too, for seconds each). Report in
# .orbit/chaos/ (chaos-report.json and chaos-report.md); exit status 1 when a check failed.

cmd_chaos() {
	local duration=150s seed=18 faults="" offline=()
	while (($# > 0)); do
		case $1 in
		--duration) duration=${2:?--duration needs a value, e.g. 30m}; shift 2 ;;
		--duration=*) duration=${1#*=}; shift ;;
		--seed) seed=${2:?--seed needs a number}; shift 2 ;;
		--seed=*) seed=${1#*=}; shift ;;
		--faults) faults=${2:?--faults needs a list}; shift 2 ;;
		--faults=*) faults=${1#*=}; shift ;;
		--offline) offline=(-o); shift ;;
		*) die "unknown option $1 (./orbit chaos --help)" ;;
		esac
	done
	[[ "$duration" =~ ^[0-9]+[smh]$ ]] || die "--duration takes a number and a unit: 90s, 10m, 1h"
	[[ "$seed" =~ ^[0-9]+$ ]] || die "--seed takes a number"
	find_jdk
	ensure_state_dirs
	mkdir -p "$ORBIT_STATE/chaos"
	rm -f "$ORBIT_STATE/chaos/chaos-report.json" "$ORBIT_STATE/chaos/chaos-report.md"
	step "Chaos run: load $duration, seed $seed${faults:+, faults $faults} (report in .orbit/chaos/)"
	note "builds what tests/e2e needs, then runs ChaosIT; the Maven log: .orbit/logs/chaos.log"
	local status=0
	(cd "$ORBIT_ROOT" && ./mvnw -B "${offline[@]+"${offline[@]}"}" verify -pl tests/e2e -am -Dorbit.skipFormat=true \
		-Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ChaosIT -Dfailsafe.failIfNoSpecifiedTests=false \
		-Dorbit.chaos.duration="$duration" -Dorbit.chaos.seed="$seed" -Dorbit.chaos.faults="$faults" \
		-Dorbit.chaos.report="$ORBIT_STATE/chaos") >"$LOG_DIR/chaos.log" 2>&1 || status=$?
	if [[ -f "$ORBIT_STATE/chaos/chaos-report.md" ]]; then
		cat "$ORBIT_STATE/chaos/chaos-report.md"
	fi
	if ((status != 0)); then
		grep -E 'chaos check FAIL|Tests run:|ERROR\]' "$LOG_DIR/chaos.log" | head -30 >&2 || true
		die "the chaos run failed (report: .orbit/chaos/chaos-report.md, log: .orbit/logs/chaos.log)"
	fi
	ok "nothing lost, nothing duplicated, no 5xx but 503 (.orbit/chaos/chaos-report.md)"
}
