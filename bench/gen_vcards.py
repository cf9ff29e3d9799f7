"""Generate a synthetic vCard 3.0 file of 10,000 cards (~6 MB, photos on 10% of them)."""

from __future__ import annotations

import argparse
import base64
import functools
import io
import random
from pathlib import Path

GIVEN = [
    "José",
    "María",
    "Ángel",
    "Lucía",
    "Iñigo",
    "Begoña",
    "Tomás",
    "Inés",
    "Raúl",
    "Sofía",
    "Jürgen",
    "Zoë",
    "François",
    "Anna",
    "James",
    "Olivia",
    "Chen",
    "Priya",
    "Noah",
    "Émile",
]
FAMILY = [
    "García",
    "Núñez",
    "Peña",
    "Muñoz",
    "Gómez",
    "Martínez",
    "Ibáñez",
    "Sánchez",
    "López",
    "Castaño",
    "Müller",
    "Dubois",
    "Smith",
    "O'Brien",
    "Nguyen",
    "Kowalski",
    "Rossi",
]
COMPANIES = ["Telefónica", "Acme, Inc.", "Iberdrola", "Café Olé S.L.", "Globex", "Initech"]
TITLES = ["Director de Ventas", "Engineer", "CTO", "Diseñadora", "Account Manager", ""]
CITIES = [("Madrid", "Madrid", "28013", "España"), ("Sevilla", "Andalucía", "41001", "España"),
          ("Berlin", "", "10115", "Germany"), ("Paris", "", "75001", "France")]  # fmt: skip


@functools.cache
def _photos() -> tuple[bytes, ...]:
    """A few small real JPEGs (made once with Pillow), so importing them costs what a real
    photo does: decoding, scaling and the thumbnail."""
    from PIL import Image, ImageDraw

    photos = []
    for variant, (size, colour) in enumerate(
        [(96, (200, 120, 80)), (104, (60, 110, 190)), (112, (90, 170, 100)), (120, (170, 80, 160))]
    ):
        image = Image.new("RGB", (size, size), colour)
        draw = ImageDraw.Draw(image)
        draw.ellipse((size // 4, size // 8, 3 * size // 4, 5 * size // 8), fill=(240, 210, 180))
        draw.rectangle((size // 6, 2 * size // 3, 5 * size // 6, size), fill=(40 * variant, 60, 90))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=75)
        photos.append(out.getvalue())
    return tuple(photos)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def fold(line: str) -> str:
    data = line.encode()
    if len(data) <= 75:
        return line + "\r\n"
    chunks, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1  # never split a UTF-8 character
        chunks.append(data[start:end].decode())
        start, limit = end, 74
    return "\r\n ".join(chunks) + "\r\n"


def card(rng: random.Random, index: int) -> str:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    second = rng.choice(FAMILY)
    user = f"{given}.{family}{index}".lower().encode("ascii", "ignore").decode()
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{escape(family)} {escape(second)};{escape(given)};;;",
        f"FN:{escape(given)} {escape(family)} {escape(second)}",
        f"ORG:{escape(rng.choice(COMPANIES))};Ventas",
        f"TITLE:{escape(rng.choice(TITLES))}",
        f"EMAIL;TYPE=INTERNET,WORK,pref:{user}@example.com",
        f"TEL;TYPE=CELL:+34 6{rng.randrange(10**7, 10**8)}",
        f"TEL;TYPE=WORK,VOICE:+34 91 {rng.randrange(10**6, 10**7)}",
    ]
    if index % 3 == 0:
        city, region, code, country = rng.choice(CITIES)
        street = f"Calle de {rng.choice(FAMILY)} {rng.randrange(1, 200)}"
        lines.append(f"item1.ADR;TYPE=HOME:;;{street};{city};{region};{code};{country}")
        lines.append("item1.X-ABLabel:_$!<Home>!$_")
    if index % 4 == 0:
        lines.append(f"BDAY:{rng.randrange(1950, 2005)}-{rng.randrange(1, 13):02d}-"
                     f"{rng.randrange(1, 29):02d}")  # fmt: skip
    if index % 5 == 0:
        lines.append("NOTE:Conocido en la feria\\, hablar de precios.\\nLlamar en enero.")
    lines.append("CATEGORIES:Clientes,Madrid")
    lines.append(f"UID:{index:08d}-netdesk-bench")
    lines.append("X-ABUID:" + f"{index:08X}" + "\\:ABPerson")
    if index % 10 == 0:
        photo = _photos()[index // 10 % 4]
        lines.append("PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(photo).decode())
    lines.append("END:VCARD")
    return "".join(fold(line) for line in lines)


def generate(count: int = 10_000, seed: int = 42) -> str:
    rng = random.Random(seed)
    return "".join(card(rng, index) for index in range(count))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path, nargs="?", default=Path("bench/cards-10000.vcf"))
    parser.add_argument("--count", type=int, default=10_000)
    arguments = parser.parse_args()
    arguments.output.write_bytes(generate(arguments.count).encode())
    size = arguments.output.stat().st_size
    print(f"wrote {arguments.count} cards, {size / 1e6:.1f} MB to {arguments.output}")


if __name__ == "__main__":
    main()
