#!/bin/sh
# Builds Escrow Bootstrap's self-contained app image: a jlinked Java runtime with only the modules we need, the
# shaded jar and a native launcher (jpackage --type app-image). On macOS it then builds the installer package.
#
#     packaging/build-image.sh              from a clean checkout: mvn package, jlink, jpackage (and the pkg on a Mac)
#     packaging/build-image.sh --skip-maven use the target/escrow-bootstrap.jar that is already there
#     packaging/build-image.sh --no-pkg     macOS: the app image only
#
# Output in target/image/:
#     Linux   escrow-bootstrap/bin/escrow-bootstrap          the launcher (run it; no Java needed on the machine)
#             escrow-bootstrap/lib/app/                      the jar and escrow-bootstrap.cfg (JVM options)
#             escrow-bootstrap/lib/runtime/                  the Java runtime
#     macOS   escrow-bootstrap.app                           Contents/MacOS/escrow-bootstrap is the launcher
#             EscrowBootstrap-VERSION-ARCH.pkg               see packaging/macos/build-pkg.sh (signing, notarising)
#
# macOS signing (optional): APP_SIGN_IDENTITY="Developer ID Application: Example Corp (TEAMID)" signs the app with
# the hardened runtime; build-pkg.sh reads INSTALLER_SIGN_IDENTITY and NOTARY_PROFILE for the package.
#
# Which JDK's jlink and jpackage: $ESCROW_JDK when set; else a JDK 25 (its runtime can use an ahead-of-time cache,
# JEP 483/514, for faster start-up; our classes stay compiled for Java 17); else the newest JDK 17 or later found
# ($JAVA_HOME, /usr/lib/jvm/*, macOS's java_home, jpackage on the PATH). The runtime in the image is that JDK's.
#
# The module list is packaging/runtime-modules, the launcher's JVM options packaging/launcher-jvm-options.
set -eu

say() { printf 'build-image: %s\n' "$*"; }
die() {
    printf 'build-image: %s\n' "$*" >&2
    exit 1
}

here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
out="$project/target/image"
jar="$project/target/escrow-bootstrap.jar"
app_name=escrow-bootstrap
os=$(uname -s)

skip_maven=no
build_pkg=yes
for arg in "$@"; do
    case $arg in
    --skip-maven) skip_maven=yes ;;
    --no-pkg) build_pkg=no ;;
    -h | --help)
        sed -n '2,/^set -eu$/p' "$0" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
    *) die "unknown option $arg (try --help)" ;;
    esac
done

# ---- the JDK -------------------------------------------------------------------------------------------------

# The feature release of the JDK in $1 (25 for 25.0.3), from its release file; empty when it is not a JDK.
jdk_major() {
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

can_package() {
    [ -x "$1/bin/jlink" ] && [ -x "$1/bin/jpackage" ] && [ -f "$1/release" ]
}

# Every JDK home worth a look, one a line.
candidates() {
    if [ -n "${JAVA_HOME:-}" ]; then printf '%s\n' "$JAVA_HOME"; fi
    for dir in /usr/lib/jvm/*; do
        if [ -d "$dir" ]; then printf '%s\n' "$dir"; fi
    done
    if [ -x /usr/libexec/java_home ]; then
        /usr/libexec/java_home -v 25 2>/dev/null || true
        /usr/libexec/java_home -v 17+ 2>/dev/null || true
    fi
    if command -v jpackage >/dev/null 2>&1; then
        tool=$(command -v jpackage)
        # Follow the links (Debian's alternatives) to the JDK's own bin/jpackage.
        while [ -L "$tool" ]; do
            target=$(readlink "$tool")
            case $target in
            /*) tool=$target ;;
            *) tool=$(dirname "$tool")/$target ;;
            esac
        done
        dirname "$(dirname "$tool")"
    fi
}

pick_jdk() {
    if [ -n "${ESCROW_JDK:-}" ]; then
        can_package "$ESCROW_JDK" || die "ESCROW_JDK=$ESCROW_JDK is not a JDK with jlink and jpackage"
        printf '%s\n' "$ESCROW_JDK"
        return
    fi
    best=""
    best_major=0
    found=$(candidates)
    # A here-document, not a pipe: the loop must set best and best_major in this shell.
    while IFS= read -r home; do
        if [ -z "$home" ] || ! can_package "$home"; then continue; fi
        major=$(jdk_major "$home")
        if [ -z "$major" ] || [ "$major" -lt 17 ]; then continue; fi
        if [ "$major" -eq 25 ]; then
            printf '%s\n' "$home"
            return
        fi
        if [ "$major" -gt "$best_major" ]; then
            best=$home
            best_major=$major
        fi
    done <<EOF
$found
EOF
    [ -n "$best" ] || die "no JDK 17 or later with jlink and jpackage found; set ESCROW_JDK to one"
    printf '%s\n' "$best"
}

jdk=$(pick_jdk)
major=$(jdk_major "$jdk")
if [ "$major" -eq 25 ]; then
    say "JDK $major at $jdk (preferred: its runtime supports the AOT cache)"
else
    say "JDK $major at $jdk (no JDK 25 found: the image works, without the JDK 25 start-up features)"
fi

# ---- the jar -------------------------------------------------------------------------------------------------

if [ "$skip_maven" = no ]; then
    command -v mvn >/dev/null 2>&1 || die "mvn not found (or use --skip-maven with a built target/escrow-bootstrap.jar)"
    say "mvn package"
    # Quiet when it works; its whole output when it does not.
    mkdir -p "$project/target"
    maven_log="$project/target/build-image-maven.log"
    if ! mvn -B -f "$project/pom.xml" package -DskipTests >"$maven_log" 2>&1; then
        cat "$maven_log" >&2
        die "mvn package failed (log above, also in $maven_log)"
    fi
fi
[ -f "$jar" ] || die "$jar is missing: run without --skip-maven"

version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: *//p')
[ -n "$version" ] || die "no Implementation-Version in $jar's manifest"

# ---- the runtime ---------------------------------------------------------------------------------------------

# The modules of packaging/runtime-modules that apply to this JDK, comma-separated.
modules=""
while read -r module condition; do
    case $module in
    '' | '#'* | -*) continue ;;
    esac
    case $condition in
    until-jdk=*)
        if [ "$major" -gt "${condition#until-jdk=}" ]; then continue; fi
        ;;
    '') ;;
    *) die "packaging/runtime-modules: cannot read \"$module $condition\"" ;;
    esac
    modules="${modules:+$modules,}$module"
done <"$here/runtime-modules"

rm -rf "$out"
mkdir -p "$out/input"
say "jlink $modules"
# --generate-cds-archive: a class-data sharing archive of the JDK's own classes, as a full JDK has; it needs the
# image's bin/java to make it, so bin/ is removed only afterwards (jpackage on macOS refuses a runtime with bin/).
"$jdk/bin/jlink" \
    --add-modules "$modules" \
    --strip-debug \
    --no-man-pages \
    --no-header-files \
    --generate-cds-archive \
    --output "$out/runtime" >/dev/null
rm -rf "$out/runtime/bin"
# The second archive serves heaps over 32 GB (no compressed oops); the launcher's -Xmx is far below that.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
say "runtime modules: $(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$out/runtime/release")"

# ---- the app image -------------------------------------------------------------------------------------------

cp "$jar" "$out/input/"
if [ "$os" = Darwin ] && [ -n "${APP_SIGN_IDENTITY:-}" ]; then
    # Notarisation looks inside jars: every macOS library in ours (JNA's, pty4j's, FlatLaf's) must carry our
    # Developer ID signature, so they are signed and put back into the copy of the jar that goes into the app.
    natives="$out/jar-natives"
    mkdir -p "$natives"
    (
        cd "$natives"
        # Exit status 11: one of the patterns matched nothing, which is fine.
        unzip -q "$jar" '*.dylib' '*.jnilib' || [ $? -eq 11 ]
        find . -type f \( -name '*.dylib' -o -name '*.jnilib' \) | while IFS= read -r lib; do
            codesign --force --timestamp --options runtime --sign "$APP_SIGN_IDENTITY" "$lib"
            zip -q "$out/input/escrow-bootstrap.jar" "${lib#./}"
        done
    )
    rm -rf "$natives"
    say "signed the macOS libraries inside the jar"
fi
set -- \
    --type app-image \
    --name "$app_name" \
    --dest "$out" \
    --input "$out/input" \
    --main-jar escrow-bootstrap.jar \
    --main-class org.escrowbootstrap.Main \
    --runtime-image "$out/runtime" \
    --description "Bootstrap Token escrow and swiftDialog-compatible dialogs" \
    --vendor "Escrow Bootstrap"
while IFS= read -r option; do
    case $option in
    '' | '#'*) continue ;;
    esac
    set -- "$@" --java-options "$option"
done <"$here/launcher-jvm-options"

if [ "$os" = Darwin ]; then
    # The bundle's own version must start with 1 or more (jpackage refuses 0.x on macOS); the pkg, its receipt and
    # `escrow-bootstrap --version` carry the real version.
    case $version in
    0.* | 0) ;;
    *) set -- "$@" --app-version "${version%%-*}" ;;
    esac
    set -- "$@" --mac-package-identifier org.escrowbootstrap --mac-package-name "Escrow Bootstrap"
    if [ -n "${APP_SIGN_IDENTITY:-}" ]; then
        # "Developer ID Application: Example Corp (TEAMID)" from the keychain; the hardened runtime with the JVM's
        # exceptions (packaging/macos/entitlements.plist), as notarisation requires.
        set -- "$@" --mac-sign --mac-signing-key-user-name "$APP_SIGN_IDENTITY" \
            --mac-entitlements "$here/macos/entitlements.plist"
    fi
else
    set -- "$@" --app-version "${version%%-*}"
fi

say "jpackage --type app-image"
"$jdk/bin/jpackage" "$@"
rm -rf "$out/input" "$out/runtime"

if [ "$os" = Darwin ]; then
    image="$out/$app_name.app"
    launcher="$image/Contents/MacOS/$app_name"
else
    image="$out/$app_name"
    launcher="$image/bin/$app_name"
fi
[ -x "$launcher" ] || die "jpackage made no launcher at $launcher"
say "built $image ($(du -sh "$image" | cut -f1)); launcher: $launcher"
say "check: $("$launcher" --version)"

if [ "$os" = Darwin ] && [ "$build_pkg" = yes ]; then
    "$here/macos/build-pkg.sh" "$image" "$version" "$out"
fi
