#!/usr/bin/env bash
# Brings translations/careu_es.ts up to date with the sources: new strings come in unfinished,
# strings no longer in the sources go. ctest's tst_translations runs it on a copy and fails if
# the committed file is not current, or has an unfinished, empty or placeholder-losing translation.
#   translations/update.sh [TS_FILE]   default: translations/careu_es.ts
# What a person sees in the app: careu_core, careu_print and careu_ui, but not the command
# line (app/core/cli), which stays English for the scripts that read it. No line numbers in
# the file (-locations none), so moving code does not make it stale.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=${1:-translations/careu_es.ts}
# LUPDATE: the one CMake found (the test passes it); else Qt's, from qt6-l10n-tools.
lupdate=${LUPDATE:-$(qtpaths6 --query QT_HOST_BINS)/lupdate}
mapfile -t sources < <(find app/core app/print app/ui \( -name '*.cpp' -o -name '*.h' \) -not -path 'app/core/cli/*' | LC_ALL=C sort)
"$lupdate" -silent -locations none -no-obsolete -source-language en -target-language es "${sources[@]}" -ts "$ts"
