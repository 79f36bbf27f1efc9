#!/usr/bin/env bash
# The read benchmark, on SQLite and then on a throw-away PostgreSQL server, in one go:
#   bash bench/read.sh
# The GraphQL list of open exchanges against a plain axum handler running the same statements
# and writing the same bytes, at 100, 1 000 and 10 000 exchanges (tests/benches/read_path.rs
# says what is measured and how). Release build (cargo's bench profile). Prints each run's
# lines and, at the end, the summary of both; exits non-zero when an answer is wrong, never
# because of a timing.
#
# PostgreSQL is found or installed and started as CI does it (.ci/run's helpers). Set
# TEST_DATABASE_URL to use a server of your own instead, or READ_BENCH_SQLITE_ONLY=1 to skip it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

run() { # run LABEL [env...]
    local label="$1"
    shift
    echo "==> read path on $label" >&2
    env "$@" cargo bench -q -p utbyte-tests --bench read_path 2>&1 | tee "$OUT/$label.txt"
}

OUT="$(mktemp -d -t utbyte-read-bench.XXXXXX)"
echo "==> building (release)" >&2
cargo bench -q -p utbyte-tests --bench read_path --no-run

# The SQLite run must really be SQLite.
SERVER_URL="${TEST_DATABASE_URL:-}"
unset TEST_DATABASE_URL
run sqlite

if [[ "${READ_BENCH_SQLITE_ONLY:-0}" != 1 ]]; then
    if [[ -z "$SERVER_URL" ]]; then
        UTBYTE_CI_SOURCE_ONLY=1 source .ci/run
        trap pg_stop EXIT
        pg_start >&2
        SERVER_URL="postgres://postgres@127.0.0.1:${PG_PORT}/postgres"
    fi
    run postgresql TEST_DATABASE_URL="$SERVER_URL"
fi

echo
echo "==> summary"
grep -h -E '^(SQLite|PostgreSQL) +[0-9]+ exchanges' "$OUT"/*.txt
grep -h '^goals:' "$OUT/sqlite.txt"
rm -rf "$OUT"
