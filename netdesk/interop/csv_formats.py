"""Contact-CSV flavours: header names (English and localised Outlook), detection, date formats."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from netdesk.core.types import PartialDate
from netdesk.interop import outlook_headers
from netdesk.interop.vcard_values import NO_YEAR_SENTINELS, parse_date

# netdesk field key -> label shown in the column-mapping step for unknown CSVs.
FIELD_KEYS: dict[str, str] = {
    "given_name": "First name",
    "additional_names": "Middle name",
    "family_name": "Last name",
    "full_name": "Full name",
    "prefix": "Name prefix",
    "suffix": "Name suffix",
    "nickname": "Nickname",
    "organization": "Company",
    "title": "Job title",
    "department": "Department",
    "email": "E-mail",
    "phone": "Phone",
    "mobile": "Mobile phone",
    "work_phone": "Work phone",
    "home_phone": "Home phone",
    "fax": "Fax",
    "street": "Street",
    "locality": "City",
    "region": "State / region",
    "postal_code": "Postal code",
    "country": "Country",
    "url": "Web page",
    "birthday": "Birthday",
    "anniversary": "Anniversary",
    "notes": "Notes",
    "met_on": "Met on",
    "met_at": "Met at",
    "tags": "Tags",
    "ignore": "(ignore this column)",
}
# Simple field keys that are really a labelled phone.
KEY_ALIASES = {
    "mobile": "phone:mobile",
    "work_phone": "phone:work",
    "home_phone": "phone:home",
    "fax": "phone:fax",
}


def header_key(header: str) -> str:
    """A header reduced for matching: case, accents, spaces, hyphens and punctuation dropped."""
    text = unicodedata.normalize("NFKD", header.strip().lstrip("\ufeff")).casefold()
    return "".join(char for char in text if char.isalnum())


def _keys(table: dict[str, str]) -> dict[str, str]:
    return {header_key(header): target for header, target in table.items()}


_ADDRESS_PARTS = {
    "Street": "street",
    "Street 2": "street",
    "Street 3": "street",
    "City": "locality",
    "State": "region",
    "Postal Code": "postal_code",
    "Country/Region": "country",
    "Country": "country",
    "Address PO Box": "po_box",
}
_OUTLOOK_EN = {
    "First Name": "given_name",
    "Middle Name": "additional_names",
    "Last Name": "family_name",
    "Title": "prefix",
    "Suffix": "suffix",
    "Nickname": "nickname",
    "Company": "organization",
    "Department": "department",
    "Job Title": "title",
    "Assistant's Phone": "phone:assistant",
    "Business Fax": "phone:work fax",
    "Business Phone": "phone:work",
    "Business Phone 2": "phone:work",
    "Callback": "phone:other",
    "Car Phone": "phone:car",
    "Company Main Phone": "phone:work main",
    "Home Fax": "phone:home fax",
    "Home Phone": "phone:home",
    "Home Phone 2": "phone:home",
    "ISDN": "phone:isdn",
    "Mobile Phone": "phone:mobile",
    "Other Fax": "phone:other fax",
    "Other Phone": "phone:other",
    "Pager": "phone:pager",
    "Primary Phone": "phone:main",
    "Radio Phone": "phone:other",
    "TTY/TDD Phone": "phone:textphone",
    "Telex": "phone:other",
    "Anniversary": "anniversary",
    "Birthday": "birthday",
    "Categories": "tags",
    "E-mail Address": "email",
    "E-mail 2 Address": "email",
    "E-mail 3 Address": "email",
    "Notes": "notes",
    "Web Page": "url",
    "Personal Web Page": "url:home",
    "Spouse": "related:spouse",
    "Manager's Name": "related:manager",
    "Assistant's Name": "related:assistant",
    "Children": "related:child",
    # kept as fields labelled as the file names the column ("custom:" + its header)
    "Referred By": "custom:",
    "User 1": "custom:",
    "User 2": "custom:",
    "User 3": "custom:",
    "User 4": "custom:",
    "Hobby": "custom:",
    "Profession": "custom:",
    "Office Location": "custom:",
    "Location": "custom:",
    "Keywords": "custom:",
}
for _prefix, _label in (("Business", "work"), ("Home", "home"), ("Other", "other")):
    for _part, _field in _ADDRESS_PARTS.items():
        _OUTLOOK_EN[f"{_prefix} {_part}"] = f"{_field}:{_label}"

# Localised desktop Outlook headers (German, French, Spanish, Italian, Polish): the English
# column each stands for
OUTLOOK = _keys(
    {
        **_OUTLOOK_EN,
        **{local: _OUTLOOK_EN[english] for local, english in outlook_headers.LOCALISED.items()},
    }
)
# by header_key: what a column name stands for the second time a file has it (French "Titre")
OUTLOOK_SECOND = _keys(
    {local: _OUTLOOK_EN[english] for local, english in outlook_headers.SECOND_OF_A_NAME.items()}
)
_OUTLOOK_LOCALISED_ONLY = set(_keys(outlook_headers.LOCALISED)) - set(_keys(_OUTLOOK_EN))


def outlook_day_first(headers: list[str]) -> bool:
    """Whether an Outlook CSV's headers are localised (German, French, Spanish, Italian, Polish):
    those Outlooks write dates day first (an English one may be US, month first, or British,
    day first). A Spanish Outlook keeps about half its columns in English: a few Spanish ones
    are enough to tell."""
    keys = {header_key(header) for header in headers}
    return len(keys & _OUTLOOK_LOCALISED_ONLY) >= 3


THUNDERBIRD = _keys(
    {
        "First Name": "given_name",
        "Last Name": "family_name",
        "Display Name": "full_name",
        "Nickname": "nickname",
        "Primary Email": "email",
        "Secondary Email": "email",
        "Work Phone": "phone:work",
        "Home Phone": "phone:home",
        "Fax Number": "phone:fax",
        "Pager Number": "phone:pager",
        "Mobile Number": "phone:mobile",
        "Home Address": "street:home",
        "Home Address 2": "street:home",
        "Home City": "locality:home",
        "Home State": "region:home",
        "Home ZipCode": "postal_code:home",
        "Home Country": "country:home",
        "Work Address": "street:work",
        "Work Address 2": "street:work",
        "Work City": "locality:work",
        "Work State": "region:work",
        "Work ZipCode": "postal_code:work",
        "Work Country": "country:work",
        "Job Title": "title",
        "Department": "department",
        "Organization": "organization",
        "Web Page 1": "url:work",
        "Web Page 2": "url:home",
        "Birth Year": "birth_year",
        "Birth Month": "birth_month",
        "Birth Day": "birth_day",
        "Custom 1": "custom:Custom 1",
        "Custom 2": "custom:Custom 2",
        "Custom 3": "custom:Custom 3",
        "Custom 4": "custom:Custom 4",
        "Notes": "notes",
        "Screen Name": "custom:Screen Name",
    }
)

LINKEDIN = _keys(
    {
        "First Name": "given_name",
        "Last Name": "family_name",
        "URL": "url:linkedin",
        "Email Address": "email",
        "Company": "organization",
        "Position": "title",
        "Connected On": "met_on",
    }
)

# netdesk's own fields, by column, in a Google-style CSV: what the vCard export writes as
# X-NETDESK-* properties (netdesk.interop.csv_write writes them, the Google layout reads them)
NETDESK_HEADERS = {
    "Met On": "met_on",
    "Met At": "met_at",
    "Met Through UID": "met_through_uid",
    "What They Do": "what_they_do",
    "Looking For": "looking_for",
    "Can Offer": "can_offer",
    "Keep In Touch Days": "keep_in_touch_days",
    "Archived": "archived",
    "UID": "uid",
}

GOOGLE_SIMPLE = _keys(
    {
        "Name": "full_name",
        "File As": "full_name",  # after "Name" in the old layout, which wins
        "Given Name": "given_name",
        "First Name": "given_name",
        "Additional Name": "additional_names",
        "Middle Name": "additional_names",
        "Family Name": "family_name",
        "Last Name": "family_name",
        "Name Prefix": "prefix",
        "Name Suffix": "suffix",
        "Nickname": "nickname",
        "Birthday": "birthday",
        "Notes": "notes",
        "Labels": "tags",
        "Group Membership": "tags",
        "Organization Name": "organization",
        "Organization Title": "title",
        "Organization Department": "department",
        "Photo": "photo_url",
        **NETDESK_HEADERS,  # netdesk's own columns, as its export writes them
    }
)
GOOGLE_GROUP = re.compile(
    r"^(e-?mail|phone|address|website|relation|event|custom field|organization|im) (\d+) - (.+)$",
    re.IGNORECASE,
)

# Synonyms for guessing the mapping of an unknown CSV (keys already reduced by header_key).
GUESS_SYNONYMS = {
    **OUTLOOK,
    **_keys(
        {
            "given": "given_name",
            "firstname": "given_name",
            "forename": "given_name",
            "surname": "family_name",
            "lastname": "family_name",
            "familyname": "family_name",
            "name": "full_name",
            "fullname": "full_name",
            "displayname": "full_name",
            "contact": "full_name",
            "email": "email",
            "mail": "email",
            "emailaddress": "email",
            "correo": "email",
            "phone": "phone",
            "telephone": "phone",
            "tel": "phone",
            "phonenumber": "phone",
            "telefono": "phone",
            "mobile": "mobile",
            "cell": "mobile",
            "cellphone": "mobile",
            "company": "organization",
            "organisation": "organization",
            "employer": "organization",
            "position": "title",
            "jobtitle": "title",
            "role": "title",
            "address": "street",
            "street": "street",
            "city": "locality",
            "town": "locality",
            "state": "region",
            "province": "region",
            "zip": "postal_code",
            "zipcode": "postal_code",
            "postcode": "postal_code",
            "country": "country",
            "website": "url",
            "web": "url",
            "url": "url",
            "homepage": "url",
            "birthday": "birthday",
            "birthdate": "birthday",
            "dob": "birthday",
            "note": "notes",
            "notes": "notes",
            "comment": "notes",
            "comments": "notes",
            "tags": "tags",
            "groups": "tags",
            "categories": "tags",
            "nickname": "nickname",
            "metat": "met_at",
            "meton": "met_on",
            "connectedon": "met_on",
            "dateadded": "met_on",
            "title": "title",  # a CRM export's job title (Outlook's "Title" is a prefix)
            # whole words of longer headers ("Date of Birth", "Company Name")
            "birth": "birthday",
            "dateofbirth": "birthday",
            "remark": "notes",
            "remarks": "notes",
            "memo": "notes",
            "companyname": "organization",
            "organizationname": "organization",
            "accountname": "organization",
            "contactname": "full_name",
            "postalcode": "postal_code",
            "workphone": "phone:work",
            "officephone": "phone:work",
            "fax": "phone:fax",
            "faxnumber": "phone:fax",
            "salutation": "prefix",
            "description": "notes",
            "linkedin": "url:linkedin",
            "linkedinurl": "url:linkedin",
            "profileurl": "url",
            # how you met, as people title it in their own sheets
            "datemet": "met_on",
            "firstmet": "met_on",
            "metdate": "met_on",
            "wheremet": "met_at",
            "wherewemet": "met_at",
            "howmet": "met_at",
            "howwemet": "met_at",
            # the columns of a German, French or Spanish sheet
            "telefon": "phone",
            "telefonnummer": "phone",
            "handy": "mobile",
            "mobil": "mobile",
            "strasse": "street",
            "plz": "postal_code",
            "postleitzahl": "postal_code",
            "ort": "locality",  # a sheet's town (Outlook's "Ort" is its Location field)
            "stadt": "locality",
            "land": "country",
            "unternehmen": "organization",
            "funktion": "title",
            "notiz": "notes",
            "bemerkung": "notes",
            "bemerkungen": "notes",
            "geburtsdatum": "birthday",
            "spitzname": "nickname",
            "anzeigename": "full_name",
            # a whole name in one column: read by its words, "Nom complet" was a last name
            # (French "Nom"), "Nombre completo" and "Nome completo" a first name
            "vorundnachname": "full_name",
            "nomcomplet": "full_name",
            "nomaafficher": "full_name",
            "nomdaffichage": "full_name",
            "nometprenom": "full_name",
            "prenometnom": "full_name",
            "nomprenom": "full_name",
            "prenomnom": "full_name",
            "nombrecompleto": "full_name",
            "nombreyapellidos": "full_name",
            "nombreyapellido": "full_name",
            "nombreparamostrar": "full_name",
            "nomecompleto": "full_name",
            "nomeecognome": "full_name",
            "nomevisualizzato": "full_name",
            "imieinazwisko": "full_name",
            "nazwawyswietlana": "full_name",
            "arbeitstitel": "title",
            "bundesland": "region",
            "surnom": "nickname",
            "apodo": "nickname",
            "courriel": "email",
            "entreprise": "organization",
            "poste": "title",
            "adresse": "street",
            "codepostal": "postal_code",
            "ville": "locality",
            "pays": "country",
            "portable": "mobile",
            "datedenaissance": "birthday",
            "remarques": "notes",
            "commentaire": "notes",
            "commentaires": "notes",
            "cargo": "title",
            "direccion": "street",
            "ciudad": "locality",
            "provincia": "region",
            "codigopostal": "postal_code",
            "pais": "country",
            "movil": "mobile",
            "celular": "mobile",
            "fechadenacimiento": "birthday",
            "comentarios": "notes",
        }
    ),
}
# words that name a field only as a whole header (Yahoo's "First", "Last"): "Last Contacted"
# is no family name, "First Met" no given name
WHOLE_HEADER_SYNONYMS = _keys(
    {"First": "given_name", "Middle": "additional_names", "Last": "family_name"}
)
WHOLE_HEADER_SYNONYMS |= _keys({"Category": "tags", "Group": "tags", "Label": "tags"})
# a sheet's region ("Sales Region" is a territory, no part of an address)
WHOLE_HEADER_SYNONYMS |= _keys({"Region": "region", "County": "region"})
# a header with one of these words is about the record, not the person ("Contact Owner" is
# the salesperson, "Email Opt Out" a yes/no, "Record ID" a number)
NOT_THE_PERSONS = {"owner", "opt", "optout", "optin", "id", "created", "modified", "updated"}
NOT_THE_PERSONS |= {"status", "source", "count", "score", "stage", "unsubscribed", "bounced"}
# an account's name, not the person's ("Chat-Name", "Screen Name", "User Name", "Skype"): read
# as the full name, a handle became the name the contact is listed by
NOT_THE_PERSONS |= {"chat", "screen", "user", "username", "login", "handle", "skype"}
# the same in French, Spanish and Italian: "Nom d'utilisateur" was a last name, "Nombre de
# usuario" and "Nome utente" first names
NOT_THE_PERSONS |= {"utilisateur", "usuario", "utente"}

# each month's names and abbreviations: English, Spanish, French, German, Italian, Dutch, Portuguese
_MONTH_NAMES = (
    "jan january ene enero janv januar gen gennaio januari janeiro",
    "feb february febrero fev fevr februar febbraio februari fevereiro",
    "mar march marzo mars marz märz maart mrt marco março",
    "apr april abr abril avr avril aprile",
    "may mayo mai mag maggio mei maio",
    "jun june junio juin juni giu giugno junho",
    "jul july julio juil juillet juli lug luglio julho",
    "aug august ago agosto aout août augustus",
    "sep sept september septiembre septembre set settembre setembro",
    "oct october octubre octobre okt oktober ott ottobre out outubro",
    "nov november noviembre novembre novembro",
    "dec december dic diciembre decembre déc dez dezember dicembre dezembro",
)
_MONTHS = {
    name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()
}
_SLASHED = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})")
_NO_YEAR = re.compile(r"(\d{1,2})[/.-](\d{1,2})")  # 04/05, 4-23: a birthday without its year
_YEAR_FIRST = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})")  # 1990/05/14 (East Asian)
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.?\s+([^\W\d]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def _full_year(year: int) -> int:
    if year >= 100:
        return year
    this_year = dt.date.today().year % 100
    return 2000 + year if year <= this_year else 1900 + year


def _checked(year: int | None, month: int, day: int) -> PartialDate:
    if year is not None and (year in NO_YEAR_SENTINELS or (year < 100 and year == 0)):
        year = None
    return PartialDate(year, month, day)


def numeric_day_month(text: str) -> tuple[int, int] | None:
    """The two leading numbers of a date written ``NN/NN[/YYYY]`` (either of which may be the
    day), or None for any other form (ISO, with a month name, with dots: day first)."""
    value = text.strip()
    if "." in value:
        return None
    date_part = value.split(",")[0].strip().split(" ")[0]
    match = _SLASHED.fullmatch(date_part) or _NO_YEAR.fullmatch(date_part)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2))


def parse_csv_date(text: str, day_first: bool = False) -> PartialDate | None:
    """A CSV date: ISO/vCard, US ``1/8/18, 6:14 PM``, ``14.05.1990``, ``30 May 2024``,
    ``04/23`` without a year.

    ``04/05/2023`` is read day first when ``day_first`` (the file's other dates or its
    format's convention say so), else month first, as the US write it. A first number over 12
    is a day whatever ``day_first`` says.

    Returns None for an empty or unset date (Outlook's ``0/0/00``).

    Raises:
        ValueError: when the text is no date we understand.
    """
    value = text.strip()
    if not value or value in ("0/0/00", "0/0/0000", "00.00.0000"):
        return None
    try:
        return parse_date(value)
    except ValueError:
        pass
    date_part = value.split(",")[0].strip() if re.match(r"\d+/", value) else value
    match = _YEAR_FIRST.fullmatch(date_part.split(" ")[0])
    if match:
        return _checked(*(int(group) for group in match.groups()))  # year, month, day
    match = _SLASHED.fullmatch(date_part.split(" ")[0])
    if match:
        first, second, year = (int(group) for group in match.groups())
        if "." in date_part or first > 12 or (day_first and second <= 12):
            return _checked(_full_year(year), second, first)  # 14.05.1990, 14/05/1990
        return _checked(_full_year(year), first, second)  # US month/day/year
    match = _NO_YEAR.fullmatch(date_part.split(" ")[0])
    if match:
        first, second = (int(group) for group in match.groups())
        if "." in date_part or first > 12 or (day_first and second <= 12):
            return _checked(None, second, first)
        return _checked(None, first, second)
    for pattern, day_index, month_index in ((_DAY_MONTH_YEAR, 1, 2), (_MONTH_DAY_YEAR, 2, 1)):
        match = pattern.fullmatch(value)
        if match:
            month = _MONTHS.get(header_key(match.group(month_index))) or _MONTHS.get(
                match.group(month_index).casefold()
            )
            if month:
                return _checked(int(match.group(3)), month, int(match.group(day_index)))
    raise ValueError(f"not a date: {text!r}")


def detect_format(headers: list[str]) -> str | None:
    """``"google"``, ``"outlook"``, ``"thunderbird"``, ``"linkedin"`` or None from a header row."""
    keys = {header_key(header) for header in headers if header.strip()}
    if not keys:
        return None
    if {"firstname", "lastname", "connectedon"} <= keys:
        return "linkedin"
    if "primaryemail" in keys and ("displayname" in keys or "birthyear" in keys):
        return "thunderbird"
    if any(GOOGLE_GROUP.match(header.strip()) for header in headers) or (
        {"givenname", "familyname"} <= keys or "groupmembership" in keys or "labels" in keys
    ):
        return "google"
    known = sum(1 for key in keys if key in OUTLOOK)
    if known >= 3 and known >= len(keys) // 3:
        return "outlook"
    return None
