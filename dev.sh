#!/usr/bin/env bash
# RecBar's one entry point for developers and CI.
#
#   ./dev.sh demo    install what is missing, build, start the demo
#   ./dev.sh test    install what is missing, build, run every test (ctest)
#   ./dev.sh build   install what is missing and build
#   ./dev.sh deps    only install what is missing
#
# On Debian 12 missing packages are installed with apt-get (through sudo when not root).
# Elsewhere, install the equivalents listed in README.md and run the same commands.
set -euo pipefail

cd "$(dirname "$0")"
PRESET=${RECBAR_PRESET:-dev}
BUILD_DIR="build/$PRESET"

DEBIAN_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qtkeychain-qt6-dev libsndfile1-dev catch2
    openssl
    # a real secret service for the keychain tests
    gnome-keyring dbus-daemon dbus-x11 libsecret-1-0
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_deps() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "Not a Debian system: install the packages listed in README.md yourself."
        return
    fi
    local missing=()
    for package in "${DEBIAN_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    say "Installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "dev.sh: missing packages (${missing[*]}) and no sudo to install them; run as root." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    say "Configuring ($PRESET)"
    cmake --preset "$PRESET" >/dev/null
    say "Building"
    cmake --build --preset "$PRESET"
}

case "${1:-}" in
deps)
    install_deps
    ;;
build)
    install_deps
    build
    ;;
test)
    install_deps
    build
    say "Testing"
    ctest --preset "$PRESET" --parallel "$(nproc 2>/dev/null || echo 2)"
    ;;
demo)
    install_deps
    build
    say "Starting recsim with the looping demo scenario (Ctrl+C to stop)"
    cat <<'TXT'
    Try, in another terminal:
      curl -u bob:bob-demo 'http://127.0.0.1:7480/api/Agent?agentIdentifier=Id&value=2'
      curl -u bob:bob-demo http://127.0.0.1:7480/finesse/api/User/bob/Dialogs
      curl http://127.0.0.1:7480/sim/model?agent=bob
TXT
    exec "$BUILD_DIR/sim/recsim" --listen 127.0.0.1:7480 --scenario demo
    ;;
*)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
