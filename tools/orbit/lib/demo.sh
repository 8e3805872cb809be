# shellcheck shell=bash
# The demo mission (./orbit up): the simulator's constellation in the mission database, through
# the processor's API like any client (tools/orbit/demo/*.jsonl, one record a line). Not a
# default of the processor: a production mission database starts empty.

DEMO_DIR="$ORBIT_ROOT/tools/orbit/demo"

# seed_demo_mission PORT: POSTs every mission, spacecraft and parameter of the demo; one that
# exists already (409) is left as it is, so an operator's changes survive the next `up`.
seed_demo_mission() {
	local port=$1 kind line status created=0 kept=0 out auth=()
	# With the services' security on (ADR 0017) the mission database is the admin's to change.
	if [[ "${ORBIT_SECURITY_ENABLED:-true}" == true ]]; then
		auth=(-H "Authorization: Bearer $(cmd_token --role admin)")
	fi
	out=$(mktemp)
	for kind in missions spacecraft parameters; do
		[[ -f "$DEMO_DIR/$kind.jsonl" ]] || die "the demo mission's $kind are missing: $DEMO_DIR/$kind.jsonl"
		while IFS= read -r line || [[ -n "$line" ]]; do
			[[ -z "$line" ]] && continue
			status=$(curl -sS -m 10 -o "$out" -w '%{http_code}' -H 'Content-Type: application/json' ${auth[@]+"${auth[@]}"} \
				--data-binary "$line" "http://127.0.0.1:$port/api/v1/$kind") || status=000
			case $status in
			201) created=$((created + 1)) ;;
			409) kept=$((kept + 1)) ;;
			*)
				rm -f "$out"
				die "seeding the demo mission: POST /api/v1/$kind answered $status for ${line:0:120}...
  $(head -c 600 "$out" 2>/dev/null)"
				;;
			esac
		done <"$DEMO_DIR/$kind.jsonl"
	done
	rm -f "$out"
	ok "demo mission: $created record(s) created, $kept already there (tools/orbit/demo/)"
}
