"""The work domains of everyone's e-mail addresses, in one query (Find duplicates: two
namesakes writing from two employers' domains are two people)."""

from __future__ import annotations

from netdesk.store.models import db

# Labels of the big free mail providers: an address there says nothing about an employer
_PERSONAL = frozenset({
    "gmail", "googlemail", "yahoo", "ymail", "rocketmail", "hotmail", "outlook", "live", "msn",
    "icloud", "me", "mac", "aol", "gmx", "web", "proton", "protonmail", "pm", "tutanota",
    "yandex", "mail", "orange", "wanadoo", "free", "laposte", "sfr", "libero", "virgilio",
    "tiscali", "wp", "o2", "onet", "interia", "sapo", "telefonica", "movistar", "terra", "qq",
    "163", "126", "naver", "daum", "t-online", "freenet", "arcor", "zoho", "fastmail", "hey",
    "seznam", "btinternet", "sky", "comcast", "verizon", "att", "sbcglobal", "bigpond",
})  # fmt: skip
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})


def work_domain(address: str) -> str:
    """The employer's domain of a folded address ("ana@mail.acme.co.uk" -> "acme.co.uk"), or ""
    for a free mail provider's or one that cannot be read."""
    _, at, domain = address.rpartition("@")
    labels = domain.strip(".").split(".") if at else []
    if len(labels) < 2:
        return ""
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    if len(labels) < keep or labels[-keep] in _PERSONAL:
        return ""  # "gmail.com", "yahoo.co.uk"; a company's "mail.acme.com" stays "acme.com"
    return ".".join(labels[-keep:])


def by_contact() -> dict[int, frozenset[str]]:
    """Each contact with a work address: the domains of its work addresses."""
    found: dict[int, set[str]] = {}
    for contact_id, address in db.execute_sql(
        "SELECT contact_id, value_folded FROM email WHERE value_folded LIKE '%@%.%'"
    ):
        domain = work_domain(address)
        if domain:
            found.setdefault(contact_id, set()).add(domain)
    return {contact_id: frozenset(domains) for contact_id, domains in found.items()}
