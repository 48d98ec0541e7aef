"""Prints an XLSX workbook as JSON, read with openpyxl (Debian python3-openpyxl), for the report tests.

{"sheets": [names], "<sheet>": {"cells": {"A1": value}, "formats": {"A1": number_format}, "freeze": "A5",
 "widths": {"A": width}, "max_row": n}}; dates as YYYY-MM-DD.
"""
import datetime
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
for ws in wb:
    cells = {}
    formats = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date)):
                v = v.strftime("%Y-%m-%d")
            cells[c.coordinate] = v
            formats[c.coordinate] = c.number_format
    widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
    out[ws.title] = {"cells": cells, "formats": formats, "freeze": ws.freeze_panes, "widths": widths,
                     "max_row": ws.max_row}
print(json.dumps(out))
