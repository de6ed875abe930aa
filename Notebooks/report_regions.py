"""The report's "where" section for a comparison of systems of regions (`regions:` in the scenario, as the national
baseline): per variant, in how many regions spending and unmet need differ distinguishably from noise, and a table
of every region's paired differences with their 95 % intervals, largest change in spending first (the regions' own
figures, `region:<name>` in `<variant>.csv`, as jeugdsim compare wrote them)."""
import html

import pandas as pd

from report_text import rounded

WORDS = {
    "nl": {
        "title": "Waar",
        "intro": "<p>Per regio het verschil tussen variant en basis, steeds in dezelfde herhaling vergeleken, met het "
        "95 %-interval. Elke regio is het systeem op de schaal van haar jeugdigen; regio's delen geen aanbieders.</p>",
        "count": "{title}: de uitgaven zijn in {lower} van de {regions} regio's te onderscheiden lager en in {higher} hoger; "
        "de onvervulde hulpvraag in {need_lower} lager en in {need_higher} hoger. Bij zoveel regio's valt er door toeval "
        "alleen al ongeveer {chance} buiten zijn interval.",
        "region": "regio", "spend": "uitgaven per jaar (euro)", "need": "kindjaren met onvervulde hulpvraag per jaar",
        "largest": "De {shown} regio's met het grootste verschil in uitgaven; elke regio staat in <code>{file}</code>.",
    },
    "en": {
        "title": "Where",
        "intro": "<p>Per region the difference between variant and base, compared within the same replication, with its "
        "95 % interval. Each region is the system at the scale of its youths; regions share no providers.</p>",
        "count": "{title}: spending is distinguishably lower in {lower} of the {regions} regions and higher in {higher}; "
        "unmet need lower in {need_lower} and higher in {need_higher}. Among so many regions, about {chance} falls "
        "outside its interval by chance alone.",
        "region": "region", "spend": "spending a year (euros)", "need": "child-years of unmet need a year",
        "largest": "The {shown} regions whose spending differs most; every region is in <code>{file}</code>.",
    },
}
FIGURES = ("spend.perYear", "unmetNeed.childYears")
SHOWN = 10  # regions in the table: the page stays short, the file holds them all


def rows(report, variant):
    """The variant's paired differences per region for FIGURES over the whole horizon, a row per region."""
    table = pd.read_csv(report.folder / f"compare-{report.base}" / f"{variant}.csv", keep_default_na=False)
    regional = table[table["group"].str.startswith("region:") & ~table["group"].str.contains("/")
                     & (table["year"] == "") & table["metric"].isin(FIGURES)]
    regional = regional.assign(region=regional["group"].str.slice(len("region:")))
    return {metric: part.set_index("region") for metric, part in regional.groupby("metric")}


def cell(row, lang):
    half = (row["difference_upper95"] - row["difference_lower95"]) / 2
    mean, lo, hi = (rounded(row[c], half, lang) for c in ("difference_mean", "difference_lower95", "difference_upper95"))
    return f"{mean} ({lo} – {hi})"


def section(report):
    """(title, body) of the section, or None where the comparison has no regions."""
    words, lang, parts = WORDS[report.lang], report.lang, []
    for variant in report.variants:
        figures = rows(report, variant)
        if set(figures) != set(FIGURES):
            continue
        spend, need = figures["spend.perYear"], figures["unmetNeed.childYears"]
        side = lambda frame, sign: int(((frame["distinguishable"] == "yes") & (sign * frame["difference_mean"] > 0)).sum())  # noqa: E731
        title = report.title_of(variant)
        count = words["count"].format(title=html.escape(title), regions=len(spend), lower=side(spend, -1), higher=side(spend, 1),
                                      need_lower=side(need, -1), need_higher=side(need, 1), chance=round(0.05 * len(spend)))
        order = spend.sort_values("difference_mean", key=abs, ascending=False).index[:SHOWN]
        note = words["largest"].format(shown=len(order), file=f"compare-{html.escape(report.base)}/{html.escape(variant)}.csv")
        body = "".join(f"<tr><td>{html.escape(r)}</td><td>{cell(spend.loc[r], lang)}</td><td>{cell(need.loc[r], lang)}</td></tr>"
                       for r in order)
        parts.append(f"<p>{count}</p><table class='regions'><thead><tr><th>{words['region']}</th><th>{words['spend']}</th>"
                     f"<th>{words['need']}</th></tr></thead>{body}</table><p class='note'>{note}</p>")
    return (words["title"], words["intro"] + "".join(parts)) if parts else None
