#!/usr/bin/env bash
# bench/jmh.sh BENCHMARK-CLASS [JMH OPTIONS] — runs one JMH benchmark of the test sources.
# Compiles the tests (JMH generates its harness then) and runs JMH with the test class path.
# Extra arguments go to JMH, e.g. -wi 2 -i 3 for a quick run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
benchmark="$1"
shift
./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
    "$benchmark" "$@"
