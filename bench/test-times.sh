#!/usr/bin/env bash
# How long the README's test command takes, phase by phase: runs `mvn -B verify` (offline when OFFLINE=1) with
# Maven's log lines timed, then prints the wall time of each test phase and the whole run.
#   bash bench/test-times.sh            # then add the lines to bench/test-times.md
#   EXTRA="-Dgongkai.testTmp=/tmp" bash bench/test-times.sh    # fixture sites on disk instead of /dev/shm
set -euo pipefail
cd "$(dirname "$0")/.."
LOG=${LOG:-target/test-times.log}
mkdir -p "$(dirname "$LOG")"
OPTS=(-B verify -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss)
[ "${OFFLINE:-0}" = 1 ] && OPTS+=(-o)
# shellcheck disable=SC2206
[ -n "${EXTRA:-}" ] && OPTS+=($EXTRA)
/usr/bin/time -f "%e %U %S" -o target/test-times.rusage mvn "${OPTS[@]}" > "$LOG" 2>&1 || { echo "mvn verify failed: $LOG"; exit 1; }
read -r wall user sys < target/test-times.rusage
# A phase runs from its "--- plugin:goal" line to the next such line (or the BUILD line).
awk '
  function secs(t,  a) { split(t, a, ":"); return a[1] * 3600 + a[2] * 60 + a[3] }
  / --- / && match($0, /--- [a-z-]+:[^ ]+ \([^)]*\) @ [a-z-]+/) {
    if (name != "") { d[name] += secs($1) - secs(at) }
    split(substr($0, RSTART + 4, RLENGTH - 4), p, " ")
    goal = p[1]; sub(/:[0-9.]+:/, ":", goal); name = p[4] " " goal; at = $1
    if (!(name in d)) { order[++n] = name }
  }
  /BUILD (SUCCESS|FAILURE)/ && name != "" { d[name] += secs($1) - secs(at); name = "" }
  END { for (i = 1; i <= n; i++) if (order[i] ~ /(surefire|failsafe|invoker)-plugin:(test|integration-test)$/ || d[order[i]] >= 5) printf "%-62s %4d s\n", order[i], d[order[i]] }
' "$LOG"
printf 'mvn -B verify: %.0f s wall, %.0f s user, %.0f s system (%s)\n' "$wall" "$user" "$sys" "$(nproc) cores"
