#!/usr/bin/env python3
"""Writes assets/examples/demo.ron, the demo project of the README and the tests.

The demo is a job search: about 40 people, two years of encounters, introductions in every
status. Deterministic (fixed seed). The output is then put in Carnet's canonical form by
`cargo test --test it canonicalize_demo -- --ignored` so that opening and saving it
changes no byte.
"""
import datetime as dt
import random

rng = random.Random(2026)

ORGS = {
    "Doctolib": "health", "Alan": "health", "Withings": "health", "Sanofi": "health",
    "Back Market": "climate", "Schneider Electric": "climate", "EDF": "climate",
    "Qonto": "fintech", "Ledger": "fintech", "Station F": "ecosystem", "Bpifrance": "ecosystem",
    "Mistral AI": "ai", "Datadog": "saas", "Contentsquare": "saas", "Michelin": "industry",
    "Decathlon": "retail",
}

# name, organization, role, tags, origin ("hand" | "linkedin" | ("intro", name)), cadence
PEOPLE = [
    ("Claire Moreau", "Doctolib", "VP Product", ["health", "mentor"], "hand", 60),
    ("Omar Benali", "Alan", "Head of Engineering", ["health"], ("intro", "Claire Moreau"), 90),
    ("Thomas Girard", "Back Market", "Product Director", ["climate", "hiring"], "hand", 90),
    ("Julie Lefèvre", "Qonto", "Talent Partner", ["recruiter", "fintech"], "linkedin", 45),
    ("Marc Dubois", "Schneider Electric", "Innovation Lead", ["climate"], "linkedin", None),
    ("Sophie Martin", "Station F", "Program Manager", ["ecosystem", "events"], "hand", 120),
    ("Nicolas Roux", "Mistral AI", "Product Manager", ["ai"], ("intro", "Sophie Martin"), None),
    ("Emma Wilson", "Datadog", "Group PM", ["saas"], "hand", 90),
    ("James Carter", "Contentsquare", "CPO", ["saas", "hiring"], ("intro", "Emma Wilson"), 60),
    ("Sarah O'Neill", "Withings", "Design Lead", ["health", "design"], "hand", None),
    ("Hélène Fournier", "Bpifrance", "Investment Director", ["ecosystem", "investor"], "hand", 180),
    ("Antoine Mercier", "EDF", "Head of Digital", ["climate"], ("intro", "Marc Dubois"), None),
    ("Inès Haddad", "Doctolib", "Senior PM", ["health"], ("intro", "Claire Moreau"), 90),
    ("Lucas Bonnet", "Ledger", "Engineering Manager", ["fintech"], "linkedin", None),
    ("Chloé Lambert", "Back Market", "Talent Acquisition", ["recruiter", "climate"], ("intro", "Thomas Girard"), 30),
    ("David Cohen", "Alan", "Co-founder", ["health", "founder"], ("intro", "Omar Benali"), None),
    ("Priya Nair", "Datadog", "Staff Engineer", ["saas"], "linkedin", None),
    ("Daniel Kim", "Mistral AI", "Research Engineer", ["ai"], "linkedin", None),
    ("Olivia Brown", "Sanofi", "Digital Health Lead", ["health"], "hand", 120),
    ("Benjamin Faure", "Michelin", "Product Owner", ["industry"], "linkedin", None),
    ("Mathilde Rousseau", "Withings", "VP People", ["health", "recruiter"], ("intro", "Sarah O'Neill"), 60),
    ("Hugo Blanc", "Decathlon", "Head of Product", ["retail"], "hand", None),
    ("Léa Garnier", "Qonto", "Product Manager", ["fintech"], ("intro", "Julie Lefèvre"), None),
    ("Yasmine Cherif", "Station F", "Founder in residence", ["founder", "climate"], ("intro", "Sophie Martin"), 90),
    ("Pierre Lemoine", "Schneider Electric", "Energy Analyst", ["climate"], "linkedin", None),
    ("Aurélie Chevalier", "Contentsquare", "Recruiter", ["recruiter", "saas"], "linkedin", None),
    ("Guillaume Perrin", "Bpifrance", "Le Hub", ["ecosystem", "investor"], ("intro", "Hélène Fournier"), None),
    ("Elena Rossi", "Sanofi", "Data Scientist", ["health", "ai"], "linkedin", None),
    ("Michael Schmidt", "Datadog", "Director of Product", ["saas", "hiring"], ("intro", "Emma Wilson"), 90),
    ("Laura Bertrand", "Michelin", "HR Business Partner", ["recruiter", "industry"], "hand", None),
    ("Sébastien Morel", "EDF", "Product Owner", ["climate"], "linkedin", None),
    ("Karim Mansour", "Ledger", "Head of Product", ["fintech", "hiring"], ("intro", "Lucas Bonnet"), None),
    ("Fanny Vidal", "Doctolib", "Talent Partner", ["recruiter", "health"], ("intro", "Inès Haddad"), 30),
    ("Oliver Hughes", "Back Market", "Sustainability Lead", ["climate"], "linkedin", None),
    ("Zoé Marchand", "Alan", "Product Designer", ["health", "design"], "linkedin", None),
    ("Rémi Caron", "Decathlon", "Engineering Manager", ["retail"], "linkedin", None),
    ("Anna Kowalski", "Mistral AI", "Developer Relations", ["ai", "events"], "hand", None),
    ("Tom Baker", "", "Freelance coach", ["mentor"], "hand", 60),
    ("Manon Colin", "Qonto", "Chief of Staff", ["fintech"], "linkedin", None),
    ("Jean-Baptiste Noël", "Withings", "CTO", ["health", "hiring"], "linkedin", None),
]

NEVER_MET = {"Marc Dubois", "Lucas Bonnet", "Priya Nair", "Daniel Kim", "Benjamin Faure",
             "Pierre Lemoine", "Aurélie Chevalier", "Elena Rossi", "Sébastien Morel",
             "Oliver Hughes", "Zoé Marchand", "Rémi Caron", "Manon Colin", "Jean-Baptiste Noël"}
REMOTE_ONLY = {"Marc Dubois", "Lucas Bonnet", "Aurélie Chevalier", "Manon Colin"}

PLACES = ["Café Oberkampf, Paris", "Station F, Paris", "Le Pain Quotidien, Lyon",
          "Their office", "Coutume Café, Paris", "Bistrot Paul Bert, Paris", "WeWork Lafayette",
          "La Felicità, Paris", "Les Halles de Lyon"]
EVENTS = [("VivaTech, Paris", "2025-06-12"), ("Product Conf, Paris", "2025-10-02"),
          ("Station F demo day", "2026-03-19"), ("Climate Tech Summit, Lyon", "2026-09-24")]
TOPICS = [
    "Talked about how their team runs discovery; they ship weekly with small bets.",
    "They are hiring a senior PM next quarter; offered to pass on my profile.",
    "Shared my portfolio; feedback: show more outcomes, fewer features.",
    "Compared health-tech regulation in France and Germany.",
    "They moved teams recently and are rethinking their roadmap process.",
    "Long talk about leaving consulting for product; useful advice on negotiation.",
    "Discussed the energy transition market and who is raising money this year.",
    "They know the hiring manager at a company on my list.",
]
PROMISES_ME = ["Send my case study", "Share the article on pricing experiments",
               "Introduce them to a designer I know", "Send a thank-you note"]
PROMISES_THEM = ["Forward my profile to their VP", "Send the job description",
                 "Check whether the team is hiring", "Share their interview guide"]

START = dt.date(2024, 12, 1)
TODAY = dt.date(2026, 11, 27)


def q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def slug(name):
    table = str.maketrans("éèêëàâçîïôöûüÉ'", "eeeeaaciioouuE-")
    return name.lower().translate(table).replace(" ", "-")


def main():
    next_id = 1
    ids = {}
    for person in PEOPLE:
        ids[person[0]] = next_id
        next_id += 1

    contacts = []
    for name, org, role, tags, origin, cadence in PEOPLE:
        fields = [f"id: {ids[name]}", f"name: {q(name)}"]
        if org:
            fields.append(f"organization: {q(org)}")
        fields.append(f"role: {q(role)}")
        first = slug(name.split(" ")[0])
        last = slug(name.split(" ", 1)[1])
        if org and rng.random() < 0.7:
            domain = slug(org).replace("-", "") + ".example"
            fields.append(f"emails: [{q(first + '.' + last + '@' + domain)}]")
        if rng.random() < 0.5:
            fields.append(f"phones: [{q('+33 6 %02d %02d %02d %02d' % tuple(rng.randrange(100) for _ in range(4)))}]")
        fields.append(f"links: [{q('https://www.linkedin.com/in/' + first + '-' + last)}]")
        fields.append("tags: [" + ", ".join(q(t) for t in tags) + "]")
        if origin == "hand":
            fields.append("origin: AddedByHand")
        elif origin == "linkedin":
            connected = START + dt.timedelta(days=rng.randrange(0, 600))
            fields.append(f"origin: LinkedIn(Some({q(connected.isoformat())}))")
        else:
            fields.append(f"origin: IntroducedBy(Some({ids[origin[1]]}))")
        if cadence:
            fields.append(f"keep_in_touch_days: Some({cadence})")
        contacts.append(fields)

    encounters = []

    def add_encounter(date, kind, place, participants, notes, trust, follow_ups):
        nonlocal next_id
        fields = [f"id: {next_id}", f"date: {q(date.isoformat())}"]
        next_id += 1
        if place:
            fields.append(f"place: {q(place)}")
        fields.append(f"kind: {kind}")
        fields.append("participants: [" + ", ".join(str(ids[p]) for p in participants) + "]")
        if notes:
            fields.append(f"notes: {q(notes)}")
        if trust:
            fields.append(f"trust: Some({trust})")
        if follow_ups:
            items = []
            for by, what, due, done in follow_ups:
                item = f"(by: {by}, what: {q(what)}"
                if due:
                    item += f", due: Some({q(due.isoformat())})"
                item += f", done: {'true' if done else 'false'})"
                items.append(item)
            fields.append("follow_ups: [" + ", ".join(items) + "]")
        encounters.append((date, fields))

    trust_levels = ["Low", "Medium", "High", "Full"]
    for name, org, role, tags, origin, cadence in PEOPLE:
        if name in NEVER_MET and name not in REMOTE_ONLY:
            continue
        count = 1 if name in REMOTE_ONLY else rng.randrange(1, 5)
        level = rng.randrange(0, 3)
        for _ in range(count):
            date = START + dt.timedelta(days=rng.randrange(0, (TODAY - START).days))
            if name in REMOTE_ONLY:
                kind = rng.choice(["Call", "Video", "Message"])
            else:
                kind = rng.choice(["Coffee", "Coffee", "Meal", "Meeting", "Video", "Call"])
            in_person = kind in ("Coffee", "Meal", "Meeting")
            place = rng.choice(PLACES) if in_person else ""
            trust = None
            if rng.random() < 0.8:
                level = min(level + rng.choice([0, 0, 1]), 3)
                trust = trust_levels[level] if in_person else "Low"
            follow = []
            if rng.random() < 0.45:
                due = date + dt.timedelta(days=rng.randrange(5, 30))
                follow.append(("Me", rng.choice(PROMISES_ME), due, due < TODAY - dt.timedelta(days=20)))
            if rng.random() < 0.3:
                due = date + dt.timedelta(days=rng.randrange(5, 30))
                follow.append(("Them", rng.choice(PROMISES_THEM), due, due < TODAY - dt.timedelta(days=40)))
            add_encounter(date, kind, place, [name], rng.choice(TOPICS), trust, follow)

    # Events: several people met at once.
    met_people = [p[0] for p in PEOPLE if p[0] not in NEVER_MET]
    for place, day in EVENTS:
        date = dt.date.fromisoformat(day)
        group = rng.sample(met_people, 3)
        add_encounter(date, "Event", place, group,
                      "Met at the event; short talks between sessions.", "Medium", [])
    # Planned meetings ahead.
    add_encounter(TODAY + dt.timedelta(days=5), "Coffee", "Coutume Café, Paris", ["Thomas Girard"],
                  "Prepare: questions about the Product Director's team and the climate roadmap.", None,
                  [("Me", "Bring the one-page case study", TODAY + dt.timedelta(days=5), False)])
    add_encounter(TODAY + dt.timedelta(days=12), "Meal", "Bistrot Paul Bert, Paris", ["Claire Moreau", "Inès Haddad"],
                  "Lunch to talk about the senior PM opening at Doctolib.", None, [])
    add_encounter(TODAY + dt.timedelta(days=20), "Video", "", ["Marc Dubois"],
                  "First call; ask about innovation projects at Schneider.", None, [])
    encounters.sort(key=lambda e: (e[0], e[1][0]))

    relations = []
    by_org = {}
    for name, org, *_ in PEOPLE:
        if org:
            by_org.setdefault(org, []).append(name)
    for org, names in sorted(by_org.items()):
        for a, b in zip(names, names[1:]):
            relations.append((a, b, "Colleagues"))
    relations += [("Claire Moreau", "Omar Benali", "FormerColleagues"),
                  ("Sophie Martin", "Yasmine Cherif", "Knows"),
                  ("Emma Wilson", "James Carter", "Friends"),
                  ("Hélène Fournier", "David Cohen", "Knows"),
                  ("Thomas Girard", "Oliver Hughes", "Colleagues"),
                  ("Tom Baker", "Claire Moreau", "Friends")]
    relation_fields = []
    seen = set()
    for a, b, kind in relations:
        key = tuple(sorted((a, b)))
        if key in seen:
            continue
        seen.add(key)
        relation_fields.append([f"id: {next_id}", f"a: {ids[a]}", f"b: {ids[b]}", f"kind: {kind}"])
        next_id += 1

    def step_list(statuses, start):
        steps, date = [], start
        for status in statuses:
            steps.append(f"(status: {status}, date: {q(date.isoformat())})")
            date += dt.timedelta(days=rng.randrange(3, 20))
        return "[" + ", ".join(steps) + "]"

    def person(p):
        return "Me" if p == "Me" else f"Contact({ids[p]})"

    intros = [
        ("Me", "Yasmine Cherif", "Hélène Fournier", ["Planned"], "Yasmine is raising a pre-seed round for her climate startup.", "", None),
        ("Me", "Thomas Girard", "Antoine Mercier", ["Planned", "Asked"], "Both work on circular economy products.", "", None),
        ("Me", "Inès Haddad", "Sarah O'Neill", ["Planned", "Asked", "Accepted"], "Inès wants feedback on a patient app design.", "", None),
        ("Me", "Anna Kowalski", "Emma Wilson", ["Planned", "Asked", "Accepted", "Made"], "Anna runs developer events; Emma looks for speakers.", "", None),
        ("Claire Moreau", "Me", "Omar Benali", ["Planned", "Made", "Met"], "Claire thought Omar could tell me about Alan's product culture.", "Coffee in March; he forwarded my profile to David.", None),
        ("Me", "Omar Benali", "Tom Baker", ["Planned", "Asked", "Declined"], "Tom coaches engineering managers.", "Omar had no time this quarter.", None),
        ("Me", "Nicolas Roux", "Guillaume Perrin", ["Planned", "Dropped"], "", "Nicolas left the startup scene.", None),
        ("Emma Wilson", "Me", "James Carter", ["Planned", "Made", "Met"], "Emma introduced me to James at Product Conf.", "Second interview scheduled.", None),
        ("Me", "Chloé Lambert", "Mathilde Rousseau", ["Planned", "Asked", "Accepted", "Made", "Met"], "Two recruiters in impact companies; they wanted to compare notes.", "They now share candidates.", None),
        ("Me", "Julie Lefèvre", "Marc Dubois", ["Planned"], "Marc might be hiring; I have never met him in person yet.", "", "Julie asked me directly; Marc's team is hiring now."),
    ]
    intro_fields = []
    for introducer, a, b, statuses, notes, outcome, override in intros:
        start = START + dt.timedelta(days=rng.randrange(200, 600))
        fields = [f"id: {next_id}", f"introducer: {person(introducer)}", f"a: {person(a)}",
                  f"b: {person(b)}", f"steps: {step_list(statuses, start)}"]
        next_id += 1
        if notes:
            fields.append(f"notes: {q(notes)}")
        if outcome:
            fields.append(f"outcome: {q(outcome)}")
        if override:
            fields.append(f"gate_override: Some({q(override)})")
        intro_fields.append(fields)

    def block(records):
        return "[" + ", ".join("(" + ", ".join(r) + ")" for r in records) + "]"

    text = (
        "(format_version: 1, network: ("
        f"name: {q('Job search — senior product role')}, "
        f"goal: {q('Find a senior product role in climate or health tech, in Paris or Lyon, by spring 2027. Meet people before applying.')}, "
        f"me: (name: {q('Camille Laurent')}, organization: {q('Independent')}, role: {q('Product manager')}), "
        "settings: (trust_threshold: Medium, recency_months: 18), "
        f"next_id: {next_id}, "
        f"contacts: {block(contacts)}, "
        f"encounters: {block([f for _, f in encounters])}, "
        f"introductions: {block(intro_fields)}, "
        f"relations: {block(relation_fields)}"
        "))\n"
    )
    with open("assets/examples/demo.ron", "w", encoding="utf-8") as out:
        out.write(text)


if __name__ == "__main__":
    main()
