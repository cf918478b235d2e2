"""Writes zotero.odt from brief.odt: the first note's citation wrapped in
a Zotero reference mark, as Zotero's LibreOffice plugin stores it (the
citation's JSON in the mark's name, with a random suffix). Run once; the
file is checked in."""
import json
import re
import zipfile
from xml.sax.saxutils import quoteattr

citation = {"citationID": "q1", "citationItems": [{"id": 3, "locator": "12", "itemData": {
    "id": 3, "type": "article-journal", "title": "Railways as Leverage",
    "container-title": "Baltic Transport Review", "volume": "11", "issue": "4", "page": "12-19",
    "author": [{"family": "Novik", "given": "Katsiaryna"}], "issued": {"date-parts": [[2022]]}}}],
    "properties": {"formattedCitation": "Novik, “Railways as Leverage,” 12."}}
name = "ZOTERO_ITEM CSL_CITATION " + json.dumps(citation, ensure_ascii=False) + " RNDk3x9"
src = zipfile.ZipFile("brief.odt")
with zipfile.ZipFile("zotero.odt", "w") as out:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "content.xml":
            text = data.decode("utf-8")
            # The first note body's first paragraph: mark its whole content.
            m = re.search(r"(<text:note-body><text:p[^>]*>)(.*?)(</text:p>)", text, re.S)
            marked = (m.group(1) + f"<text:reference-mark-start text:name={quoteattr(name)}/>"
                      + m.group(2) + f"<text:reference-mark-end text:name={quoteattr(name)}/>" + m.group(3))
            text = text[:m.start()] + marked + text[m.end():]
            data = text.encode("utf-8")
        compress = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
        out.writestr(item, data, compress_type=compress)
