import pytest

from credscore.signals.self_titles import _titles, self_titles
from tests.conftest import analysed


def bios(*pairs):
    return [{"platform": platform, "bio": bio} if bio is not None else {"platform": platform}
            for platform, bio in pairs]


CASES = [
    # (lang, profiles, expected distinct_titles, expected titled_bio_share)
    ("fr", bios(("linkedin", "Gourou des réseaux sociaux et ninja du SEO"),
                ("twitter", "Consultante en stratégie commerciale pour les PME de la région lyonnaise")), 2, 1 / 2),
    ("en", bios(("linkedin", "Serial entrepreneur | Thought leader | LinkedIn Top Voice"),
                ("twitter", "Growth ninja and #1 expert on personal branding")), 5, 1.0),
    # "n°1" inside "expert n°1" is one claim, not two.
    ("fr", bios(("linkedin", "Expert n°1 du community management en France")), 1, 1.0),
    # Spelling variants are one title; a profile without a bio does not count.
    ("fr", bios(("instagram", "Rock star du marketing"), ("tiktok", "La rockstar des vidéos courtes"),
                ("facebook", None)), 1, 1.0),
    ("en", bios(("x", None), ("mastodon", "Digital evangelist, wizard of funnels")), 2, 1.0),
    # Real jobs are not titles.
    ("fr", bios(("linkedin", "Responsable marketing chez Decathlon, ancienne de Danone"),
                ("twitter", "Maître de conférences en sciences de gestion")), 0, 0.0),
    ("en", bios(("linkedin", "Head of growth at Acme. Previously at Stripe. Coach of the under-12 team.")), 0, 0.0),
]


@pytest.mark.parametrize(("lang", "profiles", "distinct", "titled_share"), CASES)
def test_self_titles_values(lang, profiles, distinct, titled_share):
    result = self_titles(analysed([], profiles=profiles, lang=lang))
    assert result.measurable
    assert result.values["distinct_titles"] == distinct
    assert result.values["titled_bio_share"] == pytest.approx(titled_share)


# (lang, bio, titles the person gives themselves as a boast). Both directions: boasts that must count, and
# jobs, trades, topics, other people and denials that must not.
SELF_APPLIED = [
    # Boasts.
    ("en", "Social media guru", {"guru"}),
    ("fr", "Ninja du marketing", {"ninja"}),
    ("fr", "N°1 du growth hacking", {"n°1"}),
    ("en", "#1 LinkedIn expert", {"#1"}),
    ("en", "Number one LinkedIn coach", {"numberone"}),
    ("fr", "Numéro 1 de la prospection LinkedIn", {"numéro1"}),
    ("en", "Serial entrepreneur | Thought leader | LinkedIn Top Voice",
     {"serialentrepreneur", "thoughtleader", "topvoice"}),
    ("fr", "Magicienne des réseaux sociaux ✨", {"magicien"}),
    ("en", "Marketing genius | Wizard of funnels", {"genius", "wizard"}),
    ("en", "Excel wizard and data nerd", {"wizard"}),
    ("fr", "Le génie du marketing digital", {"génie"}),
    ("en", "Rockstar of LinkedIn growth 🚀", {"rockstar"}),
    ("en", "6-figure coach 💰", {"6figure"}),
    ("en", "Recruiting ninja for hire", {"ninja"}),
    # A boast in one clause, a job in the next: the boast still counts.
    ("fr", "Gourou du SEO\nConsultant chez Acme", {"gourou"}),
    ("fr", "Influenceuse mode et beauté", {"influenceuse"}),
    # The same boast behind spelling tricks: look-alike letters, mathematical bold, a zero-width space.
    ("en", "ѕосіаl mеdіа gurս", {"guru"}),
    ("en", "𝐒𝐨𝐜𝐢𝐚𝐥 𝐦𝐞𝐝𝐢𝐚 𝐠𝐮𝐫𝐮", {"guru"}),
    ("fr", "Gou\u200brou du w\u200beb", {"gourou"}),
    # Job titles at an employer.
    ("en", "Developer Evangelist at Acme", set()),
    ("en", "Product Evangelist @Stripe", set()),
    ("fr", "Évangéliste technique chez Google", set()),
    ("en", "Growth ninja @ Acme", set()),
    # Real trades: a title that is also a job counts only as a metaphor about a field.
    ("en", "Apple Genius", set()),
    ("en", "Genius Bar technician", set()),
    ("fr", "Magicien pour anniversaires d'enfants", set()),
    ("en", "Close-up magician for weddings and corporate events", set()),
    ("en", "Former pastor and evangelist", set()),
    # Research, teaching and reporting topics.
    ("en", "Influencer marketing researcher", set()),
    ("fr", "Chercheuse : influenceurs et désinformation", set()),
    ("en", "PhD candidate. I study online gurus and thought leaders.", set()),
    ("en", "Teaching the psychology of influencers at Sciences Po", set()),
    ("fr", "Journaliste, j'enquête sur les gourous du développement personnel", set()),
    # Criticism: the titles reviewed, debunked or called out are other people's.
    ("en", "The Guru Autopsy. I buy the courses so you don't have to.", set()),
    ("en", "I review guru courses. Honestly.", set()),
    ("en", "Debunking marketing gurus one thread at a time", set()),
    ("fr", "Je démonte les promesses des gourous du marketing", set()),
    ("fr", "Autopsie des formations de gourous", set()),
    # The boast stays a boast beside a review of its own: "reviewed" is not the verb of criticism.
    ("en", "Marketing guru, 5-star reviewed", {"guru"}),
    # Other people, and denials.
    ("en", "I help coaches become thought leaders", set()),
    ("fr", "J'accompagne les influenceurs dans leur stratégie", set()),
    ("en", "No guru, just data.", set()),
    ("fr", "Ni gourou ni ninja : des chiffres", set()),
    ("en", "Not your average marketing guru", set()),
    # "first" is not "1": no rank claim.
    ("en", "Numbers first", set()),
    ("en", "Numbers tell the story", set()),
]


@pytest.mark.parametrize(("lang", "bio", "titles"), SELF_APPLIED)
def test_titles_count_only_as_self_applied_boasts(lang, bio, titles):
    result = self_titles(analysed([], profiles=bios(("linkedin", bio)), lang=lang))
    assert result.values["distinct_titles"] == len(titles)
    assert result.values["titled_bio_share"] == (1.0 if titles else 0.0)
    analysed_bio = analysed([], profiles=bios(("linkedin", bio)), lang=lang).bios[0]
    assert _titles(analysed_bio, bio) == titles


def test_self_titles_evidence_points_at_the_titled_profiles():
    profiles = bios(("linkedin", "Product manager at a logistics company"),
                    ("twitter", "Social media guru and ninja"),
                    ("instagram", "Guru of reels"),
                    ("tiktok", "Guru, ninja and visionary"))
    result = self_titles(analysed([], profiles=profiles, lang="en"))
    assert result.values["distinct_titles"] == 3
    # Each profile that adds a new title: the fourth adds "visionary", the third nothing new.
    assert [item.index for item in result.evidence["distinct_titles"]] == [1, 3]
    assert [item.index for item in result.evidence["titled_bio_share"]] == [1, 2, 3]
    assert result.evidence["titled_bio_share"][0].kind == "profile"
    assert result.evidence["titled_bio_share"][0].platform == "twitter"


@pytest.mark.parametrize("profiles", [[], bios(("linkedin", None)), bios(("twitter", "   "), ("linkedin", ""))])
def test_self_titles_not_measurable_without_a_bio(profiles):
    result = self_titles(analysed(["Gourou et ninja du marketing, expert n°1"], profiles=profiles))
    assert not result.measurable
    assert result.values == {}


def test_the_cached_spellings_are_the_lexicons_expanded():
    # Read from the user cache in a verdict (no lemma table loaded); the same spellings as expanding each term.
    from credscore.signals import self_titles

    table = self_titles._forms_table()
    assert table and all(forms == self_titles._expanded(term) for term, forms in table.items())
