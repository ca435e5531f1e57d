"""Media (account format 1.1): what a post carries besides its text, filled by every importer and connector.

A captionless photo is a media post, not a link post: its t.co link (X) is the photo's, not a link shared.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from credscore.connectors.bluesky import feed_item_to_post
from credscore.connectors.mastodon import status_to_post
from credscore.importers import get_importer
from credscore.importers._common import media_kind
from tests.importers.helpers import FIXTURES, assert_round_trips, copy


@pytest.mark.parametrize(("kind", "mime", "url", "expected"), [
    ("photo", None, None, "image"),
    ("video", None, None, "video"),
    ("animated_gif", None, None, "video"),  # X plays a GIF as a looping video
    ("gifv", None, None, "video"),  # Mastodon API
    ("Audio", None, None, "audio"),
    ("unknown", "image/png", None, "image"),
    (None, "video/mp4", None, "video"),
    (None, "audio/ogg", None, "audio"),
    (None, "application/pdf", "/files/report.pdf", "other"),
    (None, None, "posts/media/Album_1/photo.JPG", "image"),
    (None, None, "https://cdn.example/v/clip.mp4?sig=1", "video"),
    (None, None, None, "other"),
])
def test_media_kind(kind, mime, url, expected):
    assert media_kind(kind, mime=mime, url=url) == expected


def test_own_x_archive_photo_is_media_not_a_link():
    account = get_importer("twitter-archive").load(FIXTURES / "twitter-archive")
    photo = next(post for post in account.posts if post.id == "1610000000000000005")
    assert photo.text == "Morning view from the office https://t.co/PhotoLink1"  # the text as written
    assert photo.links == ()
    assert [(media.kind, media.url) for media in photo.media] == [("image", "https://pbs.twimg.com/media/Gx0example.jpg")]
    assert sum(1 for post in account.posts if post.media) == 1
    assert_round_trips(account)


def test_x_media_link_listed_among_urls_is_not_a_link(tmp_path):
    archive = copy(FIXTURES / "twitter-archive", tmp_path / "archive")
    tweets = archive / "data" / "tweets.js"
    text = tweets.read_text(encoding="utf-8")
    prefix, _, body = text.partition("= ")
    data = json.loads(body)
    tweet = next(item["tweet"] for item in data if item["tweet"]["id_str"] == "1610000000000000005")
    # Some archives also list the media's t.co link among the URLs, and keep several photos only in
    # extended_entities (entities.media has the first): every photo is media, and none is a link.
    tweet["entities"]["urls"] = [{"url": "https://t.co/PhotoLink1", "expanded_url":
                                  "https://x.com/janedoe_data/status/1610000000000000005/photo/1"}]
    first = tweet["extended_entities"]["media"][0]
    tweet["entities"]["media"] = [first]
    second = {**first, "id_str": "99", "media_url_https": "https://pbs.twimg.com/media/b.jpg"}
    video = {**first, "id_str": "98", "type": "video", "video_info": {"variants": [
        {"content_type": "application/x-mpegURL", "url": "https://video.twimg.com/v.m3u8"},
        {"content_type": "video/mp4", "bitrate": "256000", "url": "https://video.twimg.com/low.mp4"},
        {"content_type": "video/mp4", "bitrate": "2176000", "url": "https://video.twimg.com/high.mp4"}]}}
    tweet["extended_entities"] = {"media": [first, second, video]}
    tweets.write_text(f"{prefix}= {json.dumps(data)}", encoding="utf-8")
    photo = next(post for post in get_importer("twitter-archive").load(archive).posts
                 if post.id == "1610000000000000005")
    assert photo.links == ()
    assert [(media.kind, media.url) for media in photo.media] == [
        ("image", "https://pbs.twimg.com/media/Gx0example.jpg"), ("image", "https://pbs.twimg.com/media/b.jpg"),
        ("video", "https://video.twimg.com/high.mp4")]


def test_shared_x_archive_media(shared_dir):
    # The README: 10 tweets with media, 8 photos and 2 videos; the links stay those of entities.urls.
    account = get_importer("twitter-archive").load(shared_dir / "fixtures" / "twitter-archive")
    with_media = [post for post in account.posts if post.media]
    assert len(with_media) == 10
    assert Counter(media.kind for post in with_media for media in post.media) == {"image": 8, "video": 2}
    assert not any("t.co/" in link for post in account.posts for link in post.links or ())
    # a reply whose only link-like text is a photo's t.co: no link
    assert next(post for post in account.posts if post.id == "2029903943413772741").links == ()
    assert_round_trips(account)


def test_mastodon_archive_attachments(shared_dir):
    own = get_importer("mastodon-archive").load(FIXTURES / "mastodon-archive")
    chart = next(post for post in own.posts if post.text == "Chart of the week")
    assert [(media.kind, media.url) for media in chart.media] == [
        ("image", "/fosstodon/media_attachments/files/110/000/000/000/000/007/original/chart.png")]
    assert sum(1 for post in own.posts if post.media) == 1
    shared = get_importer("mastodon-archive").load(shared_dir / "fixtures" / "mastodon-archive")
    kinds = Counter(media.kind for post in shared.posts for media in post.media or ())
    assert sum(1 for post in shared.posts if post.media) == 10 and set(kinds) == {"image", "video"}
    assert_round_trips(shared)


def test_facebook_photos_and_videos(shared_dir):
    own = get_importer("facebook-export").load(FIXTURES / "facebook-export")
    assert [(post.text, [media.kind for media in post.media]) for post in own.posts if post.media] == [
        ("Café", ["image"])]
    shared = get_importer("facebook-export").load(shared_dir / "fixtures" / "facebook-export")
    kinds = Counter(media.kind for post in shared.posts for media in post.media or ())
    assert kinds == {"image": 6, "video": 1}
    # a post with no text and only a video: a media post, no link
    video = next(post for post in shared.posts if post.media and post.media[0].kind == "video")
    assert (video.text, video.links) == ("", ())


def test_linkedin_uploaded_image_is_media_but_a_link_preview_is_not(tmp_path):
    export = copy(FIXTURES / "linkedin-export", tmp_path / "export")
    shares = export / "Shares.csv"
    shares.write_text(shares.read_text(encoding="utf-8") + (
        "2025-04-01 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7310000000000000009,"
        '"Our new office",,https://media.licdn.com/dms/image/v2/D4E22AQ/feedshare-shrink_800/0/1?e=1,MEMBER_NETWORK\n'),
        encoding="utf-8")
    account = get_importer("linkedin-export").load(export)
    office = next(post for post in account.posts if post.text == "Our new office")
    assert [media.kind for media in office.media] == ["image"] and office.links == ()
    # the shared fixture's MediaUrl images all come with a SharedUrl: the preview of the page shared
    assert [post for post in account.posts if post.media] == [office]
    assert office.model_extra["url"].endswith("7310000000000000009")


def test_bluesky_embedded_images(shared_dir):
    feed = json.loads((shared_dir / "fixtures" / "bluesky-api" / "getAuthorFeed.json").read_text(encoding="utf-8"))
    posts = [feed_item_to_post(item) for item in feed["feed"]]
    with_media = [post for post in posts if post["media"]]
    assert len(with_media) == 9
    assert all(media["kind"] == "image" and media["url"].startswith("https://cdn.bsky.app/img/feed_fullsize/")
               for post in with_media for media in post["media"])
    assert any(post["text"] == "" for post in with_media)  # an image-only post
    assert not any(post["media"] for post in posts if post["links"])  # external link cards are links, not media


@pytest.mark.parametrize(("embed", "expected"), [
    ({"$type": "app.bsky.embed.video#view", "playlist": "https://video.bsky.app/p.m3u8"},
     [{"kind": "video", "url": "https://video.bsky.app/p.m3u8"}]),
    ({"$type": "app.bsky.embed.recordWithMedia#view", "record": {}, "media": {
        "$type": "app.bsky.embed.images#view", "images": [{"fullsize": "https://cdn.example/a"}]}},
     [{"kind": "image", "url": "https://cdn.example/a"}]),
    ({"$type": "app.bsky.embed.external#view", "external": {"uri": "https://example.org"}}, None),
])
def test_bluesky_embed_kinds(embed, expected):
    item = {"post": {"uri": "at://did:plc:x/app.bsky.feed.post/1", "record": {"text": ""}, "embed": embed}}
    assert feed_item_to_post(item)["media"] == expected


def test_mastodon_api_attachments():
    status = {"id": "9", "content": "<p></p>", "created_at": "2025-01-01T00:00:00Z", "media_attachments": [
        {"type": "image", "url": "https://files.example/a.png"}, {"type": "gifv", "url": "https://files.example/b.mp4"},
        {"type": "unknown", "url": "https://files.example/c.bin"}]}
    assert status_to_post(status)["media"] == [
        {"kind": "image", "url": "https://files.example/a.png"}, {"kind": "video", "url": "https://files.example/b.mp4"},
        {"kind": "other", "url": "https://files.example/c.bin"}]
    assert status_to_post({**status, "media_attachments": []})["media"] is None
