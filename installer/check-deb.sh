#!/usr/bin/env bash
# Checks a built Debian package the way a user meets it: lints it, installs it with apt (which
# must find every dependency), runs the installed careu, and removes it again.
#   installer/check-deb.sh PATH/careu_VERSION_ARCH.deb     (./dev.sh package prints the path)
# Needs root or sudo, and the tools ./dev.sh package installs. Replaces an installed careu.
set -euo pipefail

deb=$(realpath "${1:?usage: installer/check-deb.sh PATH.deb}")
app_id=org.careuniversity.CareU
package=$(dpkg-deb --field "$deb" Package)
version=$(dpkg-deb --field "$deb" Version)
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step() { echo "check-deb: $*"; }
fail() {
    echo "check-deb: FAILED: $*" >&2
    exit 1
}

step "lintian (fails on errors only)"
lintian --display-info --fail-on error "$deb"

step "installing $deb"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --reinstall --no-install-recommends "$deb"

step "validating the installed desktop file and AppStream metainfo"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"

step "running the installed careu"
[ "$(command -v careu)" = /usr/bin/careu ] || fail "careu on PATH is $(command -v careu), not /usr/bin/careu"
reported=$(/usr/bin/careu --version)
echo "$reported"
[ "$reported" = "careu $version" ] || fail "careu --version does not say $version"
/usr/bin/careu validate
QT_QPA_PLATFORM=offscreen /usr/bin/careu --db "$tmp/fresh.sqlite" --quit-after-startup ||
    fail "the app did not start headless on a fresh database"
/usr/bin/careu --db "$tmp/fresh.sqlite" check

step "removing $package"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y "$package"
while read -r file; do
    [ ! -e "$file" ] || fail "$file is still there after removing $package"
done < <(dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sed 's|^\.||')
[ ! -e /usr/bin/careu ] || fail "/usr/bin/careu is still there"

step "all good: $deb"
