#!/usr/bin/env bash
# Measures the time from launching `./k2030 serve` (jar and class cache already built) until
# https://localhost:PORT/actuator/health answers {"status":"UP"}: RUNS first starts on a fresh
# data directory (unpack PostgreSQL, initdb, migrations, certificate) and RUNS restarts on it.
# Usage: bench/startup.sh [RUNS]   Prints one line per run and the median of each kind.
# BENCH_PLAIN=1 measures `java -jar target/k2030.jar serve` instead: no extracted jar, no class cache.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
port="${BENCH_PORT:-18443}"
"$root/k2030" help >/dev/null            # builds the jar if needed, outside the measurement
java="${JAVA:-$(ls -d /usr/lib/jvm/temurin-2[5-9]*/bin/java /usr/lib/jvm/*-2[1-9]*/bin/java 2>/dev/null | head -1)}"
launch=("$root/k2030" serve)
[ -n "${BENCH_PLAIN:-}" ] && launch=("$java" -jar "$root/target/k2030.jar" serve)

measure() { # data-dir -> seconds until UP
    local dir="$1" start end pid
    start=$(date +%s.%N)
    K2030_DATA_DIR="$dir" K2030_PORT="$port" "${launch[@]}" >"$dir.log" 2>&1 &
    pid=$!
    until curl -sk --max-time 1 "https://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$pid" 2>/dev/null || { echo "serve died, see $dir.log" >&2; exit 1; }
        sleep 0.05
    done
    end=$(date +%s.%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
first=(); again=()
for i in $(seq "$runs"); do
    t=$(measure "$work/d$i"); first+=("$t"); echo "first start $i: ${t}s"
    t=$(measure "$work/d$i"); again+=("$t"); echo "restart     $i: ${t}s"
done
echo "median first start: $(printf '%s\n' "${first[@]}" | median)s"
echo "median restart:     $(printf '%s\n' "${again[@]}" | median)s"
