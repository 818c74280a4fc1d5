#!/bin/sh
# Renders every screen of every preview scenario to assets/escrow/SCENARIO/NN-kind.png (no display needed), and the
# dialog-mode showcase screens to assets/screen-*.png, for the README. Run from anywhere after `mvn package`.
set -eu
cd "$(dirname "$0")/.."
jar=target/escrow-bootstrap.jar
if [ ! -f "$jar" ]; then
    echo "render-screens: $jar is missing; run 'mvn -q package -DskipTests' first" >&2
    exit 1
fi
rm -rf assets/escrow
for scenario in $(java -jar "$jar" preview --list | cut -d' ' -f1); do
    status=0
    java -jar "$jar" preview --scenario "$scenario" --screenshots "assets/escrow/$scenario" >/dev/null || status=$?
    # Each scenario ends with its workflow exit code (0-33); 64 and above mean the preview itself failed.
    if [ "$status" -ge 64 ]; then
        echo "render-screens: preview --scenario $scenario failed with exit $status" >&2
        exit 1
    fi
done
mvn -q -B test -Dtest=ReadmeScreensTest -Dreadme.assets=assets -Dspotless.check.skip=true
find assets -name '*.png' | sort
