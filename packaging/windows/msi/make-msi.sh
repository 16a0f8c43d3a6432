#!/usr/bin/env bash
# RecBar-<version>-x64.msi from a staged install (cmake --install ... --prefix STAGE), with
# wixl and msibuild from Debian's msitools.
#   packaging/windows/msi/make-msi.sh STAGE VERSION OUTPUT.msi
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
stage=$(cd "$1" && pwd)
version=$2
output=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every staged file, as components of the group the product installs (stable ids per path).
(cd "$stage" && find . -type f | sed 's|^\./||' | sort) | sed "s|^|$stage/|" |
    wixl-heat --prefix "$stage/" --directory-ref INSTALLDIR --component-group Files \
        --var var.SourceDir --win64 >"$work/files.wxs"
# wixl reads sources relative to where it runs.
output=$(cd "$(dirname "$output")" && pwd)/$(basename "$output")
(cd "$stage" && wixl -a x64 -D SourceDir=. -D Version="$version" -D Win64=yes -o "$output" \
    "$here/recbar.wxs" "$work/files.wxs")

# What wixl cannot say itself: which features a property turns on or off, and which
# properties the installation may take from the command line.
msibuild "$output" -q 'CREATE TABLE `Condition` (`Feature_` CHAR(38) NOT NULL, `Level` SHORT NOT NULL, `Condition` CHAR(255) PRIMARY KEY `Feature_`, `Level`)'
while IFS='|' read -r feature level condition; do
    msibuild "$output" -q "INSERT INTO \`Condition\` (\`Feature_\`, \`Level\`, \`Condition\`) VALUES ('$feature', $level, '$condition')"
done <<'ROWS'
Autostart|1|AUTOSTART AND AUTOSTART<>"0"
AdminServer|0|NOT SERVERURL
AdminControlKind|0|NOT CONTROLKIND
AdminStateKind|0|NOT STATEKIND
AdminStateServer|0|NOT STATESERVERURL
AdminLocked|0|NOT LOCKED OR LOCKED="0"
ROWS
msibuild "$output" -q "UPDATE \`Property\` SET \`Value\` = 'SERVERURL;CONTROLKIND;STATEKIND;STATESERVERURL;PROFILENAME;LOCKED;AUTOSTART;WIX_UPGRADE_DETECTED;WIX_DOWNGRADE_DETECTED' WHERE \`Property\` = 'SecureCustomProperties'"
echo "$output"
