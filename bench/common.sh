#!/usr/bin/env bash
# What bench/run.sh and bench/phases.sh share; each sources it first, with its own arguments. It takes
# a leading --jdk JAVA_HOME off them (and exports JAVA_HOME, so the launcher uses that JDK too), sets
# here (the checkout), java (the java the bare JVM start is timed with) and out (a scratch folder,
# removed at exit), builds the jar when it is missing, and defines synthetic N, which prints a Compose
# file of N services, and await_archive, which waits for the startup archive the launcher makes in
# the background after a first run.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ "${1:-}" == --jdk ]]; then
  export JAVA_HOME="${2:?--jdk needs a JDK folder}"
  shift 2
fi
java="java"
[[ -n "${JAVA_HOME:-}" ]] && java="$JAVA_HOME/bin/java"
[[ -f "$here/target/compose2helm.jar" ]] || (cd "$here" && mvn -q -B package -DskipTests)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Waits (up to a minute) until no archive maker holds its lock in the launcher's cache folder.
await_archive() {
  local folder="${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/compose2helm" i
  for ((i = 0; i < 600; i++)); do
    compgen -G "$folder/*.lock" >/dev/null || return 0
    sleep 0.1
  done
}

# A Compose file of $1 services: a third databases with a named volume and a healthcheck, the rest
# APIs with ports, environment, a dependency on "their" database and a resource limit.
synthetic() {
  local n="$1" i db
  echo "name: synthetic$n"
  echo "services:"
  for ((i = 0; i < n; i++)); do
    if ((i % 3 == 0)); then
      cat <<YAML
  db$i:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: app$i
      POSTGRES_PASSWORD: \${DB_PASSWORD:-example}
    volumes:
      - data$i:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 10s
      retries: 5
YAML
    else
      db=$((i - i % 3))
      cat <<YAML
  api$i:
    image: registry.example.com/team/api$i:1.$i.0
    ports:
      - "$((10000 + i)):8080"
    environment:
      DATABASE_URL: postgres://db$db:5432/app$db
      LOG_LEVEL: \${LOG_LEVEL:-info}
    depends_on:
      db$db:
        condition: service_healthy
    deploy:
      resources:
        limits:
          memory: 256M
YAML
    fi
  done
  echo "volumes:"
  for ((i = 0; i < n; i += 3)); do
    echo "  data$i: {}"
  done
}
