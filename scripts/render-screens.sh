#!/bin/sh
# Renders every screen of every preview scenario to assets/escrow/SCENARIO/NN-kind.png (no display needed), one
# scenario in German and Japanese to assets/languages/LANG/, the
# deployment guide's pictures (assets/deploy-*.png, with the example config) and the dialog-mode showcase screens
# (assets/screen-*.png), for the README. Run from anywhere after `mvn package`.
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
# The same escrow in other languages (the README shows German and Japanese beside English).
rm -rf assets/languages
for language in de ja; do
    java -jar "$jar" preview --scenario wrong-password-first --language "$language" \
        --screenshots "assets/languages/$language" >/dev/null
done
# The deployment guide's pictures: the example config's branding.
deploy=$(mktemp -d)
java -jar "$jar" preview --scenario wrong-password-first --config docs/escrow-config.example.json \
    --screenshots "$deploy/wrong" >/dev/null
java -jar "$jar" preview --scenario not-supported --config docs/escrow-config.example.json \
    --screenshots "$deploy/unsupported" >/dev/null || true
cp "$deploy/wrong/01-password.png" assets/deploy-password.png
cp "$deploy/wrong/02-password.png" assets/deploy-wrong-password.png
cp "$deploy/wrong/04-result.png" assets/deploy-escrowed.png
cp "$deploy/unsupported/01-result.png" assets/deploy-not-supported.png
rm -rf "$deploy"

# The live example's picture: docs/examples/live-list.sh half way, drawn from the same command-file lines.
live=$(mktemp)
cat >"$live" <<'LINES'
listitem: title: Rosetta, status: success, statustext: Installed
progress: 1
listitem: title: Google Chrome, status: success, statustext: Installed
progress: 2
listitem: title: Microsoft Teams, status: wait, statustext: Installing…
progresstext: Installing Microsoft Teams
listitem: Zoom: pending
listitem: Company Portal: pending
LINES
java -jar "$jar" dialog --title "Setting up your Mac" --icon "SF=laptopcomputer" \
    --message "Please wait while a few apps are installed. You can keep working meanwhile." \
    --listitem "Rosetta" --listitem "Google Chrome" --listitem "Microsoft Teams" \
    --listitem "Zoom" --listitem "Company Portal" \
    --progress 5 --progresstext "Starting…" --height 470 --appearance light \
    --button1text "Done" --button1disabled --commandfile "$live" --screenshot assets/live-list.png
rm -f "$live"

mvn -q -B test -Dtest=ReadmeScreensTest -Dreadme.assets=assets -Dspotless.check.skip=true
find assets -name '*.png' | sort
