#!/bin/sh
# Builds the Escrow Bootstrap installer package from the app image (macOS only; packaging/build-image.sh runs it).
#
#     packaging/macos/build-pkg.sh APP VERSION OUTDIR
#
# The package installs
#     /Library/Application Support/EscrowBootstrap/escrow-bootstrap.app   (the app: runtime, jar, launcher)
#     /Library/LaunchDaemons/org.escrowbootstrap.undo-elevation.plist      (at boot: undoes an interrupted elevation)
#     /usr/local/bin/escrow-bootstrap -> …/Contents/MacOS/escrow-bootstrap (made by the postinstall script)
# and writes OUTDIR/EscrowBootstrap-VERSION-ARCH.pkg, a product archive (what Jamf Pro and MDM want).
#
# Optional, from the environment:
#     ESCROW_CONFIG=FILE              also install FILE as /Library/Application Support/EscrowBootstrap/escrow-config.json
#     INSTALLER_SIGN_IDENTITY=NAME    sign the package: "Developer ID Installer: Example Corp (TEAMID)" in the keychain
#     NOTARY_PROFILE=NAME             notarise and staple it: a profile saved with `xcrun notarytool store-credentials`
#     NOTARY_KEYCHAIN=FILE            the keychain that profile is in, when not the login keychain (a CI's own)
# (Signing the app itself, APP_SIGN_IDENTITY, happens in build-image.sh, when jpackage makes the bundle.)
set -eu

say() { printf 'build-pkg: %s\n' "$*"; }
die() {
    printf 'build-pkg: %s\n' "$*" >&2
    exit 1
}

[ $# -eq 3 ] || die "usage: build-pkg.sh APP VERSION OUTDIR"
[ "$(uname -s)" = Darwin ] || die "pkgbuild and productbuild exist only on macOS"
app=$1
version=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$app/Contents/MacOS" ] || die "$app is not an app bundle"

identifier=org.escrowbootstrap.pkg
# The processor the app's runtime is built for (not this shell's: a Rosetta shell says x86_64 on Apple silicon).
arch=$(lipo -archs "$app/Contents/runtime/Contents/Home/lib/server/libjvm.dylib" 2>/dev/null | tr ' ' '-')
[ -n "$arch" ] || arch=$(uname -m)
work="$out/pkg-work"
payload="$work/root/Library/Application Support/EscrowBootstrap"
product="$out/EscrowBootstrap-$version-$arch.pkg"

rm -rf "$work" "$product"
mkdir -p "$payload" "$work/scripts"
# ditto keeps the bundle's code signatures, extended attributes and symbolic links intact.
ditto "$app" "$payload/escrow-bootstrap.app"
daemons="$work/root/Library/LaunchDaemons"
mkdir -p "$daemons"
cp "$here/LaunchDaemons/org.escrowbootstrap.undo-elevation.plist" "$daemons/"
# launchd refuses a daemon whose plist others can write; pkgbuild records root:wheel for the payload.
chmod 644 "$daemons/org.escrowbootstrap.undo-elevation.plist"
if [ -n "${ESCROW_CONFIG:-}" ]; then
    [ -f "$ESCROW_CONFIG" ] || die "ESCROW_CONFIG=$ESCROW_CONFIG does not exist"
    cp "$ESCROW_CONFIG" "$payload/escrow-config.json"
    say "with the config file $ESCROW_CONFIG"
fi
cp "$here/scripts/preinstall" "$here/scripts/postinstall" "$work/scripts/"
chmod 755 "$work/scripts/preinstall" "$work/scripts/postinstall"

# By default an installer "relocates" a bundle to wherever a bundle with the same identifier already is (a copy in
# ~/Downloads, say). The escrow script expects the app at one path, so relocation is turned off.
pkgbuild --analyze --root "$work/root" "$work/components.plist" >/dev/null
i=0
while /usr/libexec/PlistBuddy -c "Print :$i" "$work/components.plist" >/dev/null 2>&1; do
    /usr/libexec/PlistBuddy -c "Set :$i:BundleIsRelocatable false" "$work/components.plist"
    i=$((i + 1))
done

say "pkgbuild $identifier $version"
# --compression latest: the payload in Apple Archive's LZMA instead of the legacy gzip (pkgbuild of macOS 12 and
# later; it needs a --min-os-version of 10.10 or later: 11.0 here, older than any macOS Apple still supports). The
# runtime's modules file and the AOT cache pack far tighter with it: about a quarter off the package.
pkgbuild \
    --root "$work/root" \
    --component-plist "$work/components.plist" \
    --scripts "$work/scripts" \
    --identifier "$identifier" \
    --version "$version" \
    --install-location / \
    --compression latest \
    --min-os-version 11.0 \
    "$work/EscrowBootstrap-component.pkg" >/dev/null

if [ -n "${INSTALLER_SIGN_IDENTITY:-}" ]; then
    say "productbuild, signed by $INSTALLER_SIGN_IDENTITY"
    productbuild --sign "$INSTALLER_SIGN_IDENTITY" --package "$work/EscrowBootstrap-component.pkg" "$product"
else
    say "productbuild (unsigned: set INSTALLER_SIGN_IDENTITY to sign)"
    productbuild --package "$work/EscrowBootstrap-component.pkg" "$product"
fi

if [ -n "${NOTARY_PROFILE:-}" ]; then
    [ -n "${INSTALLER_SIGN_IDENTITY:-}" ] || die "notarising needs a signed package (INSTALLER_SIGN_IDENTITY)"
    say "notarising with the profile $NOTARY_PROFILE (this waits for Apple)"
    if [ -n "${NOTARY_KEYCHAIN:-}" ]; then
        xcrun notarytool submit "$product" --keychain-profile "$NOTARY_PROFILE" --keychain "$NOTARY_KEYCHAIN" --wait
    else
        xcrun notarytool submit "$product" --keychain-profile "$NOTARY_PROFILE" --wait
    fi
    xcrun stapler staple "$product"
fi

rm -rf "$work"
say "built $product ($(du -h "$product" | cut -f1))"
