import pytest

from credscore.signals.welcome_dms import welcome_dms
from tests.conftest import analysed
from tests.signals.test_auto_dms import WELCOME_EN, WELCOME_FR, dm, follow

CASES = [
    # (messages, follows, expected welcome_share)
    # French: two of four new followers greeted within minutes; one greeted a day late; one never.
    ([dm(WELCOME_FR.format("Julie"), "jmartin", "2024-03-01T10:02:00Z"),
      dm(WELCOME_FR.format("Marc"), "m_dupont", "2024-03-01T11:00:30Z"),
      dm(WELCOME_FR.format("Sophie"), "sophie_l", "2024-03-02T08:00:00Z")],
     [follow("jmartin", "2024-03-01T10:00:00Z"), follow("M_Dupont", "2024-03-01T11:00:00Z"),
      follow("sophie_l", "2024-03-01T08:00:00Z"), follow("claire", "2024-03-01T09:00:00Z")], 2 / 4),
    # English: every new follower greeted, handles compared without case or '@'.
    ([dm(WELCOME_EN.format("@anna"), "@anna", "2024-05-01T09:00:05Z", "instagram"),
      dm(WELCOME_EN.format("@bob_k"), "bob_k", "2024-05-01T09:30:40Z", "instagram")],
     [follow("anna", "2024-05-01T09:00:00Z", "instagram"), follow("@Bob_K", "2024-05-01T09:30:00Z", "instagram")],
     1.0),
    # Hours later, before the follow, on another platform, or to someone else: no welcome. Outbound and
    # undated follows are not new followers.
    ([dm("Salut, j'ai vu ton dernier article sur la logistique, on en parle ?", "lea", "2024-03-01T15:30:00Z"),
      dm("Bienvenue, ravi de te compter parmi nous sur ce réseau", "hugo", "2024-03-01T09:59:00Z"),
      dm("Bienvenue, ravi de vous compter parmi nous sur ce réseau", "zoe", "2024-03-01T10:01:00Z", "linkedin"),
      dm("Tu viens au salon de Nantes la semaine prochaine ?", "max", "2024-03-01T10:01:00Z")],
     [follow("lea"), follow("hugo"), follow("zoe"), follow("nina"),
      follow("max", direction="out"), follow("max", platform="twitter") | {"created_at": None}], 0.0),
    # Written afresh for each new follower and sent after a delay (20 minutes, an hour and a half, two hours and
    # fifty minutes), as tools that pass for a person do: still a DM to each new follower within hours; the fourth
    # gets hers the next day.
    ([dm("Hi Sarah, thanks for connecting! Your posts on career coaching are great, are you booked out?", "sarah",
         "2024-05-01T09:20:00Z", "linkedin"),
      dm("Daniel, great to have you here. Coaching first-time managers is a niche I love, how do you find clients?",
         "daniel", "2024-05-01T12:30:00Z", "linkedin"),
      dm("Welcome Mia! Love the Notion templates shop. Would a quick call about your launch help?", "mia",
         "2024-05-01T16:50:00Z", "linkedin"),
      dm("Hello Tom, thanks for the follow. What is your biggest challenge right now?", "tom",
         "2024-05-02T09:00:00Z", "linkedin")],
     [follow("sarah", "2024-05-01T09:00:00Z", "linkedin"), follow("daniel", "2024-05-01T11:00:00Z", "linkedin"),
      follow("mia", "2024-05-01T14:00:00Z", "linkedin"), follow("tom", "2024-05-01T15:00:00Z", "linkedin")], 3 / 4),
    # An answer to a new follower who wrote first is conversation, not a welcome; the other one is greeted.
    ([dm("Bonjour, vous l'avez en taille M ?", "ines", "2024-03-01T10:01:00Z", direction="received"),
      dm("Oui, il en reste deux en boutique, je vous en mets une de côté ?", "ines", "2024-03-01T10:04:00Z"),
      dm("Hi, do you ship to Belgium?", "tom", "2024-02-01T08:00:00Z", direction="received"),
      dm("Yes, we ship to Belgium in three days, the fee is on the order page", "tom", "2024-03-01T11:03:00Z"),
      dm(WELCOME_FR.format("Zoé"), "zoe", "2024-03-01T12:02:00Z"),
      dm("Merci Zoé ! Oui, on ouvre le dimanche matin", "zoe", "2024-03-01T12:09:00Z", direction="received")],
     [follow("ines", "2024-03-01T10:00:00Z"), follow("tom", "2024-03-01T11:00:00Z"),
      follow("zoe", "2024-03-01T12:00:00Z")], 1 / 3),
]


@pytest.mark.parametrize(("messages", "follows", "welcomed"), CASES)
def test_welcome_dms_values(messages, follows, welcomed):
    result = welcome_dms(analysed([], messages=messages, follows=follows))
    assert result.measurable
    assert result.values["welcome_share"] == pytest.approx(welcomed)


def test_welcome_dms_evidence_points_at_the_greetings():
    messages = [dm("Je reviens vers toi au sujet du devis", "paul", "2024-03-01T09:00:00Z"),
                dm("Salut Julie, merci pour le follow ! Réservez un appel ici", "jm", "2024-03-01T10:03:00Z"),
                dm("Salut Marc, merci pour le follow ! Réservez un appel ici", "md", "2024-03-01T12:01:00Z")]
    result = welcome_dms(analysed([], messages=messages,
                                  follows=[follow("jm"), follow("md", "2024-03-01T12:00:00Z")]))
    assert [item.index for item in result.evidence["welcome_share"]] == [1, 2]


@pytest.mark.parametrize(("messages", "follows", "why"), [
    ([], [follow("a")], "no sent direct message"),
    # No follow at all, or only accounts it followed: no new follower to time, whatever the export records.
    ([dm("Hello there, thanks!", "a")], [], "no new follower recorded"),
    ([dm("Hello there, thanks!", "a")], [follow("a", direction="out"), follow("b", direction="out")],
     "no new follower recorded"),
    # X follower lists: follows without dates.
    ([dm("Hello there, thanks!", "a")], [follow("a") | {"created_at": None}], "no new follower with a known time"),
    # LinkedIn connections: the day only, stamped at midnight; a same-day DM cannot be timed against it.
    ([dm("Dear Anna, thanks for connecting, here is my offer", "a", "2024-03-01T10:00:00Z")],
     [follow("a", "2024-03-01")], "no new follower with a known time"),
])
def test_welcome_dms_not_measurable_without_timed_followers(messages, follows, why):
    result = welcome_dms(analysed([], messages=messages, follows=follows))
    assert not result.measurable
    assert result.values == {}
    assert why in result.note
