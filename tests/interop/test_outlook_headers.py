"""Tests for netdesk/interop/outlook_headers.py: desktop Outlook CSV exports in German, French
and Spanish, with every column Microsoft's own importer lists for those languages."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from netdesk.core.types import PartialDate
from netdesk.interop.csvfile import read_csv_file, sniff_csv

# fmt: off
GERMAN = [
    'Anrede', 'Vorname', 'Weitere Vornamen', 'Nachname', 'Suffix', 'Firma', 'Abteilung',
    'Position', 'Straße geschäftlich', 'Straße geschäftlich 2', 'Straße geschäftlich 3',
    'Ort geschäftlich', 'Region geschäftlich', 'Postleitzahl geschäftlich',
    'Land/Region geschäftlich', 'Straße privat', 'Straße privat 2', 'Straße privat 3',
    'Ort privat', 'Bundesland/Kanton privat', 'Postleitzahl privat', 'Land/Region privat',
    'Weitere Straße', 'Weitere Straße 2', 'Weitere Straße 3', 'Weiterer Ort',
    'Weiteres/r Bundesland/Kanton', 'Weitere Postleitzahl', 'Weiteres/e Land/Region',
    'Telefon Assistent', 'Fax geschäftlich', 'Telefon geschäftlich', 'Telefon geschäftlich 2',
    'Rückmeldung', 'Autotelefon', 'Telefon Firma', 'Fax privat', 'Telefon privat',
    'Telefon privat 2', 'ISDN', 'Mobiltelefon', 'Weiteres Fax', 'Weiteres Telefon', 'Pager',
    'Haupttelefon', 'Mobiltelefon 2', 'Telefon für Hörbehinderte', 'Telex',
    'Abrechnungsinformation', 'Benutzer 1', 'Benutzer 2', 'Benutzer 3', 'Benutzer 4', 'Beruf',
    'Büro', 'E-Mail-Adresse', 'E-Mail-Typ', 'E-Mail: Angezeigter Name', 'E-Mail 2: Adresse',
    'E-Mail 2: Typ', 'E-Mail 2: Angezeigter Name', 'E-Mail 3: Adresse', 'E-Mail 3: Typ',
    'E-Mail 3: Angezeigter Name', 'Empfohlen von', 'Geburtstag', 'Geschlecht', 'Hobby',
    'Initialen', 'Internet-Frei/Gebucht', 'Jahrestag', 'Kategorien', 'Kinder', 'Konto',
    'Name Assistent', 'Name des/der Vorgesetzten', 'Notizen', 'Organisationsnr.', 'Ort', 'Partner',
    'Postfach geschäftlich', 'Postfach privat', 'Priorität', 'Privat', 'Regierungsnr.',
    'Reisekilometer', 'Sprache', 'Stichwörter', 'Vertraulichkeit', 'Verzeichnisserver', 'Webseite',
    'Weiteres Postfach',
]
FRENCH = [
    'Titre', 'Prénom', 'Deuxième prénom', 'Nom', 'Suffixe', 'Société', 'Service', 'Titre',
    'Rue (bureau)', 'Rue (bureau) 2', 'Rue (bureau) 3', 'Ville (bureau)', 'Dép/Région (bureau)',
    'Code postal (bureau)', 'Pays/Région (bureau)', 'Rue (domicile)', 'Rue (domicile) 2',
    'Rue (domicile) 3', 'Ville (domicile)', 'Dép/Région (domicile)', 'Code postal (domicile)',
    'Pays/Région (domicile)', 'Rue (autre)', 'Rue (autre) 2', 'Rue (autre) 3', 'Ville (autre)',
    'Dép/Région (autre)', 'Code postal (autre)', 'Pays/Région (autre)',
    "Téléphone de l'assistant(e)", 'Télécopie (bureau)', 'Téléphone (bureau)',
    'Téléphone 2 (bureau)', 'Rappel', 'Téléphone (voiture)', 'Téléphone société',
    'Télécopie (domicile)', 'Téléphone (domicile)', 'Téléphone 2 (domicile)', 'RNIS',
    'Tél. mobile', 'Télécopie (autre)', 'Téléphone (autre)', 'Récepteur de radiomessagerie',
    'Téléphone principal', 'Radio téléphone', 'Téléphone TDD/TTY', 'Télex', 'Compte',
    'Anniversaire de mariage ou fête', "Nom de l'assistant(e)", 'Informations facturation',
    'Anniversaire', 'B.P. professionnelle', 'Catégories', 'Enfants', 'Adresse de messagerie',
    'Type de messagerie', "Nom complet de l'adresse de messagerie", 'Adresse de messagerie 2',
    'Type de messagerie 2', "Nom complet de l'adresse de messagerie 2", 'Adresse de messagerie 3',
    'Type de messagerie 3', "Nom complet de l'adresse de messagerie 3", 'Sexe',
    'Code gouvernement', 'Passe-temps', 'Boîte postale du domicile', 'Initiales',
    'Disponibilité Internet', 'Mots clés', 'Langue', 'Emplacement', 'Responsable', 'Kilométrage',
    'Notes', 'Bureau', "Numéro d'identification de l'organisation", 'Autre boîte postale',
    'Priorité', 'Privé', 'Profession', 'Recommandé par', 'Critère de diffusion', 'Conjoint(e)',
    'Utilisateur 1', 'Utilisateur 2', 'Utilisateur 3', 'Utilisateur 4', 'Page Web',
]
SPANISH = [
    'Tratamiento', 'Nombre', 'Segundo nombre', 'Apellidos', 'Suffix', 'Organización', 'Department',
    'Puesto', 'Calle del trabajo', 'Calle del trabajo 2', 'Calle del trabajo 3',
    'Ciudad de trabajo', 'Provincia o estado de trabajo', 'Código postal del trabajo',
    'País o región del trabajo', 'Home Street', 'Home Street 2', 'Home Street 3', 'Home City',
    'Home State', 'Home Postal Code', 'País o región del domicilio', 'Otra calle', 'Otra calle 2',
    'Otra calle 3', 'Otra ciudad', 'Otra provincia o estado', 'Otro código postal',
    'Otro país o región', "Assistant's Phone", 'Business Fax', 'Teléfono del trabajo',
    'Business Phone 2', 'Devolución de llamada', 'Car Phone',
    'Número de centralita de la organización', 'Home Fax', 'Particular', 'Home Phone 2', 'ISDN',
    'Mobile Phone', 'Otro fax', 'Otro teléfono', 'Pager', 'Teléfono principal', 'Radioteléfono',
    'Número de teletipo', 'Télex', 'Account', 'Anniversary', "Assistant's Name", 'Facturación',
    'Birthday', 'Apartado postal de la dirección del trabajo', 'Categorías', 'Hijos',
    'Directory Server', 'E-mail Address', 'E-mail Type',
    'Nombre de pantalla de correo electrónico', 'Dirección de correo electrónico 2',
    'Tipo de correo electrónico 2', 'Nombre de pantalla de correo electrónico 2',
    'Dirección del correo electrónico 3', 'Tipo de correo electrónico 3',
    'Nombre de pantalla de correo electrónico 3', 'Género', 'Government ID Number', 'Aficiones',
    'Apartado postal de la dirección personal', 'Initials', 'Internet Free Busy', 'Palabras clave',
    'Idioma', 'Location', 'Nombre del director', 'Kilometraje', 'Notes', 'Office Location',
    'Número de id. de la organización', 'Otro apartado postal', 'Prioridad', 'Privado',
    'Profesión', 'Remitido por', 'Confidencialidad', 'Spouse', 'Usuario 1', 'Usuario 2',
    'Usuario 3', 'Usuario 4', 'Página web',
]
# fmt: on


def _outlook_file(tmp_path: Path, header: list[str], values: dict[str, str]) -> Path:
    """A file as desktop Outlook writes one: every cell quoted, CRLF, Windows-1252."""
    row = [values.get(name, "") for name in header]
    text = io.StringIO()
    writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([header, row])
    path = tmp_path / "outlook.csv"
    path.write_bytes(text.getvalue().encode("cp1252"))
    return path


def test_a_german_outlook_export_keeps_every_address_phone_and_note(tmp_path: Path) -> None:
    path = _outlook_file(tmp_path, GERMAN, {
        "Anrede": "Herr", "Vorname": "Jürgen", "Nachname": "Müller", "Position": "Leiter",
        "Straße geschäftlich": "Hauptstraße 5", "Straße geschäftlich 2": "Hinterhaus",
        "Postfach geschäftlich": "Postfach 12 34", "Bundesland/Kanton privat": "Bayern",
        "Ort privat": "Starnberg", "Weitere Straße": "Seeufer 1", "Weiterer Ort": "Kitzbühel",
        "Weiteres/e Land/Region": "Österreich", "Haupttelefon": "+49 89 1000",
        "Autotelefon": "+49 171 9999", "Telefon Firma": "+49 89 0", "Mobiltelefon 2": "+49 172",
        "E-Mail 3: Adresse": "jm@web.de", "Empfohlen von": "Hans", "Benutzer 1": "Nr. 4711",
        "Geburtstag": "3.4.1970", "Priorität": "Normal", "Vertraulichkeit": "Normal",
    })  # fmt: skip
    result = read_csv_file(path)
    assert result.format == "csv-outlook"
    assert result.problems == []
    contact = result.cards[0].contact
    assert (contact.prefix, contact.given_name, contact.title) == ("Herr", "Jürgen", "Leiter")
    work, home, other = contact.addresses
    assert (work.label, work.street, work.po_box) == (
        "work",
        "Hauptstraße 5\nHinterhaus",
        "Postfach 12 34",
    )
    assert (home.label, home.locality, home.region) == ("home", "Starnberg", "Bayern")
    assert (other.label, other.street, other.locality, other.country) == (
        "other",
        "Seeufer 1",
        "Kitzbühel",
        "Österreich",
    )
    assert {(p.raw, p.label) for p in contact.phones} == {
        ("+49 89 1000", "main"), ("+49 171 9999", "car"), ("+49 89 0", "work main"),
        ("+49 172", "mobile"),
    }  # fmt: skip
    assert [e.value for e in contact.emails] == ["jm@web.de"]
    assert {(f.label, f.value) for f in contact.custom_fields} == {
        ("Empfohlen von", "Hans"),
        ("Benutzer 1", "Nr. 4711"),
    }
    assert contact.birthday == PartialDate(1970, 4, 3)


def test_a_french_outlooks_two_titre_columns_are_the_salutation_then_the_job_title(
    tmp_path: Path,
) -> None:
    # the job title went to the salutation's field, or was lost behind "M."; and with
    # the columns it knew, the file was not recognised as Outlook's at all
    text = io.StringIO()
    writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    values = dict.fromkeys(FRENCH, "")
    values |= {
        "Prénom": "Jean", "Nom": "Dupont", "Société": "Société Générale",
        "Rue (bureau) 2": "Bât. B", "Rue (bureau)": "10 rue de la Paix",
        "B.P. professionnelle": "BP 12", "Téléphone 2 (bureau)": "01 23 45 67 88",
        "Téléphone principal": "01 11 11 11 11", "Anniversaire": "14/7/1975",
        "Anniversaire de mariage ou fête": "5/6/2001", "Recommandé par": "Paul Martin",
        "Conjoint(e)": "Claire",
    }  # fmt: skip
    row = [values[name] for name in FRENCH]
    titles = [index for index, name in enumerate(FRENCH) if name == "Titre"]
    row[titles[0]], row[titles[1]] = "M.", "Directeur commercial"
    writer.writerows([FRENCH, row])
    path = tmp_path / "contacts.csv"
    path.write_bytes(text.getvalue().encode("cp1252"))
    assert sniff_csv(path).format == "outlook"
    contact = read_csv_file(path).cards[0].contact
    assert (contact.prefix, contact.title) == ("M.", "Directeur commercial")
    assert (contact.given_name, contact.family_name) == ("Jean", "Dupont")
    assert contact.addresses[0].street == "10 rue de la Paix\nBât. B"
    assert contact.addresses[0].po_box == "BP 12"
    assert {(p.raw, p.label) for p in contact.phones} == {
        ("01 23 45 67 88", "work"),
        ("01 11 11 11 11", "main"),
    }
    assert contact.birthday == PartialDate(1975, 7, 14)
    assert contact.anniversary == PartialDate(2001, 6, 5)  # day first, as a French Outlook
    assert [(r.label, r.name) for r in contact.related] == [("spouse", "Claire")]
    assert [(f.label, f.value) for f in contact.custom_fields] == [
        ("Recommandé par", "Paul Martin")
    ]


def test_a_spanish_outlook_half_in_english_reads_its_dates_day_first(tmp_path: Path) -> None:
    path = _outlook_file(tmp_path, SPANISH, {
        "Nombre": "Lucía", "Apellidos": "Fernández", "Particular": "+34 91 111 1111",
        "Teléfono principal": "+34 91 222 2222", "Otro teléfono": "+34 93 333 3333",
        "Dirección del correo electrónico 3": "lfr@hotmail.com", "Home City": "Madrid",
        "País o región del domicilio": "España", "Birthday": "5/3/1982",
    })  # fmt: skip
    result = read_csv_file(path)
    contact = result.cards[0].contact
    assert contact.birthday == PartialDate(1982, 3, 5)  # read 3 May before
    assert [p.template for p in result.problems] == [
        "dates such as {example} could be day/month or month/day ({count} of them); read as "
        "day/month, as Outlook in this file's language writes them"
    ]
    assert {(p.raw, p.label) for p in contact.phones} == {
        ("+34 91 111 1111", "home"),
        ("+34 91 222 2222", "main"),
        ("+34 93 333 3333", "other"),
    }
    assert [e.value for e in contact.emails] == ["lfr@hotmail.com"]
    assert (contact.addresses[0].locality, contact.addresses[0].country) == ("Madrid", "España")


def test_an_italian_outlook_export_is_read_day_first(tmp_path: Path) -> None:
    # not recognised before: the mapping step asked about every column
    header = [
        "Titolo", "Nome", "Secondo nome", "Cognome", "Titolo straniero", "Società", "Reparto",
        "Posizione", "Via (uff.)", "Via (uff.) 2", "Città (uff.)", "Provincia (uff.)",
        "CAP (uff.)", "Paese (uff.)", "Via (ab.)", "Città (ab.)", "CAP (ab.)", "Paese (ab.)",
        "Ufficio", "Abitazione", "Cellulare", "Telefono principale", "Compleanno",
        "Anniversario", "Categorie", "Indirizzo posta elettronica",
        "Indirizzo posta elettronica 2", "Notes", "Pagina Web", "Nome coniuge", "Sesso",
        "Priorità", "Riservatezza",
    ]  # fmt: skip
    path = _outlook_file(tmp_path, header, {
        "Titolo": "Dott.", "Nome": "Giulia", "Cognome": "Bianchi", "Società": "Eni S.p.A.",
        "Posizione": "Direttrice", "Via (uff.)": "Piazza Vanoni 1", "Via (uff.) 2": "Scala B",
        "Città (uff.)": "San Donato Milanese", "CAP (uff.)": "20097", "Paese (uff.)": "Italia",
        "Ufficio": "+39 02 1234", "Abitazione": "+39 06 5678", "Cellulare": "+39 333 000",
        "Compleanno": "4/3/1980", "Categorie": "Clienti", "Indirizzo posta elettronica":
        "giulia@eni.it", "Notes": "Conosciuta a Milano.", "Nome coniuge": "Marco",
        "Sesso": "Femminile", "Priorità": "Normale", "Riservatezza": "Normale",
    })  # fmt: skip
    result = read_csv_file(path)
    assert result.format == "csv-outlook"
    contact = result.cards[0].contact
    assert (contact.prefix, contact.given_name, contact.family_name) == (
        "Dott.",
        "Giulia",
        "Bianchi",
    )
    assert (contact.organization, contact.title) == ("Eni S.p.A.", "Direttrice")
    assert contact.addresses[0].street == "Piazza Vanoni 1\nScala B"
    assert {(p.raw, p.label) for p in contact.phones} == {
        ("+39 02 1234", "work"),
        ("+39 06 5678", "home"),
        ("+39 333 000", "mobile"),
    }
    assert contact.birthday == PartialDate(1980, 3, 4)
    assert (contact.tags, contact.notes) == (["Clienti"], "Conosciuta a Milano.")
    assert [(r.label, r.name) for r in contact.related] == [("spouse", "Marco")]


def test_a_polish_outlook_export_in_windows_1250_is_read(tmp_path: Path) -> None:
    header = [
        "Tytuł", "Imię", "Drugie imię", "Nazwisko", "Firma", "Dział", "Stanowisko",
        "Adres służbowy - ulica", "Adres służbowy - miejscowość",
        "Adres służbowy - kod pocztowy", "Adres służbowy - kraj/region", "Telefon służbowy",
        "Telefon komórkowy", "Telefon domowy", "Urodziny", "Kategorie", "Adres e-mail",
        "Notatki", "Strona sieci Web", "Płeć", "Priorytet", "Charakter",
    ]  # fmt: skip
    text = io.StringIO()
    csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows([header, [
        "Pan", "Paweł", "", "Łukaszewicz", "Żabka Sp. z o.o.", "Sprzedaż", "Kierownik",
        "ul. Piękna 5", "Gdańsk", "80-001", "Polska", "+48 58 123", "+48 600 100", "",
        "3.4.1975", "Klienci", "pawel@zabka.pl", "Poznany na targach w Łodzi.",
        "www.zabka.pl", "Mężczyzna", "Normalny", "Normalny",
    ]])  # fmt: skip
    path = tmp_path / "kontakty.csv"
    path.write_bytes(text.getvalue().encode("cp1250"))
    contact = read_csv_file(path).cards[0].contact
    assert (contact.prefix, contact.given_name, contact.family_name) == (
        "Pan",
        "Paweł",
        "Łukaszewicz",
    )
    assert (contact.organization, contact.department, contact.title) == (
        "Żabka Sp. z o.o.",
        "Sprzedaż",
        "Kierownik",
    )
    address = contact.addresses[0]
    assert (address.street, address.locality, address.postal_code) == (
        "ul. Piękna 5",
        "Gdańsk",
        "80-001",
    )
    assert {(p.raw, p.label) for p in contact.phones} == {
        ("+48 58 123", "work"),
        ("+48 600 100", "mobile"),
    }
    assert contact.birthday == PartialDate(1975, 4, 3)
    assert (contact.tags, contact.emails[0].value) == (["Klienci"], "pawel@zabka.pl")
    assert contact.notes == "Poznany na targach w Łodzi."
