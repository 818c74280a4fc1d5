#!/usr/bin/env bash
# Screen-switch benchmark: how long the escrow's window takes to replace one screen with the next until painted.
#
#     bench/screen-switch.sh [ROUNDS] [JAR]
#
# Runs src/test/java/org/escrowbootstrap/cli/ScreenSwitchBench.java (the real escrow workflow on the simulated Mac,
# the real Swing presenter and window, every screen answered at once) on $DISPLAY, or on a private Xvfb when none is
# set, and prints per kind of step the first (cold) time and the median, 90th percentile and extremes of the rest.
# JAR: run the benchmark against another build's target/escrow-bootstrap.jar (e.g. an older commit's) instead of
# this tree's classes, to compare the two side by side.
# Needs a JDK 17 and Maven (it compiles the tests), and Xvfb when DISPLAY is unset. Writes only under target/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
rounds=${1:-15}
other_jar=${2:-}
die() {
    printf 'screen-switch: %s\n' "$*" >&2
    exit 1
}
case $rounds in '' | *[!0-9]*) die "ROUNDS wants a whole number, not '$rounds'" ;; esac

mvn -q -B -f "$project/pom.xml" test-compile dependency:build-classpath \
    -Dmdep.outputFile="$project/target/bench/test.classpath" -Dmdep.includeScope=test >&2
classpath="$project/target/test-classes:$project/target/classes:$(cat "$project/target/bench/test.classpath")"
if [ -n "$other_jar" ]; then
    [ -f "$other_jar" ] || die "no jar at $other_jar"
    # The shaded jar carries its own dependencies; the benchmark's class comes from this tree's tests.
    classpath="$project/target/test-classes:$other_jar"
fi

# shellcheck source=bench/private-display.sh
. "$here/private-display.sh"
trap '[ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true' EXIT
private_display "$project/target/bench/switch-display" || die "no display"
echo "# $(java -version 2>&1 | head -1); display $DISPLAY; load $(cut -d' ' -f1-3 /proc/loadavg); ${other_jar:-this tree}"
java -cp "$classpath" org.escrowbootstrap.cli.ScreenSwitchBench "$rounds"
