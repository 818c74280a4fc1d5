#!/bin/sh
# Escrow Bootstrap: a Jamf Pro extension attribute with this Mac's Bootstrap Token status.
#
# Jamf Pro: Settings > Computer management > Extension attributes > New. Display name e.g. "Bootstrap Token
# status", data type String, inventory display "Operating System", input type Script: paste this script.
#
# It stands alone: it asks /usr/bin/profiles itself, so it answers whether or not the app is installed, in a few
# milliseconds, and prints exactly one line, one of:
#   <result>Escrowed</result>        the token is escrowed to the MDM server: nothing to do
#   <result>Not escrowed</result>    the server supports escrow but has no token: scope the escrow policy here
#   <result>Not supported</result>   the MDM server does not support Bootstrap Token escrow (fix the server side)
#   <result>Unknown</result>         `profiles` failed, timed out (30 s) or said something unexpected
#
# Where the app is installed and an interrupted escrow left a user a temporary admin (its marker file is there), it
# also has the app take that right back: inventory runs as root on every Mac, also long after the escrow policy
# stopped running there.
#
# Tests only: ESCROW_BOOTSTRAP_TEST_SYSROOT=DIR looks for profiles and the app under DIR instead of /, and
# ESCROW_BOOTSTRAP_EA_TIMEOUT=SECONDS shortens the limit. Never set them in Jamf.

sysroot=${ESCROW_BOOTSTRAP_TEST_SYSROOT:-}
root=${sysroot%/}
limit=${ESCROW_BOOTSTRAP_EA_TIMEOUT:-30}
profiles="$root/usr/bin/profiles"
launcher="$root/Library/Application Support/EscrowBootstrap/escrow-bootstrap.app/Contents/MacOS/escrow-bootstrap"
marker="$root/Library/Application Support/EscrowBootstrap/run/elevated-user"

answer() {
    echo "<result>$1</result>"
    exit 0
}

if [ -e "$marker" ] && [ -x "$launcher" ]; then
    if [ -n "$sysroot" ]; then
        "$launcher" undo-elevation --sysroot "$sysroot" >/dev/null 2>&1
    else
        "$launcher" undo-elevation >/dev/null 2>&1
    fi
fi

[ -x "$profiles" ] || answer Unknown
# The output goes to a file, not a pipe: a hung tool's children could hold a pipe open after it is killed.
out=$(mktemp) || answer Unknown
trap 'rm -f "$out"' EXIT
"$profiles" status -type bootstraptoken >"$out" 2>&1 &
tool=$!
(
    sleep "$limit"
    kill -9 "$tool"
) >/dev/null 2>&1 &
watchdog=$!
wait "$tool" 2>/dev/null
kill "$watchdog" 2>/dev/null

# One line, lower case, blanks collapsed, so the wording variants of macOS versions read alike.
text=$(tr -s '[:space:]' ' ' <"$out" | tr '[:upper:]' '[:lower:]')
case $text in
*"bootstrap token functionality is not supported on the server"*) answer "Not supported" ;;
esac
supported=$(printf '%s\n' "$text" |
    sed -n 's/.*bootstrap token supported on \(the \)\{0,1\}server *: *\([a-z]*\).*/\2/p')
escrowed=$(printf '%s\n' "$text" |
    sed -n 's/.*bootstrap token escrowed [a-z][a-z] \(the \)\{0,1\}server *: *\([a-z]*\).*/\2/p')
[ "$supported" = no ] && answer "Not supported"
[ "$escrowed" = yes ] && answer Escrowed
[ "$escrowed" = no ] && answer "Not escrowed"
answer Unknown
