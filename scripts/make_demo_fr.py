"""Writes assets/examples/demo-fr.ron, the French twin of the demo: the same people, dates and
links, with the project's words (goal, roles, notes, places, follow-ups, outcomes, tags) in
French. Run it from the repository after changing demo.ron; tests/it/demo_project.rs checks the
twins match."""
import re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
src = (ROOT / "assets/examples/demo.ron").read_text()
T = {
 "Job search — senior product role": "Recherche d'emploi — poste produit senior",
 "Find a senior product role in climate or health tech, in Paris or Lyon, by spring 2027. Meet people before applying.":
   "Trouver un poste produit senior dans la climate tech ou la e-santé, à Paris ou à Lyon, d'ici le printemps 2027. Rencontrer les gens avant de postuler.",
 "Independent": "Freelance",
 "Product manager": "Cheffe de produit",
 "VP Product": "VP Produit",
 "Head of Engineering": "Directeur de l'ingénierie",
 "Product Director": "Directeur produit",
 "Innovation Lead": "Responsable innovation",
 "Program Manager": "Responsable de programme",
 "Investment Director": "Directrice d'investissement",
 "Head of Digital": "Directeur du numérique",
 "Talent Acquisition": "Chargée de recrutement",
 "Co-founder": "Cofondateur",
 "Research Engineer": "Ingénieur de recherche",
 "Digital Health Lead": "Responsable santé numérique",
 "Founder in residence": "Fondatrice en résidence",
 "Energy Analyst": "Analyste énergie",
 "Recruiter": "Recruteuse",
 "Director of Product": "Directeur produit",
 "HR Business Partner": "Responsable RH",
 "Sustainability Lead": "Responsable développement durable",
 "Freelance coach": "Coach indépendant",
 "Design Lead": "Responsable design",
 "Bistrot Paul Bert, Paris": "Bistrot Paul Bert, Paris",
 "They know the hiring manager at a company on my list.": "Connaît le manager qui recrute dans une entreprise de ma liste.",
 "Introduce them to a designer I know": "Lui présenter une designer que je connais",
 "Compared health-tech regulation in France and Germany.": "Comparé la réglementation de la e-santé en France et en Allemagne.",
 "Share the article on pricing experiments": "Partager l'article sur les tests de prix",
 "Forward my profile to their VP": "Transmettre mon profil à son VP",
 "Shared my portfolio; feedback: show more outcomes, fewer features.": "Montré mon portfolio ; retour : montrer plus de résultats, moins de fonctionnalités.",
 "Discussed the energy transition market and who is raising money this year.": "Parlé du marché de la transition énergétique et de qui lève des fonds cette année.",
 "Send a thank-you note": "Envoyer un mot de remerciement",
 "Send my case study": "Envoyer mon étude de cas",
 "Check whether the team is hiring": "Vérifier si l'équipe recrute",
 "Long talk about leaving consulting for product; useful advice on negotiation.": "Longue discussion sur le passage du conseil au produit ; conseils utiles pour négocier.",
 "They moved teams recently and are rethinking their roadmap process.": "A changé d'équipe récemment et repense sa façon de construire la roadmap.",
 "Talked about how their team runs discovery; they ship weekly with small bets.": "Parlé de la discovery dans son équipe : une mise en production par semaine, par petits paris.",
 "Send the job description": "Envoyer la fiche de poste",
 "They are hiring a senior PM next quarter; offered to pass on my profile.": "Recrute un PM senior au prochain trimestre ; propose de transmettre mon profil.",
 "Share their interview guide": "Partager sa grille d'entretien",
 "Met at the event; short talks between sessions.": "Rencontré pendant l'événement ; courtes discussions entre les sessions.",
 "Station F demo day": "Demo day de Station F",
 "Prepare: questions about the Product Director's team and the climate roadmap.": "Préparer : questions sur l'équipe du directeur produit et la roadmap climat.",
 "Bring the one-page case study": "Apporter l'étude de cas d'une page",
 "Lunch to talk about the senior PM opening at Doctolib.": "Déjeuner pour parler du poste de PM senior chez Doctolib.",
 "First call; ask about innovation projects at Schneider.": "Premier appel ; demander les projets d'innovation chez Schneider.",
 "Yasmine is raising a pre-seed round for her climate startup.": "Yasmine lève un tour de pré-amorçage pour sa startup climat.",
 "Both work on circular economy products.": "Tous deux travaillent sur des produits d'économie circulaire.",
 "Inès wants feedback on a patient app design.": "Inès veut un avis sur le design d'une application pour patients.",
 "Anna runs developer events; Emma looks for speakers.": "Anna organise des événements pour développeurs ; Emma cherche des intervenants.",
 "Claire thought Omar could tell me about Alan's product culture.": "Claire pensait qu'Omar pourrait me parler de la culture produit d'Alan.",
 "Coffee in March; he forwarded my profile to David.": "Café en mars ; il a transmis mon profil à David.",
 "Tom coaches engineering managers.": "Tom accompagne des engineering managers.",
 "Omar had no time this quarter.": "Omar n'avait pas le temps ce trimestre.",
 "Nicolas left the startup scene.": "Nicolas a quitté le monde des startups.",
 "Emma introduced me to James at Product Conf.": "Emma m'a présenté James à Product Conf.",
 "Second interview scheduled.": "Second entretien prévu.",
 "Two recruiters in impact companies; they wanted to compare notes.": "Deux recruteuses dans des entreprises à impact ; elles voulaient échanger.",
 "They now share candidates.": "Elles partagent désormais des candidats.",
 "Marc might be hiring; I have never met him in person yet.": "Marc recrute peut-être ; je ne l'ai encore jamais rencontré en personne.",
 "Julie asked me directly; Marc's team is hiring now.": "Julie me l'a demandé directement ; l'équipe de Marc recrute en ce moment.",
 "Product manager, eight years in health tech; I want my next role to cut emissions too. Who builds climate products in Paris or Lyon?":
   "Cheffe de produit, huit ans dans la e-santé ; je veux que mon prochain poste réduise aussi les émissions. Qui construit des produits pour le climat à Paris ou à Lyon ?",
 "Find a senior product role in health tech in Paris by the end of 2026. Meet people before applying.":
   "Trouver un poste produit senior dans la e-santé, à Paris, d'ici fin 2026. Rencontrer les gens avant de postuler.",
 "Meet the head of the climate team": "Rencontrer la responsable de l'équipe climat",
 "Feedback on his pitch deck": "Un avis sur sa présentation aux investisseurs",
}
TAGS = {"ai": "ia", "climate": "climat", "design": "design", "ecosystem": "écosystème",
 "events": "événements", "fintech": "fintech", "founder": "fondateur", "health": "santé",
 "hiring": "recrute", "industry": "industrie", "investor": "investisseur", "mentor": "mentor",
 "recruiter": "recruteur", "retail": "commerce", "saas": "saas"}
NBSP = "\u00a0"
def french_typography(text):
    return re.sub(r" ([:;!?])", NBSP + r"\1", text)
def value(m):
    key, text = m.group(1), m.group(2)
    if key in ("name",) and text not in T:  # people keep their names
        return m.group(0)
    fr = T.get(text, text)
    return f'{m.group(0)[:m.start(2)-m.start(0)]}{french_typography(fr)}"'
out = re.sub(r'^(?:\s+)(notes|what|place|role|outcome|goal|pitch|name|organization): "((?:[^"\\]|\\.)*)"', value, src, flags=re.M)
# The reason an introduction went ahead despite the trust gate.
out = re.sub(r'gate_override: Some\("((?:[^"\\]|\\.)*)"\)',
             lambda m: 'gate_override: Some("' + french_typography(T.get(m.group(1), m.group(1))) + '")', out)
# Tags: the list items under tags: [...]
def tags(m):
    return re.sub(r'"([^"]*)"', lambda t: '"' + TAGS.get(t.group(1), t.group(1)) + '"', m.group(0))
out = re.sub(r'tags: \[[^\]]*\]', tags, out)
out = out.replace("// Carnet project file (https://github.com/carnet-app/carnet).\n// Records refer to each other by id: keep ids when editing by hand.",
 "// Fichier de projet Carnet (https://github.com/carnet-app/carnet) : le jumeau français de demo.ron.\n// Les fiches se désignent par leur identifiant : gardez les identifiants si vous éditez à la main.")
missing = sorted({m.group(2) for m in re.finditer(r'^\s+(notes|what|outcome|goal|pitch|role): "((?:[^"\\]|\\.)*)"', src, re.M)} - set(T))
print("kept as they are:", missing, file=sys.stderr)
(ROOT / "assets/examples/demo-fr.ron").write_text(out)
