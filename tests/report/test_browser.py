"""The reports in a real browser: headless Chromium (Debian's package) through playwright."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from credscore.report import render_report

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def chromium() -> str:
    """Debian's chromium: skipped on a user's machine without it, a failure in CI where .ci/run installs it."""
    if not CHROMIUM.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; CI must install Debian's chromium (see .ci/run)")
        pytest.skip(f"{CHROMIUM} is not installed")
    return str(CHROMIUM)


def test_reports_render_in_chromium_without_errors_or_network(chromium, scorer, verdicts, accounts, card, tmp_path):
    from playwright.sync_api import sync_playwright

    from credscore.account import parse_account
    from tests.report.test_audience import _influencer, _sample, _snapshots

    single = tmp_path / "single.html"
    single.write_text(render_report([verdicts["fr_fake_guru"]], card=card, accounts=[accounts["fr_fake_guru"]]),
                      encoding="utf-8")
    # Agencies sort by the audience columns: a creator with every audience figure, a professional with no comments
    # and no audience sample, an error.
    creator = parse_account(_influencer(snapshots=_snapshots(), audience=_sample()))
    quiet = accounts["en_genuine_pro"]
    agency = tmp_path / "agency.html"
    agency.write_text(render_report(scorer.score_many([creator, quiet]), card=card, accounts=[creator, quiet],
                                    errors=[("line 3", "line 3: bad")], lang="en"), encoding="utf-8")
    audit = tmp_path / "audit.html"
    audit.write_text(render_report(list(verdicts.values()), card=card, errors=[("line 9", "line 9: bad")],
                                   lang="en"),
                     encoding="utf-8")
    problems: list[str] = []
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 1200})
            page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on("request", lambda request: requests.append(request.url))

            page.goto(single.as_uri())
            assert page.locator(".badge").first.inner_text() == "Faux expert probable"
            assert page.locator("svg.strip").count() >= 20
            assert page.locator(".audience-section h2").inner_text() == "Audience"
            assert page.locator(".audience-section svg.plot.growth").bounding_box()["height"] > 50
            page.screenshot(path=str(tmp_path / "single.png"))

            page.goto(audit.as_uri())
            rows = page.locator("#accounts tbody tr")
            assert rows.count() == 5
            assert rows.first.locator("td").nth(2).inner_text() == "Likely fake expert"
            # The script turns the headings into sort buttons: ascending score puts the error row first.
            score = page.locator("#accounts th button", has_text="Score")
            score.click()
            assert page.locator("#accounts th[aria-sort='ascending']").count() == 1
            assert rows.first.locator("td").first.inner_text() == "line 9"
            score.click()
            assert rows.last.locator("td").first.inner_text() == "line 9"
            page.screenshot(path=str(tmp_path / "audit.png"), full_page=True)

            page.goto(agency.as_uri())
            rows = page.locator("#accounts tbody tr")
            creator_section = page.locator("article.account", has_text="Camille Rivage")
            assert creator_section.locator("svg.plot").count() == 3, "engagement, growth, audience sample"
            for column, heading in ((4, "Engagement"), (5, "Generic comments"), (6, "Real-looking audience")):
                button = page.locator("#accounts th button", has_text=heading)
                for direction in ("ascending", "descending"):
                    button.click()
                    assert page.locator(f"#accounts th[aria-sort='{direction}']").text_content() == heading
                    values = [rows.nth(k).locator("td").nth(column).get_attribute("data-value") for k in range(3)]
                    measured = [float(value) for value in values if value]
                    assert values[len(measured):] == [""] * (3 - len(measured)), (heading, values, "blanks last")
                    assert measured == sorted(measured, reverse=direction == "descending"), (heading, values)
                    assert measured, heading
        finally:
            browser.close()
    assert problems == [], "no console error and no script error"
    assert requests and all(url.startswith(("file:", "data:")) for url in requests), requests
    for name in ("single.png", "audit.png"):
        shot = tmp_path / name
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        with Image.open(shot) as image:
            assert image.width == 1000 and image.height >= 1200
            assert len(image.convert("RGB").getcolors(maxcolors=1 << 20) or ()) > 100, "not a blank page"
