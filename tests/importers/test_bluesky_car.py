"""The Bluesky repository (CAR) importer: the shared real export, repositories we build, damaged files."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from credscore.errors import InputError
from credscore.importers import bluesky_car, detect_importer
from credscore.importers.bluesky_car import BlueskyCarImporter, post_links, read_repository, web_page
from tests.importers.bluesky_car_builder import DID, build_car
from tests.importers.helpers import assert_round_trips, kinds

importer = BlueskyCarImporter()
SHARED_DID = "did:plc:nhxcyu4ewwhl5pqil4dotqjo"
CREATED = "2025-03-01T10:00:00.000Z"


def shared_car(shared_dir):
    (path,) = (shared_dir / "fixtures" / "bluesky-car").glob("*.car")
    return path


def sources(account) -> dict:
    (source,) = account.model_extra["sources"]
    return source


def test_shared_real_export(shared_dir):
    path = shared_car(shared_dir)
    assert detect_importer(path).name == "bluesky-car"
    account = importer.load(path)
    assert_round_trips(account)
    assert (account.id, account.name) == (f"bluesky:{SHARED_DID}", "now roaming free")
    # 23 post records (2 of them replies), 1 repost, 3 follows; 2 likes and 8 other-app records noted.
    assert kinds(account) == {"post": 21, "reply": 2, "repost": 1}
    assert len(account.follows) == 3
    assert {(follow.direction, follow.platform) for follow in account.follows} == {("out", "bluesky")}
    assert all(follow.counterpart.startswith("did:plc:") and follow.created_at for follow in account.follows)
    (profile,) = account.profiles
    assert (profile.handle, profile.bio, profile.has_avatar, profile.posts_count, profile.following) == (
        SHARED_DID, "yup", True, 23, 3)
    assert profile.followers is None  # a repository holds no followers
    source = sources(account)
    assert source["complete"] is True
    assert "likes left out (not publications): 2" in source["note"]
    assert ("records of other collections left out: 8 (blue.linkat.board 1, com.atproto.lexicon.record 1, "
            "com.atproto.lexicon.schema 5, net.bnewbold.demo.mushroom 1)") in source["note"]
    posts = {post.id.rsplit("/", 1)[1]: post for post in account.posts}
    shortened = posts["3lj2ex7vyjc2h"]
    assert shortened.text == "github.com/bluesky-soci..."  # the text shows a shortened link, the facet holds it whole
    assert shortened.links == ("https://github.com/bluesky-social/indigo/blob/main/atproto/identity/base_directory"
                               ".go#L44",)
    assert shortened.kind == "reply" and [media.kind for media in shortened.media] == ["image"]
    (image_only,) = (post for post in account.posts if post.text == "" and post.kind != "repost")
    assert image_only.kind == "reply" and image_only.media
    (repost,) = (post for post in account.posts if post.kind == "repost")
    assert repost.id == "at://did:plc:xgs3qrwos3dwxmixoflcxrhu/app.bsky.feed.post/3kly6ksx2kk27"
    assert repost.links == ("https://bsky.app/profile/did:plc:xgs3qrwos3dwxmixoflcxrhu/post/3kly6ksx2kk27",)
    assert repost.created_at == datetime(2024, 2, 22, 6, 37, 22, 782000, tzinfo=UTC)
    times = [post.created_at for post in account.posts]
    assert times == sorted(times) and all(times)


def test_six_fractional_digits(shared_dir):
    account = importer.load(shared_car(shared_dir))
    (blah,) = (post for post in account.posts if post.text == "blah")
    assert blah.created_at == datetime(2024, 8, 28, 3, 43, 5, 853765, tzinfo=UTC)


def _post(text: str, **fields) -> dict:
    return {"$type": "app.bsky.feed.post", "text": text, "createdAt": CREATED, **fields}


CAFE = "Café ☕ à lire : exemple.fr/art…"
RECORDS = [
    ("app.bsky.actor.profile/self", {"$type": "app.bsky.actor.profile", "displayName": "Ada Exemple",
                                     "description": "Ingénieure. Builds reproductibles.",
                                     "createdAt": "2023-05-01T10:00:00.000Z"}),
    # A link facet after non-ASCII text: its offsets count UTF-8 bytes; the link comes from the facet, whole.
    ("app.bsky.feed.post/3aaa0000001", _post(CAFE, facets=[{
        "index": {"byteStart": len("Café ☕ à lire : ".encode()), "byteEnd": len(CAFE.encode())},
        "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://exemple.fr/articles/2025/builds"}]}])),
    ("app.bsky.feed.post/3aaa0000002", _post("Reply", reply={
        "root": {"uri": "at://did:plc:other/app.bsky.feed.post/1", "cid": "bafy"},
        "parent": {"uri": "at://did:plc:other/app.bsky.feed.post/1", "cid": "bafy"}})),
    ("app.bsky.feed.post/3aaa0000003", _post("", embed={"$type": "app.bsky.embed.video", "video": {}})),
    ("app.bsky.feed.post/3aaa0000004", _post("Quote with a card", embed={
        "$type": "app.bsky.embed.recordWithMedia",
        "record": {"$type": "app.bsky.embed.record", "record": {"uri": "at://x/app.bsky.feed.post/1", "cid": "b"}},
        "media": {"$type": "app.bsky.embed.external",
                  "external": {"uri": "https://blog.example/post", "title": "t", "description": ""}}})),
    ("app.bsky.feed.post/3aaa0000005", _post("Two photos", embed={
        "$type": "app.bsky.embed.images", "images": [{"alt": ""}, {"alt": "b"}]})),
    ("app.bsky.feed.repost/3aaa0000006", {"$type": "app.bsky.feed.repost", "createdAt": CREATED,
                                          "subject": {"uri": "at://did:plc:bob/app.bsky.feed.post/3zz", "cid": "b"}}),
    ("app.bsky.feed.like/3aaa0000007", {"$type": "app.bsky.feed.like", "createdAt": CREATED,
                                        "subject": {"uri": "at://did:plc:bob/app.bsky.feed.post/3zz", "cid": "b"}}),
    *[(f"app.bsky.graph.follow/3aaa000001{n}", {"$type": "app.bsky.graph.follow", "subject": f"did:plc:f{n}",
                                                "createdAt": f"2025-02-0{n + 1}T08:00:00Z"}) for n in range(4)],
    ("app.bsky.graph.block/3aaa0000020", {"$type": "app.bsky.graph.block", "subject": "did:plc:troll"}),
    ("com.example.recipe/3aaa0000021", {"$type": "com.example.recipe", "name": "soupe"}),
]


def test_own_repository(tmp_path):
    path = tmp_path / "ada.car"
    path.write_bytes(build_car(RECORDS))
    assert importer.detect(path)
    account = importer.load(path)
    assert_round_trips(account)
    assert (account.id, account.name) == (f"bluesky:{DID}", "Ada Exemple")
    assert kinds(account) == {"post": 4, "reply": 1, "repost": 1}
    posts = {post.id.rsplit("/", 1)[1]: post for post in account.posts}
    cafe = posts["3aaa0000001"]
    assert (cafe.text, cafe.links) == (CAFE, ("https://exemple.fr/articles/2025/builds",))
    assert cafe.id == f"at://{DID}/app.bsky.feed.post/3aaa0000001"
    assert cafe.model_extra == {"url": f"https://bsky.app/profile/{DID}/post/3aaa0000001"}
    assert posts["3aaa0000002"].kind == "reply"
    assert [media.kind for media in posts["3aaa0000003"].media] == ["video"]
    assert posts["3aaa0000004"].links == ("https://blog.example/post",) and posts["3aaa0000004"].media is None
    assert [media.kind for media in posts["3aaa0000005"].media] == ["image", "image"]
    repost = posts["3zz"]
    assert (repost.kind, repost.text, repost.links) == (
        "repost", "", ("https://bsky.app/profile/did:plc:bob/post/3zz",))
    assert [follow.counterpart for follow in account.follows] == [f"did:plc:f{n}" for n in range(4)]
    (profile,) = account.profiles
    assert (profile.bio, profile.has_avatar, profile.posts_count, profile.following) == (
        "Ingénieure. Builds reproductibles.", False, 5, 4)
    assert profile.created_at == datetime(2023, 5, 1, 10, tzinfo=UTC)
    source = sources(account)
    assert source["complete"] is True
    assert source["note"] == ("a repository holds no followers and no like/repost counts; likes left out "
                              "(not publications): 1; records of other collections left out: 2 "
                              "(app.bsky.graph.block 1, com.example.recipe 1)")


def test_every_record_of_a_deep_tree_is_read():
    records = [(f"app.bsky.feed.post/3b{n:05d}", _post(f"post {n}")) for n in range(200)]
    account = read_repository(build_car(records), "deep.car")
    assert sorted(post.text for post in account.posts) == sorted(f"post {n}" for n in range(200))


def test_the_account_id_can_be_given():
    account = read_repository(build_car(RECORDS), "x.car", account_id="ada")
    assert account.id == "ada"


def test_without_profile_record():
    account = read_repository(build_car([("app.bsky.feed.post/3c1", _post("hi"))]), "x.car")
    (profile,) = account.profiles
    assert (account.name, profile.has_avatar, profile.handle) == (None, None, DID)


def test_an_empty_repository():
    account = read_repository(build_car([]), "empty.car")
    assert (account.posts, account.follows) == ((), ())
    assert sources(account)["complete"] is True


def test_records_missing_from_the_file_make_it_incomplete():
    data = build_car(RECORDS, drop_records=["app.bsky.feed.post/3aaa0000002", "app.bsky.graph.follow/3aaa0000010"])
    account = read_repository(data, "partial.car")
    assert kinds(account) == {"post": 4, "repost": 1}
    source = sources(account)
    assert source["complete"] is False
    assert "the file lacks 2 record(s) and 0 tree node(s)" in source["note"]


def test_records_of_the_wrong_shape_are_left_out_and_counted():
    records = [("app.bsky.feed.repost/3d1", {"$type": "app.bsky.feed.repost", "subject": "not an object"}),
               ("app.bsky.graph.follow/3d2", {"$type": "app.bsky.graph.follow", "subject": 42}),
               ("app.bsky.feed.post/3d3", {"$type": "app.bsky.feed.post", "text": 7, "createdAt": "yesterday"}),
               ("app.bsky.feed.post/3d4", [1, 2])]
    account = read_repository(build_car(records), "odd.car")
    (post,) = account.posts
    assert (post.text, post.created_at) == ("", None)  # a bad value loses that value, not the record
    assert "unreadable records left out: 3 (app.bsky.feed.post 1, app.bsky.feed.repost 1, app.bsky.graph.follow 1)" \
        in sources(account)["note"]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "not a Bluesky repository export (no CAR v1 header)"),
    (b'{"posts": []}', "not a Bluesky repository export (no CAR v1 header)"),
    (b"\xff" * 40, "not a Bluesky repository export (no CAR v1 header)"),
])
def test_not_a_car(tmp_path, data, message):
    path = tmp_path / "repo.car"
    path.write_bytes(data)
    assert importer.detect(path)  # by its name: then a clear error rather than "no format matches"
    with pytest.raises(InputError) as caught:
        importer.load(path)
    assert str(caught.value) == f"{path}: {message}"


@pytest.mark.parametrize("cut", [0.5, 0.9, 0.999])
def test_a_truncated_export_is_one_clear_line(tmp_path, cut):
    data = build_car(RECORDS)
    path = tmp_path / "repo.car"
    path.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(InputError) as caught:
        importer.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: damaged repository export (CAR): Failed to read") and "\n" not in message


def test_a_root_that_is_no_commit(tmp_path):
    from tests.importers.bluesky_car_builder import CarBuilder

    builder = CarBuilder()
    data = builder.car(builder.put({"hello": "world"}))
    with pytest.raises(InputError, match="its root is not a repository commit"):
        read_repository(data, "x.car")


def test_an_unknown_repository_version():
    with pytest.raises(InputError, match="repository version 99 is not one credscore reads"):
        read_repository(build_car(RECORDS, version=99), "x.car")


def test_a_commit_without_did():
    with pytest.raises(InputError, match="the commit names no account"):
        read_repository(build_car(RECORDS, did="nobody"), "x.car")


def test_detection(tmp_path):
    saved = tmp_path / "repo"  # getRepo saved by hand, without a suffix: found by its header
    saved.write_bytes(build_car(RECORDS))
    assert importer.detect(saved) and detect_importer(saved).name == "bluesky-car"
    other = tmp_path / "notes.bin"
    other.write_bytes(b"\x0a" + b"\x00" * 20)
    assert not importer.detect(other)
    assert not importer.detect(tmp_path)
    assert not importer.detect(tmp_path / "missing.car")


def test_a_folder_is_refused_clearly(tmp_path):
    with pytest.raises(InputError, match=r"not a file; a Bluesky repository export is one \.car file"):
        importer.load(tmp_path)


def test_the_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.car"
    path.write_bytes(build_car(RECORDS))
    monkeypatch.setattr(bluesky_car, "MAX_MEMBER_BYTES", 100)
    with pytest.raises(InputError, match="larger than 100 bytes; refusing to read it"):
        importer.load(path)


def test_the_tree_node_limit(monkeypatch):
    monkeypatch.setattr(bluesky_car, "MAX_TREE_NODES", 3)
    records = [(f"app.bsky.feed.post/3e{n:03d}", _post(f"post {n}")) for n in range(50)]
    with pytest.raises(InputError, match="more than 3 tree nodes"):
        read_repository(build_car(records), "x.car")


def test_over_the_post_limit_the_most_recent_are_kept(monkeypatch):
    from credscore.importers import _common

    monkeypatch.setattr(_common, "MAX_POSTS", 3)
    records = [(f"app.bsky.feed.post/3f{n}", _post(f"post {n}", createdAt=f"2025-01-0{n + 1}T00:00:00Z"))
               for n in range(6)]
    account = read_repository(build_car(records), "x.car")
    assert [post.text for post in account.posts] == ["post 3", "post 4", "post 5"]
    assert sources(account)["complete"] is False
    assert account.profiles[0].posts_count == 6  # what the repository holds, beyond what was kept


@pytest.mark.parametrize(("uri", "page"), [
    ("at://did:plc:bob/app.bsky.feed.post/3zz", "https://bsky.app/profile/did:plc:bob/post/3zz"),
    ("at://bob.example/app.bsky.feed.post/3zz", "https://bsky.app/profile/bob.example/post/3zz"),
    ("at://did:plc:bob/app.bsky.feed.generator/hot", None),
    ("at://did:plc:bob/app.bsky.feed.post/", None),
    ("https://bsky.app/profile/bob/post/3zz", None),
    ("at:///app.bsky.feed.post/3zz", None),
])
def test_web_page(uri, page):
    assert web_page(uri) == page


@pytest.mark.parametrize(("record", "links"), [
    ({}, []),
    ({"facets": [{"features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:x"}]}]}, []),
    ({"facets": [{"features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://a.example/"}]},
                 {"features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://a.example/"}]}]},
     ["https://a.example/"]),
    ({"facets": [{"features": [{"$type": "app.bsky.richtext.facet#link", "uri": "javascript:alert(1)"}]}]}, []),
    ({"facets": "oops", "embed": {"$type": "app.bsky.embed.external", "external": {"uri": "https://b.example/x"}}},
     ["https://b.example/x"]),
    ({"embed": {"$type": "app.bsky.embed.external", "external": None}}, []),
])
def test_post_links(record, links):
    assert post_links(record) == links


def test_likes_are_not_posts():
    likes = [(f"app.bsky.feed.like/3g{n}", {"$type": "app.bsky.feed.like", "createdAt": CREATED,
                                           "subject": {"uri": f"at://did:plc:x/app.bsky.feed.post/{n}", "cid": "b"}})
             for n in range(5)]
    account = read_repository(build_car(likes), "x.car")
    assert account.posts == ()
    assert "likes left out (not publications): 5" in sources(account)["note"]


def test_no_other_importer_claims_a_repository_and_no_other_export_is_taken_for_one(shared_dir, tmp_path):
    from credscore.importers import registered_importers

    car = tmp_path / "ada.car"
    car.write_bytes(build_car(RECORDS))
    others = [other for other in registered_importers() if other.name != "bluesky-car"]
    for path in (car, shared_car(shared_dir)):
        assert [other.name for other in others if other.detect(path)] == []
    fixtures = shared_dir / "fixtures"
    exports = [path for path in sorted(fixtures.rglob("*")) if path.suffix != ".car"]
    assert len(exports) > 30 and not [path for path in exports if importer.detect(path)]
