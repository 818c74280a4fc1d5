#!/usr/bin/env bash
# Live-update benchmark: how fast a line appended to the command file is on screen, and whether a flood stalls.
#
#     bench/live.sh [SAMPLES] [FLOOD]
#
# Runs src/test/java/org/escrowbootstrap/cli/CommandFileBench.java (the real follower, parser, Swing presenter and
# window) on $DISPLAY, or on a private Xvfb when none is set: SAMPLES single lines (default 200) timed from the
# append until painted, then FLOOD pairs of progress:/progresstext: lines (default 20,000) and quit:.
# Needs a JDK 17 and Maven (it builds the jar and compiles the tests), and Xvfb when DISPLAY is unset. Writes only under target/ and a
# temporary folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
samples=${1:-200}
flood=${2:-20000}
die() {
    printf 'live: %s\n' "$*" >&2
    exit 1
}
case $samples$flood in *[!0-9]*) die "SAMPLES and FLOOD want whole numbers" ;; esac

# The shaded jar carries the dependencies; the benchmark uses none of the test libraries.
mvn -q -B -f "$project/pom.xml" package -DskipTests >&2
mvn -q -B -f "$project/pom.xml" test-compile -Dspotless.check.skip=true >&2
classpath="$project/target/test-classes:$project/target/classes:$project/target/escrow-bootstrap.jar"

# shellcheck source=bench/private-display.sh
. "$here/private-display.sh"
trap '[ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true' EXIT
private_display "$project/target/bench/live-display" || die "no display"
echo "# $(java -version 2>&1 | head -1); display $DISPLAY; load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -cp "$classpath" org.escrowbootstrap.cli.CommandFileBench "$samples" "$flood"
