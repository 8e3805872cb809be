# shellcheck shell=bash
# JDK discovery and the Maven build behind `./orbit up`.

JDK_MIN=21
KAFKA_CP_FILE="$ORBIT_ROOT/tools/kafka-broker/target/classpath.txt"

# jdk_major HOME: the Java feature version of the JDK at HOME (25, 21, 17, 8...).
jdk_major() {
	local home=$1 v=''
	[[ -x "$home/bin/java" ]] || return 1
	[[ -r "$home/release" ]] && v=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release")
	[[ -n "$v" ]] || v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
	[[ "$v" == 1.* ]] && v=${v#1.}
	v=${v%%[!0-9]*}
	[[ -n "$v" ]] && echo "$v"
}

# find_jdk: exports JAVA_HOME (and PATH) for a JDK >= 21: $JAVA_HOME when it qualifies, else the
# newest under /usr/lib/jvm, else the one on PATH.
find_jdk() {
	local home v best='' best_v=0 seen=''
	if [[ -n "${JAVA_HOME:-}" ]]; then
		if v=$(jdk_major "$JAVA_HOME") && ((v >= JDK_MIN)) && [[ -x "$JAVA_HOME/bin/javac" ]]; then
			best=$JAVA_HOME
		else
			seen="JAVA_HOME=$JAVA_HOME (Java ${v:-?}); "
		fi
	fi
	if [[ -z "$best" ]]; then
		for home in /usr/lib/jvm/*/; do
			home=$(readlink -f "$home")
			[[ -x "$home/bin/javac" ]] || continue
			v=$(jdk_major "$home") || continue
			[[ "$seen" == *"$home "* ]] || seen+="$home (Java $v); "
			if ((v >= JDK_MIN && v > best_v)); then best=$home best_v=$v; fi
		done
	fi
	if [[ -z "$best" ]] && command -v javac >/dev/null; then
		home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
		if v=$(jdk_major "$home"); then
			if ((v >= JDK_MIN)); then best=$home; else seen+="javac on PATH (Java $v); "; fi
		fi
	fi
	if [[ -z "$best" ]]; then
		die "Orbit needs a JDK $JDK_MIN or newer. Found: ${seen:-no JDK}
  Install one, e.g. 'apt-get install openjdk-21-jdk' (Ubuntu 22.04+, Debian 13+) or Temurin 21+
  (https://adoptium.net), then re-run; or point JAVA_HOME at it."
	fi
	export JAVA_HOME=$best
	export PATH="$JAVA_HOME/bin:$PATH"
}

# service_dir NAME: the module of a service, services/NAME, else tools/NAME (the simulator).
service_dir() {
	if [[ -d "$ORBIT_ROOT/services/$1" || ! -d "$ORBIT_ROOT/tools/$1" ]]; then echo "services/$1"; else echo "tools/$1"; fi
}

# service_jar NAME: the newest runnable jar of a service.
service_jar() {
	local jar
	# shellcheck disable=SC2012 # build output names are plain
	jar=$(ls -t "$ORBIT_ROOT/$(service_dir "$1")/target/orbit-$1-"*-exec.jar 2>/dev/null | head -n 1)
	[[ -n "$jar" ]] && echo "$jar"
}

# needs_build: true when an artifact `up` runs is missing or a source (pom.xml, src/) under libs/,
# services/ or tools/ changed after the newest built artifact; the reason goes to BUILD_REASON.
needs_build() {
	local entry name jar missing=() artifacts=() ref changed dirs=() d
	for entry in "${SELECTED[@]}"; do
		name=${entry%%:*}
		if jar=$(service_jar "$name"); then artifacts+=("$jar"); else missing+=("$(service_dir "$name")/target/orbit-$name-*-exec.jar"); fi
	done
	if [[ -f "$KAFKA_CP_FILE" ]]; then artifacts+=("$KAFKA_CP_FILE"); else missing+=("tools/kafka-broker/target/classpath.txt"); fi
	if [[ -f "$MONGO_CP_FILE" ]]; then artifacts+=("$MONGO_CP_FILE"); else missing+=("tools/mongo-standin/target/classpath.txt"); fi
	if ((${#missing[@]} > 0)); then
		BUILD_REASON="missing ${missing[*]}"
		return 0
	fi
	[[ -f "$ORBIT_STATE/build.stamp" ]] && artifacts+=("$ORBIT_STATE/build.stamp")
	# shellcheck disable=SC2012 # build output names are plain
	ref=$(ls -t "${artifacts[@]}" | head -n 1)
	for d in libs services tools; do [[ -d "$ORBIT_ROOT/$d" ]] && dirs+=("$d"); done
	changed=$(cd "$ORBIT_ROOT" && find pom.xml "${dirs[@]}" \( -name target -o -name node_modules -o -name .git \) -prune \
		-o -type f \( -name pom.xml -o -path '*/src/*' \) -newer "$ref" -print -quit 2>/dev/null || true)
	if [[ -n "$changed" ]]; then
		BUILD_REASON="$changed changed since the last build"
		return 0
	fi
	return 1
}

# build_modules: the Maven -pl list for the selected services (empty = the whole reactor).
build_modules() {
	[[ "${ORBIT_SERVICES+set}" == set ]] || return 0
	local entry list="tools/kafka-broker"
	for entry in "${SELECTED[@]}"; do list+=",$(service_dir "${entry%%:*}")"; done
	echo "$list"
}

# run_build: runs the Maven package build with a one-line progress display; exits on failure.
run_build() {
	local log="$LOG_DIR/build.log" args=(-B -DskipTests -Dorbit.skipFormat=true) modules pid rc t0 line last='' i=0 width
	width=$(($(tput cols 2>/dev/null || echo 80) - 12))
	modules=$(build_modules)
	[[ -n "$modules" ]] && args+=(-pl "$modules" -am)
	args+=(package)
	step "Building: ${BUILD_REASON}"
	note "./mvnw ${args[*]}   (log: .orbit/logs/build.log)"
	t0=$(now_ms)
	(cd "$ORBIT_ROOT" && exec ./mvnw "${args[@]}") >"$log" 2>&1 &
	pid=$!
	while kill -0 "$pid" 2>/dev/null; do
		# "[INFO] Building Orbit :: Services :: Ingest 0.1.0-SNAPSHOT   [5/8]" -> "[5/8] Orbit :: Services :: Ingest"
		line=$(grep -a '^\[INFO\] Building .*\]$' "$log" 2>/dev/null | tail -n 1 |
			sed 's/^\[INFO\] Building \(.*\) [^ ][^ ]* *\[\([0-9]*\/[0-9]*\)\]$/[\2] \1/') || true
		if ((IS_TTY)); then
			line=${line:-resolving$ELLIPSIS}
			printf '\r\e[K  %s %s %ss' "${SPINNER[i++ % ${#SPINNER[@]}]}" "${line:0:width}" $((($(now_ms) - t0) / 1000))
		elif [[ -n "$line" && "$line" != "$last" ]]; then
			printf '  %s\n' "$line"
		fi
		last=$line
		sleep 0.25
	done
	rc=0
	wait "$pid" || rc=$?
	((IS_TTY)) && printf '\r\e[K'
	if ((rc != 0)); then
		show_tail "$log" 40
		die "the build failed (Maven exit code $rc); the whole log is .orbit/logs/build.log"
	fi
	# A build of some modules only (ORBIT_SERVICES) leaves the others as they were.
	[[ -z "$modules" ]] && touch "$ORBIT_STATE/build.stamp"
	BUILD_MS=$(($(now_ms) - t0))
	ok "built in $(fmt_secs "$BUILD_MS")s"
}

# ensure_built: builds when needed (unless --no-build), then checks every artifact exists.
ensure_built() {
	local no_build=$1 entry name
	BUILD_MS=0
	if needs_build; then
		if ((no_build)); then
			if [[ "$BUILD_REASON" == missing* ]]; then die "--no-build, but $BUILD_REASON: run ./orbit up without --no-build"; fi
			warn "--no-build: $BUILD_REASON (running the old build)"
		else
			run_build
		fi
	else
		ok "build up to date"
	fi
	for entry in "${SELECTED[@]}"; do
		name=${entry%%:*}
		service_jar "$name" >/dev/null || die "the build did not produce $(service_dir "$name")/target/orbit-$name-*-exec.jar:
  does $(service_dir "$name")/pom.xml have spring-boot-maven-plugin (the root POM gives it the 'exec' classifier)?"
	done
	[[ -f "$KAFKA_CP_FILE" ]] || die "the build did not produce tools/kafka-broker/target/classpath.txt (module tools/kafka-broker)"
	[[ -f "$MONGO_CP_FILE" ]] || die "the build did not produce tools/mongo-standin/target/classpath.txt (module tools/mongo-standin)"
}
