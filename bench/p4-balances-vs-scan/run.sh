#!/usr/bin/env bash
# P4: a trial balance as of a random date, read the way the application reads it (maintained daily
# balances, JournalLedger.trialBalance) and recomputed from every journal line (trialBalanceFromJournal),
# side by side in one run, over a 1,000,000-line ledger. Prints both rates and their ratio.
# Needs the fund database (bash .ci/run creates it; the application's migrations must have run once).
set -euo pipefail
cd "$(dirname "$0")"
export PGPASSWORD="${FUND_DB_PASSWORD:-fund}" PGOPTIONS="-c client_min_messages=warning"
CONN=(-h "${FUND_DB_HOST:-127.0.0.1}" -p "${FUND_DB_PORT:-5432}" -U "${FUND_DB_USER:-fund}" "${FUND_DB_NAME:-fund}")
SECONDS_EACH="${SECONDS_EACH:-15}"

echo "setting up 1,000,000 journal lines in schema bench_p4 ..."
psql -q -v ON_ERROR_STOP=1 "${CONN[@]}" -f setup.sql
psql -At "${CONN[@]}" -c "SELECT 'journal lines: ' || count(*) FROM bench_p4.journal_line" \
                      -c "SELECT 'daily balance rows: ' || count(*) FROM bench_p4.ledger_daily_balance"

tps() { pgbench -n -c 2 -j 2 -T "$SECONDS_EACH" -f "$1" "${CONN[@]}" 2>/dev/null | awk '/^tps/ {print $3}'; }
balances=$(tps from-balances.sql)
journal=$(tps from-journal.sql)
echo "trial balance from maintained balances: $balances per second"
echo "trial balance from a full journal scan: $journal per second"
awk -v b="$balances" -v j="$journal" 'BEGIN { printf "ratio (balances / scan): %.0fx (P4 goal: >= 50x)\n", b / j }'
psql -q "${CONN[@]}" -c "DROP SCHEMA bench_p4 CASCADE"
