"""The report's "where" section for a comparison of systems of regions (`regions:` in the scenario, as the national
baseline) or of a region's municipalities (`municipalities:`, as region-example.yaml): per variant, in how many regions
(municipalities) spending and unmet need differ distinguishably from noise, and a table of every one's paired
differences with their 95 % intervals, largest change in spending first (their own figures, `region:<name>` or
`municipality:<name>` in `<variant>.csv`, as jeugdsim compare wrote them)."""
import html

import pandas as pd

from report_text import rounded

WORDS = {
    "nl": {
        "title": "Waar",
        "region": {
            "intro": "<p>Per regio het verschil tussen variant en basis, steeds in dezelfde herhaling vergeleken, met het "
            "95 %-interval. Elke regio is het systeem op de schaal van haar jeugdigen; regio's delen geen aanbieders.</p>",
            "count": "{title}: de uitgaven zijn in {lower} van de {count} regio's te onderscheiden lager en in {higher} hoger; "
            "de onvervulde hulpvraag in {need_lower} lager en in {need_higher} hoger.",
            "chance": " Bij zoveel regio's valt er door toeval alleen al ongeveer {chance} buiten zijn interval.",
            "name": "regio",
            "largest": "De {shown} regio's met het grootste verschil in uitgaven; elke regio staat in <code>{file}</code>.",
        },
        "municipality": {
            "intro": "<p>Per gemeente het verschil tussen variant en basis, steeds in dezelfde herhaling vergeleken, met het "
            "95 %-interval. De gemeenten hebben elk een eigen toegang, wijkteams en consultatiefunctie, en delen de "
            "specialistische aanbieders van hun regio en hun wachtlijsten: wat de een verandert, merkt de ander.</p>",
            "count": "{title}: de uitgaven zijn in {lower} van de {count} gemeenten te onderscheiden lager en in {higher} hoger; "
            "de onvervulde hulpvraag in {need_lower} lager en in {need_higher} hoger.",
            "chance": " Bij zoveel gemeenten valt er door toeval alleen al ongeveer {chance} buiten zijn interval.",
            "name": "gemeente",
            "largest": "De {shown} gemeenten met het grootste verschil in uitgaven; elke gemeente staat in <code>{file}</code>.",
        },
        "spend": "uitgaven per jaar (euro)", "need": "kindjaren met onvervulde hulpvraag per jaar",
    },
    "en": {
        "title": "Where",
        "region": {
            "intro": "<p>Per region the difference between variant and base, compared within the same replication, with its "
            "95 % interval. Each region is the system at the scale of its youths; regions share no providers.</p>",
            "count": "{title}: spending is distinguishably lower in {lower} of the {count} regions and higher in {higher}; "
            "unmet need lower in {need_lower} and higher in {need_higher}.",
            "chance": " Among so many regions, about {chance} falls outside its interval by chance alone.",
            "name": "region",
            "largest": "The {shown} regions whose spending differs most; every region is in <code>{file}</code>.",
        },
        "municipality": {
            "intro": "<p>Per municipality the difference between variant and base, compared within the same replication, "
            "with its 95 % interval. The municipalities each have their own access, teams and consultation function, and "
            "share their region's specialist providers and their waiting lists: what one changes, the others feel.</p>",
            "count": "{title}: spending is distinguishably lower in {lower} of the {count} municipalities and higher in "
            "{higher}; unmet need lower in {need_lower} and higher in {need_higher}.",
            "chance": " Among so many municipalities, about {chance} falls outside its interval by chance alone.",
            "name": "municipality",
            "largest": "The {shown} municipalities whose spending differs most; every municipality is in <code>{file}</code>.",
        },
        "spend": "spending a year (euros)", "need": "child-years of unmet need a year",
    },
}
FIGURES = ("spend.perYear", "unmetNeed.childYears")
SHOWN = 10  # regions in the table: the page stays short, the file holds them all
PARTS = ("region", "municipality")


def rows(report, variant, part):
    """The variant's paired differences per region (municipality) for FIGURES over the whole horizon, a row each."""
    table = pd.read_csv(report.folder / f"compare-{report.base}" / f"{variant}.csv", keep_default_na=False)
    prefix = f"{part}:"
    own = table[table["group"].str.startswith(prefix) & ~table["group"].str.contains("/")
                & (table["year"] == "") & table["metric"].isin(FIGURES)]
    own = own.assign(name=own["group"].str.slice(len(prefix)))
    return {metric: frame.set_index("name") for metric, frame in own.groupby("metric")}


def cell(row, lang):
    half = (row["difference_upper95"] - row["difference_lower95"]) / 2
    mean, lo, hi = (rounded(row[c], half, lang) for c in ("difference_mean", "difference_lower95", "difference_upper95"))
    return f"{mean} ({lo} – {hi})"


def section(report):
    """(title, body) of the section, or None where the comparison has neither regions nor municipalities."""
    words, lang = WORDS[report.lang], report.lang
    for part in PARTS:
        kind, paragraphs = words[part], []
        for variant in report.variants:
            figures = rows(report, variant, part)
            if set(figures) != set(FIGURES):
                continue
            spend, need = figures["spend.perYear"], figures["unmetNeed.childYears"]
            side = lambda frame, sign: int(((frame["distinguishable"] == "yes") & (sign * frame["difference_mean"] > 0)).sum())  # noqa: E731
            title = report.title_of(variant)
            count = kind["count"].format(title=html.escape(title), count=len(spend), lower=side(spend, -1), higher=side(spend, 1),
                                         need_lower=side(need, -1), need_higher=side(need, 1))
            # Each interval is at 95 %: among many, a few fall outside by chance alone.
            chance = round(0.05 * len(spend))
            count += kind["chance"].format(chance=chance) if chance > 0 else ""
            order = spend.sort_values("difference_mean", key=abs, ascending=False).index[:SHOWN]
            note = kind["largest"].format(shown=len(order), file=f"compare-{html.escape(report.base)}/{html.escape(variant)}.csv")
            body = "".join(f"<tr><td>{html.escape(r)}</td><td>{cell(spend.loc[r], lang)}</td><td>{cell(need.loc[r], lang)}</td></tr>"
                           for r in order)
            paragraphs.append(f"<p>{count}</p><table class='regions'><thead><tr><th>{kind['name']}</th><th>{words['spend']}</th>"
                              f"<th>{words['need']}</th></tr></thead>{body}</table><p class='note'>{note}</p>")
        if paragraphs:
            return words["title"], kind["intro"] + "".join(paragraphs)
    return None
