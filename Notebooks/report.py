"""Writes DIR/report.html for the results of a run, a compare or a sweep: one self-contained page (charts
and styles inline, nothing loaded from a network) that a council member reads and prints on A4.

Usage: python report.py DIR [--lang nl|en] [--base NAME]
  DIR    Results/<scenario>/ (a run), the --out folder of a compare (holding compare-<base>/), or
         Results/<scenario>-sweep/ (a sweep)
Every number comes from the files jeugdsim wrote there; `jeugdsim report DIR` calls this.
"""
import argparse
import html
import json
import os
import pathlib
import re
import sys

import matplotlib

matplotlib.use("Agg")  # no display: draw to memory
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import jeugdsim as js  # noqa: E402
import plots  # noqa: E402
import report_summary  # noqa: E402
import report_uncertainty  # noqa: E402
from report_text import HEADLINES, TEXT, number, rounded  # noqa: E402

SERVICES = [("generalist", "generalist"), ("specialist4", "level4"), ("specialist5", "level5"), ("specialist6", "level6")]


def read_scenario(folder):
    """The resolved scenario jeugdsim wrote: settings, and every key with value, unit and provenance."""
    settings, values = {}, []
    for line in (folder / "scenario.yaml").read_text(encoding="utf-8").splitlines():
        match = re.match(r'^([A-Za-z0-9_.]+): (.*?)  # \[(.*?)\] (.*)$', line)
        if match:
            values.append(match.groups())
        elif re.match(r"^(name|description|seed|replications): ", line):
            key, value = line.split(": ", 1)
            settings[key] = json.loads(value) if value.startswith('"') else value
    return settings, values


class Report:
    def __init__(self, folder, lang, base=None):
        self.folder, self.lang, self.t = folder, lang, TEXT[lang]
        self.sections = []
        if (folder / "sweep.csv").exists():
            self.kind = "sweep"
        elif (folder / "summary.json").exists():
            self.kind = "run"
        else:
            bases = sorted(p.name[len("compare-"):] for p in folder.glob("compare-*") if p.is_dir())
            if base:
                bases = [b for b in bases if b == base]
            if len(bases) != 1:
                raise SystemExit(f"{folder}: expected the results of one run, compare or sweep; "
                                 + (f"found comparisons with several bases {bases}: choose one with --base" if bases
                                    else "found no summary.json, sweep.csv or compare-<base>/ folder"))
            self.kind, self.base = "compare", bases[0]
            # Each variant's paired differences (<variant>.csv) beside its results folder; the years and
            # attribution tables (<variant>-years.csv, <variant>-attribution.csv) have no folder of their own.
            self.variants = sorted(p.stem for p in (folder / f"compare-{self.base}").glob("*.csv") if (folder / p.stem).is_dir())

    # --- pieces -----------------------------------------------------------------------------------
    def section(self, title, body, ident):
        self.sections.append(f'<section id="{ident}"><h2>{html.escape(title)}</h2>\n{body}\n</section>')

    def chart(self, fig, name, caption):
        return (f'<figure class="chart" data-chart="{name}"><img alt="{html.escape(caption)}" src="{plots.data_uri(fig)}">'
                f"<figcaption>{html.escape(caption)}</figcaption></figure>")

    def label(self, metric):
        return HEADLINES.get(metric, {}).get(self.lang, (metric, ""))

    # --- sections ---------------------------------------------------------------------------------
    def what(self, names):
        t = self.t
        items = []
        for name in names:
            settings, _ = read_scenario(self.folder / name if self.kind == "compare" else self.folder)
            items.append(f"<li><b>{html.escape(name)}</b>: {html.escape(settings.get('description', ''))}</li>")
        if self.kind == "compare":
            _, base_values = read_scenario(self.folder / self.base)
            base_value = {k: v for k, v, _, _ in base_values}
            for variant in self.variants:
                _, values = read_scenario(self.folder / variant)
                changed = [(k, base_value.get(k, "–"), v, p) for k, v, _, p in values if base_value.get(k) != v]
                rows = "".join(f"<tr><td><code>{html.escape(k)}</code></td><td>{html.escape(b)}</td><td>{html.escape(v)}</td>"
                               f"<td>{html.escape(p)}</td></tr>" for k, b, v, p in changed)
                count = len(changed)
                values = t["value"] if count == 1 else t["values"]
                items.append(f"<p>{html.escape(t['changes'].format(variant=variant, base=self.base, count=count, values=values))}</p>"
                             f"<table><tr><th>{t['key']}</th><th>{html.escape(self.base)}</th><th>{html.escape(variant)}</th>"
                             f"<th>{t['provenance']}</th></tr>{rows}</table>")
        summary = js.summary(self.folder / names[0] if self.kind == "compare" else self.folder) if self.kind != "sweep" else None
        facts = ""
        if summary:
            facts = t["facts"].format(replications=summary["replications"], seed=summary["seed"],
                                      years=number(summary["years"], self.lang), start=summary["startYear"])
        bullets = "".join(i for i in items if i.startswith("<li>"))
        tables = "".join(i for i in items if not i.startswith("<li>"))
        self.section(t["what"], f"<ul>{bullets}</ul><p>{facts}</p>{tables}", "what")

    def verdict_table(self, variant):
        """jeugdsim's verdict per headline (`<variant>-verdicts.csv`: distinguishable, direction, better or worse,
        from which year), by key: the report shows these, it decides none of them again."""
        table = pd.read_csv(self.folder / f"compare-{self.base}" / f"{variant}-verdicts.csv", keep_default_na=False)
        table["key"] = table["metric"] + table["group"].map(lambda g: "." + g if g else "")
        return {row["key"]: row for _, row in table.iterrows()}

    def verdicts(self):
        t, rows_out, cautions = self.t, [], []
        for variant in self.variants:
            diff = pd.read_csv(self.folder / f"compare-{self.base}" / f"{variant}.csv", keep_default_na=False)
            diff["key"] = diff["metric"] + diff["group"].map(lambda g: "." + g if g else "")
            decided = self.verdict_table(variant)
            sentences = []
            for metric, texts in HEADLINES.items():
                rows = diff[(diff["key"] == metric) & (diff["year"] == "")]
                if rows.empty or metric not in decided:
                    continue
                row = rows.iloc[0]
                sentence, distinguishable = self.sentence(metric, row, decided[metric])
                sentences.append(f'<li class="verdict" data-metric="{metric}" data-variant="{html.escape(variant)}">{sentence}</li>')
                if not distinguishable:
                    cautions.append(self.label(metric)[0])
            rows_out.append(f"<h3>{html.escape(t['against'].format(variant=variant, base=self.base))}</h3><ul>{''.join(sentences)}</ul>")
        self.section(t["verdicts"], t["verdicts_intro"] + "".join(rows_out), "verdicts")
        self.cautions = sorted(set(cautions))

    def sentence(self, metric, row, verdict):
        """One verdict in words, on jeugdsim's own `distinguishable`; its figures rounded to what the interval
        supports, and a fall said with its size and the size's interval (no "falls by 34 (-36 to -33)")."""
        t, lang = self.t, self.lang
        label, unit = self.label(metric)
        d, lo, hi = row["difference_mean"], row["difference_lower95"], row["difference_upper95"]
        base, variant = row["base_mean"], row["variant_mean"]
        if HEADLINES[metric].get("share"):
            # Shares read as percentages, their differences as percentage points.
            d, lo, hi, base, variant = (100 * x for x in (d, lo, hi, base, variant))
            unit = t["points"]
        d = 0.0 if abs(d) < 1e-9 * max(1.0, abs(base)) else d
        half = (hi - lo) / 2

        def n(value, role):
            # Each figure marked with its role, so a test can check it against the comparison file.
            return f'<span class="figure" data-role="{role}">{rounded(value, half, lang)}</span>'

        if verdict["distinguishable"] != "yes":
            interval = t["interval"].format(lo=n(lo, "lower"), hi=n(hi, "upper"), unit=unit)
            return t["noise"].format(label=label, d=n(d, "difference"), interval=interval, unit=unit), False
        judgement = {"better": t["better"], "worse": t["worse"]}.get(verdict["judgement"], "")
        plural = HEADLINES[metric].get("plural", False)
        rises = verdict["direction"] == "higher"
        verb = (t["rise"] if plural else t["rises"]) if rises else (t["fall"] if plural else t["falls"])
        interval = (t["interval"].format(lo=n(lo, "lower"), hi=n(hi, "upper"), unit=unit) if rises
                    else t["interval"].format(lo=n(-hi, "size-lower"), hi=n(-lo, "size-upper"), unit=unit))
        percent = " %" if HEADLINES[metric].get("share") else ""
        return t["change"].format(label=label, verb=verb, d=n(abs(d), "size"), unit=unit, interval=interval,
                                  base=n(base, "base") + percent, variant=n(variant, "variant") + percent, judgement=judgement), True

    def when(self):
        """Spending year by year and added up, from what jeugdsim compare wrote (`<variant>-years.csv`: the paired
        difference per year and since the start, with their intervals); the year from which it shows and the
        payback year as jeugdsim decided them (`<variant>-verdicts.csv`)."""
        t, lang, parts = self.t, self.lang, []
        for variant in self.variants:
            years = pd.read_csv(self.folder / f"compare-{self.base}" / f"{variant}-years.csv", keep_default_na=False)
            spend = years[years["metric"] == "spend.perYear"].sort_values("year")
            since = years[years["metric"] == "spend.cumulative"].sort_values("year")
            if spend.empty or since.empty:
                continue
            decided = self.verdict_table(variant)
            first = decided["spend.perYear"]["from_year"] or None
            payback = decided["spend.cumulative.total"]["from_year"] or None
            total = since.iloc[-1]
            lo, hi = total["difference_lower95"], total["difference_upper95"]
            figures = dict(total=number(total["difference_mean"], lang), lo=number(lo, lang), hi=number(hi, lang))
            lines = [t["when_first"].format(variant=variant, year=first) if first else t["when_never"].format(variant=variant),
                     t["payback"].format(year=payback, **figures) if payback else t["no_payback"].format(**figures)]
            if total["distinguishable"] != "yes":
                lines[-1] += t["total_noise"]
            if not (spend["distinguishable"] == "yes").any():
                lines.append(t["payback_noise"])
            table = "".join(f"<tr><td>{y}</td><td>{number(m, lang)}</td><td>{number(lo, lang)} – {number(hi, lang)}</td></tr>"
                            for y, m, lo, hi in zip(spend["year"], spend["difference_mean"], spend["difference_lower95"], spend["difference_upper95"]))
            parts.append(f"<h3>{html.escape(variant)}</h3><p>{' '.join(lines)}</p><table><tr><th>{t['year']}</th>"
                         f"<th>{t['spend_difference']}</th><th>{t['interval_head']}</th></tr>{table}</table>")
        if parts:
            self.section(t["when"], t["when_intro"] + "".join(parts), "when")

    def headline_table(self, summary_folder):
        t, lang = self.t, self.lang
        figures = js.summary(summary_folder)["figures"]
        # Shares read as percentages (0.448 is 44.8 %), as in the verdicts.
        scale = {m: 100 if HEADLINES[m].get("share") else 1 for m in HEADLINES}
        rows = "".join(f"<tr><td>{html.escape(self.label(m)[0])}</td>"
                       f"<td>{number(scale[m] * figures[m]['mean'], lang)} {html.escape(self.label(m)[1])}</td>"
                       f"<td>{number(scale[m] * figures[m]['lower95'], lang)} – {number(scale[m] * figures[m]['upper95'], lang)}</td></tr>"
                       for m in HEADLINES if m in figures)
        self.section(t["headlines"], f"<table><tr><th>{t['figure']}</th><th>{t['mean']}</th><th>{t['interval_head']}</th></tr>{rows}</table>",
                     "headlines")

    def pictures(self, names):
        t, lang = self.t, self.lang
        folders = {name: (self.folder / name if self.kind == "compare" else self.folder) for name in names}
        series = {name: js.timeseries(folder) for name, folder in folders.items()}
        levels = {name: js.levels(folder) for name, folder in folders.items()}
        fig, axes = plt.subplots(2, 2, figsize=(10, 6.5), sharex=True)
        for ax, (service, key) in zip(axes.flat, SERVICES):
            plots.waiting_list(ax, series, service, t["services"][key], lang)
        axes[0, 0].legend(fontsize=8)
        fig.tight_layout()
        charts = [self.chart(fig, "waiting", t["waiting_caption"])]
        fig, ax = plt.subplots(figsize=(10, 4))
        plots.spending(ax, levels, js.figure, lang)
        ax.legend(fontsize=8)
        charts.append(self.chart(fig, "spending", t["spending_caption"]))
        fig, ax = plt.subplots(figsize=(10, 4))
        if plots.ceilings(ax, levels, js.figure, lang):
            ax.legend(fontsize=8)
            charts.append(self.chart(fig, "ceilings", t["ceilings_caption"]))
        else:
            plt.close(fig)
        if self.kind == "compare":
            for variant in self.variants:
                diff = pd.read_csv(self.folder / f"compare-{self.base}" / f"{variant}.csv", keep_default_na=False)
                diff["key"] = diff["metric"] + diff["group"].map(lambda g: "." + g if g else "")
                rows = [(self.label(m)[0], diff[(diff["key"] == m) & (diff["year"] == "")].iloc[0]) for m in HEADLINES
                        if not diff[(diff["key"] == m) & (diff["year"] == "")].empty]
                rows = [(label, row) for label, row in rows if row["base_mean"] != 0]
                fig, ax = plt.subplots(figsize=(10, 0.35 * len(rows) + 1.2))
                plots.forest(ax, rows, lang)
                charts.append(self.chart(fig, f"forest-{variant}", t["forest_caption"].format(variant=variant, base=self.base)))
        fig, ax = plt.subplots(figsize=(10, 3.5))
        plots.pyramid(ax, levels, js.figure, lang)
        ax.legend(fontsize=8)
        charts.append(self.chart(fig, "pyramid", t["pyramid_caption"]))
        self.section(t["pictures"], "\n".join(charts), "pictures")

    def sweep_pictures(self):
        t = self.t
        sweep = pd.read_csv(self.folder / "sweep.csv", keep_default_na=False, na_values=[""])
        keys = [c for c in sweep.columns[1:] if c not in ("metric", "group", "year", "mean", "sd", "lower95", "upper95", "n")]
        charts, shown = [], ["specialistStartsPerYear", "wait.mean.specialist", "timeToHelp.mean", "spend.perYear"]
        if len(keys) == 1:
            for metric in shown:
                name, group = (metric.rsplit(".", 1) if metric == "wait.mean.specialist" else (metric, ""))
                fig, ax = plt.subplots(figsize=(6, 3.2))
                plots.swept(ax, sweep, keys[0], name, group, f"{self.label(metric)[0]} ({self.label(metric)[1]})")
                charts.append(self.chart(fig, f"sweep-{metric}", self.label(metric)[0]))
        points = sweep[["point"] + keys].drop_duplicates()
        table = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in points.itertuples(index=False))
        body = f"<table><tr>{''.join(f'<th>{html.escape(k)}</th>' for k in ['point'] + keys)}</tr>{table}</table>" + "\n".join(charts)
        if len(keys) != 1:
            body += f"<p>{t['sweep_many']}</p>"
        self.section(t["pictures"], body, "pictures")

    def cautions_section(self, assumptions):
        t = self.t
        items = [t["assumptions_caution"].format(count=assumptions)]
        if getattr(self, "cautions", None):
            items.append(t["noise_caution"].format(labels=", ".join(self.cautions)))
        items.append(t["model_caution"])
        self.section(t["cautions"], "<ul>" + "".join(f"<li>{c}</li>" for c in items) + "</ul>", "cautions")

    def stress_des(self, name_folder):
        t, lang = self.t, self.lang
        settings, values = read_scenario(name_folder)
        run = json.loads((name_folder / "run.json").read_text()) if (name_folder / "run.json").exists() else {}
        value = {k: v for k, v, _, _ in values}
        switched = [k for k in value if k.endswith(".enabled") or k in ("access.triageErrors", "addOn.mode", "consultation.funding")]
        mechanisms = "".join(f"<li><code>{html.escape(k)}</code>: {html.escape(value[k])}</li>" for k in switched)
        rows = "".join(f"<tr{' class=assumption' if p.startswith('assumption') else ''}><td><code>{html.escape(k)}</code></td>"
                       f"<td>{html.escape(v)}</td><td>{html.escape(u)}</td><td>{html.escape(p)}</td></tr>" for k, v, u, p in values)
        assumptions = sum(1 for *_, p in values if p.startswith("assumption"))
        origin = {k: html.escape(str(run.get(f, "?"))) for k, f in (("version", "version"), ("model", "modelVersion"),
                                                                      ("fingerprint", "fingerprint"), ("commit", "commit"))}
        # Seconds in the language's own format: "2.641 s" reads as two thousand in Dutch.
        timing = t["implementation_timing"].format(threads=run["threads"], seconds=number(run["wallSeconds"], lang)) if "threads" in run else ""
        body = (f"<p>{t['stress_intro']}</p>"
                f"<h3>1. {t['objectives']}</h3><p>{html.escape(settings.get('description', ''))}</p><p>{t['objectives_text']}</p>"
                f"<h3>2. {t['logic']}</h3><p>{t['logic_text']}</p><ul>{mechanisms}</ul>"
                f"<h3>3. {t['data']}</h3><p>{t['data_text'].format(count=len(values), assumptions=assumptions)}</p>"
                f"<table class='values'><tr><th>{t['key']}</th><th>{t['value']}</th><th>{t['unit']}</th><th>{t['provenance']}</th></tr>{rows}</table>"
                f"<h3>4. {t['experimentation']}</h3><p>{t['experimentation_text'].format(replications=settings.get('replications', '?'), seed=settings.get('seed', '?'), warmup=value.get('run.warmUpYears', '?'), years=value.get('run.years', '?'))}</p>"
                f"<h3>5. {t['implementation']}</h3><p>{t['implementation_text'].format(**origin)}{timing}</p>")
        self.section(t["stress"], body, "model")
        return assumptions

    # --- the page ---------------------------------------------------------------------------------
    def build(self):
        t = self.t
        if self.kind == "compare":
            names = [self.base] + self.variants
            title = t["title_compare"].format(variants=", ".join(self.variants), base=self.base)
            self.section(*report_summary.section(self), "short")
            self.what(names)
            self.verdicts()
            self.when()
            self.pictures(names)
            self.section(*report_uncertainty.section(self), "sure")
            model_folder = self.folder / self.variants[0]
        elif self.kind == "run":
            settings, _ = read_scenario(self.folder)
            names = [settings.get("name", self.folder.name)]
            title = t["title_run"].format(name=names[0])
            self.what(names)
            self.headline_table(self.folder)
            self.pictures(names)
            model_folder = self.folder
        else:
            settings, _ = read_scenario(self.folder)
            title = t["title_sweep"].format(name=settings.get("name", self.folder.name))
            self.what([settings.get("name", self.folder.name)])
            self.sweep_pictures()
            model_folder = self.folder
        assumptions = self.stress_des(model_folder)
        self.cautions_section(assumptions)
        order = ["short", "what", "verdicts", "when", "headlines", "cautions", "sure", "pictures", "model"]
        self.sections.sort(key=lambda s: order.index(re.match(r'<section id="([a-z]+)"', s).group(1)))
        return PAGE.format(lang=self.lang, title=html.escape(title), body="\n".join(self.sections), style=STYLE)


STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 62em; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
h1 { font-size: 1.6em; border-bottom: 3px solid #1f5f8b; padding-bottom: .3em; }
h2 { color: #1f5f8b; margin-top: 1.6em; }
table { border-collapse: collapse; margin: .8em 0; font-size: .9em; }
td, th { border-bottom: 1px solid #ddd; padding: .25em .6em; text-align: left; vertical-align: top; }
table.values { font-size: .75em; }
tr.assumption td { background: #fff6e0; }
figure.chart { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart img { max-width: 100%; }
figcaption { font-size: .85em; color: #555; }
li.verdict { margin: .3em 0; }
td.better { background: #e3f4e3; } td.worse { background: #fbe3e3; } td.noise { color: #666; }
thead { display: table-header-group; }
@page { size: A4; margin: 15mm; }
@media print { body { max-width: none; margin: 0; } section { break-before: auto; } h2 { break-after: avoid; } }
"""

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><style>{style}</style></head>
<body>
<h1>{title}</h1>
{body}
</body>
</html>
"""


def write_atomically(path, text):
    """The report whole or not at all: written beside its folder (so that a killed report leaves nothing in a
    results directory that jeugdsim did not record), then renamed over."""
    partial = path.parent.parent / f".{path.parent.name}.{path.name}.partial-{os.getpid()}"
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("--lang", choices=["nl", "en"], default="nl")
    parser.add_argument("--base", help="the base scenario, when the folder holds comparisons with several bases")
    arguments = parser.parse_args(argv)
    folder = arguments.folder.resolve()
    if not folder.is_dir():
        raise SystemExit(f"{folder}: no such results folder")
    page = Report(folder, arguments.lang, arguments.base).build()
    target = folder / ("report.html" if arguments.lang == "nl" else f"report-{arguments.lang}.html")
    write_atomically(target, page)
    print(f"Report in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
