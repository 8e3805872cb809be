# shellcheck shell=bash
# ./orbit images and ./orbit compose: OCI images of every service (deploy/images/Dockerfile) and
# the Compose stack (deploy/compose/), with Docker when one runs, else podman from the OS packages
# with a private configuration under .orbit/podman (docs/adr/0015-containers.md).

IMAGE_DOCKERFILE="$ORBIT_ROOT/deploy/images/Dockerfile"
LOCAL_IMAGES_DIR="$ORBIT_ROOT/deploy/images/local"
COMPOSE_FILE="$ORBIT_ROOT/deploy/compose/compose.yaml"
PODMAN_DIR="${ORBIT_PODMAN_DIR:-$ORBIT_STATE/podman}"
IMAGE_CONTEXT_DIR="$ORBIT_STATE/images"
# The tag of every image ./orbit images builds (Compose reads ORBIT_IMAGE_TAG too).
IMAGE_TAG=${ORBIT_IMAGE_TAG:-latest}
IMAGE_PREFIX=${ORBIT_IMAGE_PREFIX:-orbit}
BASE_IMAGE=${ORBIT_BASE_IMAGE:-eclipse-temurin:25-jre}
# Packages podman needs here (podman 4.3; runc because crun fails on this kernel's hybrid cgroups).
CONTAINER_APT_PACKAGES=(podman buildah runc netavark aardvark-dns iptables debootstrap docker-compose)
# The machine's cache of the images built from Debian packages and the JDK alone: the base image
# and the local PostgreSQL, RabbitMQ and NATS images depend on no Orbit code and take ~7.5 min to
# build here (debootstrap, jlink, apt inside the builds), so a new checkout (CI's clean clone)
# loads them as podman archives from here, as Maven takes its jars from ~/.m2; each archive is
# named after a hash of what its image is built from, and is rebuilt when 30 days old. Empty: none.
IMAGE_CACHE_DIR=${ORBIT_IMAGE_CACHE-${XDG_CACHE_HOME:-$HOME/.cache}/orbit/images}
IMAGE_CACHE_DAYS=30
# Local equivalents of the infrastructure images (deploy/images/local/NAME), built where the
# upstream image cannot be pulled, and the Compose variable each one sets.
LOCAL_INFRA=(
	"postgres:ORBIT_POSTGRES_IMAGE"
	"rabbitmq:ORBIT_RABBITMQ_IMAGE"
	"kafka:ORBIT_KAFKA_IMAGE"
	"mongo:ORBIT_MONGO_IMAGE"
	"nats:ORBIT_NATS_IMAGE"
)

# container_engine: "docker" when a Docker engine answers (ORBIT_CONTAINER_ENGINE overrides),
# else "podman".
container_engine() {
	if [[ -n "${ORBIT_CONTAINER_ENGINE:-}" ]]; then
		echo "$ORBIT_CONTAINER_ENGINE"
	elif command -v docker >/dev/null && docker info >/dev/null 2>&1; then
		echo docker
	else
		echo podman
	fi
}

# ensure_container_tools: the OS packages podman and Compose need (installed when missing).
ensure_container_tools() {
	local pkg missing=()
	for pkg in "${CONTAINER_APT_PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
	done
	for pkg in ${missing[@]+"${missing[@]}"}; do apt_install "$pkg" "containers need the Debian package '$pkg'"; done
}

# podman_env: podman's configuration and storage, private to this checkout (.orbit/podman),
# exported as CONTAINERS_CONF and CONTAINERS_STORAGE_CONF. Values measured on this machine kind
# (PLATFORM.md): runc, cgroupfs, file events, explicit ulimits (the defaults fail setrlimit).
podman_env() {
	mkdir -p "$PODMAN_DIR/storage" "$PODMAN_DIR/run" "$PODMAN_DIR/tmp"
	cat >"$PODMAN_DIR/containers.conf.new" <<CONF
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
log_driver = "k8s-file"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$PODMAN_DIR/events.log"
tmp_dir = "$PODMAN_DIR/tmp"

[network]
network_backend = "netavark"
network_config_dir = "$PODMAN_DIR/networks"
CONF
	cat >"$PODMAN_DIR/storage.conf.new" <<CONF
[storage]
driver = "overlay"
graphroot = "$PODMAN_DIR/storage"
runroot = "$PODMAN_DIR/run"
CONF
	local f
	for f in containers.conf storage.conf; do
		cmp -s "$PODMAN_DIR/$f.new" "$PODMAN_DIR/$f" 2>/dev/null && rm -f "$PODMAN_DIR/$f.new" || mv "$PODMAN_DIR/$f.new" "$PODMAN_DIR/$f"
	done
	export CONTAINERS_CONF="$PODMAN_DIR/containers.conf"
	export CONTAINERS_STORAGE_CONF="$PODMAN_DIR/storage.conf"
	export CONTAINERS_REGISTRIES_CONF="${CONTAINERS_REGISTRIES_CONF:-$PODMAN_DIR/registries.conf}"
	[[ -f "$PODMAN_DIR/registries.conf" ]] ||
		printf '%s\n' 'unqualified-search-registries = ["docker.io"]' 'short-name-mode = "permissive"' >"$PODMAN_DIR/registries.conf"
}

# engine CMD...: the container engine with this checkout's configuration.
engine() {
	if [[ "$ENGINE" == podman ]]; then podman "$@"; else docker "$@"; fi
}

image_exists() { engine image inspect "$1" >/dev/null 2>&1; }

# apt_mirror: the Debian mirror the host's apt uses (plain HTTP works inside containers here).
apt_mirror() {
	local m
	m=$(grep -hs -m1 -oE '^URIs: *http[^ ]*debian/?$' /etc/apt/sources.list.d/*.sources | sed 's/^URIs: *//')
	[[ -n "$m" ]] || m=$(grep -hs -m1 -oE '^deb +http[^ ]+debian/?' /etc/apt/sources.list | awk '{print $2}')
	echo "${m:-http://deb.debian.org/debian}"
}

# ensure_base_images: the Java runtime base (BASE_IMAGE). Pulled when the engine can; else built
# here: a Debian bookworm minbase root file system (debootstrap) and a jlink'ed runtime of the
# Temurin 25 JDK on it, tagged eclipse-temurin:25-jre under localhost/ and docker.io/library/
# so that an unchanged `FROM eclipse-temurin:25-jre` builds with --pull=never.
# image_cache_key NAME PATH...: NAME and a hash of the files (and file names) under the PATHs.
image_cache_key() {
	local name=$1
	shift
	echo "$name-$(find "$@" -type f -print0 | sort -z | xargs -0 sha256sum | sed "s|$ORBIT_ROOT/||" | sha256sum | cut -c1-16)"
}

# image_cache_load KEY TAG...: loads the archive KEY from the machine's image cache; true when it
# held every TAG. An archive older than IMAGE_CACHE_DAYS is removed instead.
image_cache_load() {
	local key=$1 tar tag
	shift
	[[ -n "$IMAGE_CACHE_DIR" && "$ENGINE" == podman ]] || return 1
	tar="$IMAGE_CACHE_DIR/$key.tar"
	[[ -s "$tar" ]] || return 1
	if [[ -n "$(find "$tar" -mtime +"$IMAGE_CACHE_DAYS" -print -quit)" ]]; then
		rm -f "$tar"
		return 1
	fi
	engine load -i "$tar" >>"$LOG_DIR/image-cache.log" 2>&1 || {
		note "the cached image archive $tar did not load (see .orbit/logs/image-cache.log): building it again"
		rm -f "$tar"
		return 1
	}
	for tag in "$@"; do image_exists "$tag" || return 1; done
}

# image_cache_save KEY TAG...: archives the TAGs into the machine's image cache as KEY (and
# removes that image's archives under other keys); a failure only costs the next checkout a build.
image_cache_save() {
	local key=$1 prefix=${1%-*} old
	shift
	[[ -n "$IMAGE_CACHE_DIR" && "$ENGINE" == podman ]] || return 0
	mkdir -p "$IMAGE_CACHE_DIR" 2>/dev/null || return 0
	for old in "$IMAGE_CACHE_DIR/$prefix"-*.tar; do [[ -e "$old" && "$old" != "$IMAGE_CACHE_DIR/$key.tar" ]] && rm -f "$old"; done
	if engine save --multi-image-archive -o "$IMAGE_CACHE_DIR/.$key.tar.part" "$@" >>"$LOG_DIR/image-cache.log" 2>&1; then
		mv -f "$IMAGE_CACHE_DIR/.$key.tar.part" "$IMAGE_CACHE_DIR/$key.tar"
	else
		rm -f "$IMAGE_CACHE_DIR/.$key.tar.part"
		note "could not keep $* in the machine's image cache (see .orbit/logs/image-cache.log)"
	fi
}

# The key of the base image: its Dockerfile, the JDK it jlinks and the Debian suite.
base_image_key() {
	local f="$IMAGE_CONTEXT_DIR/base-image-inputs"
	mkdir -p "$IMAGE_CONTEXT_DIR"
	{ echo bookworm minbase; cat "$JAVA_HOME/release"; } >"$f"
	image_cache_key base "$LOCAL_IMAGES_DIR/temurin-jre" "$f"
}

ensure_base_images() {
	if image_exists "$BASE_IMAGE"; then ok "base image $BASE_IMAGE"; return; fi
	local key=""
	if [[ "$ENGINE" == podman && "$BASE_IMAGE" == eclipse-temurin:25-jre ]]; then
		key=$(base_image_key)
		if image_cache_load "$key" localhost/debian-base:bookworm localhost/eclipse-temurin:25-jre; then
			engine tag localhost/eclipse-temurin:25-jre docker.io/library/eclipse-temurin:25-jre
			ok "base image $BASE_IMAGE from the machine's image cache ($IMAGE_CACHE_DIR/$key.tar)"
			return
		fi
	fi
	if [[ "$ENGINE" == docker ]] || [[ "$BASE_IMAGE" != eclipse-temurin:25-jre ]]; then
		engine pull "$BASE_IMAGE" >/dev/null || die "cannot pull the base image $BASE_IMAGE (ORBIT_BASE_IMAGE)"
		ok "base image $BASE_IMAGE pulled"
		return
	fi
	local t0 rootfs="$PODMAN_DIR/rootfs" jre="$IMAGE_CONTEXT_DIR/jre" log="$LOG_DIR/base-image.log"
	t0=$(now_ms)
	if ! image_exists localhost/debian-base:bookworm; then
		step "Base image localhost/debian-base:bookworm (debootstrap minbase, ~1 min; log: .orbit/logs/base-image.log)"
		rm -rf "$rootfs"
		debootstrap --variant=minbase bookworm "$rootfs" "$(apt_mirror)" >"$log" 2>&1 || {
			show_tail "$log" 20
			die "debootstrap failed (needs root and the Debian mirror $(apt_mirror))"
		}
		rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
		tar -C "$rootfs" -c . | podman import --change 'CMD ["/bin/bash"]' - localhost/debian-base:bookworm >>"$log" 2>&1 ||
			die "podman import of the base root file system failed (see $log)"
		rm -rf "$rootfs"
	fi
	step "Base image $BASE_IMAGE (jlink of $JAVA_HOME on debian-base)"
	rm -rf "$jre"
	mkdir -p "$IMAGE_CONTEXT_DIR"
	# Every runtime module of the JDK, as the upstream JRE image carries, without the dev tools.
	local modules
	modules=$("$JAVA_HOME/bin/java" --list-modules | sed 's/@.*//' |
		grep -vE '^jdk\.(compiler|javadoc|jshell|jlink|jpackage|jdeps|jconsole|jartool|editpad|jstatd|hotspot\.agent|internal\.(ed|le|opt|jvmstat)|jcmd|incubator\..*|random)$' | paste -sd,)
	"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
		--compress=zip-6 --output "$jre" >>"$log" 2>&1 || die "jlink failed (see $log)"
	cp "$LOCAL_IMAGES_DIR/temurin-jre/Dockerfile" "$IMAGE_CONTEXT_DIR/Dockerfile.jre"
	podman build --pull=never --format docker -f "$IMAGE_CONTEXT_DIR/Dockerfile.jre" \
		-t localhost/eclipse-temurin:25-jre -t docker.io/library/eclipse-temurin:25-jre "$IMAGE_CONTEXT_DIR" >>"$log" 2>&1 ||
		die "building the base image failed (see $log)"
	rm -rf "$jre"
	ok "base image $BASE_IMAGE built here in $(fmt_secs $(($(now_ms) - t0)))s ($(image_size "$BASE_IMAGE"))"
	image_cache_save "$key" localhost/debian-base:bookworm localhost/eclipse-temurin:25-jre
}

# image_size IMAGE: its size as the engine reports it.
image_size() { engine image inspect --format '{{.Size}}' "$1" 2>/dev/null | awk '{ printf "%.0f MB", $1 / 1000000 }'; }

# image_names: every service of ./orbit's SERVICES (the simulator too): one image each.
image_names() {
	local entry
	for entry in "${SERVICES[@]}"; do echo "${entry%%:*}:${entry#*:}"; done
}

# build_service_images: every service's image, ORBIT_IMAGE_JOBS at once (default 2: a build is
# mostly its single-threaded start-up-cache training run, so two use both cores of a small
# machine); the first failure's message is printed by its build, and this fails after the others.
build_service_images() {
	local entry parallel=${ORBIT_IMAGE_JOBS:-2} failed=0
	[[ "$parallel" =~ ^[1-9][0-9]*$ ]] || die "ORBIT_IMAGE_JOBS must be a positive number, was '$parallel'"
	while IFS= read -r entry; do
		while (($(jobs -rp | wc -l) >= parallel)); do wait -n || failed=1; done
		build_service_image "${entry%%:*}" "${entry#*:}" &
	done < <(image_names)
	while (($(jobs -rp | wc -l) > 0)); do wait -n || failed=1; done
	((failed == 0)) || die "an image did not build (the lines above name it and its log)"
}

# build_service_image NAME PORT: IMAGE_PREFIX/NAME:IMAGE_TAG from the service's runnable jar.
build_service_image() {
	local name=$1 port=$2 jar ctx="$IMAGE_CONTEXT_DIR/$1" log="$LOG_DIR/image-$1.log" t0 version
	jar=$(service_jar "$name") || die "no runnable jar for $name: build it (./mvnw -B -pl $(service_dir "$name") -am package -DskipTests)"
	t0=$(now_ms)
	rm -rf "$ctx"
	mkdir -p "$ctx"
	ln "$jar" "$ctx/app.jar" 2>/dev/null || cp "$jar" "$ctx/app.jar"
	cp "$ORBIT_ROOT/deploy/images/orbit-ready" "$ctx/orbit-ready"
	version=$(basename "$jar" | sed -E "s/^orbit-$name-(.*)-exec\.jar$/\1/")
	local args=(build --format docker -f "$IMAGE_DOCKERFILE" -t "$IMAGE_PREFIX/$name:$IMAGE_TAG"
		--build-arg "BASE_IMAGE=$BASE_IMAGE" --build-arg "SERVICE=$name" --build-arg "PORT=$port"
		--build-arg "VERSION=$version" --build-arg "REVISION=$(git -C "$ORBIT_ROOT" rev-parse HEAD 2>/dev/null || echo unknown)"
		--build-arg "CREATED=$(date -u +%FT%TZ)")
	[[ "$ENGINE" == podman ]] && args+=(--pull=never)
	engine "${args[@]}" "$ctx" >"$log" 2>&1 || {
		show_tail "$log" 20
		die "building the image of $name failed (log: $log)"
	}
	rm -rf "$ctx"
	ok "$IMAGE_PREFIX/$name:$IMAGE_TAG  $(image_size "$IMAGE_PREFIX/$name:$IMAGE_TAG")  $(fmt_secs $(($(now_ms) - t0)))s"
}

# build_local_infra: the local equivalents of the infrastructure images (deploy/images/local),
# from Debian packages and the Kafka and MongoDB stand-in Maven artifacts; exports the Compose
# variables that point at them.
build_local_infra() {
	local entry name var ctx log t0 tag key
	for entry in "${LOCAL_INFRA[@]}"; do
		name=${entry%%:*} var=${entry#*:} tag="localhost/orbit-local/$name:latest"
		ctx="$IMAGE_CONTEXT_DIR/local-$name" log="$LOG_DIR/image-local-$name.log"
		export "$var=$tag"
		if image_exists "$tag" && ! newer_than "$PODMAN_DIR/local-$name.stamp" "$LOCAL_IMAGES_DIR/$name" \
			"$ORBIT_ROOT/tools/kafka-broker/target/classpath.txt" "$ORBIT_ROOT/tools/mongo-standin/target/classpath.txt"; then
			ok "$tag (local equivalent)"
			continue
		fi
		t0=$(now_ms)
		key=""
		case $name in
		postgres | rabbitmq | nats)
			key=$(image_cache_key "local-$name" "$LOCAL_IMAGES_DIR/$name" "$LOCAL_IMAGES_DIR/temurin-jre")
			if image_cache_load "$key" "$tag"; then
				touch "$PODMAN_DIR/local-$name.stamp"
				ok "$tag (local equivalent) from the machine's image cache  $(fmt_secs $(($(now_ms) - t0)))s"
				continue
			fi
			;;
		esac
		rm -rf "$ctx"
		mkdir -p "$ctx"
		cp -r "$LOCAL_IMAGES_DIR/$name/." "$ctx/"
		case $name in
		kafka) copy_classpath "$ORBIT_ROOT/tools/kafka-broker/target/classpath.txt" "$ctx/lib" tools/kafka-broker ;;
		mongo)
			copy_classpath "$ORBIT_ROOT/tools/mongo-standin/target/classpath.txt" "$ctx/lib" tools/mongo-standin
			cp "$ORBIT_ROOT"/tools/mongo-standin/target/orbit-mongo-standin-*.jar "$ctx/lib/"
			;;
		esac
		engine build --format docker --pull=never -t "$tag" "$ctx" >"$log" 2>&1 || {
			show_tail "$log" 20
			die "building the local $name image failed (log: $log)"
		}
		touch "$PODMAN_DIR/local-$name.stamp"
		rm -rf "$ctx"
		ok "$tag (local equivalent)  $(image_size "$tag")  $(fmt_secs $(($(now_ms) - t0)))s"
		[[ -z "$key" ]] || image_cache_save "$key" "$tag"
	done
}

# newer_than STAMP PATH...: true when a PATH (a folder: any file in it) changed after STAMP.
newer_than() {
	local stamp=$1 p
	shift
	[[ -f "$stamp" ]] || return 0
	for p in "$@"; do
		[[ -e "$p" ]] || continue
		[[ -n "$(find "$p" -newer "$stamp" -print -quit)" ]] && return 0
	done
	return 1
}

# copy_classpath FILE DIR MODULE: copies the jars a module's classpath.txt lists into DIR.
copy_classpath() {
	[[ -f "$1" ]] || die "$1 is missing: ./mvnw -B -pl $3 -am package -DskipTests"
	mkdir -p "$2"
	local j
	while IFS= read -r -d : j || [[ -n "$j" ]]; do
		j=${j%$'\n'}
		[[ -n "$j" ]] && cp "$j" "$2/"
	done <"$1"
}

# images_init: engine, tools, configuration.
images_init() {
	ENGINE=$(container_engine)
	if [[ "$ENGINE" == podman ]]; then
		ensure_container_tools
		podman_env
		# One build or stack change at a time in this storage (a second waits).
		exec 9>"$PODMAN_DIR/orbit.lock"
		flock 9
	fi
	find_jdk
}

cmd_images() {
	local arg infra=0 entry t0
	for arg in "$@"; do
		case $arg in
		--local-infra) infra=1 ;;
		*) die "images: unknown option '$arg' (./orbit images --help)" ;;
		esac
	done
	ensure_state_dirs
	images_init
	t0=$(now_ms)
	step "Images ($ENGINE)"
	ensure_base_images
	build_service_images
	((infra)) && build_local_infra
	note "images in $(fmt_secs $(($(now_ms) - t0)))s"
}
