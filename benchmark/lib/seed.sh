# benchmark/lib/seed.sh — the books of a million invoices that benchmark/dashboard and benchmark/reports measure on,
# seeded in SQL (INSERT ... SELECT from MariaDB's Sequence engine, benchmark/seed-*.sql): sales users, products and
# client owners, clients, invoices with their lines, payments with allocations, refunds and payments on account,
# invoices.paid_on, interactions, quotes, contracts and gateway events; then ANALYZE TABLE and a description of
# what was seeded in $OUT/data.txt. Sourced after lib/common.sh, not run. The script sets before calling seed_books:
#   CLIENTS, INVOICES, PAYMENTS, INTERACTIONS, CONTRACTS, QUOTES, GATEWAY_EVENTS, SALES, PRODUCTS; optionally
#   BIG_EVERY: every BIG_EVERY-th invoice for client 1, the largest client (benchmark/screens: 100, so 10,000 of a
#   million; every 100th interaction is client 1's in any case); unset or 0 keeps the long-tail spread alone.
# seed_books sets SEED_SECONDS, SEED_TIMES and PAID_ON, and defines count <table>.

# A seed file after its parameters, in one transaction (all or nothing), tried up to three times: the server's
# temporary tables live in the shared /tmp, where another job's cleanup has been seen to remove one mid-statement.
sql_file() { # <seconds> <parameters> <file>
    local try
    for try in 1 2 3; do
        if { printf '%s\nSET autocommit = 0;\n' "$2"; cat "$REPO/benchmark/$3"; printf '\nCOMMIT;\n'; } \
                | timeout "$1" mariadb --defaults-file="$MY_CNF" -N -B -D "$DB" 2> "$OUT/seed-error.txt"; then
            return 0
        fi
        say "$3 failed (try $try of 3): $(tail -n 1 "$OUT/seed-error.txt")"
    done
    die "$3 failed three times"
}
in_chunks() { # <label> <rows> <parameters> <file>: the file with @lo..@hi over 1..rows, 100,000 at a time
    local lo hi started
    started=$(date +%s)
    for ((lo = 1; lo <= $2; lo += 100000)); do
        hi=$((lo + 99999)); [ "$hi" -le "$2" ] || hi=$2
        sql_file 900 "$3 SET @lo = $lo, @hi = $hi;" "$4"
        printf '.' >&2
    done
    printf ' %s: %d s\n' "$1" $(($(date +%s) - started)) >&2
    SEED_TIMES="$SEED_TIMES$1 $(($(date +%s) - started)) s; "
}
count() { db_bench -e "SELECT COUNT(*) FROM $1"; }

seed_books() {

    SEED_TIMES=
    [ "$(db_bench -e "SELECT COUNT(*) FROM clients")" = 0 ] || die "$DB.clients is not empty"
    say "seeding $CLIENTS clients, $INVOICES invoices, $PAYMENTS payments, $INTERACTIONS interactions, $CONTRACTS contracts, $QUOTES quotes, $GATEWAY_EVENTS gateway events ..."
    seed_started=$(date +%s)
    NOW=$(db_root -e "SELECT UTC_TIMESTAMP(6)")
    TODAY=$(db_root -e "SELECT UTC_DATE()")
    START3=$(db_root -e "SELECT TIMESTAMP('$NOW') - INTERVAL 1095 DAY")
    START2=$(db_root -e "SELECT TIMESTAMP('$NOW') - INTERVAL 730 DAY")
    params="SET SESSION foreign_key_checks = 0, unique_checks = 0;
    SET @clients = $CLIENTS, @sales = $SALES, @products = $PRODUCTS, @n = $INVOICES, @drafts = $((INVOICES / 500)),
        @big_every = ${BIG_EVERY:-0}, @payments = $PAYMENTS, @quotes = $QUOTES, @contracts = $CONTRACTS, @gateway_events = $GATEWAY_EVENTS,
        @today = DATE('$TODAY'), @start = TIMESTAMP('$START3'), @step_us = 1095 * 86400 * 1000000 / $INVOICES;"

    started=$(date +%s)
    sql_file 300 "$params" seed-clients.sql
    sql_file 300 "$params" seed-owners.sql
    SEED_TIMES="clients, owners, products $(($(date +%s) - started)) s; "

    # Invoices: numbered gapless per year in creation order (the first k of each year), the counters to match.
    db_bench -e "$params
    CREATE TABLE bench_seed_years (yr INT NOT NULL PRIMARY KEY, first_k BIGINT NOT NULL);
    INSERT INTO bench_seed_years
    SELECT YEAR(@start + INTERVAL FLOOR(seq * @step_us) MICROSECOND), MIN(seq) FROM seq_1_to_100000000
    WHERE seq <= @n GROUP BY 1;"
    in_chunks invoices "$INVOICES" "$params" seed-invoices.sql
    db_bench -e "INSERT INTO document_sequences (series, year, last_value)
    SELECT 'INV', YEAR(issue_date), COUNT(*) FROM invoices WHERE number IS NOT NULL GROUP BY YEAR(issue_date)
    ON DUPLICATE KEY UPDATE last_value = VALUES(last_value);
    DROP TABLE bench_seed_years;"
    # Each invoice's owner, where the schema has it (V83): its client's.
    if [ "$(db_bench -e "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '$DB' AND table_name = 'invoices' AND column_name = 'owner_id'")" = 1 ]; then
        in_chunks "invoices.owner_id" "$INVOICES" "$params" seed-invoice-owners.sql
    fi
    in_chunks "invoice lines" "$INVOICES" "$params" seed-invoice-lines.sql
    in_chunks payments "$INVOICES" "$params" seed-payments.sql
    started=$(date +%s)
    sql_file 900 "$params" seed-payments-rest.sql
    SEED_TIMES="${SEED_TIMES}refunds and payments on account $(($(date +%s) - started)) s; "
    # The day an invoice was settled, where the schema has it (V21): the day its payment was received.
    if [ "$(db_bench -e "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '$DB' AND table_name = 'invoices' AND column_name = 'paid_on'")" = 1 ]; then
        PAID_ON=yes
        in_chunks "invoices.paid_on" "$INVOICES" "$params" seed-paid-on.sql
    else
        PAID_ON="no (the schema has no invoices.paid_on)"
    fi
    in_chunks interactions "$INTERACTIONS" "SET SESSION foreign_key_checks = 0, unique_checks = 0;
    SET @clients = $CLIENTS, @n = $INTERACTIONS, @big_every = 100, @start = TIMESTAMP('$START2');" seed-interactions.sql
    started=$(date +%s)
    sql_file 900 "$params" seed-sales.sql
    SEED_TIMES="${SEED_TIMES}quotes, contracts, gateway events $(($(date +%s) - started)) s; "
    started=$(date +%s)
    timeout 900 mariadb --defaults-file="$MY_CNF" -N -B -D "$DB" -e "ANALYZE TABLE users, clients, products, invoices,
        invoice_lines, payments, payment_allocations, interactions, quotes, contracts, gateway_events" >/dev/null
    SEED_TIMES="${SEED_TIMES}ANALYZE TABLE $(($(date +%s) - started)) s"
    SEED_SECONDS=$(( $(date +%s) - seed_started ))
    for t in clients invoices interactions contracts; do
        want=$(case $t in clients) echo "$CLIENTS" ;; invoices) echo "$INVOICES" ;; interactions) echo "$INTERACTIONS" ;; contracts) echo "$CONTRACTS" ;; esac)
        [ "$(count $t)" = "$want" ] || die "seeded $(count $t) $t instead of $want"
    done
    say "seeded in $SEED_SECONDS s ($SEED_TIMES)"
    {
        echo "seconds to seed: $SEED_SECONDS ($SEED_TIMES); invoices.paid_on filled: $PAID_ON"
        for t in users clients products invoices invoice_lines payments payment_allocations interactions quotes contracts gateway_events credit_notes; do
            echo "$t: $(count $t)"
        done
        echo "clients per owner (owner: clients):"
        db_bench -e "SELECT COALESCE(u.username, '(none)'), COUNT(*) FROM clients c LEFT JOIN users u ON u.id = c.owner_id GROUP BY 1 ORDER BY 1" | tr '\t' ' ' | paste -sd';' -
        echo "clients per currency: $(db_bench -e "SELECT GROUP_CONCAT(CONCAT(currency, ' ', n) SEPARATOR ', ') FROM (SELECT currency, COUNT(*) n FROM clients GROUP BY currency) x")"
        echo "invoices by status (status, invoices, sum of totals):"
        db_bench -e "SELECT status, COUNT(*), ROUND(SUM(total)) FROM invoices GROUP BY status ORDER BY 2 DESC"
        echo "invoices by currency: $(db_bench -e "SELECT GROUP_CONCAT(CONCAT(currency, ' ', n) SEPARATOR ', ') FROM (SELECT currency, COUNT(*) n FROM invoices GROUP BY currency) x")"
        echo "invoices issued: $(db_bench -e "SELECT CONCAT(MIN(issue_date), ' .. ', MAX(issue_date)) FROM invoices")"
        echo "invoice lines per invoice: $(db_bench -e "SELECT GROUP_CONCAT(CONCAT(k, ' lines: ', n) SEPARATOR ', ') FROM (SELECT k, COUNT(*) n FROM (SELECT COUNT(*) k FROM invoice_lines GROUP BY invoice_id) x GROUP BY k) y"); lines without product: $(db_bench -e "SELECT COUNT(*) FROM invoice_lines WHERE product_id IS NULL"); products used: $(db_bench -e "SELECT COUNT(DISTINCT product_id) FROM invoice_lines")"
        echo "payments by kind, status, method (kind, status, method, payments, sum):"
        db_bench -e "SELECT kind, status, method, COUNT(*), ROUND(SUM(amount)) FROM payments GROUP BY 1, 2, 3"
        echo "payments received: $(db_bench -e "SELECT CONCAT(MIN(received_on), ' .. ', MAX(received_on)) FROM payments")"
        echo "interactions by channel and status: $(db_bench -e "SELECT GROUP_CONCAT(CONCAT(channel, '/', status, ' ', n) SEPARATOR ', ') FROM (SELECT channel, status, COUNT(*) n FROM interactions GROUP BY 1, 2) x")"
        echo "quotes by status: $(db_bench -e "SELECT GROUP_CONCAT(CONCAT(status, ' ', n) SEPARATOR ', ') FROM (SELECT status, COUNT(*) n FROM quotes GROUP BY status) x")"
        echo "contracts by status: $(db_bench -e "SELECT GROUP_CONCAT(CONCAT(status, ' ', n) SEPARATOR ', ') FROM (SELECT status, COUNT(*) n FROM contracts GROUP BY status) x")"
        echo "gateway events by gateway and status: $(db_bench -e "SELECT GROUP_CONCAT(CONCAT(gateway, '/', status, ' ', n) SEPARATOR ', ') FROM (SELECT gateway, status, COUNT(*) n FROM gateway_events GROUP BY 1, 2) x")"
        echo "sizes (table, MB data, MB indexes):"
        db_root -e "SELECT table_name, ROUND(data_length / 1048576), ROUND(index_length / 1048576) FROM information_schema.tables WHERE table_schema = '$DB' AND table_name IN ('clients', 'invoices', 'invoice_lines', 'payments', 'payment_allocations', 'interactions', 'quotes', 'contracts', 'gateway_events') ORDER BY 1"
    } > "$OUT/data.txt"
}
