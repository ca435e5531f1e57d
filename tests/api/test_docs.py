"""``/docs`` works offline: Swagger UI's scripts and styles come from the server (the swagger-ui-bundle
package), never from a CDN, and the page renders every endpoint in a browser that cannot reach anything else."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import httpx

from tests.api.conftest import Server
from tests.api.test_endpoints import ENDPOINTS
from tests.report.test_browser import CHROMIUM_ARGS, chromium  # noqa: F401  (the fixture)

RENDER_TIMEOUT_MS = 30_000


def test_docs_load_nothing_from_another_host(client: httpx.Client) -> None:
    page = client.get("/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources, page.text
    for source in sources:
        assert not urlsplit(source).netloc, f"/docs loads {source} from another host"
        asset = client.get(source)
        assert asset.status_code == 200, source
    assert {"/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css"} <= set(sources)
    assert client.get("/redoc").status_code == 404  # ReDoc would load its script and fonts from a CDN


def test_docs_render_in_chromium_with_the_network_blocked(server: Server, chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import Route, sync_playwright

    own = urlsplit(server.url).netloc
    elsewhere: list[str] = []
    problems: list[str] = []

    def only_the_server(route: Route) -> None:
        if urlsplit(route.request.url).netloc == own:
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1200, "height": 1600})
            context.route("**/*", only_the_server)
            page = context.new_page()
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.goto(f"{server.url}/docs")
            operations = page.locator(".opblock")
            operations.first.wait_for(timeout=RENDER_TIMEOUT_MS)
            shown = {(page.locator(".opblock-summary-path").nth(n).get_attribute("data-path"),
                      page.locator(".opblock-summary-method").nth(n).inner_text().lower())
                     for n in range(operations.count())}
            title = page.locator(".information-container .title").inner_text()
        finally:
            browser.close()
    assert shown == ENDPOINTS
    assert title.startswith("credscore")
    assert not elsewhere, elsewhere
    assert not problems, problems
