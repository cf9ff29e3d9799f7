"""What Find duplicates reads beyond bulk's names and shared values, one query each: the work
domains of everyone's e-mail (two namesakes writing from two employers are two people), the
phones written nationally for another country than the user's and the international numbers
they may be, everyone's birthday (a father and his son) and given name (a family's address),
numbers dialled with "00", written nicknames, and Gmail addresses (one mailbox, other ways)."""

from __future__ import annotations

from netdesk.store.models import db
from netdesk.store.text import digits

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


def work_domains() -> dict[int, frozenset[str]]:
    """Each contact with a work address: the domains of its work addresses."""
    found: dict[int, set[str]] = {}
    for contact_id, address in db.execute_sql(
        "SELECT contact_id, value_folded FROM email WHERE value_folded LIKE '%@%.%'"
    ):
        domain = work_domain(address)
        if domain:
            found.setdefault(contact_id, set()).add(domain)
    return {contact_id: frozenset(domains) for contact_id, domains in found.items()}


def national_only() -> list[tuple[int, str, str]]:
    """(contact id, the number's digits without its leading zeros, the E.164 form stored or "")
    of every phone written
    nationally for another country than the user's, long enough to be a whole number (7
    digits): one with no E.164 form, or whose E.164 form kept the other country's trunk "0"
    and is no valid number (in the US, Berlin's "030 1234567" is made "+10301234567")."""
    found = []
    for contact_id, raw, e164 in db.execute_sql(
        "SELECT contact_id, raw, e164 FROM phone WHERE e164 = '' OR ltrim(raw, ' (') LIKE '0%'"
    ):
        national = national_digits(raw, e164)
        if national:
            found.append((contact_id, national, e164))
    return found


def national_digits(raw: str, e164: str) -> str:
    """The digits of a phone written nationally for another country than the user's, without
    their leading zeros ("030 1234567": "301234567"), or "" for another: one with no E.164
    form, or whose E.164 form kept the trunk "0" and is no valid number, at least 7 digits
    long (a whole number). The international form it may be ends with them."""
    written = digits(raw)
    national = written.lstrip("0")
    if len(national) < 7 or (not e164 and written.startswith("00")):
        return ""  # "0034 612 345 678", dialled from Europe: the international "+34612345678"
    if e164 and (
        written[:1] != "0" or written.startswith("00") or not e164.endswith(written) or _valid(e164)
    ):
        return ""  # no trunk "0", the user's own (stripped), or a valid number (Italy's "06...")
    return national


def dialled_abroad() -> list[tuple[int, str]]:
    """(contact id, the international number it dials) of every phone with no E.164 form
    written with Europe's international prefix "00": "0034 612 345 678", copied from a
    Spanish card, is read by no region whose prefix is another (the US's is "011") or none,
    and is "+34612345678"."""
    found = []
    for contact_id, raw in db.execute_sql(
        "SELECT contact_id, raw FROM phone WHERE e164 = '' AND ltrim(raw, ' (') LIKE '00%'"
    ):
        # "0044 (0)20 7946 0958": the trunk "0" in brackets is not dialled from abroad
        international = digits(raw.replace("(0)", ""))[2:]
        if international[:1] not in ("", "0") and 8 <= len(international) <= 15:
            found.append((contact_id, "+" + international))
    return found


def with_numbers(numbers: set[str]) -> list[tuple[int, str]]:
    """(contact id, E.164) of every phone whose E.164 form is one of ``numbers``."""
    return _rows_where_in("SELECT contact_id, e164 FROM phone WHERE e164 IN ({})", numbers)


def _rows_where_in(sql: str, values: set[str]) -> list[tuple[int, str]]:
    """The rows of ``sql`` (its ``{}`` the question marks) for ``values``, 500 a query
    (SQLite's limit of parameters)."""
    found: list[tuple[int, str]] = []
    ordered = sorted(values)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        found += db.execute_sql(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
    return found


def is_international_form(e164: str, national: str) -> bool:
    """``e164`` is ``national`` (national_digits) after a country code of 1 to 3 digits."""
    return e164[1:].endswith(national) and 1 <= len(e164) - 1 - len(national) <= 3


def _valid(e164: str) -> bool:
    import phonenumbers  # where used: its import is not on the way to the window

    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(e164)))
    except phonenumbers.NumberParseException:
        return False


def international_ending_in(tails: set[str]) -> list[tuple[int, str]]:
    """(contact id, E.164) of every phone with an E.164 form whose last 7 digits are one of
    ``tails``."""
    if not tails:
        return []
    rows = db.execute_sql("SELECT contact_id, e164 FROM phone WHERE e164 != ''")
    return [(contact_id, e164) for contact_id, e164 in rows if e164[-7:] in tails]


def birthdays() -> dict[int, str]:
    """Contact id -> its birthday's ISO text ("1985-04-15", "--04-15", "1985")."""
    rows = db.execute_sql(
        "SELECT id, birthday FROM contact WHERE birthday IS NOT NULL AND birthday != ''"
    )
    return {contact_id: str(birthday) for contact_id, birthday in rows}


def given_names() -> dict[int, str]:
    """Contact id -> its given name, for everyone who has one."""
    rows = db.execute_sql("SELECT id, given_name FROM contact WHERE given_name != ''")
    return {contact_id: str(given) for contact_id, given in rows}


def nicknamed() -> list[tuple[int, str, str]]:
    """(contact id, nickname, family name) of everyone with both written."""
    rows = db.execute_sql(
        "SELECT id, nickname, family_name FROM contact WHERE nickname != '' AND family_name != ''"
    )
    return [(contact_id, str(nickname), str(family)) for contact_id, nickname, family in rows]


def named(folded_names: set[str]) -> list[tuple[int, str]]:
    """(contact id, folded display name) of everyone whose folded display name (its sort key)
    is one of ``folded_names``."""
    return _rows_where_in("SELECT id, sort_key FROM contact WHERE sort_key IN ({})", folded_names)


def gmail_addresses() -> list[tuple[int, str]]:
    """(contact id, folded address) of every Gmail address (gmail.com, googlemail.com)."""
    rows = db.execute_sql(
        "SELECT contact_id, value_folded FROM email "
        "WHERE value_folded LIKE '%@gmail.com' OR value_folded LIKE '%@googlemail.com'"
    )
    return [(contact_id, str(address)) for contact_id, address in rows]
