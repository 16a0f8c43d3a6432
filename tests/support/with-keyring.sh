#!/bin/sh
# Runs a command in its own D-Bus session with an unlocked GNOME keyring (a real secret
# service), in a throw-away home so the user's own keyrings are never touched.
# RECBAR_TEST_KEYRING=refusing: the service runs with no keyring and nobody to answer its
# prompt for a new one, so every write is refused (an agent who cancelled that prompt).
set -e
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    if [ "${RECBAR_TEST_KEYRING:-}" = refusing ]; then
        env -u DISPLAY -u WAYLAND_DISPLAY gnome-keyring-daemon --start --components=secrets \
            >/dev/null 2>&1
    else
        printf %s recbar-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    fi
    exec "$@"
' sh "$@"
