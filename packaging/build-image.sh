#!/bin/sh
# Builds Escrow Bootstrap's self-contained app image: a jlinked Java runtime with only the modules we need, the
# shaded jar and a launcher (jpackage --type app-image; on Linux our own sh launcher, packaging/linux/launcher, takes
# the place of jpackage's). On macOS it then builds the installer package.
#
#     packaging/build-image.sh              from a clean checkout: mvn package, jlink, jpackage (and the pkg on a Mac)
#     packaging/build-image.sh --skip-maven use the target/escrow-bootstrap.jar that is already there
#     packaging/build-image.sh --no-pkg     macOS: the app image only
#     packaging/build-image.sh --no-aot     without the ahead-of-time cache (JDK 25 runtimes only)
#     packaging/build-image.sh --compress-runtime   a smaller app (98 instead of 129 MB) in a bigger package (+14 MB)
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
#
# Ahead-of-time cache (JDK 25 runtimes): a training run of the image's own runtime shows the password screen in a
# real window until its timer ends (on a display: $DISPLAY, Xvfb through xvfb-run, or the Mac's window server;
# without one it renders every preview screen headless instead), then the JVM writes the classes it loaded and
# linked (not the methods' profiles: see below) into lib/app/escrow-bootstrap.aot (Contents/app on macOS), which
# the launcher maps at start-up (-XX:AOTCache): about half the start-up time of a dialog. See bench/README.md.
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
build_aot=yes
compress_runtime=no
for arg in "$@"; do
    case $arg in
    --compress-runtime) compress_runtime=yes ;;
    --skip-maven) skip_maven=yes ;;
    --no-pkg) build_pkg=no ;;
    --no-aot) build_aot=no ;;
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
# --compress-runtime: the modules file compressed (zip-6: 58 MB -> 26 MB installed), only with an AOT cache, which
# holds every class a dialog loads already parsed (3,800 of them; 6 still come from the modules file), so the JVM
# inflates little more than a few resources: no slower start measured. Not the default, because the package gets
# 14 MB bigger: jlink compresses each class on its own, and the package's LZMA payload (build-pkg.sh) packs the
# uncompressed file far tighter (packaging/README.md). Without a cache (JDK 17-21, --no-aot) every class is read
# from the modules file at each start, where compression made the dialog about 15 % slower.
compress=""
if [ "$compress_runtime" = yes ]; then
    if [ "$build_aot" = yes ] && [ "$major" -ge 25 ]; then
        compress=--compress=zip-6
    else
        say "--compress-runtime ignored: only a runtime with an AOT cache starts as fast compressed"
    fi
fi
# --generate-cds-archive: a class-data sharing archive of the JDK's own classes, as a full JDK has; it needs the
# image's bin/java to make it, so bin/ is removed only afterwards (jpackage on macOS refuses a runtime with bin/).
"$jdk/bin/jlink" \
    --add-modules "$modules" \
    --strip-debug \
    ${compress:+"$compress"} \
    --no-man-pages \
    --no-header-files \
    --generate-cds-archive \
    --exclude-files='**/libsplashscreen.*' \
    --output "$out/runtime" >/dev/null
# (libsplashscreen: the JVM's own splash screen, which needs a -splash option or a manifest entry; neither is used.)
# The second archive serves heaps over 32 GB (no compressed oops); the launcher's -Xmx is far below that.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
# Linux: the JDK's libraries keep their full symbol tables (.symtab; libjvm.so's alone is 5 MB), which only a
# debugger or a crash report's frame names read; the dynamic symbols the loader needs stay. No start reads them.
# Not on macOS, where changing a library would break the signature it came with.
if [ "$os" = Linux ] && command -v strip >/dev/null 2>&1; then
    find "$out/runtime" -type f -name '*.so' -exec strip --strip-unneeded {} +
fi
say "runtime modules: $(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$out/runtime/release")"

# ---- the app image -------------------------------------------------------------------------------------------

cp "$jar" "$out/input/"
# Inter's faces (and their licence) in the runtime's own font folder, lib/fonts: AWT knows the fonts there by name
# and opens one when it is first asked for, so the dialog registers none (registering makes AWT list and open every
# font of the system first) and copies none out of the jar (FontFiles).
mkdir -p "$out/runtime/lib/fonts"
(cd "$out/runtime/lib/fonts" && unzip -q -j "$jar" 'com/formdev/flatlaf/fonts/inter/*.otf' 'com/formdev/flatlaf/fonts/inter/LICENSE.txt')
mv "$out/runtime/lib/fonts/LICENSE.txt" "$out/runtime/lib/fonts/Inter-LICENSE.txt"

# Only what runs here in the app's copy of the jar. The Maven jar serves every system (java -jar anywhere); an image
# serves one system, so its copy loses 6.3 of its 13.1 MB (packaging/README.md):
#   - Inter's faces (4.7 MB, hardly compressible): they are in the runtime's lib/fonts above, and FontFiles registers
#     them from there where AWT does not serve them by name;
#   - the native libraries of the other systems: pty4j's (Windows' winpty and ConPTY alone are 8 MB unpacked),
#     JNA's (24 other platforms) and FlatLaf's. This system's stay, both processors (Linux: x86-64 and aarch64; macOS:
#     JNA's darwin-* and pty4j's universal darwin/), so pty4j and JNA find theirs as before.
# Classes stay, the other systems' too: pty4j's builder names its Windows classes, which the verifier loads.
if [ "$os" = Darwin ]; then
    keep_natives='^(com/sun/jna/darwin-|resources/com/pty4j/native/darwin/|com/formdev/flatlaf/natives/libflatlaf-macos-)'
else
    keep_natives='^(com/sun/jna/linux-(x86-64|aarch64)/|resources/com/pty4j/native/linux/(x86-64|aarch64)/|com/formdev/flatlaf/natives/libflatlaf-linux-)'
fi
unzip -Z1 "$out/input/escrow-bootstrap.jar" |
    grep -E -e '^com/formdev/flatlaf/fonts/inter/.*\.otf$' \
        -e '^com/sun/jna/[^/]+-[^/]+/.' -e '^resources/com/pty4j/native/.+[^/]$' -e '^com/formdev/flatlaf/natives/.' |
    grep -v -E "$keep_natives" >"$out/jar-drop" || true
# -nw: the names are names, not patterns.
zip -q -nw -d "$out/input/escrow-bootstrap.jar" -@ <"$out/jar-drop"
say "jar: $(wc -l <"$out/jar-drop" | tr -d ' ') files other systems need or the runtime has left out; $(du -h "$out/input/escrow-bootstrap.jar" | cut -f1)"
rm -f "$out/jar-drop"
if [ "$os" = Darwin ] && [ -n "${APP_SIGN_IDENTITY:-}" ]; then
    # Notarisation looks inside jars: every macOS library in ours (JNA's, pty4j's, FlatLaf's) must carry our
    # Developer ID signature, so they are signed and put back into the copy of the jar that goes into the app.
    natives="$out/jar-natives"
    mkdir -p "$natives"
    (
        cd "$natives"
        # From the app's own copy (only this system's natives are left in it). pty4j's spawn helper is a Mach-O
        # program that pty4j unpacks and runs: notarisation wants it signed as much as the libraries.
        # Exit status 11: one of the patterns matched nothing, which is fine.
        unzip -q "$out/input/escrow-bootstrap.jar" '*.dylib' '*.jnilib' '*/pty4j-unix-spawn-helper' || [ $? -eq 11 ]
        find . -type f \( -name '*.dylib' -o -name '*.jnilib' -o -name pty4j-unix-spawn-helper \) | while IFS= read -r lib; do
            codesign --force --timestamp --options runtime --sign "$APP_SIGN_IDENTITY" "$lib"
            zip -q "$out/input/escrow-bootstrap.jar" "${lib#./}"
        done
    )
    rm -rf "$natives"
    say "signed the macOS libraries and pty4j's helper inside the jar"
fi
# ---- the ahead-of-time cache ---------------------------------------------------------------------------------

# The training run: the escrow's password screen in a real window until its timer ends (exit 4). A display is
# needed; "$@" is put before the command (xvfb-run on a Linux machine without one).
train_window() {
    status=0
    "$@" "$java_cmd" -XX:AOTMode=record -XX:AOTConfiguration="$out/escrow-bootstrap.aotconf" \
        -cp "$out/input/escrow-bootstrap.jar" org.escrowbootstrap.Main dialog \
        --bannerimage "colour=#2E4A62" --bannertitle "Bootstrap Token" --bannerheight 110 \
        --icon "SF=lock.shield.fill,colour=#2E4A62" --overlayicon caution --iconsize 150 \
        --message "Good morning, Avery.\n\nThis Mac's **Bootstrap Token** is not yet stored with your organisation's device management. [More](https://example.com)\n\nEnter your Mac login password to store it." \
        --infobox "**System Info**\n\nApple M3 Pro<br>macOS 15.3.1" \
        --textfield "Login password,secure,required,prompt=Your Mac login password" --button2 \
        --width 820 --height 480 --timer 2 >"$out/aot-training.log" 2>&1 || status=$?
    [ "$status" -eq 4 ]
}

# Without a display: every screen of the preview rendered to PNGs (the same fonts, theme, Markdown and SVG code).
train_headless() {
    status=0
    "$java_cmd" -Djava.awt.headless=true -XX:AOTMode=record -XX:AOTConfiguration="$out/escrow-bootstrap.aotconf" \
        -cp "$out/input/escrow-bootstrap.jar" org.escrowbootstrap.Main preview --scenario wrong-password-first \
        --screenshots "$out/aot-training" >"$out/aot-training.log" 2>&1 || status=$?
    [ "$status" -lt 64 ]
}

aot_cache=no
if [ "$build_aot" = yes ] && [ "$major" -ge 25 ]; then
    # The image's own runtime with the launcher's JVM options, as a command (xvfb-run needs one): the cache is
    # only used by a JVM started the way it was made. $APPDIR is the folder that becomes the app's, input/.
    java_cmd="$out/runtime-java"
    {
        echo '#!/bin/sh'
        printf 'exec "%s"' "$out/runtime/bin/java"
        grep -v -e '^#' -e '^$' "$here/launcher-jvm-options" | sed "s|[\$]APPDIR|$out/input|g" |
            while IFS= read -r option; do printf " '%s'" "$option"; done
        # The classes only, without JEP 515's method profiles: replayed at start-up they had the one C1 thread
        # compile hundreds of methods as their classes initialised, 90 ms more CPU and the window 35 ms later on
        # two cores (bench/README.md). A diagnostic switch, used only to make the cache.
        printf ' %s' -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining
        echo ' "$@"'
    } >"$java_cmd"
    chmod +x "$java_cmd"
    trained=""
    if [ "$os" = Darwin ] || [ -n "${DISPLAY:-}" ]; then
        if train_window; then trained="a real window"; fi
    elif command -v xvfb-run >/dev/null 2>&1; then
        if train_window xvfb-run -a -s "-screen 0 1440x900x24"; then trained="a real window (Xvfb)"; fi
    fi
    if [ -z "$trained" ] && train_headless; then trained="headless preview screens (no display)"; fi
    if [ -n "$trained" ] &&
        "$java_cmd" -XX:AOTMode=create -XX:AOTConfiguration="$out/escrow-bootstrap.aotconf" \
            -XX:AOTCache="$out/input/escrow-bootstrap.aot" -cp "$out/input/escrow-bootstrap.jar" \
            org.escrowbootstrap.Main --version >>"$out/aot-training.log" 2>&1; then
        aot_cache=yes
        say "AOT cache from a training run on $trained: $(du -h "$out/input/escrow-bootstrap.aot" | cut -f1)"
        # The cache holds the JDK's classes the app uses as well as ours, and a JVM started with -XX:AOTCache never
        # opens the runtime's own class-data sharing archive (not even when the cache cannot be used): 14 MB that
        # no start reads.
        rm -f "$out/runtime/lib/server/classes.jsa"
    else
        say "warning: no AOT cache (the training run failed; see $out/aot-training.log): the image starts slower"
        rm -f "$out/input/escrow-bootstrap.aot"
    fi
    rm -rf "$out/aot-training" "$java_cmd" "$out/escrow-bootstrap.aotconf"
fi
# jpackage on macOS refuses a runtime with bin/; its launcher does not need it. On Linux our own launcher
# (packaging/linux/launcher, put in place below) starts the runtime's java, so that one command stays aside.
if [ "$os" = Linux ]; then
    mv "$out/runtime/bin/java" "$out/java"
fi
rm -rf "$out/runtime/bin"

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
if [ "$aot_cache" = yes ]; then
    # $APPDIR is expanded by the launcher: the folder of the jar, where jpackage put the cache from input/.
    # shellcheck disable=SC2016
    set -- "$@" --java-options '-XX:AOTCache=$APPDIR/escrow-bootstrap.aot'
    # A cache made without method profiles still has JDK 25 start its training-replay thread, which wakes at every
    # class initialisation to look for profiles to compile from: 20-60 ms of CPU and more early compilations for
    # nothing (bench/README.md). A diagnostic switch; the check below fails the build if the runtime refuses it.
    set -- "$@" --java-options -XX:+UnlockDiagnosticVMOptions --java-options -XX:-AOTReplayTraining
fi

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
if [ "$os" = Linux ]; then
    # jpackage's Linux launcher asks rpm and dpkg which package owns it at every start (about a third of the time
    # to the window on a Debian machine); ours reads the same .cfg and starts the runtime's java directly.
    mkdir -p "$image/lib/runtime/bin"
    mv "$out/java" "$image/lib/runtime/bin/java"
    cp "$here/linux/launcher" "$launcher"
    chmod 755 "$launcher"
    rm -f "$image/lib/libapplauncher.so"
    say "launcher: packaging/linux/launcher (in place of jpackage's)"
fi
say "built $image ($(du -sh "$image" | cut -f1)); launcher: $launcher"
say "check: $("$launcher" --version)"
if [ "$aot_cache" = yes ]; then
    # The launcher must map the cache: one it cannot use would cost a warning on every start. AOTMode=on makes
    # the JVM refuse to start without it.
    JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" --version >/dev/null 2>&1 ||
        die "the launcher cannot use its AOT cache (try: JAVA_TOOL_OPTIONS=-XX:AOTMode=on $launcher --version)"
    say "check: the launcher maps its AOT cache"
fi

if [ "$os" = Darwin ] && [ "$build_pkg" = yes ]; then
    "$here/macos/build-pkg.sh" "$image" "$version" "$out"
fi
