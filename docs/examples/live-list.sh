#!/bin/sh
# A live dialog as onboarding scripts drive swiftDialog: a list of apps walked through their statuses, a progress
# bar, and button 1 enabled at the end. Runs unchanged with swiftDialog (DIALOG=/usr/local/bin/dialog).
#
#     DIALOG="java -jar target/escrow-bootstrap.jar dialog" docs/examples/live-list.sh
set -eu
dialog=${DIALOG:-"java -jar target/escrow-bootstrap.jar dialog"}
commands=$(mktemp "${TMPDIR:-/tmp}/live-list.XXXXXX") # our own file: /var/tmp/dialog.log is shared by every dialog
trap 'rm -f "$commands"' EXIT
send() { echo "$*" >>"$commands"; }

# shellcheck disable=SC2086 # $dialog is a command with its arguments
$dialog --title "Setting up your Mac" --icon "SF=laptopcomputer" \
    --message "Please wait while a few apps are installed. You can keep working meanwhile." \
    --listitem "Rosetta" --listitem "Google Chrome" --listitem "Microsoft Teams" \
    --listitem "Zoom" --listitem "Company Portal" \
    --progress 5 --progresstext "Starting…" --height 470 \
    --button1text "Done" --button1disabled --commandfile "$commands" &
pid=$!
sleep 2 # lines written before the window is up are ignored, as swiftDialog ignores them

step=0
for app in "Rosetta" "Google Chrome" "Microsoft Teams" "Zoom" "Company Portal"; do
    step=$((step + 1))
    send "listitem: title: $app, status: wait, statustext: Installing…"
    send "progresstext: Installing $app"
    sleep 1 # the real work goes here
    if [ "$app" = "Zoom" ]; then
        send "listitem: $app: fail" # the old form works too
        send "listitem: title: $app, statustext: Try again later"
    else
        send "listitem: title: $app, status: success, statustext: Installed"
    fi
    send "progress: $step"
done
send "progresstext: All done"
send "message: + **Zoom** could not be installed; IT has been told."
send "button1: enable"
wait "$pid" # exit 0 when the user presses Done (or 5 if a line says quit:)
