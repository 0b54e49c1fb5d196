#!/usr/bin/env bash
# bench/klartext.sh [JMH OPTIONS] — JMH benchmark of the built-in Klartext pipeline (KlartextBenchmark):
# anonymise → understand → explain → put back → readability, latency percentiles for the longest
# letter of the corpora and the mean over all 55 letters, one thread.
exec "$(dirname "${BASH_SOURCE[0]}")/jmh.sh" 'de.kommunale2030.plattform.klartext.bench.KlartextBenchmark' "$@"
