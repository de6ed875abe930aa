"""Writes DIR/report.html for the results of a run, a compare or a sweep: one self-contained page (charts
and styles inline, nothing loaded from a network) that a council member reads and prints on A4.

Usage: python report.py DIR [--lang nl|en] [--base NAME]
  DIR    Results/<scenario>/ (a run), the --out folder of a compare (holding compare-<base>/), or
         Results/<scenario>-sweep/ (a sweep)
Every number comes from the files jeugdsim wrote there; `jeugdsim report DIR` calls this.
"""
import argparse
import functools
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
import report_note  # noqa: E402
import report_regions  # noqa: E402
import report_summary  # noqa: E402
import report_text  # noqa: E402
import report_uncertainty  # noqa: E402
import report_workbook  # noqa: E402
from report_text import HEADLINES, TEXT, number, rounded  # noqa: E402

SERVICES = [("generalist", "generalist"), ("specialist4", "level4"), ("specialist5", "level5"), ("specialist6", "level6")]


def read_scenario(folder):
    """The resolved scenario jeugdsim wrote: settings, and every key with value, unit and provenance. A title
    or description is by language: one text for both, or `{nl: "...", en: "..."}`."""
    settings, values, section, municipality = {}, [], None, None
    for line in (folder / "scenario.yaml").read_text(encoding="utf-8").splitlines():
        match = re.match(r'^([A-Za-z0-9_.]+): (.*?)  # \[(.*?)\] (.*)$', line)
        # A region's youths, and a municipality's youths and the values of its own front, under their section.
        section = line[:-1] if re.match(r"^[a-z]+:$", line) else section
        named = re.match(r'^  ("(?:[^"\\]|\\.)*"):(?: (.*?)  # \[(.*?)\] (.*))?$', line)
        own = re.match(r'^    ([A-Za-z0-9_.]+): (.*?)  # \[(.*?)\] (.*)$', line)
        if match:
            values.append(match.groups())
        elif named and section in ("regions", "municipalities"):
            municipality = json.loads(named.group(1))
            if named.group(2) is not None:
                values.append((f"{section}.{municipality}", *named.groups()[1:]))
        elif own and section == "municipalities" and municipality is not None:
            values.append((f"municipalities.{municipality}.{own.group(1)}", *own.groups()[1:]))
        elif re.match(r"^(title|description): ", line):
            key, value = line.split(": ", 1)
            texts = dict(re.findall(r'(nl|en): ("(?:[^"\\]|\\.)*")', value)) if value.startswith("{") else {"nl": value, "en": value}
            settings[key] = {lang: json.loads(text) for lang, text in texts.items()}
        elif re.match(r"^(name|seed|replications): ", line):
            key, value = line.split(": ", 1)
            settings[key] = json.loads(value) if value.startswith('"') else value
    return settings, values


def local(provenance):
    """A provenance without the folders of the machine that ran it: the scenario file and line
    (baseline-municipality.yaml:16), which say the same on every machine and leak no one's paths."""
    return re.sub(r"(?:[A-Za-z]:)?[/\\][^\s():]*[/\\]([^/\\\s():]+\.ya?ml)", r"\1", provenance)


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
        self.names = [self.base] + self.variants if self.kind == "compare" else [read_scenario(folder)[0].get("name", folder.name)]

    # --- pieces -----------------------------------------------------------------------------------
    def section(self, title, body, ident):
        self.sections.append(f'<section id="{ident}"><h2>{html.escape(title)}</h2>\n{body}\n</section>')

    def chart(self, fig, name, caption):
        return (f'<figure class="chart" data-chart="{name}"><img alt="{html.escape(caption)}" src="{plots.data_uri(fig)}">'
                f"<figcaption>{html.escape(caption)}</figcaption></figure>")

    def label(self, metric):
        return HEADLINES.get(metric, {}).get(self.lang, (metric, ""))

    def folder_of(self, name):
        return self.folder / name if self.kind == "compare" else self.folder

    # Each file read once, however many sections, charts and the workbook use it.
    @functools.cache
    def scenario(self, name):
        """The resolved scenario `name`."""
        return read_scenario(self.folder_of(name))

    @functools.cache
    def levels(self, name):
        """Scenario `name`'s levels.csv."""
        return js.levels(self.folder_of(name))

    def title_of(self, name):
        """What a reader calls scenario `name`: its title in the report's language (`title:`), else its name."""
        return self.scenario(name)[0].get("title", {}).get(self.lang, name) if name in self.names else name

    # --- sections ---------------------------------------------------------------------------------
    def compared(self):
        """What was compared, in the scenarios' own words (title and description), and how it was run."""
        t = self.t
        items = "".join(f"<li><b>{html.escape(self.title_of(name))}</b>: "
                        f"{html.escape(self.scenario(name)[0].get('description', {}).get(self.lang, ''))}</li>" for name in self.names)
        summary = js.summary(self.folder_of(self.names[0])) if self.kind != "sweep" else None
        facts = ""
        if summary:
            years = summary["years"]
            facts = t["facts"].format(replications=summary["replications"], seed=summary["seed"],
                                      years=int(years) if float(years).is_integer() else number(years, self.lang), start=summary["startYear"])
            facts += t["same_draws"] if self.kind == "compare" else ""
        return f"<ul class='compared'>{items}</ul><p>{facts}</p>"

    def changes(self):
        """Per variant, every value it sets otherwise than the base, with its provenance (for the appendix)."""
        t = self.t
        _, base_values = self.scenario(self.base)
        base_value = {k: v for k, v, _, _ in base_values}
        parts = []
        for variant in self.variants:
            _, values = self.scenario(variant)
            changed = [(k, base_value.get(k, "–"), v, p) for k, v, _, p in values if base_value.get(k) != v]
            rows = "".join(f"<tr><td><code>{html.escape(k)}</code></td><td>{html.escape(b)}</td><td>{html.escape(v)}</td>"
                           f"<td>{html.escape(local(p))}</td></tr>" for k, b, v, p in changed)
            count = len(changed)
            values = t["value"] if count == 1 else t["values"]
            parts.append(f"<p>{html.escape(t['changes'].format(variant=self.title_of(variant), base=self.title_of(self.base), count=count, values=values))}</p>"
                         f"<table><thead><tr><th>{t['key']}</th><th>{html.escape(self.title_of(self.base))}</th>"
                         f"<th>{html.escape(self.title_of(variant))}</th><th>{t['provenance']}</th></tr></thead>{rows}</table>")
        return "".join(parts)

    @functools.cache
    def verdict_table(self, variant):
        """jeugdsim's verdict per headline (`<variant>-verdicts.csv`: distinguishable, direction, better or worse,
        from which year), by key: the report shows these, it decides none of them again."""
        path = self.folder / f"compare-{self.base}" / f"{variant}-verdicts.csv"
        table = pd.read_csv(path, keep_default_na=False)
        if f"sentence_{self.lang}" not in table.columns:
            raise SystemExit(f"{path}: written by an older jeugdsim (no verdict sentences); run the compare again with this one")
        table["key"] = table["metric"] + table["group"].map(lambda g: "." + g if g else "")
        return {row["key"]: row for _, row in table.iterrows()}

    def verdicts(self):
        """Per variant, one sentence per headline, grouped as jeugdsim judged them: favourable, unfavourable,
        changed without a better side, and not distinguishable from noise."""
        t, rows_out, self.cautions = self.t, [], {}
        for variant in self.variants:
            decided = self.verdict_table(variant)
            groups = {"better": [], "worse": [], "neutral": [], "noise": []}
            for metric in HEADLINES:
                if metric not in decided:
                    continue
                # The sentence jeugdsim wrote with the verdict (`sentence_nl`, `sentence_en`): shown, not phrased again.
                verdict = decided[metric]
                distinguishable = verdict["distinguishable"] == "yes"
                group = "noise" if not distinguishable else verdict["judgement"] or "neutral"
                sentence = html.escape(verdict[f"sentence_{self.lang}"])
                groups[group].append(f'<li class="verdict" data-metric="{metric}" data-variant="{html.escape(variant)}">{sentence}</li>')
                if not distinguishable:
                    self.cautions.setdefault(variant, []).append(self.label(metric)[0])
            lists = "".join(f'<h4>{t["group_" + g]} ({len(items)})</h4><ul class="{g}">{"".join(items)}</ul>'
                            for g, items in groups.items() if items)
            rows_out.append(f"<h3>{html.escape(t['against'].format(variant=self.title_of(variant), base=self.title_of(self.base)))}</h3>{lists}")
        self.section(t["verdicts"], t["verdicts_intro"] + "".join(rows_out), "verdicts")

    def when(self):
        """Spending year by year and added up, from what jeugdsim compare wrote (`<variant>-years.csv`: the paired
        difference per year and since the start, with their intervals); the year from which it shows and the
        payback year as jeugdsim decided them (`<variant>-verdicts.csv`). One table, a column per variant, every
        figure rounded to what its interval supports."""
        t, lang, parts, columns = self.t, self.lang, [], {}
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
            figures = {k: rounded(v, (hi - lo) / 2, lang) for k, v in (("total", total["difference_mean"]), ("lo", lo), ("hi", hi))}
            title = self.title_of(variant)
            lines = [t["when_first"].format(variant=title, year=first) if first else t["when_never"].format(variant=title),
                     t["payback"].format(year=payback, **figures) if payback else t["no_payback"].format(**figures)]
            if total["distinguishable"] != "yes":
                lines[-1] += t["total_noise"]
            if not (spend["distinguishable"] == "yes").any():
                lines.append(t["payback_noise"])
            parts.append(f"<p><b>{html.escape(title)}</b>: {' '.join(lines)}</p>")
            columns[title] = {y: f"{rounded(m, (h - l) / 2, lang)} ({rounded(l, (h - l) / 2, lang)} – {rounded(h, (h - l) / 2, lang)})"
                              for y, m, l, h in zip(spend["year"], spend["difference_mean"], spend["difference_lower95"], spend["difference_upper95"])}
        if parts:
            head = "".join(f"<th>{html.escape(title)}</th>" for title in columns)
            years = sorted({y for column in columns.values() for y in column})
            rows = "".join(f"<tr><td>{y}</td>" + "".join(f"<td>{c.get(y, '–')}</td>" for c in columns.values()) + "</tr>" for y in years)
            table = (f"<table><thead><tr><th>{t['year']}</th>{head}</tr></thead>{rows}</table>"
                     f"<p class='note'>{t['spend_difference']}</p>")
            self.section(t["when"], t["when_intro"] + "".join(parts) + table, "when")

    def headline_table(self, summary_folder):
        t, lang = self.t, self.lang
        figures = js.summary(summary_folder)["figures"]
        # Shares read as percentages (0.448 is 44.8 %), as in the verdicts.
        scale = {m: 100 if HEADLINES[m].get("share") else 1 for m in HEADLINES}
        rows = "".join(f"<tr><td>{html.escape(self.label(m)[0])}</td>"
                       f"<td>{number(scale[m] * figures[m]['mean'], lang)} {html.escape(self.label(m)[1])}</td>"
                       f"<td>{number(scale[m] * figures[m]['lower95'], lang)} – {number(scale[m] * figures[m]['upper95'], lang)}</td></tr>"
                       for m in HEADLINES if m in figures)
        self.section(t["headlines"], f"<table><thead><tr><th>{t['figure']}</th><th>{t['mean']}</th><th>{t['interval_head']}</th></tr></thead>{rows}</table>",
                     "headlines")

    def indexation(self):
        """The yearly price indexation in per cent, as the charts' captions say it (amounts are that year's euros)."""
        values = {k: v for k, v, _, _ in self.scenario(self.names[0])[1]}
        return number(100 * float(values.get("money.indexation", 0)), self.lang)

    def spending_difference_chart(self, size=(10, 3.4)):
        """Spending, each variant minus the base, per year and added up (a comparison's chart; the note's too),
        and whether any scenario has a budget."""
        t, lang = self.t, self.lang
        years = {self.title_of(v): pd.read_csv(self.folder / f"compare-{self.base}" / f"{v}-years.csv", keep_default_na=False)
                 for v in self.variants}
        fig, axes = plt.subplots(1, 2, figsize=size)
        plots.spending_difference(axes, years, lang)
        axes[0].legend(fontsize=8)
        fig.tight_layout()
        budgeted = any(plots.budget_set(self.levels(name), js.figure) for name in self.names)
        caption = t["difference_caption"].format(base=self.title_of(self.base), indexation=self.indexation())
        return self.chart(fig, "spending-difference", caption + " " + (t["budget_set"] if budgeted else t["no_budget"])), budgeted

    def pictures(self):
        """The charts: waiting lists month by month; spending (for a comparison the difference per year and added
        up, with the budget where one is set); ceilings; the paired differences; the need pyramid."""
        t, lang = self.t, self.lang
        series = {self.title_of(name): js.timeseries(self.folder_of(name)) for name in self.names}
        levels = {self.title_of(name): self.levels(name) for name in self.names}
        fig, axes = plt.subplots(2, 2, figsize=(10, 5.5), sharex=True)
        for ax, (service, key) in zip(axes.flat, SERVICES):
            plots.waiting_list(ax, series, service, t["services"][key], lang)
        fig.legend(*axes[0, 0].get_legend_handles_labels(), loc="lower center", ncol=len(series), fontsize=8, frameon=False)
        fig.tight_layout(rect=(0, 0.05, 1, 1))
        charts = [self.chart(fig, "waiting", t["waiting_caption"])]
        budgeted = False
        if self.kind == "compare":
            chart, budgeted = self.spending_difference_chart()
            charts.append(chart)
        if self.kind != "compare" or budgeted:
            fig, ax = plt.subplots(figsize=(10, 3.4))
            budgeted = plots.spending(ax, levels, js.figure, lang)
            ax.legend(fontsize=8)
            caption = t["spending_caption"].format(indexation=self.indexation()) + " " + (t["budget_set"] if budgeted else t["no_budget"])
            charts.append(self.chart(fig, "spending", caption))
        fig, ax = plt.subplots(figsize=(10, 3.4))
        if plots.ceilings(ax, levels, js.figure, lang):
            ax.legend(fontsize=8)
            charts.append(self.chart(fig, "ceilings", t["ceilings_caption"]))
        else:
            plt.close(fig)
        if self.kind == "compare":
            for variant in self.variants:
                diff = pd.read_csv(self.folder / f"compare-{self.base}" / f"{variant}.csv", keep_default_na=False)
                diff["key"] = diff["metric"] + diff["group"].map(lambda g: "." + g if g else "")
                decided = self.verdict_table(variant)
                rows = [(m, diff[(diff["key"] == m) & (diff["year"] == "")]) for m in HEADLINES]
                rows = [(m, found.iloc[0]) for m, found in rows if not found.empty and found.iloc[0]["base_mean"] != 0]
                fig, ax = plt.subplots(figsize=(10, 0.3 * len(rows) + 1.2))
                plots.forest(ax, [(self.label(m)[0], row) for m, row in rows], lang,
                             judgements=[decided[m]["judgement"] if m in decided else "" for m, _ in rows])
                caption = t["forest_caption"].format(variant=self.title_of(variant), base=self.title_of(self.base))
                charts.append(self.chart(fig, f"forest-{variant}", caption))
            fig, ax = plt.subplots(figsize=(10, 2.8))
            base_title = self.title_of(self.base)
            plots.pyramid_difference(ax, levels[base_title], {k: v for k, v in levels.items() if k != base_title}, js.figure, lang)
            ax.legend(fontsize=8)
            charts.append(self.chart(fig, "pyramid", t["pyramid_difference_caption"].format(base=base_title)))
        else:
            fig, ax = plt.subplots(figsize=(10, 2.8))
            plots.pyramid(ax, levels, js.figure, lang)
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
                plots.swept(ax, sweep, keys[0], name, group, f"{self.label(metric)[0]} ({self.label(metric)[1]})", self.lang)
                charts.append(self.chart(fig, f"sweep-{metric}", self.label(metric)[0]))
        points = sweep[["point"] + keys].drop_duplicates()
        table = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in points.itertuples(index=False))
        body = f"<table><thead><tr>{''.join(f'<th>{html.escape(k)}</th>' for k in ['point'] + keys)}</tr></thead>{table}</table>" + "\n".join(charts)
        if len(keys) != 1:
            body += f"<p>{t['sweep_many']}</p>"
        self.section(t["pictures"], body, "pictures")

    def caution_items(self, assumptions):
        """What to keep in mind: what the console warned about each run (run.json's cautions, said in the
        report's language), the figures per variant that are not distinguishable from noise, the assumptions."""
        t = self.t
        items = []
        for name in self.names:
            run_file = self.folder_of(name) / "run.json"
            for caution in (json.loads(run_file.read_text()).get("cautions", []) if run_file.exists() else []):
                items.append(report_text.caution(caution, self.title_of(name), self.lang))
        for variant, labels in getattr(self, "cautions", {}).items():
            items.append(t["noise_caution"].format(variant=html.escape(self.title_of(variant)), labels=", ".join(labels)))
        items.append(t["assumptions_caution"].format(count=assumptions))
        items.append(t["model_caution"])
        return "<ul class='cautions'>" + "".join(f"<li>{c}</li>" for c in items) + "</ul>"

    def model_description(self):
        """The model in the STRESS-DES structure, for every scenario compared; every value with its provenance
        (of the last variant, whose changes against the base the appendix lists first). Returns the HTML and
        the number of assumptions."""
        t, lang = self.t, self.lang
        name = self.names[-1]
        settings, values = self.scenario(name)
        folder = self.folder_of(name)
        run = json.loads((folder / "run.json").read_text()) if (folder / "run.json").exists() else {}
        value = {k: v for k, v, _, _ in values}
        switched = [k for k in value if k.endswith(".enabled") or k in ("access.triageErrors", "addOn.mode", "consultation.funding")]
        mechanisms = "".join(f"<li><code>{html.escape(k)}</code>: {html.escape(value[k])}</li>" for k in switched)
        rows = "".join(f"<tr{' class=assumption' if p.startswith('assumption') else ''}><td><code>{html.escape(k)}</code></td>"
                       f"<td>{html.escape(v)}</td><td>{html.escape(u)}</td><td>{html.escape(local(p))}</td></tr>" for k, v, u, p in values)
        assumptions = sum(1 for *_, p in values if p.startswith("assumption"))
        origin = {k: html.escape(str(run.get(f, "?"))) for k, f in (("version", "version"), ("model", "modelVersion"),
                                                                      ("fingerprint", "fingerprint"), ("commit", "commit"))}
        # Seconds in the language's own format: "2.641 s" reads as two thousand in Dutch.
        timing = t["implementation_timing"].format(threads=run["threads"], seconds=number(run["wallSeconds"], lang)) if "threads" in run else ""
        body = (f"<p>{t['stress_intro']}</p>"
                f"<h3>1. {t['objectives']}</h3>{self.compared()}<p>{t['objectives_text']}</p>"
                f"<h3>2. {t['logic']}</h3><p>{t['logic_text'].format(name=html.escape(self.title_of(name)))}</p><ul>{mechanisms}</ul>"
                f"<h3>3. {t['data']}</h3><p>{t['data_text'].format(count=len(values), assumptions=assumptions, name=html.escape(self.title_of(name)))}</p>"
                f"<table class='values'><thead><tr><th>{t['key']}</th><th>{t['value']}</th><th>{t['unit']}</th><th>{t['provenance']}</th></tr></thead>{rows}</table>"
                f"<h3>4. {t['experimentation']}</h3><p>{t['experimentation_text'].format(replications=settings.get('replications', '?'), seed=settings.get('seed', '?'), warmup=value.get('run.warmUpYears', '?'), years=value.get('run.years', '?'))}</p>"
                f"<h3>5. {t['implementation']}</h3><p>{t['implementation_text'].format(**origin)}{timing}</p>")
        return body, assumptions

    # --- the page ---------------------------------------------------------------------------------
    def build(self):
        """The page: the answer first, then per headline, the charts, how sure it is, and in an appendix what
        was changed and the model with every value's provenance."""
        t = self.t
        model, assumptions = self.model_description()
        self.assumptions = assumptions
        if self.kind == "compare":
            variants = self.title_of(self.variants[0]) if len(self.variants) == 1 else t["variants"].format(count=len(self.variants))
            title = t["title_compare"].format(variants=variants, base=self.title_of(self.base))
            short_title, short = report_summary.section(self)
            self.section(short_title, self.compared() + short, "short")
            self.verdicts()
            self.when()
            where = report_regions.section(self)
            if where:
                self.section(*where, "where")
            self.pictures()
            sure_title, sure = report_uncertainty.section(self)
            self.section(sure_title, sure + f"<h3>{t['cautions']}</h3>" + self.caution_items(assumptions), "sure")
            appendix = f"<h3>{t['what']}</h3>{self.changes()}<h3>{t['stress']}</h3>{model}"
        else:
            title = (t["title_run"] if self.kind == "run" else t["title_sweep"]).format(name=self.title_of(self.names[0]))
            self.section(t["what"], self.compared(), "what")
            if self.kind == "run":
                self.headline_table(self.folder)
                self.pictures()
            else:
                self.sweep_pictures()
            self.section(t["cautions"], self.caution_items(assumptions), "cautions")
            appendix = f"<h3>{t['stress']}</h3>{model}"
        self.section(t["appendix"], appendix, "appendix")
        self.title = title
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
figcaption, p.note { font-size: .85em; color: #555; }
li.verdict { margin: .3em 0; }
td.better { background: #e3f4e3; } td.worse { background: #fbe3e3; } td.noise { color: #666; }
thead { display: table-header-group; }
@page { size: A4; margin: 15mm; }
ul.noise li, ul.cautions li { font-size: .92em; }
h4 { margin: .8em 0 .2em; }
#appendix { break-before: page; }
@media print {
  body { max-width: none; margin: 0; font-size: 9.5pt; line-height: 1.35; }
  h1 { font-size: 1.5em; } h2 { break-after: avoid; margin-top: 1.1em; } h3, h4 { break-after: avoid; }
  ul.noise { columns: 2; column-gap: 2em; }
  figure.chart img { max-height: 120mm; }
}
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
    parser.add_argument("--xlsx", action="store_true", help="also the figures as an Excel workbook (report.xlsx)")
    parser.add_argument("--note", action="store_true", help="also a one-page decision note as PDF (note.pdf; a compare only)")
    arguments = parser.parse_args(argv)
    folder = arguments.folder.resolve()
    if not folder.is_dir():
        raise SystemExit(f"{folder}: no such results folder")
    suffix = "" if arguments.lang == "nl" else f"-{arguments.lang}"
    report = Report(folder, arguments.lang, arguments.base)
    if arguments.note and report.kind != "compare":
        raise SystemExit(f"{folder}: --note needs the results of a compare (a base and its variants); this folder holds a {report.kind}")
    report.file_name = f"report{suffix}.html"
    page = report.build()
    target = folder / report.file_name
    write_atomically(target, page)
    print(f"Report in {target}")
    if arguments.xlsx:
        report_workbook.write(report, folder / f"report{suffix}.xlsx")
        print(f"Workbook in {folder / f'report{suffix}.xlsx'}")
    if arguments.note:
        report_note.write(report, report.title, folder / f"note{suffix}.pdf")
        print(f"Decision note in {folder / f'note{suffix}.pdf'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
