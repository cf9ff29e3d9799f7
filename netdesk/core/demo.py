"""Demo data: a few hundred realistic contacts with photos, origins and a year of journal."""

from __future__ import annotations

import datetime as dt
import io
import random
import re

from netdesk.core import Core
from netdesk.core.types import (
    Contact,
    EmailAddress,
    PartialDate,
    PhoneNumber,
    PostalAddress,
    WebLink,
)

GIVEN = {
    "es": [
        "Lucía",
        "Martín",
        "Sofía",
        "Álvaro",
        "Inés",
        "Jesús",
        "María José",
        "Íñigo",
        "Begoña",
        "Raúl",
        "Nuria",
        "Óscar",
        "Ángela",
        "Joaquín",
    ],
    "en": [
        "Emma",
        "Oliver",
        "Charlotte",
        "James",
        "Amelia",
        "Henry",
        "Grace",
        "Samuel",
        "Hannah",
        "Thomas",
    ],
    "de": ["Jürgen", "Anneliese", "Lukas", "Sophie", "Maximilian", "Greta", "Tobias", "Lena"],
    "fr": ["Chloé", "Étienne", "Hélène", "Benoît", "Céline", "François", "Amélie", "Noël"],
    "it": ["Giulia", "Matteo", "Chiara", "Lorenzo", "Francesca", "Niccolò", "Alessandro", "Elena"],
    "pt": ["João", "Beatriz", "Gonçalo", "Leonor", "Tomás", "Inês", "Rui", "Mariana"],
    "pl": ["Zofia", "Łukasz", "Małgorzata", "Wojciech", "Katarzyna", "Piotr", "Agnieszka"],
    "ja": ["Yuki", "Haruto", "Sakura", "Ren", "Aoi", "Sota", "Hina", "Kenji"],
}
FAMILY = {
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Núñez",
        "Muñoz",
        "Peña",
        "Ibáñez",
        "Domínguez",
        "Gutiérrez",
        "Ordóñez",
    ],
    "en": [
        "Smith",
        "Johnson",
        "Brown",
        "Taylor",
        "Wilson",
        "Davies",
        "Clarke",
        "Walker",
        "Wright",
        "Hughes",
    ],
    "de": ["Müller", "Schäfer", "Weiß", "Köhler", "Groß", "Bäcker", "Schröder"],
    "fr": ["Dubois", "Lefèvre", "Girard", "Bérenger", "Moreau", "Rousseau"],
    "it": ["Rossi", "Bianchi", "Romano", "Esposito", "Ricci", "Colombo", "Marino", "Greco"],
    "pt": ["Silva", "Gonçalves", "Conceição", "Magalhães", "Ferreira", "Costa", "Sousa"],
    "pl": ["Kowalski", "Wiśniewska", "Wójcik", "Zieliński", "Nowak", "Lewandowski", "Kamiński"],
    "ja": ["Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Takahashi", "Itō", "Nakamura", "Sato"],
}
COUNTRY = {
    "es": ("Madrid", "ES", "+34 6"),
    "en": ("London", "GB", "+44 7"),
    "de": ("Berlin", "DE", "+49 15"),
    "fr": ("Lyon", "FR", "+33 6"),
    "it": ("Milano", "IT", "+39 3"),
    "pt": ("Lisboa", "PT", "+351 91"),
    "pl": ("Kraków", "PL", "+48 5"),
    "ja": ("Tokyo", "JP", "+81 90"),
}
ORGS = [
    "Acme Robotics",
    "Nimbus Analytics",
    "Lumen Health",
    "Bosque Ventures",
    "Fjord Logistics",
    "Cedro Labs",
    "Orbital Foods",
    "Kite Design Studio",
    "Tessera Bank",
    "Mistral Energy",
    "Pixelwerk",
    "Universidad de Salamanca",
    "Helix Biotech",
    "Ferro & Partners",
    "Quantum Leaf",
]
TITLES = [
    "CTO",
    "Product Manager",
    "Founder",
    "Head of Design",
    "Data Scientist",
    "Investor",
    "Sales Director",
    "Engineering Manager",
    "Researcher",
    "Recruiter",
    "CEO",
    "UX Researcher",
    "Marketing Lead",
]
TAGS = [
    "investor",
    "mentor",
    "conference",
    "former colleague",
    "client",
    "friend",
    "recruiter",
    "design",
    "open source",
    "madrid",
]
PLACES = [
    "PyCon ES {year}",
    "Web Summit {year}",
    "a friend's dinner",
    "Startup Grind Madrid",
    "the climbing gym",
    "FOSDEM {year}",
    "a product meetup",
    "university",
    "a client workshop",
    "LinkedIn",
    "the coworking space",
    "a hackathon",
]
SUMMARIES = {
    "call": [
        "Catch-up call about their new role",
        "Quick call: intro to a designer",
        "Talked through the funding round",
        "Call about the partnership idea",
    ],
    "meeting": [
        "Coffee near the office",
        "Lunch: plans for next year",
        "Met at the meetup, talked about hiring",
        "Workshop on the roadmap",
    ],
    "message": [
        "Sent congratulations on the launch",
        "Shared an article on pricing",
        "Asked how the move went",
        "Sent the intro they asked for",
    ],
    "email": [
        "Followed up with the proposal",
        "Sent notes from our chat",
        "Replied about the job opening",
    ],
    "event": ["Saw them at the conference", "Both at the product launch party"],
    "note": ["Heard they are looking for a CTO", "Their daughter started university"],
}
DOES = [
    "Builds data platforms for logistics companies.",
    "Runs a small design studio focused on health apps.",
    "Invests in early-stage climate startups.",
    "Teaches machine learning and consults on the side.",
    "Leads a team of 12 engineers shipping payments.",
]
LOOKING = [
    "A senior backend engineer",
    "Introductions to investors in Berlin",
    "Beta users for their app",
    "A co-founder with sales experience",
    "",
]
OFFER = [
    "Intro to my former team at Nimbus",
    "Feedback on their pitch deck",
    "Help with Python hiring",
    "",
]
# the yearly events among PLACES: their month and first day (a two-day event), so a contact
# met there is met on the event's days of a year it has already been, named for that year
EVENTS = {"PyCon ES {year}": (10, 4), "Web Summit {year}": (11, 12), "FOSDEM {year}": (2, 3)}
CADENCES = [None, None, None, 30, 91, 91, 182, 365, 365]
COLOURS = [
    (94, 129, 172),
    (191, 97, 106),
    (163, 190, 140),
    (208, 135, 112),
    (180, 142, 173),
    (136, 192, 208),
    (235, 203, 139),
    (121, 134, 203),
]


def _photo(rng: random.Random) -> bytes:
    """A simple generated portrait: a coloured background, a head and shoulders."""
    from PIL import Image, ImageDraw

    size = 160
    background = rng.choice(COLOURS)
    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    skin = rng.choice(
        [(241, 204, 177), (224, 172, 140), (198, 134, 96), (141, 85, 58), (255, 224, 196)]
    )
    hair = rng.choice([(40, 30, 25), (90, 60, 30), (200, 160, 80), (120, 120, 120), (160, 60, 30)])
    shirt = rng.choice(COLOURS)
    draw.ellipse((22, 112, 138, 230), fill=tuple(max(0, c - 40) for c in shirt))
    draw.ellipse((48, 30, 112, 104), fill=skin)
    draw.chord((44, 22, 116, 86), 180, 360, fill=hair)
    if rng.random() < 0.4:
        draw.ellipse((38, 40, 56, 90), fill=hair)
        draw.ellipse((104, 40, 122, 90), fill=hair)
    eye = (40, 40, 40)
    draw.ellipse((64, 62, 70, 68), fill=eye)
    draw.ellipse((90, 62, 96, 68), fill=eye)
    draw.arc((68, 72, 92, 92), 20, 160, fill=(120, 60, 60), width=2)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def _polish_family(family: str, *, feminine: bool) -> str:
    """A Polish family name in the form that goes with the given name: Wojciech Wiśniewski,
    Zofia Wiśniewska (an adjective surname agrees; Wójcik does not change)."""
    if family.endswith(("ski", "cki", "ska", "cka")):
        return family[:-1] + ("a" if feminine else "i")
    return family


# letters NFKD does not take apart into an ASCII letter and a mark, as people write them in
# an e-mail address ("Groß" is gross@, "Łukasz" lukasz@)
_SPELLED = str.maketrans(
    {"ß": "ss", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Đ": "D", "đ": "d",
     "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i"}
)  # fmt: skip


def _ascii(text: str) -> str:
    import unicodedata

    return (
        "".join(c for c in unicodedata.normalize("NFKD", text.translate(_SPELLED)) if c.isascii())
        .lower()
        .replace(" ", "")
    )


def fill_demo(core: Core, count: int = 300, seed: int = 1) -> int:
    """Fill an empty database with ``count`` demo contacts; returns how many were created.

    Raises:
        ValueError: the database already holds contacts (demo data never mixes with real data).
    """
    stats = core.contacts.stats()
    if stats.contacts + stats.archived:
        raise ValueError(
            "The database already holds contacts; the demo needs an empty data folder."
        )
    rng = random.Random(seed)
    now = core.clock.now()
    today = now.date()
    ids: list[int] = []
    known_for: dict[int, int] = {}  # contact -> days since they met: no entry before that
    named: set[tuple[str, str]] = {("Lucía", "Fernández Núñez")}  # the complete example's
    addresses = {"lucia.fernandez@bosqueventures.example"}
    with core.store.transaction():
        for number in range(count):
            language = rng.choice(
                ["es", "es", "es", "en", "en", "de", "fr", "it", "pt", "pl", "ja"]
            )
            # a name nobody has yet: the list showed five "Haruto Suzuki" and three "Henry
            # Davies" in a row, and Find duplicates proposed them (an address book rarely
            # holds namesakes; a huge --count may, once the names run out)
            for _attempt in range(50):
                given = rng.choice(GIVEN[language])
                family = rng.choice(FAMILY[language])
                if language == "es" and rng.random() < 0.5:
                    family = f"{family} {rng.choice(FAMILY['es'])}"
                if language == "pl":
                    family = _polish_family(family, feminine=given.endswith("a"))
                if (given, family) not in named:
                    break
            named.add((given, family))
            org = rng.choice(ORGS)
            # the first family name, as people write theirs, unless a namesake of it at the
            # company has it already (Ángela García López and Ángela García): then both, or
            # a number, as a mail server hands out
            # letters and digits only: "Ferro & Partners" gave ferro&part.example
            domain = f"{re.sub(r'[^a-z0-9]', '', _ascii(org))[:10]}.example"
            local = f"{_ascii(given)}.{_ascii(family.split()[0])}"
            candidates = [local, f"{_ascii(given)}.{'.'.join(map(_ascii, family.split()))}"]
            candidates += [f"{local}{n}" for n in range(2, count + 3)]
            address = next(a for c in candidates if (a := f"{c}@{domain}") not in addresses)
            addresses.add(address)
            city, region, prefix = COUNTRY[language]
            contact = Contact(
                given_name=given,
                family_name=family,
                organization=org if rng.random() < 0.85 else "",
                title=rng.choice(TITLES) if rng.random() < 0.8 else "",
                emails=[EmailAddress(address, "work", True)],
                phones=[
                    PhoneNumber(f"{prefix}{rng.randint(10_000_000, 99_999_999)}", "mobile", True)
                ]
                if rng.random() < 0.7
                else [],
                addresses=[PostalAddress(label="work", locality=city, country=region)]
                if rng.random() < 0.4
                else [],
                urls=[
                    WebLink(
                        f"https://www.linkedin.com/in/{_ascii(given)}-{_ascii(family.split()[0])}",
                        "LinkedIn",
                    )
                ]
                if rng.random() < 0.5
                else [],
                birthday=PartialDate(
                    rng.choice([None, rng.randint(1960, 1998)]),
                    rng.randint(1, 12),
                    rng.randint(1, 28),
                )
                if rng.random() < 0.45
                else None,
                what_they_do=rng.choice(DOES) if rng.random() < 0.5 else "",
                looking_for=rng.choice(LOOKING) if rng.random() < 0.4 else "",
                can_offer=rng.choice(OFFER) if rng.random() < 0.3 else "",
                notes=rng.choice(
                    [
                        "",
                        "",
                        "Prefers WhatsApp to e-mail.",
                        "Vegetarian; loves Basque food.",
                        "Two kids, runs marathons.",
                    ]
                ),
                tags=rng.sample(TAGS, rng.choice([0, 1, 1, 2, 3])),
                keep_in_touch_days=rng.choice(CADENCES),
                source="demo",
                archived=rng.random() < 0.04,
            )
            if rng.random() < 0.75:  # most contacts have a story
                # 45 days at least: the contacts due today exactly talked 30 days ago
                met = today - dt.timedelta(days=rng.randint(45, 3000))
                precision = rng.random()
                place = rng.choice(PLACES)
                if place in EVENTS:  # not "PyCon ES 2025" in 2021: the edition of that year
                    month, day = EVENTS[place]
                    event = dt.date(met.year, month, day + met.day % 2)
                    if event > today - dt.timedelta(days=45):
                        event = event.replace(year=met.year - 1)
                    met, place = event, place.format(year=event.year)
                contact.met_on = (
                    PartialDate(met.year, met.month, met.day)
                    if precision < 0.5
                    else PartialDate(met.year, met.month)
                    if precision < 0.8
                    else PartialDate(met.year)
                )
                contact.met_at = place
                if ids and rng.random() < 0.35:
                    contact.met_through_id = rng.choice(ids)
            if rng.random() < 0.45:
                contact.photo = _photo(rng)
            if number == 0:  # the first contact is always a complete example
                contact.given_name, contact.family_name = "Lucía", "Fernández Núñez"
                contact.organization, contact.title = "Bosque Ventures", "Partner"
                # her own address, not the one drawn for the name she replaced
                contact.emails = [
                    EmailAddress("lucia.fernandez@bosqueventures.example", "work", True)
                ]
                contact.keep_in_touch_days = 30
                contact.tags = ["investor", "mentor"]
                contact.met_on = PartialDate(2023, 10, 5)
                contact.met_at = "PyCon ES 2023, Tenerife"
                contact.photo = _photo(rng)
                contact.archived = False
            ids.append(core.contacts.create(contact))
            if contact.met_on is not None:
                # the start of the day, month or year written: every entry comes after it
                met_on = contact.met_on
                start = dt.date(met_on.year or today.year, met_on.month or 1, met_on.day or 1)
                known_for[ids[-1]] = (today - start).days
            else:
                known_for[ids[-1]] = 3000
        # a year of journal: busy people get more entries; some cadences fall due today
        for contact_id in ids:
            entries = rng.choice([0, 0, 1, 2, 3, 4, 6, 9])
            for _ in range(entries):
                kind = rng.choice(
                    ["call", "meeting", "meeting", "message", "message", "email", "event", "note"]
                )
                at = now - dt.timedelta(
                    days=rng.randint(1, min(365, known_for[contact_id] - 1)),
                    hours=rng.randint(0, 9),
                    minutes=rng.choice([0, 15, 30, 45]),
                )
                at = at.replace(hour=max(8, min(at.hour, 19)), second=0)
                others = [rng.choice(ids)] if rng.random() < 0.12 else []
                core.journal.log([contact_id, *others], kind, rng.choice(SUMMARIES[kind]), at=at)
        for summary in core.contacts.summaries(ids):  # most people with a cadence are on track
            cadence = summary.keep_in_touch_days
            if cadence and rng.random() < 0.85:
                latest = min(cadence - 3, known_for[summary.id] - 1)
                at = now - dt.timedelta(days=rng.randint(1, max(1, latest)), hours=2)
                kind = rng.choice(["call", "meeting", "message"])
                core.journal.log([summary.id], kind, rng.choice(SUMMARIES[kind]), at=at)
        for contact_id in rng.sample(ids, max(1, count // 25)):  # due today exactly
            core.contacts.set_cadence([contact_id], 30)
            core.journal.log(
                [contact_id],
                "message",
                rng.choice(SUMMARIES["message"]),
                at=now - dt.timedelta(days=30, hours=1),
            )
        for contact_id in rng.sample(ids, max(1, count // 30)):
            core.follow_ups.add(
                contact_id,
                now + dt.timedelta(days=rng.randint(-3, 10)),
                rng.choice(["Send the proposal", "Ask about the intro", "Share the slides"]),
                has_time=False,
            )
    return len(ids)
