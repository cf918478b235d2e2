"""Reads a BibTeX file with Python's bibtexparser 2.x, an independent
reader, and prints what it understood as JSON: one object per entry with
its type, key, fields (braces removed) and authors split into names.

Used by tests/it/export.rs; exits 2 when the file has blocks the reader
could not parse."""

import json
import sys

import bibtexparser
from bibtexparser import middlewares as m

library = bibtexparser.parse_file(
    sys.argv[1],
    append_middleware=[m.SeparateCoAuthors(), m.SplitNameParts()],
)
entries = []
for entry in library.entries:
    fields = {}
    authors = []
    for field in entry.fields:
        if field.key in ("author", "editor", "translator"):
            names = [
                {"last": " ".join(name.last), "first": " ".join(name.first)}
                for name in field.value
            ]
            if field.key == "author":
                authors = names
            else:
                fields[field.key] = names
        else:
            value = field.value
            if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
                value = value[1:-1]
            fields[field.key] = value
    entries.append(
        {"type": entry.entry_type, "key": entry.key, "fields": fields, "authors": authors}
    )
print(json.dumps({"entries": entries, "failed": len(library.failed_blocks)}, ensure_ascii=False))
sys.exit(2 if library.failed_blocks else 0)
