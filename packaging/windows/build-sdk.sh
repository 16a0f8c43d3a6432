#!/usr/bin/env bash
# Builds, from Debian 12's source packages, a MinGW-w64 SDK of everything RecBar links on
# Windows: Qt 6.4 (Core, Gui, Widgets, Network with Schannel, Sql with SQLite, Multimedia with
# its Windows backend, ShaderTools for Multimedia's build, Svg and WebSockets, from Debian's source
# or the upstream tarballs in RECBAR_QT_SOURCES), QtKeychain (Credential Manager), libsndfile with
# MP3 (mpg123, LAME) and SoundTouch.
# Host tools (moc, rcc, uic, qsb, lrelease) are Debian's Linux Qt of the same version.
#
#   packaging/windows/build-sdk.sh          build what is missing; print the SDK's folder
#   packaging/windows/build-sdk.sh --path   only print where the SDK for this script lives
#
# The SDK lands in ${RECBAR_CACHE:-~/.cache/recbar}/mingw-sdk/<hash of this script, the
# toolchain file and patches/>: a change to any of them builds a new SDK. patches/<package>-*.patch
# are applied to that package's source (what each fixes is said at its top). Every step leaves a
# stamp; a run that stops part-way resumes at the step that failed. Sources and build trees are kept under
# .../mingw-work (a new SDK reuses them, so only what changed is compiled again) and can be
# deleted once the SDK is done. From scratch it takes about 70 minutes on two cores (Qt base
# about 45, ShaderTools 15, Multimedia 5; the rest a few).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
toolchain="$here/mingw-toolchain.cmake"
cache=${RECBAR_CACHE:-$HOME/.cache/recbar}
key=$(cat "$here/build-sdk.sh" "$toolchain" "$here"/patches/*.patch | sha256sum | cut -c1-16)
sdk="$cache/mingw-sdk/$key"
work="$cache/mingw-work"
jobs=${RECBAR_SDK_JOBS:-$(nproc 2>/dev/null || echo 2)}

if [ "${1:-}" = --path ]; then
    echo "$sdk"
    exit 0
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() {
    echo "build-sdk.sh: $*" >&2
    exit 1
}

host_packages=(
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools
    cmake ninja-build make perl tcl xz-utils bzip2 dpkg-dev curl ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-shadertools-dev qt6-shader-baker
    qt6-tools-dev qt6-l10n-tools catch2
)

sudo_cmd() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_host_packages() {
    local missing=()
    for package in "${host_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$package")
    done
    if ! apt-cache showsrc qt6-base >/dev/null 2>&1 ||
        [ -z "$(apt-cache showsrc qt6-base 2>/dev/null)" ]; then
        say "Adding Debian's source archive (deb-src) for apt-get source"
        local suites
        suites=$(. /etc/os-release && echo "$VERSION_CODENAME")
        sudo_cmd tee /etc/apt/sources.list.d/recbar-deb-src.sources >/dev/null <<EOF
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $suites $suites-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: $suites-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
        missing+=(apt-update)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        say "Installing ${missing[*]}"
        sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -q
        local real=()
        for package in "${missing[@]}"; do [ "$package" = apt-update ] || real+=("$package"); done
        [ ${#real[@]} -eq 0 ] ||
            sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
                --no-install-recommends "${real[@]}"
    fi
}

# Debian source package -> the upstream tarball, unpacked into $work/src/<package>.
# A package whose files this machine's mirror cannot serve may name a fallback from a later
# Debian release (same pool, checked against the sha256 that release's Sources lists).
declare -A fallback_url fallback_sha
fallback_url[qtkeychain]=http://deb.debian.org/debian/pool/main/q/qtkeychain/qtkeychain_0.15.0.orig.tar.gz
fallback_sha[qtkeychain]=f4254dc8f0933b06d90672d683eab08ef770acd8336e44dfa030ce041dc2ca22

# The upstream tarball apt-get left behind when a later file failed, if the .dsc's sha256 for
# it matches: apt checks each file as it arrives, and this checks again.
verified_orig() { # download-dir
    local dsc orig sum
    dsc=$(ls "$1"/*.dsc 2>/dev/null | head -1) && [ -n "$dsc" ] || return 1
    orig=$(ls "$1"/*.orig.tar.* 2>/dev/null | grep -v '\.asc$' | head -1) && [ -n "$orig" ] || return 1
    sum=$(awk -v name="$(basename "$orig")" '/^Checksums-Sha256:/ {on=1; next}
        /^[^ ]/ {on=0} on && $3 == name {print $1}' "$dsc")
    [ -n "$sum" ] && echo "$sum  $orig" | sha256sum -c --quiet >/dev/null 2>&1 || return 1
    echo "$orig"
}

# Qt modules whose Debian source this project's mirror does not serve: the upstream tree at the
# same version, from a folder of tarballs (RECBAR_QT_SOURCES; ../shared/third-party/qt beside the
# checkout when it exists), checked against these SHA-256 (the folder's SOURCES.md names tags and
# commits). Built without Debian's few patches for 6.4.2; the SDK's SOURCES file says which it got.
qt_sources=${RECBAR_QT_SOURCES:-$(cd "$here/../../.." && pwd)/shared/third-party/qt}
declare -A qt_tarball qt_tarball_sha
qt_tarball[qt6-svg]=qtsvg-everywhere-src-6.4.2.tar.xz
qt_tarball_sha[qt6-svg]=b7f5c33044bc14926e9d7f3de46591e84ea943bb937592a5258fdfbd7f392cc6
qt_tarball[qt6-websockets]=qtwebsockets-everywhere-src-6.4.2.tar.xz
qt_tarball_sha[qt6-websockets]=44118ad922318068cec5f08bb3277ad1f680755c54bb287ee29fd7574a64a8d7

record_source() { # package what
    mkdir -p "$sdk"
    grep -qs "^$1 " "$sdk/SOURCES" || echo "$1 $2" >>"$sdk/SOURCES"
}

fetch() {
    local package=$1 target="$work/src/$1"
    [ -d "$target" ] && return 0
    mkdir -p "$work/download/$package"
    local orig
    if (cd "$work/download/$package" && apt-get source --download-only -q "$package" >/dev/null 2>&1); then
        orig=$(ls "$work/download/$package"/*.orig.tar.* | grep -v '\.asc$' | head -1)
        record_source "$package" "Debian source package ($(basename "$orig"))"
    elif orig=$(verified_orig "$work/download/$package"); then
        # only the upstream signature (.asc) was missing from the mirror
        record_source "$package" "Debian's upstream tarball ($(basename "$orig"), checked against the .dsc)"
    elif [ -n "${qt_tarball[$package]:-}" ] && [ -f "$qt_sources/${qt_tarball[$package]}" ]; then
        orig="$qt_sources/${qt_tarball[$package]}"
        echo "${qt_tarball_sha[$package]}  $orig" | sha256sum -c --quiet ||
            die "$orig does not have the SHA-256 this script expects"
        record_source "$package" "upstream git tree $(basename "$orig") from $qt_sources (sha256 ${qt_tarball_sha[$package]}; without Debian's patches)"
    elif [ -n "${fallback_url[$package]:-}" ]; then
        orig="$work/download/$package/$(basename "${fallback_url[$package]}")"
        curl -fsSL -o "$orig" "${fallback_url[$package]}" || return 1
        echo "${fallback_sha[$package]}  $orig" | sha256sum -c --quiet || return 1
        record_source "$package" "${fallback_url[$package]} (sha256 ${fallback_sha[$package]})"
    else
        return 1
    fi
    mkdir -p "$target.tmp"
    tar -xf "$orig" -C "$target.tmp" --strip-components=1
    mv "$target.tmp" "$target"
}

patch_source() { # package: apply patches/<package>-*.patch once (a kept source may have them)
    local patch
    for patch in "$here/patches/$1"-*.patch; do
        [ -e "$patch" ] || continue
        patch -d "$work/src/$1" -p1 -R -f -s --dry-run <"$patch" >/dev/null 2>&1 && continue
        patch -d "$work/src/$1" -p1 -f -s --no-backup-if-mismatch <"$patch" ||
            die "$(basename "$patch") does not apply to $1"
    done
}

stamp() { [ -f "$sdk/.stamps/$1" ]; }
done_step() {
    mkdir -p "$sdk/.stamps"
    touch "$sdk/.stamps/$1"
}

cmake_build() { # source-dir build-name [cmake arguments...]
    # Build trees are kept: after a change to this script, ninja redoes only what changed.
    local source=$1 build="$work/build/$2"
    shift 2
    # A tree configured for another SDK folder (an older script) points at files that are gone.
    if [ -d "$build" ] && grep -hos 'mingw-sdk/[0-9a-f]*' "$build/CMakeCache.txt" \
        "$build"/CMakeFiles/*/CMakeSystem.cmake | grep -qvx "mingw-sdk/$key"; then
        rm -rf "$build"
    fi
    cmake -G Ninja -S "$source" -B "$build" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$sdk" "$@" >"$build.configure.log" 2>&1 ||
        { tail -40 "$build.configure.log"; die "configuring $(basename "$build") failed (log: $build.configure.log)"; }
    cmake --build "$build" --parallel "$jobs" >"$build.build.log" 2>&1 ||
        { grep -m 20 -B2 -A8 'error' "$build.build.log" | tail -60; die "building $(basename "$build") failed (log: $build.build.log)"; }
    cmake --install "$build" >/dev/null
}

# Qt's qt.toolchain.cmake loads the toolchain it was built with by that file's path: the SDK keeps
# its own copy, so it serves any checkout (and one that has moved or gone).
sdk_toolchain="$sdk/lib/cmake/recbar-mingw-toolchain.cmake"
cross=(-DCMAKE_TOOLCHAIN_FILE="$sdk_toolchain" -DRECBAR_MINGW_SDK="$sdk")
qt_module=(-DCMAKE_TOOLCHAIN_FILE="$sdk/lib/cmake/Qt6/qt.toolchain.cmake"
    -DQT_BUILD_TESTS=OFF -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_BENCHMARKS=OFF)

build_sqlite() {
    stamp sqlite && return
    say "SQLite (the amalgamation, made by a host configure; compiled for Windows)"
    fetch sqlite3 || die "no sqlite3 source"
    local build="$work/build/sqlite"
    mkdir -p "$build"
    [ -f "$build/sqlite3.c" ] ||
        (cd "$build" && "$work/src/sqlite3/configure" >/dev/null && make -s sqlite3.c >/dev/null) ||
        die "making sqlite3.c failed"
    mkdir -p "$sdk/include" "$sdk/lib"
    # COLUMN_METADATA: Qt's driver asks for a result column's table.
    x86_64-w64-mingw32-gcc-posix -O2 -c "$build/sqlite3.c" -o "$build/sqlite3.o" \
        -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 -DSQLITE_THREADSAFE=1 \
        -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_ENABLE_COLUMN_METADATA
    x86_64-w64-mingw32-gcc-ar-posix rcs "$sdk/lib/libsqlite3.a" "$build/sqlite3.o"
    cp "$build/sqlite3.h" "$work/src/sqlite3/src/sqlite3ext.h" "$sdk/include/" 2>/dev/null ||
        cp "$build/sqlite3.h" "$sdk/include/"
    done_step sqlite
}

build_qtbase() {
    stamp qtbase && return
    # tabletevent: Debian's +dfsg tarball leaves out the Wintab header it needs. OpenGL stays:
    # 6.4's Windows platform plugin does not build without it; Concurrent: Multimedia's Windows
    # backend uses it.
    say "Qt base 6.4 (Core, Gui, Widgets, Network/Schannel, Sql/SQLite): the long step"
    fetch qt6-base || die "no qt6-base source"
    patch_source qt6-base
    cmake_build "$work/src/qt6-base" qtbase "${cross[@]}" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DBUILD_SHARED_LIBS=ON -DQT_BUILD_TESTS=OFF -DQT_BUILD_EXAMPLES=OFF \
        -DQT_BUILD_BENCHMARKS=OFF -DQT_BUILD_MANUAL_TESTS=OFF \
        -DFEATURE_sql=ON -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
        -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF \
        -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
        -DFEATURE_schannel=ON -DFEATURE_openssl=OFF -DFEATURE_dbus=OFF -DFEATURE_icu=OFF \
        -DFEATURE_opengl=ON -DFEATURE_vulkan=OFF -DFEATURE_printsupport=OFF \
        -DFEATURE_concurrent=ON -DFEATURE_tabletevent=OFF -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF \
        -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF -DFEATURE_system_freetype=OFF \
        -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_doubleconversion=OFF \
        -DFEATURE_system_md4c=OFF -DFEATURE_sql_sqlite=ON \
        -DSQLite3_INCLUDE_DIR="$sdk/include" -DSQLite3_LIBRARY="$sdk/lib/libsqlite3.a"
    done_step qtbase
}

build_qt_module() { # debian-package stamp-name [required [cmake-args...]]
    local package=$1 name=$2 required=${3:-optional}
    shift $(($# < 3 ? $# : 3))
    stamp "$name" && return
    if ! fetch "$package"; then
        [ "$required" = required ] && die "no $package source"
        say "$package: its source cannot be fetched from this machine's Debian mirror; left out"
        echo "$package" >>"$sdk/MISSING"
        done_step "$name"
        return
    fi
    say "Qt module $package"
    cmake_build "$work/src/$package" "$name" "${qt_module[@]}" "$@"
    done_step "$name"
}

case_shims() { # source-dir shim-dir: Name.h -> name.h where only the latter exists
    local include=/usr/x86_64-w64-mingw32/include header lower qt
    mkdir -p "$2"
    grep -rhoE '#include ["<][A-Za-z0-9_]+\.h[">]' --include='*.cpp' --include='*.h' "$1" |
        sort -u | sed -E 's/#include ["<]//; s/[">]$//' | while read -r header; do
        lower=$(echo "$header" | tr 'A-Z' 'a-z')
        [ "$header" != "$lower" ] && [ ! -e "$include/$header" ] || continue
        if [ -e "$include/$lower" ]; then
            echo "#include <$lower>" >"$2/$header"
        elif qt=$(cd "$sdk/include" && ls Qt*/"$lower" 2>/dev/null | head -1) && [ -n "$qt" ]; then
            echo "#include <$qt>" >"$2/$header" # <QUrl.h>: Qt's own header, misspelt
        fi
    done
}

build_mpg123() {
    stamp mpg123 && return
    say "mpg123"
    fetch mpg123 || die "no mpg123 source"
    cmake_build "$work/src/mpg123/ports/cmake" mpg123 "${cross[@]}" -DBUILD_SHARED_LIBS=ON \
        -DBUILD_PROGRAMS=OFF -DBUILD_LIBOUT123=OFF
    done_step mpg123
}

build_lame() {
    stamp lame && return
    say "LAME"
    fetch lame || die "no lame source"
    # LAME 3.100's export list names lame_init_old, which it no longer defines (a Windows DLL
    # refuses that), and the hip_* decoder functions, so the decoder stays in.
    sed -i '/^lame_init_old$/d' "$work/src/lame/include/libmp3lame.sym"
    local build="$work/build/lame"
    rm -rf "$build" && mkdir -p "$build"
    (cd "$build" && "$work/src/lame/configure" --host=x86_64-w64-mingw32 --prefix="$sdk" \
        CC=x86_64-w64-mingw32-gcc-posix --disable-frontend --disable-static --enable-shared \
        >"$build.configure.log" 2>&1 &&
        make -j"$jobs" >"$build.build.log" 2>&1 && make install >/dev/null 2>&1) ||
        die "building LAME failed (logs: $build.*.log)"
    done_step lame
}

build_sndfile() {
    stamp sndfile && return
    say "libsndfile (WAV, G.711, GSM, ADPCM, MP3)"
    fetch libsndfile || die "no libsndfile source"
    # mpg123 exports its large-file names (mpg123_open_handle_64): its header picks them when
    # _FILE_OFFSET_BITS is 64, as it was for mpg123's own build.
    cmake_build "$work/src/libsndfile" sndfile "${cross[@]}" -DBUILD_SHARED_LIBS=ON \
        -DCMAKE_C_FLAGS=-D_FILE_OFFSET_BITS=64 \
        -DBUILD_PROGRAMS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_TESTING=OFF -DENABLE_EXTERNAL_LIBS=OFF \
        -DENABLE_MPEG=ON -DINSTALL_MANPAGES=OFF -DENABLE_CPACK=OFF
    done_step sndfile
}

build_soundtouch() {
    stamp soundtouch && return
    say "SoundTouch (the player's speed change, float samples)"
    fetch soundtouch || die "no soundtouch source"
    cmake_build "$work/src/soundtouch" soundtouch "${cross[@]}" -DBUILD_SHARED_LIBS=ON \
        -DSOUNDSTRETCH=OFF -DSOUNDTOUCH_DLL=OFF -DOPENMP=OFF -DINTEGER_SAMPLES=OFF
    done_step soundtouch
}

build_keychain() {
    stamp keychain && return
    say "QtKeychain (Windows Credential Manager)"
    fetch qtkeychain || die "no qtkeychain source"
    # 0.15 passes MSVC's /utf-8 to any Windows compiler; GCC reads it as a file name.
    sed -i 's|add_definitions( /utf-8 -DUNICODE )|add_definitions( -DUNICODE )|' \
        "$work/src/qtkeychain/qtkeychain/CMakeLists.txt"
    cmake_build "$work/src/qtkeychain" keychain "${qt_module[@]}" -DBUILD_WITH_QT6=ON \
        -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF -DBUILD_SHARED_LIBS=ON
    done_step keychain
}

copy_catch2() {
    stamp catch2 && return
    # Catch2 2.13 is a header and CMake scripts: Debian's serve any target. Its package config
    # also names Debian's Linux Catch2WithMain library, which RecBar does not use: the SDK gets
    # a config of its own with the header-only target.
    local cmake_dir="$sdk/lib/cmake/Catch2"
    mkdir -p "$sdk/include" "$cmake_dir"
    cp -r /usr/include/catch2 "$sdk/include/"
    cp /usr/lib/cmake/Catch2/Catch.cmake /usr/lib/cmake/Catch2/CatchAddTests.cmake \
        /usr/lib/cmake/Catch2/Catch2ConfigVersion.cmake "$cmake_dir/"
    cat >"$cmake_dir/Catch2Config.cmake" <<'CONFIG'
if(NOT TARGET Catch2::Catch2)
    add_library(Catch2::Catch2 INTERFACE IMPORTED)
    set_target_properties(Catch2::Catch2 PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${CMAKE_CURRENT_LIST_DIR}/../../../include")
endif()
CONFIG
    done_step catch2
}

install_host_packages
mkdir -p "$sdk" "$work"
install -D -m 644 "$toolchain" "$sdk_toolchain"
started=$(date +%s)
build_sqlite
build_qtbase
build_qt_module qt6-shadertools shadertools required
# FindWMF asks for Mf, Mfplat, ... and the sources include <Mferror.h>, ... as Windows spells
# them; MinGW ships them lower-case, and Linux file names are case-sensitive.
mingw_lib=/usr/x86_64-w64-mingw32/lib
if ! stamp multimedia; then
    fetch qt6-multimedia || die "no qt6-multimedia source"
    case_shims "$work/src/qt6-multimedia/src" "$work/case-shims/multimedia"
fi
build_qt_module qt6-multimedia multimedia required \
    -DCMAKE_CXX_FLAGS="-isystem $work/case-shims/multimedia" \
    -DWMF_MF_LIBRARY=$mingw_lib/libmf.a -DWMF_MFUUID_LIBRARY=$mingw_lib/libmfuuid.a \
    -DWMF_MFPLAT_LIBRARY=$mingw_lib/libmfplat.a -DWMF_MFCORE_LIBRARY=$mingw_lib/libmfcore.a \
    -DWMF_PROPSYS_LIBRARY=$mingw_lib/libpropsys.a
build_qt_module qt6-svg svg
build_qt_module qt6-websockets websockets
build_mpg123
build_lame
build_sndfile
build_soundtouch
build_keychain
copy_catch2
if [ ! -f "$sdk/.stamps/complete" ]; then
    echo "$(date -u +%FT%TZ) built in $(($(date +%s) - started)) s on $(nproc) cores" >"$sdk/BUILT"
    done_step complete
fi
say "MinGW-w64 SDK ready: $sdk ($(cat "$sdk/BUILT"))"
[ -f "$sdk/MISSING" ] && say "Left out (no source on this machine): $(sort -u "$sdk/MISSING" | tr '\n' ' ')"
echo "$sdk"
