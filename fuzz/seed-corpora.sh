#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with starting inputs taken from the test
# fixtures (the corpora themselves are not committed; libFuzzer grows them).
# Inputs are named by their content's hash, as libFuzzer names its own.
set -euo pipefail
cd "$(dirname "$0")/.."
data=tests/data
corpus=fuzz/corpus
mkdir -p "$corpus"/{article,note,bib,csl,page}

add() { # TARGET FILE
    cp "$2" "$corpus/$1/$(sha1sum <"$2" | cut -c1-40)"
}
each() { # TARGET, then find's arguments
    local target=$1
    shift
    find "$@" -print0 | while IFS= read -r -d '' file; do add "$target" "$file"; done
}

# Articles in every format, and the layouts the reader knows.
each article "$data/formats" "$data/layouts" "$data/notes" "$data/seeds" -maxdepth 1 -type f \
    ! -name '*.py' ! -name '*.toml' -size -2048k
# Notes: every 8 lines of the note fixtures and seed articles, one input each.
pieces=$(mktemp -d)
trap 'rm -rf "$pieces"' EXIT
find "$data/notes" "$data/seeds" "$data/layouts" -maxdepth 1 -type f \
    \( -name '*.md' -o -name '*.txt' \) -print0 |
    while IFS= read -r -d '' file; do
        split -l 8 -d -a 4 "$file" "$pieces/$(basename "$file")."
    done
each note "$pieces" -type f
# Libraries, for the loader and the CSL mapping.
each bib "$data" bibliography -name '*.bib' -size -1024k
each csl "$data" bibliography -name '*.bib' -size -1024k
# Pages.
each page "$data" -name '*.html' -size -2048k

for target in article note bib csl page; do
    echo "$target: $(find "$corpus/$target" -type f | wc -l) inputs"
done
