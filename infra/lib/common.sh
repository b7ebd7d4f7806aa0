# Shared by the infra scripts: pick JDK 25 and check prerequisites, saying clearly what is missing.

die() { printf 'HọpSố: %s\n' "$*" >&2; exit 1; }

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }

select_jdk25() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ]; then
    :
  elif command -v java >/dev/null && [ "$(java_major java)" -ge 25 ] 2>/dev/null; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  else
    local candidate
    JAVA_HOME=""
    for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*; do
      if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 25 ] 2>/dev/null; then
        JAVA_HOME=$candidate
        break
      fi
    done
    [ -n "$JAVA_HOME" ] || die "JDK 25 is needed and none was found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm)."
  fi
  export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
}

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "'$tool' is needed and not installed (see README.md, Prerequisites)."
  done
  if command -v node >/dev/null; then
    local major
    major=$(node -p 'process.versions.node.split(".")[0]')
    [ "$major" -ge 20 ] || die "Node.js 20 or newer is needed to build the web app (found $(node --version))."
  fi
}

# Installs Debian packages that are missing, when we may (root with apt-get).
apt_install_missing() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "HọpSố: installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    die "please install the Debian packages: ${missing[*]}"
  fi
}

# The jars infra/run and the benchmarks start; one `mvn package` of the reactor writes them all.
BUILT_JARS=(meeting-server/target/meeting-server.jar infra/bench/target/bench.jar infra/embedded-s3/target/embedded-s3.jar)
PACKAGE_STAMP=target/package.stamp

# A fingerprint of everything the jars are built from: every file outside build output, dependencies, data and test
# sources (their paths and contents), and the JDK and Node.js that build them.
build_inputs_fingerprint() {
  {
    printf '%s\n' "$JAVA_HOME" "$(node --version)"
    find . \( -name target -o -name node_modules -o -name .git -o -path ./data -o -path '*/src/test' \) -prune \
      -o -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
  } | sha256sum | cut -d ' ' -f 1
}

# Size and modification time of the built jars: a jar rebuilt or removed by another command (say `mvn package
# -Dskip.npm`, which leaves the web app out) no longer matches the stamp.
built_jars_identity() {
  local jar
  for jar in "${BUILT_JARS[@]}"; do
    stat -c '%n:%s:%Y' "$jar" 2>/dev/null || printf '%s:missing\n' "$jar"
  done | tr '\n' ' '
}

# Builds the jars (`mvn package`, tests skipped) unless the last successful build had the same inputs and its jars
# are still the ones it wrote: a second start with nothing changed skips Maven and npm altogether.
package_unless_unchanged() {
  local fingerprint
  fingerprint=$(build_inputs_fingerprint)
  if [ -f "$PACKAGE_STAMP" ] && [ "$(cat "$PACKAGE_STAMP")" = "$fingerprint $(built_jars_identity)" ]; then
    echo "HọpSố: nothing changed since the last build, not rebuilding"
    return 0
  fi
  echo "HọpSố: building (the first build downloads dependencies and takes a few minutes)…"
  rm -f "$PACKAGE_STAMP"
  mvn -q -B -DskipTests package
  mkdir -p "$(dirname "$PACKAGE_STAMP")"
  printf '%s %s\n' "$fingerprint" "$(built_jars_identity)" > "$PACKAGE_STAMP"
}

# Starts the local object storage (infra/embedded-s3) for a server about to run as process PARENT_PID, waits until
# it listens and exports the HOPSO_S3_* settings it wrote (DATA_DIR/s3/server.env, owner-only). Its log:
# DATA_DIR/logs/s3.log; its pid: EMBEDDED_S3_PID. Usage: start_embedded_s3 DATA_DIR BUCKET PARENT_PID
start_embedded_s3() {
  local data=$1 bucket=$2 parent=$3 settings="$1/s3/server.env" pid waited=0 name value
  mkdir -p "$data/logs"
  rm -f "$settings"
  "$JAVA_HOME/bin/java" -jar infra/embedded-s3/target/embedded-s3.jar "$data" "$bucket" "$parent" \
    >"$data/logs/s3.log" 2>&1 </dev/null &
  pid=$!
  EMBEDDED_S3_PID=$pid
  until [ -f "$settings" ]; do
    kill -0 "$pid" 2>/dev/null || die "the local object storage did not start; see $data/logs/s3.log"
    [ "$waited" -lt 600 ] || die "the local object storage did not answer within 60 s; see $data/logs/s3.log"
    sleep 0.1
    waited=$((waited + 1))
  done
  while IFS='=' read -r name value; do
    case "$name" in HOPSO_S3_*) export "$name=$value" ;; esac
  done < "$settings"
  echo "HọpSố: object storage on $HOPSO_S3_ENDPOINT, objects in $data/s3/objects"
}
