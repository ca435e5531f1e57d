"""The importers at and past their limits, and the bugs fuzzing found, each pinned by a test.

Big inputs are built at test time; the limits that would need gigabytes to reach are lowered with
monkeypatch, which checks the same code path.
"""

from __future__ import annotations

import json
import shutil
import struct
import zipfile

import pytest

from credscore.errors import InputError
from credscore.importers import _archive, _common, get_importer
from credscore.importers._html import html_to_text
from credscore.importers.rss import parse_feed
from credscore.importers.twitter_archive import tweet_time
from credscore.limits import MAX_NESTING, MAX_TEXT_CHARS
from tests.conftest import REPO
from tests.reliability.fuzz import check_error, outcome

FIXTURES = REPO / "tests" / "importers" / "fixtures"


def _copy(name, tmp_path):
    return shutil.copytree(FIXTURES / name, tmp_path / name)


def _tweets(count: int, text=lambda i: f"tweet {i}") -> str:
    records = [{"tweet": {"id_str": str(i), "full_text": text(i),
                          "created_at": f"Fri Mar 06 13:{i // 60 % 60:02d}:{i % 60:02d} +0000 2026"}}
               for i in range(count)]
    return "window.YTD.tweets.part0 = " + json.dumps(records)


def _source(account):
    return account.model_extra["sources"][0]


def test_a_10_mb_tweet_is_cut_and_the_history_marked_incomplete(tmp_path):
    export = _copy("twitter-archive", tmp_path)
    (export / "data" / "tweets-part1.js").unlink()
    (export / "data" / "tweets.js").write_text(_tweets(3, lambda i: "x" * 10_000_000 if i == 1 else "short"))
    account = get_importer("twitter-archive").load(export)
    assert sorted(len(post.text) for post in account.posts) == [5, 5, MAX_TEXT_CHARS]
    assert _source(account)["complete"] is False
    assert f"1 text(s) cut to {MAX_TEXT_CHARS:,} characters" in _source(account)["note"]


def test_past_the_post_limit_the_most_recent_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(_common, "MAX_POSTS", 1000)
    export = _copy("twitter-archive", tmp_path)
    (export / "data" / "tweets-part1.js").unlink()
    (export / "data" / "tweets.js").write_text(_tweets(1500))
    account = get_importer("twitter-archive").load(export)
    assert len(account.posts) == 1000
    assert {post.id for post in account.posts} == {str(i) for i in range(500, 1500)}
    assert "kept the 1,000 most recent posts of 1,500" in _source(account)["note"]
    assert _source(account)["complete"] is False


def test_100k_tweets_load(tmp_path):
    export = _copy("twitter-archive", tmp_path)
    (export / "data" / "tweets-part1.js").unlink()
    (export / "data" / "tweets.js").write_text(_tweets(100_000))
    assert len(get_importer("twitter-archive").load(export).posts) == 100_000


@pytest.mark.parametrize(("name", "member", "prefix"), [
    ("twitter-archive", "data/tweets.js", "window.YTD.tweets.part0 = "),
    ("mastodon-archive", "outbox.json", ""),
    ("facebook-export", "posts/your_posts_1.json", ""),
])
@pytest.mark.parametrize("depth", [100_000, MAX_NESTING + 1])
def test_deep_nesting_is_refused(tmp_path, name, member, prefix, depth):
    export = _copy(name, tmp_path)
    (export / member).write_text(prefix + "[" * depth + "]" * depth)
    with pytest.raises(InputError, match="nested too deeply" if depth > 1000 else f"nested more than {MAX_NESTING}"):
        get_importer(name).load(export)


def _zip(path, members):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path):
    bomb = _zip(tmp_path / "bomb.zip", {"outbox.json": b"\0" * (17 * 1024 * 1024), "actor.json": b"{}"})
    assert bomb.stat().st_size < 100_000
    with pytest.raises(InputError, match=r"bomb\.zip:outbox\.json: inflates more than 200 times its compressed size"):
        get_importer("mastodon-archive").load(bomb)


def test_a_zip_that_lies_about_its_sizes(tmp_path):
    path = _zip(tmp_path / "liar.zip", {"outbox.json": json.dumps({"orderedItems": []}) * 100})
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 24: central + 28] = struct.pack("<I", 0xFFFFFFF0)  # uncompressed size: 4 GB
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"liar\.zip:outbox\.json: larger than 512 MB once uncompressed"):
        get_importer("mastodon-archive").load(path)
    data[central + 24: central + 28] = struct.pack("<I", 10)  # too small: zipfile sees the damage
    path.write_bytes(bytes(data))
    result = outcome(lambda: get_importer("mastodon-archive").load(path))
    assert isinstance(result, InputError)


def test_absurd_numbers_of_entries_and_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(_archive, "MAX_ZIP_ENTRIES", 50)
    many = _zip(tmp_path / "many.zip", {f"junk/{i}.txt": b"" for i in range(51)} | {"outbox.json": b"{}"})
    with pytest.raises(InputError, match=r"many\.zip: more than 50 files in the zip"):
        get_importer("mastodon-archive").load(many)
    monkeypatch.setattr(_archive, "MAX_ARCHIVE_BYTES", 1000)
    export = _copy("linkedin-export", tmp_path)
    with pytest.raises(InputError, match="more than 1000 bytes to read in this export"):
        get_importer("linkedin-export").load(export)


def test_a_zip_with_path_tricks_is_read_in_place(tmp_path):
    outbox = (FIXTURES / "mastodon-archive" / "outbox.json").read_bytes()
    path = _zip(tmp_path / "tricks.zip", {"../../outbox.json": outbox, "/etc/actor.json": b"{}"})
    account = get_importer("mastodon-archive").load(path)
    assert account.posts
    assert not (tmp_path.parent / "outbox.json").exists()


def test_xml_entity_attacks_are_not_expanded():
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol" * 10}">' for i in range(10))
    feed = (f'<?xml version="1.0"?><!DOCTYPE r [{laughs}<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            '<rss version="2.0"><channel><title>&l9;</title><item><title>a &secret; b</title>'
            "<description>d</description></item></channel></rss>").encode()
    account = parse_feed(feed, location="evil.xml", account_id="rss:evil")
    written = json.dumps(account.model_dump(mode="json"))
    assert "lollol" not in written and "root:" not in written
    assert len(written) < 5000


def test_a_csv_field_over_the_csv_limit(tmp_path):
    export = _copy("linkedin-export", tmp_path)
    shares = export / "Shares.csv"
    shares.write_text(shares.read_text().splitlines()[0] + "\n2025-03-04 08:30:00,https://x,\"" + "y" * 200_000
                      + '",,,PUBLIC\n')
    result = outcome(lambda: get_importer("linkedin-export").load(export))
    assert isinstance(result, InputError) and "Shares.csv: not a readable CSV file" in check_error(result)


def test_nul_bytes_in_a_csv(tmp_path):
    export = _copy("linkedin-export", tmp_path)
    comments = export / "Comments.csv"
    comments.write_bytes(comments.read_bytes().replace(b"a", b"a\0", 3))
    outcome(lambda: get_importer("linkedin-export").load(export))


# --- what fuzzing found -------------------------------------------------------------------------------------------

def test_tweet_times_at_the_ends_of_the_calendar():
    assert tweet_time("Mon Jan 01 00:00:00 +2359 0001") is None  # would be year 0 in UTC
    assert tweet_time("Fri Dec 31 23:59:59 -2359 9999") is None  # would be year 10000
    assert tweet_time("Fri Mar 06 13:02:05 +0100 2026").isoformat() == "2026-03-06T12:02:05+00:00"


def test_a_facebook_timestamp_too_large_for_a_float(tmp_path):
    export = _copy("facebook-export", tmp_path)
    thread = export / "messages" / "inbox" / "omarbenali_a1b2c3" / "message_1.json"
    data = json.loads(thread.read_text())
    before = len(data["messages"])
    data["messages"][0]["timestamp_ms"] = 10**400
    thread.write_text(json.dumps(data))
    account = get_importer("facebook-export").load(export)
    assert len([m for m in account.messages if m.platform == "facebook"]) >= before - 1


def test_an_unknown_marked_section_in_html_is_text():
    assert html_to_text("a <![foo[ b <b>c</b>").text == "a <![foo[ b c"
    assert html_to_text("<p>x<![CDATA[y]]>z</p>").text in ("xz", "xyz")


def test_mastodon_actor_with_odd_attachment_and_url(tmp_path):
    export = _copy("mastodon-archive", tmp_path)
    actor = json.loads((export / "actor.json").read_text())
    actor.update(attachment=-1, url="http://[not-a-host", id="https://[::1")
    (export / "actor.json").write_text(json.dumps(actor))
    account = get_importer("mastodon-archive").load(export)
    assert account.profiles and account.profiles[0].url == "http://[not-a-host"


def test_lone_surrogates_in_an_export_become_replacement_characters(tmp_path):
    export = _copy("mastodon-archive", tmp_path)
    outbox = json.loads((export / "outbox.json").read_text())
    note = next(item["object"] for item in outbox["orderedItems"] if isinstance(item.get("object"), dict))
    note["content"] = "<p>broken \ud83d emoji</p>"
    (export / "outbox.json").write_text(json.dumps(outbox))
    account = get_importer("mastodon-archive").load(export)
    assert any("broken \ufffd emoji" in post.text for post in account.posts)
    json.dumps(account.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")
