#!/bin/sh
# Escrow Bootstrap: the Jamf Pro policy script that escrows this Mac's Bootstrap Token.
#
# Jamf Pro: Settings > Computer management > Scripts > New. Paste this script; on the Options tab type these
# Parameter Labels (their meaning never changes between versions; see docs/jamf-parameters.md):
#
#   Parameter 4    Config file path
#   Parameter 5    Support contact
#   Parameter 6    Banner image or colour
#   Parameter 7    Icon
#   Parameter 8    Max password attempts
#   Parameter 9    Self Service: exit 0 on user-facing outcomes
#   Parameter 10   Run recon after escrow
#   Parameter 11   Settings (key=value; …)
#
# Jamf passes $1 (target volume), $2 (computer name) and $3 (user name) itself. This script hands $1 to $11 to
# `escrow-bootstrap escrow` unchanged and exits with its code; leave a parameter empty to keep the configured
# value. The escrow logs every step to the policy log and to /var/log/escrow-bootstrap.log.
#
# Exit codes (docs/exit-codes.md): 0 escrowed or already escrowed; 20 cancelled, 21 wrong password every time,
# 22 user not eligible, 23 server does not support escrow, 24 escrow failed (20-24 are 0 with parameter 9 = true);
# 0 also when nobody is logged in (deferred; 30 with behaviour.failWhenDeferred), 31 already running, 32 cannot run
# here, 33 no window, 64 a bad option, 70 internal error; and from this script itself:
#   127  Escrow Bootstrap is not installed: install the EscrowBootstrap package first (e.g. in the same policy,
#        whose packages Jamf installs before it runs scripts set to "After").
#
# Migrating from another script? Keep your policies' parameters as they are and set PARAMETER_LAYOUT below to that
# script's layout: "schroeder" (robjschroeder/Bootstrap-Token-Escrow: $4 banner, $5/$6 info button text and link,
# $7 icon, $8 support contact) or "kendall" (ScottEKendall's EscrowBootStrap: no parameters; its branding profile is
# read from /Library/Managed Preferences/com.gianteaglescript.defaults.plist, or "kendall:/path/to/your.plist").
# See docs/migrating.md. Empty: this project's own labels above.
PARAMETER_LAYOUT=""

# Tests only: ESCROW_BOOTSTRAP_TEST_SYSROOT=DIR looks for the app under DIR instead of / and passes --sysroot DIR
# to the escrow, so that the script runs against the fake Mac of the project's tests. Never set it in Jamf.

app="/Library/Application Support/EscrowBootstrap/escrow-bootstrap.app/Contents/MacOS/escrow-bootstrap"
sysroot=${ESCROW_BOOTSTRAP_TEST_SYSROOT:-}
launcher="${sysroot%/}$app"

if [ ! -x "$launcher" ]; then
    echo "escrow-bootstrap-policy: Escrow Bootstrap is not installed: $launcher is missing or not executable." \
        "Install the EscrowBootstrap package before this script runs. (exit 127)"
    exit 127
fi

# Tests only: ESCROW_BOOTSTRAP_TEST_LAYOUT overrides the line above, so the tests run this very script.
layout=${ESCROW_BOOTSTRAP_TEST_LAYOUT:-$PARAMETER_LAYOUT}

# "--" ends the options: whatever an admin typed into a parameter reaches the escrow as a parameter.
set -- --parameters "${layout:-escrow-bootstrap}" -- "$@"
if [ -n "$sysroot" ]; then
    exec "$launcher" escrow --sysroot "$sysroot" "$@"
fi
exec "$launcher" escrow "$@"
