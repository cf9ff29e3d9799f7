"""Byte-level text detection shared by the vCard and CSV readers: BOMs, UTF-16, legacy charsets."""

from __future__ import annotations

import codecs
import itertools
import logging
import re

log = logging.getLogger("netdesk.interop")

# Legacy charsets worth considering for undeclared 8-bit contact data, most likely first.
LEGACY_CANDIDATES = [
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "iso8859_15",
    "koi8_r",
    "cp932",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
]
FALLBACK_CHARSET = "cp1252"
_SAMPLE_BYTES = 64 * 1024
_N_TILDE_NOT_BEFORE_VOWEL = re.compile(r"[ñÑ](?![aeiouáéíóúAEIOUÁÉÍÓÚ])")
_N_ACUTE_BEFORE_VOWEL = re.compile(r"[ńŃ][aeiouyąęóAEIOUYĄĘÓ]")
# Where cp1252 and cp1250 read a byte as two letters (è/č, à/ŕ, ø/ř, ã/ă...), the places each
# language family puts its own: French "-ère" and a final "à", Portuguese "-ão", Danish "ø"
# before a consonant; Czech "ř" or "č" before a vowel and "ě" after b/p/v/m/d/t/n, Polish
# final "ę", "ć" and "ń", Hungarian "ő", Romanian "ă" before a consonant.
_WESTERN_PLACES = re.compile(
    r"[àèìòù](?![^\W\d_])|è[^\W\d_]{1,2}e|ã[eo]|õe|ø(?![aeiouyæå])|å|ê[^\W\d_]",
    re.IGNORECASE,
)
_CENTRAL_PLACES = re.compile(
    r"[čř][aeiouyáéíóúýěů]|[bpvmdtn]ě|ů(?=[^\W\d_])|[ęćń](?![^\W\d_])|ő(?![aeiou])"
    r"|ă(?![aeiouă])",
    re.IGNORECASE,
)
_MULTIBYTE_CHARSETS = {"cp932", "euc_jp", "gb18030", "big5", "euc_kr"}
_LATIN_CHARSETS = {"cp1252", "cp1250", "cp1254", "cp1257", "iso8859_2", "iso8859_15"}
# cp1252's typographic marks (€ … ‘ ’ “ ” • – — ™), which Mac Roman reads as letters
_CP1252_MARKS = frozenset(b"\x80\x85\x91\x92\x93\x94\x95\x96\x97\x99")


def utf16_byte_order(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the bytes are UTF-16 (BOM or NUL pattern), else None."""
    if data[:2] == codecs.BOM_UTF16_LE and data[:4] != codecs.BOM_UTF32_LE:
        return "utf-16-le"
    if data[:2] == codecs.BOM_UTF16_BE:
        return "utf-16-be"
    head = data[:4096]
    if len(head) < 4 or b"\x00" not in head:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    # Mostly-ASCII UTF-16 text has a NUL in (nearly) every other byte and almost none in between.
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    # Cyrillic, Greek or CJK text has a NUL only beside its ASCII (commas, digits, line
    # breaks, e-mails): too few for the count above, and the file was refused as binary
    for order in ("utf-16-le", "utf-16-be"):
        if _reads_as_utf16_text(head[: len(head) // 2 * 2], order):
            return order
    return None


def _reads_as_utf16_text(data: bytes, order: str) -> bool:
    """Whether ``data`` reads in ``order`` as lines of text: no control characters, a line
    break, and a tenth of it ASCII at least (read in the other byte order, or as UTF-16 at
    all, other bytes give next to no ASCII)."""
    try:
        text = data.decode(order)
    except UnicodeDecodeError:
        try:  # the head may end in the middle of a surrogate pair (an emoji)
            text = data[:-2].decode(order)
        except UnicodeDecodeError:
            return False
    if "\n" not in text and "\r" not in text:
        return False
    ascii_count = controls = 0
    for char in text:
        if char < "\x80":
            ascii_count += 1
            controls += char < " " and char not in "\t\r\n"
    return controls == 0 and ascii_count * 10 >= len(text)


def to_utf8_bytes(data: bytes) -> bytes:
    """Drop the BOMs, or transcode UTF-16 (with or without BOM) or UTF-32 (with its BOM) to
    UTF-8 bytes.

    A BOM is dropped at the start of the file and at the start of any line: files joined
    end to end (``cat a.vcf b.vcf``) each bring theirs, which hid the BEGIN:VCARD after it
    (every card of the second file left out without a word) or began a CSV row's first cell.
    Only at a line's start: elsewhere the three bytes may be letters of a legacy charset.
    """
    order = utf16_byte_order(data)
    if order is None and data[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE):
        order = "utf-32"  # refused as binary data (three zero bytes in four); its BOM says
    if order is not None:
        text = data.decode(order, errors="replace").lstrip("\ufeff")
        if "\ufeff" in text:
            text = _LINE_BOM_TEXT.sub("", text)
        return text.encode("utf-8")
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if codecs.BOM_UTF8 in data:  # a plain search first: 0.05 s on 61 MB, the pattern 0.9 s
        data = _LINE_BOM.sub(b"", data)
    return data


# BOMs after a line break (more than one: an empty file joined in), or before a BEGIN:VCARD
# (a file that ended without a line break joined before it)
_LINE_BOM = re.compile(rb"(?<=[\r\n])(?:\xef\xbb\xbf)+|(?:\xef\xbb\xbf)+(?=(?i:begin)[ \t]*:)")
_LINE_BOM_TEXT = re.compile("(?<=[\r\n])\ufeff+|\ufeff+(?=(?i:begin)[ \t]*:)")


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any charset we read (images, archives, executables).

    A NUL counts as any other control character: one among the first cards refused the
    whole file, where the same NUL past the first 8 KB was read (``without_controls`` now
    leaves out both, and says where). UTF-16 is transcoded before; UTF-32, images and
    archives hold far more.
    """
    head = data[:8192]
    # tab, line breaks, form feed, escape and the vertical tab (Word's manual line break,
    # pasted into notes) are found in text
    controls = sum(head.count(bytes([c])) for c in range(32) if c not in (9, 10, 11, 12, 13, 27))
    return controls > len(head) // 100 + 1


# The control characters no contact file means: NUL and the C0 controls but tab, the line
# breaks, the vertical tab and form feed (Word's line breaks, exported as line breaks) and
# escape (ISO-2022-JP's shifts, read by its decoder); DEL. No legacy charset we read has one
# inside a character (their second bytes start at 0x30).
STRAY_CONTROLS = bytes((*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F))
_STRAY_CONTROL_RUN = re.compile(b"[" + re.escape(STRAY_CONTROLS) + b"]+")
_DOS_END_OF_FILE = b"\x1a"  # Ctrl+Z, the end of a file for DOS and old Windows programs


def without_controls(data: bytes) -> tuple[bytes, list[tuple[int, str]]]:
    """``data`` (UTF-8 or a legacy charset, no UTF-16) without its stray control characters,
    and (line, the characters as "0x00, 0x1F") of each line that held some, lines counted
    from 1 at each LF.

    They were kept in names and notes past the 8 KB ``looks_binary`` looks at (a NUL in a
    name no search found, which netdesk's own export then left out). A DOS end-of-file mark
    ending the file is left out without a word. One pass over the file (70 ms on 61 MB);
    the lines are looked for only when one is found.
    """
    if data.endswith(_DOS_END_OF_FILE):
        data = data.rstrip(_DOS_END_OF_FILE)
    kept = data.translate(None, STRAY_CONTROLS)
    if len(kept) == len(data):
        return data, []
    found: dict[int, set[int]] = {}
    line, counted = 1, 0
    for run in _STRAY_CONTROL_RUN.finditer(data):
        line += data.count(b"\n", counted, run.start())
        counted = run.start()
        found.setdefault(line, set()).update(run.group())
    return kept, [
        (number, ", ".join(f"0x{char:02X}" for char in sorted(chars)))
        for number, chars in found.items()
    ]


def _letter_ratio(text: str) -> float:
    """Share of non-ASCII characters that are letters: wrong charsets yield symbols."""
    high = [char for char in text if ord(char) > 127]
    if not high:
        return 1.0
    return sum(char.isalpha() for char in high) / len(high)


def detect_legacy_charset(sample: bytes) -> str:
    """Best guess for undeclared non-UTF-8 bytes; never fails (falls back on cp1252).

    charset-normalizer alone mistakes short Shift_JIS names for Korean and cannot rank the
    candidates we care about, so each legacy candidate is scored by how many of its non-ASCII
    characters are letters. Among those tied: text whose accented letters sit among plain ones
    is a Latin-script language, where cp1252 and cp1250 are told apart by where their letters
    fall (``_latin_pick``); other text (Cyrillic, Greek) is not read as a Latin charset.
    charset-normalizer's pick breaks the remaining ties, then the order of LEGACY_CANDIDATES.
    """
    sample = sample[:_SAMPLE_BYTES]
    # cp1252's marks (“ ” – € …) and guillemets are letters in other charsets (cp1251 reads
    # "€" as "Ђ", ISO 8859-2 "«" as "Ť"): a single-byte charset is scored without them, or a
    # German text with a euro sign and a dash or two read as Cyrillic ("Jьrgen WeiЯ"). The
    # guillemets only where they stand as such: they are ISO 8859-2's "Ť" and "ť", a Slovak
    # text's only accents ("ťava, robiť, dať")
    marks = _CP1252_MARKS | _GUILLEMETS if _guillemets(sample) else _CP1252_MARKS
    unmarked = sample.translate(None, bytes(marks))
    scores: dict[str, float] = {}
    for candidate in LEGACY_CANDIDATES:
        scored = sample if candidate in _MULTIBYTE_CHARSETS else unmarked
        try:
            scores[candidate] = _letter_ratio(scored.decode(candidate))
        except UnicodeDecodeError:
            continue
    if not scores:
        return FALLBACK_CHARSET
    if all(byte in _CP1252_MARKS for byte in sample if byte > 127):
        return "cp1252"  # curly quotes, dashes, € alone: cp1251 read "€5" as "Ђ5"
    if _mac_roman(sample, scores):
        return "mac_roman"
    top = max(scores.values())
    tied = [name for name, score in scores.items() if score >= top - 0.02]
    central = _central_pick(sample, tied)
    if central:
        tied = [central, *(name for name in tied if name not in ("cp1250", "iso8859_2"))]
        if "cp1252" not in tied and _latin_script(sample.decode(central)):
            return central  # not Cyrillic "Јуdј": cp1251 reads Polish bytes as letters too
    if "cp1252" in tied:
        if _latin_script(sample.decode("cp1252")):
            if "cp1250" in tied:
                picked = _latin_pick(sample)
                if picked:
                    return picked
        else:  # Cyrillic "Москва" read as cp1252 "Ìîñêâà": no plain letter among accents
            tied = [name for name in tied if name not in _LATIN_CHARSETS] or tied
    # imported here, as few files need it: its import (12 ms) was paid by the first import
    # of a session, UTF-8 files too, which never ask it anything
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(sample).best()
    except Exception:  # charset-normalizer is a heuristic; never let it stop an import
        log.exception("charset detection failed")
        best = None
    if best is not None:
        suggested = codecs.lookup(best.encoding).name
        for name in tied:
            if codecs.lookup(name).name == suggested:
                return name
    return tied[0]


def _central_pick(sample: bytes, tied: list[str]) -> str | None:
    """cp1250 or ISO 8859-2 when both read the text as letters and one reads it better.

    Where both read a byte as a letter they read different ones (0xBC is ISO's "ź" and
    cp1250's "Ľ", 0xA5 "Ľ" and "Ą", 0xB9 "š" and "ą", 0xBE "ž" and "ľ"), and charset-normalizer
    often names neither: ISO 8859-2's "Łódź" came as cp1250's "ŁódĽ", Czech "Tomáš" as
    "Tomáą". The reading that puts capitals inside lowercase words, or a letter only Polish
    writes beside one Polish never writes, is the wrong one; None when nothing tells them apart.
    """
    if "cp1250" not in tied or "iso8859_2" not in tied:
        return None
    windows, iso = (_central_misreadings(sample.decode(name)) for name in ("cp1250", "iso8859_2"))
    if windows == iso:
        return None
    return "iso8859_2" if windows > iso else "cp1250"


def _central_misreadings(text: str) -> int:
    """Accented capitals inside lowercase words, and words mixing Polish letters with
    letters of the other Central European languages ("Přílią", "ŁódĽ")."""
    mixed = sum(
        1
        for word in re.findall(r"[^\W\d_]+", text.lower())
        if _POLISH_ONLY.intersection(word) and _NOT_POLISH.intersection(word)
    )
    return _odd_capitals(text) + mixed


_POLISH_ONLY = frozenset("ąęłśźż")
_NOT_POLISH = frozenset("áéíúýěřůťďňčšžľĺŕäôöőüűăâîşţ")


def _guillemets(sample: bytes) -> bool:
    """Whether bytes 0xAB and 0xBB are cp1252's "«" and "»" rather than ISO 8859-2's "Ť" and
    "ť": where cp1252's other marks are, where one stands alone ("Home » Contacts": no word is
    "ť" alone), or where they pair up as quotes ("«Crème»", "»Zitat«"), never inside a word
    (Slovak "šťastie")."""
    if any(byte in _CP1252_MARKS for byte in sample) or _ALONE.search(sample):
        return True
    quotes = [byte for byte in sample if byte in _GUILLEMETS]
    return (
        bool(quotes)
        and all(a != b for a, b in itertools.pairwise(quotes))
        and quotes.count(0xAB) == quotes.count(0xBB)
        and not _IN_A_WORD.search(sample)
    )


_GUILLEMETS = frozenset(b"\xab\xbb")
_ALONE = re.compile(rb"(?:^|[ \t\xa0])[\xab\xbb](?:[ \t\xa0]|$)", re.MULTILINE)
_IN_A_WORD = re.compile(rb"[A-Za-z\xa1-\xff][\xab\xbb][A-Za-z\xa1-\xff]")


def _latin_script(text: str) -> bool:
    """Whether the words with accented letters hold more plain letters than accented ones,
    as in Latin-script languages ("Hélène", even "Łódź" among "Gdańsk" and "Paweł")."""
    accented = plain = 0
    for word in re.findall(r"[^\W\d_]+", text):
        high = sum(1 for char in word if char > "\x7f")
        if high:
            accented += high
            plain += len(word) - high
    return accented <= plain


def _latin_pick(sample: bytes) -> str | None:
    """cp1252 or cp1250 for Latin-script text both read as letters, or None if nothing tells.

    First what each reading makes implausible: 0xF1 is Spanish "ñ" (always before a vowel)
    or Polish "ń" (never before one: Polish writes "ni" there); then what each makes
    plausible (``_WESTERN_PLACES``, ``_CENTRAL_PLACES``): charset-normalizer read a French
    "Hélène" as cp1250 "Hélčne".
    """
    western_text, central_text = sample.decode("cp1252"), sample.decode("cp1250")
    western = len(_N_TILDE_NOT_BEFORE_VOWEL.findall(western_text))
    central = len(_N_ACUTE_BEFORE_VOWEL.findall(central_text))
    if western != central:
        return "cp1252" if western < central else "cp1250"
    western = len(_WESTERN_PLACES.findall(western_text))
    central = len(_CENTRAL_PLACES.findall(central_text))
    if western != central:
        return "cp1252" if western > central else "cp1250"
    return None


def _odd_capitals(text: str) -> int:
    """Accented capitals inside lowercase words ("HŽlŹne"): what a wrong charset makes."""
    return sum(1 for a, b in itertools.pairwise(text) if a.islower() and b.isupper() and b > "~")


def _misread_letters(text: str) -> int:
    """Characters a wrong charset puts inside words: an accented capital after a lowercase
    letter ("HÈlËne") or a symbol between two letters ("J¸rgen", "B‰ckerei"). An apostrophe
    ("don’t") or a middle dot ("col·lecció") between letters is written so."""
    count = 0
    for found in _NOT_ASCII.finditer(text):
        at = found.start()
        char, before = text[at], text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if not before.isalpha():
            continue
        capital = char.isupper() and before.islower()
        symbol = not char.isalpha() and after.isalpha() and char not in "’·"
        count += capital or symbol
    return count


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _mac_roman(sample: bytes, scores: dict[str, float]) -> bool:
    """Whether the bytes are Mac Roman (an old Mac Excel's "CSV (Macintosh)"): read as
    letters in it clearly better than in any other candidate, or as well but without the
    capitals inside words another reading makes ("HŽlŹne" for "Hélène"). Not when they are
    only cp1252's typographic marks (a Windows text's curly quotes read as Mac Roman letters
    too: "don’t" as "donít"), unless the lines end in a lone CR, as a classic Mac writes them.
    """
    try:
        text = sample.decode("mac_roman")
    except UnicodeDecodeError:
        return False
    mac, top = _letter_ratio(text), max(scores.values())
    if mac < top - 0.02:
        return False
    # cp1252's marks (“ ” – € …) are all letters in Mac Roman, so a Windows text with a few of
    # them among its accents read as letters better in Mac Roman: 'HÈlËne LefËvre ñ ìxî'.
    # Its accents then sit in the words as capitals and symbols that another reading has not
    misread = _misread_letters(text)
    latin = [name for name in scores if name in _LATIN_CHARSETS]
    if misread and any(_misread_letters(sample.decode(name)) < misread for name in latin):
        return False
    if mac < top + 0.1:
        odd = _odd_capitals(text)
        tied = [name for name, score in scores.items() if score >= mac - 0.02]
        if _latin_script(text):
            # a CJK charset reads a lone accented byte with the letter after it as one
            # ideogram ("Jürgen" as "J殲gen"): letters too, but no capitals to compare, and
            # words of plain letters around one accented letter are no CJK text
            tied = [name for name in tied if name not in _MULTIBYTE_CHARSETS]
        if any(_odd_capitals(sample.decode(name)) <= odd for name in tied):
            return False
    cr_only = b"\r" in sample and b"\n" not in sample
    return cr_only or any(byte > 127 and byte not in _CP1252_MARKS for byte in sample)


def codec_for(charset: str) -> str | None:
    """Python's codec name for a declared charset label, or None when unknown."""
    label = charset.strip().strip('"').lower()
    if label in ("", "default"):
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# -- UTF-8 with a few stray bytes ------------------------------------------------------------
# A UTF-8 file with one byte of another charset (a value pasted from an old export): read
# whole in a legacy charset, a small file was garbled everywhere ('José' as 'JosĂŠ') and said
# nothing; its UTF-8 is read as UTF-8 and only the stray bytes in a legacy charset, said.


def mostly_utf8(data: bytes) -> bool:
    """Whether ``data``, not all UTF-8, is UTF-8 with a few stray bytes: twice as many UTF-8
    characters beyond ASCII as bytes that are not UTF-8, two at least. A legacy text makes
    next to no UTF-8 sequence (a capital and a symbol: "Ã©"), so scores the other way."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    stray = replaced - data.count("\ufffd".encode())
    beyond_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - stray
    return beyond_ascii >= 2 and beyond_ascii >= 2 * stray


def stray_bytes(data: bytes) -> bytes:
    """The bytes of ``data`` that are not UTF-8, with the ASCII of their lines (what a legacy
    charset is guessed from), its UTF-8 characters beyond ASCII left out."""
    kept: list[bytes] = []
    for line in data.split(b"\n"):
        if line.isascii() or _is_utf8(line):
            continue
        for part in _parts(line):
            kept.append(part if isinstance(part, bytes) else part.encode("ascii", "ignore"))
        kept.append(b"\n")
    return b"".join(kept)


def utf8_with_stray(raw: bytes, charset: str) -> str:
    """``raw`` read as UTF-8 but for the bytes that are not, read in ``charset``."""
    return "".join(
        part if isinstance(part, str) else part.decode(charset, errors="replace")
        for part in _parts(raw)
    )


def _is_utf8(part: bytes) -> bool:
    try:
        part.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _parts(raw: bytes) -> list[str | bytes]:
    """``raw`` as its runs of UTF-8 (text, the ASCII too) and of bytes that are not (bytes)."""
    parts: list[str | bytes] = []
    at = 0
    while at < len(raw):
        try:
            parts.append(raw[at:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            parts.append(raw[at : at + error.start].decode("utf-8"))
            parts.append(raw[at + error.start : at + error.end])
            at += error.end
    return parts
