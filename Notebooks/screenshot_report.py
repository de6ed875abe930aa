"""Screenshots of a report as a reader's browser shows it (Debian's Chromium through Playwright), cut into
pages for documentation: python screenshot_report.py REPORT.html OUT_PREFIX."""
import io
import os
import sys

from PIL import Image
from playwright.sync_api import sync_playwright


def main(report, prefix, page_height=1500):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1000, "height": page_height})
        page.goto("file://" + os.path.abspath(report))
        shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("RGB")
        browser.close()
    for number, top in enumerate(range(0, shot.height, page_height), start=1):
        part = shot.crop((0, top, shot.width, min(shot.height, top + page_height)))
        part.quantize(colors=128).save(f"{prefix}-{number}.png", optimize=True)
        print(f"{prefix}-{number}.png")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
