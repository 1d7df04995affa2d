# Sourced by provision.sh and install.sh: applies CLI script directories to one server configuration.
#
#   apply_cli_scripts <WildFly home> <server configuration> <directory of the script dirs> <log> <script dir>...
#
# One embedded (offline) server for all the scripts, in file-name order within each directory; the output goes
# to <log>. Returns non-zero (after printing the log's end) if a script failed.
apply_cli_scripts() {
    local home=$1 config=$2 root=$3 log=$4 dir f cli
    shift 4
    cli=$(mktemp)
    {
        echo "embed-server --server-config=$config --std-out=echo"
        for dir in "$@"; do
            for f in "$root/$dir"/*.cli; do
                echo "# ---- $dir/${f##*/}"
                cat "$f"
                echo
            done
        done
        echo "stop-embedded-server"
    } > "$cli"
    if ! "$home/bin/jboss-cli.sh" --file="$cli" >> "$log" 2>&1; then
        rm -f "$cli"
        echo "server-config: the CLI scripts for $config failed; the end of $log:" >&2
        tail -n 40 "$log" >&2
        return 1
    fi
    rm -f "$cli"
}
