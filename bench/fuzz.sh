#!/usr/bin/env bash
# The content fuzz test at length: seeded mutations of real items through every stage of the engine.
#   bash bench/fuzz.sh [COUNT] [SEED]      (defaults: 20000 inputs, seed 20261201)
# Prints inputs per second and the count; failing inputs are kept in generator/core/target/fuzz-failures/.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-20000}
SEED=${2:-20261201}
(cd generator && mvn -B -q install -DskipTests -Dinvoker.skip >/dev/null)
(cd generator && mvn -B -pl core verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ContentFuzzTest -Dgongkai.fuzz.count="$COUNT" -Dgongkai.fuzz.seed="$SEED" | grep -E '^fuzz:|Tests run:|BUILD')
cat generator/core/target/fuzz-report.txt
