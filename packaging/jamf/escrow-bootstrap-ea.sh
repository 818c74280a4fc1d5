#!/bin/sh
# Escrow Bootstrap: a Jamf Pro extension attribute with this Mac's Bootstrap Token status.
#
# Jamf Pro: Settings > Computer management > Extension attributes > New. Display name e.g. "Bootstrap Token
# status", data type String, inventory display "Operating System", input type Script: paste this script.
#
# It prints exactly one line, one of:
#   <result>Escrowed</result>        the token is escrowed to the MDM server: nothing to do
#   <result>Not escrowed</result>    the server supports escrow but has no token: scope the escrow policy here
#   <result>Not supported</result>   the MDM server does not support Bootstrap Token escrow (fix the server side)
#   <result>Unknown</result>         `profiles` failed, timed out or said something unexpected
#   <result>Not installed</result>   Escrow Bootstrap is not installed on this Mac
#
# A Smart Group "Bootstrap Token status is Not escrowed" scopes the escrow policy; with recon after the escrow
# (parameter 10, on by default) a Mac leaves the group as soon as its token is stored.
#
# Tests only: ESCROW_BOOTSTRAP_TEST_SYSROOT=DIR looks for the app under DIR instead of / and passes --sysroot DIR
# on, so that the script runs against the fake Mac of the project's tests. Never set it in Jamf.

app="/Library/Application Support/EscrowBootstrap/escrow-bootstrap.app/Contents/MacOS/escrow-bootstrap"
sysroot=${ESCROW_BOOTSTRAP_TEST_SYSROOT:-}
launcher="${sysroot%/}$app"

if [ ! -x "$launcher" ]; then
    echo "<result>Not installed</result>"
    exit 0
fi

# Jamf stores what is between the tags, so whatever happens (a runtime that does not start, a crash) this prints
# one line from the fixed vocabulary, which Smart Groups can match exactly. Jamf ignores an attribute's exit code.
if [ -n "$sysroot" ]; then
    output=$("$launcher" status --ea --sysroot "$sysroot" 2>/dev/null)
else
    output=$("$launcher" status --ea 2>/dev/null)
fi
case $output in
"<result>Escrowed</result>" | "<result>Not escrowed</result>" | "<result>Not supported</result>")
    echo "$output"
    ;;
*)
    echo "<result>Unknown</result>"
    ;;
esac
exit 0
