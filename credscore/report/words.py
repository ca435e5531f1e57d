"""Every text of the HTML report, in English and French.

Placeholders in braces are filled by the report (``str.format``); the template escapes the
result, so no text here may carry markup.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["LANGUAGES", "SIGNAL_TITLES", "WORDS"]

LANGUAGES = ("en", "fr")

WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "title": "credscore report",
        "audit_title": "credscore audit",
        "audit_summary": "{accounts} account(s) in this report: {scored} scored, {insufficient} with too little "
                         "history to judge, {errors} that could not be read or scored.",
        "likely_fake": "Likely fake expert",
        "likely_genuine": "Likely genuine",
        "uncertain": "Uncertain",
        "insufficient_data": "Insufficient data",
        "error": "Error",
        "band_help.likely_fake": "The history shows several habits typical of self-proclaimed experts with little "
                                 "substance behind them. The reasons below quote the posts behind each finding.",
        "band_help.likely_genuine": "The history looks like that of a genuine professional: few or none of the "
                                    "habits credscore looks for, or clear signs of real work and real conversation.",
        "band_help.uncertain": "The evidence is mixed: some habits of fake experts, some signs of genuine work. "
                               "Read the reasons and the quoted posts before concluding anything.",
        "band_help.insufficient_data": "There is too little history to judge: {own} post(s) of the account's own, "
                                       "at least {minimum} needed. credscore does not guess, so this account has "
                                       "no score.",
        "score": "Score",
        "score_of": "{score} / 100",
        "gauge_label": "Score {score} out of 100 (0 = genuine, 100 = fake)",
        "probability": "Model probability of “fake expert”, before the rules: {probability}",
        "scale_genuine": "genuine",
        "scale_fake": "fake",
        "meaning_title": "What this score does and does not mean",
        "meaning_1": "The score, from 0 to 100, estimates how closely an account's history resembles that of the "
                     "fake experts credscore learned from, adjusted by explicit rules. It describes published posts "
                     "and messages, not a person: it is not a judgement of anyone's skills, honesty or worth.",
        "meaning_2": "Do not use it alone to decide about someone's job, contract or reputation. Read the quoted "
                     "posts, check their context, and talk to the person. False positives exist: genuine "
                     "professionals may cross-post, schedule their posts or use fashionable words.",
        "meaning_3": "“Insufficient data” means credscore declined to score: it says nothing either way.",
        "reasons": "Reasons",
        "no_reasons": "No rule fired and no feature stood out.",
        "rule": "rule",
        "model_reason": "model",
        "raises": "raises the score",
        "lowers": "lowers the score",
        "relative": "compared with the average account the model learned from",
        "evidence": "Evidence",
        "no_evidence": "No item to quote for this reason.",
        "post": "post",
        "message": "direct message",
        "profile": "profile",
        "withheld": "[text withheld]",
        "empty": "(no text)",
        "redacted_notice": "Redacted report: the texts of direct messages and the handles of the people the "
                           "account exchanged messages or follows with are left out. References to the messages "
                           "are kept.",
        "open_link": "link",
        "signals": "Signals compared with the reference accounts",
        "signals_intro": "Each line places this account's value (black mark) among the {genuine} genuine and "
                         "{fake} fake accounts the model was trained on. Bar: the middle half of those accounts "
                         "(25th to 75th percentile); thin line: 5th to 95th percentile; white tick: median.",
        "legend_genuine": "genuine accounts",
        "legend_fake": "fake accounts",
        "legend_account": "this account",
        "no_reference": "The model's card holds no reference distribution (it was trained by an older credscore): "
                        "the values are shown without comparison. Retrain the model to get one.",
        "signals_skipped": "Not shown: with so little history the signals are not reliable enough to compare.",
        "feature": "Feature",
        "value": "Value",
        "compared": "Compared with the reference accounts",
        "not_measurable": "not measurable",
        "off_scale": "beyond the scale shown",
        "among_genuine": "genuine accounts: {position}",
        "among_fake": "fake accounts: {position}",
        "position.below": "lower than 95% of them",
        "position.low": "lowest quarter",
        "position.typical": "middle half",
        "position.high": "highest quarter",
        "position.above": "higher than 95% of them",
        "position.none": "never measured",
        "coverage": "Data coverage",
        "coverage.posts": "Posts",
        "coverage.posts_value": "{posts} ({own} of its own, {reposts} reposts), {timestamped} with a date",
        "coverage.messages": "Direct messages",
        "coverage.messages_value": "{sent} sent, {received} received",
        "coverage.follows": "Follow events",
        "coverage.profiles": "Profiles",
        "coverage.platforms": "Platforms",
        "coverage.languages": "Languages of the posts",
        "coverage.sources": "Sources",
        "coverage.incomplete": "incomplete",
        "coverage.complete": "complete",
        "coverage.unmeasurable": "Not measurable",
        "coverage.all_measured": "Every signal could be measured.",
        "none": "none",
        "model": "Model",
        "model.version": "Version",
        "model.trained": "Trained on",
        "model.trained_value": "{accounts} accounts ({genuine} genuine, {fake} fake) from {source}",
        "model.metrics": "Cross-validated",
        "model.metrics_value": "ROC-AUC {roc_auc}, false-positive rate {fpr} (at probability 0.5)",
        "model.mismatch": "The reference distribution comes from the model {card}, not from the model that "
                          "scored this account ({verdict}).",
        "table": "Accounts",
        "table.account": "Account",
        "table.score": "Score",
        "table.band": "Band",
        "table.top_reason": "Top reason",
        "table.sort_hint": "Click a column heading to sort.",
        "histogram": "Scores of the accounts",
        "histogram_alt": "Histogram of the scores of {scored} account(s); {insufficient} account(s) without a score.",
        "histogram.x": "score",
        "histogram.y": "accounts",
        "back": "Back to the table",
        "generated_by": "Generated by credscore {version}.",
        "not_scored": "not scored",
    },
    "fr": {
        "title": "Rapport credscore",
        "audit_title": "Audit credscore",
        "audit_summary": "{accounts} compte(s) dans ce rapport : {scored} évalué(s), {insufficient} à l'historique "
                         "trop court pour juger, {errors} illisible(s) ou impossible(s) à évaluer.",
        "likely_fake": "Faux expert probable",
        "likely_genuine": "Probablement authentique",
        "uncertain": "Incertain",
        "insufficient_data": "Données insuffisantes",
        "error": "Erreur",
        "band_help.likely_fake": "L'historique montre plusieurs habitudes typiques des experts autoproclamés sans "
                                 "grand fond. Les raisons ci-dessous citent les publications derrière chaque constat.",
        "band_help.likely_genuine": "L'historique ressemble à celui d'un professionnel authentique : peu ou pas des "
                                    "habitudes que credscore recherche, ou des signes nets de vrai travail et de "
                                    "vraies conversations.",
        "band_help.uncertain": "Les indices sont partagés : quelques habitudes de faux expert, quelques signes de "
                               "vrai travail. Lisez les raisons et les publications citées avant de conclure.",
        "band_help.insufficient_data": "L'historique est trop court pour juger : {own} publication(s) propre(s), il "
                                       "en faut au moins {minimum}. credscore ne devine pas : ce compte n'a pas de "
                                       "score.",
        "score": "Score",
        "score_of": "{score} / 100",
        "gauge_label": "Score de {score} sur 100 (0 = authentique, 100 = faux)",
        "probability": "Probabilité « faux expert » selon le modèle, avant les règles : {probability}",
        "scale_genuine": "authentique",
        "scale_fake": "faux",
        "meaning_title": "Ce que le score veut dire, et ce qu'il ne veut pas dire",
        "meaning_1": "Le score, de 0 à 100, estime à quel point l'historique d'un compte ressemble à celui des faux "
                     "experts dont credscore a appris, corrigé par des règles explicites. Il décrit des publications "
                     "et des messages, pas une personne : ce n'est un jugement ni sur ses compétences, ni sur son "
                     "honnêteté, ni sur sa valeur.",
        "meaning_2": "Ne l'utilisez pas seul pour décider d'un emploi, d'un contrat ou d'une réputation. Lisez les "
                     "publications citées, vérifiez leur contexte et parlez avec la personne. Les faux positifs "
                     "existent : un vrai professionnel peut republier sur plusieurs réseaux, programmer ses "
                     "publications ou employer des mots à la mode.",
        "meaning_3": "« Données insuffisantes » signifie que credscore a refusé de noter : ce n'est un indice ni "
                     "dans un sens ni dans l'autre.",
        "reasons": "Raisons",
        "no_reasons": "Aucune règle déclenchée et aucun indicateur marquant.",
        "rule": "règle",
        "model_reason": "modèle",
        "raises": "augmente le score",
        "lowers": "baisse le score",
        "relative": "par rapport au compte moyen appris par le modèle",
        "evidence": "Éléments",
        "no_evidence": "Aucun élément à citer pour cette raison.",
        "post": "publication",
        "message": "message privé",
        "profile": "profil",
        "withheld": "[texte masqué]",
        "empty": "(sans texte)",
        "redacted_notice": "Rapport expurgé : les textes des messages privés et les identifiants des personnes "
                           "avec qui le compte a échangé des messages ou des abonnements sont retirés. Les "
                           "références des messages sont conservées.",
        "open_link": "lien",
        "signals": "Indicateurs comparés aux comptes de référence",
        "signals_intro": "Chaque ligne situe la valeur de ce compte (trait noir) parmi les {genuine} comptes "
                         "authentiques et les {fake} faux comptes sur lesquels le modèle a été entraîné. Barre : la "
                         "moitié centrale de ces comptes (du 25e au 75e centile) ; trait fin : du 5e au 95e "
                         "centile ; repère blanc : médiane.",
        "legend_genuine": "comptes authentiques",
        "legend_fake": "faux comptes",
        "legend_account": "ce compte",
        "no_reference": "La fiche du modèle ne contient pas de distribution de référence (il a été entraîné par une "
                        "version plus ancienne de credscore) : les valeurs sont données sans comparaison. "
                        "Réentraînez le modèle pour en obtenir une.",
        "signals_skipped": "Non affichés : avec si peu d'historique, les indicateurs ne sont pas assez fiables pour "
                           "être comparés.",
        "feature": "Indicateur",
        "value": "Valeur",
        "compared": "Par rapport aux comptes de référence",
        "not_measurable": "non mesurable",
        "off_scale": "au-delà de l'échelle affichée",
        "among_genuine": "comptes authentiques : {position}",
        "among_fake": "faux comptes : {position}",
        "position.below": "plus bas que 95 % d'entre eux",
        "position.low": "quart inférieur",
        "position.typical": "moitié centrale",
        "position.high": "quart supérieur",
        "position.above": "plus haut que 95 % d'entre eux",
        "position.none": "jamais mesuré",
        "coverage": "Données disponibles",
        "coverage.posts": "Publications",
        "coverage.posts_value": "{posts} ({own} propres, {reposts} repartages), {timestamped} datées",
        "coverage.messages": "Messages privés",
        "coverage.messages_value": "{sent} envoyés, {received} reçus",
        "coverage.follows": "Abonnements",
        "coverage.profiles": "Profils",
        "coverage.platforms": "Plateformes",
        "coverage.languages": "Langues des publications",
        "coverage.sources": "Sources",
        "coverage.incomplete": "incomplète",
        "coverage.complete": "complète",
        "coverage.unmeasurable": "Non mesurable",
        "coverage.all_measured": "Tous les indicateurs ont pu être mesurés.",
        "none": "aucune",
        "model": "Modèle",
        "model.version": "Version",
        "model.trained": "Entraîné sur",
        "model.trained_value": "{accounts} comptes ({genuine} authentiques, {fake} faux) de {source}",
        "model.metrics": "Validation croisée",
        "model.metrics_value": "ROC-AUC {roc_auc}, taux de faux positifs {fpr} (au seuil de probabilité 0,5)",
        "model.mismatch": "La distribution de référence vient du modèle {card}, pas de celui qui a évalué ce compte "
                          "({verdict}).",
        "table": "Comptes",
        "table.account": "Compte",
        "table.score": "Score",
        "table.band": "Verdict",
        "table.top_reason": "Raison principale",
        "table.sort_hint": "Cliquez sur un titre de colonne pour trier.",
        "histogram": "Scores des comptes",
        "histogram_alt": "Histogramme des scores de {scored} compte(s) ; {insufficient} compte(s) sans score.",
        "histogram.x": "score",
        "histogram.y": "comptes",
        "back": "Retour au tableau",
        "generated_by": "Produit par credscore {version}.",
        "not_scored": "non évalué",
    },
}

# The signals' names for people; a signal missing here is shown by its identifier.
SIGNAL_TITLES: Mapping[str, Mapping[str, str]] = {
    "en": {
        "link_only": "Links without words",
        "cross_posting": "The same text everywhere",
        "auto_dms": "Templated direct messages",
        "welcome_dms": "Automatic welcome messages",
        "buzzwords": "Buzzwords",
        "business_metrics": "Business figures",
        "topic_monoculture": "Talking only about social media",
        "self_titles": "Self-proclaimed titles",
        "platform_sprawl": "Platforms and promises",
        "conversation": "Conversation",
        "automation_cadence": "Scheduling",
        "text": "Wording",
    },
    "fr": {
        "link_only": "Des liens sans mots",
        "cross_posting": "Le même texte partout",
        "auto_dms": "Messages privés en série",
        "welcome_dms": "Messages de bienvenue automatiques",
        "buzzwords": "Mots à la mode",
        "business_metrics": "Chiffres concrets",
        "topic_monoculture": "Ne parler que des réseaux sociaux",
        "self_titles": "Titres autoproclamés",
        "platform_sprawl": "Plateformes et promesses",
        "conversation": "Conversation",
        "automation_cadence": "Programmation des publications",
        "text": "Formulations",
    },
}
