"""The report as a reader sees it: rendered in headless Chromium (Debian's, driven by Playwright).

Checks, on small runs of a compare, a single run and a sweep, in Dutch and English:
- the page loads nothing but itself (no network, no other file);
- every chart drew: its picture decoded, and its place on the screenshot is not blank;
- no section is empty;
- every verdict sentence's numbers are those of the comparison file it reads (parsed back from the text);
- as a reader: the first screen (1280 x 800) holds each variant's verdict; the Dutch report outside its appendix
  has no English word from a list and writes every number the Dutch way; shares lie between 0 and 100 %;
  the main part prints on at most 6 A4 pages.
Called by `make test`; prints every problem and exits non-zero when there is one.
"""
import json
import io
import math
import os
import pathlib
import re
import subprocess
import sys
import tempfile

import pandas as pd
from PIL import Image

import report
import report_text
from playwright.sync_api import sync_playwright

from report_text import HEADLINES

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
BINARY = pathlib.Path(os.environ.get("JEUGDSIM_BINARY", ROOT / ".build" / "release" / "jeugdsim"))
SMALL = ["-r", "4", "--years", "2", "--set", "run.warmUpYears=1"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def jeugdsim(*arguments):
    subprocess.run([str(BINARY), *map(str, arguments)], cwd=ROOT, check=True, capture_output=True)


def parse_number(text, lang):
    """A number as the report writes it, back to a float."""
    text = text.replace("\u2212", "-")
    text = text.replace(".", "").replace(",", ".") if lang == "nl" else text.replace(",", "")
    return float(text)


def check_page(browser, page_file, lang, expect_charts, must_show=()):
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    outside = [url for url in requests if url != page_file.as_uri() and not url.startswith("data:")]
    check(not outside, f"{page_file.name}: the page loads {outside}")
    check(page.evaluate("document.documentElement.lang") == lang, f"{page_file.name}: lang is not {lang}")
    check(page.evaluate("!!document.querySelector('meta[name=viewport]')"), f"{page_file.name}: no viewport (tiny text on a phone)")
    shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("L")
    charts = page.query_selector_all("figure.chart")
    check(len(charts) >= expect_charts, f"{page_file.name}: {len(charts)} charts, expected at least {expect_charts}")
    names = [chart.get_attribute("data-chart") for chart in charts]
    check(all(name in names for name in must_show), f"{page_file.name}: charts {names}, expected {must_show} among them")
    for chart in charts:
        name = chart.get_attribute("data-chart")
        image = chart.query_selector("img")
        check(page.evaluate("img => img.complete && img.naturalWidth > 0", image), f"{page_file.name}: chart {name} did not decode")
        box = image.bounding_box()
        scroll = page.evaluate("window.scrollY")
        region = shot.crop((int(box["x"]), int(box["y"] + scroll), int(box["x"] + box["width"]), int(box["y"] + scroll + box["height"])))
        inked = sum(region.histogram()[:200]) / max(1, region.width * region.height)
        check(inked > 0.02, f"{page_file.name}: chart {name} is blank where it stands ({inked:.3f} of its pixels inked)")
    for section in page.query_selector_all("section"):
        heading = section.query_selector("h2").inner_text()
        check(len(section.inner_text()) > len(heading) + 40, f"{page_file.name}: section '{heading}' is empty")
    verdicts = [(v.get_attribute("data-metric"), v.get_attribute("data-variant"), v.inner_text())
                for v in page.query_selector_all("li.verdict")]
    page.close()
    return verdicts


def check_verdicts(verdicts, folder, base, lang):
    """Every verdict sentence is the one jeugdsim wrote into `<variant>-verdicts.csv` for the language, and its
    figures (the difference, or a fall's size, with its interval, then the base's and the variant's values)
    are the comparison file's, to the decimals the interval supports; shares are written as percentages."""
    check(verdicts, f"{folder}: no verdict sentences")
    for metric, variant, sentence in verdicts:
        table = pd.read_csv(folder / f"compare-{base}" / f"{variant}.csv", keep_default_na=False)
        table["key"] = table["metric"] + table["group"].map(lambda g: "." + g if g else "")
        row = table[(table["key"] == metric) & (table["year"] == "")].iloc[0]
        decided = pd.read_csv(folder / f"compare-{base}" / f"{variant}-verdicts.csv", keep_default_na=False)
        decided["key"] = decided["metric"] + decided["group"].map(lambda g: "." + g if g else "")
        verdict = decided[decided["key"] == metric].iloc[0]
        check(sentence == verdict[f"sentence_{lang}"], f"{variant} {metric}: the report says '{sentence}', the verdicts file "
              f"'{verdict[f'sentence_{lang}']}'")
        label = HEADLINES[metric][lang][0]
        check(sentence.startswith(label), f"{variant} {metric}: the report's label '{label}' and jeugdsim's differ: {sentence}")
        scale = 100 if HEADLINES[metric].get("share") else 1
        d, lo, hi = (scale * row[c] for c in ("difference_mean", "difference_lower95", "difference_upper95"))
        if row["distinguishable"] != "yes":
            expected = [d, lo, hi]
        elif d > 0:
            expected = [d, lo, hi, scale * row["base_mean"], scale * row["variant_mean"]]
        else:
            expected = [-d, -hi, -lo, scale * row["base_mean"], scale * row["variant_mean"]]
        rest = sentence[len(label):].replace("95 %-interval", "").replace("95 % interval", "")
        got = [parse_number(text, lang) for text in re.findall(r"-?\d(?:[\d.,]*\d)?", rest)]
        check(len(got) == len(expected), f"{variant} {metric}: figures {got}, expected {len(expected)}: {sentence}")
        # Rounded to what the interval supports: its half-width to two significant digits (at most 4 decimals).
        half = (hi - lo) / 2
        allowed = 0.5 * max(10 ** (math.floor(math.log10(half)) - 1), 1e-4) if half > 0 else 0.006 * max(map(abs, expected))
        for value, want in zip(got, expected):
            check(abs(value - want) <= allowed + 1e-9, f"{variant} {metric}: {value} in the sentence, the comparison file's {want}: {sentence}")
        # The judgement is the verdicts file's: "(gunstig)" exactly where it says better.
        words = {"nl": ("(gunstig)", "(ongunstig)"), "en": ("(better)", "(worse)")}[lang]
        check((words[0] in sentence) == (verdict["judgement"] == "better") and (words[1] in sentence) == (verdict["judgement"] == "worse"),
              f"{variant} {metric}: the verdicts file says '{verdict['judgement']}': {sentence}")


# Words that are English and not Dutch: none may stand in the Dutch report before its appendix.
ENGLISH = {"the", "and", "with", "from", "Starts", "FTE", "true", "false", "spending", "wait", "warning", "level", "years",
           "noise", "better", "worse", "baseline", "shift", "add", "percentile", "paired", "interval95", "none", "not"}


def check_reader(browser, page_file, lang):
    """What a reader meets: the verdict per variant on the first screen; in Dutch, no English word and every number
    written the Dutch way (1.234,5: a point only before three digits) in the main part; shares that are
    percentages; at most 6 A4 pages before the appendix. Returns the first screen's screenshot (PNG bytes)."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(page_file.as_uri())
    for tally in page.query_selector_all("p.tally"):
        box = tally.bounding_box()
        check(box and box["y"] + box["height"] <= 800, f"{page_file.name}: a verdict ({tally.inner_text()[:40]}...) is below the first screen")
    first_screen = page.screenshot()
    # The main part's text, keys (<code>, named as in the scenario files) left out.
    main = page.evaluate("""() => { document.querySelectorAll('code').forEach(c => c.remove());
        return [...document.querySelectorAll('h1, section')].filter(s => s.id !== 'appendix').map(s => s.innerText).join('\\n'); }""")
    page.reload()
    page.evaluate("document.querySelector('#appendix').remove()")
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    check(1 <= pages <= 6, f"{page_file.name}: the main part prints on {pages} A4 pages, at most 6 allowed")
    page.close()
    if lang == "nl":
        english = sorted(set(re.findall(r"[A-Za-z]+", main)) & ENGLISH)
        check(not english, f"{page_file.name}: English words before the appendix: {english}")
        # 17.5 or 0.448 (English decimals) and 1,000.5 (English thousands) are wrong in Dutch.
        wrong = re.findall(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d])|\d,\d{3}\.\d", main)
        check(not wrong, f"{page_file.name}: numbers written the English way: {wrong[:5]}")
    shares = [parse_number(n, lang) for n in re.findall(r"(-?[\d.,]+) %(?!-)", main.replace("\u2212", "-"))
              if re.search(r"\d", n)]
    check(all(-100 <= s <= 100 for s in shares), f"{page_file.name}: percentages outside -100..100: {[s for s in shares if abs(s) > 100]}")
    return first_screen


def check_workbook_and_note(folder):
    """report.xlsx holds the comparison's figures as numbers under Dutch headers (each headline's difference is the
    comparison file's, each paired difference the variant's replication minus the base's); note.pdf is one A4 page."""
    from openpyxl import load_workbook
    book = load_workbook(folder / "report.xlsx")
    check(book.sheetnames == ["Kerncijfers", "Per jaar", "Verschil per herhaling", "Uitgaven per jaar"], f"report.xlsx: sheets {book.sheetnames}")
    rows = list(book["Kerncijfers"].iter_rows(values_only=True))
    check(rows[0][:6] == ("variant", "kerncijfer", "eenheid", "waarde basis", "waarde variant", "verschil"), f"report.xlsx: headers {rows[0]}")
    table = pd.read_csv(folder / "compare-baseline-municipality" / "front-2fte-shift.csv", keep_default_na=False)
    spend = table[(table["metric"] == "spend.perYear") & (table["year"] == "")].iloc[0]
    shown = [r for r in rows[1:] if r[1] == HEADLINES["spend.perYear"]["nl"][0]]
    check(shown and shown[0][5] == spend["difference_mean"], f"report.xlsx: spending difference {shown[:1]}, the file's {spend['difference_mean']}")
    check(all(isinstance(v, (int, float)) for r in rows[1:] for v in r[3:8]), "report.xlsx: a figure is written as text")
    paired = list(book["Verschil per herhaling"].iter_rows(values_only=True))[1:]
    check(paired and all(abs(r[4] - r[3] - r[5]) <= 1e-9 * max(1, abs(r[3])) for r in paired), "report.xlsx: a paired difference is not variant minus base")
    pdf = (folder / "note.pdf").read_bytes()
    check(pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, "note.pdf: not one A4 page")


def check_short(page_file, folder):
    """"In short" comes first, and its tally of verdicts per variant is the comparison file's: headlines with a
    better side, counted better, worse or not distinguishable by the file's own `distinguishable` column."""
    text = page_file.read_text()
    check(text.index("<section") == text.index('<section id="short">'), f"{page_file.name}: 'in short' is not first")
    tallies = re.findall(r'<p class="tally" data-variant="([^"]+)"><b>[^<]+</b>: (\d+) \D+?(\d+) \D+?(\d+) ', text)
    check(tallies, f"{page_file.name}: 'in short' has no tally")
    for variant, better, worse, noise in tallies:
        table = pd.read_csv(folder / "compare-baseline-municipality" / f"{variant}.csv", keep_default_na=False)
        table["key"] = table["metric"] + table["group"].map(lambda g: "." + g if g else "")
        expected = [0, 0, 0]
        for metric, texts in HEADLINES.items():
            row = table[(table["key"] == metric) & (table["year"] == "")]
            if row.empty or texts["better"] is None:
                continue
            row = row.iloc[0]
            expected[2 if row["distinguishable"] != "yes" else 0 if (row["difference_mean"] > 0) == texts["better"] else 1] += 1
        check([int(better), int(worse), int(noise)] == expected, f"{page_file.name}: tally {better}/{worse}/{noise}, the file gives {expected}")


def check_sure(page_file, folder, lang):
    """"How sure is this" shows the uncertainty analysis that ran beside the comparison: each probability that the
    variant is better is uncertainty.csv's, and the best option's share at the stated willingness to pay is
    acceptability.csv's."""
    text = page_file.read_text()
    sure = text[text.index('<section id="sure">'):]
    sure = sure[:sure.index("</section>")]
    table = pd.read_csv(folder / "uncertainty-baseline-municipality" / "uncertainty.csv", keep_default_na=False)
    table["key"] = table["metric"] + table["group"].map(lambda g: "." + g if g else "")
    for metric in HEADLINES:
        row = table[table["key"] == metric]
        if row.empty or row.iloc[0]["probability_better"] == "":
            continue
        shown = f"<td>{report_text.number(100 * float(row.iloc[0]['probability_better']), lang)} %</td>"
        check(shown in sure, f"{page_file.name}: 'how sure' lacks {metric}'s probability {shown}")
    curve = pd.read_csv(folder / "uncertainty-baseline-municipality" / "acceptability.csv")
    at = curve[curve["willingness_to_pay"] == 50000]
    for option, probability in zip(at["option"], at["probability_best"]):
        # Each option by its title in the report's language (the scenario's `title:`).
        title = report.read_scenario(folder / option)[0]["title"][lang]
        check(f"{title} {report_text.number(100 * probability, lang)} %" in sure, f"{page_file.name}: 'how sure' lacks {title}'s share")


def check_where(scratch):
    """A comparison of a system of regions: the report says in how many regions spending and unmet need differ,
    as compare's file counts them, and lists the regions with their paired differences."""
    base = scratch / "regions.yaml"
    base.write_text("extends: " + str(ROOT / "Scenarios" / "baseline-municipality.yaml") + "\nname: three-regions\n"
                    "title: {nl: Drie regio's, en: Three regions}\nregions: {Noord: 8000, Midden: 12000, Zuid: 5000}\n")
    variant = scratch / "regions-front.yaml"
    variant.write_text(f"extends: {base}\nname: three-regions-front\ntitle: {{nl: Drie regio's met consultatie, en: Three regions "
                       "with consultation}\nconsultation: {fte: 2}\n")
    folder = scratch / "regions"
    jeugdsim("compare", base, variant, "--out", folder, *SMALL, "--report")
    page = (folder / "report.html").read_text()
    check('id="where"' in page, "a comparison of regions has no section on where")
    table = pd.read_csv(folder / "compare-three-regions" / "three-regions-front.csv", keep_default_na=False)
    spend = table[(table["metric"] == "spend.perYear") & table["group"].str.startswith("region:") & (table["year"] == "")]
    check(len(spend) == 3, f"compare wrote {len(spend)} regions' spending, expected 3")
    lower = int(((spend["distinguishable"] == "yes") & (spend["difference_mean"] < 0)).sum())
    where = page[page.find('id="where"'):]
    where = where[:where.find("</section>")]
    check(f"in {lower} van de 3 regio's te onderscheiden lager" in where, f"the section on where miscounts the regions: {where[:400]}")
    for region in ("Noord", "Midden", "Zuid"):
        check(f"<td>{region}</td>" in where, f"the section on where lacks region {region}")
    check('id="where"' not in (scratch / "compare" / "report.html").read_text(), "a comparison without regions has a section on where")
    # A region of municipalities that share providers: the section is by municipality.
    base = scratch / "municipalities.yaml"
    base.write_text("extends: " + str(ROOT / "Scenarios" / "baseline-municipality.yaml") + "\nname: three-municipalities\n"
                    "municipalities: {Noord: 10000, Midden: 8000, Zuid: 7000}\n")
    variant = scratch / "municipalities-front.yaml"
    variant.write_text(f"extends: {base}\nname: zuid-front\nmunicipalities:\n  Noord: 10000\n  Midden: 8000\n"
                       "  Zuid: {youths: 7000, consultation: {fte: 2}}\n")
    folder = scratch / "municipalities"
    jeugdsim("compare", base, variant, "--out", folder, *SMALL)
    jeugdsim("report", folder, "--lang", "en")
    where = (folder / "report-en.html").read_text()
    where = where[where.find('id="where"'):]
    where = where[:where.find("</section>")]
    table = pd.read_csv(folder / "compare-three-municipalities" / "zuid-front.csv", keep_default_na=False)
    need = table[(table["metric"] == "unmetNeed.childYears") & table["group"].str.startswith("municipality:") & (table["year"] == "")]
    higher = int(((need["distinguishable"] == "yes") & (need["difference_mean"] > 0)).sum())
    check(f"unmet need lower in {len(need[(need['distinguishable'] == 'yes') & (need['difference_mean'] < 0)])} and higher in {higher}."
          in where, f"the section on where miscounts the municipalities: {where[:500]}")
    for municipality in ("Noord", "Midden", "Zuid"):
        check(f"<td>{municipality}</td>" in where, f"the section on where lacks municipality {municipality}")
    # What the variant changed is a municipality's own value: the appendix names it.
    check("<code>municipalities.Zuid.consultation.fte</code>" in (folder / "report-en.html").read_text(),
          "the appendix does not list the value a municipality set for its own front")


def main():
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        scratch = pathlib.Path(scratch)
        compare = scratch / "compare"
        jeugdsim("uncertainty", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift.yaml", "--draws", "6",
                 "--out", compare, *SMALL)
        jeugdsim("compare", "Scenarios/baseline-municipality.yaml", "Scenarios/front-2fte-shift.yaml", "--out", compare, *SMALL,
                 "--report")
        jeugdsim("report", compare, "--lang", "en")
        jeugdsim("report", compare, "--xlsx", "--note")
        check_workbook_and_note(compare)
        jeugdsim("run", "Scenarios/ceiling-overspend.yaml", "--out", scratch / "run", *SMALL, "--report")
        jeugdsim("sweep", "--set", "consultation.fte=0,2", "--out", scratch / "sweep", "-r", "3", "--years", "1")
        jeugdsim("report", scratch / "sweep")
        browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=["--no-sandbox"])
        for lang, name in [("nl", "report.html"), ("en", "report-en.html")]:
            verdicts = check_page(browser, compare / name, lang, expect_charts=4, must_show=["acceptability"])
            check_verdicts(verdicts, compare, "baseline-municipality", lang)
            check_sure(compare / name, compare, lang)
            check_short(compare / name, compare)
            shot = check_reader(browser, compare / name, lang)
            if os.environ.get("REPORT_SCREENSHOTS"):
                pathlib.Path(os.environ["REPORT_SCREENSHOTS"], f"first-screen-compare-{lang}.png").write_bytes(shot)
        # Spending added up is the difference since the start that compare wrote, with its interval, not a sum
        # the report made; and its year from which differences show is compare's.
        years = pd.read_csv(compare / "compare-baseline-municipality" / "front-2fte-shift-years.csv", keep_default_na=False)
        since = years[years["metric"] == "spend.cumulative"].sort_values("year").iloc[-1]
        page = (compare / "report.html").read_text()
        half = (since["difference_upper95"] - since["difference_lower95"]) / 2
        for column in ("difference_mean", "difference_lower95", "difference_upper95"):
            check(report_text.rounded(since[column], half, "nl") in page, f"report.html: spending since the start lacks its {column}")
        check(not check_page(browser, scratch / "run" / "report.html", "nl", expect_charts=4, must_show=["ceilings"]), "a run has no verdicts")
        check_where(scratch)
        # Shares in a run's headline table read as percentages: 44,8 %, not 0,448 %.
        shares = [parse_number(s, "nl") for s in re.findall(r"<td>([0-9.,]+) %</td>", (scratch / "run" / "report.html").read_text())]
        check(shares and all(0 <= s <= 100 for s in shares) and max(shares) >= 1, f"run report: shares {shares} are not percentages")
        check_reader(browser, scratch / "run" / "report.html", "nl")
        jeugdsim("report", scratch / "run", "--lang", "en")
        shot = check_reader(browser, scratch / "run" / "report-en.html", "en")
        if os.environ.get("REPORT_SCREENSHOTS"):
            pathlib.Path(os.environ["REPORT_SCREENSHOTS"], "first-screen-run-en.png").write_bytes(shot)
        check_page(browser, scratch / "sweep" / "report.html", "nl", expect_charts=4)
        browser.close()
        for page in [compare / "report.html", compare / "report-en.html", scratch / "run" / "report.html", scratch / "sweep" / "report.html"]:
            run = json.loads(next(page.parent.rglob("run.json")).read_text())
            text = page.read_text()
            for field in ("version", "modelVersion", "fingerprint", "commit"):
                check(str(run[field]) in text, f"{page}: does not name run.json's {field} {run[field]}")
    for failure in failures:
        print("FAILED:", failure)
    print(f"report checks: 6 pages rendered, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
