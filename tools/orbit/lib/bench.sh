# shellcheck shell=bash
# ./orbit bench: the throughput benchmark (tools/bench). Brings the stack up without the demo
# simulator (the bench drives its own, at each rate), then runs the harness. Results under
# .orbit/bench/ as JSON and Markdown. ./orbit bench --dashboard: issue 13's dashboard benchmark
# (stream clients beside the pipeline, a page of live charts in headless Chromium).

BENCH_CP_FILE="$ORBIT_ROOT/tools/bench/target/classpath.txt"

# What --dashboard starts unless ORBIT_SERVICES says otherwise: the pipeline, the login (auth,
# users) and the dashboard. The enricher is left out: its MongoDB stand-in takes a whole core at
# these rates (docs/benchmarks.md, archive), which would measure the stand-in, not the dashboard.
BENCH_DASHBOARD_SERVICES="auth users ingest processor analyzer dashboard"

cmd_bench() {
	local dashboard=0 arg main=space.orbit.bench.Bench
	for arg in "$@"; do [[ "$arg" == --dashboard ]] && dashboard=1; done
	if ((dashboard)); then
		main=space.orbit.bench.DashboardBench
		[[ -x /usr/bin/chromium ]] || die "bench --dashboard drives the Debian Chromium: apt-get install chromium"
		if [[ "${ORBIT_SERVICES+set}" != set ]]; then
			export ORBIT_SERVICES="$BENCH_DASHBOARD_SERVICES"
			select_services
		fi
		note "services: $ORBIT_SERVICES"
	fi
	find_jdk
	ensure_state_dirs # its build log goes to .orbit/logs, before `up` makes it on a new checkout
	if [[ ! -f "$BENCH_CP_FILE" || ! -d "$ORBIT_ROOT/tools/bench/target/classes" ]] ||
		! grep -q playwright "$BENCH_CP_FILE" || [[ ! -f "$ORBIT_ROOT/tools/bench/target/classes/space/orbit/bench/DashboardBench.class" ]]; then
		step "Building the bench harness"
		(cd "$ORBIT_ROOT" && ./mvnw -B -q -DskipTests -Dorbit.skipFormat=true -pl tools/bench,tools/simulator -am package) \
			>"$ORBIT_STATE/logs/bench-build.log" 2>&1 || {
			tail -40 "$ORBIT_STATE/logs/bench-build.log" >&2
			die "building tools/bench failed (log: .orbit/logs/bench-build.log)"
		}
	fi
	local up_args=(--no-sim) bench_args=()
	for arg in "$@"; do
		if [[ "$arg" == --no-build ]]; then up_args+=(--no-build); else bench_args+=("$arg"); fi
	done
	set -- "${bench_args[@]+"${bench_args[@]}"}"
	# The bench sends each spacecraft ~100x the demo's frame rate: 5 s archive buckets hold what
	# the default 1 min ones hold at the demo's rate (applies to an enricher this command starts).
	export ORBIT_ENRICHER_ARCHIVE_WINDOW="${ORBIT_ENRICHER_ARCHIVE_WINDOW:-5s}"
	cmd_up "${up_args[@]}"
	local sim
	if sim=$(our_pid simulator "orbit-simulator"); then
		note "stopping the demo simulator: the bench sends its own load"
		stop_pids TERM "simulator:$sim"
	fi
	# The bench's simulators inherit this environment: with ingest's security on they send as
	# orbit-simulator (ADR 0017), with the secret ./orbit up gave the auth service. The dashboard
	# bench logs in as the first administrator (ORBIT_BOOTSTRAP_ADMIN_EMAIL, _PASSWORD_FILE).
	export_auth_env
	if ((dashboard)); then
		step "Dashboard bench (./orbit bench --dashboard --help tells the options)"
		export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
	else
		step "Bench ${*:-with the defaults} (defaults: --rates 25k,100k,250k,400k,600k --step 30s --reference 10s)"
	fi
	mkdir -p "$ORBIT_STATE/bench"
	(cd "$ORBIT_ROOT" && "$JAVA_HOME/bin/java" -Xmx512m \
		-cp "$ORBIT_ROOT/tools/bench/target/classes:$(<"$BENCH_CP_FILE")" \
		"$main" --out "$ORBIT_STATE/bench" "$@")
}
