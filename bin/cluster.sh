# bin/crmir cluster: two WildFly nodes (standalone-full-ha) and a load balancer on this machine, against one
# database. Sourced by bin/crmir, whose helpers (db_start, build, app_env, pid_alive, ...) it uses.
#
#   node1  http 127.0.0.1:8190, management 10100, JGroups 7710  (port offset 110)
#   node2  http 127.0.0.1:8200, management 10110, JGroups 7720  (port offset 120)
#   balancer on 127.0.0.1:8080 (Undertow's reverse proxy, sticky sessions; server-config/src/main/cli-balancer)
#
# Each node has its own base directory (configuration, data, Artemis journal, log) under $CRMIR_HOME/cluster;
# $CRMIR_HOME/cluster/<node>/start starts that node again after it was stopped or killed (the failover drill
# uses it). Ctrl-C stops everything this started.

CLUSTER_DIR="$CRMIR_HOME/cluster"
CLUSTER_NODES="node1 node2 balancer"
CLUSTER_BIND=127.0.0.1

node_offset() { # <node>
    case "$1" in node1) echo 110 ;; node2) echo 120 ;; balancer) echo 0 ;; esac
}

# A node's base directory afresh from the provisioned server's: its configuration, and CRMir's EAR to deploy.
cluster_base() { # <node>
    local base="$CLUSTER_DIR/$1"
    rm -rf "$base/configuration" "$base/deployments" "$base/tmp"
    mkdir -p "$base/deployments" "$base/log"
    cp -r "$WILDFLY/standalone/configuration" "$base/configuration"
    rm -rf "$base/configuration/standalone_xml_history"
    [ "$1" = balancer ] || cp "$EAR" "$base/deployments/crmir.ear"
}

# Writes <node>/start, the one command that starts that node, with the settings of this cluster. It holds the
# nodes' secrets (database, gateways, cluster password): readable by its owner only. It refuses to start a node
# that is running.
cluster_start_script() { # <node> <timeout>
    local node=$1 base="$CLUSTER_DIR/$1" config=standalone-full-ha.xml extra v
    extra="-Djboss.node.name=$node -Djboss.tx.node.id=$node -Djboss.as.management.blocking.timeout=$2"
    [ "$node" = balancer ] && { config=standalone-load-balancer.xml; extra="-Djboss.node.name=balancer"; }
    (
        umask 077
        {
            echo '#!/usr/bin/env bash'
            echo "# Starts $node of the cluster of bin/crmir cluster (written at its start, with its settings)."
            printf 'pid=%q\n' "$base/pid"
            echo 'if [ -f "$pid" ] && kill -0 "$(cat "$pid")" 2>/dev/null; then'
            echo "    echo \"$node is running (pid \$(cat \"\$pid\")); kill it first\" >&2; exit 1"
            echo 'fi'
            # The settings the nodes read; not the first administrator's password, which only a new database needs.
            for v in $(compgen -e | grep '^CRMIR_' | grep -v '^CRMIR_ADMIN_PASSWORD$'); do
                printf 'export %s=%q\n' "$v" "${!v}"
            done
            printf 'rm -f %q\n' "$base/deployments/crmir.ear.failed"
            printf 'LAUNCH_JBOSS_IN_BACKGROUND=1 setsid %q -c %s -b %s -bprivate %s -Djboss.server.base.dir=%q \\\n' \
                "$WILDFLY/bin/standalone.sh" "$config" "$CLUSTER_BIND" "$CLUSTER_BIND" "$base"
            printf '    -Djboss.socket.binding.port-offset=%s %s >> %q 2>&1 < /dev/null &\n' \
                "$(node_offset "$node")" "$extra" "$base/log/console.log"
            echo 'echo $! > "$pid"'
        } > "$base/start"
    )
    chmod 700 "$base/start"
}

cluster_wait_deployed() { # <node> <timeout>
    local base="$CLUSTER_DIR/$1" i
    for i in $(seq 1 $(($2 * 2))); do
        [ -f "$base/deployments/crmir.ear.deployed" ] && return 0
        if [ -f "$base/deployments/crmir.ear.failed" ] || ! pid_alive "$base/pid"; then
            tail -n 60 "$base/log/server.log" >&2 || true
            tail -n 20 "$base/log/console.log" >&2 || true
            die "CRMir failed to deploy on $1 (log: $base/log/server.log)"
        fi
        sleep 0.5
    done
    die "CRMir was not deployed on $1 within $2 s (log: $base/log/server.log)"
}

cluster_wait_port() { # <port> <what>
    local i
    for i in $(seq 1 120); do
        port_in_use "$CLUSTER_BIND" "$1" && return 0
        sleep 0.5
    done
    die "$2 did not open port $1"
}

cluster_stop() {
    trap - INT TERM EXIT
    local node pid i
    for node in balancer node2 node1; do
        if pid_alive "$CLUSTER_DIR/$node/pid"; then
            pid=$(cat "$CLUSTER_DIR/$node/pid")
            say "stopping $node (pid $pid) ..."
            kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
            for i in $(seq 1 60); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.5
            done
            kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null || true
        fi
        rm -f "$CLUSTER_DIR/$node/pid"
    done
    if $DB_STARTED_HERE; then db_stop; fi
}

# Nodes ClusterIT started and could not stop (its JVM killed): they would keep the cluster's ports.
cluster_leftovers_stop() { # <cluster directory>
    local pid_file pid
    for pid_file in "$1"/*/pid; do
        [ -f "$pid_file" ] || continue
        pid=$(cat "$pid_file")
        if kill -0 "$pid" 2>/dev/null; then
            say "stopping a cluster node the tests left running (pid $pid)"
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        fi
        rm -f "$pid_file"
    done
}

cluster() {
    local node port
    for node in $CLUSTER_NODES; do
        port=$((8080 + $(node_offset "$node")))
        if pid_alive "$CLUSTER_DIR/$node/pid" || port_in_use "$CLUSTER_BIND" "$port"; then
            die "$node's port $port is in use (is a cluster or 'bin/crmir run' already running?)"
        fi
    done
    trap '' PIPE
    trap 'cluster_stop; exit 130' INT
    trap 'cluster_stop; exit 143' TERM
    trap 'cluster_stop' EXIT

    if [ -z "${CRMIR_DB_URL:-}" ]; then
        pid_alive "$DB_PID" || DB_STARTED_HERE=true
        db_start
    fi
    [ "${CRMIR_SKIP_BUILD:-false}" = true ] || build
    [ -f "$EAR" ] || die "$EAR was not built"
    [ -x "$WILDFLY/bin/standalone.sh" ] || die "$WILDFLY was not provisioned"
    app_env "http://$CLUSTER_BIND:8080/crmir"
    # The nodes' Artemis servers admit each other with this; new at every start, kept in no file but the nodes'.
    export CRMIR_CLUSTER_PASSWORD=${CRMIR_CLUSTER_PASSWORD:-$(head -c 36 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')}

    local timeout
    timeout=$(sed -n 's/.*<deployment-scanner .*deployment-timeout="\([0-9]*\)".*/\1/p' \
        "$WILDFLY/standalone/configuration/standalone-full-ha.xml" | head -n 1)
    timeout=${timeout:-600}
    for node in $CLUSTER_NODES; do
        cluster_base "$node"
        cluster_start_script "$node" "$timeout"
    done
    # One node first: it migrates the database and loads the demo data; the second then finds both done.
    say "starting node1 (log: $CLUSTER_DIR/node1/log/server.log) ..."
    "$CLUSTER_DIR/node1/start"
    cluster_wait_deployed node1 "$timeout"
    say "starting node2 (log: $CLUSTER_DIR/node2/log/server.log) ..."
    "$CLUSTER_DIR/node2/start"
    cluster_wait_deployed node2 "$timeout"
    say "starting the load balancer ..."
    "$CLUSTER_DIR/balancer/start"
    cluster_wait_port 8080 "the load balancer"

    echo
    echo "CRMir is running as a cluster at http://$CLUSTER_BIND:8080/crmir/  — sign in as admin / $PASSWORD_NOTE"
    echo "  node1: http://$CLUSTER_BIND:8190/crmir/ (pid $(cat "$CLUSTER_DIR/node1/pid"))," \
        "node2: http://$CLUSTER_BIND:8200/crmir/ (pid $(cat "$CLUSTER_DIR/node2/pid"))"
    echo "  kill a node (kill -9 <pid>) and the other serves its users;" \
        "start it again with $CLUSTER_DIR/<node>/start"
    echo "(logs: $CLUSTER_DIR/<node>/log; Ctrl-C stops the nodes, the balancer$($DB_STARTED_HERE \
        && echo ' and the private MariaDB'))"
    echo
    while pid_alive "$CLUSTER_DIR/balancer/pid"; do
        sleep 1
    done
    say "the load balancer has stopped"
}
