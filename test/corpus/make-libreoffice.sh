#!/bin/sh
# Writes the corpus ledger with LibreOffice Calc (Debian libreoffice-calc, headless): it opens the
# openpyxl workbooks (plain and 1904) and saves them in its own .xlsx, .xlsm, .xls and .ods; the 1904 one
# keeps its date system, which LibreOffice writes as date1904="true". Run from the project root:
#   sh test/corpus/make-libreoffice.sh
set -e
here=$(dirname "$0")
work=$(mktemp -d)
cp "$here/files/openpyxl.xlsx" "$work/libreoffice.xlsx"
cp "$here/files/openpyxl-1904.xlsx" "$work/libreoffice-1904.xlsx"
# LibreOffice calculates the formula and caches its result, a 1904 serial (test/corpus/special.test.ts).
cp "$here/special/openpyxl-1904-formula-source.xlsx" "$work/libreoffice-1904-formula-date.xlsx"
# And the formulas whose results are "" and 0.
cp "$here/special/openpyxl-falsy-formulas-source.xlsx" "$work/libreoffice-falsy-formulas.xlsx"
cd "$work"
export HOME="$work"
for f in libreoffice.xlsx libreoffice-1904.xlsx; do
  soffice --headless --calc --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir out "$f" >/dev/null
done
soffice --headless --calc --convert-to xls:"MS Excel 97" --outdir out libreoffice.xlsx >/dev/null
soffice --headless --calc --convert-to xlsm:"Calc MS Excel 2007 VBA XML" --outdir out libreoffice.xlsx >/dev/null
soffice --headless --calc --convert-to ods --outdir out libreoffice.xlsx >/dev/null
soffice --headless --calc --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir special libreoffice-1904-formula-date.xlsx >/dev/null
soffice --headless --calc --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir special libreoffice-falsy-formulas.xlsx >/dev/null
cd - >/dev/null
cp "$work"/out/* "$here/files/"
cp "$work"/special/* "$here/special/"
soffice --version | head -1 > "$here/files/libreoffice.version"
rm -rf "$work"
