#!/usr/bin/env python3
"""Writes the small PDFs the seed verification serves: one page of text and
an information dictionary (title, author, creation date) in UTF-16, as the
cited reports carry it. Run once; the PDFs are checked in."""

def pdf_string(text):
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"

def write(name, title, author, created):
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title {pdf_string(title)} /Author {pdf_string(author)} "
        f"/CreationDate (D:{created}000000Z) /Producer (refman test fixture) >>",
    ]
    stream = b"BT /F1 12 Tf 72 770 Td (Report) Tj ET"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        if obj is None:
            out += f"{i} 0 obj\n<< /Length {len(stream)} >>\nstream\n".encode()
            out += stream + b"\nendstream\nendobj\n"
        else:
            out += f"{i} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    with open(name, "wb") as f:
        f.write(out)

write("fes-19866.pdf", "The degradation of Belarusian foreign policy",
      "Pavel Matsukevich, Ryhor Astapenia", "20221212")
write("belstat-trade.pdf", "Foreign Trade of the Republic of Belarus 2021",
      "", "20210820")
write("fes-19850.pdf", "Отношения Беларуси и Китая в 2020–2022 гг.",
      "Андрей Елисеев, Ольга Алешко-Лесселс", "20221215")
write("obo-roadmaps.pdf", "Analyzing the current state of Russia-Belarus integration",
      "Rosa Turarbekava", "20230320")
