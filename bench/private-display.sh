# shellcheck shell=bash
# Sourced by the benchmarks: when DISPLAY is unset, starts a private Xvfb (1440x900x24) on the first free display,
# exports DISPLAY and sets xvfb_pid for the caller to kill on exit; does nothing when a display is set.
#
#     private_display FILE    FILE receives the display number from Xvfb (-displayfd)
# Returns 1 with a message on stderr when Xvfb is missing or does not start.
# shellcheck disable=SC2034 # the sourcing script reads it
xvfb_pid=""
private_display() {
    local file=$1
    [ -z "${DISPLAY:-}" ] || return 0
    if ! command -v Xvfb >/dev/null 2>&1; then
        echo "DISPLAY is unset and Xvfb is missing (Debian: apt-get install xvfb)" >&2
        return 1
    fi
    mkdir -p "$(dirname "$file")"
    : >"$file"
    Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 3>"$file" &
    # shellcheck disable=SC2034
    xvfb_pid=$!
    for _ in $(seq 100); do
        [ -s "$file" ] && break
        sleep 0.05
    done
    if [ ! -s "$file" ]; then
        echo "Xvfb did not start" >&2
        return 1
    fi
    DISPLAY=":$(tr -d '[:space:]' <"$file")"
    export DISPLAY
}
