#!/bin/sh
# Runs a command in its own D-Bus session with an unlocked GNOME keyring (a real secret
# service), in a throw-away home so the user's own keyrings are never touched.
set -e
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf %s recbar-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"
' sh "$@"
