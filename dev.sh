#!/usr/bin/env bash
# RecBar's one entry point for developers and CI.
#
#   ./dev.sh demo    install what is missing, build, start the demo
#   ./dev.sh test    install what is missing, build, run every test (ctest)
#   ./dev.sh build   install what is missing and build
#   ./dev.sh asan    the same as test, built with AddressSanitizer + UndefinedBehaviorSanitizer
#   ./dev.sh fuzz [SECONDS]   build the libFuzzer targets (clang) and run each for SECONDS (30)
#   ./dev.sh fuzz-grow [SECONDS [TARGET...]]   run each target long (600 s) and merge what it
#                    found into tests/fuzz/corpus (to be committed)
#   ./dev.sh bench   install what is missing, build in release, run the benchmarks (~13 min)
#   ./dev.sh soak [CALLS]   the same build, a compressed working day of CALLS calls (2000, ~40 min)
#   ./dev.sh package build the .deb in release, validate the desktop files, then install it on
#                    this machine, run recbar and recsim from it and remove it again (CI does)
#   ./dev.sh windows cross-compile for Windows (MinGW-w64; the SDK is built once, ~1 h), run the
#                    tests under Wine, build the NSIS installer, install, run and remove it
#   ./dev.sh windows-check   what CI can afford of Windows: every source file compiled again by
#                    MinGW-w64 (syntax only, against the Linux Qt headers); see README.md
#   ./dev.sh macos-check   what CI can prove of macOS without a Mac: every source file compiled
#                    again by clang for macOS (syntax only, with shims); see packaging/README.md
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
    qt6-base-dev qt6-svg-dev qt6-multimedia-dev qt6-websockets-dev libqt6sql6-sqlite
    qtkeychain-qt6-dev libsndfile1-dev libsoundtouch-dev catch2
    # hearing spoken card numbers (recbar scan), and the speech its tests make
    libpocketsphinx-dev pocketsphinx-en-us festival festvox-us-slt-hts
    # translations: lupdate/lrelease, and Qt's own strings in Spanish and French
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    openssl fonts-dejavu-core
    # the audio tests make their files in the test run
    sox lame
    # the player's sound through a real sound server
    pulseaudio pulseaudio-utils
    # a real secret service for the keychain tests
    gnome-keyring dbus-daemon dbus-x11 libsecret-1-0
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Packages only the tests need: single sign-on through a real browser (tests/e2e).
TEST_PACKAGES=(chromium)

# Packages only the fuzzers need.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

# A fuzz target's own flags (tests/fuzz/options/TARGET.options: -max_len to reach the parsers'
# bounds) and its protocol's dictionary.
fuzz_options() {
    local options="tests/fuzz/options/$1.options" dict="tests/fuzz/dict/$1.dict"
    [ -f "$options" ] && cat "$options"
    [ -f "$dict" ] && echo "-dict=$dict"
    return 0
}

install_deps() {
    local wanted=("${DEBIAN_PACKAGES[@]}" "$@")
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "Not a Debian system: install the packages listed in README.md yourself."
        return
    fi
    local missing=()
    for package in "${wanted[@]}"; do
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
    install_deps "${TEST_PACKAGES[@]}"
    build
    say "Testing"
    ctest --preset "$PRESET" --parallel "$(nproc 2>/dev/null || echo 2)"
    ;;
asan)
    install_deps "${TEST_PACKAGES[@]}"
    PRESET=asan
    build
    say "Testing under AddressSanitizer + UndefinedBehaviorSanitizer"
    LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
        ctest --preset asan --parallel "$(nproc 2>/dev/null || echo 2)"
    ;;
fuzz)
    install_deps "${FUZZ_PACKAGES[@]}"
    PRESET=fuzz
    BUILD_DIR=build/fuzz
    build
    seconds=${2:-30}
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    failed=()
    for corpus in tests/fuzz/corpus/*/; do
        target=$(basename "$corpus")
        say "$target: ${seconds} s"
        mkdir -p "$work/$target"
        # New inputs go to the scratch corpus, never into the repository's seeds.
        if ! "$BUILD_DIR/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            $(fuzz_options "$target") -print_final_stats=1 -artifact_prefix="$work/$target-" \
            "$work/$target" "$corpus" > "$work/$target.log" 2>&1; then
            tail -40 "$work/$target.log"
            mkdir -p build/fuzz-crashes
            cp "$work/$target"-* build/fuzz-crashes/ 2>/dev/null || true
            failed+=("$target")
        else
            grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$work/$target.log" | tr '\n' ' '
            echo
        fi
    done
    if [ ${#failed[@]} -gt 0 ]; then
        echo "dev.sh fuzz: crashes in ${failed[*]}; the inputs are in build/fuzz-crashes/" >&2
        exit 1
    fi
    ;;
fuzz-grow)
    # Each target for SECONDS (600 by default) from the committed corpus, then the inputs that
    # add coverage merged into tests/fuzz/corpus/TARGET (-merge=1 keeps the seeds and adds only
    # what covers more): commit them, and CI's short runs start where this long one ended.
    install_deps "${FUZZ_PACKAGES[@]}"
    PRESET=fuzz
    BUILD_DIR=build/fuzz
    build
    seconds=${2:-600}
    shift $(($# < 2 ? $# : 2))
    targets=("$@")
    [ ${#targets[@]} -gt 0 ] || targets=($(ls tests/fuzz/corpus))
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    report=build/fuzz-grow.txt
    for target in "${targets[@]}"; do
        say "$target: ${seconds} s"
        mkdir -p "$work/$target"
        "$BUILD_DIR/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            $(fuzz_options "$target") -print_final_stats=1 -artifact_prefix="$work/$target-" \
            "$work/$target" "tests/fuzz/corpus/$target" >"$work/$target.log" 2>&1 || {
            tail -40 "$work/$target.log"
            echo "dev.sh fuzz-grow: $target failed; its input is in $work (kept)" >&2
            trap - EXIT
            exit 1
        }
        before=$(ls "tests/fuzz/corpus/$target" | wc -l)
        "$BUILD_DIR/tests/fuzz/$target" -merge=1 $(fuzz_options "$target") \
            "tests/fuzz/corpus/$target" "$work/$target" >"$work/$target.merge.log" 2>&1
        line=$(grep -E '^#[0-9]+.*(DONE|pulse)' "$work/$target.log" | tail -1)
        printf '%s %s executions, %s; corpus %s -> %s files\n' "$target" \
            "$(sed -n 's/^stat::number_of_executed_units: //p' "$work/$target.log")" \
            "$(echo "$line" | grep -oE 'cov: [0-9]+ ft: [0-9]+')" "$before" \
            "$(ls "tests/fuzz/corpus/$target" | wc -l)" | tee -a "$report"
    done
    echo "figures: $report"
    ;;
bench)
    # espeak-ng speaks the speech bench_stretch stretches; festival's diphone voices and
    # espeak-ng read bench_cards' card numbers
    install_deps espeak-ng festvox-kallpc16k festvox-kdlpc16k
    PRESET=bench
    BUILD_DIR=build/bench
    build
    say "Benchmarks (figures beside a baseline measured in the same run)"
    # Each prints a table, then a JSON line kept in build/bench/<name>.json for tracking.
    for name in bench_library bench_stretch bench_recsim bench_bar bench_push bench_flood bench_team bench_cards; do
        "$BUILD_DIR/tests/bench/$name" | tee "$BUILD_DIR/$name.log"
        sed -n 's/^JSON //p' "$BUILD_DIR/$name.log" >"$BUILD_DIR/$name.json"
        echo
    done
    echo "figures for tracking: $BUILD_DIR/bench_*.json"
    ;;
package)
    # file and dpkg-dev: CPack finds the shared libraries the package depends on with them
    install_deps desktop-file-utils appstream file dpkg-dev
    PRESET=release
    BUILD_DIR=build/release
    build
    say "Packaging"
    rm -f "$BUILD_DIR"/recbar_*.deb
    (cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
    deb=$(ls "$BUILD_DIR"/recbar_*.deb)
    desktop-file-validate resources/org.recbar.RecBar.desktop
    appstreamcli validate --no-net resources/org.recbar.RecBar.metainfo.xml
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    say "Installing $deb, running it, removing it"
    "${sudo[@]}" dpkg -i "$deb"
    /usr/bin/recbar --version
    /usr/bin/recsim --version
    # The player's audio output, where recbar looks for it (../lib/recbar from the program).
    test -f /usr/bin/../lib/recbar/recbar-audio-output.so
    # recbar scan runs the installed recbar-scan with the speech model the package depends on.
    sox -n -r 8000 -e u-law "$BUILD_DIR/quiet.wav" trim 0 2
    /usr/bin/recbar scan --json "$BUILD_DIR/quiet.wav" | grep -q '"findings":\[\]'
    desktop-file-validate /usr/share/applications/org.recbar.RecBar.desktop
    for size in 16 32 48 256; do
        test -s "/usr/share/icons/hicolor/${size}x${size}/apps/org.recbar.RecBar.png"
    done
    # The recbar: URL scheme is registered with the desktop's handlers.
    if command -v update-desktop-database >/dev/null; then
        grep -q 'x-scheme-handler/recbar=org.recbar.RecBar.desktop' \
            /usr/share/applications/mimeinfo.cache
    fi
    "${sudo[@]}" dpkg -r recbar
    for file in /usr/bin/recbar /usr/bin/recsim /usr/share/applications/org.recbar.RecBar.desktop \
        /usr/share/metainfo/org.recbar.RecBar.metainfo.xml /usr/lib/recbar; do
        if [ -e "$file" ]; then
            echo "dev.sh package: $file is still there after removal" >&2
            exit 1
        fi
    done
    say "The package installs, runs and removes cleanly: $deb"
    ;;
windows-check)
    install_deps g++-mingw-w64-x86-64-posix python3
    [ -f "$BUILD_DIR/compile_commands.json" ] || build
    exec packaging/windows/syntax-check.sh "$BUILD_DIR"
    ;;
macos-check)
    install_deps clang python3
    [ -f "$BUILD_DIR/compile_commands.json" ] || build
    exec packaging/macos/syntax-check.sh "$BUILD_DIR"
    ;;
windows)
    # socat: the host's TLS front for recsim in the tests under Wine (tests/support/SimServer.h)
    install_deps g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix wine64 wine nsis xvfb \
        imagemagick msitools wixl socat
    exec packaging/windows/check.sh
    ;;
soak)
    install_deps
    PRESET=bench
    BUILD_DIR=build/bench
    build
    say "Soak: a compressed working day with the bar running"
    verdict=0
    "$BUILD_DIR/tests/bench/bench_soak" --calls "${2:-2000}" | tee "$BUILD_DIR/bench_soak.log" ||
        verdict=$?
    sed -n 's/^JSON //p' "$BUILD_DIR/bench_soak.log" >"$BUILD_DIR/bench_soak.json"
    exit "$verdict"
    ;;
demo)
    install_deps
    build
    say "Starting recbar --demo: the bar, signed in as bob to an in-process recsim (Ctrl+C to stop)"
    cat <<TXT
    bob gets a call every two minutes; try the buttons, or from another terminal:
      $BUILD_DIR/app/recbar ctl status
      $BUILD_DIR/app/recbar ctl start
      $BUILD_DIR/app/recbar ctl pause
      $BUILD_DIR/app/recbar ctl library    (the recordings, with the player)
      $BUILD_DIR/app/recbar recbar:pause   (a link, as a web CRM would give)
TXT
    exec "$BUILD_DIR/app/recbar" --demo
    ;;
*)
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
