"""The IMNM-shaped benchmark workload (imnm-workload.md) as a DMN decision table workbook
for pyDMNrules, built with openpyxl from the rows below (no binary file is committed).

One decision table, "Recommendations", rules as rows, hit policy C (collect: every
rule that matches gives its recommendation). A rule whose condition is an `or` takes
one row per alternative, so a recommendation can come out twice; the caller keeps
each id once. The table's inputs are the facts the rules read; its one output is the
recommendation id. As in the other engines of peers.py, the prednisone dose is the
workload's 0.5 to 1 x weight, computed by the caller when `prednisone` fired.

    .venv/bin/python benchmarks/dmn_workbook.py OUT.xlsx   # write the workbook to look at
"""

from __future__ import annotations

import sys
from typing import Any

ANY = "-"
NOT_ADEQUATE = 'not("adequate")'
INPUTS = ("antibody", "statin_exposure", "ck_u_per_l", "weeks_on_treatment", "response",
          "dysphagia", "cancer", "on_methotrexate")
OUTPUT = "Recommendation"
TABLE = "Recommendations"

# (recommendation, {input: S-FEEL test}); an input not named is "-" (any value).
ROWS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("stop_statin", {"antibody": '"HMGCR"', "statin_exposure": True}),          # R1
    ("prednisone", {"weeks_on_treatment": "< 6"}),                              # R2
    ("prednisone", {"response": NOT_ADEQUATE}),
    ("add_methotrexate", {"on_methotrexate": False, "weeks_on_treatment": ">= 0",  # R3
                          "response": NOT_ADEQUATE}),
    ("ivig", {"antibody": '"HMGCR"', "weeks_on_treatment": "< 12"}),            # R4
    ("ivig", {"weeks_on_treatment": ">= 4", "response": NOT_ADEQUATE}),
    ("rituximab", {"weeks_on_treatment": ">= 6", "response": '"none"',          # R5
                   "on_methotrexate": True}),
    ("cancer_screening", {"antibody": '"HMGCR"', "statin_exposure": False}),    # R6
    ("cancer_screening", {"cancer": True}),
    ("swallow_assessment", {"dysphagia": True}),                                # R7
    ("monitor_ck", {"ck_u_per_l": "> 200"}),                                    # R8
    ("maintenance_taper_caution", {"response": '"adequate"',                   # R9
                                   "weeks_on_treatment": ">= 26"}),
    ("physical_therapy", {}),                                                   # R10
    ("refer_neuromuscular", {"antibody": '"HMGCR", "SRP"', "ck_u_per_l": "> 5000"}),  # R11
)


def workbook() -> Any:
    """The workbook: sheet "IMNM" holding the one decision table (name in A1, the hit
    policy and headings in row 2, inputs and output parted by a double border)."""
    openpyxl = __import__("openpyxl")
    styles = __import__("openpyxl.styles", fromlist=["Border", "Side"])
    double, plain = styles.Side(style="double"), styles.Side()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "IMNM"
    sheet.cell(row=1, column=1, value=TABLE)
    headings = ["C", *INPUTS, OUTPUT]
    last_input = len(INPUTS) + 1
    for column, heading in enumerate(headings, start=1):
        cell = sheet.cell(row=2, column=column, value=heading)
        cell.border = styles.Border(
            top=plain, bottom=double,
            right=double if column == last_input else plain,
            left=double if column == last_input + 1 else plain,
        )
    for number, (recommendation, tests) in enumerate(ROWS, start=1):
        row = number + 2
        sheet.cell(row=row, column=1, value=number)
        for column, name in enumerate(INPUTS, start=2):
            sheet.cell(row=row, column=column, value=tests.get(name, ANY))
        sheet.cell(row=row, column=last_input + 1, value=f'"{recommendation}"')
    return book


if __name__ == "__main__":
    workbook().save(sys.argv[1] if len(sys.argv) > 1 else "imnm_workload.xlsx")
