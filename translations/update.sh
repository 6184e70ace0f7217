#!/usr/bin/env bash
# Brings the translations up to date with the sources: new strings come in unfinished, strings
# no longer in the sources go. careu_es.ts is the Spanish of every string; careu_en.ts holds only
# the English plural forms of the %n strings ("1 row", "2 rows"). ctest's tst_translations runs it
# on a copy of each and fails if the committed file is not current, or has an unfinished, empty or
# placeholder-losing translation.
#   translations/update.sh [TS_FILE...]   default: translations/careu_es.ts translations/careu_en.ts
#                                         (the language is the file name's last part: careu_es.ts)
# What a person sees in the app: careu_core, careu_print and careu_ui, but not the command
# line (app/core/cli), which stays English for the scripts that read it. No line numbers in
# the file (-locations none), so moving code does not make it stale.
set -euo pipefail
cd "$(dirname "$0")/.."
# LUPDATE: the one CMake found (the test passes it); else Qt's, from qt6-l10n-tools.
lupdate=${LUPDATE:-$(qtpaths6 --query QT_HOST_BINS)/lupdate}
mapfile -t sources < <(find app/core app/print app/ui \( -name '*.cpp' -o -name '*.h' \) -not -path 'app/core/cli/*' | LC_ALL=C sort)
update() {
    local ts=$1 language
    language=$(basename "$ts" .ts)
    language=${language##*_}
    local only=()
    [[ $language == en ]] && only=(-pluralonly)
    "$lupdate" -silent -locations none -no-obsolete "${only[@]}" -source-language en -target-language "$language" \
        "${sources[@]}" -ts "$ts"
}
(($#)) || set -- translations/careu_es.ts translations/careu_en.ts
for ts; do
    update "$ts"
done
