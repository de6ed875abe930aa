"""The report's figures as an Excel workbook for budget planners (`jeugdsim report DIR --xlsx`): the key
tables, per-year figures and paired differences per replication, with headers in the report's language and
every figure a number (not text), so that a planner can add, chart and link them."""
import os

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

import jeugdsim as js
from report_text import HEADLINES

WORDS = {
    "nl": {
        "headlines": "Kerncijfers", "years": "Per jaar", "paired": "Verschil per herhaling", "spending": "Uitgaven per jaar",
        "variant": "variant", "scenario": "scenario", "figure": "kerncijfer", "unit": "eenheid", "base": "waarde basis",
        "value": "waarde variant", "difference": "verschil", "lower": "95 %-interval van", "upper": "95 %-interval tot",
        "distinguishable": "te onderscheiden van toeval", "judgement": "oordeel", "from_year": "vanaf jaar", "year": "jaar",
        "replication": "herhaling", "mean": "gemiddelde", "yes": "ja", "no": "nee", "better": "gunstig", "worse": "ongunstig",
        "spend": "uitgaven (euro)", "budget": "budget (euro)",
    },
    "en": {
        "headlines": "Headlines", "years": "Per year", "paired": "Difference per replication", "spending": "Spending per year",
        "variant": "variant", "scenario": "scenario", "figure": "figure", "unit": "unit", "base": "base value",
        "value": "variant value", "difference": "difference", "lower": "95 % interval from", "upper": "95 % interval to",
        "distinguishable": "distinguishable from noise", "judgement": "judgement", "from_year": "from year", "year": "year",
        "replication": "replication", "mean": "mean", "yes": "yes", "no": "no", "better": "better", "worse": "worse",
        "spend": "spending (euros)", "budget": "budget (euros)",
    },
}


def sheet(book, title, header, rows):
    """One sheet: a bold header row that stays in view, numbers as numbers, columns wide enough to read."""
    ws = book.create_sheet(title[:31])
    ws.append(header)
    for row in rows:
        ws.append([None if isinstance(v, float) and v != v else v for v in row])
    ws.freeze_panes = "A2"
    for cell in ws[1]:
        cell.font = cell.font.copy(bold=True)
    for column, name in enumerate(header, start=1):
        values = [len(str(name))] + [len(f"{v:,.2f}" if isinstance(v, float) else str(v)) for v in (r[column - 1] for r in rows)]
        ws.column_dimensions[get_column_letter(column)].width = min(60, max(values) + 2)
        for cell in ws[get_column_letter(column)][1:]:
            if isinstance(cell.value, float):
                cell.number_format = "#,##0.00"
    return ws


def whole_horizon(path):
    """A replications.csv's whole-horizon rows, keyed as the comparison files key a headline (metric.group)."""
    rows = pd.read_csv(path, keep_default_na=False)
    rows = rows[rows["year"] == ""].sort_values(["metric", "group", "replication"])
    return rows.assign(key=rows["metric"] + rows["group"].map(lambda g: "." + g if g else ""))


def compare_sheets(book, report, w):
    folder = report.folder / f"compare-{report.base}"
    headlines, years, paired = [], [], []
    base = whole_horizon(report.folder_of(report.base) / "replications.csv")
    for variant in report.variants:
        title = report.title_of(variant)
        diff = pd.read_csv(folder / f"{variant}.csv", keep_default_na=False)
        diff["key"] = diff["metric"] + diff["group"].map(lambda g: "." + g if g else "")
        decided = report.verdict_table(variant)
        for metric in HEADLINES:
            found = diff[(diff["key"] == metric) & (diff["year"] == "")]
            if found.empty:
                continue
            row, verdict = found.iloc[0], decided.get(metric, {})
            label, unit = report.label(metric)
            headlines.append([title, label, unit, float(row["base_mean"]), float(row["variant_mean"]), float(row["difference_mean"]),
                              float(row["difference_lower95"]), float(row["difference_upper95"]),
                              w["yes"] if row["distinguishable"] == "yes" else w["no"],
                              w.get(verdict.get("judgement", ""), ""), int(verdict["from_year"]) if verdict.get("from_year", "") != "" else None])
        per_year = pd.read_csv(folder / f"{variant}-years.csv", keep_default_na=False)
        for _, r in per_year.iterrows():
            key = r["metric"] + ("." + r["group"] if r["group"] else "")
            years.append([title, report.label(key)[0] if key in HEADLINES else key, int(r["year"]), float(r["difference_mean"]),
                          float(r["difference_lower95"]), float(r["difference_upper95"])])
        # Paired: the variant's figure minus the base's in the same replication (the same random numbers).
        own = whole_horizon(report.folder_of(variant) / "replications.csv")
        for metric in HEADLINES:
            a, b = base[base["key"] == metric], own[own["key"] == metric]
            for x, y in zip(a.itertuples(), b.itertuples()) if len(a) == len(b) else ():
                paired.append([title, report.label(metric)[0], int(x.replication), float(x.value), float(y.value), float(y.value) - float(x.value)])
    sheet(book, w["headlines"], [w["variant"], w["figure"], w["unit"], w["base"], w["value"], w["difference"], w["lower"], w["upper"],
                                 w["distinguishable"], w["judgement"], w["from_year"]], headlines)
    sheet(book, w["years"], [w["variant"], w["figure"], w["year"], w["difference"], w["lower"], w["upper"]], years)
    sheet(book, w["paired"], [w["variant"], w["figure"], w["replication"], w["base"], w["value"], w["difference"]], paired)


def run_sheet(book, report, w):
    figures = js.summary(report.folder)["figures"]
    rows = [[report.label(m)[0], report.label(m)[1], float(figures[m]["mean"]), float(figures[m]["lower95"]), float(figures[m]["upper95"])]
            for m in HEADLINES if m in figures]
    sheet(book, w["headlines"], [w["figure"], w["unit"], w["mean"], w["lower"], w["upper"]], rows)


def write(report, path):
    """The workbook for `report` (`report.Report`, built) at `path`, whole or not at all."""
    w = WORDS[report.lang]
    book = Workbook()
    book.remove(book.active)
    if report.kind == "compare":
        compare_sheets(book, report, w)
    elif report.kind == "run":
        run_sheet(book, report, w)
    spending = []
    for name in report.names:
        levels = report.levels(name)
        spend, budget = js.figure(levels, "spend", "total", yearly=True), js.figure(levels, "budget", "total", yearly=True)
        budget_by_year = dict(zip(budget["year"].astype(int), budget["mean"]))
        for _, r in spend.iterrows():
            spending.append([report.title_of(name), int(r["year"]), float(r["mean"]), float(r["lower95"]), float(r["upper95"]),
                             float(budget_by_year[int(r["year"])]) if budget_by_year.get(int(r["year"]), 0) > 0 else None])
    sheet(book, w["spending"], [w["scenario"], w["year"], w["spend"], w["lower"], w["upper"], w["budget"]], spending)
    partial = path.parent.parent / f".{path.parent.name}.{path.name}.partial-{os.getpid()}"
    book.save(partial)
    os.replace(partial, path)
