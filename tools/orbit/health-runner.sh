#!/usr/bin/env bash
# health-runner.sh PROJECT: runs the health checks of a Compose project's containers, what
# podman's systemd timers do where systemd runs (without it, health stays "starting" and
# `depends_on: condition: service_healthy` waits forever). A container still starting or
# unhealthy is checked every 2 s, a healthy one every 30 s. Started and stopped by
# ./orbit compose up|down (tools/orbit/lib/compose.sh); podman's configuration comes from the
# environment (CONTAINERS_CONF, CONTAINERS_STORAGE_CONF).
set -uo pipefail
project=${1:?usage: health-runner.sh PROJECT}
declare -A last=() running=()
while :; do
	now=$(date +%s)
	while read -r id status; do
		case $status in
		*"(healthy)"*) health=healthy ;;
		*"(starting)"* | *"(unhealthy)"* | *"(health: starting)"*) health=other ;;
		*) continue ;; # no health check, or not running
		esac
		if [[ "$health" == healthy ]] && ((now - ${last[$id]:-0} < 30)); then continue; fi
		# One check at a time per container; the containers' checks run in parallel, so one slow
		# check (a busy machine) delays no other.
		if [[ -n "${running[$id]:-}" ]] && kill -0 "${running[$id]}" 2>/dev/null; then continue; fi
		last[$id]=$now
		podman healthcheck run "$id" >/dev/null 2>&1 &
		running[$id]=$!
	done < <(podman ps --filter "label=com.docker.compose.project=$project" \
		--format '{{.ID}} {{.Status}}' 2>/dev/null)
	sleep 3
done
