#!/bin/sh
# Replays the swiftDialog corpus (src/test/resources/swiftdialog-corpus) and prints the summary: the counts, what is
# not supported and by how many entries. The full report, one row per entry, is target/corpus-report.md; the PNGs
# are in target/corpus/. Not a timing benchmark.
set -e
cd "$(dirname "$0")/.."
mvn -o -q -B test -Dtest=SwiftDialogCorpusTest -Dsurefire.failIfNoSpecifiedTests=false
sed -n '1,/^## Entries/p' target/corpus-report.md | sed '$d'
