#!/usr/bin/env bash
# One entry point for developers and CI: installs what is missing, builds, runs.
#   ./dev.sh run [careu args...]   set up, build and start the app
#   ./dev.sh test                  set up, build and run every test (ctest)
#   ./dev.sh bench                 set up, build (optimised) and print benchmark figures
#   ./dev.sh screenshots [DIR]     set up, build and save PNGs of the main screens (default: docs/screenshots)
#   ./dev.sh demo                  set up, build, fill build/demo.sqlite with a demo team and start the app on it
#   ./dev.sh package               set up, build (Release) and make the Debian package; prints its path last
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
          qt6-svg-dev qt6-tools-dev qt6-l10n-tools libsodium-dev xvfb xauth)
# Only for ./dev.sh package and installer/check-deb.sh: dpkg-shlibdeps and the checkers.
PACKAGING_PACKAGES=(dpkg-dev file desktop-file-utils appstream lintian)
BUILD_DIR=${CAREU_BUILD_DIR:-build}

install_missing() {
    local missing=()
    for pkg in "${PACKAGES[@]}"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local dir=$1 type=$2
    shift 2
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    cmake --build "$dir"
}

case "${1:-}" in
run)
    shift
    install_missing
    build "$BUILD_DIR" RelWithDebInfo
    exec "$BUILD_DIR/app/careu" "$@"
    ;;
test)
    install_missing
    build "$BUILD_DIR" RelWithDebInfo
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)"
    ;;
bench)
    install_missing
    build "$BUILD_DIR-release" Release
    "$BUILD_DIR-release/tests/bench/careu_bench" "$BUILD_DIR-release/app/careu"
    ;;
demo)
    install_missing
    build "$BUILD_DIR" RelWithDebInfo
    [ -f "$BUILD_DIR/demo.sqlite" ] || "$BUILD_DIR/app/careu" --db "$BUILD_DIR/demo.sqlite" seed-demo --learners 24
    echo "dev.sh: demo database $BUILD_DIR/demo.sqlite; everyone's password is care-demo"
    exec "$BUILD_DIR/app/careu" --db "$BUILD_DIR/demo.sqlite"
    ;;
screenshots)
    install_missing
    build "$BUILD_DIR" RelWithDebInfo
    QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tools/careu_screenshots" "${2:-docs/screenshots}"
    ;;
package)
    PACKAGES+=("${PACKAGING_PACKAGES[@]}")
    install_missing
    # Debian's own compiler and linker flags, with every hardening option.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    build "$BUILD_DIR-package" Release -DBUILD_TESTING=OFF \
        -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
        -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"
    rm -f "$BUILD_DIR-package"/*.deb
    (cd "$BUILD_DIR-package" && cpack -G DEB)
    realpath "$BUILD_DIR-package"/*.deb
    ;;
*)
    echo "usage: ./dev.sh run|test|bench|demo|screenshots|package" >&2
    exit 2
    ;;
esac
