# benchmark/lib/common.sh — what the benchmark scripts share: the private MariaDB, a database of their own, the
# build, a WildFly of their own on a port offset in a temporary base directory (with an access log), an API token,
# statistics, cleanup and a time limit. Sourced, not run. The script sets before sourcing:
#   NAME (for messages and $CRMIR_HOME/bench-NAME), DB (database name), OFFSET (port offset),
#   TIME_LIMIT and WAIT_FOR_OTHERS (seconds). Optional: a function cleanup_extra, run at the end before the
#   database is dropped; SERVER_JDBC_EXTRA, appended to the server's JDBC URL.

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
CRMIR_HOME=${CRMIR_HOME:-$REPO/var}
export CRMIR_HOME
DB_PORT=${CRMIR_DB_PORT:-3307}
DB_PARAMS='useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci'
MY_CNF="$CRMIR_HOME/my.cnf"
DB_PID="$CRMIR_HOME/run/mariadb.pid"
WILDFLY="$REPO/server-config/target/wildfly"
EAR=${BENCH_EAR:-$REPO/crm-ear/target/crmir.ear}
CONNECTOR_J="$HOME/.m2/repository/com/mysql/mysql-connector-j/9.7.0/mysql-connector-j-9.7.0.jar"
HTTP_PORT=$((8080 + OFFSET))
MGMT_PORT=$((9990 + OFFSET))
APP_URL="http://127.0.0.1:$HTTP_PORT/crmir"
BASE_URL="$APP_URL/api/v1"
JDBC_URL="jdbc:mysql://127.0.0.1:$DB_PORT/$DB?$DB_PARAMS"
OUT="$CRMIR_HOME/bench-$NAME"
SERVER_BASE=
ACCESS_LOG=
ADMIN_PASSWORD=
OTHERS_NOTE=

say() { printf 'benchmark/%s: %s\n' "$NAME" "$*" >&2; }
die() { printf 'benchmark/%s: %s\n' "$NAME" "$*" >&2; exit 1; }

db_root() { mariadb --defaults-file="$MY_CNF" -N -B "$@"; }
db_bench() { mariadb --defaults-file="$MY_CNF" -N -B -D "$DB" "$@"; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU time: the machine's busy and total jiffies; a process's user + system ticks (both in 1/CLK_TCK s).
machine_cpu() { awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t - $5 - $6, t }' /proc/stat; }
proc_cpu() { { [ -n "$1" ] && awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null; } || echo 0; }
row_locks() { db_root -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_row_lock_waits', 'Innodb_row_lock_time')" | sort | awk '{ printf "%s ", $2 } END { print "" }'; }

stats() { # numbers on stdin -> "median p95 p99 n" (nearest rank), two decimals
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "- - - 0"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        r = int(0.95 * NR + 0.999999); if (r < 1) r = 1
        q = int(0.99 * NR + 0.999999); if (q < 1) q = 1
        printf "%.2f %.2f %.2f %d\n", m, v[r], v[q], NR }'
}
field() { awk -v k="$1" '{ for (i = 1; i <= NF; i++) if (index($i, k "=") == 1) { print substr($i, length(k) + 2); exit } }'; } # <key> of "k=v k=v" on stdin

# ---------------------------------------------------------------- cleanup, time limit

DB_STARTED_HERE=false
DB_CREATED=false
WF_PID=
WATCHDOG=

stop_server() {
    [ -n "$WF_PID" ] || return 0
    if kill -0 "$WF_PID" 2>/dev/null; then
        say "stopping WildFly (pid $WF_PID) ..."
        kill -TERM -- "-$WF_PID" 2>/dev/null || kill -TERM "$WF_PID" 2>/dev/null || true
        local i
        for i in $(seq 1 120); do
            kill -0 "$WF_PID" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$WF_PID" 2>/dev/null; then
            say "WildFly did not stop in 60 s; killing it"
            kill -KILL -- "-$WF_PID" 2>/dev/null || kill -KILL "$WF_PID" 2>/dev/null || true
        fi
    fi
    WF_PID=
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    set +e
    stop_server
    if declare -F cleanup_extra >/dev/null; then
        cleanup_extra
    fi
    if [ -n "$SERVER_BASE" ] && [ -d "$SERVER_BASE" ]; then
        [ -f "$ACCESS_LOG" ] && cp "$ACCESS_LOG" "$OUT/access.log"
        [ -f "$SERVER_BASE/log/server.log" ] && cp "$SERVER_BASE/log/server.log" "$OUT/server-boot.log"
        rm -rf "$SERVER_BASE"
    fi
    if $DB_CREATED && [ "${BENCH_KEEP_DB:-false}" != true ]; then
        say "dropping database $DB"
        db_root <<SQL 2>/dev/null
DROP DATABASE IF EXISTS $DB;
REVOKE ALL PRIVILEGES ON $DB.* FROM 'crmir'@'127.0.0.1', 'crmir'@'localhost';
FLUSH PRIVILEGES;
SQL
    fi
    if $DB_STARTED_HERE; then
        CRMIR_DB_URL= "$REPO/bin/crmir" db-stop
    fi
    [ -n "$WATCHDOG" ] && kill "$WATCHDOG" 2>/dev/null
    exit "$status"
}

# Cleanup on exit, and an end to the whole run after TIME_LIMIT seconds at the latest (every long step runs under
# `timeout` too).
begin_run() {
    trap cleanup EXIT
    trap 'say "interrupted"; exit 130' INT
    trap 'say "stopped (time limit or TERM)"; exit 143' TERM
    (
        trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
        sleep "$TIME_LIMIT" & sleeper=$!
        wait "$sleeper" && echo "benchmark/$NAME: time limit of $TIME_LIMIT s reached" >&2 && kill -TERM $$
    ) 2>/dev/null &
    WATCHDOG=$!
    rm -rf "$OUT"
    mkdir -p "$OUT"
    [ -f "$CONNECTOR_J" ] || die "$CONNECTOR_J is missing (the build puts it into ~/.m2)"
}

# ---------------------------------------------------------------- database

create_database() {
    if port_in_use "$HTTP_PORT" || port_in_use "$MGMT_PORT"; then
        die "port $HTTP_PORT or $MGMT_PORT on 127.0.0.1 is in use; set BENCH_PORT_OFFSET to another offset"
    fi
    pid_alive "$DB_PID" || DB_STARTED_HERE=true
    CRMIR_DB_URL= "$REPO/bin/crmir" db-start
    db_root -e "SELECT 1" >/dev/null || die "cannot reach the private MariaDB as root over its socket"
    say "creating database $DB"
    db_root <<SQL
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON $DB.* TO 'crmir'@'127.0.0.1', 'crmir'@'localhost';
FLUSH PRIVILEGES;
SQL
    DB_CREATED=true
}

# The database of an earlier run kept by BENCH_KEEP_DB=true, if BENCH_REUSE_DB=true and it holds clients: saves
# the seed while one fixes what a run showed (the server's Flyway adds new migrations to it). Else a fresh one.
# Sets REUSED_DB to true or false.
open_database() {
    REUSED_DB=false
    if [ "${BENCH_REUSE_DB:-false}" = true ]; then
        pid_alive "$DB_PID" || DB_STARTED_HERE=true
        CRMIR_DB_URL= "$REPO/bin/crmir" db-start
        if [ "$(db_root -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB' AND table_name = 'clients'")" = 1 ] \
                && [ "$(db_bench -e "SELECT COUNT(*) > 0 FROM clients")" = 1 ]; then
            say "reusing the seeded database $DB (BENCH_REUSE_DB=true)"
            REUSED_DB=true
            return 0
        fi
        say "no seeded database $DB to reuse; creating it"
    fi
    create_database
}

# ---------------------------------------------------------------- build, server

# Waits (at most WAIT_FOR_OTHERS seconds) while a Maven of this checkout runs (a build, or `bin/crmir test` and
# its server) or another benchmark: they share the two cores with the measurements. After that, goes on and says
# so in the summary.
wait_for_others() { # <what we are about to do>
    local waited=0 what
    while :; do
        what=
        pgrep -f -- "-Dmaven.multiModuleProjectDirectory=$REPO( |\$)" >/dev/null && what="a Maven build or test of this checkout"
        pgrep -f -- "(^|/| )benchmark/run( |\$)" >/dev/null && [ "$NAME" != interactions ] \
            && what="${what:+$what and }benchmark/run"
        [ -n "$what" ] || return 0
        if [ "$waited" -ge "$WAIT_FOR_OTHERS" ]; then
            say "warning: $what still running after $WAIT_FOR_OTHERS s; going on"
            OTHERS_NOTE="$OTHERS_NOTE; $what ran during $1"
            return 0
        fi
        [ "$waited" = 0 ] && say "$what is running; waiting for it to end before $1 ..."
        sleep 10
        waited=$((waited + 10))
    done
}

build_ear() {
    if [ "${BENCH_SKIP_BUILD:-false}" != true ] && [ -z "${BENCH_EAR:-}" ]; then
        wait_for_others "building"
        say "building (./mvnw -B -q ${BENCH_MVN_ARGS:+$BENCH_MVN_ARGS }install -DskipTests) ..."
        # shellcheck disable=SC2086 # BENCH_MVN_ARGS: more Maven arguments, e.g. -o (offline)
        timeout 1200 "$REPO/mvnw" -B -q ${BENCH_MVN_ARGS:-} -f "$REPO/pom.xml" install -DskipTests > "$OUT/build.log" 2>&1 \
            || { tail -n 40 "$OUT/build.log" >&2; die "the build failed (log: $OUT/build.log)"; }
    fi
    [ -f "$EAR" ] || die "$EAR was not built"
    [ -x "$WILDFLY/bin/standalone.sh" ] || die "$WILDFLY was not provisioned"
}

# The server's own copy of the provisioned configuration in a temporary base directory; the access log records
# each request's response time in microseconds. Extra environment for the server: "NAME=value" arguments.
# BENCH_NICE (0): the server's niceness, e.g. 19 to yield the cores to a benchmark that holds the lock.
start_server() {
    SERVER_BASE=$(mktemp -d "/tmp/crmir-bench-$NAME.XXXXXX")
    ACCESS_LOG="$SERVER_BASE/log/access.log"
    mkdir -p "$SERVER_BASE/configuration" "$SERVER_BASE/deployments" "$SERVER_BASE/log"
    (cd "$WILDFLY/standalone/configuration" && tar --exclude=standalone_xml_history -cf - .) \
        | (cd "$SERVER_BASE/configuration" && tar -xf -)
    local config="$SERVER_BASE/configuration/standalone-full.xml"
    sed -i \
        -e 's#<http-listener name="default" #<http-listener name="default" record-request-start-time="true" #' \
        -e 's#<host name="default-host" alias="localhost">#&\n                    <access-log pattern="%h %t \&quot;%r\&quot; %s %b %{RESPONSE_TIME_MICROS}" prefix="access." suffix="log" rotate="false"/>#' \
        "$config"
    grep -q 'RESPONSE_TIME_MICROS' "$config" && grep -q 'record-request-start-time="true"' "$config" \
        || die "could not add the access log to $config"
    cp "$EAR" "$SERVER_BASE/deployments/crmir.ear"
    ADMIN_PASSWORD="Bench-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-16)"

    wait_for_others "starting the server"
    say "starting WildFly on 127.0.0.1:$HTTP_PORT (base $SERVER_BASE, log: $OUT/server.log) ..."
    env "CRMIR_DB_URL=$JDBC_URL${SERVER_JDBC_EXTRA:-}${BENCH_SERVER_JDBC_EXTRA:-}" \
        CRMIR_DB_USER=crmir CRMIR_DB_PASSWORD=crmir CRMIR_DEMO_DATA=false "CRMIR_ADMIN_PASSWORD=$ADMIN_PASSWORD" \
        CRMIR_SMTP_HOST=127.0.0.1 CRMIR_SMTP_PORT=$((2525 + OFFSET)) LAUNCH_JBOSS_IN_BACKGROUND=1 "$@" \
        nice -n "${BENCH_NICE:-0}" setsid "$WILDFLY/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Djboss.server.base.dir="$SERVER_BASE" -Djboss.socket.binding.port-offset="$OFFSET" \
        > "$OUT/server.log" 2>&1 < /dev/null &
    WF_PID=$!
    local i
    for i in $(seq 1 600); do
        [ -f "$SERVER_BASE/deployments/crmir.ear.deployed" ] \
            && [ "$(curl -sS --noproxy '*' --max-time 10 -o /dev/null -w '%{http_code}' \
                    "$APP_URL/health" 2>/dev/null)" = 200 ] && break
        if [ -f "$SERVER_BASE/deployments/crmir.ear.failed" ] || ! kill -0 "$WF_PID" 2>/dev/null; then
            tail -n 60 "$OUT/server.log" >&2
            die "CRMir failed to deploy (log: $OUT/server.log)"
        fi
        [ "$i" -lt 600 ] || die "CRMir was not healthy within 300 s (log: $OUT/server.log)"
        sleep 0.5
    done
    say "deployed and healthy; schema: $(db_bench -e "SELECT GROUP_CONCAT(version ORDER BY installed_rank) FROM flyway_schema_history WHERE success" 2>/dev/null || echo '?')"
}

# A personal API token for admin, stored as the application stores one: SHA-256 (hex) of the secret. Sets TOKEN.
admin_token() {
    TOKEN="crm_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    local token_hash
    token_hash=$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)
    db_bench -e "INSERT INTO api_tokens (user_id, name, token_prefix, token_hash, created_at)
        SELECT id, 'benchmark', '${TOKEN:0:12}', '$token_hash', UTC_TIMESTAMP(6) FROM users WHERE username = 'admin'"
    [ "$(db_bench -e "SELECT COUNT(*) FROM api_tokens WHERE token_hash = '$token_hash'")" = 1 ] \
        || die "could not create the API token (is there an admin user?)"
}

# A seed leaves hundreds of MB of dirty pages that InnoDB writes out in the background: let it, at most <seconds>,
# so that the measurements do not share the disk and a core with it.
settle_innodb() { # <seconds>
    local i dirty
    for i in $(seq 1 "$1"); do
        dirty=$(db_root -e "SELECT variable_value FROM information_schema.global_status WHERE variable_name = 'INNODB_BUFFER_POOL_PAGES_DIRTY'")
        [ "${dirty:-0}" -lt 2000 ] && return 0
        [ "$i" = 1 ] && say "waiting for InnoDB to write out the seed ($dirty dirty pages) ..."
        sleep 1
    done
}

# Server time of the access-log lines after line <from> whose request matches <regex>, in ms, one a line.
access_ms() { # <from line> <regex> <expected count>
    local i
    for i in $(seq 1 100); do
        [ "$(tail -n +"$(($1 + 1))" "$ACCESS_LOG" | grep -cE "$2")" -ge "$3" ] && break
        sleep 0.1
    done
    tail -n +"$(($1 + 1))" "$ACCESS_LOG" | grep -E "$2" | awk '{ print $NF / 1000 }'
}
access_lines() { wc -l < "$ACCESS_LOG" 2>/dev/null || echo 0; }
