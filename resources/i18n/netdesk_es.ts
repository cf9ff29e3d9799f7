<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../netdesk/ui/about.py" line="15"/>
        <source>&lt;p&gt;A personal CRM: look after your professional relationships.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un CRM personal: cuida tus relaciones profesionales.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/about.py" line="17"/>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/about.py" line="21"/>
        <source>Database schema version: %1</source>
        <translation>Versión del esquema de la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/about.py" line="23"/>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/about.py" line="29"/>
        <source>About netdesk</source>
        <translation>Acerca de netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="46"/>
        <source>Label</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="97"/>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="103"/>
        <location filename="../../netdesk/ui/widgets.py" line="467"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="335"/>
        <location filename="../../netdesk/ui/card_fields.py" line="342"/>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="335"/>
        <location filename="../../netdesk/ui/card_fields.py" line="341"/>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="335"/>
        <location filename="../../netdesk/ui/card_fields.py" line="343"/>
        <location filename="../../netdesk/ui/card_fields.py" line="352"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="200"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="122"/>
        <source>Preferred (click to unmark)</source>
        <translation>Preferido (haz clic para desmarcar)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="122"/>
        <source>Make preferred</source>
        <translation>Marcar como preferido</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="201"/>
        <source>Apartment, suite…</source>
        <translation>Piso, puerta…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="201"/>
        <source>Extended address</source>
        <translation>Dirección ampliada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="202"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="203"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="204"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="205"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="340"/>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="371"/>
        <source>“%1” is not an e-mail address (expected name@example.org).</source>
        <translation>«%1» no es una dirección de correo (se esperaba nombre@example.org).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="380"/>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="382"/>
        <source>“%1” is not a valid number for its country: check the digits, or start with + and the country code.</source>
        <translation>«%1» no es un número válido para su país: revisa los dígitos o empieza por + y el prefijo del país.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="395"/>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="399"/>
        <source>Add e-mail</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="417"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="421"/>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="349"/>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="350"/>
        <location filename="../../netdesk/ui/contact_card.py" line="95"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="351"/>
        <source>blog</source>
        <translation>blog</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="439"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="442"/>
        <source>Add link</source>
        <translation>Añadir enlace</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="458"/>
        <source>Add address</source>
        <translation>Añadir dirección</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="358"/>
        <source>spouse</source>
        <translation>cónyuge</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="359"/>
        <source>partner</source>
        <translation>pareja</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="360"/>
        <source>assistant</source>
        <translation>asistente</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="361"/>
        <source>manager</source>
        <translation>jefe/a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="362"/>
        <source>child</source>
        <translation>hijo/a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="363"/>
        <source>friend</source>
        <translation>amigo/a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="467"/>
        <location filename="../../netdesk/ui/contact_card.py" line="411"/>
        <location filename="../../netdesk/ui/contact_card.py" line="439"/>
        <location filename="../../netdesk/ui/contact_list.py" line="94"/>
        <location filename="../../netdesk/ui/import_rows.py" line="158"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="480"/>
        <source>Add related person</source>
        <translation>Añadir persona relacionada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="490"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="492"/>
        <source>Add custom field</source>
        <translation>Añadir campo personalizado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="78"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="79"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="80"/>
        <source>Every 2 weeks</source>
        <translation>Cada 2 semanas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="81"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="82"/>
        <source>Every 3 months</source>
        <translation>Cada 3 meses</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="83"/>
        <source>Every 6 months</source>
        <translation>Cada 6 meses</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="84"/>
        <source>Every year</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="85"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="93"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="94"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="96"/>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="104"/>
        <source>Keep in touch every week</source>
        <translation>Mantener el contacto cada semana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="105"/>
        <source>Keep in touch every 2 weeks</source>
        <translation>Mantener el contacto cada 2 semanas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="106"/>
        <source>Keep in touch every month</source>
        <translation>Mantener el contacto cada mes</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="107"/>
        <source>Keep in touch every 3 months</source>
        <translation>Mantener el contacto cada 3 meses</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="108"/>
        <source>Keep in touch every 6 months</source>
        <translation>Mantener el contacto cada 6 meses</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="109"/>
        <source>Keep in touch every year</source>
        <translation>Mantener el contacto cada año</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="165"/>
        <source>Drop an image here, or click to choose a photo</source>
        <translation>Suelta una imagen aquí o haz clic para elegir una foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="166"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="167"/>
        <source>Press Space to choose or remove the photo</source>
        <translation>Pulsa Espacio para elegir o quitar la foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="205"/>
        <source>e.g. investor, conference, mentor</source>
        <translation>p. ej. inversor, congreso, mentor</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="206"/>
        <location filename="../../netdesk/ui/contact_card.py" line="574"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="275"/>
        <source>Contact card</source>
        <translation>Ficha del contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="319"/>
        <source>YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD</source>
        <translation>AAAA-MM-DD, AAAA-MM, AAAA o --MM-DD</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="367"/>
        <location filename="../../netdesk/ui/journal_view.py" line="484"/>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="368"/>
        <source>Log a call, meeting or message (Ctrl+L)</source>
        <translation>Registrar una llamada, reunión o mensaje (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="370"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="373"/>
        <source>Save changes (Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="375"/>
        <source>Revert</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="376"/>
        <source>Forget the unsaved changes</source>
        <translation>Olvidar los cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="412"/>
        <location filename="../../netdesk/ui/contact_card.py" line="424"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="413"/>
        <location filename="../../netdesk/ui/contact_card.py" line="425"/>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="414"/>
        <location filename="../../netdesk/ui/contact_card.py" line="440"/>
        <source>Middle names</source>
        <translation>Segundos nombres</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="415"/>
        <source>Prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="415"/>
        <source>Dr., Ms.…</source>
        <translation>Dr., Sra.…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="416"/>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="416"/>
        <source>Jr., PhD…</source>
        <translation>Jr., PhD…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="417"/>
        <location filename="../../netdesk/ui/contact_card.py" line="445"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="419"/>
        <location filename="../../netdesk/ui/contact_card.py" line="446"/>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="419"/>
        <source>Used when there is no given/family name</source>
        <translation>Se usa cuando no hay nombre ni apellidos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="433"/>
        <source>More name fields</source>
        <translation>Más campos del nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="444"/>
        <source>Prefix / suffix</source>
        <translation>Tratamiento / sufijo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="452"/>
        <source>Origin — how you met</source>
        <translation>Origen — cómo os conocisteis</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="453"/>
        <location filename="../../netdesk/ui/contact_card.py" line="486"/>
        <source>Met on</source>
        <translation>Nos conocimos el</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="455"/>
        <location filename="../../netdesk/ui/contact_card.py" line="487"/>
        <source>Met at</source>
        <translation>Nos conocimos en</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="455"/>
        <source>Where, or in what context (a conference, a friend&apos;s dinner…)</source>
        <translation>Dónde o en qué contexto (un congreso, una cena con amigos…)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="458"/>
        <location filename="../../netdesk/ui/contact_card.py" line="488"/>
        <source>Met through</source>
        <translation>Nos conocimos a través de</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="471"/>
        <source>Open the contact you met through</source>
        <translation>Abrir el contacto a través del que os conocisteis</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="489"/>
        <source>Introduced you to</source>
        <translation>Te presentó a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="491"/>
        <source>Record source</source>
        <translation>Origen del registro</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="494"/>
        <location filename="../../netdesk/ui/contact_card.py" line="497"/>
        <location filename="../../netdesk/ui/main_window.py" line="906"/>
        <location filename="../../netdesk/ui/main_window.py" line="917"/>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="504"/>
        <source>Custom cadence in days</source>
        <translation>Frecuencia personalizada en días</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="516"/>
        <source>Cadence</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="517"/>
        <location filename="../../netdesk/ui/contact_list.py" line="95"/>
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="518"/>
        <location filename="../../netdesk/ui/contact_list.py" line="96"/>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="526"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="527"/>
        <location filename="../../netdesk/ui/contact_card.py" line="530"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="528"/>
        <location filename="../../netdesk/ui/contact_card.py" line="531"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="529"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="532"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="533"/>
        <location filename="../../netdesk/ui/contact_card.py" line="538"/>
        <source>What they do</source>
        <translation>A qué se dedica</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="533"/>
        <source>Their work, expertise, projects</source>
        <translation>Su trabajo, experiencia, proyectos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="535"/>
        <location filename="../../netdesk/ui/contact_card.py" line="539"/>
        <source>Looking for</source>
        <translation>Qué busca</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="535"/>
        <source>What they need: a hire, a partner, advice…</source>
        <translation>Qué necesita: contratar a alguien, un socio, consejo…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="537"/>
        <location filename="../../netdesk/ui/contact_card.py" line="540"/>
        <source>I can offer</source>
        <translation>Puedo ofrecer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="537"/>
        <source>How you could help them</source>
        <translation>Cómo podrías ayudarle</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="543"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="550"/>
        <location filename="../../netdesk/ui/import_rows.py" line="158"/>
        <location filename="../../netdesk/ui/journal_view.py" line="76"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="551"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="552"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="553"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="556"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="557"/>
        <location filename="../../netdesk/ui/contact_card.py" line="561"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="558"/>
        <location filename="../../netdesk/ui/contact_card.py" line="563"/>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="565"/>
        <source>Related people</source>
        <translation>Personas relacionadas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="568"/>
        <source>Tags and notes</source>
        <translation>Etiquetas y notas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="571"/>
        <location filename="../../netdesk/ui/contact_card.py" line="575"/>
        <location filename="../../netdesk/ui/journal_edit.py" line="135"/>
        <location filename="../../netdesk/ui/journal_edit.py" line="148"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="74"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="98"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="571"/>
        <source>Anything worth remembering</source>
        <translation>Cualquier cosa que merezca la pena recordar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="576"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_card.py" line="787"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="837"/>
        <location filename="../../netdesk/ui/contact_card.py" line="842"/>
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="856"/>
        <location filename="../../netdesk/ui/widgets.py" line="150"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="859"/>
        <source>none — set a cadence to be reminded</source>
        <translation>ninguno — fija una frecuencia para recibir recordatorios</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="147"/>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="873"/>
        <location filename="../../netdesk/ui/contact_list.py" line="73"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="928"/>
        <source>“%1” is too large for a photo: %2 MB, at most %3 MB.</source>
        <translation>«%1» es demasiado grande para una foto: %2 MB, como máximo %3 MB.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="938"/>
        <source>Could not read “%1”: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="959"/>
        <source>“%1” is too large for a photo: %2 × %3 pixels.</source>
        <translation>«%1» es demasiado grande para una foto: %2 × %3 píxeles.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="965"/>
        <source>“%1” is not an image netdesk can read (use PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>«%1» no es una imagen que netdesk pueda leer (usa PNG, JPEG, GIF, WebP o BMP).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_card.py" line="111"/>
        <source>Keep in touch every %Ln days</source>
        <translation>
            <numerusform>Mantener el contacto cada %Ln día</numerusform>
            <numerusform>Mantener el contacto cada %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="92"/>
        <location filename="../../netdesk/ui/contact_card.py" line="879"/>
        <location filename="../../netdesk/ui/contact_card.py" line="888"/>
        <source>Added by hand</source>
        <translation>Añadido a mano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_card.py" line="816"/>
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="851"/>
        <location filename="../../netdesk/ui/contact_card.py" line="864"/>
        <source>%1 (%2)</source>
        <comment>a date, then how long ago or ahead it is</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="862"/>
        <source>%1 (%2) — due</source>
        <comment>a date, then how long ago it is</comment>
        <translation>%1 (%2) — pendiente</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="906"/>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="907"/>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="913"/>
        <source>Choose a photo</source>
        <translation>Elige una foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="913"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="1000"/>
        <source>“%1” is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD.</source>
        <translation>«%1» no es una fecha: usa AAAA-MM-DD, AAAA-MM, AAAA o --MM-DD.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="1029"/>
        <source>No contact “%1”: choose the person from the list as you type, or clear the field.</source>
        <translation>No hay ningún contacto «%1»: elige a la persona de la lista mientras escribes o vacía el campo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="1063"/>
        <source>Give the contact a name (or at least an organization, e-mail or phone).</source>
        <translation>Ponle un nombre al contacto (o al menos una organización, un correo o un teléfono).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="1120"/>
        <location filename="../../netdesk/ui/contact_card.py" line="1140"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="69"/>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="70"/>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="71"/>
        <source>Cobwebs</source>
        <translation>Telarañas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="72"/>
        <source>Origin unknown</source>
        <translation>Origen desconocido</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="74"/>
        <source>Imported today</source>
        <translation>Importados hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="837"/>
        <location filename="../../netdesk/ui/contact_card.py" line="843"/>
        <location filename="../../netdesk/ui/contact_list.py" line="148"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="31"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="78"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="304"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="162"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="357"/>
        <source>Search name, company, e-mail, phone, notes…</source>
        <translation>Buscar nombre, empresa, correo, teléfono, notas…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="360"/>
        <location filename="../../netdesk/ui/main_window.py" line="333"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="368"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="369"/>
        <source>Which contacts to show</source>
        <translation>Qué contactos mostrar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="380"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="381"/>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="392"/>
        <source>Contacts listed</source>
        <translation>Lista de contactos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="543"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="545"/>
        <location filename="../../netdesk/ui/drag.py" line="47"/>
        <location filename="../../netdesk/ui/main_window.py" line="842"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="104"/>
        <source>Which column holds what?</source>
        <translation>¿Qué contiene cada columna?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="108"/>
        <source>netdesk does not know the layout of %1. Choose the field for each column; your choice is remembered for files with the same columns.</source>
        <translation>netdesk no conoce el formato de %1. Elige el campo de cada columna; tu elección se recordará para los archivos con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="115"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="115"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="115"/>
        <source>netdesk field</source>
        <translation>Campo de netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="117"/>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="131"/>
        <source>Field for column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="141"/>
        <source>Choose the column with the name, e-mail, phone or company: without one, no row becomes a contact.</source>
        <translation>Elige la columna con el nombre, el correo, el teléfono o la empresa: sin ninguna de ellas, ninguna fila se convierte en contacto.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="150"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/drag.py" line="45"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="76"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="77"/>
        <location filename="../../netdesk/ui/undo.py" line="135"/>
        <location filename="../../netdesk/ui/undo.py" line="178"/>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="45"/>
        <source>same e-mail: %1</source>
        <translation>mismo correo: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="47"/>
        <source>same phone: %1</source>
        <translation>mismo teléfono: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="49"/>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="51"/>
        <source>similar names</source>
        <translation>nombres parecidos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="120"/>
        <source>Forget “not the same” answers</source>
        <translation>Olvidar las respuestas «no es la misma»</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="146"/>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="149"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="226"/>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="153"/>
        <location filename="../../netdesk/ui/import_rows.py" line="203"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="153"/>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="153"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="153"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="168"/>
        <source>Merge, keep the first</source>
        <translation>Combinar, conservar el primero</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="169"/>
        <source>Merge, keep the second</source>
        <translation>Combinar, conservar el segundo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="369"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="392"/>
        <location filename="../../netdesk/ui/journal_edit.py" line="199"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="378"/>
        <source>Forget answers</source>
        <translation>Olvidar respuestas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="380"/>
        <source>Forget that you said %Ln pair(s) of contacts are not the same person? They may be proposed as duplicates again.</source>
        <translation>
            <numerusform>¿Olvidar que dijiste que %Ln par de contactos no son la misma persona? Podrían volver a proponerse como duplicados.</numerusform>
            <numerusform>¿Olvidar que dijiste que %Ln pares de contactos no son la misma persona? Podrían volver a proponerse como duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="388"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="105"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="170"/>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="75"/>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 en %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="308"/>
        <source>No duplicates found.</source>
        <translation>No se encontraron duplicados.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="313"/>
        <source>%1 possible duplicates; the %2 most likely are shown.</source>
        <translation>%1 posibles duplicados; se muestran los %2 más probables.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="319"/>
        <source>%Ln possible duplicate(s).</source>
        <translation>
            <numerusform>%Ln posible duplicado.</numerusform>
            <numerusform>%Ln posibles duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="342"/>
        <source>Forget my “not the same” answers (%1)</source>
        <translation>Olvidar mis respuestas «no es la misma» (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="361"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="118"/>
        <source>Not merged</source>
        <translation>No combinado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="30"/>
        <source>Welcome to netdesk</source>
        <translation>Te damos la bienvenida a netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="38"/>
        <source>netdesk helps you look after the people you know instead of just collecting them. Give a contact a &lt;b&gt;keep-in-touch cadence&lt;/b&gt; — every two weeks, every three months, once a year — and netdesk works out when you are due to reach out again. Every call, coffee or message you log restarts that clock, so the &lt;b&gt;Today&lt;/b&gt; view only ever shows the people who are really waiting to hear from you.</source>
        <translation>netdesk te ayuda a cuidar a la gente que conoces en lugar de solo coleccionarla. Da a un contacto una &lt;b&gt;frecuencia para mantener el contacto&lt;/b&gt; — cada dos semanas, cada tres meses, una vez al año — y netdesk calcula cuándo te toca volver a escribirle. Cada llamada, café o mensaje que registras reinicia ese reloj, así que la vista &lt;b&gt;Hoy&lt;/b&gt; solo muestra a las personas que de verdad esperan saber de ti.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="53"/>
        <source>Import contacts (vCard/CSV)…</source>
        <translation>Importar contactos (vCard/CSV)…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="56"/>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="63"/>
        <source>You can also drop .vcf or .csv files anywhere on this window.</source>
        <translation>También puedes soltar archivos .vcf o .csv en cualquier parte de esta ventana.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="81"/>
        <source>netdesk&apos;s database</source>
        <translation>la base de datos de netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="81"/>
        <source>the backups folder</source>
        <translation>la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="103"/>
        <source>netdesk: the database is damaged</source>
        <translation>netdesk: la base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="105"/>
        <source>%1 is damaged: netdesk cannot read part of it.</source>
        <translation>%1 está dañado: netdesk no puede leer parte de él.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="108"/>
        <source>Do not delete it. File &gt; Restore from backup…, or netdesk-cli restore FILE in a terminal, puts a backup in its place (netdesk makes one a day, in %1) and keeps the damaged file as a copy first.</source>
        <translation>No lo borres. Archivo &gt; Restaurar copia de seguridad…, o netdesk-cli restore ARCHIVO en un terminal, pone una copia en su lugar (netdesk hace una al día, en %1) y guarda antes el archivo dañado como copia.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="113"/>
        <source>The details were written to the log:
%1</source>
        <translation>Los detalles se escribieron en el registro:
%1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="117"/>
        <source>netdesk: not saved</source>
        <translation>netdesk: no guardado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="120"/>
        <source>Unsaved edits stay in the window: save them again once the problem is solved. The details were written to the log:
%1</source>
        <translation>Los cambios sin guardar siguen en la ventana: vuelve a guardarlos cuando se resuelva el problema. Los detalles se han escrito en el registro:
%1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="125"/>
        <source>netdesk: something went wrong</source>
        <translation>netdesk: algo ha fallado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="126"/>
        <source>An unexpected error happened: %1</source>
        <translation>Se produjo un error inesperado: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="130"/>
        <source>Your data is safe: every change is saved as you make it, and unsaved edits stay in the window. The details were written to the log:
%1</source>
        <translation>Tus datos están a salvo: cada cambio se guarda al hacerlo y los cambios sin guardar siguen en la ventana. Los detalles se han escrito en el registro:
%1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="136"/>
        <source>Open log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="58"/>
        <location filename="../../netdesk/ui/export_dialog.py" line="109"/>
        <location filename="../../netdesk/ui/export_dialog.py" line="138"/>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="62"/>
        <source>The %Ln selected contact(s)</source>
        <translation>
            <numerusform>El contacto seleccionado</numerusform>
            <numerusform>Los %Ln contactos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="64"/>
        <source>Everyone with the tag:</source>
        <translation>Todos con la etiqueta:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="65"/>
        <source>Everyone (archived contacts too)</source>
        <translation>Todos (también los archivados)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="68"/>
        <source>Tag to export</source>
        <translation>Etiqueta que exportar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="84"/>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="91"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="96"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="108"/>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="109"/>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="129"/>
        <source>%Ln contact(s) exported to %1</source>
        <translation>
            <numerusform>%Ln contacto exportado a %1</numerusform>
            <numerusform>%Ln contactos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="139"/>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="163"/>
        <source>Exporting contacts…</source>
        <translation>Exportando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="50"/>
        <source>All interactions</source>
        <translation>Todas las interacciones</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="56"/>
        <location filename="../../netdesk/ui/import_rows.py" line="282"/>
        <location filename="../../netdesk/ui/journal_edit.py" line="120"/>
        <location filename="../../netdesk/ui/journal_edit.py" line="145"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="60"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="95"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="162"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="57"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="61"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="63"/>
        <location filename="../../netdesk/ui/preferences.py" line="142"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="65"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="65"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="71"/>
        <source>Search summaries and notes…</source>
        <translation>Buscar en resúmenes y notas…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="74"/>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="92"/>
        <source>Journal — every interaction</source>
        <translation>Diario — todas las interacciones</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="193"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="196"/>
        <source>The “From” date is after the “to” date: no day is between them.</source>
        <translation>La fecha «Desde» es posterior a la fecha «a»: no hay ningún día entre ellas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="199"/>
        <source>No interaction matches these filters.</source>
        <translation>Ninguna interacción coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="88"/>
        <location filename="../../netdesk/ui/import_preview.py" line="53"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="90"/>
        <source>Contact files (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Archivos de contactos (*.vcf *.vcard *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="182"/>
        <location filename="../../netdesk/ui/import_flow.py" line="228"/>
        <source>Importing contacts…</source>
        <translation>Importando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="117"/>
        <location filename="../../netdesk/ui/import_flow.py" line="195"/>
        <source>Reading contact files…</source>
        <translation>Leyendo archivos de contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="253"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="254"/>
        <location filename="../../netdesk/ui/import_preview.py" line="89"/>
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln contacto nuevo</numerusform>
            <numerusform>%Ln contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="255"/>
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln combinado</numerusform>
            <numerusform>%Ln combinados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="256"/>
        <location filename="../../netdesk/ui/import_preview.py" line="91"/>
        <source>%Ln already up to date</source>
        <translation>
            <numerusform>%Ln ya al día</numerusform>
            <numerusform>%Ln ya al día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="260"/>
        <source>%Ln card(s) or file(s) could not be imported.</source>
        <translation>
            <numerusform>No se pudo importar %Ln tarjeta o archivo.</numerusform>
            <numerusform>No se pudieron importar %Ln tarjetas o archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="263"/>
        <source>%Ln warning(s): something was left out or two cards were combined.</source>
        <translation>
            <numerusform>%Ln aviso: se omitió algo o se combinaron dos tarjetas.</numerusform>
            <numerusform>%Ln avisos: se omitió algo o se combinaron dos tarjetas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="270"/>
        <source>The new contacts are in “Imported today”: tag them, set where you met or a keep-in-touch cadence, or archive them, all at once.</source>
        <translation>Los contactos nuevos están en «Importados hoy»: etiquétalos, indica dónde os conocisteis o una frecuencia para mantener el contacto, o archívalos, todos a la vez.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="273"/>
        <source>Show imported contacts</source>
        <translation>Mostrar los contactos importados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="77"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="90"/>
        <source>%Ln to be merged into existing contacts</source>
        <translation>
            <numerusform>%Ln se combinará con contactos existentes</numerusform>
            <numerusform>%Ln se combinarán con contactos existentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="92"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="95"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln aviso</numerusform>
            <numerusform>%Ln avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="99"/>
        <source>%Ln field(s) differ from what you have: your values are kept unless you tick the file’s.</source>
        <translation>
            <numerusform>%Ln campo difiere de lo que tienes: se conservan tus valores salvo que marques el del archivo.</numerusform>
            <numerusform>%Ln campos difieren de lo que tienes: se conservan tus valores salvo que marques los del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="105"/>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="158"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="158"/>
        <location filename="../../netdesk/ui/import_rows.py" line="176"/>
        <location filename="../../netdesk/ui/import_rows.py" line="282"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="111"/>
        <source>New (%1)</source>
        <translation>Nuevos (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="176"/>
        <source>Existing contact</source>
        <translation>Contacto existente</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="176"/>
        <source>What the file adds</source>
        <translation>Lo que añade el archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="182"/>
        <source>(only differences)</source>
        <translation>(solo diferencias)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="203"/>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="203"/>
        <source>In the file (tick to use)</source>
        <translation>En el archivo (márcalo para usarlo)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="119"/>
        <source>To merge (%1)</source>
        <translation>Para combinar (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="132"/>
        <source>Keep all mine</source>
        <translation>Conservar todos los míos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="134"/>
        <source>Use all the file’s values</source>
        <translation>Usar todos los valores del archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="203"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="143"/>
        <source>Differences (%1)</source>
        <translation>Diferencias (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="282"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="282"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="380"/>
        <location filename="../../netdesk/ui/import_rows.py" line="283"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="380"/>
        <location filename="../../netdesk/ui/import_rows.py" line="283"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="151"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="73"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="74"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="75"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="77"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="78"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="87"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="247"/>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="328"/>
        <source>Delete journal entry</source>
        <translation>Eliminar entrada del diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="351"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="432"/>
        <source>Edit entry…</source>
        <translation>Editar entrada…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="436"/>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="446"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="474"/>
        <location filename="../../netdesk/ui/journal_view.py" line="478"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="525"/>
        <source>Calls, meetings and messages can be logged here once the contact is saved.</source>
        <translation>Cuando guardes el contacto, aquí podrás registrar llamadas, reuniones y mensajes.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="527"/>
        <source>Choose a contact to see their journal.</source>
        <translation>Elige un contacto para ver su diario.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="202"/>
        <location filename="../../netdesk/ui/journal_view.py" line="523"/>
        <source>Nothing logged yet. Press Ctrl+L after a call, a coffee or a message.</source>
        <translation>Aún no hay nada registrado. Pulsa Ctrl+L después de una llamada, un café o un mensaje.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="56"/>
        <source>Log interaction with %1</source>
        <translation>Registrar interacción con %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="56"/>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="51"/>
        <source>Log interaction — %1</source>
        <translation>Registrar interacción — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/journal_edit.py" line="52"/>
        <source>Log interaction — %Ln contacts</source>
        <translation>
            <numerusform>Registrar interacción — %Ln contacto</numerusform>
            <numerusform>Registrar interacción — %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="92"/>
        <location filename="../../netdesk/ui/journal_edit.py" line="118"/>
        <source>Edit journal entry</source>
        <translation>Editar entrada del diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="127"/>
        <location filename="../../netdesk/ui/journal_edit.py" line="146"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="67"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="96"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="130"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="70"/>
        <source>What happened, in one line</source>
        <translation>Qué pasó, en una línea</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="131"/>
        <location filename="../../netdesk/ui/journal_edit.py" line="147"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="71"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="97"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="134"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="73"/>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="188"/>
        <source>Not edited</source>
        <translation>No editado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="188"/>
        <source>This entry is no longer in the journal.</source>
        <translation>Esta entrada ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="78"/>
        <source>Other people involved</source>
        <translation>Otras personas implicadas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="144"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="94"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="94"/>
        <source>(choose below)</source>
        <translation>(elige abajo)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="99"/>
        <location filename="../../netdesk/ui/widgets.py" line="465"/>
        <source>Also there</source>
        <translation>También estaban</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="126"/>
        <source>Choose “%1” from the list of names, or clear the field.</source>
        <translation>Elige «%1» de la lista de nombres o vacía el campo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="132"/>
        <source>Choose who the interaction was with.</source>
        <translation>Elige con quién fue la interacción.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="159"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="135"/>
        <source>Write a one-line summary.</source>
        <translation>Escribe un resumen de una línea.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="184"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="288"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="292"/>
        <source>Add a contact by hand</source>
        <translation>Añadir un contacto a mano</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="295"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="295"/>
        <source>Import vCard or CSV files</source>
        <translation>Importar archivos vCard o CSV</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="298"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="298"/>
        <source>Export contacts to vCard or CSV</source>
        <translation>Exportar contactos a vCard o CSV</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="301"/>
        <source>Export &amp;calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="305"/>
        <source>Save follow-ups and birthdays as an iCalendar (.ics) file</source>
        <translation>Guardar seguimientos y cumpleaños como archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="308"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="312"/>
        <source>Copy the database to the backups folder</source>
        <translation>Copiar la base de datos a la carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="315"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="319"/>
        <source>Put a backup in place of the current data</source>
        <translation>Sustituir los datos actuales por una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="322"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo_actions.py" line="23"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo_actions.py" line="25"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="333"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="336"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="340"/>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Registrar interacción…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="344"/>
        <source>Log a call, meeting or message</source>
        <translation>Registrar una llamada, reunión o mensaje</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="347"/>
        <location filename="../../netdesk/ui/main_window.py" line="612"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="351"/>
        <source>Archive (or unarchive) the selected contacts</source>
        <translation>Archivar (o desarchivar) los contactos seleccionados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="354"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="358"/>
        <source>Delete the selected contacts (undoable)</source>
        <translation>Eliminar los contactos seleccionados (se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="360"/>
        <source>&amp;Tag…</source>
        <translation>E&amp;tiquetar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="361"/>
        <source>&amp;Untag…</source>
        <translation>&amp;Quitar etiqueta…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="363"/>
        <source>Set &amp;cadence…</source>
        <translation>Fijar &amp;frecuencia…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="367"/>
        <source>How often to keep in touch</source>
        <translation>Cada cuánto mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="370"/>
        <source>Find du&amp;plicates…</source>
        <translation>Buscar du&amp;plicados…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="373"/>
        <source>&amp;Merge two contacts…</source>
        <translation>C&amp;ombinar dos contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="377"/>
        <source>Make two selected contacts one</source>
        <translation>Unir dos contactos seleccionados en uno</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="382"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="385"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="385"/>
        <source>Who to get back to today</source>
        <translation>A quién responder hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="388"/>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="388"/>
        <source>Every interaction</source>
        <translation>Todas las interacciones</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="394"/>
        <source>&amp;About netdesk</source>
        <translation>&amp;Acerca de netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="407"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="414"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="420"/>
        <source>&amp;Contact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="428"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="432"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="436"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="593"/>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="593"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente</numerusform>
            <numerusform>%Ln seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="612"/>
        <source>Un&amp;archive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="692"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="694"/>
        <source>The changes to this contact cannot be saved: %1

Discard them?</source>
        <translation>No se pueden guardar los cambios de este contacto: %1

¿Descartarlos?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="798"/>
        <source>Contact added. Press Ctrl+Z to undo.</source>
        <translation>Contacto añadido. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="807"/>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="809"/>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="814"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="829"/>
        <source>Unarchived %Ln contacts.</source>
        <translation>
            <numerusform>%Ln contacto desarchivado.</numerusform>
            <numerusform>%Ln contactos desarchivados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="831"/>
        <source>Archived %Ln contacts.</source>
        <translation>
            <numerusform>%Ln contacto archivado.</numerusform>
            <numerusform>%Ln contactos archivados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="845"/>
        <source>Delete contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="848"/>
        <source>Delete %1 with their journal and follow-ups?

You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar %1 con su diario y sus seguimientos?

Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="857"/>
        <source>Deleted %Ln contacts.</source>
        <translation>
            <numerusform>%Ln contacto eliminado.</numerusform>
            <numerusform>%Ln contactos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="97"/>
        <source>Tag contacts</source>
        <translation>Etiquetar contactos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="98"/>
        <source>Tag %Ln contacts with:</source>
        <translation>
            <numerusform>Etiquetar %Ln contacto con:</numerusform>
            <numerusform>Etiquetar %Ln contactos con:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="871"/>
        <source>Tagged %Ln contacts.</source>
        <translation>
            <numerusform>%Ln contacto etiquetado.</numerusform>
            <numerusform>%Ln contactos etiquetados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="883"/>
        <location filename="../../netdesk/ui/main_window.py" line="887"/>
        <source>Untag contacts</source>
        <translation>Quitar etiqueta a contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="883"/>
        <source>The selected contacts have no tags.</source>
        <translation>Los contactos seleccionados no tienen etiquetas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="887"/>
        <source>Remove the tag:</source>
        <translation>Quitar la etiqueta:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="892"/>
        <source>Untagged %Ln contacts.</source>
        <translation>
            <numerusform>Etiqueta quitada a %Ln contacto.</numerusform>
            <numerusform>Etiqueta quitada a %Ln contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="907"/>
        <source>Keep in touch with %Ln contacts:</source>
        <translation>
            <numerusform>Mantener el contacto con %Ln contacto:</numerusform>
            <numerusform>Mantener el contacto con %Ln contactos:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="917"/>
        <source>Every how many days?</source>
        <translation>¿Cada cuántos días?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="923"/>
        <source>Cadence set for %Ln contacts.</source>
        <translation>
            <numerusform>Frecuencia fijada para %Ln contacto.</numerusform>
            <numerusform>Frecuencia fijada para %Ln contactos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="936"/>
        <source>Logged. The keep-in-touch clock restarted.</source>
        <translation>Registrado. El reloj para mantener el contacto se ha reiniciado.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="975"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="977"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="993"/>
        <source>Calendar saved to %1</source>
        <translation>Calendario guardado en %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="997"/>
        <source>Exporting the calendar…</source>
        <translation>Exportando el calendario…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1035"/>
        <source>Backing up the database…</source>
        <translation>Haciendo copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1048"/>
        <source>The daily backup failed: %1</source>
        <translation>Falló la copia de seguridad diaria: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1032"/>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/operations.py" line="118"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/operations.py" line="119"/>
        <location filename="../../netdesk/ui/operations.py" line="190"/>
        <source>netdesk</source>
        <translation>netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/operations.py" line="150"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/operations.py" line="191"/>
        <source>%1 failed: %2

Nothing was changed.</source>
        <translation>%1 falló: %2

No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/operations.py" line="191"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="54"/>
        <source>“%1” is not a full path: start it with %2, or choose the folder.</source>
        <translation>«%1» no es una ruta completa: empiézala por %2 o elige la carpeta.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="59"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="64"/>
        <source>netdesk cannot make the folder %1: %2</source>
        <translation>netdesk no puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="66"/>
        <source>netdesk cannot write to the folder %1 (is it read-only?).</source>
        <translation>netdesk no puede escribir en la carpeta %1 (¿es de solo lectura?).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="78"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="79"/>
        <source>Choose the %1</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="87"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="88"/>
        <source>Clear the %1</source>
        <translation>Borrar: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="117"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="122"/>
        <source>Default cadence for new contacts</source>
        <translation>Frecuencia predeterminada para contactos nuevos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/preferences.py" line="129"/>
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Cada %Ln día</numerusform>
            <numerusform>Cada %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="135"/>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="136"/>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="146"/>
        <source>Start netdesk in the tray when I log in</source>
        <translation>Iniciar netdesk en la bandeja al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="150"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="154"/>
        <location filename="../../netdesk/ui/preferences.py" line="187"/>
        <source>Backups folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="160"/>
        <source>Daily backups to keep</source>
        <translation>Copias diarias que conservar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="163"/>
        <location filename="../../netdesk/ui/preferences.py" line="189"/>
        <source>Calendar feed folder</source>
        <translation>Carpeta del calendario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="165"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="166"/>
        <source>Calendar apps can subscribe to netdesk.ics in this folder.</source>
        <translation>Las aplicaciones de calendario pueden suscribirse a netdesk.ics en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="172"/>
        <location filename="../../netdesk/ui/preferences.py" line="191"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="249"/>
        <source>Your preferences could not be saved to %1: is the disk full or the folder read-only? They apply until netdesk quits; press OK to try again.</source>
        <translation>No se pudieron guardar tus preferencias en %1: ¿está el disco lleno o la carpeta es de solo lectura? Se aplican hasta que netdesk se cierre; pulsa Aceptar para volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="470"/>
        <location filename="../../netdesk/ui/preferences.py" line="173"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="174"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="175"/>
        <source>Show the data folder in the file manager</source>
        <translation>Mostrar la carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="183"/>
        <source>New contacts keep in touch</source>
        <translation>Contactos nuevos: mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="184"/>
        <source>Quiet hours (no reminders)</source>
        <translation>Horas de silencio (sin recordatorios)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="188"/>
        <source>Daily backups kept</source>
        <translation>Copias diarias conservadas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="208"/>
        <source>No file manager could open the data folder: %1</source>
        <translation>Ningún gestor de archivos pudo abrir la carpeta de datos: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="230"/>
        <source>Could not change start at login: %1</source>
        <translation>No se pudo cambiar el inicio al iniciar sesión: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_basic.py" line="23"/>
        <location filename="../../netdesk/ui/today_basic.py" line="29"/>
        <source>Due follow-ups</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_basic.py" line="24"/>
        <location filename="../../netdesk/ui/today_basic.py" line="30"/>
        <source>Birthdays this week</source>
        <translation>Cumpleaños esta semana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_basic.py" line="25"/>
        <location filename="../../netdesk/ui/today_basic.py" line="31"/>
        <source>Worth reviving</source>
        <translation>Vale la pena retomar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_basic.py" line="71"/>
        <source>Nothing due. Enjoy your day.</source>
        <translation>Nada pendiente. Disfruta el día.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_basic.py" line="74"/>
        <source>turns %Ln</source>
        <translation>
            <numerusform>cumple %Ln</numerusform>
            <numerusform>cumple %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_basic.py" line="77"/>
        <source>No birthdays this week.</source>
        <translation>No hay cumpleaños esta semana.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_basic.py" line="84"/>
        <source>%1 — last talked %2</source>
        <translation>%1 — última conversación %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_basic.py" line="88"/>
        <source>No cobwebs.</source>
        <translation>Sin telarañas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="135"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="158"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="275"/>
        <source>Archive %Ln contacts</source>
        <translation>
            <numerusform>Archivar %Ln contacto</numerusform>
            <numerusform>Archivar %Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="278"/>
        <source>Unarchive %Ln contacts</source>
        <translation>
            <numerusform>Desarchivar %Ln contacto</numerusform>
            <numerusform>Desarchivar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="100"/>
        <source>“%1” could not be undone.</source>
        <translation>No se pudo deshacer «%1».</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="100"/>
        <source>“%1” could not be redone.</source>
        <translation>No se pudo rehacer «%1».</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="104"/>
        <source>Not undone</source>
        <translation>No deshecho</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="104"/>
        <source>Not redone</source>
        <translation>No rehecho</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="275"/>
        <source>Archive %1</source>
        <translation>Archivar %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="278"/>
        <source>Unarchive %1</source>
        <translation>Desarchivar %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="284"/>
        <source>Archiving contacts…</source>
        <translation>Archivando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="284"/>
        <source>Unarchiving contacts…</source>
        <translation>Desarchivando contactos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="311"/>
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>Eliminar %Ln contacto</numerusform>
            <numerusform>Eliminar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="311"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="316"/>
        <source>Deleting contacts…</source>
        <translation>Eliminando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="317"/>
        <source>Restoring contacts…</source>
        <translation>Restaurando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="340"/>
        <source>Add tag “%2” to %1</source>
        <translation>Añadir la etiqueta «%2» a %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="340"/>
        <source>Add tag “%2” to %Ln contacts</source>
        <translation>
            <numerusform>Añadir la etiqueta «%2» a %Ln contacto</numerusform>
            <numerusform>Añadir la etiqueta «%2» a %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="342"/>
        <source>Remove tag “%2” from %1</source>
        <translation>Quitar la etiqueta «%2» de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="343"/>
        <source>Remove tag “%2” from %Ln contacts</source>
        <translation>
            <numerusform>Quitar la etiqueta «%2» de %Ln contacto</numerusform>
            <numerusform>Quitar la etiqueta «%2» de %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="348"/>
        <source>Tagging contacts…</source>
        <translation>Etiquetando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="348"/>
        <source>Untagging contacts…</source>
        <translation>Quitando etiquetas…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="378"/>
        <source>Set cadence of %1</source>
        <translation>Fijar la frecuencia de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="379"/>
        <source>Set cadence of %Ln contacts</source>
        <translation>
            <numerusform>Fijar la frecuencia de %Ln contacto</numerusform>
            <numerusform>Fijar la frecuencia de %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="384"/>
        <source>Setting the cadence…</source>
        <translation>Fijando la frecuencia…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="56"/>
        <source>%Ln day(s) late</source>
        <translation>
            <numerusform>%Ln día de retraso</numerusform>
            <numerusform>%Ln días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="58"/>
        <source>%Ln month(s) late</source>
        <translation>
            <numerusform>%Ln mes de retraso</numerusform>
            <numerusform>%Ln meses de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="59"/>
        <source>%Ln year(s) late</source>
        <translation>
            <numerusform>%Ln año de retraso</numerusform>
            <numerusform>%Ln años de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="72"/>
        <location filename="../../netdesk/ui/widgets.py" line="155"/>
        <location filename="../../netdesk/ui/widgets.py" line="174"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="75"/>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/widgets.py" line="157"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="159"/>
        <source>%Ln days ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="161"/>
        <source>%Ln weeks ago</source>
        <translation>
            <numerusform>hace %Ln semana</numerusform>
            <numerusform>hace %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="163"/>
        <source>%Ln months ago</source>
        <translation>
            <numerusform>hace %Ln mes</numerusform>
            <numerusform>hace %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="164"/>
        <source>%Ln years ago</source>
        <translation>
            <numerusform>hace %Ln año</numerusform>
            <numerusform>hace %Ln años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="75"/>
        <location filename="../../netdesk/ui/widgets.py" line="176"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="178"/>
        <source>in %Ln days</source>
        <translation>
            <numerusform>dentro de %Ln día</numerusform>
            <numerusform>dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="180"/>
        <source>in %Ln weeks</source>
        <translation>
            <numerusform>dentro de %Ln semana</numerusform>
            <numerusform>dentro de %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="181"/>
        <source>in %Ln months</source>
        <translation>
            <numerusform>dentro de %Ln mes</numerusform>
            <numerusform>dentro de %Ln meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/widgets.py" line="342"/>
        <source>Type a name…</source>
        <translation>Escribe un nombre…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/widgets.py" line="463"/>
        <source>Add someone else who was there…</source>
        <translation>Añade a alguien más que estuviera allí…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="113"/>
        <source>netdesk keeps running</source>
        <translation>netdesk sigue en marcha</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="116"/>
        <source>netdesk keeps running in the system tray so it can remind you when someone is due. Quit it from the tray icon&apos;s menu.</source>
        <translation>netdesk sigue en marcha en la bandeja del sistema para avisarte cuando toque hablar con alguien. Ciérralo desde el menú del icono de la bandeja.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="120"/>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="121"/>
        <source>Quit on close instead</source>
        <translation>Salir al cerrar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="132"/>
        <source>No system tray</source>
        <translation>No hay bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="135"/>
        <source>This desktop has no system tray, so netdesk cannot keep running in the background. Due follow-ups are shown in the window title and the Today view while netdesk is open; closing the window quits netdesk.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que netdesk no puede seguir en marcha en segundo plano. Los seguimientos pendientes se muestran en el título de la ventana y en la vista Hoy mientras netdesk está abierto; al cerrar la ventana, netdesk se cierra.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="39"/>
        <source>%1, last %2</source>
        <translation>%1, la última %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/merge_dialog.py" line="39"/>
        <source>%Ln journal entries</source>
        <translation>
            <numerusform>%Ln entrada en el diario</numerusform>
            <numerusform>%Ln entradas en el diario</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="41"/>
        <source>No journal entries</source>
        <translation>Sin entradas en el diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="52"/>
        <source>Merge two contacts</source>
        <translation>Combinar dos contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="67"/>
        <source>Which contact do you keep?</source>
        <translation>¿Qué contacto conservas?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="78"/>
        <source>Keep %1</source>
        <translation>Conservar %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="87"/>
        <source>The contact you keep gets the other&apos;s e-mails, phones, addresses, tags, journal and follow-ups, and any field it has empty. The other is removed. Edit &gt; Undo puts both back.</source>
        <translation>El contacto que conservas recibe los correos, teléfonos, direcciones, etiquetas, diario y seguimientos del otro, y cualquier campo que tenga vacío. El otro se elimina. Editar &gt; Deshacer recupera ambos.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="95"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="67"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="81"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="141"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="270"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="283"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="310"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="83"/>
        <source>An import, export or change to many contacts is still running. Wait for it to finish, then restore.</source>
        <translation>Todavía hay en curso una importación, una exportación o un cambio en muchos contactos. Espera a que termine y luego restaura.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="148"/>
        <source>Choose a backup to put in place of everything netdesk holds now. Your current data is kept as a copy first.</source>
        <translation>Elige una copia de seguridad que sustituirá todo lo que netdesk tiene ahora. Antes se guarda una copia de tus datos actuales.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="153"/>
        <source>Backups folder: %1</source>
        <translation>Carpeta de copias de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="162"/>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="162"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="163"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="174"/>
        <source>Kept before a restore</source>
        <translation>Guardada antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="174"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="175"/>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="184"/>
        <source>The database as it was before a restore replaced it</source>
        <translation>La base de datos tal como estaba antes de que una restauración la sustituyera</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="187"/>
        <source>There are no backups in this folder yet. Use File &gt; Back up now, or choose a file.</source>
        <translation>Aún no hay copias de seguridad en esta carpeta. Usa Archivo &gt; Hacer copia de seguridad ahora o elige un archivo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="195"/>
        <source>Choose a &amp;file…</source>
        <translation>Elegir un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="198"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="235"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="246"/>
        <source>Choose a backup</source>
        <translation>Elige una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="248"/>
        <source>netdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de netdesk (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="273"/>
        <source>%1 was made by a newer netdesk: update netdesk to restore it. Nothing was changed.</source>
        <translation>%1 se hizo con un netdesk más nuevo: actualiza netdesk para restaurarla. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="285"/>
        <source>%1 is not a netdesk backup, or it is damaged. Nothing was changed.</source>
        <translation>%1 no es una copia de seguridad de netdesk o está dañada. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/restore_dialog.py" line="301"/>
        <source>the backup of %1 (%Ln contacts)</source>
        <translation>
            <numerusform>la copia de seguridad del %1 (%Ln contacto)</numerusform>
            <numerusform>la copia de seguridad del %1 (%Ln contactos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/restore_dialog.py" line="305"/>
        <source>%1 (%Ln contacts)</source>
        <translation>
            <numerusform>%1 (%Ln contacto)</numerusform>
            <numerusform>%1 (%Ln contactos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="313"/>
        <source>Replace all your contacts, journal and follow-ups with %1?</source>
        <translation>¿Sustituir todos tus contactos, tu diario y tus seguimientos por %1?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="320"/>
        <source>What netdesk holds now is kept as a copy in %1 and can be restored the same way.

Undo history is cleared: changes made before the restore cannot be undone afterwards.</source>
        <translation>Lo que netdesk tiene ahora se guarda como copia en %1 y se puede restaurar de la misma forma.

El historial de deshacer se borra: los cambios hechos antes de la restauración no se podrán deshacer después.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="328"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="439"/>
        <source>Restored %1. The previous database was kept as %2.</source>
        <translation>Se restauró %1. La base de datos anterior se guardó como %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="447"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="238"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="370"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="453"/>
        <source>netdesk follow-ups</source>
        <translation>Seguimientos de netdesk</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="166"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="411"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="171"/>
        <source>What happened? (goes into the journal)</source>
        <translation>¿Qué pasó? (va al diario)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="184"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="185"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="349"/>
        <source>Kept in touch</source>
        <translation>Mantuvimos el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="385"/>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="426"/>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="439"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="449"/>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="464"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="474"/>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="471"/>
        <source>Follow up</source>
        <translation>Hacer seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="417"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="483"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="487"/>
        <source>Later today (+3 h)</source>
        <translation>Más tarde hoy (+3 h)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="488"/>
        <source>Tomorrow (9:00)</source>
        <translation>Mañana (9:00)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="489"/>
        <source>Next week (Monday 9:00)</source>
        <translation>La semana que viene (lunes 9:00)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="499"/>
        <source>Pick a date…</source>
        <translation>Elegir una fecha…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="511"/>
        <source>Done…</source>
        <translation>Hecho…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="513"/>
        <source>Reschedule…</source>
        <translation>Reprogramar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="455"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="514"/>
        <source>Skip this cycle</source>
        <translation>Saltar este ciclo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="516"/>
        <source>Open contact</source>
        <translation>Abrir contacto</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="90"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="96"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="98"/>
        <source>At a &amp;time</source>
        <translation>A una &amp;hora</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="108"/>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="113"/>
        <source>e.g. Send the proposal</source>
        <translation>p. ej. Enviar la propuesta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="115"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../netdesk/ui/follow_up_panel.py" line="33"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_panel.py" line="37"/>
        <source>Add follow-up…</source>
        <translation>Añadir seguimiento…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_panel.py" line="42"/>
        <source>Nothing planned.</source>
        <translation>Nada planificado.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="254"/>
        <source>unknown CSV layout: choose which column holds what</source>
        <translation>formato CSV desconocido: elige qué columna contiene qué</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="288"/>
        <source>row has no name, e-mail, phone or company</source>
        <translation>la fila no tiene nombre, correo, teléfono ni empresa</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="301"/>
        <source>dates such as {example} could be day/month or month/day ({count} of them); read as day/month, as Outlook in this file&apos;s language writes them</source>
        <translation>fechas como {example} pueden ser día/mes o mes/día ({count}); leídas como día/mes, como las escribe Outlook en el idioma de este archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="306"/>
        <source>dates such as {example} could be day/month or month/day ({count} of them) and no other date in the file tells; read as month/day (US): check them</source>
        <translation>fechas como {example} pueden ser día/mes o mes/día ({count}) y ninguna otra fecha del archivo lo aclara; leídas como mes/día (EE. UU.): revísalas</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="311"/>
        <source>this file writes dates both day first and month first; those that could be either ({count}, such as {example}) were read as month/day: check them</source>
        <translation>este archivo escribe fechas con el día primero y con el mes primero; las que pueden ser ambas ({count}, como {example}) se leyeron como mes/día: revísalas</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="456"/>
        <source>{value} is not an e-mail address; kept as the field &apos;E-mail (as written)&apos;</source>
        <translation>{value} no es una dirección de correo; se guarda en el campo «Correo (tal como está escrito)»</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="478"/>
        <source>{value} is not a date; date dropped</source>
        <translation>{value} no es una fecha; fecha descartada</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="138"/>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="143"/>
        <source>is a folder, not a contact file</source>
        <translation>es una carpeta, no un archivo de contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="147"/>
        <source>not a regular file (a device or a pipe)</source>
        <translation>no es un archivo normal (un dispositivo o una tubería)</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="152"/>
        <source>file too big to import ({size} MB; the limit is {limit} MB)</source>
        <translation>archivo demasiado grande para importar ({size} MB; el límite es {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="175"/>
        <source>cannot read the file ({os_reason})</source>
        <translation>no se puede leer el archivo ({os_reason})</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="181"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="185"/>
        <source>not a contact file (binary data)</source>
        <translation>no es un archivo de contactos (datos binarios)</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="93"/>
        <source>{property}: {value} is not a date; kept unchanged as an extra property</source>
        <translation>{property}: {value} no es una fecha; se conserva sin cambios como propiedad adicional</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="96"/>
        <source>{property}: {value} cannot be used; kept unchanged as an extra property</source>
        <translation>{property}: no se puede usar {value}; se conserva sin cambios como propiedad adicional</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="105"/>
        <source>{property}: {value} is not a number of days; kept unchanged as an extra property</source>
        <translation>{property}: {value} no es un número de días; se conserva sin cambios como propiedad adicional</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="109"/>
        <source>{property}: a data: URI that is not base64; kept unchanged as an extra property</source>
        <translation>{property}: un URI data: que no está en base64; se conserva sin cambios como propiedad adicional</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="115"/>
        <source>photo bigger than {megabytes} MB dropped</source>
        <translation>foto de más de {megabytes} MB descartada</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="191"/>
        <source>no vCard in the file (no BEGIN:VCARD line)</source>
        <translation>no hay ninguna vCard en el archivo (falta la línea BEGIN:VCARD)</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="250"/>
        <source>card has no END:VCARD (file cut short?); not imported</source>
        <translation>la tarjeta no tiene END:VCARD (¿archivo cortado?); no se importó</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="265"/>
        <source>card has no END:VCARD (file cut short?); imported what was read of it</source>
        <translation>la tarjeta no tiene END:VCARD (¿archivo cortado?); se importó lo que se leyó de ella</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="268"/>
        <source>card has no END:VCARD (file cut short?); imported what was read of it, without its last line ({property}), which was cut off</source>
        <translation>la tarjeta no tiene END:VCARD (¿archivo cortado?); se importó lo que se leyó de ella, sin su última línea ({property}), que estaba cortada</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="676"/>
        <source>a second PHOTO URL was dropped</source>
        <translation>se descartó una segunda URL de PHOTO</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="692"/>
        <source>unreadable PHOTO dropped (not base64)</source>
        <translation>PHOTO ilegible descartada (no está en base64)</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="698"/>
        <source>a second PHOTO was dropped (netdesk keeps one photo per contact)</source>
        <translation>se descartó una segunda PHOTO (netdesk guarda una foto por contacto)</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="167"/>
        <source>no .vcf or .csv file in the folder</source>
        <translation>no hay ningún archivo .vcf o .csv en la carpeta</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="247"/>
        <source>card has no name, e-mail, phone or company; not imported</source>
        <translation>la tarjeta no tiene nombre, correo, teléfono ni empresa; no se importa</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="254"/>
        <source>no name, e-mail, phone or company; imported as &apos;{name}&apos;, the first line of its note</source>
        <translation>sin nombre, correo, teléfono ni empresa; importada como «{name}», la primera línea de su nota</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="258"/>
        <source>no name, e-mail, phone or company; imported as &apos;{name}&apos;, its web page</source>
        <translation>sin nombre, correo, teléfono ni empresa; importada como «{name}», su página web</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="261"/>
        <source>no name, e-mail, phone or company; imported as &apos;{name}&apos;, its address</source>
        <translation>sin nombre, correo, teléfono ni empresa; importada como «{name}», su dirección</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="264"/>
        <source>no name, e-mail, phone or company; imported as &apos;{name}&apos;, its job title</source>
        <translation>sin nombre, correo, teléfono ni empresa; importada como «{name}», su cargo</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="362"/>
        <source>cannot read the file: {error}</source>
        <translation>no se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="573"/>
        <source>the same person as line {line}; merged into one contact</source>
        <translation>la misma persona que la línea {line}; unidas en un contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="576"/>
        <source>the same person as line {line}; merged into one contact (kept the first card&apos;s {fields})</source>
        <translation>la misma persona que la línea {line}; unidas en un contacto (se conservó {fields} de la primera tarjeta)</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="580"/>
        <source>the same person as {file}, line {line}; merged into one contact</source>
        <translation>la misma persona que {file}, línea {line}; unidas en un contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="583"/>
        <source>the same person as {file}, line {line}; merged into one contact (kept the first card&apos;s {fields})</source>
        <translation>la misma persona que {file}, línea {line}; unidas en un contacto (se conservó {fields} de la primera tarjeta)</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="626"/>
        <source>photo dropped: {width} × {height} pixels is too large to use</source>
        <translation>foto descartada: {width} × {height} píxeles es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="629"/>
        <source>photo dropped: it would take too much memory to open</source>
        <translation>foto descartada: abrirla ocuparía demasiada memoria</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="632"/>
        <source>photo dropped: not an image netdesk can read</source>
        <translation>foto descartada: no es una imagen que netdesk pueda leer</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="246"/>
        <location filename="../../netdesk/ui/tray.py" line="290"/>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="246"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente</numerusform>
            <numerusform>%Ln seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="249"/>
        <source>Reminders paused until %1</source>
        <translation>Recordatorios en pausa hasta %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="256"/>
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="278"/>
        <source>Act on a due item</source>
        <translation>Atender un pendiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="288"/>
        <source>%Ln more…</source>
        <translation>
            <numerusform>%Ln más…</numerusform>
            <numerusform>%Ln más…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="292"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="293"/>
        <source>Log an interaction…</source>
        <translation>Registrar una interacción…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="294"/>
        <source>Open netdesk</source>
        <translation>Abrir netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="297"/>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="299"/>
        <source>Pause reminders for 1 hour</source>
        <translation>Pausar recordatorios durante 1 hora</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="304"/>
        <source>Pause reminders until tomorrow</source>
        <translation>Pausar recordatorios hasta mañana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="309"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="377"/>
        <location filename="../../netdesk/ui/tray.py" line="451"/>
        <source>%1&apos;s birthday</source>
        <translation>Cumpleaños de %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="379"/>
        <source>Turns %1 today.</source>
        <translation>Hoy cumple %1 años.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="381"/>
        <source>Birthday today.</source>
        <translation>Hoy es su cumpleaños.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="385"/>
        <location filename="../../netdesk/ui/tray.py" line="452"/>
        <source>%1&apos;s anniversary</source>
        <translation>Aniversario de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="386"/>
        <source>%Ln year(s) today.</source>
        <translation>
            <numerusform>Hoy hace %Ln año.</numerusform>
            <numerusform>Hoy hace %Ln años.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="390"/>
        <source>Follow up</source>
        <translation>Hacer seguimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="397"/>
        <source>%Ln follow-up(s) became due while netdesk was closed</source>
        <translation>
            <numerusform>%Ln seguimiento venció mientras netdesk estaba cerrado</numerusform>
            <numerusform>%Ln seguimientos vencieron mientras netdesk estaba cerrado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="405"/>
        <source>%Ln reminder(s) due</source>
        <translation>
            <numerusform>%Ln recordatorio pendiente</numerusform>
            <numerusform>%Ln recordatorios pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="116"/>
        <source>Done…</source>
        <translation>Hecho…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="119"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="121"/>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="182"/>
        <source>Show %Ln more</source>
        <translation>
            <numerusform>Mostrar %Ln más</numerusform>
            <numerusform>Mostrar %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="183"/>
        <source>%Ln not shown</source>
        <translation>
            <numerusform>%Ln sin mostrar</numerusform>
            <numerusform>%Ln sin mostrar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="208"/>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="208"/>
        <source>Nothing overdue.</source>
        <translation>Nada atrasado.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="209"/>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="209"/>
        <source>Nothing else due today.</source>
        <translation>Nada más para hoy.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="210"/>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="210"/>
        <source>Nothing in the next 7 days.</source>
        <translation>Nada en los próximos 7 días.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="211"/>
        <source>Birthdays and anniversaries</source>
        <translation>Cumpleaños y aniversarios</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="211"/>
        <source>None this week.</source>
        <translation>Ninguno esta semana.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="213"/>
        <source>Worth reviving</source>
        <translation>Vale la pena retomar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="214"/>
        <source>No one important has gone quiet.</source>
        <translation>Nadie importante se ha quedado en silencio.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="271"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="315"/>
        <source>All caught up.</source>
        <translation>Todo al día.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="315"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente</numerusform>
            <numerusform>%Ln seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="331"/>
        <source>%1 — last talked %2</source>
        <translation>%1 — última conversación %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="334"/>
        <source>Log…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="334"/>
        <source>Log an interaction</source>
        <translation>Registrar una interacción</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="360"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="362"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="368"/>
        <source>%1 turns %2</source>
        <translation>%1 cumple %2 años</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="370"/>
        <source>%1&apos;s birthday</source>
        <translation>cumpleaños de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="372"/>
        <source>%1&apos;s anniversary (%Ln year(s))</source>
        <translation>
            <numerusform>aniversario de %1 (%Ln año)</numerusform>
            <numerusform>aniversario de %1 (%Ln años)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="374"/>
        <source>%1&apos;s anniversary</source>
        <translation>aniversario de %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="381"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="381"/>
        <source>Open the contact</source>
        <translation>Abrir el contacto</translation>
    </message>
</context>
<context>
    <name>netdesk</name>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="34"/>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="35"/>
        <source>vCard 3.0 (.vcf, for older address books)</source>
        <translation>vCard 3.0 (.vcf, para libretas de direcciones antiguas)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="36"/>
        <source>CSV, Google Contacts style (.csv)</source>
        <translation>CSV, al estilo de Google Contacts (.csv)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="32"/>
        <location filename="../../netdesk/ui/import_rows.py" line="30"/>
        <source>Name prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="28"/>
        <location filename="../../netdesk/ui/import_rows.py" line="31"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="29"/>
        <location filename="../../netdesk/ui/import_rows.py" line="32"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="30"/>
        <location filename="../../netdesk/ui/import_rows.py" line="33"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="33"/>
        <location filename="../../netdesk/ui/import_rows.py" line="34"/>
        <source>Name suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="34"/>
        <location filename="../../netdesk/ui/import_rows.py" line="35"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="31"/>
        <location filename="../../netdesk/ui/import_rows.py" line="36"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="35"/>
        <location filename="../../netdesk/ui/import_rows.py" line="37"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="37"/>
        <location filename="../../netdesk/ui/import_rows.py" line="38"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="36"/>
        <location filename="../../netdesk/ui/import_rows.py" line="39"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="38"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="39"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="40"/>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="41"/>
        <source>Work phone</source>
        <translation>Teléfono del trabajo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="42"/>
        <source>Home phone</source>
        <translation>Teléfono de casa</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="43"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="44"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="45"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="46"/>
        <source>State / region</source>
        <translation>Provincia / región</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="47"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="48"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="49"/>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="52"/>
        <location filename="../../netdesk/ui/import_rows.py" line="40"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="56"/>
        <source>(ignore this column)</source>
        <translation>(ignorar esta columna)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="41"/>
        <source>What they do</source>
        <translation>A qué se dedica</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="42"/>
        <source>Looking for</source>
        <translation>Qué busca</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="43"/>
        <source>Can offer</source>
        <translation>Qué puede ofrecer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="54"/>
        <location filename="../../netdesk/ui/import_rows.py" line="44"/>
        <source>Met at</source>
        <translation>Nos conocimos en</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="53"/>
        <location filename="../../netdesk/ui/import_rows.py" line="45"/>
        <source>Met on</source>
        <translation>Nos conocimos el</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="46"/>
        <source>Photo link</source>
        <translation>Enlace a la foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="47"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="50"/>
        <location filename="../../netdesk/ui/import_rows.py" line="48"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="51"/>
        <location filename="../../netdesk/ui/import_rows.py" line="49"/>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="50"/>
        <source>Keep in touch (days)</source>
        <translation>Mantener el contacto (días)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="51"/>
        <source>vCard UID</source>
        <translation>UID de vCard</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="52"/>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="53"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="54"/>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="55"/>
        <source>Web pages</source>
        <translation>Páginas web</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="56"/>
        <source>Related people</source>
        <translation>Personas relacionadas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="57"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="55"/>
        <location filename="../../netdesk/ui/import_rows.py" line="58"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="59"/>
        <source>Other vCard fields</source>
        <translation>Otros campos vCard</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="55"/>
        <location filename="../../netdesk/ui/tray.py" line="389"/>
        <location filename="../../netdesk/ui/tray.py" line="450"/>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="56"/>
        <source>Follow up</source>
        <translation>Hacer seguimiento</translation>
    </message>
</context>
</TS>
