"""The language-resolved view of a verdict, and the terminal text built on it."""

from __future__ import annotations

import ast
import importlib
import re
from dataclasses import replace

import pytest

from credscore.account import parse_account
from credscore.reader import load_account
from credscore.render import render_text
from credscore.report import render_report
from credscore.scoring import Scorer
from credscore.signals.base import Evidence, SignalResult
from credscore.verdict import Reason
from credscore.view import public_location, reference_population, translate_note, translate_source_note, verdict_view
from credscore.words import words
from tests.conftest import REPO

EXAMPLES = REPO / "data" / "examples"
LOCAL_PATH = "/home/auditor/clients/acme/fixtures/twitter-archive"
# Words that only English notes use: any of them in French output is an untranslated note.
ENGLISH_NOTE_WORDS = re.compile(r"\b(?:fewer than|no sent|no post|no profile|of the account's own|with a time|"
                                r"known time|distinct moments)\b")


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer()


@pytest.fixture(scope="module")
def examples(scorer):
    accounts = [load_account(path) for path in sorted(EXAMPLES.glob("*.json"))]
    return scorer.score_many(accounts)


@pytest.fixture(scope="module")
def empty_verdict(scorer):
    """An account where no signal can be measured."""
    verdict = scorer.score(parse_account({"id": "acct-empty"}))
    assert verdict.signals and all(not result.measurable for result in verdict.signals.values())
    return verdict


def _text(html: str) -> str:
    html = re.sub(r"<(style|svg|script)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _all_verdicts(examples, empty_verdict):
    return [*examples, empty_verdict]


def test_every_note_of_the_examples_and_of_an_empty_account_is_translated(examples, empty_verdict):
    for verdict in _all_verdicts(examples, empty_verdict):
        notes = [result.note for result in verdict.signals.values() if not result.measurable]
        french_text = render_text(verdict, "fr")
        french_html = _text(render_report([verdict], lang="fr"))
        for line in verdict_view(verdict, "fr").unmeasurable:
            assert line.key is not None, f"{line.signal}: no [notes] entry in data/words matches its note"
        for note in notes:
            assert note not in french_text and note not in french_html, f"English note in French output: {note}"
        assert not ENGLISH_NOTE_WORDS.search(french_text), french_text
        assert not ENGLISH_NOTE_WORDS.search(french_html)


def test_the_empty_account_says_in_french_why_each_signal_is_unmeasurable(empty_verdict):
    text = render_text(empty_verdict, "fr")
    assert "Non mesurable\u00a0: Messages privés en série (aucun message privé envoyé)" in text
    assert "Non mesurable\u00a0: Titres autoproclamés (aucun profil avec une bio)" in text
    english = render_text(empty_verdict, "en")
    assert "Not measurable: Templated direct messages (no sent direct message)" in english


def _written_notes() -> list[tuple[str, str]]:
    """Every note a signal module passes to ``not_measurable``, its placeholders filled with a number."""
    found = []
    for path in sorted((REPO / "credscore" / "signals").glob("*.py")):
        name = "credscore.signals" if path.stem == "__init__" else f"credscore.signals.{path.stem}"
        module = importlib.import_module(name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None))
                    == "not_measurable" and len(node.args) == 2):
                continue
            why = node.args[1]
            if isinstance(why, ast.Constant):
                note = why.value
            elif isinstance(why, ast.JoinedStr):
                note = "".join(part.value if isinstance(part, ast.Constant) else "7" for part in why.values)
            elif isinstance(why, ast.Call) and isinstance(why.func, ast.Attribute) and why.func.attr == "format":
                template = getattr(module, why.func.value.id)
                note = template.format(**{keyword.arg: "xx" for keyword in why.keywords})
            else:
                pytest.fail(f"{path.name}:{node.lineno}: a note this test cannot read; write it as a literal")
            found.append((f"{path.name}:{node.lineno}", note))
    return found


def test_every_note_a_signal_can_write_has_a_french_translation():
    notes = _written_notes()
    assert len(notes) >= 10, "the scan found the signals' notes"
    for where, note in notes:
        text, key = translate_note(note, "fr")
        assert key is not None, f"{where}: {note!r} has no [notes] entry in data/words/*.toml"
        assert text != note


@pytest.mark.parametrize(("note", "lang", "expected"), [
    ("the account is mostly written in a language credscore cannot read (de)", "fr",
     "le compte est surtout écrit dans une langue que credscore ne sait pas lire (de)"),
    ("fewer than 5 posts with a time", "fr", "moins de 5 publications dont l'heure est connue"),
    ("fewer than 12 posts of the account's own of 8 words or more", "fr",
     "moins de 12 publications propres de 8 mots ou plus"),
    ("no new follower with a known time (the export records follows without their time)", "fr",
     "aucun nouvel abonné dont l'heure est connue (l'export enregistre les abonnés sans l'heure)"),
    ("fewer than 5 posts with a time", "en", "fewer than 5 posts with a time"),
])
def test_notes_are_recognised_with_their_numbers(note, lang, expected):
    text, key = translate_note(note, lang)
    assert text == expected and key is not None


def test_an_unknown_note_is_never_english_in_french(caplog):
    text, key = translate_note("a note nobody wrote down yet", "fr")
    assert key is None and text == words("fr")("notes.unknown")
    assert "no translation of the note" in caplog.text
    assert translate_note("a note nobody wrote down yet", "en") == ("a note nobody wrote down yet", None)


def test_an_unmeasurable_model_reason_is_said_in_french(examples):
    verdict = examples[0]
    note = "no sent direct message"
    reason = Reason(source="model", id="auto_dms.template_share", direction="towards_genuine", weight=-0.5,
                    effect="contribution", message={"en": f"x: could not be measured ({note})",
                                                    "fr": f"x : non mesurable ({note})"}, values={}, evidence=())
    signals = {**verdict.signals, "auto_dms": SignalResult("auto_dms", False, note=note)}
    line = verdict_view(replace(verdict, reasons=(reason,), signals=signals), "fr").reasons[0]
    assert line.message.endswith("\u00a0: non mesurable (aucun message privé envoyé)")
    assert note not in line.message


def _source_notes_written() -> list[tuple[str, str]]:
    """The notes the importers and connectors write about a source, their variable parts filled in."""
    def variants(node: ast.expr) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            return ["".join(part.value if isinstance(part, ast.Constant) else "7" for part in node.values)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return [left + right for left in variants(node.left) for right in variants(node.right)]
        if isinstance(node, ast.IfExp):
            return variants(node.body) + variants(node.orelse)
        return []

    found = []
    for folder in ("importers", "connectors"):
        for path in sorted((REPO / "credscore" / folder).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                # A note written in one piece where the source is described (not joined from a list of notes).
                if isinstance(node.func, ast.Name) and node.func.id == "SourceNote":
                    found += [(f"{folder}/{path.name}:{node.lineno}", text) for keyword in node.keywords
                              if keyword.arg == "note" for text in variants(keyword.value) if text]
                if not node.args:
                    continue
                func = node.func
                if (isinstance(func, ast.Attribute) and func.attr == "append" and isinstance(func.value, ast.Name)
                        and func.value.id in ("notes", "cuts")):
                    argument = node.args[0]
                elif isinstance(func, ast.Name) and func.id == "_stop" and len(node.args) == 2:
                    argument = node.args[1]
                else:
                    continue
                texts = variants(argument)
                assert texts, f"{path.name}:{node.lineno}: a note this test cannot read"
                found += [(f"{folder}/{path.name}:{node.lineno}", text) for text in texts]
    return found


def test_every_note_an_importer_can_write_has_a_french_translation(caplog):
    notes = _source_notes_written()
    assert len(notes) >= 10, "the scan found the importers' notes"
    for where, note in notes:
        french = translate_source_note(note, "fr")
        assert "non traduite" not in french, f"{where}: {note!r} has no [source_notes] entry in data/words/*.toml"
    assert "no translation" not in caplog.text


@pytest.mark.parametrize(("note", "expected"), [
    ("the manifest says this is a partial archive; the manifest counts 120 records of tweets, the files hold 80",
     "le manifeste indique une archive partielle ; le manifeste annonce 120 éléments de type tweets, "
     "les fichiers en contiennent 80"),
    ("not well-formed XML (mismatched tag); read leniently, entries may be missing; stopped at 50 posts (--max-posts)",
     "XML mal formé (mismatched tag) ; lu avec tolérance, des entrées peuvent manquer ; "
     "arrêt à 50 publications (--max-posts)"),
    # A placeholder at a note's end does not swallow the notes after it.
    ("follower sample: the 4 most recent of 842; follows: the 2 most recent of 190",
     "échantillon d'abonnés : les 4 plus récents sur 842 ; abonnements : les 2 plus récents sur 190"),
    ("something new; no profile_information.json",
     "remarque non traduite : « something new » ; pas de profile_information.json"),
    ("", ""),
])
def test_source_notes_are_translated_part_by_part(note, expected):
    shown = translate_source_note(note, "fr").replace("\u00a0", " ").replace("\u202f", " ")
    assert shown == expected
    assert translate_source_note(note, "en") == note


@pytest.mark.parametrize(("location", "shown"), [
    (LOCAL_PATH, "twitter-archive"),
    ("/home/auditor/exports/feed.xml", "feed.xml"),
    ("C:\\Users\\auditor\\Downloads\\linkedin.zip", "linkedin.zip"),
    ("relative/dir/archive/", "archive"),
    ("file:///home/auditor/x/outbox.json", "outbox.json"),
    ("https://user:secret@example.org:8443/feed.xml?token=abc#x", "https://example.org:8443/feed.xml"),
    ("https://blog.example.org/rss", "https://blog.example.org/rss"),
    ("@someone@mastodon.social", "@someone@mastodon.social"),
    ("someone.bsky.social", "someone.bsky.social"),
    ("", ""),
    (None, ""),
])
def test_a_public_location_is_a_file_name_or_a_web_address(location, shown):
    assert public_location(location) == shown


def _with_source(scorer, **fields):
    document = {"id": "acct-sourced", "name": "Jeanne Dupont", "posts": [
        {"platform": "twitter", "text": f"Un texte ordinaire sur notre atelier, numéro {n}.",
         "created_at": f"2024-03-0{n}T10:1{n}:00Z"} for n in range(1, 8)],
        "messages": [{"platform": "twitter", "created_at": "2024-03-01T10:00:00Z", "direction": "sent",
                      "text": "Merci, à bientôt !", "counterpart": "paul"}],
        "sources": [{"kind": "twitter-archive", "location": LOCAL_PATH, "complete": False,
                     "note": "the manifest says this is a partial archive"}], **fields}
    return scorer.score(parse_account(document))


def test_no_local_path_in_a_report_or_in_the_terminal_text(scorer):
    verdict = _with_source(scorer)
    for lang in ("fr", "en"):
        for shown in (render_text(verdict, lang), render_report([verdict], lang=lang),
                      render_report([verdict, verdict], lang=lang)):
            assert "/home/auditor" not in shown and "fixtures" not in shown
            assert "twitter-archive" in shown
    french = render_text(verdict, "fr")
    assert ("Historique incomplet\u00a0: archive Twitter/X (twitter-archive) — "
            "le manifeste indique une archive partielle") in french
    assert "Incomplete history: Twitter/X archive (twitter-archive) — the manifest says this is a partial archive" \
        in render_text(verdict, "en")


def test_a_redacted_verdict_names_its_source_without_the_local_path(scorer):
    from credscore.privacy import redact_verdict

    verdict = _with_source(scorer)
    assert LOCAL_PATH in str(verdict.to_dict()), "the auditor's own verdict keeps the full path"
    shared = redact_verdict(verdict).to_dict()
    assert "/home/auditor" not in str(shared)
    assert shared["coverage"]["sources"][0]["location"] == "twitter-archive"


def test_the_display_name_is_the_title_and_the_id_is_beneath(scorer):
    verdict = _with_source(scorer)
    assert verdict_view(verdict, "fr").title == "Jeanne Dupont"
    assert render_text(verdict, "fr").splitlines()[0] == "credscore — Jeanne Dupont (acct-sourced)"
    html = render_report([verdict], lang="fr")
    assert "<title>Rapport credscore — Jeanne Dupont</title>" in html
    assert '<h1 class="account-title">Jeanne Dupont</h1>' in html
    assert "Identifiant du compte\u00a0: acct-sourced" in html
    unnamed = _with_source(scorer, name=None)
    assert verdict_view(unnamed, "en").title == "acct-sourced"
    assert "Account id" not in render_report([unnamed], lang="en")
    assert render_text(unnamed, "en").splitlines()[0] == "credscore — acct-sourced"


def test_counts_are_said_with_plurals(scorer):
    verdict = _with_source(scorer)
    french = render_text(verdict, "fr")
    assert "1 message privé envoyé" in french and "7 publications (7 propres, 0 repartage)" in french
    assert "(s)" not in french and "1 messages privés envoyés" not in french
    assert "1 direct message sent" in render_text(verdict, "en")


@pytest.mark.parametrize(("data", "lang", "expected"), [
    ({"accounts": 748, "genuine": 364, "fake": 384, "source": "synth-v1.jsonl.gz"}, "en",
     "Compared with 748 synthetic example accounts (364 genuine, 384 fake), built by credscore to resemble"),
    ({"accounts": 748, "genuine": 364, "fake": 384, "source": "synth-v1.jsonl.gz"}, "fr",
     "Comparé à 748 comptes d'exemple synthétiques (364 authentiques, 384 faux), fabriqués par credscore"),
    ({"accounts": 10, "genuine": 5, "fake": 5, "source": "/data/private/labelled.jsonl", "synthetic": True}, "en",
     "Compared with 10 synthetic example accounts"),
    ({"accounts": 40, "genuine": 20, "fake": 20, "source": "/home/me/real-accounts.jsonl"}, "en",
     "Compared with 40 labelled accounts (20 genuine, 20 fake) from real-accounts.jsonl."),
    ({}, "fr", "Comparé à un ensemble de comptes non décrit."),
    (None, "en", "Compared with an undescribed set of accounts."),
])
def test_the_reference_population_is_described_honestly(data, lang, expected):
    described = reference_population(data, lang).replace("\u00a0", " ").replace("\u202f", " ")
    assert described.startswith(expected)
    assert "/home" not in described and "/data" not in described


def test_the_shipped_model_is_said_to_learn_from_synthetic_accounts(scorer, examples):
    card = scorer.model.card
    for lang, word in (("en", "synthetic example accounts"), ("fr", "comptes d&#39;exemple synthétiques")):
        assert word in render_report(examples, card=card, lang=lang)


def test_redacted_placeholders_are_in_the_readers_language(examples):
    verdict = examples[0]
    item = Evidence("post", 0, "twitter", "Merci @[redacted] pour le partage")
    message = Evidence("message", 0, "twitter", "[redacted]")
    reason = replace(verdict.reasons[0], evidence=(item, message))
    view = verdict_view(replace(verdict, reasons=(reason,)), "fr")
    assert [line.excerpt for line in view.reasons[0].evidence] == ["Merci @[masqué] pour le partage",
                                                                    "[texte masqué]"]
    text = render_text(replace(verdict, reasons=(reason,)), "fr")
    assert "[redacted]" not in text and "@[masqué]" in text


@pytest.mark.parametrize(("excerpt", "lang", "expected"), [
    ("@bot_1 · followers 11 · following 4033 · posts 0 · no avatar", "fr",
     "@bot_1 · 11 abonnés · 4033 abonnements · 0 publication · sans photo de profil"),
    ("@bot_1 · followers 11 · following 4033 · posts 0 · no avatar", "en",
     "@bot_1 · followers 11 · following 4033 · posts 0 · no avatar"),
    ("@marie · followers 1 · following 1 · posts 1 · avatar · followers of mine", "fr",
     "@marie · 1 abonné · 1 abonnement · 1 publication · photo de profil · followers of mine"),  # a bio as written
    ("followers 20400 · following 412", "fr", "20400 abonnés · 412 abonnements"),  # a counters snapshot
    ("followed by @lea", "fr", "@lea s'est abonné"),
    ("followed @shop, undone 2026-02-01T10:00:00+00:00", "fr",
     "s'est abonné à @shop, annulé le 2026-02-01T10:00:00+00:00"),
    ("followed @shop, undone 2026-02-01T10:00:00+00:00", "en", "followed @shop, undone 2026-02-01T10:00:00+00:00"),
])
def test_follower_follow_and_counter_excerpts_are_said_in_the_readers_language(excerpt, lang, expected):
    from credscore.view import _counted_excerpt
    from credscore.words import words

    assert _counted_excerpt(excerpt, words(lang)) == expected


def _model_reason(direction: str) -> Reason:
    return Reason(source="model", id="reframes.reframe_share", direction=direction, weight=0.9, effect="contribution",
                  message={"en": "a reason", "fr": "une raison"}, values={}, evidence=())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_genuine_verdict_whose_reasons_all_point_to_a_fake_says_why_they_did_not_change_it(examples, lang):
    genuine = next(verdict for verdict in examples if verdict.band == "likely_genuine")
    said = words(lang)
    contradicted = replace(genuine, reasons=(_model_reason("towards_fake"), _model_reason("towards_fake")))
    mixed = replace(genuine, reasons=(_model_reason("towards_fake"), _model_reason("towards_genuine")))
    view = verdict_view(contradicted, lang)
    assert view.band_brief == said("band_brief.likely_genuine_despite")
    assert view.band_help == said("band_help.likely_genuine_despite")
    # With a reason towards genuine among them, or none at all, the band's own words are right.
    assert verdict_view(mixed, lang).band_brief == said("band_brief.likely_genuine")
    assert verdict_view(replace(genuine, reasons=()), lang).band_brief == said("band_brief.likely_genuine")
    # Only a genuine verdict needs it: a fake one's reasons pointing to a fake agree with it.
    fake = next(verdict for verdict in examples if verdict.band == "likely_fake")
    assert verdict_view(replace(fake, reasons=contradicted.reasons), lang).band_brief == said("band_brief.likely_fake")
