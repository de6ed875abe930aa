"""The report's first section, "in short": for a comparison, what each variant does, its tally of verdicts and
its cost-effectiveness verdict as jeugdsim decided them, and four key figures side by side with the paired
difference and its interval, rounded to what the interval supports. Every verdict is read from the files
jeugdsim compare wrote (`<variant>-verdicts.csv`, `<variant>-cost-effectiveness.csv`), never decided again here."""
import html

import pandas as pd

from report_text import HEADLINES, rounded

KEY_FIGURES = ["spend.perYear", "wait.mean.specialist", "waitingList.mean.specialist", "unmetNeed.childYears"]

WORDS = {
    "nl": {
        "title": "In het kort",
        "figure": "kerncijfer", "difference": "verschil met {base} (95 %-interval)",
        "tally": "<b>{variant}</b>: {better} kerncijfers gunstiger, {worse} ongunstiger, {noise} niet te onderscheiden van toeval "
        "(van {total} met een gunstige kant).",
        "noise": "geen aantoonbaar verschil", "million": "mln euro per jaar",
        "ce": {"dominant": "Goedkoper én minder kindjaren met een onvervulde hulpvraag: deze variant domineert.",
               "dominated": "Duurder én meer kindjaren met een onvervulde hulpvraag: deze variant wordt gedomineerd.",
               "costsMoreAvoidsMore": "Duurder, en minder kindjaren met een onvervulde hulpvraag: de afweging staat onder 'Hoe zeker is dit'.",
               "costsLessAddsMore": "Goedkoper, maar meer kindjaren met een onvervulde hulpvraag.",
               "undetermined": "Uitgaven en onvervulde hulpvraag samen geven geen eenduidig oordeel."},
    },
    "en": {
        "title": "In short",
        "figure": "figure", "difference": "difference from {base} (95 % interval)",
        "tally": "<b>{variant}</b>: {better} headlines better, {worse} worse, {noise} not distinguishable from noise "
        "(of {total} with a better side).",
        "noise": "no distinguishable difference", "million": "million euros a year",
        "ce": {"dominant": "Cheaper and fewer child-years with an unmet need: this variant dominates.",
               "dominated": "Dearer and more child-years with an unmet need: this variant is dominated.",
               "costsMoreAvoidsMore": "Dearer, and fewer child-years with an unmet need: the trade-off is under 'How sure is this'.",
               "costsLessAddsMore": "Cheaper, but more child-years with an unmet need.",
               "undetermined": "Spending and unmet need together give no clear verdict."},
    },
}


def section(report):
    """The section's title and HTML body for a comparison report (`report.Report`)."""
    w, lang = WORDS[report.lang], report.lang
    folder = report.folder / f"compare-{report.base}"
    lines, table_rows = [], {}
    for variant in report.variants:
        diff = pd.read_csv(folder / f"{variant}.csv", keep_default_na=False)
        diff["key"] = diff["metric"] + diff["group"].map(lambda g: "." + g if g else "")
        totals = diff[diff["year"] == ""]
        decided = report.verdict_table(variant)
        better = worse = noise = 0
        for metric, texts in HEADLINES.items():
            if metric not in decided or texts["better"] is None:
                continue
            judgement = decided[metric]["judgement"]
            better, worse, noise = better + (judgement == "better"), worse + (judgement == "worse"), noise + (judgement == "")
        line = w["tally"].format(variant=html.escape(report.title_of(variant)), better=better, worse=worse, noise=noise, total=better + worse + noise)
        ce_file = folder / f"{variant}-cost-effectiveness.csv"
        if ce_file.exists():
            line += " " + w["ce"][pd.read_csv(ce_file).iloc[0]["verdict"]]
        lines.append(f'<p class="tally" data-variant="{html.escape(variant)}">{line}</p>')
        for metric in KEY_FIGURES:
            found = totals[totals["key"] == metric]
            if found.empty:
                continue
            row = found.iloc[0]
            scale = 1e6 if metric == "spend.perYear" else 1
            d, lo, hi = (row[c] / scale for c in ("difference_mean", "difference_lower95", "difference_upper95"))
            half = (hi - lo) / 2
            base_value = rounded(row["base_mean"] / scale, half, lang)
            if decided[metric]["distinguishable"] == "yes":
                good = decided[metric]["judgement"] == "better"
                sign = "+" if d > 0 else ""
                cell = (f'<td class="{"better" if good else "worse"}" data-metric="{metric}" data-variant="{html.escape(variant)}">'
                        f"{sign}{rounded(d, half, lang)} ({rounded(lo, half, lang)} – {rounded(hi, half, lang)})</td>")
            else:
                cell = f'<td class="noise" data-metric="{metric}" data-variant="{html.escape(variant)}">{w["noise"]}</td>'
            label, unit = report.label(metric)
            unit = w["million"] if metric == "spend.perYear" else unit
            table_rows.setdefault(metric, [f"<td>{html.escape(label)} ({html.escape(unit)})</td><td>{base_value}</td>"]).append(cell)
    base = report.title_of(report.base)
    head = "".join(f"<th>{html.escape(report.title_of(v))}: {html.escape(w['difference'].format(base=base))}</th>" for v in report.variants)
    table = (f"<table class='short'><thead><tr><th>{w['figure']}</th><th>{html.escape(base)}</th>{head}</tr></thead>"
             + "".join(f"<tr>{''.join(cells)}</tr>" for cells in table_rows.values()) + "</table>")
    return w["title"], "".join(lines) + table
