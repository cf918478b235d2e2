#!/usr/bin/env bash
# Regenerates tests/data/citeproc/*.txt: citeproc-js's output for the seed's
# CSL-JSON items (tests/data/export/seed.json, refman's own export) in the
# official styles and locales of tests/data/csl/. Needs Node.js and npm:
#
#   cd tests/citeproc && npm install && ./regenerate.sh
set -euo pipefail
cd "$(dirname "$0")"
data=../data
csl=$data/csl
out=$data/citeproc
items=$data/export/seed.json
for style in apa chicago-notes-bibliography chicago-author-date modern-language-association ieee; do
    node bibliography.js "$items" "$csl/$style.csl" "$csl" en-US > "$out/$style.txt"
done
node bibliography.js "$items" "$csl/gost-r-7-0-5-2008-numeric.csl" "$csl" ru-RU \
    > "$out/gost-r-7-0-5-2008-numeric.txt"
# NLM: the bundled style (tests/data/csl/nlm-citation-sequence.csl, written out
# from hayagriva's archive), which names its authors without a <name> element.
node bibliography.js "$items" "$csl/nlm-citation-sequence.csl" "$csl" en-US \
    > "$out/nlm-citation-sequence.txt"
# Per-entry locales: the CSL-M form of each GOST style (OTHER_LANGS repeats the
# bibliography layout as <layout locale="en">), items in their own language.
mkdir -p "$out/entry-locale"
for style in ../../styles/gost-r-7-0-100-2018-numeric.csl ../../styles/gost-r-7-0-100-2018-author-date.csl \
    "$csl/gost-r-7-0-5-2008-numeric.csl"; do
    node bibliography.js "$items" "$style" "$csl" ru-RU en > "$out/entry-locale/$(basename "$style" .csl).txt"
done
# GB/T 7714: the bundled styles (tests/data/csl/gb-7714-2015-*.csl, written
# out from hayagriva's archive) over a Chinese and English list.
gbt=$data/standards/gb-t-7714
for style in gb-7714-2015-numeric gb-7714-2015-author-date; do
    node bibliography.js "$gbt/items.json" "$csl/$style.csl" "$csl" zh-CN en > "$out/entry-locale/$style.txt"
done
node notes.js "$items" "$out/seed-notes.json" "$csl/chicago-notes-bibliography.csl" "$csl" en-US \
    > "$out/notes-chicago-notes-bibliography.txt"
# The large set: refman's CSL-JSON export of tests/data/citeproc/large/bibliography
# (refresh items.json first with
#   refman --library ../data/citeproc/large/bibliography export --format csl-json > ../data/citeproc/large/items.json).
large=$out/large
for style in apa chicago-notes-bibliography chicago-author-date modern-language-association ieee; do
    node bibliography.js "$large/items.json" "$csl/$style.csl" "$csl" en-US > "$large/$style.txt"
done
node bibliography.js "$large/items.json" "$csl/gost-r-7-0-5-2008-numeric.csl" "$csl" ru-RU \
    > "$large/gost-r-7-0-5-2008-numeric.txt"
node bibliography.js "$large/items.json" "$csl/nlm-citation-sequence.csl" "$csl" en-US \
    > "$large/nlm-citation-sequence.txt"
node -e 'console.log("citeproc " + require("citeproc/package.json").version)'
