#!/bin/sh
# Runs a Windows program of the MinGW-w64 build under Wine, headless: the SDK's DLLs and the
# MinGW runtime on its PATH, Qt's offscreen platform, Wine's own chatter off, a Wine prefix of
# the build's own (never the user's ~/.wine).   wine-run.sh SDK PROGRAM.exe [ARGS...]
# CMake uses it as CMAKE_CROSSCOMPILING_EMULATOR, so ctest and catch_discover_tests run the
# test programs through it.
set -e
sdk=$1
shift
runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")
export WINEPATH="$sdk/bin;$runtime;/usr/x86_64-w64-mingw32/lib"
export WINEDEBUG=${WINEDEBUG:--all}
export WINEPREFIX=${RECBAR_WINEPREFIX:-$HOME/.cache/recbar/wineprefix}
export WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono or Gecko installer dialogs
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# The tests make their files with the host's sox, lame and openssl (tests/support/HostTool.h).
export RECBAR_WINE_HOST_TOOLS=1
exec wine "$@"
