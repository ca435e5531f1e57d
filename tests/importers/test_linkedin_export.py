"""The LinkedIn export importer: own fixture, the shared real export, the CSV repairs, errors."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import pytest

from credscore.errors import InputError
from credscore.importers.linkedin_export import LinkedInExportImporter, comment_records, find_owner, repair_share_text
from tests.importers.helpers import FIXTURES, assert_round_trips, copy, directions, kinds, zipped

OWN = FIXTURES / "linkedin-export"
importer = LinkedInExportImporter()


@pytest.fixture(params=["folder", "zip", "zip-in-a-folder"])
def own_export(request, tmp_path):
    if request.param == "folder":
        return OWN
    inside = "Basic_LinkedInDataExport_03-07-2025/" if request.param == "zip-in-a-folder" else ""
    return zipped(OWN, tmp_path / "Basic_LinkedInDataExport.zip", inside=inside)


def test_own_fixture_posts(own_export):
    account = importer.load(own_export)
    assert_round_trips(account)
    # Shares.csv: 6 rows, 4 posts (3 rows are one post, one per thumbnail), one of them a reshare
    # with an empty ShareCommentary; Comments.csv: 4 comments (csv.DictReader reads 5 rows).
    assert kinds(account) == {"post": 3, "repost": 1, "comment": 4}
    by_id = {post.id: post for post in account.posts if post.id}
    multi_line = by_id["urn:li:share:7300000000000000001"]
    assert multi_line.text == ('Three things I learned cleaning survey data:\n\n1. Check the encoding first.\n'
                               '2. Never trust a "blank" cell.\n\nDetails: https://lnkd.in/eXample1')
    assert multi_line.created_at == datetime(2025, 3, 4, 8, 30, tzinfo=UTC)
    assert multi_line.links == ("https://lnkd.in/eXample1",)
    talk = by_id["urn:li:share:7290000000000000002"]
    assert talk.links == ("https://youtu.be/aBcDeFgHiJk",)  # SharedUrl, never the MediaUrl thumbnail
    assert by_id["urn:li:ugcPost:7260000000000000003"].kind == "repost"
    assert by_id["urn:li:share:7200000000000000004"].links == ("https://lnkd.in/hIrInG1", "https://janedoe.example/jobs")
    comments = [post for post in account.posts if post.kind == "comment"]
    assert comments[-1].text == ('Samuel Kim Good question. I wrote "check the encoding" because it bit me twice.'
                                 '\n\nThe second time it took a day to notice.')
    assert comments[1].text == '"Data is never raw" - exactly, and that is the point, Lea.'
    assert all(post.platform == "linkedin" for post in account.posts)


def test_own_fixture_messages_connections_profile(own_export):
    account = importer.load(own_export)
    # messages.csv: 5 rows, 1 system row (empty FROM/TO); the owner ("Jane Doe, PhD") from Profile.csv.
    assert directions(account.messages) == {"sent": 2, "received": 2}
    sponsored = next(m for m in account.messages if m.counterpart == "Growth Hub")
    assert sponsored.text == "Dear %FIRSTNAME%,\n\nBoost your reach & grow\ntoday."
    group = next(m for m in account.messages if m.text.startswith("Meeting notes"))
    assert (group.direction, group.counterpart) == ("sent", "Lea Martin,Samuel Kim")
    assert group.created_at == datetime(2024, 12, 2, 18, tzinfo=UTC)
    assert [(f.direction, f.counterpart, f.created_at) for f in account.follows] == [
        ("in", "Lea Martin", datetime(2024, 11, 12, tzinfo=UTC)),
        ("in", "Omar Benali", datetime(2025, 3, 6, tzinfo=UTC)),
    ]
    (profile,) = account.profiles
    assert profile.handle == "jane-doe-data" and profile.url == "https://www.linkedin.com/in/jane-doe-data"
    assert profile.bio == "Data journalist | Open data\n\nI write about survey methods.\nMostly in French."
    assert account.name == "Jane Doe" and account.id == "jane-doe-data"


def test_owner_without_profile_csv(tmp_path):
    export = copy(OWN, tmp_path / "export")
    (export / "Profile.csv").unlink()
    account = importer.load(export)
    assert directions(account.messages) == {"sent": 2, "received": 2}
    assert account.name == "Jane Doe, PhD"
    (note,) = account.model_extra["sources"]
    assert "'Jane Doe, PhD', the sender in the most conversations" in note["note"]


def test_shared_real_export(shared_dir):
    account = importer.load(shared_dir / "fixtures" / "linkedin-export")
    assert_round_trips(account)
    # Shares.csv: 64 rows and 60 distinct ShareLink values (5 rows of urn:li:share:6773073563034509312,
    # one per thumbnail); 3 rows have an empty ShareCommentary (reshares). Comments.csv: 58 records
    # (re-split on the "date,https://www.linkedin.com/" lines; csv.DictReader alone reads 72 rows).
    assert kinds(account) == {"post": 57, "repost": 3, "comment": 58}
    # messages.csv: 59 rows, 3 with empty FROM/TO (system rows); 26 of the 56 others are from
    # "Femi O SPHRi, CPHR", whose profile URL is in 19 of the 28 conversations (no Profile.csv here).
    assert len(account.messages) == 56
    assert directions(account.messages) == {"sent": 26, "received": 30}
    # Connections.csv: 20 rows after the "Notes:" preamble, each with a `Connected On` date.
    assert len(account.follows) == 20 and all(f.direction == "in" and f.created_at for f in account.follows)
    assert account.name == "Femi O SPHRi, CPHR"
    assert account.profiles[0].url == "https://www.linkedin.com/in/femi-o-sphri-cphr-57191289"
    by_id = {post.id: post for post in account.posts if post.id}
    shouting = by_id["urn:li:share:7338391302646001665"]
    assert shouting.text.startswith("Does 𝗦𝗛𝗢𝗨𝗧𝗜𝗡𝗚 at LLMs help? (Yes, a little.)\n\nAfter testing jailbreaking")
    assert shouting.text.endswith("Code: https://lnkd.in/eQpqaS58")
    assert shouting.created_at == datetime(2025, 6, 11, 2, 27, 7, tzinfo=UTC)
    # The 5 thumbnail rows are one post: its text's links, then its SharedUrl, once.
    assert by_id["urn:li:share:6773073563034509312"].links == (
        "https://lnkd.in/g7RKc3G", "https://lnkd.in/gNUzAKd", "https://youtu.be/bjanNXXwQbo")
    assert not any('"\n"' in post.text for post in account.posts)
    assert not any('\\"' in post.text for post in account.posts)
    comments = {post.created_at: post for post in account.posts if post.kind == "comment"}
    assert comments[datetime(2025, 5, 1, 12, 15, 5, tzinfo=UTC)].text == '"No" 🙂'
    # Person H: connected on 17 Jun 2020, a templated DM sent the same day.
    connection = next(f for f in account.follows if f.counterpart == "Person H")
    first_dm = next(m for m in account.messages if m.counterpart == "Person H" and m.direction == "sent")
    assert connection.created_at.date() == first_dm.created_at.date() == datetime(2020, 6, 17).date()
    assert first_dm.text.startswith("Dear Person H,")


def test_share_text_repair():
    assert repair_share_text('One"\n""\n"Two') == "One\n\nTwo"
    assert repair_share_text('Say "hi""\n"Bye') == 'Say "hi"\nBye'
    assert repair_share_text("single line") == "single line"
    assert repair_share_text("no\nartefact") == "no\nartefact"


def test_comment_records_recover_the_broken_escaping():
    text = (FIXTURES / "linkedin-export" / "Comments.csv").read_text(encoding="utf-8")
    assert len(list(csv.DictReader(text.splitlines(keepends=True)))) == 5
    assert len(list(comment_records(text))) == 4


def test_find_owner_prefers_the_sender_in_most_conversations():
    def row(conversation, sender, url, to):
        return {"CONVERSATION ID": conversation, "FROM": sender, "SENDER PROFILE URL": url, "TO": to}

    rows = [row("1", "Ann", "https://www.linkedin.com/in/ann", "Bob"),
            row("1", "Bob", "https://www.linkedin.com/in/bob", "Ann"),
            row("1", "Bob", "https://www.linkedin.com/in/bob", "Ann"),
            row("2", "Cat", "https://www.linkedin.com/in/cat", "Ann"),
            row("3", "LinkedIn Member", "", "Ann")]
    assert find_owner(rows) == "Ann"  # in 3 conversations; Bob sent more, but in 1 conversation only
    assert find_owner([row("1", "LinkedIn Member", "", "Ann")]) is None


def test_bad_inputs(tmp_path):
    with pytest.raises(InputError, match="not a LinkedIn export"):
        importer.load(tmp_path)
    export = copy(OWN, tmp_path / "export")
    (export / "Shares.csv").write_text("When,What\n2025-01-01,hello\n")
    with pytest.raises(InputError, match=r"Shares\.csv: missing column\(s\) Date, ShareLink, ShareCommentary"):
        importer.load(export)
    (export / "Shares.csv").write_bytes(b"Date,ShareLink,ShareCommentary\n\xff\xfe\n")
    with pytest.raises(InputError, match=r"Shares\.csv: not UTF-8 text"):
        importer.load(export)
