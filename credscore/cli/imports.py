"""``credscore import``: a person's exports, feeds and public accounts -> one account document."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

PathsArgument = Annotated[list[Path] | None, typer.Argument(
    metavar="PATH", show_default=False,
    help="Exports to import (a folder or the .zip as downloaded); the format is detected.")]


def import_(
    account_id: Annotated[str, typer.Option("--id", help="The id of the account in the document written.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the account document (.json); its "
                                         "folder must exist.")],
    paths: PathsArgument = None,
    source: Annotated[str | None, typer.Option(
        "--source", help="The format of every PATH, when detection is not enough (e.g. twitter-archive).")] = None,
    twitter_archive: Annotated[list[Path] | None, typer.Option(
        "--twitter-archive", show_default=False, help="An X (Twitter) archive: folder or .zip.")] = None,
    mastodon_archive: Annotated[list[Path] | None, typer.Option(
        "--mastodon-archive", show_default=False, help="A Mastodon archive (outbox.json): folder or .zip.")] = None,
    linkedin_export: Annotated[list[Path] | None, typer.Option(
        "--linkedin-export", show_default=False, help="A LinkedIn data export (CSV files): folder or .zip.")] = None,
    facebook_export: Annotated[list[Path] | None, typer.Option(
        "--facebook-export", show_default=False, help="A Facebook export (JSON format): folder or .zip.")] = None,
    instagram_export: Annotated[list[Path] | None, typer.Option(
        "--instagram-export", show_default=False,
        help="An Instagram export (JSON format), with its Threads part if any: folder or .zip.")] = None,
    threads_export: Annotated[list[Path] | None, typer.Option(
        "--threads-export", show_default=False, help="The Threads part of a Meta export: folder or .zip.")] = None,
    tiktok_export: Annotated[list[Path] | None, typer.Option(
        "--tiktok-export", show_default=False,
        help="A TikTok export (JSON format): user_data_tiktok.json, its folder or .zip.")] = None,
    youtube_takeout: Annotated[list[Path] | None, typer.Option(
        "--youtube-takeout", show_default=False, help="YouTube in a Google Takeout: folder or .zip.")] = None,
    rss: Annotated[list[str] | None, typer.Option(
        "--rss", show_default=False, help="An RSS or Atom feed: URL or file.")] = None,
    mastodon: Annotated[list[str] | None, typer.Option(
        "--mastodon", show_default=False, help="A Mastodon account, @user@instance (public API).")] = None,
    bluesky: Annotated[list[str] | None, typer.Option(
        "--bluesky", show_default=False, help="A Bluesky handle (public API).")] = None,
    youtube: Annotated[list[str] | None, typer.Option(
        "--youtube", show_default=False, help="A YouTube channel id (UC…) or @handle: its latest videos (public feed).")
    ] = None,
) -> None:
    """Import a person's exports, feeds and public accounts into one account document, ready to score.

    Every option can be repeated. The same post found in two sources is kept once.
    """
    from credscore.atomic import check_output_folder
    from credscore.importers.commands import import_accounts, summarise, write_account

    check_output_folder(output)  # before any import or fetch, not after
    exports = {"twitter-archive": twitter_archive or [], "mastodon-archive": mastodon_archive or [],
               "linkedin-export": linkedin_export or [], "facebook-export": facebook_export or [],
               "instagram-export": instagram_export or [], "threads-export": threads_export or [],
               "tiktok-export": tiktok_export or [], "youtube-takeout": youtube_takeout or []}
    connectors = {"rss": rss or [], "mastodon": mastodon or [], "bluesky": bluesky or [], "youtube": youtube or []}
    imported, account = import_accounts(account_id, paths or [], source=source, exports=exports,
                                        connectors=connectors)
    write_account(account, output)
    typer.echo(summarise(imported, account, output), err=True)


def register(app: typer.Typer) -> None:
    app.command("import")(import_)
