# shellcheck shell=bash
# ./orbit test: the whole suite (what .ci/run runs).

# ensure_apt_packages PACKAGE...: installs the Debian packages the tests need when missing.
ensure_apt_packages() {
	local pkg
	for pkg in "$@"; do
		if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
			ok "package $pkg"
		else
			apt_install "$pkg" "the tests need the Debian package '$pkg'"
			ok "package $pkg installed"
		fi
	done
}

# test_summary: sums the Surefire and Failsafe XML reports under the checkout.
# shellcheck disable=SC2016 # an awk program
test_summary() {
	find "$ORBIT_ROOT" -path "$ORBIT_ROOT/.orbit" -prune -o -path '*/node_modules' -prune -o -type f \
		\( -path '*/target/surefire-reports/TEST-*.xml' -o -path '*/target/failsafe-reports/TEST-*.xml' \) -print0 |
		xargs -0 -r awk '
			FNR == 1 { done = 0 }
			!done && /<testsuite([ \t>]|$)/ {
				tag = substr($0, index($0, "<testsuite"))
				while (index(tag, ">") == 0 && (getline more) > 0) tag = tag " " more
				tag = substr(tag, 1, index(tag, ">"))
				tests += attr(tag, "tests"); failures += attr(tag, "failures")
				errors += attr(tag, "errors"); skipped += attr(tag, "skipped")
				done = 1
			}
			function attr(s, name,   m) {
				if (match(s, "[ \t]" name "=\"[0-9]+\"")) { m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0 }
				return 0
			}
			END { printf "%d %d %d\n", tests - failures - errors - skipped, failures + errors, skipped }' |
		awk '{ p += $1; f += $2; s += $3 } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }'
}

cmd_test() {
	local rc=0
	ensure_state_dirs
	find_jdk
	step "JDK: $JAVA_HOME (Java $(jdk_major "$JAVA_HOME"))"
	ensure_infra
	ensure_database orbit_test
	if ((${#TEST_APT_PACKAGES[@]} > 0)); then
		step "Packages the tests need"
		ensure_apt_packages "${TEST_APT_PACKAGES[@]}"
	fi
	export_service_env orbit_test
	# Reports of an earlier run must not count in this run's summary.
	find "$ORBIT_ROOT" -path "$ORBIT_ROOT/.orbit" -prune -o -path '*/node_modules' -prune -o -type d \
		\( -path '*/target/surefire-reports' -o -path '*/target/failsafe-reports' \) -prune -exec rm -rf {} +
	# Two modules at a time (ORBIT_TEST_THREADS): the services' suites mostly wait on brokers
	# (load average 1-2 on two cores one after the other); the end-to-end, observability and
	# deploy modules still run one after the other, last (their poms order them; ADR 0027).
	local threads=${ORBIT_TEST_THREADS:-2}
	step "./mvnw -B -T $threads verify -Dorbit.skipFormat=false $*"
	(cd "$ORBIT_ROOT" && ./mvnw -B -T "$threads" verify -Dorbit.skipFormat=false "$@") || rc=$?
	echo
	if ((rc == 0)); then ok "tests passed"; else printf '%s%s Maven exited with %d%s\n' "$C_RED" "$CROSS" "$rc" "$C_RESET"; fi
	test_summary
	return "$rc"
}
