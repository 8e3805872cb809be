# shellcheck shell=bash
# ./orbit compose up|down: deploy/compose/compose.yaml through Docker, or through podman's
# Docker-compatible API (podman system service) with a health-check runner, since podman runs
# no health checks by itself without systemd (docs/adr/0015-containers.md).

COMPOSE_PROJECT=${ORBIT_COMPOSE_PROJECT:-orbit}
COMPOSE_PROFILE=${ORBIT_COMPOSE_PROFILE:-full}
COMPOSE_TIMEOUT=${ORBIT_COMPOSE_TIMEOUT:-600}
# A file of Compose variables (docker-compose --env-file), e.g. deploy/compose/lite.env, the lite
# profile (the whole system within 3 GiB; `up --lite` chooses it). Empty: compose.yaml's defaults.
COMPOSE_ENV_FILE=${ORBIT_COMPOSE_ENV_FILE:-}
COMPOSE_LITE_ENV="$ORBIT_ROOT/deploy/compose/lite.env"

compose_sock() { echo "$PODMAN_DIR/$COMPOSE_PROJECT.sock"; }

# podman_service: podman's API on a socket of this project, kept running until `compose down`.
podman_service() {
	local sock pid
	sock=$(compose_sock)
	if pid=$(our_pid "podman-$COMPOSE_PROJECT" "system service") && [[ -S "$sock" ]]; then
		ok "podman API on $sock (PID $pid)"
	else
		rm -f "$sock"
		spawn "podman-$COMPOSE_PROJECT" "$LOG_DIR/podman-$COMPOSE_PROJECT.log" podman system service --time=0 "unix://$sock"
		local i
		for ((i = 0; i < 100; i++)); do [[ -S "$sock" ]] && break; sleep 0.1; done
		[[ -S "$sock" ]] || die "podman system service did not open $sock (log: $LOG_DIR/podman-$COMPOSE_PROJECT.log)"
		ok "podman API on $sock"
	fi
	export DOCKER_HOST="unix://$sock"
	# Compose 1.29 asks for API 1.41 features podman answers; the timeout covers slow starts.
	export COMPOSE_HTTP_TIMEOUT=${COMPOSE_HTTP_TIMEOUT:-300}
	export DOCKER_CLIENT_TIMEOUT=$COMPOSE_HTTP_TIMEOUT
}

# health_runner: runs the containers' health checks (what podman's systemd timers would do).
health_runner() {
	local pid
	if pid=$(our_pid "health-$COMPOSE_PROJECT" health-runner.sh); then
		ok "health-check runner (PID $pid)"
		return
	fi
	spawn "health-$COMPOSE_PROJECT" "$LOG_DIR/health-$COMPOSE_PROJECT.log" bash "$ORBIT_ROOT/tools/orbit/health-runner.sh" "$COMPOSE_PROJECT"
	ok "health-check runner started"
}

compose() {
	local env_file=()
	if [[ -n "$COMPOSE_ENV_FILE" ]]; then
		[[ "$COMPOSE_ENV_FILE" == /* ]] || COMPOSE_ENV_FILE="$PWD/$COMPOSE_ENV_FILE"
		[[ -f "$COMPOSE_ENV_FILE" ]] || die "ORBIT_COMPOSE_ENV_FILE: no file $COMPOSE_ENV_FILE"
		env_file=(--env-file "$COMPOSE_ENV_FILE")
	fi
	docker-compose -p "$COMPOSE_PROJECT" ${env_file[@]+"${env_file[@]}"} -f "$COMPOSE_FILE" --profile "$COMPOSE_PROFILE" "$@"
}

# project_containers: "name health" of every container of the project.
project_containers() {
	engine ps -a --filter "label=com.docker.compose.project=$COMPOSE_PROJECT" --format '{{.Names}} {{.Status}}'
}

# wait_healthy: until every container of the project is healthy; fails on one that stays exited
# (COMPOSE_EXITED_GRACE seconds: every service has `restart: unless-stopped`, and a service that
# exits because a broker's name did not resolve yet is started again), or at the timeout, with the
# last log lines of those not healthy.
COMPOSE_EXITED_GRACE=${ORBIT_COMPOSE_EXITED_GRACE:-30}
wait_healthy() {
	local deadline line name status bad total healthy last='' now
	local -A exited_since=()
	deadline=$(($(now_ms) + COMPOSE_TIMEOUT * 1000))
	while :; do
		total=0 healthy=0 bad=''
		now=$(now_ms)
		while read -r name status; do
			[[ -z "$name" ]] && continue
			total=$((total + 1))
			case $status in
			*"(healthy)"*) healthy=$((healthy + 1)) ;;
			# Unhealthy is not final: a check can time out on a busy machine and pass next time.
			Exited*)
				: "${exited_since[$name]:=$now}"
				if ((now - exited_since[$name] > COMPOSE_EXITED_GRACE * 1000)); then bad="$bad $name"; fi
				continue
				;;
			esac
			unset "exited_since[$name]"
		done < <(project_containers)
		if [[ "$healthy/$total" != "$last" ]]; then note "$healthy of $total containers healthy"; last="$healthy/$total"; fi
		((total > 0 && healthy == total)) && return 0
		if [[ -n "$bad" || $(now_ms) -gt $deadline ]]; then
			project_containers | sed 's/^/  /' >&2
			for name in ${bad:-$(project_containers | awk '!/\(healthy\)/ { print $1 }')}; do
				printf '%s--- %s (last lines)%s\n' "$C_DIM" "$name" "$C_RESET" >&2
				engine logs --tail 15 "$name" 2>&1 | sed 's/^/  /' >&2
			done
			die "containers not healthy${bad:+:$bad} (timeout ${COMPOSE_TIMEOUT}s: ORBIT_COMPOSE_TIMEOUT); ./orbit compose down cleans up"
		fi
		sleep 2
	done
}

compose_up() {
	local t0 entry missing=0
	t0=$(now_ms)
	images_init
	step "Compose stack '$COMPOSE_PROJECT' (profile $COMPOSE_PROFILE, $ENGINE${COMPOSE_ENV_FILE:+, variables of ${COMPOSE_ENV_FILE#"$ORBIT_ROOT"/}})"
	ensure_base_images
	while IFS= read -r entry; do
		image_exists "$IMAGE_PREFIX/${entry%%:*}:$IMAGE_TAG" || missing=1
	done < <(image_names)
	if ((missing)); then
		build_service_images
	fi
	# No registry answers on this machine kind: the infrastructure comes from local equivalents.
	if [[ "${ORBIT_LOCAL_INFRA:-$([[ "$ENGINE" == podman ]] && echo 1 || echo 0)}" == 1 ]]; then build_local_infra; fi
	export ORBIT_IMAGE_PREFIX="$IMAGE_PREFIX" ORBIT_IMAGE_TAG="$IMAGE_TAG"
	# The clients' secrets and the first administrator (ADR 0017): .orbit/secrets/, as ./orbit up.
	export_compose_auth_env
	# The processes started next must not hold the build lock.
	exec 9>&-
	if [[ "$ENGINE" == podman ]]; then
		podman_service
		health_runner
	fi
	compose up -d --no-build >"$LOG_DIR/compose-$COMPOSE_PROJECT.log" 2>&1 || {
		show_tail "$LOG_DIR/compose-$COMPOSE_PROJECT.log" 30
		die "docker-compose up failed (log: $LOG_DIR/compose-$COMPOSE_PROJECT.log); ./orbit compose down cleans up"
	}
	wait_healthy
	ok "every container healthy in $(fmt_secs $(($(now_ms) - t0)))s"
	compose ps
	print_first_admin
}

compose_down() {
	local keep=$1 pid
	images_init
	exec 9>&-
	step "Compose stack '$COMPOSE_PROJECT' down${keep:+ (volumes kept)}"
	# docker-compose reads the whole file, whose clients' secrets are required, even to remove it.
	export_compose_auth_env
	if [[ "$ENGINE" == podman ]]; then podman_service; fi
	local down=(down --remove-orphans)
	[[ -z "$keep" ]] && down+=(--volumes)
	compose "${down[@]}" || warn "docker-compose down failed; removing what is left"
	# A container that was restarting (restart: unless-stopped) as down ran can outlive it.
	local label="label=com.docker.compose.project=$COMPOSE_PROJECT" left
	left=$(engine ps -a -q --filter "$label")
	if [[ -n "$left" ]]; then
		warn "containers left after docker-compose down, removed: $(engine ps -a --filter "$label" --format '{{.Names}}' | paste -sd' ')"
		engine rm -f $left >/dev/null
		compose "${down[@]}" || die "docker-compose down failed twice (log above); the stack's containers: ./orbit compose down again"
	fi
	if [[ "$ENGINE" == podman ]]; then
		local entries=()
		pid=$(our_pid "health-$COMPOSE_PROJECT" health-runner.sh) && entries+=("health-runner:$pid")
		pid=$(our_pid "podman-$COMPOSE_PROJECT" "system service") && entries+=("podman-service:$pid")
		stop_pids TERM ${entries[@]+"${entries[@]}"}
		rm -f "$(compose_sock)" "$(pid_file "health-$COMPOSE_PROJECT")" "$(pid_file "podman-$COMPOSE_PROJECT")"
	fi
	ok "down"
}

cmd_compose() {
	ensure_state_dirs
	case ${1:-} in
	up)
		case ${2:-} in
		--lite) COMPOSE_ENV_FILE=$COMPOSE_LITE_ENV ;;
		'') ;;
		*) die "usage: ./orbit compose up [--lite]" ;;
		esac
		compose_up
		;;
	down) compose_down "$([[ "${2:-}" == --keep-volumes ]] && echo 1)" ;;
	config)
		local p
		export_compose_auth_env
		for p in core full observability; do
			docker-compose -f "$COMPOSE_FILE" --profile "$p" config -q || die "compose.yaml (profile $p) is invalid"
			ok "compose.yaml, profile $p: valid"
		done
		docker-compose --env-file "$COMPOSE_LITE_ENV" -f "$COMPOSE_FILE" --profile full config -q || die "compose.yaml with lite.env is invalid"
		ok "compose.yaml with lite.env (the lite profile): valid"
		;;
	*) die "usage: ./orbit compose up [--lite]|down [--keep-volumes]|config" ;;
	esac
}
