"""Writes fields.docx: a Word document whose footnotes hold what reference
managers and reviewers leave in real documents. Run once; the file is
checked in so the tests need neither Python nor Word.

- footnote 1: a Zotero citation field (complex field, instruction split
  over two runs) with one item and a locator;
- footnote 2: a Mendeley citation field (simple field) with two items;
- footnote 3: an EndNote field;
- footnote 4: plain text with a tracked deletion and insertion, an italic
  run through the Emphasis character style, and a hyperlink whose visible
  text is shortened;
- endnote 1: plain text with direct italics.
"""
import json
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

zotero = {"citationID": "z1", "properties": {"formattedCitation": "Lis, Trade, 44."},
          "citationItems": [{"id": 11, "uris": ["http://zotero.org/users/1/items/ABCD"], "locator": "44",
                             "itemData": {"id": 11, "type": "article-journal", "title": "Trade in the Nineties",
                                          "container-title": "Journal of Belarusian Studies", "volume": "3", "issue": "1",
                                          "page": "40-61", "author": [{"family": "Lis", "given": "Anna"}],
                                          "issued": {"date-parts": [["2011"]]}, "DOI": "10.1234/jbs.2011.3"}}],
          "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
mendeley = {"citationItems": [
    {"id": "m1", "itemData": {"type": "book", "title": "Belarus and Asia", "publisher": "Belaruskaya Navuka",
                              "publisher-place": "Minsk", "author": [{"family": "Petrov", "given": "Ivan"}],
                              "issued": {"date-parts": [[2004]]}, "ISBN": "9789850812345"}},
    {"id": "m2", "itemData": {"type": "webpage", "title": "China", "container-title": "Ministry of Foreign Affairs",
                              "URL": "https://mfa.gov.by/bilateral/china/", "author": [{"literal": "Ministry of Foreign Affairs"}],
                              "accessed": {"date-parts": [[2023, 5, 4]]}}}],
    "mendeley": {"formattedCitation": "(Petrov 2004; Ministry of Foreign Affairs)"}}
endnote_xml = ('<EndNote><Cite><Author>Roe</Author><Year>2019</Year><RecNum>5</RecNum><Pages>12</Pages><record>'
               '<ref-type name="Report">27</ref-type><contributors><authors><author>Roe, Jane</author></authors></contributors>'
               '<titles><title>Energy Transit Outlook</title></titles><publisher>Centre for Energy Studies</publisher>'
               '<dates><year>2019</year></dates><urls><related-urls><url>https://ces.example.org/outlook-2019.pdf</url></related-urls></urls>'
               '</record></Cite></EndNote>')


def run(text, props=""):
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def instr(text):
    return f'<w:r><w:instrText xml:space="preserve">{escape(text)}</w:instrText></w:r>'


def fld(kind):
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


ref = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
zjson = "ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(zotero)
half = len(zjson) // 2
notes = {
    2: ref + fld("begin") + instr(zjson[:half]) + instr(zjson[half:]) + fld("separate")
       + run("Lis, “Trade in the Nineties,” 44.") + fld("end"),
    3: ref + f'<w:fldSimple w:instr="{escape("ADDIN CSL_CITATION " + json.dumps(mendeley), {chr(34): "&quot;"})}">'
       + run("(Petrov 2004; Ministry of Foreign Affairs)") + '</w:fldSimple>',
    4: ref + fld("begin") + instr("ADDIN EN.CITE " + endnote_xml) + fld("separate")
       + run("Roe, Energy Transit Outlook, 12.") + fld("end"),
    5: ref + run(" Olga Marchenko, “Oil Transit through Belarus,” ")
       + '<w:del w:id="90" w:author="Editor"><w:r><w:delText>Energy Review</w:delText></w:r></w:del>'
       + '<w:ins w:id="91" w:author="Editor">' + run("Energy Policy Review", '<w:rPr><w:rStyle w:val="Emphasis"/></w:rPr>') + '</w:ins>'
       + run(" 14, no. 2 (2021): 33–47, ")
       + '<w:hyperlink r:id="rId7">' + run("ces.example.org/oil…") + '</w:hyperlink>' + run("."),
}
footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             + "".join(f'<w:footnote w:id="{i}"><w:p>{body}</w:p></w:footnote>' for i, body in notes.items())
             + '</w:footnotes>')
endnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {W}>'
            '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
            '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>'
            + run(" Li Wei, ") + run("The Great Stone Park", '<w:rPr><w:i/></w:rPr>')
            + run(" (Beijing: Foreign Languages Press, 2019), 201.") + '</w:p></w:endnote></w:endnotes>')
body = "".join(
    f'<w:p>{run(text)}<w:r><w:footnoteReference w:id="{i}"/></w:r></w:p>'
    for i, text in [(2, "Trade grew."), (3, "Asia mattered."), (4, "Transit was studied."), (5, "Oil flowed.")])
body += f'<w:p>{run("The park opened.")}<w:r><w:endnoteReference w:id="1"/></w:r></w:p>'
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
          '<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>'
          '</w:styles>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
        'Target="https://ces.example.org/oil-transit-2021.pdf" TargetMode="External"/></Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Transit and Trade: Field Notes</dc:title><dc:creator>Olga Marchenko; Ivan Petrov</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-05T10:00:00Z</dcterms:created></cp:coreProperties>')
app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Company>Centre for Energy Studies</Company></Properties>')
types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/></Types>')
with zipfile.ZipFile("fields.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("word/document.xml", document)
    z.writestr("word/footnotes.xml", footnotes)
    z.writestr("word/endnotes.xml", endnotes)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/_rels/footnotes.xml.rels", rels)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
