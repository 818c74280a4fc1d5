#!/bin/sh
# Removes Escrow Bootstrap from a Mac (run as root, e.g. as a Jamf policy script).
#
# Removes the app, its boot-time LaunchDaemon, the /usr/local/bin/escrow-bootstrap link and the package receipt. Keeps what an admin or a run
# made: escrow-config.json, the run folder and the log (/var/log/escrow-bootstrap.log by default); pass --all to
# remove the whole /Library/Application Support/EscrowBootstrap folder as well (the log stays).
set -eu

folder="/Library/Application Support/EscrowBootstrap"
app="$folder/escrow-bootstrap.app"
link=/usr/local/bin/escrow-bootstrap
daemon=/Library/LaunchDaemons/org.escrowbootstrap.undo-elevation.plist

if [ "$(id -u)" -ne 0 ]; then
    echo "uninstall: run as root" >&2
    exit 1
fi

# Only our own link: a command of the same name that someone else put there stays.
if [ -L "$link" ]; then
    case $(readlink "$link") in
    "$app"/*)
        rm -f "$link"
        echo "uninstall: removed $link"
        ;;
    esac
fi
if [ -f "$daemon" ]; then
    launchctl bootout system "$daemon" >/dev/null 2>&1 || true # it runs once at boot; usually not loaded now
    rm -f "$daemon"
    echo "uninstall: removed $daemon"
fi
if [ -d "$app" ]; then
    rm -rf "$app"
    echo "uninstall: removed $app"
fi
if [ "${1:-}" = --all ] && [ -d "$folder" ]; then
    rm -rf "$folder"
    echo "uninstall: removed $folder"
fi
if pkgutil --pkg-info org.escrowbootstrap.pkg >/dev/null 2>&1; then
    pkgutil --forget org.escrowbootstrap.pkg >/dev/null
    echo "uninstall: forgot the package receipt org.escrowbootstrap.pkg"
fi
exit 0
