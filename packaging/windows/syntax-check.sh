#!/usr/bin/env bash
# The Windows check that fits in CI's time: every RecBar source file of the Linux build
# (build/dev/compile_commands.json) compiled again by MinGW-w64 with -fsyntax-only, so that
# code for Windows only (#ifdef Q_OS_WIN: the named pipe, the registry, the Credential
# Manager, process figures) and what Windows' headers want is compiled on every change.
# It uses Debian's Linux Qt headers, so it does not catch: Qt's Windows-only APIs, link
# errors, missing DLLs, the installer, or anything at run time. ./dev.sh windows does.
#   packaging/windows/syntax-check.sh [BUILD_DIR]      (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
shim=$(mktemp -d)
trap 'rm -rf "$shim"' EXIT
# Headers of libraries MinGW cannot see in /usr/include, and nothing else from there.
cp /usr/include/sndfile.h /usr/include/sndfile.hh "$shim/"
cp -r /usr/include/catch2 /usr/include/qt6keychain /usr/include/soundtouch "$shim/"
python3 - "$build/compile_commands.json" "$shim" <<'PY' >"$shim/commands"
import json, shlex, sys
commands, shim = sys.argv[1], sys.argv[2]
for entry in json.load(open(commands)):
    source = entry["file"]
    if not source.endswith(".cpp") or "/build/" in source or "_autogen" in source:
        continue
    if "/tests/fuzz/" in source or "/tests/bench/" in source:
        continue  # Linux-only tools, not built for Windows
    if "-DRECBAR_HAVE_SPEECH" in entry["command"]:
        continue  # recbar-scan and its tests: built where PocketSphinx is (not yet there)
    # A file the Linux build takes for its platform (LocalPeer_unix.cpp): Windows' instead.
    if source.endswith("_unix.cpp"):
        source = source[: -len("_unix.cpp")] + "_win.cpp"
    if source.endswith("_dbus.cpp"):
        source = source[: -len("_dbus.cpp")] + "_tray.cpp"
    args = shlex.split(entry["command"])[1:]
    keep, skip = [], False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in ("-o", "-c"):
            skip = True
            continue
        if arg in ("-fPIC", "-g", "-Werror") or arg.startswith("-fsanitize"):
            continue
        keep.append(arg)
    keep += ["-isystem", shim, "-DUNICODE", "-D_UNICODE", "-Wno-attributes", "-fsyntax-only",
             source]
    print(shlex.join(keep))
PY
failed=0
count=$(wc -l <"$shim/commands")
echo "MinGW-w64 syntax check of $count files against Debian's Qt headers"
xargs -P "$(nproc)" -L 1 x86_64-w64-mingw32-g++-posix <"$shim/commands" 2>"$shim/errors" || failed=1
if [ "$failed" -ne 0 ] || grep -q "error" "$shim/errors"; then
    grep -B2 -A6 "error" "$shim/errors" | head -80
    echo "The Windows syntax check failed" >&2
    exit 1
fi
echo "The Windows syntax check passed"
