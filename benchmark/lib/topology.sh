# benchmark/lib/topology.sh — CRMir as the cluster benchmarks start it: one server (`bin/crmir run`, standalone-full)
# or the cluster (`bin/crmir cluster`: two nodes of standalone-full-ha and the balancer), either way on
# 127.0.0.1:8080, on the benchmark's database, with the EAR already built, a webhook secret and admin password of
# the run's own and a mail sink (lib/smtp-sink.py on 2625) for the receipts. Sourced after common.sh; its
# cleanup_extra stops what it started. Sets SECRET and ADMIN_PASSWORD.

SECRET="whsec_bench_$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
ADMIN_PASSWORD="Bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
TOPOLOGY_PID=
SINK_PID=

topology_ports_free() {
    local port
    for port in 8080 8190 8200 9990 2625; do
        ! port_in_use "$port" || die "port $port is in use (a cluster, 'bin/crmir run' or a mail server?)"
    done
}

start_topology() { # <one|two> <CRMIR_HOME for it>; returns once CRMir serves on 8080
    local command log="$OUT/$1.log"
    case "$1" in one) command=run ;; two) command=cluster ;; *) die "start_topology: one or two, not '$1'" ;; esac
    if [ -z "$SINK_PID" ]; then
        python3 "$REPO/benchmark/lib/smtp-sink.py" 2625 > /dev/null 2>&1 &
        SINK_PID=$!
    fi
    say "starting $([ "$1" = one ] && echo 'one server' || echo 'the cluster') (log: $log) ..."
    CRMIR_HOME="$2" CRMIR_DB_URL="$JDBC_URL" CRMIR_DB_USER=crmir CRMIR_DB_PASSWORD=crmir CRMIR_SKIP_BUILD=true \
        CRMIR_EAR="$EAR" CRMIR_DEMO_DATA=false CRMIR_ADMIN_PASSWORD="$ADMIN_PASSWORD" CRMIR_SMTP_PORT=2625 \
        CRMIR_STRIPE_WEBHOOK_SECRET="$SECRET" CRMIR_PUBLIC_URL=http://127.0.0.1:8080/crmir \
        "$REPO/bin/crmir" "$command" > "$log" 2>&1 &
    TOPOLOGY_PID=$!
    local _
    for _ in $(seq 1 1800); do
        grep -q "CRMir is running" "$log" && return 0
        kill -0 "$TOPOLOGY_PID" 2>/dev/null || { tail -n 40 "$log" >&2; die "CRMir did not start ($1)"; }
        sleep 0.5
    done
    die "CRMir did not start within 15 minutes ($1)"
}

stop_topology() {
    if [ -n "$TOPOLOGY_PID" ] && kill -0 "$TOPOLOGY_PID" 2>/dev/null; then
        say "stopping CRMir ..."
        kill -TERM "$TOPOLOGY_PID" 2>/dev/null
        wait "$TOPOLOGY_PID" 2>/dev/null || true # it ends with the status of a TERM
    fi
    TOPOLOGY_PID=
}

cleanup_extra() {
    stop_topology
    [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null
}
