#!/usr/bin/env bash
# What CI can prove of macOS without a Mac: every RecBar source file of the Linux build
# (build/dev/compile_commands.json) compiled again by clang for x86_64-apple-macos11 with
# -fsyntax-only, so that the code for macOS only (#if Q_OS_MACOS: the LaunchAgent, the
# control socket's getpeereid, the tray's platform file) is compiled on every change. There
# is no Apple SDK here: Debian's Qt headers and C library stand in, with small shims for the
# Apple headers RecBar uses. It does not catch: Qt's macOS-only APIs, link errors, the bundle,
# codesigning, or anything at run time. The GitHub workflow for macOS (.github/workflows) does.
#   packaging/macos/syntax-check.sh [BUILD_DIR]      (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
shim=$(mktemp -d)
trap 'rm -rf "$shim"' EXIT
cp packaging/macos/shims/*.h "$shim/"

python3 - "$build/compile_commands.json" "$shim" <<'PY' >"$shim/commands"
import glob, json, shlex, sys
commands, shim = sys.argv[1], sys.argv[2]
# No Apple SDK here: the C++ library is Debian's (libstdc++), found where GCC keeps it.
version = sorted(glob.glob("/usr/include/c++/[0-9]*"))[-1].rsplit("/", 1)[1]
cxx_includes = [f"/usr/include/c++/{version}", f"/usr/include/x86_64-linux-gnu/c++/{version}"]
for entry in json.load(open(commands)):
    source = entry["file"]
    if not source.endswith(".cpp") or "/build/" in source or "_autogen" in source:
        continue
    if "/tests/fuzz/" in source or "/tests/bench/" in source:
        continue  # Linux-only tools
    if "-DRECBAR_HAVE_SPEECH" in entry["command"]:
        continue  # recbar-scan and its tests: built where PocketSphinx is (not yet there)
    # What the macOS build takes for its platform: the tray's notifications, not D-Bus's.
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
        if arg in ("-fPIC", "-g") or arg.startswith("-fsanitize") or arg.startswith("-W"):
            continue
        keep.append(arg)
    # clang names nullability __nonnull on Apple targets; glibc means an attribute by it.
    keep += ["-target", "x86_64-apple-macos11", "-nostdinc++", "-U__nonnull", "-U__nullable",
             "-D_GNU_SOURCE",
             "-isystem", shim]
    for cxx in cxx_includes:
        keep += ["-isystem", cxx]
    keep += ["-isystem", "/usr/include/x86_64-linux-gnu", "-isystem", "/usr/include",
             "-Wno-everything", "-fsyntax-only", source]
    print(shlex.join(keep))
PY
count=$(wc -l <"$shim/commands")
echo "clang (x86_64-apple-macos11) syntax check of $count files against Debian's Qt headers"
failed=0
xargs -P "$(nproc)" -L 1 clang++ <"$shim/commands" 2>"$shim/errors" || failed=1
if [ "$failed" -ne 0 ] || grep -q "error" "$shim/errors"; then
    grep -B2 -A6 "error" "$shim/errors" | head -80
    echo "The macOS syntax check failed" >&2
    exit 1
fi
echo "The macOS syntax check passed"
