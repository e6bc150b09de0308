# Writes the corpus ledger (ledger.json) with openpyxl, as Python scripts do: plain, with ISO 8601
# date cells (iso_dates), and in the 1904 date system. Run from the project root with Debian's
# python3-openpyxl: /usr/bin/python3 test/corpus/make-openpyxl.py
import datetime, json, os
import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

here = os.path.dirname(os.path.abspath(__file__))
ledger = json.load(open(os.path.join(here, "ledger.json"), encoding="utf-8"))
DATE_COLUMNS = (3, 6)

def write(name, iso_dates=False, epoch=None):
    wb = openpyxl.Workbook(iso_dates=iso_dates)
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "Peserta"
    ws.append(ledger["header"])
    for row in ledger["rows"]:
        cells = [datetime.date.fromisoformat(v) if c in DATE_COLUMNS else v for c, v in enumerate(row)]
        ws.append(cells)
    for r in ws.iter_rows(min_row=2):
        for c in DATE_COLUMNS:
            r[c].number_format = "DD-MM-YYYY"
    wb.save(os.path.join(here, "files", name))

write("openpyxl.xlsx")
write("openpyxl-iso-dates.xlsx", iso_dates=True)
write("openpyxl-1904.xlsx", epoch=CALENDAR_MAC_1904)
open(os.path.join(here, "files", "openpyxl.version"), "w").write(f"openpyxl {openpyxl.__version__} (Debian python3-openpyxl)\n")
