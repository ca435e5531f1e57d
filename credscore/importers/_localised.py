"""The names platforms give, in the account's language, to the files, folders, columns and labels importers read.

Google Takeout names YouTube's folders, files and CSV columns in the account's language; Meta's export keeps
its file names and JSON structure in English but writes the labels of its forms (``string_map_data`` keys such
as ``Username``) in the account's language. Each importer matches the English name *and* the localised names
below, by meaning: a localised column is renamed to the English one it stands for as the file is read.

Only names seen in real exports, or in code that parses real exports, are listed (where each was found is
written beside it); a name that was guessed is not. An export in a language missing here is still read where
its structure allows (subscriptions by column position), and otherwise its file is named in one clear line
with the columns it has, the rest of the export imported.

All keys are compared after :func:`fold`: case folded, runs of spaces collapsed, typographic apostrophes made
straight (the same header has been seen written with ``'`` and ``’``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["META_LABELS", "YOUTUBE_COLUMNS", "YOUTUBE_FILES", "fold", "meta_labels", "youtube_column"]

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


def fold(name: str) -> str:
    """``name`` as compared: BOM and outer spaces stripped, spaces collapsed, apostrophes straight, case folded."""
    return _SPACES.sub(" ", name.lstrip("\ufeff").translate(_APOSTROPHES)).strip().casefold()


# --- Google Takeout, YouTube ---------------------------------------------------------------------------------

YOUTUBE_FILES: Mapping[str, tuple[str, ...]] = {
    # "<folder>/<file>" in each language, English first. Sources:
    #   fr  chaînes/chaîne.csv, métadonnées des vidéos/vidéos.csv: simulot/TakeoutLocalization
    #       localizations/YouTube.json ("translations based on the actual files delivered by the Takeout service");
    #       abonnements/abonnements.csv: tests of two independent Takeout importers (a Kotlin YoutubeTakeoutParser
    #       test, a TypeScript takeout.importSubscriptions test), and a script skipping its "ID des chaînes" header.
    #   de  Kommentare/Kommentare.csv, Abos/Abos.csv: the d3i data-donation Google script (DDP categories and
    #       base paths "Takeout/YouTube und YouTube Music/Kommentare/", ".../Abos/") and a Python Takeout bundle
    #       importer (rglob("Abos.csv"), rglob("Kommentare.csv"), "Video-Metadaten"/"Videos.csv", "Videotexte.csv");
    #       Kanäle/Kanal.csv, Livechats/Livechats.csv: a PHP Takeout importer's German fixture.
    #   es  comentarios/comentarios.csv, suscripciones/suscripciones.csv: the d3i script ("Takeout/YouTube y
    #       YouTube Music/comentarios/", ".../suscripciones/"); a Spanish README ("Te baja un suscripciones.csv").
    #   nl  reacties/reacties.csv, abonnementen/abonnementen.csv: the d3i script.
    "channel": ("channels/channel.csv", "chaînes/chaîne.csv", "kanäle/kanal.csv"),
    "channel urls": ("channels/channel url configs.csv",),
    "videos": ("video metadata/videos.csv", "métadonnées des vidéos/vidéos.csv", "video-metadaten/videos.csv"),
    "video texts": ("video metadata/video texts.csv", "video-metadaten/videotexte.csv"),
    "comments": ("comments/comments.csv", "kommentare/kommentare.csv", "comentarios/comentarios.csv",
                 "reacties/reacties.csv"),
    "live chats": ("live chats/live chats.csv", "livechats/livechats.csv"),
    "subscriptions": ("subscriptions/subscriptions.csv", "abonnements/abonnements.csv", "abos/abos.csv",
                      "suscripciones/suscripciones.csv", "abonnementen/abonnementen.csv"),
}

YOUTUBE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    # The English column (as the importer reads it, folded) -> its names in other languages. Sources:
    #   fr  channel.csv / videos.csv columns: simulot/TakeoutLocalization (above); subscriptions columns: the two
    #       importer tests above ("ID des chaînes,URL des chaînes,Titres des chaînes") and the d3i YouTube
    #       script's keys ("ID des cha.*", "Titres des cha.*").
    #   de  comments columns: a YouTube comment cleaner's multi-language header table and its German demo file
    #       (hyp3r-dev/utube-comment-cleaner), a Python Takeout bundle importer (row.get("Kommentar-ID"), …) and the
    #       d3i YouTube extraction ("Zeitstempel der Erstellung des Kommentars"); subscriptions "Kanal-ID,
    #       Kanal-URL,Kanaltitel": a Dart and a JavaScript Takeout reader's tests and the d3i recipe; channel and
    #       live-chat columns: the PHP importer's German fixture.
    #   nl  subscriptions "Kanaal-URL", "Kanaaltitel": the d3i recipe (the id column is taken by position).
    "channel id": ("id de la chaîne", "id des chaînes", "kanal-id"),
    "channel url": ("url des chaînes", "kanal-url", "kanaal-url"),
    "channel title": ("titres des chaînes", "kanaltitel", "kanaaltitel"),
    "channel title (original)": ("titre de la chaîne (d'origine)", "kanaltitel (original)"),
    "channel visibility": ("visibilité de la chaîne",),
    "channel description (original)": ("kanalbeschreibung (original)",),
    "video id": ("id vidéo", "video-id"),
    "video title (original)": ("titre de la vidéo (d'origine)",),
    "video create timestamp": ("code temporel de création de la vidéo",),
    "comment id": ("kommentar-id",),
    "comment create timestamp": ("zeitstempel der erstellung des kommentars",),
    "comment text": ("kommentartext",),
    "post id": ("beitrags-id",),
    "price": ("preis",),
    "live chat id": ("live-chat-id",),
    "live chat text": ("text für den live-chat",),
}

_COLUMN_OF = {fold(alias): english for english, aliases in YOUTUBE_COLUMNS.items() for alias in aliases}


def youtube_column(name: str) -> str:
    """A Takeout column header, folded, as the English column it stands for (itself when not a known alias)."""
    folded = fold(name)
    return _COLUMN_OF.get(folded, folded)


# --- Meta (Instagram, Threads) -------------------------------------------------------------------------------

META_LABELS: Mapping[str, tuple[str, ...]] = {
    # The English label of a ``string_map_data`` / ``media_map_data`` field -> its names in other languages.
    # Labels are also matched without regard to case: newer exports write "Profile photo" where older ones wrote
    # "Profile Photo" (greg-randall/memento-mori issue 12, on a February 2026 export). Sources:
    #   es  "Nombre de usuario", "Nombre": vantezzen/ig-wrapped pull request 8 ("Handle Spanish field names").
    #   it  "Nome utente", "Nome", "Biografia", "Account privato", "Orario": an Instagram export parser's
    #       per-language label table (ConfigInstagram, "the specific ones present into Instagram's JSON files").
    # No French labels could be verified: a French export whose labels are French is read without them, and the
    # source note says which labels were not understood.
    "Username": ("Nombre de usuario", "Nome utente"),
    "Name": ("Nombre", "Nome"),
    "Bio": ("Biografia",),
    "Private Account": ("Account privato",),
    "Time": ("Orario",),
}


def meta_labels(label: str) -> tuple[str, ...]:
    """The folded names ``label`` may have in an export: the English one first, then its translations."""
    return tuple(dict.fromkeys(fold(name) for name in (label, *META_LABELS.get(label, ()))))
