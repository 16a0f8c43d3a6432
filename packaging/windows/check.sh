#!/usr/bin/env bash
# ./dev.sh windows: RecBar for Windows, built and checked on this Debian machine.
#  1. the MinGW-w64 SDK (build-sdk.sh; built once, then cached),
#  2. RecBar and recsim cross-compiled (build/windows),
#  3. the test suite under Wine, its result printed (and kept in build/windows/wine-tests.log),
#  4. the NSIS installer (RecBar-<version>-Setup.exe), installed silently in a Wine prefix of
#     its own, the installed recbar.exe --version run from it alone (no SDK on the PATH, so a
#     DLL the installer forgot fails here), the recbar: link scheme checked, then uninstalled
#     and nothing left,
#  5. a screenshot of the installed bar and library under Wine + Xvfb (build/windows/*.png),
#  6. the MSI (packaging/windows/msi): an older build installed silently with an administrator's
#     properties, upgraded in place by this one (the settings kept), the installed bar reading
#     the administrator's profile, then uninstalled and nothing left.
# Exit status: failure if any installer check fails, or a test fails that
# packaging/windows/wine-known-failures.txt does not list (checked after the installer's steps,
# so one run tells everything).
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() {
    echo "dev.sh windows: $*" >&2
    exit 1
}

sdk=$(packaging/windows/build-sdk.sh | tail -1)
[ -d "$sdk/lib/cmake/Qt6" ] || fail "no SDK at $sdk"
build=build/windows
run="$PWD/packaging/windows/wine-run.sh"
project_version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)

say "Cross-compiling RecBar and recsim with MinGW-w64 ($build)"
# A tree configured against another SDK (build-sdk.sh or a patch changed since) keeps that SDK's
# toolchain file, which CMake will not take again: start the tree afresh.
if [ -f "$build/CMakeCache.txt" ] && ! grep -qx "RECBAR_MINGW_SDK:[A-Z]*=$sdk" "$build/CMakeCache.txt"; then
    rm -rf "$build"
fi
RECBAR_MINGW_SDK=$sdk cmake -G Ninja -S . -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$sdk/lib/cmake/Qt6/qt.toolchain.cmake" -DQT_HOST_PATH=/usr \
    -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake -DRECBAR_MINGW_SDK="$sdk" \
    -DCMAKE_CROSSCOMPILING_EMULATOR="$run;$sdk" -DRECBAR_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build"

say "The test suite under Wine"
# The Wine prefix is made before the suite: made by the first tests, in parallel, it took
# longer than their timeout.
"$run" "$sdk" wineboot --init >/dev/null 2>&1 || true
started=$(date +%s)
ctest --test-dir "$build" --parallel "${RECBAR_WINE_JOBS:-3}" --timeout 180 \
    >"$build/wine-tests.log" 2>&1 || true
grep -E '^[0-9]+% tests passed' "$build/wine-tests.log" || tail -5 "$build/wine-tests.log"
echo "    ($(($(date +%s) - started)) s; the whole log: $build/wine-tests.log)"
known=packaging/windows/wine-known-failures.txt
grep -v -e '^#' -e '^$' "$known" | sort >"$build/wine-known.txt"
{ grep -E '\*\*\*(Failed|Timeout|Exception)' "$build/wine-tests.log" || true; } |
    sed -E 's/^ *[0-9]+\/[0-9]+ Test +#[0-9]+: (.*[^ .]) \.+ *\*\*\*.*/\1/' | sort >"$build/wine-failed.txt"
echo "    known under Wine ($known): $(comm -12 "$build/wine-known.txt" "$build/wine-failed.txt" | wc -l) failed"
comm -23 "$build/wine-known.txt" "$build/wine-failed.txt" | sed "s|^|    passes now, though $known lists it: |"
unexpected=$(comm -13 "$build/wine-known.txt" "$build/wine-failed.txt")
[ -z "$unexpected" ] || echo "$unexpected" | sed 's/^/    UNEXPECTED: /'

say "The NSIS installer"
rm -f "$build"/RecBar-*-Setup.exe
(cd "$build" && cpack -G NSIS >/dev/null)
setup=$(ls "$build"/RecBar-*-Setup.exe)
echo "    $setup ($(du -h "$setup" | cut -f1))"

# A prefix of its own, and Wine with nothing of the SDK on its PATH: what runs is what the
# installer put there.
export WINEPREFIX=$PWD/$build/install-prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
rm -rf "$WINEPREFIX"
wineboot --init >/dev/null 2>&1 || true
target='C:\Program Files\RecBar'
unix_target="$WINEPREFIX/drive_c/Program Files/RecBar"

say "Installing it silently under Wine"
wine "$setup" /S >/dev/null 2>&1
wineserver --wait
[ -f "$unix_target/bin/recbar.exe" ] || fail "the installer did not put recbar.exe in $target"
version=$(wine "$target\\bin\\recbar.exe" --version 2>/dev/null | tr -d '\r')
[ "$version" = "recbar $project_version" ] ||
    fail "the installed recbar.exe --version said \"$version\""
echo "    $version, from $target with its own DLLs"
for plugin in imageformats/qsvg iconengines/qsvgicon; do
    [ -f "$unix_target/bin/$plugin.dll" ] || fail "the installer has no $plugin.dll: no icons"
done
echo "    Qt's SVG plugins beside it: the icons are the SVGs"
wine reg query 'HKCR\recbar\shell\open\command' 2>/dev/null | grep -qi 'recbar.exe' ||
    fail "the recbar: link scheme is not registered"
echo "    the recbar: link scheme opens $target\\bin\\recbar.exe"

say "A screenshot of the installed bar and its library (Wine + Xvfb)"
display=:$((60 + RANDOM % 30))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display wine "$target\\bin\\recbar.exe" --demo >/dev/null 2>&1 &
sleep 12
# The bar answers its control pipe only once its window and platform plugin are up.
status=$(DISPLAY=$display wine "$target\\bin\\recbar.exe" ctl status 2>/dev/null | tr -d '\r') ||
    true
DISPLAY=$display wine "$target\\bin\\recbar.exe" ctl library >/dev/null 2>&1 || true
sleep 6
DISPLAY=$display import -window root "$build/recbar-windows-wine.png" || true
wineserver -k || true
kill "$xvfb" 2>/dev/null || true
[ -n "$status" ] || fail "the installed recbar.exe --demo did not answer recbar ctl status"
echo "    recbar ctl status: $(echo "$status" | head -1)"
echo "    $build/recbar-windows-wine.png"

say "Uninstalling it"
wine "$target\\Uninstall.exe" /S >/dev/null 2>&1
wineserver --wait
sleep 2
[ ! -e "$unix_target" ] || fail "left behind: $(find "$unix_target" | head -5 | tr '\n' ' ')"
if wine reg query 'HKCR\recbar' >/dev/null 2>&1; then
    fail "the recbar: link scheme is still registered"
fi
echo "    nothing left: no $target, no HKCR\\recbar"
say "The MSI (wixl), for IT departments"
stage=$PWD/$build/msi-stage
rm -rf "$stage" "$build"/RecBar-*.msi
cmake --install "$build" --prefix "$stage" >/dev/null
msi=$PWD/$build/RecBar-$project_version-x64.msi
previous=$PWD/$build/RecBar-0.0.1-x64.msi # the same files as an older version, to upgrade from
packaging/windows/msi/make-msi.sh "$stage" "$project_version" "$msi" >/dev/null 2>&1 ||
    fail "wixl could not build the MSI"
packaging/windows/msi/make-msi.sh "$stage" 0.0.1 "$previous" >/dev/null 2>&1 ||
    fail "wixl could not build the older MSI"
echo "    $msi ($(du -h "$msi" | cut -f1))"
export WINEPREFIX=$PWD/$build/msi-prefix
unix_target="$WINEPREFIX/drive_c/Program Files/RecBar"
rm -rf "$WINEPREFIX"
wineboot --init >/dev/null 2>&1 || true
admin='HKLM\Software\RecBar\RecBar'
say "The older MSI installed silently, with an administrator's settings"
wine msiexec /i "$(winepath -w "$previous")" /qn SERVERURL=https://rec.example.com \
    CONTROLKIND=qm STATEKIND=finesse STATESERVERURL=https://finesse.example.com LOCKED=1 \
    >/dev/null 2>&1 || fail "msiexec could not install the older MSI"
wineserver --wait
[ -f "$unix_target/bin/recbar.exe" ] || fail "the MSI did not put recbar.exe in $target"
wine reg query "$admin\\profiles\\main" 2>/dev/null | grep -q 'rec.example.com' ||
    fail "the MSI did not write SERVERURL to $admin"
say "Upgraded by the new MSI, given no properties: the settings stay"
wine msiexec /i "$(winepath -w "$msi")" /qn >/dev/null 2>&1 || fail "msiexec could not upgrade"
wineserver --wait
for value in rec.example.com qm finesse finesse.example.com; do
    wine reg query "$admin\\profiles\\main" 2>/dev/null | grep -q "$value" ||
        fail "the upgrade lost $value from $admin"
done
wine reg query "$admin\\locked" 2>/dev/null | grep -q main || fail "the upgrade lost LOCKED"
products=$(wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null |
    grep -c 'DisplayName.*RecBar' || true)
[ "$products" = 1 ] || fail "after the upgrade $products RecBar products are installed, not one"
echo "    one RecBar installed, the administrator's settings kept"
say "The installed bar reads the administrator's profile"
display=:$((60 + RANDOM % 30))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display wine "$target\\bin\\recbar.exe" >/dev/null 2>&1 &
sleep 10
status=$(DISPLAY=$display wine "$target\\bin\\recbar.exe" ctl status --json 2>/dev/null | tr -d '\r') || true
wineserver -k || true
kill "$xvfb" 2>/dev/null || true
# Signed out (no user or password given), it says which profile and server wait for them.
echo "$status" | grep -Eq 'Contact center|example\.com' ||
    fail "the installed bar's recbar ctl status does not name the administrator's profile: $status"
echo "    recbar ctl status: $(echo "$status" | grep -o '"connectionDetail":"[^"]*"')"
say "Uninstalling the MSI"
wine msiexec /x "$(winepath -w "$msi")" /qn >/dev/null 2>&1 || fail "msiexec could not uninstall"
wineserver --wait
[ ! -e "$unix_target" ] || fail "the MSI left behind: $(find "$unix_target" | head -5 | tr '\n' ' ')"
for key in "$admin" 'HKCR\recbar' 'HKLM\Software\RecBar\Installer'; do
    if wine reg query "$key" >/dev/null 2>&1; then
        fail "the MSI left $key"
    fi
done
echo "    nothing left: no $target, no settings, no HKCR\\recbar"

[ -z "$unexpected" ] || fail "tests failed under Wine that are not known to: $(echo "$unexpected" | tr '\n' ';')"
say "Windows build, installers (NSIS and MSI), install, upgrade, run and removal: done"
