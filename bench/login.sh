#!/usr/bin/env bash
# Benchmarks the release build of `utbyte` on SQLite, on this machine, against 127.0.0.1 only:
#   - time from start to ready (median of 5 fresh starts, migrations included)
#   - idle RSS
#   - the time of one password check (argon2id, one core: `utbyte hash-time`), measured in
#     the same run; login throughput with 1 and 8 connections against cores / that time
#   - /health/live p99 idle and while 8 connections hammer login (the load generator at the
#     same priority as the server)
# Prints a summary block (for the README) and one `BENCH key=value` line per figure.
#
# Knobs (environment): UTBYTE_BIN=/path/to/utbyte measures that binary (nothing is built);
# otherwise the release build of this checkout is built and measured. BENCH_KEEP=1 keeps the
# temp dir (logs, databases) for inspection.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
cd "$REPO_ROOT"

BIN="${UTBYTE_BIN:-${CARGO_TARGET_DIR:-$REPO_ROOT/target}/release/utbyte}"
LUA="$SCRIPT_DIR/login.lua"
EMAIL="bench-admin@example.se"
PASSWORD="Nordic-exchange-summer-2026"
RATE_LIMIT=100000000
CORES="$(nproc)"

STARTS=5
READY_TIMEOUT_S=30
IDLE_SECS=3
LOGIN1_SECS=10
LOGIN8_SECS=20
LIVE_SECS=10
LOAD_SECS=20

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- cleanup
WORK_ROOT="$(mktemp -d -t utbyte-bench.XXXXXX)"
PIDS=()
cleanup() {
    local rc=$?
    for pid in "${PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
        fi
    done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
        log "kept $WORK_ROOT"
    else
        rm -rf "$WORK_ROOT"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

forget_pid() {
    local gone="$1" kept=() pid
    for pid in "${PIDS[@]}"; do
        [[ "$pid" == "$gone" ]] || kept+=("$pid")
    done
    PIDS=("${kept[@]+"${kept[@]}"}")
}

# ---------------------------------------------------------------- helpers
pick_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! ss -Htln "sport = :$port" | grep -q .; then
            echo "$port"
            return 0
        fi
    done
    die "no free port found"
}

# start_server DIR PORT: starts `utbyte serve` in DIR; sets SERVER_PID.
start_server() {
    local dir="$1" port="$2"
    (
        cd "$dir"
        exec env \
            APP_BIND="127.0.0.1:$port" \
            APP_LOGIN_RATE_LIMIT__PER_ACCOUNT="$RATE_LIMIT" \
            APP_LOGIN_RATE_LIMIT__PER_ADDRESS="$RATE_LIMIT" \
            "$BIN" serve >"$dir/server.log" 2>&1
    ) &
    SERVER_PID=$!
    PIDS+=("$SERVER_PID")
}

stop_server() {
    local pid="$1"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    forget_pid "$pid"
}

# wait_ready PORT PID DIR: polls /health/ready every 5 ms; prints ns from now until 200.
wait_ready_since() {
    local t0="$1" port="$2" pid="$3" dir="$4" code deadline
    deadline=$((t0 + READY_TIMEOUT_S * 1000000000))
    while :; do
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/health/ready" || true)"
        if [[ "$code" == 200 ]]; then
            echo $(($(date +%s%N) - t0))
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 30 "$dir/server.log" >&2 || true
            die "server exited before it was ready"
        fi
        if (($(date +%s%N) > deadline)); then
            tail -n 30 "$dir/server.log" >&2 || true
            die "server not ready within ${READY_TIMEOUT_S}s (last code $code)"
        fi
        sleep 0.005
    done
}

# p99_ms FILE: the 99% line of `wrk --latency`, in milliseconds.
p99_ms() {
    awk '$1 == "99%" {
            v = $2; u = v; sub(/[0-9.]+/, "", u); n = v + 0;
            if (u == "us") n = n / 1000; else if (u == "ms") n = n; else if (u == "s") n = n * 1000;
            else if (u == "m") n = n * 60000; else { print "unit?" u > "/dev/stderr"; exit 1 }
            printf "%.3f\n", n; found = 1; exit
         }
         END { if (!found) exit 1 }' "$1" || die "no 99% line in $1"
}

rps() {
    awk '$1 == "Requests/sec:" { print $2; found = 1 } END { if (!found) exit 1 }' "$1" \
        || die "no Requests/sec in $1"
}

# check_wrk FILE LABEL [login]: fails on socket errors / non-2xx / GraphQL errors.
check_wrk() {
    local file="$1" label="$2" kind="${3:-}" problems=""
    if grep -q 'Socket errors' "$file"; then problems+="$(grep 'Socket errors' "$file"); "; fi
    if grep -q 'Non-2xx' "$file"; then problems+="$(grep 'Non-2xx' "$file"); "; fi
    if [[ "$kind" == login ]]; then
        local ok bad
        ok="$(awk '$1 == "LOGIN_OK" { print $2 }' "$file")"
        bad="$(awk '$1 == "LOGIN_BAD" { print $2 }' "$file")"
        [[ -n "$ok" ]] || problems+="no LOGIN_OK line; "
        if [[ -n "$bad" && "$bad" != 0 ]]; then
            problems+="$bad login answers without a token ($(grep '^LOGIN_BAD_SAMPLE' "$file" | cut -c18- | head -c 400)); "
        fi
        [[ "${ok:-0}" -gt 0 ]] || problems+="no successful login; "
    fi
    if [[ -n "$problems" ]]; then
        cat "$file" >&2
        die "$label: $problems"
    fi
}

# ---------------------------------------------------------------- 1. tools and build
if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk"
    SUDO=""
    if [[ "$(id -u)" != 0 ]]; then SUDO="sudo"; fi
    if ! $SUDO apt-get install -y wrk >/dev/null 2>&1; then
        $SUDO apt-get update >/dev/null
        $SUDO apt-get install -y wrk >/dev/null
    fi
fi
command -v curl >/dev/null || die "curl is needed"
command -v ss >/dev/null || die "ss (iproute2) is needed"

if [[ -z "${UTBYTE_BIN:-}" ]]; then
    log "building release binary"
    cargo build --release -p utbyte-api >&2
fi
[[ -x "$BIN" ]] || die "no $BIN to measure"
log "measuring $BIN"

# ---------------------------------------------------------------- one password check
HASH_OUT="$("$BIN" hash-time --count 20)" || die "hash-time failed: $HASH_OUT"
HASH_MS="$(printf '%s\n' "$HASH_OUT" | grep -o '[0-9.]* ms' | head -n1 | cut -d' ' -f1)"
[[ -n "$HASH_MS" ]] || die "no time in: $HASH_OUT"
log "one password check: $HASH_MS ms"

# ---------------------------------------------------------------- 2. start to ready
READY_MS=()
for i in $(seq 1 "$STARTS"); do
    dir="$WORK_ROOT/start-$i"
    mkdir -p "$dir"
    port="$(pick_port)"
    t0="$(date +%s%N)"
    start_server "$dir" "$port"
    ns="$(wait_ready_since "$t0" "$port" "$SERVER_PID" "$dir")"
    ms="$(awk -v ns="$ns" 'BEGIN { printf "%.1f", ns / 1e6 }')"
    self="$(sed 's/\x1b\[[0-9;]*m//g' "$dir/server.log" | grep -o 'ready_in_ms=[0-9]*' | head -n1 | cut -d= -f2 || true)"
    log "start $i: ready after $ms ms (server's own ready_in_ms=${self:-?})"
    READY_MS+=("$ms")
    stop_server "$SERVER_PID"
done
READY_MEDIAN="$(printf '%s\n' "${READY_MS[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"

# ---------------------------------------------------------------- the long-running server
dir="$WORK_ROOT/main"
mkdir -p "$dir"
port="$(pick_port)"
log "creating the admin account"
(
    cd "$dir"
    printf '%s\n' "$PASSWORD" | env APP_BIND="127.0.0.1:$port" "$BIN" create-admin \
        --email "$EMAIL" --name "Bench Admin" >"$dir/create-admin.log" 2>&1
) || { cat "$dir/create-admin.log" >&2; die "create-admin failed"; }

t0="$(date +%s%N)"
start_server "$dir" "$port"
MAIN_PID="$SERVER_PID"
wait_ready_since "$t0" "$port" "$MAIN_PID" "$dir" >/dev/null
BASE="http://127.0.0.1:$port"

# ---------------------------------------------------------------- 3. idle RSS
sleep "$IDLE_SECS"
RSS_KB="$(awk '$1 == "VmRSS:" { print $2 }' "/proc/$MAIN_PID/status")"
RSS_MIB="$(awk -v kb="$RSS_KB" 'BEGIN { printf "%.1f", kb / 1024 }')"
log "idle RSS after ${IDLE_SECS}s: $RSS_MIB MiB"

# ---------------------------------------------------------------- sanity: one login
answer="$(curl -s --max-time 10 -H 'Content-Type: application/json' \
    --data "{\"query\":\"mutation { login(email: \\\"$EMAIL\\\", password: \\\"$PASSWORD\\\") { token } }\"}" \
    "$BASE/graphql" || true)"
if [[ "$answer" != *'"token"'* || "$answer" == *'"errors"'* ]]; then
    tail -n 30 "$dir/server.log" >&2 || true
    die "a single login did not return a token: $answer"
fi

export BENCH_EMAIL="$EMAIL" BENCH_PASSWORD="$PASSWORD"

# ---------------------------------------------------------------- 4. login throughput
log "login, 1 connection, ${LOGIN1_SECS}s"
wrk -t1 -c1 -d"${LOGIN1_SECS}s" --timeout 10s --latency -s "$LUA" "$BASE/graphql" >"$WORK_ROOT/login1.txt"
check_wrk "$WORK_ROOT/login1.txt" "login with 1 connection" login
LOGIN1_RPS="$(rps "$WORK_ROOT/login1.txt")"

log "login, 8 connections, ${LOGIN8_SECS}s"
wrk -t2 -c8 -d"${LOGIN8_SECS}s" --timeout 10s --latency -s "$LUA" "$BASE/graphql" >"$WORK_ROOT/login8.txt"
check_wrk "$WORK_ROOT/login8.txt" "login with 8 connections" login
LOGIN8_RPS="$(rps "$WORK_ROOT/login8.txt")"

LIMIT_RPS="$(awk -v c="$CORES" -v ms="$HASH_MS" 'BEGIN { printf "%.2f", c * 1000 / ms }')"
LOGIN_RATIO="$(awk -v a="$LOGIN8_RPS" -v l="$LIMIT_RPS" 'BEGIN { printf "%.2f", a / l }')"

# ---------------------------------------------------------------- 5. /health/live latency
log "/health/live idle, ${LIVE_SECS}s"
wrk -t1 -c1 -d"${LIVE_SECS}s" --timeout 5s --latency "$BASE/health/live" >"$WORK_ROOT/live-idle.txt"
check_wrk "$WORK_ROOT/live-idle.txt" "/health/live idle"
LIVE_IDLE_P99="$(p99_ms "$WORK_ROOT/live-idle.txt")"

log "/health/live under login load (8 connections, ${LOAD_SECS}s)"
# The load generator runs at the server's priority: a flood competes for the same cores.
wrk -t2 -c8 -d"${LOAD_SECS}s" --timeout 10s --latency -s "$LUA" "$BASE/graphql" >"$WORK_ROOT/load.txt" &
LOAD_PID=$!
PIDS+=("$LOAD_PID")
sleep 2
wrk -t1 -c1 -d"${LIVE_SECS}s" --timeout 5s --latency "$BASE/health/live" >"$WORK_ROOT/live-load.txt"
wait "$LOAD_PID" || die "background login load failed"
forget_pid "$LOAD_PID"
check_wrk "$WORK_ROOT/live-load.txt" "/health/live under load"
check_wrk "$WORK_ROOT/load.txt" "background login load" login
LIVE_LOAD_P99="$(p99_ms "$WORK_ROOT/live-load.txt")"
LOAD_RPS="$(rps "$WORK_ROOT/load.txt")"
LIVE_RATIO="$(awk -v a="$LIVE_LOAD_P99" -v b="$LIVE_IDLE_P99" 'BEGIN { printf "%.2f", a / b }')"

kill -0 "$MAIN_PID" 2>/dev/null || die "the server died during the benchmark"
RSS_AFTER_MIB="$(awk '$1 == "VmRSS:" { printf "%.1f", $2 / 1024 }' "/proc/$MAIN_PID/status")"
THREADS_AFTER="$(awk '$1 == "Threads:" { print $2 }' "/proc/$MAIN_PID/status")"
stop_server "$MAIN_PID"

# ---------------------------------------------------------------- results
fmt0() { awk -v x="$1" 'BEGIN { printf "%.0f", x }'; }
fmt1() { awk -v x="$1" 'BEGIN { printf "%.1f", x }'; }
fmt2() { awk -v x="$1" 'BEGIN { printf "%.2f", x }'; }

echo
echo "Utbyte login benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $CORES cores, $(uname -m), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo '+dirty')"
echo "start-to-ready runs (ms): ${READY_MS[*]}"
echo "login under /health/live probe: $(fmt1 "$LOAD_RPS") req/s; RSS after the runs: $RSS_AFTER_MIB MiB ($THREADS_AFTER threads)"
echo
echo "start to ready (SQLite, median of $STARTS): $(fmt0 "$READY_MEDIAN") ms   (goal <= 1000)"
echo "idle RSS: $(fmt1 "$RSS_MIB") MiB                                (goal <= 40)"
echo "one password check: $(fmt2 "$HASH_MS") ms -> limit (cores / that): $(fmt1 "$LIMIT_RPS") req/s"
echo "single-connection login rate: $(fmt1 "$LOGIN1_RPS") req/s"
echo "8-connection login rate: $(fmt1 "$LOGIN8_RPS") req/s  -> ratio to limit: $LOGIN_RATIO  (goal >= 0.8)"
echo "/health/live p99 idle: $(fmt2 "$LIVE_IDLE_P99") ms, under login load: $(fmt2 "$LIVE_LOAD_P99") ms -> ratio $LIVE_RATIO (goal <= 3)"
echo
echo "BENCH start_to_ready_median_ms=$READY_MEDIAN"
echo "BENCH idle_rss_mib=$RSS_MIB"
echo "BENCH rss_after_load_mib=$RSS_AFTER_MIB"
echo "BENCH cores=$CORES"
echo "BENCH hash_ms=$HASH_MS"
echo "BENCH login_1conn_rps=$LOGIN1_RPS"
echo "BENCH login_limit_rps=$LIMIT_RPS"
echo "BENCH login_8conn_rps=$LOGIN8_RPS"
echo "BENCH login_ratio=$LOGIN_RATIO"
echo "BENCH live_p99_idle_ms=$LIVE_IDLE_P99"
echo "BENCH live_p99_load_ms=$LIVE_LOAD_P99"
echo "BENCH live_p99_ratio=$LIVE_RATIO"
echo "BENCH login_8conn_rps_during_probe=$LOAD_RPS"
