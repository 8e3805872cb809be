# shellcheck shell=bash
# Secrets of a local Orbit (ADR 0017): generated once into .orbit/secrets/ (mode 0700, each file
# 0600), never in the repository, passed to the services through their environment. The auth
# service's signing key is a file there too (it writes it itself on its first start).

SECRETS_DIR="$ORBIT_STATE/secrets"
ADMIN_EMAIL=${ORBIT_ADMIN_EMAIL:-admin@orbit.local}

# secret NAME: prints the secret in .orbit/secrets/NAME, generating it the first time
# (32 random bytes, base64url, no padding).
secret() {
	local file="$SECRETS_DIR/$1"
	if [[ ! -s "$file" ]]; then
		(umask 077 && head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$file")
	fi
	cat "$file"
}

# export_auth_env: what the auth service and its clients read. A value already set wins.
export_auth_env() {
	mkdir -p "$SECRETS_DIR" && chmod 700 "$SECRETS_DIR"
	local role
	export ORBIT_AUTH_URL="${ORBIT_AUTH_URL:-http://127.0.0.1:9000}"
	export ORBIT_AUTH_ISSUER="${ORBIT_AUTH_ISSUER:-$ORBIT_AUTH_URL}"
	export ORBIT_AUTH_JWKS_URI="${ORBIT_AUTH_JWKS_URI:-$ORBIT_AUTH_URL/oauth2/jwks}"
	export ORBIT_AUTH_TOKEN_URI="${ORBIT_AUTH_TOKEN_URI:-$ORBIT_AUTH_URL/oauth2/token}"
	export ORBIT_AUTH_KEY_FILE="${ORBIT_AUTH_KEY_FILE:-$SECRETS_DIR/auth-signing-key.pem}"
	local variable
	for role in viewer operator admin; do
		variable="ORBIT_AUTH_CLI_${role^^}_SECRET"
		export "$variable=${!variable:-$(secret "cli-$role")}"
	done
	# Each machine client's secret, under the name the auth service reads and the one its
	# client reads.
	ORBIT_AUTH_INGEST_SECRET=${ORBIT_AUTH_INGEST_SECRET:-$(secret ingest)}
	ORBIT_AUTH_WORKER_SECRET=${ORBIT_AUTH_WORKER_SECRET:-$(secret worker)}
	ORBIT_AUTH_DASHBOARD_SECRET=${ORBIT_AUTH_DASHBOARD_SECRET:-$(secret dashboard)}
	ORBIT_AUTH_DASHBOARD_PLANNER_SECRET=${ORBIT_AUTH_DASHBOARD_PLANNER_SECRET:-$(secret dashboard-planner)}
	ORBIT_AUTH_CONSOLE_SECRET=${ORBIT_AUTH_CONSOLE_SECRET:-$(secret console)}
	ORBIT_AUTH_SIMULATOR_SECRET=${ORBIT_AUTH_SIMULATOR_SECRET:-$(secret simulator)}
	export ORBIT_AUTH_INGEST_SECRET ORBIT_AUTH_WORKER_SECRET ORBIT_AUTH_DASHBOARD_SECRET ORBIT_AUTH_CONSOLE_SECRET
	export ORBIT_AUTH_SIMULATOR_SECRET ORBIT_AUTH_DASHBOARD_PLANNER_SECRET
	export ORBIT_INGEST_CLIENT_SECRET="$ORBIT_AUTH_INGEST_SECRET" ORBIT_WORKER_CLIENT_SECRET="$ORBIT_AUTH_WORKER_SECRET"
	export ORBIT_DASHBOARD_CLIENT_SECRET="$ORBIT_AUTH_DASHBOARD_SECRET" ORBIT_CONSOLE_CLIENT_SECRET="$ORBIT_AUTH_CONSOLE_SECRET"
	# The dashboard's flight-dynamics planner submits the worker's jobs as orbit-dashboard-planner.
	export ORBIT_DASHBOARD_PLANNER_CLIENT_SECRET="$ORBIT_AUTH_DASHBOARD_PLANNER_SECRET"
	# The simulator (and ./orbit bench's) sends telemetry with a token of orbit-simulator.
	export ORBIT_SIMULATOR_CLIENT_SECRET="$ORBIT_AUTH_SIMULATOR_SECRET"
	# The first administrator: the users service ensures the account at each start.
	export ORBIT_BOOTSTRAP_ADMIN_EMAIL="${ORBIT_BOOTSTRAP_ADMIN_EMAIL:-$ADMIN_EMAIL}"
	export ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE="${ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE:-$SECRETS_DIR/admin-password}"
	secret admin-password >/dev/null
}

# export_compose_auth_env: export_auth_env for the Compose stack, whose users container reads
# the first administrator's password as its own user (uid 10001): a copy of it that user may
# read, unless ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE names one already.
export_compose_auth_env() {
	local given=${ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE:-}
	export_auth_env
	if [[ -z "$given" ]]; then
		local copy="$SECRETS_DIR/compose-admin-password"
		install -m 0400 -o 10001 "$SECRETS_DIR/admin-password" "$copy" 2>/dev/null ||
			install -m 0444 "$SECRETS_DIR/admin-password" "$copy" ||
			die "cannot copy .orbit/secrets/admin-password for the Compose stack's users container (uid 10001)"
		export ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE="$copy"
	fi
}

# print_first_admin: the first administrator's password, once: the first time a command that
# starts the users service (./orbit up, ./orbit compose up) gets this far, whichever command
# made the password (.orbit/secrets/admin-password.shown marks it shown).
print_first_admin() {
	local shown="$SECRETS_DIR/admin-password.shown"
	[[ -s "$SECRETS_DIR/admin-password" && ! -e "$shown" ]] || return 0
	step "First administrator (shown this once)"
	printf '  e-mail    %s\n  password  %s\n' "$ORBIT_BOOTSTRAP_ADMIN_EMAIL" "$(cat "$SECRETS_DIR/admin-password")"
	note "Log in at the dashboard or the console with it. Kept in .orbit/secrets/admin-password: the users"
	note "service sets the account to it at each start; to change it, write the new one (12+ characters)"
	note "into that file and restart the users service."
	: >"$shown"
}

# cmd_token --role ROLE: a bearer token of ROLE from the local auth service, for curl.
cmd_token() {
	local role=operator arg answer token
	while (($# > 0)); do
		arg=$1
		shift
		case $arg in
		--role) role=${1:-} && shift ;;
		--role=*) role=${arg#--role=} ;;
		*) die "token: unknown option '$arg' (usage: ./orbit token [--role viewer|operator|admin])" ;;
		esac
	done
	[[ "$role" =~ ^(viewer|operator|admin)$ ]] || die "token: --role takes viewer, operator or admin, not '$role'"
	[[ -s "$SECRETS_DIR/cli-$role" ]] || die "token: no secret for orbit-cli-$role in .orbit/secrets/: run ./orbit up first"
	export_auth_env
	answer=$(curl -sS --fail-with-body -u "orbit-cli-$role:$(cat "$SECRETS_DIR/cli-$role")" \
		-d grant_type=client_credentials "$ORBIT_AUTH_TOKEN_URI" 2>&1) ||
		die "token: the auth service at $ORBIT_AUTH_TOKEN_URI refused or did not answer: $answer (is it up? ./orbit status)"
	token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$answer")
	[[ -n "$token" ]] || die "token: no access_token in the answer of $ORBIT_AUTH_TOKEN_URI: $answer"
	printf '%s\n' "$token"
}
