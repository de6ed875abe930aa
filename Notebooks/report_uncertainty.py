"""The report's "how sure is this" section: what the intervals of a comparison cover and what they do not, and,
where `jeugdsim uncertainty` ran beside the comparison (DIR/uncertainty-<base>/), the probability that each
variant is better given what is not known, the acceptability curve and the unknowns worth most to know."""
import html

import matplotlib.pyplot as plt
import pandas as pd

import plots
from report_text import HEADLINES, number

WORDS = {
    "nl": {
        "title": "Hoe zeker is dit",
        "only_noise": "De 95 %-intervallen hierboven dekken alleen het toeval in het model zelf, met elke invoerwaarde op haar "
        "standaard. Veel waarden zijn aannames (zie de modelbeschrijving); hoe zeker de uitkomst is als die anders blijken, "
        "dekken ze niet.",
        "not_run": "Die onzekerheid is voor dit rapport niet doorgerekend: <code>jeugdsim uncertainty {base} VARIANT...</code> doet dat.",
        "drawn": "Daarom zijn {parameters} onzekere waarden {draws} keer samen getrokken (elk uit een verdeling rond haar standaard, "
        "met herkomst in parameters.csv), en is elke trekking doorgerekend met {replications} herhalingen per scenario, steeds met dezelfde toevalsgetallen.",
        "held": " Vastgehouden op de waarde van het scenario: {keys}.",
        "figure": "kerncijfer", "mean": "gemiddeld verschil", "range": "95 % van de trekkingen", "better": "kans dat {variant} beter is",
        "against": "{variant} tegenover {base}",
        "best": "Bij {wtp} euro per vermeden kindjaar met een onvervulde hulpvraag is de beste keuze: {shares} (aandeel van de trekkingen).",
        "curve_caption": "Kans dat elke keuze de hoogste netto-opbrengst heeft, bij elke prijs per vermeden kindjaar met een "
        "onvervulde hulpvraag (de aanvaardbaarheidscurve).",
        "wtp_axis": "euro per vermeden kindjaar met een onvervulde hulpvraag", "probability_axis": "kans de beste keuze te zijn",
        "matters": "Wat het meest waard is om te weten (verwachte waarde van perfecte informatie, euro per jaar, bij {wtp} euro per "
        "kindjaar): alles samen {all}; per groep {groups}; de parameters {parameters}.",
        "too_few": "(te weinig trekkingen om te zeggen)",
        "floor": "Een waarde die het model niet gebruikt, scoort bij dit aantal trekkingen tot {floor} euro door toeval; "
        "daaronder is een waarde niet van ruis te onderscheiden.",
    },
    "en": {
        "title": "How sure is this",
        "only_noise": "The 95 % intervals above cover only the model's own random variation, with every input at its default. "
        "Many values are assumptions (see the model description); how sure the outcome is should they turn out otherwise, the "
        "intervals do not cover.",
        "not_run": "That uncertainty was not computed for this report: <code>jeugdsim uncertainty {base} VARIANT...</code> does.",
        "drawn": "So {parameters} uncertain values were drawn together {draws} times (each from a distribution around its default, "
        "with provenance in parameters.csv), and every draw was run with {replications} paired replications per scenario.",
        "held": " Held at the scenario's value: {keys}.",
        "figure": "figure", "mean": "mean difference", "range": "95 % of draws", "better": "probability {variant} is better",
        "against": "{variant} against {base}",
        "best": "At {wtp} euros per child-year of unmet need avoided the best choice is: {shares} (share of draws).",
        "curve_caption": "The probability that each choice has the highest net benefit, at each price per child-year of unmet need "
        "avoided (the acceptability curve).",
        "wtp_axis": "euros per child-year of unmet need avoided", "probability_axis": "probability of being the best choice",
        "matters": "What is worth most to know (expected value of perfect information, euros a year, at {wtp} euros a child-year): "
        "everything {all}; per group {groups}; the parameters {parameters}.",
        "too_few": "(too few draws to say)",
        "floor": "A value the model does not read scores up to {floor} euros by chance at this number of draws; below "
        "that a value is not told from noise.",
    },
}


# The groups of unknowns (evppi.csv's names) as a Dutch reader calls them.
GROUPS = {"consultation effects": "effecten van consultatie", "natural course": "natuurlijk beloop",
          "access and collaboration": "toegang en samenwerking", "neighbourhood teams": "wijkteams", "durations": "duur van de hulp",
          "prices": "prijzen", "calibrated values": "gekalibreerde waarden"}


def section(report):
    """The section's HTML body for a comparison report (`report.Report`)."""
    w, lang = WORDS[report.lang], report.lang
    folder = report.folder / f"uncertainty-{report.base}"
    parts = [f"<p>{w['only_noise']}</p>"]
    if not (folder / "uncertainty.csv").exists():
        return w["title"], "".join(parts) + f"<p>{w['not_run'].format(base=html.escape(report.base))}</p>"
    table = pd.read_csv(folder / "uncertainty.csv", keep_default_na=False)
    parameters = pd.read_csv(folder / "parameters.csv", keep_default_na=False)
    first = table.iloc[0]
    held = parameters[parameters["drawn"] == "held"]["key"].tolist()
    intro = w["drawn"].format(parameters=int((parameters["drawn"] == "yes").sum()), draws=first["draws"],
                              replications=first["replications_per_draw"])
    if held:
        intro += w["held"].format(keys=", ".join(f"<code>{html.escape(k)}</code>" for k in held))
    parts.append(f"<p>{intro}</p>")
    table["key"] = table["metric"] + table["group"].map(lambda g: "." + g if g else "")
    for variant in [v for v in report.variants if v in set(table["variant"])]:
        rows = []
        for metric, texts in HEADLINES.items():
            found = table[(table["variant"] == variant) & (table["key"] == metric)]
            if found.empty or found.iloc[0]["probability_better"] == "":
                continue
            row = found.iloc[0]
            scale, unit = (100, "%-punt" if lang == "nl" else "percentage points") if texts.get("share") else (1, texts[lang][1])
            rows.append(f"<tr><td>{html.escape(texts[lang][0])}</td><td>{number(scale * row['difference_mean'], lang)} {html.escape(unit)}</td>"
                        f"<td>{number(scale * row['difference_q025'], lang)} – {number(scale * row['difference_q975'], lang)}</td>"
                        f"<td>{number(100 * float(row['probability_better']), lang)} %</td></tr>")
        parts.append(f"<h3>{html.escape(w['against'].format(variant=report.title_of(variant), base=report.title_of(report.base)))}</h3>"
                     f"<table><thead><tr><th>{w['figure']}</th><th>{w['mean']}</th><th>{w['range']}</th>"
                     f"<th>{html.escape(w['better'].format(variant=report.title_of(variant)))}</th></tr></thead>{''.join(rows)}</table>")
    curve = pd.read_csv(folder / "acceptability.csv")
    evppi = pd.read_csv(folder / "evppi.csv", keep_default_na=False)
    wtp = float(evppi.iloc[0]["willingness_to_pay"])
    at = curve[curve["willingness_to_pay"] == wtp]
    shares = ", ".join(f"{html.escape(report.title_of(o))} {number(100 * p, lang)} %" for o, p in zip(at["option"], at["probability_best"]))
    parts.append(f"<p>{w['best'].format(wtp=number(wtp, lang), shares=shares)}</p>")
    fig, ax = plt.subplots(figsize=(10, 3.5))
    plots.acceptability(ax, curve.assign(option=curve["option"].map(report.title_of)), w["wtp_axis"], w["probability_axis"], lang)
    parts.append(report.chart(fig, "acceptability", w["curve_caption"]))
    def value(text):
        # Empty where the draws were too few to regress on so many parameters (jeugdsim wrote no value).
        return number(float(text), lang) if text != "" else w["too_few"]

    def euros(rows):
        # A group by its name in the report's language, a parameter by its key (as in the appendix).
        def name(r):
            return (html.escape(GROUPS.get(r["name"], r["name"]) if lang == "nl" else r["name"]) if r["kind"] == "group"
                    else f"<code>{html.escape(r['name'])}</code>")
        return ", ".join(f"{name(r)} {value(r['evppi_euros_per_year'])}" for _, r in rows.iterrows())

    everything = value(evppi[evppi["kind"] == "all"].iloc[0]["evppi_euros_per_year"])
    floor = evppi[evppi["kind"] == "noise floor"]
    parts.append("<p>" + w["matters"].format(wtp=number(wtp, lang), all=everything, groups=euros(evppi[evppi["kind"] == "group"]),
                                             parameters=euros(evppi[evppi["kind"] == "parameter"].head(3)))
                 + (" " + w["floor"].format(floor=value(floor.iloc[0]["evppi_euros_per_year"])) if not floor.empty else "") + "</p>")
    return w["title"], "".join(parts)
