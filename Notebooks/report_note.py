"""The one-page decision note (`jeugdsim report DIR --note`): for a comparison, what was compared, each
variant's verdict, the key figures with their intervals and the spending difference per year, on one A4
page printed to PDF by Chromium (Debian's, through Playwright), as a planner hands it to a council."""
import html
import os

from playwright.sync_api import sync_playwright

import report_summary

WORDS = {
    "nl": {"title": "Beslisnotitie: {title}", "more": "Alle cijfers, grafieken, kanttekeningen en aannames: {report}."},
    "en": {"title": "Decision note: {title}", "more": "Every figure, chart, caution and assumption: {report}."},
}

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; line-height: 1.35; color: #222; margin: 0; }
h2 { font-size: 11pt; margin: .6em 0 .2em; }
h1 { font-size: 14pt; border-bottom: 2px solid #1f5f8b; padding-bottom: .2em; margin: 0 0 .5em; }
table { border-collapse: collapse; margin: .5em 0; }
td, th { border-bottom: 1px solid #ddd; padding: .2em .5em; text-align: left; vertical-align: top; }
td.better { background: #e3f4e3; } td.worse { background: #fbe3e3; } td.noise { color: #666; }
figure { margin: .5em 0; } figure img { width: 100%; } figcaption { font-size: 8pt; color: #555; }
ul { margin: .3em 0; padding-left: 1.2em; } p { margin: .4em 0; }
@page { size: A4; margin: 12mm; }
"""


def page(report, title):
    """The note's HTML for a comparison report (`report.Report`)."""
    w = report_summary.WORDS[report.lang]
    _, short = report_summary.section(report)
    chart, _ = report.spending_difference_chart(size=(10, 3.0))
    more = WORDS[report.lang]["more"].format(report=html.escape(report.file_name))
    heading = html.escape(WORDS[report.lang]["title"].format(title=title))
    return (f'<!DOCTYPE html><html lang="{report.lang}"><head><meta charset="utf-8"><title>{heading}</title>'
            f"<style>{STYLE}</style></head><body><h1>{heading}</h1>{report.compared()}"
            f"<h2>{html.escape(w['title'])}</h2>{short}{chart}<h2>{report.t['cautions']}</h2>"
            f"{report.caution_items(report.assumptions)}<p>{more}</p></body></html>")


def write(report, title, path):
    """The note for `report` printed to PDF at `path` (one A4 page), whole or not at all."""
    partial = path.parent.parent / f".{path.parent.name}.{path.name}.partial-{os.getpid()}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=["--no-sandbox"])
        sheet = browser.new_page()
        sheet.set_content(page(report, title), wait_until="load")
        partial.write_bytes(sheet.pdf(format="A4", print_background=True))
        browser.close()
    os.replace(partial, path)
