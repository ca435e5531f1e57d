"""The HTML report: content, language, self-containment, escaping, layouts and determinism."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from markupsafe import escape

from credscore.errors import InputError
from credscore.report import dominant_language, render_report
from credscore.report.view import safe_link
from credscore.signals.base import Evidence
from credscore.view import verdict_view
from tests.conftest import account

# Any element that could fetch something, with the address it would fetch.
FETCHING = re.compile(r"<(?:link|script|img|iframe|source|video|audio|embed|object)\b[^>]*?\b(?:src|href|data)="
                      r"\"([^\"]*)\"", re.IGNORECASE)


def _text(html: str) -> str:
    """The page without tags, whitespace collapsed: what a reader sees."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _assert_self_contained(html: str) -> None:
    assert not [address for address in FETCHING.findall(html) if not address.startswith(("#", "data:"))]
    assert "@import" not in html
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", html), "no stylesheet fetch"
    assert not re.search(r"<script\b[^>]*\bsrc=", html)


@pytest.mark.parametrize(("name", "lang", "band_words"), [
    ("fr_fake_guru", "fr", "Faux expert probable"),
    ("en_fake_guru", "en", "Likely fake expert"),
    ("fr_genuine_pro", "fr", "Probablement authentique"),
    ("en_genuine_pro", "en", "Likely genuine"),
])
def test_report_of_each_example_shows_verdict_reasons_and_quoted_evidence(verdicts, card, name, lang, band_words):
    verdict = verdicts[name]
    html = render_report([verdict], card=card)
    assert f'<html lang="{lang}">' in html, "the default language is the account's"
    assert band_words in html
    assert f"<strong>{verdict.score:.0f}</strong>" in html
    assert verdict.reasons
    view = verdict_view(verdict, lang)
    assert html.count(str(escape(view.title))) >= 2, "the account's name is the title of the page and of the report"
    assert str(escape(verdict.id)) in html, "its id beneath"
    for reason, line in zip(verdict.reasons, view.reasons, strict=True):
        assert str(escape(line.message)) in html
        if reason.source == "rule":
            assert " ".join(line.message.split()) == " ".join(reason.message[lang].split()), "only the spaces differ"
        for item in reason.evidence:
            if item.excerpt:
                assert str(escape(item.excerpt)) in html
            assert str(escape(item.ref)) in html
    dated = [item for reason in verdict.reasons for item in reason.evidence if item.created_at]
    assert dated and f'datetime="{dated[0].created_at}"' in html
    shown = f"{dated[0].created_at[:10]} {dated[0].created_at[11:16]}"
    assert shown in html, "dates are shown to the minute"
    assert verdict.model_version in html
    _assert_self_contained(html)


def test_links_in_evidence_are_clickable_and_safe(verdicts, card):
    verdict = verdicts["fr_fake_guru"]
    link = next(item.link for reason in verdict.reasons for item in reason.evidence if item.link)
    html = render_report([verdict], card=card)
    assert f'<a href="{escape(link)}" rel="noopener noreferrer nofollow" target="_blank">' in html


def test_french_report_speaks_french_and_english_report_english(verdicts, card):
    french = _text(render_report([verdicts["fr_fake_guru"]], card=card))
    english = _text(render_report([verdicts["fr_fake_guru"]], card=card, lang="en"))
    assert "Ce que le score veut dire" in french and "Raisons" in french and "Données disponibles" in french
    assert "What this score does and does not mean" not in french
    assert "What this score does and does not mean" in english and "Reasons" in english
    assert "Raisons" not in english
    assert "Envoie le même message privé" in french and "Sends the same automatic direct message" in english


def test_unknown_language_and_empty_report_are_refused(verdicts):
    with pytest.raises(InputError, match="language"):
        render_report([verdicts["en_fake_guru"]], lang="de")
    with pytest.raises(InputError, match="nothing to report"):
        render_report([])


def test_signals_are_placed_against_the_reference_distribution(verdicts, card):
    verdict = verdicts["fr_fake_guru"]
    html = render_report([verdict], card=card)
    measured = [f"{name}.{feature}" for name, result in verdict.signals.items() for feature in result.values]
    for feature in measured:
        assert f'<symbol id="ref-{feature.replace(".", "-")}"' in html
        assert f'<use href="#ref-{feature.replace(".", "-")}"/>' in html
    # Its buzzword density (111 per 1,000 words) is beyond what 95 % of genuine accounts reach.
    row = html[html.rindex("Mots à la mode pour 1"):]
    row = row[:row.index("</tr>")]
    assert "comptes authentiques\u00a0: plus haut que 95\u202f% d&#39;entre eux" in row
    accounts, genuine = card.training_data["accounts"], card.training_data["genuine"]
    assert f"Comparé à {accounts} comptes d&#39;exemple synthétiques ({genuine} authentiques" in html


def test_a_card_without_reference_says_so(verdicts, card):
    old = card.model_copy(update={"reference": None})
    for given in (old, None):
        html = render_report([verdicts["en_fake_guru"]], card=given)
        assert "holds no reference distribution" in html
        assert "<symbol" not in html and "<use" not in html
        assert "Share of sent direct messages that repeat another sent message" in html, "values still shown"


def test_hostile_text_is_escaped_and_unsafe_links_are_not_links(verdicts, card):
    verdict = verdicts["en_fake_guru"]
    hostile = (
        Evidence("post", 0, "twitter", "<script>alert('pwned')</script><img src=x onerror=alert(1)>",
                 link="javascript:alert(1)"),
        Evidence("post", 1, "twitter", "a quote \" ' & < >", link='https://ok.example/a"><script>alert(2)</script>'),
        Evidence("post", 2, "twitter", "data link", link="data:text/html,<script>alert(3)</script>"),
    )
    reasons = (replace(verdict.reasons[0], evidence=hostile, message={"en": "<b>bold</b>", "fr": "<b>gras</b>"}),
               *verdict.reasons[1:])
    html = render_report([replace(verdict, id="<i>acct</i>", reasons=reasons)], card=card)
    assert "<script" not in html, "no script at all in a single-account report"
    assert "<img" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;i&gt;acct&lt;/i&gt;" in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert 'href="javascript' not in html and 'href="data:' not in html
    assert 'href="https://ok.example/a&#34;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"' in html


@pytest.mark.parametrize(("url", "shown"), [
    ("https://example.org/a?b=c", "https://example.org/a?b=c"),
    ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
    ("  https://example.org ", "https://example.org"),
    ("javascript:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("\x01javascript:alert(1)", None),
    ("data:text/html,x", None),
    ("//example.org/x", None),
    ("ftp://example.org/x", None),
    ("https://", None),
    ("https://[::1", None),
    (None, None),
])
def test_only_http_links_are_kept(url, shown):
    assert safe_link(url) == shown


def test_insufficient_data_has_no_score_gauge(scorer, card):
    short = account(["Bonjour à tous, voici mon premier article.", "Un deuxième texte ici.", "Et un troisième."],
                    id="acct-short")
    verdict = scorer.score(short)
    assert verdict.band == "insufficient_data"
    french = render_report([verdict], card=card, lang="fr")
    assert "Données insuffisantes" in french
    assert "3 publications propres, il en faut au moins 5" in french
    assert 'class="gauge"' not in french and "/ 100" not in french and "<strong>" not in french
    assert "<symbol" not in french, "no signal comparison for an account credscore does not judge"
    english = render_report([verdict], card=card, lang="en")
    assert "Insufficient data" in english and "at least 5 needed" in english


def test_audit_lists_every_account_and_every_error(verdicts, card):
    errors = [("line 3", "line 3: not valid JSON (Expecting value at column 1)"),
              ("acct-<7>", "acct-<7>: posts[0].created_at: not an ISO 8601 timestamp")]
    html = render_report(list(verdicts.values()), card=card, errors=errors, lang="en")
    body = html[html.index('<table class="accounts"'):]
    body = body[:body.index("</table>")]
    rows = re.findall(r"<tr class=\"band-([a-z_]+)\">", body)
    assert rows == ["likely_fake", "likely_fake", "likely_genuine", "likely_genuine", "error", "error"], \
        "the most worrying first, errors last, nothing lost"
    for number, verdict in enumerate(sorted(verdicts.values(), key=lambda v: -v.score), 1):
        view = verdict_view(verdict, "en")
        assert f'<a href="#account-{number}">{escape(view.title)}</a>' in body
        assert f'id="account-{number}"' in html
        assert str(escape(view.reasons[0].message)) in body, "the top reason of each account"
    assert "not valid JSON" in body and "acct-&lt;7&gt;" in body
    assert "6 accounts in this report: 4 scored, 0 with too little history to judge, 2 that could not be read" \
        in _text(html)
    assert '<svg class="histogram"' in html
    assert html.count("<script>") == 1 and "data-sort=" in html
    _assert_self_contained(html)


def test_one_verdict_with_an_error_is_an_audit(verdicts, card):
    html = render_report([verdicts["en_fake_guru"]], card=card, errors=[("line 2", "line 2: bad")])
    assert '<table class="accounts"' in html and "line 2: bad" in html
    only_errors = render_report([], errors=[("line 1", "line 1: bad")], lang="fr")
    assert "Audit credscore" in only_errors and "line 1: bad" in only_errors


def test_dominant_language_of_several_accounts(verdicts):
    assert dominant_language([verdicts["fr_fake_guru"], verdicts["fr_genuine_pro"], verdicts["en_fake_guru"]]) == "fr"
    assert dominant_language([verdicts["en_fake_guru"]]) == "en"
    assert dominant_language([]) == "en"


def test_same_verdicts_give_the_same_bytes(verdicts, card):
    from credscore.report import view

    def fresh() -> str:
        view._strip.cache_clear()  # draw the plots again rather than reuse them
        return render_report(list(verdicts.values()), card=card, errors=[("line 9", "bad")])

    first, second = fresh(), fresh()
    assert first == second
    assert "Date" not in first and "<metadata>" not in first


def test_redacted_report_withholds_direct_messages(verdicts, accounts, card):
    verdict = verdicts["fr_fake_guru"]
    messages = [item for reason in verdict.reasons for item in reason.evidence if item.kind == "message"]
    assert messages
    plain = render_report([verdict], card=card)
    redacted = render_report([verdict], card=card, redact=True)
    assert str(escape(messages[0].excerpt)) in plain
    assert str(escape(messages[0].excerpt)) not in redacted
    assert "[texte masqué]" in redacted and "Rapport expurgé" in redacted
    assert f'<code class="ref">{messages[0].ref}</code>' in redacted, "the references stay"
    assert "Rapport expurgé" not in plain
