# Two packagings of files other producers wrote that no producer on these machines writes itself:
# - strict-openpyxl-iso-dates.xlsx: openpyxl's ISO-date workbook moved to Strict Open XML (ISO/IEC 29500
#   Strict), as Excel's "Strict Open XML Spreadsheet" save writes it: the purl.oclc.org namespaces and
#   relationship types of ECMA-376 Part 1 (Strict), conformance="strict" on the workbook, dates as ISO 8601
#   date cells (t="d", which openpyxl already wrote). Only Excel writes Strict; LibreOffice and openpyxl
#   read it but cannot save it.
#   strict-libreoffice.xlsx: the same move for LibreOffice's workbook (shared strings, serial dates).
# - libreoffice-members-reversed.xlsx: LibreOffice's workbook with its zip members in reverse order, so
#   the worksheet comes before the shared strings, the styles and the workbook (a streaming reader sees
#   them in the order of the file; zip tools that rewrite a package do this).
# Run from the project root: /usr/bin/python3 test/corpus/make-repackaged.py (standard library only).
import os, zipfile

here = os.path.dirname(os.path.abspath(__file__))
files = os.path.join(here, "files")

STRICT = [
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/", "http://purl.oclc.org/ooxml/officeDocument/relationships/"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
]

def repackage(source, target, rewrite, reverse=False):
    with zipfile.ZipFile(os.path.join(files, source)) as zin:
        members = zin.infolist()
        if reverse:
            members = members[::-1]
        with zipfile.ZipFile(os.path.join(files, target), "w", zipfile.ZIP_DEFLATED) as zout:
            for info in members:
                data = zin.read(info.filename)
                if rewrite and (info.filename.endswith(".xml") or info.filename.endswith(".rels")):
                    data = rewrite(info.filename, data.decode("utf-8")).encode("utf-8")
                zout.writestr(info.filename, data)

def strict(name, xml):
    for transitional, strict_uri in STRICT:
        xml = xml.replace(transitional, strict_uri)
    if name == "xl/workbook.xml":
        xml = xml.replace("<workbook ", '<workbook conformance="strict" ', 1)
    return xml

repackage("openpyxl-iso-dates.xlsx", "strict-openpyxl-iso-dates.xlsx", strict)
repackage("libreoffice.xlsx", "strict-libreoffice.xlsx", strict)
repackage("libreoffice.xlsx", "libreoffice-members-reversed.xlsx", None, reverse=True)
