"""Screenshots of a report as a reader's browser shows it (Debian's Chromium through Playwright), for
documentation: the first screen (1280 x 800, what a reader sees before scrolling) as PREFIX-first-screen.png,
then the main part (up to the appendix, which lists every value) cut into parts as PREFIX-1.png, PREFIX-2.png...

Usage: python screenshot_report.py REPORT.html PREFIX [--first-screen-only]"""
import io
import os
import sys

from PIL import Image
from playwright.sync_api import sync_playwright


def main(report, prefix, first_screen_only=False, page_height=1500):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto("file://" + os.path.abspath(report))
        Image.open(io.BytesIO(page.screenshot())).convert("RGB").quantize(colors=128).save(f"{prefix}-first-screen.png", optimize=True)
        print(f"{prefix}-first-screen.png")
        shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("RGB")
        appendix = page.evaluate("(() => { const a = document.querySelector('#appendix'); return a ? a.offsetTop : 0; })()")
        browser.close()
    if appendix:
        shot = shot.crop((0, 0, shot.width, appendix))
    if first_screen_only:
        return
    for number, top in enumerate(range(0, shot.height, page_height), start=1):
        part = shot.crop((0, top, shot.width, min(shot.height, top + page_height)))
        part.quantize(colors=128).save(f"{prefix}-{number}.png", optimize=True)
        print(f"{prefix}-{number}.png")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--first-screen-only" in sys.argv[3:])
