"""Import problems and file errors keep an English reason and the template it came from."""

from __future__ import annotations

import ast
import base64
import os
import string
from pathlib import Path

import pytest
from test_binary_kinds import DOCX, XLSX
from unlistable import refuse_to_list

from netdesk.core import Core
from netdesk.core.importing import plan_import
from netdesk.interop.csvfile import read_contacts_file, read_csv_file
from netdesk.interop.problems import (
    MAX_IMPORT_BYTES,
    MAX_PHOTO_BYTES,
    PROBLEM_CONTEXT,
    ImportFileError,
    ImportProblem,
    file_error,
    file_problem,
    problem,
    read_import_bytes,
)

NETDESK = Path(__file__).resolve().parents[2] / "netdesk"


def marked_templates() -> dict[str, str]:
    """Every ``QT_TRANSLATE_NOOP`` text in netdesk/interop and netdesk/core -> where it is."""
    found = {}
    for path in sorted([*NETDESK.glob("interop/*.py"), *NETDESK.glob("core/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, text = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                assert context == PROBLEM_CONTEXT, f"{path.name}:{node.lineno}"
                found[text] = f"{path.relative_to(NETDESK.parent)}:{node.lineno}"
    return found


def vcard(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_problem_keeps_the_english_reason_and_its_template() -> None:
    made = problem("a.vcf", 3, "photo bigger than {megabytes} MB dropped", "warning", megabytes=2)
    assert made == ImportProblem(
        "a.vcf",
        3,
        "photo bigger than 2 MB dropped",
        "warning",
        "photo bigger than {megabytes} MB dropped",
        (("megabytes", "2"),),
    )
    assert str(made) == "a.vcf, line 3: warning: photo bigger than 2 MB dropped"
    hash(made)  # frozen and hashable, as before
    # the reader's own names may be template arguments too (file, line: positional-only)
    same = problem("b.vcf", 9, "as {file}, line {line}", file="a.vcf", line=2)
    assert (same.file, same.line, same.reason) == ("b.vcf", 9, "as a.vcf, line 2")


def test_file_error_names_the_file_and_a_problem_for_it_does_not_repeat_it() -> None:
    error = file_error("/x/a.vcf", "cannot read the file ({os_reason})", os_reason="I/O error")
    assert str(error) == "/x/a.vcf: cannot read the file (I/O error)"
    assert (error.file, error.reason) == ("/x/a.vcf", "cannot read the file (I/O error)")
    assert error.template_args == (("os_reason", "I/O error"),)
    reported = file_problem("/x/a.vcf", error)
    assert reported == ImportProblem(
        "/x/a.vcf",
        None,
        "cannot read the file (I/O error)",
        "error",
        "cannot read the file ({os_reason})",
        (("os_reason", "I/O error"),),
    )
    bare = ImportFileError("/x/a.vcf: something else")  # raised without a template
    assert (bare.reason, bare.template) == ("/x/a.vcf: something else", "")
    assert file_problem("/x/a.vcf", bare) == ImportProblem("/x/a.vcf", None, "something else")


def _file_errors(tmp_path: Path) -> list[ImportFileError]:
    """Every whole-file refusal, from real files."""
    folder = tmp_path / "files"
    folder.mkdir()
    loop = folder / "loop.vcf"
    loop.symlink_to(loop)  # stat fails with ELOOP: an OSError other than "not found"
    pipe = folder / "pipe.vcf"
    os.mkfifo(pipe)
    big = folder / "big.vcf"
    with big.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 1)  # sparse: refused by its size, never read
    (folder / "empty.csv").write_bytes(b" \r\n")
    (folder / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "image.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "noise.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "people.xlsx").write_bytes(XLSX)
    (folder / "people.docx").write_bytes(DOCX)
    (folder / "takeout.zip").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)))
    (folder / "scan.vcf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32)))
    (folder / "text.vcf").write_text("no card here\n", encoding="utf-8")
    (folder / "notes.txt").write_text("Buy milk\nCall mom\n", encoding="utf-8")
    names = ["missing.vcf", "loop.vcf", ".", "pipe.vcf", "big.vcf", "empty.csv", "image.bin"]
    errors = []
    kinds = ["noise.bin", "takeout.zip", "scan.vcf", "people.xlsx", "people.docx"]
    for name in [*names, "image.csv", *kinds, "text.vcf", "notes.txt"]:
        with pytest.raises(ImportFileError) as caught:
            read_contacts_file(folder / name)
        errors.append(caught.value)
    return errors


def blank_png(width: int, height: int) -> bytes:
    """A tiny file of a huge image: its header says how many pixels decoding would make."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (width, height)).save(out, "PNG")
    return out.getvalue()


def forged_jpeg(width: int, height: int) -> bytes:
    """A small JPEG whose header claims ``width`` x ``height``: more pixels than the imaging
    library will open (a decompression bomb), in a few hundred bytes."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (8, 8)).save(out, "JPEG")
    data = bytearray(out.getvalue())
    frame = data.index(b"\xff\xc0")  # SOF0: length (2), precision (1), height (2), width (2)
    data[frame + 5 : frame + 9] = height.to_bytes(2, "big") + width.to_bytes(2, "big")
    return bytes(data)


def _problems(core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[ImportProblem]:
    """Every per-card and per-file problem, from real files through the readers and the plan."""
    problems: list[ImportProblem] = []
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("Alpha,Beta\n1,2\n", encoding="utf-8")
    problems += read_csv_file(unknown).problems
    google = tmp_path / "google.csv"
    google.write_text("Given Name,Family Name,Birthday\n,,1990-01-02\n", encoding="utf-8")
    problems += read_csv_file(google).problems
    for name, text in (
        ("german.csv", "Vorname,E-Mail-Adresse,Geburtstag\nAna,a@x.de,04/05/1990\n"),
        ("us.csv", "First Name,E-mail Address,Birthday\nAna,a@x.org,04/05/1990\n"),
        (
            "mixed.csv",
            "First Name,Last Name,Birthday\nA,B,04/05/1990\nB,C,13/01/1990\nC,D,1/13/1990\n",
        ),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        problems += read_csv_file(tmp_path / name).problems
    # netdesk's own columns; column names alone; an open quote; a long row; cut short
    for name, text in (
        ("rhythm.csv", "First Name,E-mail 1 - Value,Keep In Touch Days\nAna,a@x.org,often\n"),
        ("names.csv", "First Name,Last Name,E-mail Address\n"),
        ("open.csv", 'First Name,Last Name,E-mail Address,Notes\nAna,Gil,a@x.org,"open\nBen\n'),
        ("long.csv", "First Name,Last Name,E-mail Address\nAna,Gil,Acme, Inc,a@x.org\n"),
        ("cut.csv", "First Name,Last Name,E-mail Address\nAna,Gil,a@x.org\nBen,Sto"),
        ("zeros.csv", "First Name,Last Name,E-mail Address\nAna,Gil,a@x.org\n\x00\x00"),
        ("dates.csv", "First Name,E-mail Address,Birthday,Anniversary\nAna,a@x.org,x,\n"),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        problems += read_csv_file(tmp_path / name).problems
    mapped = tmp_path / "mapped.csv"
    mapped.write_text("Name,Mail,Born\nAna,12345,the 3rd of never\n", encoding="utf-8")
    mapping = {"Name": "given_name", "Mail": "email", "Born": "birthday"}
    problems += read_csv_file(mapped, mapping=mapping).problems

    huge = "A" * (MAX_PHOTO_BYTES * 2)  # 3 MB decoded
    cards = tmp_path / "cards.vcf"
    cards.write_text(
        vcard("FN:Bad Birthday", "BDAY:someday")
        + vcard("FN:Bad Cadence", "X-NETDESK-KEEP-IN-TOUCH-DAYS:often")
        + vcard("FN:Plain Data", "PHOTO:data:image/png,not-base64")
        + vcard("FN:Odd Flag", "X-NETDESK-ARCHIVED:maybe")
        + vcard("FN:Two Links", "PHOTO;VALUE=uri:https://a.example/1.jpg",
                "PHOTO;VALUE=uri:https://a.example/2.jpg")
        + vcard("FN:Two Photos", f"PHOTO;ENCODING=b:{b64(b'one')}",
                f"PHOTO;ENCODING=b:{b64(b'two')}")
        + vcard("FN:Bad Base64", "PHOTO;ENCODING=b:abcde")
        + vcard("FN:Huge Photo", f"PHOTO;ENCODING=b:{huge}")
        + vcard("FN:Not An Image", f"PHOTO;ENCODING=b:{b64(b'no picture in here')}")
        + vcard("FN:Wide Photo", f"PHOTO;ENCODING=b:{b64(blank_png(7000, 6000))}")
        + vcard("FN:Bomb Photo", f"PHOTO;ENCODING=b:{b64(blank_png(10000, 9000))}")
        + vcard("FN:Bomb Jpeg", f"PHOTO;ENCODING=b:{b64(forged_jpeg(15000, 15000))}")
        + vcard("NOTE:a card with nothing to call it by")
        + vcard("URL:https://www.example.org/someone/")
        + vcard("ADR;TYPE=home:;;12 High St;Leeds;;;UK")
        + vcard("TITLE:Plumber")
        + vcard("BDAY:1990-01-02")
        + vcard("FN:Huge Values", f"NICKNAME:{'n' * 10**5}", f"EMAIL:{'e' * 10**5}@x.org",
                *(f"TEL:+34 600 {i:06d}" for i in range(200)))
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No End Before The Next Card\r\n"
        + vcard("FN:Ana", "EMAIL:ana@example.org", "ORG:Acme")
        + vcard("FN:Ana", "EMAIL:ana@example.org")
        + vcard("FN:Ana", "EMAIL:ana@example.org", "ORG:Globex")
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\n",
        encoding="utf-8",
    )  # fmt: skip
    more = tmp_path / "more.vcf"
    more.write_text(
        vcard("FN:Ana", "EMAIL:ana@example.org") + vcard("FN:Ana", "EMAIL:ana@example.org",
                                                           "ORG:Initech")
        + vcard("FN:Met Nobody", "X-NETDESK-MET-THROUGH:urn:uuid:nobody-known")
        + vcard("FN:Odd Values", "EMAIL:no at", "TEL:no digits", "URL:javascript:void(0)")
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Mid Line\r\nNOTE:half a no",
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / "nothing here").mkdir()
    missing = tmp_path / "missing.vcf"
    from netdesk.interop import vcard_read

    def refusing(_builder: object, _prop: object) -> None:
        raise ValueError("no reader refuses this yet: the fallback for one that will")

    monkeypatch.setitem(vcard_read._HANDLERS, "X-NETDESK-ARCHIVED", refusing)
    monkeypatch.setattr(vcard_read, "_TEXT_HEADS", {})  # its cache of handlers: a fresh one
    plan = plan_import(core, [str(cards), str(more), str(tmp_path / "nothing here"), str(missing)])
    problems += plan.problems
    monkeypatch.undo()

    stray = tmp_path / "stray.vcf"  # UTF-8 with one latin-1 byte
    stray.write_bytes(
        b"BEGIN:VCARD\r\nFN:Jos\xc3\xa9 M\xc3\xbcller\r\nNOTE:caf\xe9\r\nEND:VCARD\r\n"
    )
    stray_row = tmp_path / "stray.csv"
    stray_row.write_bytes(b"First Name,Last Name,Notes\r\nJos\xc3\xa9,M\xc3\xbcller,caf\xe9\r\n")
    problems += plan_import(core, [str(stray), str(stray_row)]).problems

    controls = tmp_path / "controls.vcf"  # a NUL on more lines than are said one by one
    controls.write_bytes(vcard(*(f"NOTE:line {n}{'.' * 200}\x00" for n in range(25))).encode())
    problems += plan_import(core, [str(controls)]).problems

    refused = tmp_path / "refused.vcf"
    refused.write_text(vcard("FN:Refused"), encoding="utf-8")
    real_open = Path.open

    def failing_open(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "refused.vcf":  # no reader expects this: the plan's last resort
            raise ValueError("embedded null byte")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", failing_open)
    problems += plan_import(core, [str(refused)]).problems

    # one UID on other people: in one file, in two, and a stored contact's
    from netdesk.core import import_problems
    from netdesk.core.importing import import_files

    reused = tmp_path / "reused.vcf"
    reused.write_text(vcard("UID:u25", "FN:Ana Gil") + vcard("UID:u25", "FN:Ben Roe"), "utf-8")
    again = tmp_path / "again.vcf"
    again.write_text(vcard("UID:u25", "FN:Cy Poe"), "utf-8")
    problems += plan_import(core, [str(reused), str(again)]).problems
    import_files(core, [str(again)])
    problems += plan_import(core, [str(reused)]).problems

    empty = tmp_path / "empty.vcf"  # more problems of one kind than are kept one by one
    empty.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n" * 3, "utf-8")
    monkeypatch.setattr(import_problems, "SHOWN_OF_A_KIND", 1)
    problems += plan_import(core, [str(empty)]).problems
    monkeypatch.undo()

    links = tmp_path / "links"  # a folder's link to a contact file moved since
    links.mkdir()
    (links / "gone.vcf").symlink_to(tmp_path / "moved.vcf")
    problems += plan_import(core, [str(links)]).problems

    closed = tmp_path / "closed" / "inner"  # a folder it may not list (root may list any)
    closed.mkdir(parents=True)
    refuse_to_list(monkeypatch, "inner")
    problems += plan_import(core, [str(closed.parent)]).problems
    return problems


def test_every_template_is_reached_and_formats_with_the_arguments_its_sites_pass(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each reader's and the plan's error paths, over real files: the English reason is the
    template formatted with the arguments stored beside it (what the UI formats the
    translation with), and no marked template is left unreached."""
    templates = marked_templates()
    reached: set[str] = set()
    for error in _file_errors(tmp_path):
        assert error.template in templates, str(error)
        assert str(error) == f"{error.file}: {error.template.format_map(dict(error.template_args))}"
        reached.add(error.template)
    for found in _problems(core, tmp_path, monkeypatch):
        assert found.template in templates, str(found)
        assert found.reason == found.template.format_map(dict(found.template_args)), str(found)
        reached.add(found.template)
    stale = _stale_import(core, tmp_path)
    assert str(stale) == stale.template.format_map(dict(stale.template_args))
    reached.add(stale.template)
    assert sorted(set(templates) - reached) == [], "add a case that reaches each template"


def _stale_import(core: Core, tmp_path: Path) -> Exception:
    """A contact the plan merges into, changed before its apply."""
    from netdesk.core.importing import ImportStale, apply_import
    from netdesk.core.types import Contact, EmailAddress

    ana = core.contacts.create(Contact(given_name="Zia", emails=[EmailAddress("zia@x.org")]))
    card = tmp_path / "zia.vcf"
    card.write_text(vcard("FN:Zia", "N:;Zia;;;", "EMAIL:zia@x.org", "TITLE:CTO"), "utf-8")
    plan = plan_import(core, [str(card)])
    core.contacts.add_tag([ana], "changed")
    with pytest.raises(ImportStale) as raised:
        apply_import(core, plan)
    return raised.value


def test_templates_name_their_placeholders() -> None:
    """Translators move {name} fields around; a positional {} or {0} could not be reordered."""
    for text, where in marked_templates().items():
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
        assert all(name.isidentifier() for name in fields), where


def test_the_english_reasons_are_unchanged(core: Core, tmp_path: Path) -> None:
    """The CLI, the log and str() print these: the templates must say the same as before."""
    cards = tmp_path / "cards.vcf"
    cards.write_text(
        vcard("FN:Ana", "EMAIL:ana@example.org", "ORG:Acme", "BDAY:someday")
        + vcard("FN:Ana", "EMAIL:ana@example.org", "ORG:Globex"),
        encoding="utf-8",
    )
    other = tmp_path / "other.vcf"
    other.write_text(vcard("FN:Ana", "EMAIL:ana@example.org"), encoding="utf-8")
    big = tmp_path / "big.vcf"
    with big.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 5 * 1024 * 1024)
    plan = plan_import(core, [str(cards), str(other), str(big)])
    assert [str(p) for p in plan.problems] == [
        f"{cards}, line 6: warning: BDAY: 'someday' is not a date; kept unchanged as an extra"
        " property",
        f"{big}: error: file too big to import (69 MB; the limit is 64 MB)",
        f"{cards}, line 8: warning: the same person as line 1; merged into one contact"
        " (kept the first card's organization)",
        f"{other}, line 1: warning: the same person as cards.vcf, line 1; merged into one contact",
    ]


def test_a_file_just_over_the_limit_is_not_said_to_be_the_limit(tmp_path: Path) -> None:
    """A 64.9 MB file read "file too big to import (64 MB; the limit is 64 MB)"."""
    big = tmp_path / "big.vcf"
    with big.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 900 * 1024)
    with pytest.raises(ImportFileError) as error:
        read_import_bytes(big)
    assert "(65 MB; the limit is 64 MB)" in str(error.value)
