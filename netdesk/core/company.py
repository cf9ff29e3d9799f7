"""Which company an organization names, whatever its legal form: "ACME, Inc." is "Acme".

Import matching (a card's name plus organization) and Find duplicates both compare companies
this way, so an address book that writes "Telefónica S.A." and one that writes "Telefonica"
give one contact.
"""

from __future__ import annotations

import functools

from netdesk.store.text import fold, tokens

# Words of a company name that say its legal form, not which company it is
LEGAL_FORMS = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp", "ltd",
    "limited", "plc", "gmbh", "mbh", "ag", "kg", "ohg", "ug", "ev", "sa", "sas", "sarl", "sl",
    "slu", "srl", "spa", "sapa", "bv", "nv", "as", "aps", "ab", "oy", "oyj", "asa", "pty",
    "pvt", "kk", "sp", "zoo", "sro", "spolka",
})  # fmt: skip


@functools.lru_cache(maxsize=65_536)
def company(organization: str) -> tuple[str, ...]:
    """The words that say which company it is: "ACME, Inc." and "Acme" are ("acme",).
    A name that is only a legal form ("Inc.") keeps it. Cached: a company's name comes back
    thousands of times."""
    words = tokens(fold(organization).replace(".", "").replace("/", ""))
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return tuple(words)


def company_key(organization: str) -> str:
    """:func:`company` as one string: what an import matches a name plus organization on."""
    return " ".join(company(organization))
