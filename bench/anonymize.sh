#!/usr/bin/env bash
# bench/anonymize.sh [JMH OPTIONS] — JMH benchmark of the anonymiser (AnonymizerBenchmark): throughput
# over the 25 letters of the dev corpus and latency percentiles for the longest letter, one thread.
exec "$(dirname "${BASH_SOURCE[0]}")/jmh.sh" 'de.kommunale2030.plattform.anonymization.bench.AnonymizerBenchmark' "$@"
