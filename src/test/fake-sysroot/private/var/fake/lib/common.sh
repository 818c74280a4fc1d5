# shellcheck shell=sh
# The shared part of the fake macOS tools: where the scenario lives, how each call is recorded, the failure modes
# every tool supports, and reading answers from the terminal the way readpassphrase does.
# The tool sets FAKE_ROOT (the sysroot) before sourcing this file. See ../README.md for the state layout.

# shellcheck disable=SC2153 # FAKE_ROOT is set by the tool before it sources this file
FAKE=$FAKE_ROOT/private/var/fake
FAKE_TOOL=${0#"$FAKE_ROOT"}
FAKE_NAME=${0##*/}
FAKE_CALL=
FAKE_MODE=
FAKE_ANSWER=
FAKE_SECRET=

# Records this call in log/call-N: argv (NUL-separated, the macOS path first), environment and process id.
fake_record() {
    mkdir -p "$FAKE/log" || exit 70
    n=$(cat "$FAKE/log/next" 2>/dev/null) || n=0
    case $n in '' | *[!0-9]*) n=0 ;; esac
    while ! mkdir "$FAKE/log/call-$n" 2>/dev/null; do
        n=$((n + 1))
    done
    echo $((n + 1)) >"$FAKE/log/next"
    FAKE_CALL=$FAKE/log/call-$n
    env >"$FAKE_CALL/env"
    echo "$$" >"$FAKE_CALL/pid"
    # argv last and by rename: a test that lists the calls meanwhile sees either no argv (call not yet recorded,
    # skipped) or all of it, never a half-written one.
    printf '%s\0' "$FAKE_TOOL" "$@" >"$FAKE_CALL/argv.part"
    mv "$FAKE_CALL/argv.part" "$FAKE_CALL/argv"
}

# Prints the mode set for this tool and sub-command (mode/NAME-SUB, else mode/NAME), or nothing.
fake_mode() {
    for f in "$FAKE/mode/$FAKE_NAME-${1:-}" "$FAKE/mode/$FAKE_NAME"; do
        if [ -f "$f" ]; then
            cat "$f"
            return 0
        fi
    done
}

# Acts out the modes every tool shares (hang, garbage, empty, fail); any other mode is left in FAKE_MODE for the
# tool itself.
fake_apply_mode() {
    FAKE_MODE=$(fake_mode "${1:-}")
    case $FAKE_MODE in
    hang) fake_hang ;;
    garbage)
        printf '\033[?1h\001\002 <<< 0xDEADBEEF %s >>> ~~~\n' "$$"
        printf '### Segmentation fault?! ###\n' >&2
        exit 0
        ;;
    empty) exit 0 ;;
    fail)
        printf '%s: simulated failure\n' "$FAKE_NAME" >&2
        exit 1
        ;;
    esac
}

# Never answers: starts a grandchild that would outlive a careless kill, records both process ids, and waits.
fake_hang() {
    mkdir -p "$FAKE/pids"
    sleep 3600 &
    echo "$!" >"$FAKE/pids/$FAKE_NAME.grandchild"
    echo "$$" >"$FAKE/pids/$FAKE_NAME.pid"
    wait
    exit 0
}

# Sleeps for style/NAME-delay seconds, if set: keeps the process alive long enough to be watched.
fake_delay() {
    if [ -f "$FAKE/style/$FAKE_NAME-delay" ]; then
        sleep "$(cat "$FAKE/style/$FAKE_NAME-delay")"
    fi
}

# Acts out the modes that strike after the tool has read its answers: answered-garbage (prints garbage, exit 0) and
# answered-fail (prints a failure, exit 1).
fake_after_answer() {
    case $FAKE_MODE in
    answered-garbage)
        printf '\033[?1h\001\002 <<< 0xDEADBEEF %s >>> ~~~\n' "$$"
        exit 0
        ;;
    answered-fail)
        printf '%s: simulated failure after reading the answer\n' "$FAKE_NAME" >&2
        exit 1
        ;;
    esac
}

# Opens the controlling terminal on fd 3, as readpassphrase does; status 1 when the process has none.
fake_open_tty() {
    if ! (exec 3<>/dev/tty) 2>/dev/null; then
        return 1
    fi
    exec 3<>/dev/tty
}

# Prints prompt $1 on the terminal (no newline) and reads a visible answer into FAKE_ANSWER.
fake_ask() {
    printf '%s' "$1" >&3
    FAKE_ANSWER=
    # shellcheck disable=SC2034 # read by the tool that asked
    IFS= read -r FAKE_ANSWER <&3
}

# Turns echo off, prints prompt $1 (no newline), reads the secret into FAKE_SECRET and records its exact bytes in the
# call's log as "password". style/echo-secrets keeps echo on, to test that the caller redacts an echoed secret.
fake_ask_secret() {
    if [ ! -f "$FAKE/style/echo-secrets" ]; then
        stty -echo <&3 2>/dev/null
    fi
    printf '%s' "$1" >&3
    FAKE_SECRET=
    IFS= read -r FAKE_SECRET <&3
    status=$?
    stty echo <&3 2>/dev/null
    printf '\n' >&3
    printf '%s' "$FAKE_SECRET" >"$FAKE_CALL/password"
    return $status
}

# True when $1 names an existing user.
fake_user_exists() {
    case $1 in '' | */* | . | ..) return 1 ;; esac
    [ -d "$FAKE/users/$1" ]
}

# Prints the user's attribute $2 (a file in users/NAME), if set.
fake_user_get() {
    cat "$FAKE/users/$1/$2" 2>/dev/null
}

# True when the user has flag $2 (admin, filevault, securetoken, disabled).
fake_user_is() {
    [ -f "$FAKE/users/$1/$2" ]
}

# True when $2 is exactly the user's password, byte for byte.
fake_password_matches() {
    [ -f "$FAKE/users/$1/password" ] && [ "$2" = "$(cat "$FAKE/users/$1/password")" ]
}

# Prints every user name, one a line.
fake_users() {
    for dir in "$FAKE"/users/*/; do
        [ -d "$dir" ] || continue
        dir=${dir%/}
        echo "${dir##*/}"
    done
}

# Prints host fact $1 (a file in host/), if set.
fake_host() {
    cat "$FAKE/host/$1" 2>/dev/null
}
