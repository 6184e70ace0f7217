#!/usr/bin/env bash
# One entry point for developers and CI: installs what is missing, builds, runs.
#   ./dev.sh run [careu args...]   set up, build and start the app
#   ./dev.sh test                  set up, build and run every test (ctest)
#   ./dev.sh bench                 set up, build (optimised) and print benchmark figures, SQLite and
#                                  PostgreSQL side by side (CAREU_BENCH_LEARNERS="300": smaller teams)
#   ./dev.sh screenshots [DIR]     set up, build and save PNGs of the main screens (default: docs/screenshots),
#                                  in English, then in Spanish into DIR/es
#   ./dev.sh a11y                  set up, build and read the app over AT-SPI as a screen reader does, under
#                                  Xvfb on a bus of its own: fails on a control without a name on the sign-in
#                                  screen or a learner's home (tests/a11y/atspi_check.py)
#   ./dev.sh demo                  set up, build, fill build/demo.sqlite with a demo team and start the app on it
#   ./dev.sh package               set up, build (Release) and make the Debian package; prints its path last
#   ./dev.sh sanitize              set up, build with AddressSanitizer + UBSan (build-sanitize) and run every test
#   ./dev.sh fuzz [SECONDS]        set up clang, build the libFuzzer targets (build-fuzz) and run each for
#                                  SECONDS (default 30); fails on any crash, leak, timeout or sanitizer report
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql postgresql
          qt6-charts-dev libqt6opengl6-dev
          qt6-svg-dev qt6-tools-dev qt6-l10n-tools libsodium-dev libqrencode-dev libsqlite3-dev zlib1g-dev xvfb xauth fonts-dejavu-core
          fonts-droid-fallback poppler-utils zbar-tools at-spi2-core dbus-daemon python3-pyatspi)
# Qt's own buttons and file dialogs in Spanish (the app's translation is compiled in).
PACKAGES+=(qt6-translations-l10n)
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

# The test-only Open Badges verifier (tests/openbadge, from the npm registry at the versions its
# package-lock.json names), with Debian's Node.js and npm where the machine has none.
install_test_tools() {
    command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)
    install_missing
    npm ci --prefix tests/openbadge --no-audit --no-fund --loglevel=error
}

build() {
    local dir=$1 type=$2
    shift 2
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    cmake --build "$dir"
}

# What the sanitizers do when a test or a fuzz target trips them: UBSan stops (the build also
# makes it fatal), ASan reports leaks at exit, minus what tests/sanitizers/lsan.supp says is not ours.
sanitizer_environment() {
    export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1
    export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
}

# fuzz_target DIR NAME SECONDS MAX_LEN DICT SEED_FILES...: one target for a bounded time, from its seeds
# (the given repository files and tests/fuzz/corpus/NAME) and the corpus it grew on earlier runs.
fuzz_target() {
    local dir=$1 name=$2 seconds=$3 max_len=$4 dict=$5
    shift 5
    local seeds=$dir/fuzz/seeds/$name corpus=$dir/fuzz/corpus/$name findings=$dir/fuzz/findings
    local log=$dir/fuzz/$name.log
    rm -rf "$seeds"
    mkdir -p "$seeds" "$corpus" "$findings"
    local file
    for file in "$@"; do
        cp "$file" "$seeds/${file//\//_}"
    done
    [ -d "tests/fuzz/corpus/$name" ] && cp tests/fuzz/corpus/"$name"/* "$seeds/"
    local status=0
    "$dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -dict="tests/fuzz/$dict" -print_final_stats=1 -artifact_prefix="$findings/$name-" \
        "$corpus" "$seeds" >"$log" 2>&1 || status=$?
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$status" -eq 0 ]; then
        echo "dev.sh: fuzz_$name: ${runs:-?} executions in ${seconds} s, no findings"
        return 0
    fi
    echo "dev.sh: fuzz_$name FAILED after ${runs:-?} executions (exit $status); the input is in $findings/" >&2
    grep -v -E '^#[0-9]+|^INFO:|^\s+NEW_FUNC' "$log" | tail -n 40 >&2
    return 1
}

case "${1:-}" in
run)
    shift
    install_missing
    build "$BUILD_DIR" RelWithDebInfo
    exec "$BUILD_DIR/app/careu" "$@"
    ;;
test)
    install_test_tools
    build "$BUILD_DIR" RelWithDebInfo
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)"
    ;;
bench)
    PACKAGES+=(sqlite3) # the floor the CSV export is measured against
    install_missing
    build "$BUILD_DIR-release" Release
    # The largest team also on PostgreSQL, a private cluster made for the run and removed after it.
    # CAREU_BENCH_LEARNERS="300" (team sizes, default 1000 10000) for a quick run.
    cluster=$BUILD_DIR-release/bench-pg
    tests/pg/cluster.sh start "$cluster"
    trap 'tests/pg/cluster.sh stop "$cluster"' EXIT
    # shellcheck disable=SC2086 # the team sizes are words
    CAREU_BENCH_PG_URL=$(cat "$cluster/url") \
        "$BUILD_DIR-release/tests/bench/careu_bench" "$BUILD_DIR-release/app/careu" ${CAREU_BENCH_LEARNERS:-}
    ;;
demo)
    install_missing
    build "$BUILD_DIR" RelWithDebInfo
    [ -f "$BUILD_DIR/demo.sqlite" ] || "$BUILD_DIR/app/careu" --db "$BUILD_DIR/demo.sqlite" seed-demo --learners 24
    echo "dev.sh: demo database $BUILD_DIR/demo.sqlite; everyone's password is care-demo"
    exec "$BUILD_DIR/app/careu" --db "$BUILD_DIR/demo.sqlite"
    ;;
sanitize)
    install_test_tools
    build "$BUILD_DIR-sanitize" RelWithDebInfo -DCAREU_SANITIZE=ON
    sanitizer_environment
    ctest --test-dir "$BUILD_DIR-sanitize" --output-on-failure -j"$(nproc)"
    ;;
fuzz)
    seconds=${2:-30}
    if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
        echo "usage: ./dev.sh fuzz [SECONDS]" >&2
        exit 2
    fi
    PACKAGES+=(clang libclang-rt-14-dev)
    install_missing
    dir=$BUILD_DIR-fuzz
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DCAREU_FUZZ=ON >/dev/null
    cmake --build "$dir" --target careu_fuzz
    sanitizer_environment
    failed=0
    fuzz_target "$dir" course "$seconds" 65536 json.dict \
        courses/*/course.json tests/content/fixtures/*/course.json tests/content/fixtures/*/*/course.json || failed=1
    fuzz_target "$dir" scenario "$seconds" 65536 json.dict \
        courses/scenarios/*.json tests/content/fixtures/*/scenarios/*.json || failed=1
    fuzz_target "$dir" markdown "$seconds" 16384 markdown.dict \
        courses/*/lessons/*.md tests/content/fixtures/good/lessons/*.md || failed=1
    fuzz_target "$dir" people_csv "$seconds" 16384 csv.dict || failed=1
    exit "$failed"
    ;;
a11y)
    install_missing
    build "$BUILD_DIR" RelWithDebInfo
    work=$(mktemp -d)
    "$BUILD_DIR/app/careu" --db "$work/demo.sqlite" seed-demo --learners 12 >/dev/null
    status=0
    # Debian's own Python: python3-pyatspi is installed for it, not for another python3 on the PATH.
    /usr/bin/python3 tests/a11y/atspi_check.py "$BUILD_DIR/app/careu" "$work/demo.sqlite" || status=$?
    rm -rf "$work"
    exit "$status"
    ;;
screenshots)
    install_missing
    build "$BUILD_DIR" RelWithDebInfo
    LC_ALL=en_US.UTF-8 QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tools/careu_screenshots" "${2:-docs/screenshots}"
    LC_ALL=es_419.UTF-8 QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tools/careu_screenshots" "${2:-docs/screenshots}/es"
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
    echo "usage: ./dev.sh run|test|bench|demo|screenshots|a11y|package|sanitize|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
