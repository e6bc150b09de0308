# Writes the corpus ledger (ledger.json) as the CSV exports HR systems and Excel make: Excel's
# Indonesian "CSV UTF-8" (; with a byte-order mark), an older Windows export in Windows-1252 with ;,
# tab-separated text, and an export that protects identifiers with Excel's ="..." escape and quotes a
# field holding the delimiter. Dates are written dd-mm-yyyy as Indonesian exports do. Run from the
# project root: /usr/bin/python3 test/corpus/make-csv.py
import csv, datetime, json, os

here = os.path.dirname(os.path.abspath(__file__))
ledger = json.load(open(os.path.join(here, "ledger.json"), encoding="utf-8"))
DATE_COLUMNS = (3, 6)

def dmy(iso):
    return datetime.date.fromisoformat(iso).strftime("%d-%m-%Y")

def rows(escape=False):
    yield ledger["header"]
    for row in ledger["rows"]:
        out = []
        for c, v in enumerate(row):
            if c in DATE_COLUMNS:
                out.append(dmy(v))
            elif escape and c in (0, 2, 5):
                out.append(f'="{v}"')
            else:
                out.append(v)
        yield out

def write(name, encoding, delimiter, escape=False, quote_all=False):
    with open(os.path.join(here, "files", name), "w", encoding=encoding, newline="") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
        for r in rows(escape):
            w.writerow(r)

write("excel-csv-utf8-semicolon.csv", "utf-8-sig", ";")
write("windows-1252-semicolon.csv", "cp1252", ";")
write("tab-separated.txt", "utf-8", "\t")
write("escaped-identifiers-comma.csv", "utf-8", ",", escape=True, quote_all=True)
