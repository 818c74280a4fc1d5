#!/bin/sh
# Checks a built Linux app image end to end, with no Java on the PATH: every mode, a real window, the escrow's
# window process and pseudo-terminal prompts, an https image, the Jamf scripts; prints what it measured.
#
#     packaging/build-image.sh && packaging/check-image.sh [IMAGE]     (IMAGE: target/image/escrow-bootstrap)
#
# Linux only. Needs Xvfb (xvfb-run; used when DISPLAY is unset), xdotool, python3 and openssl (a local https
# server), keytool from any JDK (its trust store) and ImageMagick (convert, identify). The escrow runs as root, as
# under Jamf: when not root, it runs in a user namespace (unshare -r) where it is. The Mac it sees is a copy of
# the tests' fake sysroot (src/test/fake-sysroot). Exits non-zero at the first failed check.
set -eu

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
image=$(cd "${1:-$project/target/image/escrow-bootstrap}" && pwd)
launcher="$image/bin/escrow-bootstrap"
app_path="Library/Application Support/EscrowBootstrap/escrow-bootstrap.app/Contents/MacOS/escrow-bootstrap"
work=$(mktemp -d "${TMPDIR:-/tmp}/check-image.XXXXXX")
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

ok() { printf 'check-image: ok    %s\n' "$*"; }
fail() {
    printf 'check-image: FAIL  %s\n' "$*" >&2
    exit 1
}
[ -x "$launcher" ] || fail "no launcher at $launcher (run packaging/build-image.sh first)"

# ---- a PATH without Java ---------------------------------------------------------------------------------------

# Every command of /usr/local/bin, /usr/bin and /bin except those that are part of a JDK (java, keytool, …).
mkdir -p "$work/bin" "$work/home"
for dir in /usr/local/bin /usr/bin /bin; do
    for tool in "$dir"/*; do
        name=${tool##*/}
        if [ -e "$work/bin/$name" ] || [ ! -x "$tool" ]; then continue; fi
        case $(readlink -f "$tool") in
        */jvm/* | */jdk*/* | */jre*/*) continue ;;
        esac
        ln -s "$tool" "$work/bin/$name"
    done
done
# The image's commands run with this environment and nothing else (env -i): no JAVA_HOME, no Java on the PATH.
run() {
    env -i HOME="$work/home" PATH="$work/bin" DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" "$@"
}
if run sh -c 'command -v java' >/dev/null 2>&1; then fail "a java is still on the test PATH"; fi
ok "no java on the PATH the image runs with ($work/bin)"

# "$@" may start with NAME=VALUE assignments, as for env.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then run "$@"; else run unshare -r env "$@"; fi
}

fake_mac() {
    rm -rf "$1"
    cp -a "$project/src/test/fake-sysroot" "$1"
    rm -rf "$1/private/var/fake/log" "$1/private/var/fake/pids"
}

millis() { date +%s%N | cut -c1-13; }

# Waits up to $2 seconds for the file $1 to contain the text $3.
await_text() {
    deadline=$(($(date +%s) + $2))
    until grep -qF -- "$3" "$1" 2>/dev/null; do
        [ "$(date +%s)" -lt "$deadline" ] || fail "waited $2 s for \"$3\" in $1: $(tail -5 "$1" 2>/dev/null)"
        sleep 0.2
    done
}

# ---- the command-line modes --------------------------------------------------------------------------------------

version=$(run "$launcher" --version)
case $version in "escrow-bootstrap "*) ;; *) fail "--version printed \"$version\"" ;; esac
ok "--version: $version"

run "$launcher" --help >"$work/help.txt"
for mode in dialog escrow preview status config; do
    grep -q "^  $mode" "$work/help.txt" || fail "--help does not list $mode"
done
ok "--help lists dialog, escrow, preview, status, config"

run "$launcher" config --sample >"$work/sample.json"
head -c1 "$work/sample.json" | grep -q '{' || fail "config --sample did not print JSON"
fake_mac "$work/mac"
run "$launcher" config --print --sysroot "$work/mac" >"$work/config.txt" || fail "config --print failed"
grep -q '^behaviour.maxAttempts' "$work/config.txt" || fail "config --print lacks behaviour.maxAttempts"
ok "config --sample and config --print"

status=0
word=$(run "$launcher" status --sysroot "$work/mac") || status=$?
if [ "$word" != "Not escrowed" ] || [ "$status" -ne 1 ]; then fail "status said \"$word\", exit $status"; fi
ea=$(run "$launcher" status --ea --sysroot "$work/mac")
[ "$ea" = "<result>Not escrowed</result>" ] || fail "status --ea said \"$ea\""
ok "status and status --ea on the fake Mac: $word / $ea"

run "$launcher" dialog --title "Packaged" --message "A **Markdown** message" --textfield "Name" \
    --screenshot "$work/dialog.png" 2>"$work/dialog.err" || fail "dialog --screenshot failed: $(cat "$work/dialog.err")"
ok "dialog --screenshot: $(identify -format '%m %wx%h' "$work/dialog.png")"
# Inter comes from the runtime's own font folder: nothing registered, so no face copied into the user's cache.
[ -f "$image/lib/runtime/lib/fonts/Inter-Regular.otf" ] || fail "the runtime has no lib/fonts/Inter-Regular.otf"
copies="$work/home/.cache/escrow-bootstrap/fonts"
[ ! -e "$copies" ] || fail "a face was copied into the user's cache: $(ls "$copies")"
ok "Inter from the runtime's lib/fonts, no copy in the user's cache"

run "$launcher" preview --screenshots "$work/preview" >"$work/preview.txt" 2>&1 || fail "preview failed: $(tail -3 "$work/preview.txt")"
shots=$(find "$work/preview" -name '*.png' | wc -l)
[ "$shots" -ge 3 ] || fail "preview --screenshots wrote $shots PNGs"
ok "preview --screenshots: $shots screens ($(find "$work/preview" -name '*.png' -exec basename {} \; | sort | tr '\n' ' '))"

# A user's SVG file goes through JSVG and the runtime's XML parser, which our own pictures no longer load.
printf '%s\n' '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">' \
    '<circle cx="5" cy="5" r="4" fill="#FF0000"/></svg>' >"$work/red.svg"
run "$launcher" dialog --title "SVG" --message "an SVG file as icon" --icon "$work/red.svg" \
    --screenshot "$work/svg.png" 2>"$work/svg.err" || fail "dialog with an SVG icon failed: $(cat "$work/svg.err")"
if [ -s "$work/svg.err" ]; then fail "SVG icon: $(cat "$work/svg.err")"; fi
red=$(convert "$work/svg.png" -fill black +opaque '#FF0000' -fill white -opaque '#FF0000' \
    -format '%[fx:round(mean*w*h)]' info:)
[ "$red" -gt 1000 ] || fail "the SVG icon is not in the screenshot ($red red pixels)"
ok "SVG file as icon (JSVG, the runtime's XML parser): $red red pixels of it in the screenshot"

# ---- an https image ----------------------------------------------------------------------------------------------

# An EC certificate on purpose: the runtime needs its elliptic-curve crypto for the handshake.
mkdir -p "$work/www"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
convert -size 64x64 xc:'#FF0000' "$work/www/red.png"
keytool -importcert -noprompt -alias local -file "$work/cert.pem" -keystore "$work/trust.p12" \
    -storetype PKCS12 -storepass changeit >/dev/null 2>&1 || fail "keytool (from any JDK) is needed for the https check"
cat >"$work/serve.py" <<'EOF'
import http.server, ssl, sys
handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=sys.argv[1])
server = http.server.HTTPServer(("127.0.0.1", 0), handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(sys.argv[2], sys.argv[3])
server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
EOF
python3 "$work/serve.py" "$work/www" "$work/cert.pem" "$work/key.pem" >"$work/port" 2>"$work/server.log" &
server_pid=$!
await_text "$work/port" 10 ""
sleep 0.5
port=$(cat "$work/port")
[ -n "$port" ] || fail "the https server did not start: $(cat "$work/server.log")"
run JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=$work/trust.p12 -Djavax.net.ssl.trustStorePassword=changeit" \
    "$launcher" dialog --title "https" --message "icon over https" --icon "https://localhost:$port/red.png" \
    --screenshot "$work/https.png" 2>"$work/https.err" || fail "dialog with an https icon failed"
if grep -q "warning" "$work/https.err"; then fail "https icon: $(cat "$work/https.err")"; fi
red=$(convert "$work/https.png" -fill black +opaque '#FF0000' -fill white -opaque '#FF0000' \
    -format '%[fx:round(mean*w*h)]' info:)
[ "$red" -gt 1000 ] || fail "the https icon is not in the screenshot ($red red pixels)"
ok "https icon (EC certificate, TLS): $red red pixels of it in the screenshot"

# ---- a real window -------------------------------------------------------------------------------------------------

title="Packaged window $$"
run "$launcher" dialog --title "$title" --message "Type a name" --textfield "Name" >"$work/window.out" 2>&1 &
pid=$!
start=$(millis)
window=$(timeout 60 xdotool search --sync --onlyvisible --name "$title" | head -1) || fail "no window \"$title\""
ok "dialog window \"$title\" visible after $(($(millis) - start)) ms (X window $window)"
# The process that owns the window (AWT sets _NET_WM_PID) must have mapped the image's own JVM library.
jvm_pid=$(xdotool getwindowpid "$window") || fail "the window names no process"
grep -q "$image/lib/runtime/lib/server/libjvm.so" "/proc/$jvm_pid/maps" || fail "process $jvm_pid runs no JVM of the image"
ok "the window's process ($jvm_pid, $(readlink "/proc/$jvm_pid/exe")) runs the image's lib/runtime/lib/server/libjvm.so"
sleep 1
xdotool type --delay 40 "Avery"
xdotool key Return
status=0
wait "$pid" || status=$?
if [ "$status" -ne 0 ] || ! grep -q "^Name : Avery$" "$work/window.out"; then
    fail "dialog: exit $status, $(cat "$work/window.out")"
fi
ok "typed into the window, pressed Return: exit 0, printed \"Name : Avery\""

# ---- the escrow, its window process and the pseudo-terminal ----------------------------------------------------------

fake_mac "$work/mac"
title="Packaged escrow $$"
as_root "$launcher" escrow --sysroot "$work/mac" -- / "Check Mac" "" "" "" "" "" "" "" "" "branding.title=$title" \
    >"$work/escrow.out" 2>"$work/escrow.err" &
pid=$!
timeout 60 xdotool search --sync --onlyvisible --name "$title" >/dev/null || fail "no escrow window: $(tail -3 "$work/escrow.out")"
sleep 1
xdotool type --delay 30 "correct horse battery staple"
xdotool key Return
await_text "$work/escrow.out" 60 "escrow: the Bootstrap Token is escrowed"
sleep 1
xdotool key Return
status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || fail "escrow: exit $status: $(tail -5 "$work/escrow.out")"
grep -q "outcome: ESCROWED" "$work/escrow.out" || fail "escrow: no ESCROWED outcome"
[ -f "$work/mac/private/var/fake/server/escrowed" ] || fail "escrow: the fake server has no token"
grep -q "dscl /Search -authonly alice: exit 0 .* on a terminal" "$work/escrow.out" || fail "escrow: no pty prompt for dscl"
grep -q "profiles install -type bootstraptoken: exit 0 .* on a terminal" "$work/escrow.out" ||
    fail "escrow: no pty prompts for profiles install"
grep -q "ui-session" "$work/mac/private/var/fake/log"/call-*/argv || fail "escrow: no window process via launchctl/sudo"
[ ! -s "$work/escrow.err" ] || fail "escrow wrote to stderr: $(cat "$work/escrow.err")"
ok "escrow: window in a ui-session child, password on a pseudo-terminal to dscl and profiles, ESCROWED, exit 0, stderr empty"

# ---- the Jamf scripts, with the image installed where a Mac has it -------------------------------------------------

fake_mac "$work/mac"
mkdir -p "$(dirname "$work/mac/$app_path")"
ln -s "$launcher" "$work/mac/$app_path"
ea() { run ESCROW_BOOTSTRAP_TEST_SYSROOT="$work/mac" sh "$here/jamf/escrow-bootstrap-ea.sh"; }
times=""
for _ in 1 2 3 4 5 6 7; do
    start=$(millis)
    result=$(ea)
    times="$times $(($(millis) - start))"
done
[ "$result" = "<result>Not escrowed</result>" ] || fail "extension attribute: $result"
# shellcheck disable=SC2086 # one number a line
median=$(printf '%s\n' $times | sort -n | sed -n 4p)
ok "extension attribute: $result in $median ms (median of 7:$times ms)"

touch "$work/mac/private/var/fake/server/escrowed"
status=0
as_root ESCROW_BOOTSTRAP_TEST_SYSROOT="$work/mac" sh "$here/jamf/escrow-bootstrap-policy.sh" \
    / "Check Mac" "alice" "" "" "" "" "" "" "" "behaviour.showAlreadyEscrowed=false" >"$work/policy.out" 2>&1 || status=$?
if [ "$status" -ne 0 ] || ! grep -q "outcome: ALREADY_ESCROWED" "$work/policy.out"; then
    fail "policy script: exit $status, $(tail -3 "$work/policy.out")"
fi
ok "policy script, already escrowed and \$11 behaviour.showAlreadyEscrowed=false: exit 0, ALREADY_ESCROWED"

ok "image size: $(du -sh "$image" | cut -f1) ($image)"
