#!/usr/bin/env python3
"""Checks a website built by `pact site` in headless Chromium, through Selenium.

On every page, at 1280 px and at 320 px wide: axe-core reports no violation tagged
wcag2a, wcag2aa, wcag21a, wcag21aa or wcag22aa, and the page does not scroll sideways.
A screenshot of each kind of page (the register, the agencies, a panel, a panel with police
figures, a held meeting, an agenda) at both widths is saved for a person to look at. A newsletter page printed to PDF
by `chromium --headless --print-to-pdf` is at most two A4 pages.

Every chart (at 1280 px) has its text equivalent: a picture named and described (role
img, a title and a description), a sentence, and a table with a caption whose figures are
the bars drawn (one bar for each figure, none for a month without figures); a month marked
by a dashed line is marked in the table and said in the sentence; the picture's text has
4.5:1 contrast and its bars 3:1 against the white page.

Usage: browser_check.py SITE AXE_MIN_JS ARTIFACTS [PANEL...]
(the panels, by their folder in the site, whose newsletters are printed; default all)
Exits 1 naming every problem, and when Chromium, chromedriver or Selenium is missing.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError:
    print("browser_check: Selenium is missing; pip install selenium", file=sys.stderr)
    sys.exit(1)

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = [1280, 320]
A4 = (595.0, 842.0)  # points
problems = []

# Every chart's text equivalent and contrast, as a list of problems (see the module's text).
CHART_CHECK = r"""
const out = [];
function rgb(colour) {
  if (colour.startsWith('#')) {
    return [1, 3, 5].map(i => parseInt(colour.slice(i, i + 2), 16));
  }
  return colour.match(/[\d.]+/g).slice(0, 3).map(Number);
}
function luminance(colour) {
  const [r, g, b] = rgb(colour).map(v => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(colour) {
  return 1.05 / (luminance(colour) + 0.05);
}
let charts = 0;
for (const chart of document.querySelectorAll('.chart')) {
  charts += 1;
  const table = chart.querySelector('table');
  const summary = chart.querySelector('p.chart-summary');
  if (!table || !table.querySelector('caption') || !summary || !summary.textContent.trim()) {
    out.push('a chart without its table, caption or sentence');
    continue;
  }
  const caption = table.querySelector('caption').textContent;
  const svg = chart.querySelector('svg.chart-picture');
  if (!svg) continue;  // no picture when every figure is 0: the sentence and table alone
  const named = (svg.getAttribute('aria-labelledby') || '').split(/\s+/)
    .map(id => document.getElementById(id)).filter(e => e && e.textContent.trim());
  if (svg.getAttribute('role') !== 'img' || named.length !== 2) {
    out.push(`${caption}: the picture has no role img, name and description`);
  }
  const cells = [...table.querySelectorAll('tbody td')];
  const missing = cells.filter(td => td.textContent.trim() === 'No figures').length;
  const bars = [...svg.children].filter(e => e.tagName === 'rect');
  if (bars.length !== cells.length - missing) {
    out.push(`${caption}: ${bars.length} bars for ${cells.length - missing} figures in the table`);
  }
  const dashed = svg.querySelector('line[stroke-dasharray]') !== null;
  const marked = [...table.querySelectorAll('tbody th')]
    .filter(th => /\(priority set\)$/.test(th.textContent)).length;
  if (dashed !== (marked === 1) || dashed !== /dashed line marks/.test(summary.textContent)) {
    out.push(`${caption}: the month marked is not marked in the picture, table and sentence alike`);
  }
  for (const text of svg.querySelectorAll('text')) {
    if (contrast(getComputedStyle(text).fill) < 4.5) {
      out.push(`${caption}: text "${text.textContent}" has contrast under 4.5:1`);
    }
  }
  for (const bar of bars) {
    if (contrast(bar.getAttribute('stroke')) < 3) {
      out.push(`${caption}: a bar of ${bar.getAttribute('stroke')} has contrast under 3:1`);
    }
  }
}
return [charts, out];
"""


def tool(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    print(f"browser_check: {' or '.join(names)} is missing; apt-get install chromium chromium-driver",
          file=sys.stderr)
    sys.exit(1)


def kind(page):
    if page == "index.html":
        return "register"
    if page == "agencies.html":
        return "agencies"
    if "/meetings/" in page:
        return "meeting"
    return "panel"


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    site, axe_path, artifacts = (os.path.abspath(a) for a in sys.argv[1:4])
    printed = sys.argv[4:]
    chromium = tool("chromium", "chromium-browser")
    driver_path = tool("chromedriver")
    with open(axe_path, encoding="utf-8") as handle:
        axe = handle.read()
    version = re.search(r"axe v(\d+)\.(\d+)\.?\d*", axe)
    if not version or (int(version.group(1)), int(version.group(2))) < (4, 10):
        print(f"browser_check: {axe_path} is not axe-core 4.10 or later", file=sys.stderr)
        return 1
    pages = sorted(os.path.relpath(os.path.join(d, n), site)
                   for d, _, names in os.walk(site) for n in names if n.endswith(".html"))
    shots = os.path.join(artifacts, "screenshots")
    os.makedirs(shots, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    runs = 0
    charts = [0]
    shot_kinds = {}
    try:
        for page in pages:
            agenda = False
            for width in WIDTHS:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
                driver.get("file://" + os.path.join(site, page))
                driver.execute_script(axe)
                result = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                    ".then(r => done(JSON.stringify({v: r.violations, p: r.passes.length})))"
                    ".catch(e => done(JSON.stringify({error: String(e)})));", TAGS)
                outcome = json.loads(result)
                if "error" in outcome:
                    problems.append(f"{page} at {width}px: axe failed: {outcome['error']}")
                    continue
                runs += 1
                if outcome["p"] == 0:
                    problems.append(f"{page} at {width}px: axe passed no rule at all")
                for violation in outcome["v"]:
                    targets = [node["target"] for node in violation["nodes"]][:3]
                    problems.append(f"{page} at {width}px: {violation['id']} ({violation['impact']}): "
                                    f"{violation['help']} at {targets}")
                if width == WIDTHS[0]:
                    count, chart_problems = driver.execute_script(CHART_CHECK)
                    charts[0] += count
                    problems.extend(f"{page}: {text}" for text in chart_problems)
                scroll = driver.execute_script(
                    "return [document.documentElement.scrollWidth, window.innerWidth]")
                if scroll[0] > scroll[1]:
                    problems.append(f"{page} at {width}px: scrolls sideways ({scroll[0]} > {scroll[1]})")
                agenda = agenda or "Agenda:" in driver.title
                name = "agenda" if agenda else kind(page)
                if name == "panel" and "chart-crime" in driver.page_source:
                    name = "panel-crime"
                if (name, width) not in shot_kinds:
                    height = driver.execute_script("return document.documentElement.scrollHeight")
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                        "width": width, "height": min(height, 12000), "deviceScaleFactor": 1,
                        "mobile": width < 600})
                    path = os.path.join(shots, f"{name}-{width}.png")
                    driver.save_screenshot(path)
                    shot_kinds[(name, width)] = page
    finally:
        driver.quit()
    for (name, width), page in sorted(shot_kinds.items()):
        print(f"browser_check: screenshot {name}-{width}.png is {page}")
    if len({name for name, _ in shot_kinds}) < 5:
        problems.append(f"expected screenshots of five kinds of page, made {sorted(shot_kinds)}")
    print_check(chromium, site, [p for p in pages if not printed or p.split("/")[0] in printed],
                artifacts)
    for text in problems:
        print("browser_check: " + text, file=sys.stderr)
    print(f"browser_check: {charts[0]} charts checked for their text equivalent and contrast")
    if charts[0] == 0:
        problems.append("no chart found to check")
    print(f"browser_check: axe-core {version.group(0)} ran {runs} times on {len(pages)} pages "
          f"({', '.join(TAGS)}): {len(problems)} problems")
    return 1 if problems or runs != len(pages) * len(WIDTHS) else 0


def print_check(chromium, site, pages, artifacts):
    """Each panel's latest newsletter prints on at most two A4 pages."""
    latest = {}
    for page in pages:
        if "/meetings/" in page:
            with open(os.path.join(site, page), encoding="utf-8") as handle:
                if 'id="newsletter"' in handle.read():
                    latest[page.split("/")[0]] = page
    if not latest:
        problems.append("no newsletter page to print")
    for panel, page in sorted(latest.items()):
        pdf = os.path.join(artifacts, f"newsletter-{panel}.pdf")
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                            f"--user-data-dir={profile}", "--no-pdf-header-footer",
                            f"--print-to-pdf={pdf}", "file://" + os.path.join(site, page)],
                           check=False, capture_output=True, timeout=120)
        if not os.path.isfile(pdf):
            problems.append(f"{page}: chromium made no PDF")
            continue
        with open(pdf, "rb") as handle:
            data = handle.read()
        count = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
        boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
        print(f"browser_check: {page} prints on {count} page(s), "
              f"{sorted({(float(w), float(h)) for w, h in boxes})} points")
        if not 1 <= count <= 2:
            problems.append(f"{page}: prints on {count} pages, not one or two")
        if not boxes or any(abs(float(w) - A4[0]) > 2 or abs(float(h) - A4[1]) > 2 for w, h in boxes):
            problems.append(f"{page}: pages are not A4: {boxes}")


if __name__ == "__main__":
    sys.exit(main())
