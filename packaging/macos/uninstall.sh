#!/bin/sh
# Removes Escrow Bootstrap from a Mac, as root.
#
#   By hand:               sudo uninstall.sh [--all]
#   As a Jamf Pro script:  Jamf passes $1 (the target volume, "/"), $2 (computer name), $3 (user name); put the
#                          options in parameter 4 ($4), e.g. --all. Label it "Options (--all)".
#
# First takes back admin rights an interrupted escrow may have left (undo-elevation), then removes the app, its
# boot-time LaunchDaemon, the /usr/local/bin/escrow-bootstrap link and the package receipt. Keeps what an admin or a
# run made: escrow-config.json, the run folder and the log (/var/log/escrow-bootstrap.log by default); --all removes
# the whole /Library/Application Support/EscrowBootstrap folder as well (the log stays).
set -eu

root=""
options=""
if [ $# -ge 3 ] && [ "${1#/}" != "$1" ]; then
    # Jamf's layout: $1 is a volume's mount point (an absolute path), $4 holds our options.
    root=${1%/}
    options=${4:-}
else
    options="$*"
fi
all=false
for option in $options; do
    case $option in
    --all | all) all=true ;;
    *)
        echo "uninstall: unknown option '$option' (the one option is --all)" >&2
        exit 64
        ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    echo "uninstall: run as root" >&2
    exit 1
fi

folder_path="/Library/Application Support/EscrowBootstrap"
app_path="$folder_path/escrow-bootstrap.app"
folder="$root$folder_path"
app="$root$app_path"
launcher="$app/Contents/MacOS/escrow-bootstrap"
link="$root/usr/local/bin/escrow-bootstrap"
daemon="$root/Library/LaunchDaemons/org.escrowbootstrap.undo-elevation.plist"
launchctl="$root/bin/launchctl"
pkgutil="$root/usr/sbin/pkgutil"

# Without the app, nothing would ever take back a temporary admin right an interrupted escrow left behind.
if [ -x "$launcher" ]; then
    if [ -n "$root" ]; then
        "$launcher" undo-elevation --sysroot "$root" || echo "uninstall: undo-elevation failed (see the log)" >&2
    else
        "$launcher" undo-elevation || echo "uninstall: undo-elevation failed (see the log)" >&2
    fi
fi
if [ -f "$daemon" ]; then
    if [ -x "$launchctl" ]; then
        "$launchctl" bootout system "$daemon" >/dev/null 2>&1 || true # it runs once at boot; usually not loaded
    fi
    rm -f "$daemon"
    echo "uninstall: removed $daemon"
fi
# Only our own link: a command of the same name that someone else put there stays.
if [ -L "$link" ]; then
    case $(readlink "$link") in
    "$app_path"/*)
        rm -f "$link"
        echo "uninstall: removed $link"
        ;;
    esac
fi
if [ -d "$app" ]; then
    rm -rf "$app"
    echo "uninstall: removed $app"
fi
if [ "$all" = true ] && [ -d "$folder" ]; then
    rm -rf "$folder"
    echo "uninstall: removed $folder"
fi
if [ -x "$pkgutil" ] && "$pkgutil" --pkg-info org.escrowbootstrap.pkg >/dev/null 2>&1; then
    "$pkgutil" --forget org.escrowbootstrap.pkg >/dev/null
    echo "uninstall: forgot the package receipt org.escrowbootstrap.pkg"
fi
exit 0
