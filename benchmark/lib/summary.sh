# benchmark/lib/summary.sh — each suite's headline figures, one line each, for benchmark/all's table. Sourced after
# common.sh (it uses NAME and CRMIR_HOME). A suite calls summary_begin once, then summary_figure per figure:
#
#   summary_figure "<figure>" <value> "<unit>" <goal or ceiling> <max|min> "<what the goal is>"
#
#   max: the figure meets its goal when value <= goal (latencies); min: when value >= goal (rates).
# Lines go to $BENCH_SUMMARY_DIR/<NAME>.tsv (default $CRMIR_HOME/bench-summary), tab-separated:
#   suite, figure, value, unit, goal, kind, what the goal is, when measured (UTC), load average at that moment.

SUMMARY_DIR=${BENCH_SUMMARY_DIR:-$CRMIR_HOME/bench-summary}
SUMMARY_FILE="$SUMMARY_DIR/$NAME.tsv"

summary_begin() { mkdir -p "$SUMMARY_DIR" && : > "$SUMMARY_FILE"; }

summary_figure() { # <figure> <value> <unit> <goal> <max|min> <what the goal is>
    case "$5" in max|min) ;; *) die "summary_figure: kind must be max or min, not '$5'" ;; esac
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$NAME" "$1" "$2" "$3" "$4" "$5" "$6" \
        "$(date -u +%Y-%m-%dT%H:%MZ)" "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$SUMMARY_FILE"
}
