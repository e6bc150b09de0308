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

# Two workbooks of what scripts get wrong, for test/corpus/special.test.ts: names written as formulas
# that no program calculated (openpyxl writes no cached values), and a NIK column of numbers, one NIK
# typed twice.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Peserta"
ws.append(["NPP", "Nama Peserta", "NIK", "Depan", "Belakang"])
for i, (row, first, last) in enumerate([(ledger["rows"][0], "Budi", "Santoso"), (ledger["rows"][1], "Siti", "Aminah"), (ledger["rows"][2], "Joko", "Purnomo")], start=2):
    ws.append([row[0], f'=D{i}&" "&E{i}', row[2], first, last])
wb.save(os.path.join(here, "special", "openpyxl-uncalculated-formulas.xlsx"))

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Peserta"
ws.append(ledger["header"][:3])
for row in ledger["rows"][:3] + [ledger["rows"][0]]:
    ws.append([row[0], row[1], int(row[2])])
wb.save(os.path.join(here, "special", "openpyxl-numeric-niks.xlsx"))

# A 1904 workbook whose start date is a formula, for make-libreoffice.sh to calculate and save: its
# cached result is a 1904 serial.
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Peserta"
ws.append(["NPP", "Nama Peserta", "NIK", "Tanggal Lahir", "Tgl Kepesertaan"])
ws.append(["12345678", "Budi Santoso", "3171011203900001", datetime.date(1990, 3, 12), "=DATE(2020,1,6)"])
ws["D2"].number_format = "DD-MM-YYYY"
ws["E2"].number_format = "DD-MM-YYYY"
wb.save(os.path.join(here, "special", "openpyxl-1904-formula-source.xlsx"))

# Formulas whose results are empty text and zero, for make-libreoffice.sh to calculate and save: a
# result of "" or 0 is a result (an active worker has no exit date and no arrears), not a formula
# left uncalculated.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Peserta"
ws.append(["NPP", "Nama Peserta", "NIK", "Tanggal Lahir", "Status", "Tanggal Keluar", "Tunggakan"])
for i, (row, status) in enumerate([(ledger["rows"][0], "Aktif"), (ledger["rows"][1], "Aktif"), (ledger["rows"][2], "Non Aktif")], start=2):
    ws.append([row[0], row[1], row[2], datetime.date.fromisoformat(row[3]), status, f'=IF(E{i}="Aktif","",DATE(2025,1,31))', f'=IF(E{i}="Aktif",0,150000)'])
    ws[f"D{i}"].number_format = "DD-MM-YYYY"
    ws[f"F{i}"].number_format = "DD-MM-YYYY"
wb.save(os.path.join(here, "special", "openpyxl-falsy-formulas-source.xlsx"))
