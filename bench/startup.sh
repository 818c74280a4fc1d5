#!/usr/bin/env bash
# Start-up benchmark: how long until the window is on screen, and how much memory it took to get there.
#
#     bench/startup.sh [-n RUNS] [--skip-build] [--only NAMES] [--compare DIR] [--renders]
#
# Starts each program in turn, RUNS times each (default 10), interleaved round by round so that any drift of the
# machine hits every program alike, on one X display ($DISPLAY, or a private Xvfb when none is set):
#
#     jar       java -jar target/escrow-bootstrap.jar dialog …   our password screen, plain JDK 17, no JVM flags
#     packaged  target/image/escrow-bootstrap/bin/escrow-bootstrap dialog …   the same screen, packaged launcher
#     flatlaf   bench/frames/FlatFrame.java   a minimal FlatLaf + MigLayout frame, plain JDK 17
#     flatlaf-inter  bench/frames/InterFrame.java  that frame in Inter, our typeface (for reference, no target)
#     bare      bench/frames/BareFrame.java   a bare Swing frame (the JDK's own look), plain JDK 17
#     zenity    zenity --password             a native GTK dialog, when zenity is installed
#
# With --renders it measures the headless renders instead, each until the command has ended (PNGs written), no
# display needed:
#
#     shot-jar          java -jar target/escrow-bootstrap.jar dialog … --screenshot FILE   the same screen as a PNG
#     shot-packaged     the packaged launcher, the same
#     preview-jar       java -jar … preview --scenario wrong-password-first --screenshots DIR   four screens as PNGs
#     preview-packaged  the packaged launcher, the same
#
# For each run bench/xmapwait.c measures the time from fork() until the first top-level window is mapped (X
# MapNotify), the peak resident memory and the CPU time (wait4's rusage). It prints every run, then per program
# the median with the quartiles and the extremes, and the ratios of the medians side by side. On a noisy machine
# the ratios of one run are the figures to compare; absolute times move with the load.
#
# Options:
#   -n RUNS        runs per program (default 10), after one discarded warm-up round
#   --skip-build   use target/escrow-bootstrap.jar and target/image as they are (default: build what is missing)
#   --only NAMES   a comma-separated subset, e.g. --only jar,flatlaf
#   --compare DIR  also race another build of this project, e.g. an older commit's checkout in DIR, built there
#                  with `mvn package -DskipTests` and packaging/build-image.sh: adds jar-then and packaged-then
#                  (with --renders: each of the four with -then)
#   --renders      time the headless renders (--screenshot, preview --screenshots) instead of the windows
# Environment:
#   DISPLAY        the X display to use; unset: a private Xvfb is started and stopped
#   BENCH_JAVA     the JDK 17 java for the jar and the frames (default: java on the PATH)
#
# Needs: gcc and the X11 headers (Debian: gcc libx11-dev), Xvfb when DISPLAY is unset (xvfb), a JDK 17 (javac),
# Maven for the builds. Writes only under target/bench/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
work="$project/target/bench"
runs=10
skip_build=no
only=""
compare=""
renders=no

die() {
    printf 'startup: %s\n' "$*" >&2
    exit 1
}
say() { printf 'startup: %s\n' "$*" >&2; }

while [ $# -gt 0 ]; do
    case $1 in
    -n)
        [ $# -ge 2 ] || die "-n needs a number"
        runs=$2
        shift 2
        ;;
    --skip-build)
        skip_build=yes
        shift
        ;;
    --only)
        [ $# -ge 2 ] || die "--only needs names"
        only=$2
        shift 2
        ;;
    --compare)
        [ $# -ge 2 ] || die "--compare needs a folder"
        compare=$(cd "$2" && pwd) || die "--compare: no folder $2"
        shift 2
        ;;
    --renders)
        renders=yes
        shift
        ;;
    -h | --help)
        sed -n '2,/^set -euo pipefail$/p' "$0" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
    *) die "unknown option $1 (try --help)" ;;
    esac
done
case $runs in '' | *[!0-9]*) die "-n wants a whole number, not '$runs'" ;; esac
[ "$runs" -ge 1 ] || die "-n wants at least 1"

wanted() { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]; }
if [ "$renders" = yes ]; then
    # What the builds and the runs below need for the renders: the jar, the launcher, no frames, no zenity.
    wanted() {
        case $1 in
        jar) wanted_render shot-jar || wanted_render preview-jar ;;
        packaged) wanted_render shot-packaged || wanted_render preview-packaged ;;
        *) return 1 ;;
        esac
    }
fi
wanted_render() { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]; }

mkdir -p "$work"

# ---- tools ---------------------------------------------------------------------------------------------------

java_bin=${BENCH_JAVA:-$(command -v java || true)}
if [ -z "$java_bin" ] || [ ! -x "$java_bin" ]; then
    die "no java on the PATH (install a JDK 17 or set BENCH_JAVA)"
fi
javac_bin="$(dirname "$(readlink -f "$java_bin")")/javac"
[ -x "$javac_bin" ] || javac_bin=$(command -v javac || true)
[ -n "$javac_bin" ] || die "no javac next to $java_bin nor on the PATH: a full JDK 17 is needed to compile the frames"
java_version=$("$java_bin" -version 2>&1 | head -1)

command -v gcc >/dev/null 2>&1 || die "gcc is missing (Debian: apt-get install gcc libx11-dev)"
xmapwait="$work/xmapwait"
if [ ! -x "$xmapwait" ] || [ "$here/xmapwait.c" -nt "$xmapwait" ]; then
    gcc -O2 -o "$xmapwait" "$here/xmapwait.c" -lX11 2>"$work/xmapwait.log" ||
        die "cannot compile bench/xmapwait.c (missing X11 headers? Debian: apt-get install libx11-dev); see $work/xmapwait.log"
fi

# ---- what is measured ----------------------------------------------------------------------------------------

jar="$project/target/escrow-bootstrap.jar"
launcher="$project/target/image/escrow-bootstrap/bin/escrow-bootstrap"
if [ "$skip_build" = no ]; then
    if wanted jar || wanted packaged || wanted flatlaf || wanted flatlaf-inter; then
        say "building the jar (mvn package -DskipTests)"
        mvn -q -B -f "$project/pom.xml" package -DskipTests >&2
    fi
    if wanted packaged && [ -x "$project/packaging/build-image.sh" ]; then
        say "building the packaged launcher (packaging/build-image.sh --skip-maven)"
        "$project/packaging/build-image.sh" --skip-maven --no-pkg >&2
    fi
fi

# The libraries of the FlatLaf frames: the very jars our build uses.
flat_cp_file="$work/frames.classpath"
if { wanted flatlaf || wanted flatlaf-inter; } && { [ ! -f "$flat_cp_file" ] || [ "$project/pom.xml" -nt "$flat_cp_file" ]; }; then
    mvn -q -B -f "$project/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/all.classpath" >&2 ||
        die "cannot resolve the FlatLaf and MigLayout jars (mvn dependency:build-classpath failed)"
    tr ':' '\n' <"$work/all.classpath" | grep -E '/(flatlaf|flatlaf-fonts-inter|miglayout-swing|miglayout-core)-[0-9.]+\.jar$' |
        paste -sd: - >"$flat_cp_file"
fi
flat_cp=$(cat "$flat_cp_file" 2>/dev/null || true)

frames="$work/frames"
if wanted flatlaf || wanted flatlaf-inter || wanted bare; then
    mkdir -p "$frames"
    "$javac_bin" -nowarn -d "$frames" -cp "$flat_cp" "$here"/frames/*.java ||
        die "cannot compile bench/frames"
fi

# The password screen of the escrow, as a dialog command: banner, title, icon with overlay, Markdown message,
# info box, secure field, two buttons.
dialog_args=(
    dialog
    --bannerimage "colour=#2E4A62" --bannertitle "Bootstrap Token" --bannerheight 110
    --title "Bootstrap Token"
    --icon "SF=lock.shield.fill,colour=#2E4A62" --overlayicon caution --iconsize 150
    --message "Good evening, Avery.\n\nThis Mac's **Bootstrap Token** is not yet stored with your organisation's device management. Once it is, the Mac can install updates without asking for an administrator password.\n\nEnter your Mac login password to store it. It is used for *this step only*."
    --infobox "**System Info**\n\nApple M3 Pro<br>K7WQ3XN9LP<br>36 GB memory<br>macOS 15.3.1"
    --textfield "Login password,secure,required,prompt=Your Mac login password"
    --button1text OK --button2
    --width 820 --height 480
)

names=()
declare -A command_of
add() {
    local name=$1
    shift
    names+=("$name")
    command_of[$name]=$(printf '%q ' "$@")
}
if [ "$renders" = yes ]; then
    out="$work/renders"
    mkdir -p "$out"
    add_renders() { # suffix, then the command that starts our program
        local suffix=$1
        shift
        wanted_render "shot-${suffix%-then}" &&
            add "shot-$suffix" "$@" "${dialog_args[@]}" --screenshot "$out/shot-$suffix.png"
        wanted_render "preview-${suffix%-then}" &&
            add "preview-$suffix" "$@" preview --scenario wrong-password-first --screenshots "$out/preview-$suffix"
        return 0
    }
    if wanted jar; then
        [ -f "$jar" ] || die "$jar is missing (run without --skip-build)"
        add_renders jar "$java_bin" -jar "$jar"
    fi
    if wanted packaged; then
        if [ -x "$launcher" ]; then
            add_renders packaged "$launcher"
        else
            say "no packaged launcher at $launcher (packaging/build-image.sh builds it): skipped"
        fi
    fi
    if [ -n "$compare" ]; then
        [ -f "$compare/target/escrow-bootstrap.jar" ] && wanted jar &&
            add_renders jar-then "$java_bin" -jar "$compare/target/escrow-bootstrap.jar"
        [ -x "$compare/target/image/escrow-bootstrap/bin/escrow-bootstrap" ] && wanted packaged &&
            add_renders packaged-then "$compare/target/image/escrow-bootstrap/bin/escrow-bootstrap"
    fi
fi
if [ "$renders" = no ] && wanted jar; then
    [ -f "$jar" ] || die "$jar is missing (run without --skip-build)"
    add jar "$java_bin" -jar "$jar" "${dialog_args[@]}"
fi
if [ "$renders" = no ] && wanted packaged; then
    if [ -x "$launcher" ]; then
        add packaged "$launcher" "${dialog_args[@]}"
    else
        say "no packaged launcher at $launcher (packaging/build-image.sh builds it): skipped"
    fi
fi
if [ "$renders" = no ] && [ -n "$compare" ]; then
    if [ -f "$compare/target/escrow-bootstrap.jar" ]; then
        add jar-then "$java_bin" -jar "$compare/target/escrow-bootstrap.jar" "${dialog_args[@]}"
    else
        say "--compare: no $compare/target/escrow-bootstrap.jar: jar-then skipped"
    fi
    if [ -x "$compare/target/image/escrow-bootstrap/bin/escrow-bootstrap" ]; then
        add packaged-then "$compare/target/image/escrow-bootstrap/bin/escrow-bootstrap" "${dialog_args[@]}"
    fi
fi
if { wanted flatlaf || wanted flatlaf-inter; } && [ -z "$flat_cp" ]; then
    die "the FlatLaf and MigLayout jars were not found"
fi
wanted flatlaf && add flatlaf "$java_bin" -cp "$frames:$flat_cp" FlatFrame
wanted flatlaf-inter && add flatlaf-inter "$java_bin" -cp "$frames:$flat_cp" InterFrame
wanted bare && add bare "$java_bin" -cp "$frames" BareFrame
if wanted zenity; then
    if command -v zenity >/dev/null 2>&1; then
        add zenity zenity --password --title "Bootstrap Token"
    else
        say "zenity is not installed (Debian: apt-get install zenity): skipped"
    fi
fi
[ ${#names[@]} -gt 0 ] || die "nothing to measure"
width=13 # of the program column: the longest name
for name in "${names[@]}"; do [ "${#name}" -le "$width" ] || width=${#name}; done

# ---- the display ---------------------------------------------------------------------------------------------

# shellcheck source=bench/private-display.sh
. "$here/private-display.sh"
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
if [ "$renders" = yes ]; then
    display_note="none (headless renders)"
elif [ -z "${DISPLAY:-}" ]; then
    private_display "$work/display" || die "no display"
    display_note="private Xvfb $DISPLAY, 1440x900x24"
else
    display_note="$DISPLAY"
fi

# ---- the runs ------------------------------------------------------------------------------------------------

results="$work/results.tsv"
: >"$results"
log="$work/runs.log"
: >"$log"

until_flag=""
[ "$renders" = yes ] && until_flag="-e" # until the command has ended, not until a window appears
measure() { # name round
    local name=$1 round=$2 line
    if line=$(eval "\"$xmapwait\" $until_flag -t 30 -- ${command_of[$name]}" 2>>"$log" </dev/null); then
        local ms=${line#*_ms=}
        ms=${ms%% *}
        local kb=${line#*maxrss_kb=}
        kb=${kb%% *}
        local cpu=${line#*cpu_ms=}
        [ "$round" -gt 0 ] && printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$round" "$ms" "$kb" "$cpu" >>"$results"
        printf '  %-*s %8s ms %8s MB %6s ms CPU\n' "$width" "$name" "$ms" \
            "$(awk -v kb="$kb" 'BEGIN { printf "%.1f", kb / 1024 }')" "$cpu"
    else
        printf '  %-*s failed (see %s)\n' "$width" "$name" "$log"
    fi
}

echo "# start-up benchmark, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# java: $java_version ($java_bin); display: $display_note; $runs runs each after a warm-up round"
for name in "${names[@]}"; do echo "# $name: ${command_of[$name]}"; done
for round in $(seq 0 "$runs"); do
    if [ "$round" -eq 0 ]; then echo "round 0 (warm-up, not counted)"; else echo "round $round"; fi
    # Rotate the order each round: no program always runs first, right after another's exit.
    count=${#names[@]}
    for i in $(seq 0 $((count - 1))); do
        measure "${names[$(((i + round) % count))]}" "$round"
    done
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- the summary ---------------------------------------------------------------------------------------------

# Quantile of the sorted numbers on stdin (linear interpolation between closest ranks).
quantile() {
    sort -g | awk -v q="$1" '{ v[NR] = $1 } END {
        if (NR == 0) { print "nan"; exit }
        p = 1 + (NR - 1) * q; lo = int(p); hi = (lo < NR) ? lo + 1 : lo
        printf "%.1f\n", v[lo] + (p - lo) * (v[hi] - v[lo]) }'
}
column_of() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n { print $c }' "$results"; }

declare -A median_ms median_mb
echo
if [ "$renders" = yes ]; then
    echo "time until the command has ended, its PNGs written (ms); peak RSS (MB); CPU (ms)"
else
    echo "time to window mapped (ms)                              peak RSS (MB)                   CPU (ms)"
fi
printf '%-*s %7s %15s %15s   %7s %15s   %7s\n' "$width" program median "p25 - p75" "min - max" median "min - max" median
for name in "${names[@]}"; do
    n=$(column_of "$name" 3 | wc -l)
    if [ "$n" -eq 0 ]; then
        printf '%-*s no successful run\n' "$width" "$name"
        continue
    fi
    med=$(column_of "$name" 3 | quantile 0.5)
    q1=$(column_of "$name" 3 | quantile 0.25)
    q3=$(column_of "$name" 3 | quantile 0.75)
    lo=$(column_of "$name" 3 | quantile 0)
    hi=$(column_of "$name" 3 | quantile 1)
    mem=$(column_of "$name" 4 | awk '{ print $1 / 1024 }' | quantile 0.5)
    mem_lo=$(column_of "$name" 4 | awk '{ print $1 / 1024 }' | quantile 0)
    mem_hi=$(column_of "$name" 4 | awk '{ print $1 / 1024 }' | quantile 1)
    cpu=$(column_of "$name" 5 | quantile 0.5)
    # shellcheck disable=SC2034 # read through the name references of ratio_table and target
    median_ms[$name]=$med
    # shellcheck disable=SC2034
    median_mb[$name]=$mem
    printf '%-*s %7s %15s %15s   %7s %15s   %7s   (n=%s)\n' "$width" "$name" "$med" "$q1 - $q3" "$lo - $hi" "$mem" \
        "$mem_lo - $mem_hi" "$cpu" "$n"
done

ratio_table() { # title, associative array name
    local -n medians=$2
    echo
    echo "$1 (row / column)"
    printf '%-*s' "$width" ""
    for col in "${names[@]}"; do printf ' %*s' "$width" "$col"; done
    echo
    for row in "${names[@]}"; do
        [ -n "${medians[$row]:-}" ] || continue
        printf '%-*s' "$width" "$row"
        for col in "${names[@]}"; do
            if [ -n "${medians[$col]:-}" ]; then
                awk -v a="${medians[$row]}" -v b="${medians[$col]}" -v w="$width" \
                    'BEGIN { printf " %" (w - 1) ".2fx", a / b }'
            else
                printf ' %*s' "$width" "-"
            fi
        done
        echo
    done
}
ratio_table "ratios of median start-up times" median_ms
ratio_table "ratios of median peak RSS" median_mb

# The issue's targets, when both sides were measured.
target() { # label, row, column, limit (empty: a figure with no target), array name
    local -n medians=$5
    [ -n "${medians[$2]:-}" ] && [ -n "${medians[$3]:-}" ] || return 0
    awk -v label="$1" -v a="${medians[$2]}" -v b="${medians[$3]}" -v limit="$4" 'BEGIN {
        r = a / b; printf "  %-52s %5.2fx", label, r
        if (limit == "") print ""; else printf " (target <= %.2fx)  %s\n", limit, (r <= limit ? "met" : "NOT met") }'
}
if [ "$renders" = yes ]; then
    if [ -n "$compare" ]; then
        echo
        echo "against $compare"
        for name in shot-jar shot-packaged preview-jar preview-packaged; do
            target "$name, now / then" "$name" "$name-then" 1 median_ms
        done
    fi
    echo
    echo "raw results: $results (program, round, ms, KB, CPU ms); program output: $log"
    exit 0
fi
echo
echo "targets"
target "jar start-up / FlatLaf + MigLayout frame" jar flatlaf 1.15 median_ms
target "packaged start-up / zenity --password" packaged zenity 1.6 median_ms
target "packaged start-up / bare Swing frame" packaged bare 1.0 median_ms
target "jar peak RSS / bare Swing frame" jar bare 1.3 median_mb
target "packaged peak RSS / bare Swing frame" packaged bare 1.3 median_mb
# No target: how much of the jar's start and memory is the typeface, which the FlatLaf frame does not have.
if [ -n "${median_ms[flatlaf-inter]:-}" ]; then
    echo
    echo "for reference: the same frame in Inter, our typeface (no target)"
    target "FlatLaf frame in Inter / FlatLaf frame" flatlaf-inter flatlaf "" median_ms
    target "jar start-up / FlatLaf frame in Inter" jar flatlaf-inter "" median_ms
    target "FlatLaf frame in Inter, peak RSS / bare Swing frame" flatlaf-inter bare "" median_mb
    target "jar peak RSS / FlatLaf frame in Inter" jar flatlaf-inter "" median_mb
fi
if [ -n "$compare" ]; then
    echo
    echo "against $compare"
    target "jar start-up, now / then" jar jar-then 1 median_ms
    target "packaged start-up, now / then" packaged packaged-then 1 median_ms
fi
echo
echo "raw results: $results (program, round, ms, KB, CPU ms); program output: $log"
