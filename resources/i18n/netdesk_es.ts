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
        <location filename="../../netdesk/ui/card_fields.py" line="71"/>
        <source>Label</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="150"/>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="160"/>
        <location filename="../../netdesk/ui/widgets.py" line="760"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="631"/>
        <location filename="../../netdesk/ui/card_fields.py" line="638"/>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="631"/>
        <location filename="../../netdesk/ui/card_fields.py" line="637"/>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="631"/>
        <location filename="../../netdesk/ui/card_fields.py" line="639"/>
        <location filename="../../netdesk/ui/card_fields.py" line="648"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="311"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="207"/>
        <source>Preferred (click to unmark)</source>
        <translation>Preferido (haz clic para desmarcar)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="207"/>
        <source>Make preferred</source>
        <translation>Marcar como preferido</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="312"/>
        <source>Apartment, suite…</source>
        <translation>Piso, puerta…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="312"/>
        <source>Extended address</source>
        <translation>Dirección ampliada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="313"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="314"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="315"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="316"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="527"/>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="528"/>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="613"/>
        <source>“%1” is on this card already.</source>
        <translation>«%1» ya está en esta ficha.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="636"/>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="671"/>
        <source>The part of the e-mail address before the @ is longer than %1 characters.</source>
        <translation>La parte de la dirección de correo anterior a la @ tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="673"/>
        <source>The e-mail address is longer than %1 characters.</source>
        <translation>La dirección de correo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="676"/>
        <source>“%1” is not an e-mail address (expected name@example.org).</source>
        <translation>«%1» no es una dirección de correo (se esperaba nombre@example.org).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="685"/>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="687"/>
        <source>“%1” is not a valid number for its country: check the digits, or start with + and the country code.</source>
        <translation>«%1» no es un número válido para su país: revisa los dígitos o empieza por + y el prefijo del país.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="700"/>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="708"/>
        <source>Add e-mail</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="711"/>
        <source>Label of e-mail address %1</source>
        <translation>Etiqueta del correo electrónico %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="712"/>
        <source>Remove e-mail address %1</source>
        <translation>Quitar el correo electrónico %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="713"/>
        <source>Make e-mail address %1 preferred</source>
        <translation>Hacer preferido el correo electrónico %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="715"/>
        <source>&amp;Write e-mail</source>
        <translation>&amp;Escribir correo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="735"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="741"/>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="865"/>
        <source>Label of custom field %1</source>
        <translation>Etiqueta del campo personalizado %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="865"/>
        <source>Remove custom field %1</source>
        <translation>Quitar el campo personalizado %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="645"/>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="646"/>
        <location filename="../../netdesk/ui/contact_card.py" line="99"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="647"/>
        <source>blog</source>
        <translation>blog</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="764"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="769"/>
        <source>Add link</source>
        <translation>Añadir enlace</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="790"/>
        <source>Add address</source>
        <translation>Añadir dirección</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="654"/>
        <source>spouse</source>
        <translation>cónyuge</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="655"/>
        <source>partner</source>
        <translation>pareja</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="656"/>
        <source>assistant</source>
        <translation>asistente</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="657"/>
        <source>manager</source>
        <translation>jefe/a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="658"/>
        <source>child</source>
        <translation>hijo/a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="659"/>
        <source>friend</source>
        <translation>amigo/a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="743"/>
        <source>Label of phone %1</source>
        <translation>Etiqueta del teléfono %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="743"/>
        <source>Remove phone %1</source>
        <translation>Quitar el teléfono %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="743"/>
        <source>Make phone %1 preferred</source>
        <translation>Hacer preferido el teléfono %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="744"/>
        <source>Ca&amp;ll</source>
        <translation>&amp;Llamar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="765"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="771"/>
        <source>Label of link %1</source>
        <translation>Etiqueta del enlace %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="771"/>
        <source>Remove link %1</source>
        <translation>Quitar el enlace %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="771"/>
        <source>Make link %1 preferred</source>
        <translation>Hacer preferido el enlace %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="772"/>
        <source>&amp;Open link</source>
        <translation>&amp;Abrir enlace</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="793"/>
        <source>Label of address %1</source>
        <translation>Etiqueta de la dirección %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="793"/>
        <source>Remove address %1</source>
        <translation>Quitar la dirección %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="793"/>
        <source>Make address %1 preferred</source>
        <translation>Hacer preferida la dirección %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="804"/>
        <location filename="../../netdesk/ui/contact_card.py" line="295"/>
        <location filename="../../netdesk/ui/contact_list.py" line="90"/>
        <location filename="../../netdesk/ui/import_rows.py" line="550"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="818"/>
        <source>Add related person</source>
        <translation>Añadir persona relacionada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="820"/>
        <source>Label of related person %1</source>
        <translation>Etiqueta de la persona relacionada %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="820"/>
        <source>Remove related person %1</source>
        <translation>Quitar la persona relacionada %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="838"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="852"/>
        <source>“%1” has no value: type one, or remove the field.</source>
        <translation>«%1» no tiene valor: escribe uno o quita el campo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_fields.py" line="863"/>
        <source>Add custom field</source>
        <translation>Añadir campo personalizado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_cadence.py" line="73"/>
        <location filename="../../netdesk/ui/card_cadence.py" line="75"/>
        <location filename="../../netdesk/ui/card_cadence.py" line="94"/>
        <location filename="../../netdesk/ui/card_rhythm.py" line="11"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="75"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="12"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="13"/>
        <source>Every 2 weeks</source>
        <translation>Cada 2 semanas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="14"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="15"/>
        <source>Every 3 months</source>
        <translation>Cada 3 meses</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="16"/>
        <source>Every 6 months</source>
        <translation>Cada 6 meses</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="17"/>
        <source>Every year</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="18"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="505"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/card_rhythm.py" line="25"/>
        <source>Every %Ln days</source>
        <translation>
            <numerusform>Cada %Ln día</numerusform>
            <numerusform>Cada %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="97"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="98"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="100"/>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="31"/>
        <source>Keep in touch every week</source>
        <translation>Mantener el contacto cada semana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="32"/>
        <source>Keep in touch every 2 weeks</source>
        <translation>Mantener el contacto cada 2 semanas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="33"/>
        <source>Keep in touch every month</source>
        <translation>Mantener el contacto cada mes</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="34"/>
        <source>Keep in touch every 3 months</source>
        <translation>Mantener el contacto cada 3 meses</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="35"/>
        <source>Keep in touch every 6 months</source>
        <translation>Mantener el contacto cada 6 meses</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_rhythm.py" line="36"/>
        <source>Keep in touch every year</source>
        <translation>Mantener el contacto cada año</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_widgets.py" line="147"/>
        <source>Drop an image here, or click to choose a photo</source>
        <translation>Suelta una imagen aquí o haz clic para elegir una foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_widgets.py" line="148"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_widgets.py" line="149"/>
        <source>Press Space to choose or remove the photo</source>
        <translation>Pulsa Espacio para elegir o quitar la foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_widgets.py" line="262"/>
        <source>e.g. investor, conference, mentor</source>
        <translation>p. ej. inversor, congreso, mentor</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_widgets.py" line="263"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="327"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="134"/>
        <source>Contact card</source>
        <translation>Ficha del contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="193"/>
        <source>YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD</source>
        <translation>AAAA-MM-DD, AAAA-MM, AAAA o --MM-DD</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="230"/>
        <source>Reading the photo…</source>
        <translation>Leyendo la foto…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="248"/>
        <location filename="../../netdesk/ui/journal_view.py" line="1107"/>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="249"/>
        <source>Log a call, meeting or message (Ctrl+L)</source>
        <translation>Registrar una llamada, reunión o mensaje (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="251"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="254"/>
        <source>Save changes (Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="256"/>
        <source>Revert</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="257"/>
        <source>Forget the unsaved changes</source>
        <translation>Olvidar los cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="296"/>
        <location filename="../../netdesk/ui/contact_card.py" line="312"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="297"/>
        <location filename="../../netdesk/ui/contact_card.py" line="313"/>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="298"/>
        <location filename="../../netdesk/ui/contact_card.py" line="331"/>
        <source>Middle names</source>
        <translation>Segundos nombres</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="299"/>
        <source>Prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="299"/>
        <source>Dr., Ms.…</source>
        <translation>Dr., Sra.…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="300"/>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="300"/>
        <source>Jr., PhD…</source>
        <translation>Jr., PhD…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="301"/>
        <location filename="../../netdesk/ui/contact_card.py" line="336"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="302"/>
        <location filename="../../netdesk/ui/contact_card.py" line="337"/>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="321"/>
        <source>More name fields</source>
        <translation>Más campos del nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="330"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="335"/>
        <source>Prefix / suffix</source>
        <translation>Tratamiento / sufijo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="343"/>
        <source>Origin — how you met</source>
        <translation>Origen — cómo os conocisteis</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="344"/>
        <source>Met on</source>
        <translation>Nos conocimos el</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="346"/>
        <source>Met at</source>
        <translation>Nos conocimos en</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="346"/>
        <source>Where, or in what context (a conference, a friend&apos;s dinner…)</source>
        <translation>Dónde o en qué contexto (un congreso, una cena con amigos…)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="349"/>
        <source>Met through</source>
        <translation>Nos conocimos a través de</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="366"/>
        <source>Open the contact you met through</source>
        <translation>Abrir el contacto a través del que os conocisteis</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="381"/>
        <source>&amp;Met on</source>
        <translation>Nos conocimos e&amp;l</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="382"/>
        <source>Met a&amp;t</source>
        <translation>Nos conoci&amp;mos en</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="384"/>
        <source>Met thro&amp;ugh</source>
        <translation>Nos conocimos a través &amp;de</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="385"/>
        <source>Introduced you to</source>
        <translation>Te presentó a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="387"/>
        <source>Record source</source>
        <translation>Origen del registro</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="870"/>
        <source>none — archived contacts are never reminded</source>
        <translation>ninguno — a los contactos archivados nunca se les recuerda</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="895"/>
        <source>%1 once unarchived</source>
        <comment>a keep-in-touch rhythm</comment>
        <translation>%1 cuando se desarchive</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="896"/>
        <source>Archived — never reminded</source>
        <translation>Archivado — sin recordatorios</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="917"/>
        <source>No contact chosen</source>
        <translation>Ningún contacto elegido</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="1133"/>
        <source>worked out once the contact is saved</source>
        <translation>se calcula al guardar el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_cadence.py" line="43"/>
        <location filename="../../netdesk/ui/contact_actions.py" line="278"/>
        <location filename="../../netdesk/ui/contact_actions.py" line="289"/>
        <location filename="../../netdesk/ui/contact_card.py" line="390"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="68"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="211"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="603"/>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_cadence.py" line="52"/>
        <source>Custom cadence in days</source>
        <translation>Frecuencia personalizada en días</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="407"/>
        <location filename="../../netdesk/ui/contact_list.py" line="91"/>
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="408"/>
        <location filename="../../netdesk/ui/contact_list.py" line="92"/>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="416"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="417"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="418"/>
        <location filename="../../netdesk/ui/contact_card.py" line="421"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="419"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="423"/>
        <source>What they do</source>
        <translation>A qué se dedica</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="423"/>
        <source>Their work, expertise, projects</source>
        <translation>Su trabajo, experiencia, proyectos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="425"/>
        <source>Looking for</source>
        <translation>Qué busca</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="425"/>
        <source>What they need: a hire, a partner, advice…</source>
        <translation>Qué necesita: contratar a alguien, un socio, consejo…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="427"/>
        <source>I can offer</source>
        <translation>Puedo ofrecer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="427"/>
        <source>How you could help them</source>
        <translation>Cómo podrías ayudarle</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="433"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="872"/>
        <source>none — never reminded, as chosen above</source>
        <translation>ninguno — sin recordatorios, como elegiste arriba</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_saving.py" line="175"/>
        <source>“%1” was deleted meanwhile (by another program such as netdesk-cli): Save adds them back with your changes, Revert lets them go.</source>
        <translation>«%1» se eliminó entretanto (otro programa, como netdesk-cli): Guardar lo vuelve a añadir con tus cambios, Revertir lo deja ir.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="550"/>
        <location filename="../../netdesk/ui/journal_view.py" line="95"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="444"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="447"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="448"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="449"/>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="457"/>
        <source>Related people</source>
        <translation>Personas relacionadas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="460"/>
        <source>Tags and notes</source>
        <translation>Etiquetas y notas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="468"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="130"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="468"/>
        <source>Anything worth remembering</source>
        <translation>Cualquier cosa que merezca la pena recordar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="474"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_card.py" line="790"/>
        <location filename="../../netdesk/ui/journal_view.py" line="593"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="87"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="458"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="845"/>
        <location filename="../../netdesk/ui/contact_card.py" line="853"/>
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="867"/>
        <location filename="../../netdesk/ui/widgets.py" line="281"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="874"/>
        <source>none — set a cadence to be reminded</source>
        <translation>ninguno — fija una frecuencia para recibir recordatorios</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list_model.py" line="750"/>
        <location filename="../../netdesk/ui/contact_rows.py" line="159"/>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="69"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="947"/>
        <source>&amp;Choose photo…</source>
        <translation>&amp;Elegir foto…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="948"/>
        <source>&amp;Remove photo</source>
        <translation>&amp;Quitar foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_photo.py" line="53"/>
        <source>“%1” is too large for a photo: %2 MB, at most %3 MB.</source>
        <translation>«%1» es demasiado grande para una foto: %2 MB, como máximo %3 MB.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_photo.py" line="60"/>
        <location filename="../../netdesk/ui/card_photo.py" line="132"/>
        <source>Could not read “%1”: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_photo.py" line="84"/>
        <source>“%1” is too large for a photo: %2 × %3 pixels.</source>
        <translation>«%1» es demasiado grande para una foto: %2 × %3 píxeles.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_photo.py" line="89"/>
        <source>“%1” is not an image netdesk can read (use PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>«%1» no es una imagen que netdesk pueda leer (usa PNG, JPEG, GIF, WebP o BMP).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/card_rhythm.py" line="38"/>
        <source>Keep in touch every %Ln days</source>
        <translation>
            <numerusform>Mantener el contacto cada %Ln día</numerusform>
            <numerusform>Mantener el contacto cada %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="96"/>
        <location filename="../../netdesk/ui/contact_card.py" line="900"/>
        <location filename="../../netdesk/ui/contact_card.py" line="909"/>
        <source>Added by hand</source>
        <translation>Añadido a mano</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="305"/>
        <source>The name as it is written, such as family name first (“Nagy Péter”): shown in place of the name above when it holds the same parts</source>
        <translation>El nombre tal como se escribe, por ejemplo con el apellido delante («Nagy Péter»): se muestra en lugar del nombre de arriba cuando tiene las mismas partes</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="406"/>
        <source>Ca&amp;dence</source>
        <translation>&amp;Frecuencia</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="420"/>
        <source>&amp;Organization</source>
        <translation>Organi&amp;zación</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="422"/>
        <source>Tit&amp;le</source>
        <translation>Car&amp;go</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="428"/>
        <source>&amp;What they do</source>
        <translation>A &amp;qué se dedica</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="429"/>
        <source>Loo&amp;king for</source>
        <translation>Qué &amp;busca</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="430"/>
        <source>I can offe&amp;r</source>
        <translation>&amp;Puedo ofrecer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="441"/>
        <source>E-ma&amp;il</source>
        <translation>Co&amp;rreo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="442"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="443"/>
        <source>&amp;Address</source>
        <translation>D&amp;irección</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="454"/>
        <source>&amp;Birthday</source>
        <translation>&amp;Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="456"/>
        <source>Anniversar&amp;y</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="472"/>
        <source>Ta&amp;gs</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="473"/>
        <source>Note&amp;s</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_cadence.py" line="73"/>
        <location filename="../../netdesk/ui/contact_card.py" line="893"/>
        <source>%1 (from its tags)</source>
        <translation>%1 (por sus etiquetas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/card_cadence.py" line="175"/>
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="825"/>
        <source>Left empty, shown as “%1”</source>
        <translation>Si lo dejas vacío, se muestra «%1»</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="827"/>
        <source>Left empty, the nickname, organization, e-mail or phone is shown</source>
        <translation>Si lo dejas vacío, se muestra el apodo, la organización, el correo o el teléfono</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="862"/>
        <location filename="../../netdesk/ui/contact_card.py" line="879"/>
        <source>%1 (%2)</source>
        <comment>a date, then how long ago or ahead it is</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="877"/>
        <source>%1 (%2) — due</source>
        <comment>a date, then how long ago it is</comment>
        <translation>%1 (%2) — pendiente</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="956"/>
        <source>Choose a photo</source>
        <translation>Elige una foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="958"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_saving.py" line="422"/>
        <source>“%1” is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD.</source>
        <translation>«%1» no es una fecha: usa AAAA-MM-DD, AAAA-MM, AAAA o --MM-DD.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_saving.py" line="335"/>
        <source>No contact “%1”: choose the person from the list as you type, or clear the field.</source>
        <translation>No hay ningún contacto «%1»: elige a la persona de la lista mientras escribes o vacía el campo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_saving.py" line="48"/>
        <location filename="../../netdesk/ui/card_saving.py" line="67"/>
        <location filename="../../netdesk/ui/main_window.py" line="275"/>
        <source>Nothing changed: the card is as it was.</source>
        <translation>Nada cambió: la ficha está como estaba.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_saving.py" line="374"/>
        <source>Give the contact a name (or at least an organization, e-mail or phone).</source>
        <translation>Ponle un nombre al contacto (o al menos una organización, un correo o un teléfono).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_saving.py" line="413"/>
        <source>“%1” is after today: check the year.</source>
        <translation>«%1» es posterior a hoy: revisa el año.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_saving.py" line="416"/>
        <source>“%1” is not a year of the calendar: check the year.</source>
        <translation>«%1» no es un año del calendario: revisa el año.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_saving.py" line="419"/>
        <source>“%1” is not a day of the calendar: check the month and day.</source>
        <translation>«%1» no es un día del calendario: revisa el mes y el día.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_saving.py" line="45"/>
        <location filename="../../netdesk/ui/card_saving.py" line="92"/>
        <location filename="../../netdesk/ui/card_saving.py" line="437"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="65"/>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="66"/>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="67"/>
        <source>Cobwebs</source>
        <translation>Telarañas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="68"/>
        <source>Origin unknown</source>
        <translation>Origen desconocido</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="70"/>
        <source>Imported today</source>
        <translation>Importados hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="787"/>
        <location filename="../../netdesk/ui/contact_card.py" line="845"/>
        <location filename="../../netdesk/ui/contact_card.py" line="854"/>
        <location filename="../../netdesk/ui/contact_list_model.py" line="745"/>
        <location filename="../../netdesk/ui/contact_rows.py" line="160"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="101"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="130"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="131"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="132"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="337"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="339"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="431"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="488"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="489"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="513"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="69"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="109"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="115"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="192"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="243"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_rows.py" line="510"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="345"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="211"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="125"/>
        <source>Search name, company, e-mail, phone, notes…</source>
        <translation>Buscar nombre, empresa, correo, teléfono, notas…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="128"/>
        <location filename="../../netdesk/ui/main_window.py" line="384"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="152"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="153"/>
        <source>Which contacts to show</source>
        <translation>Qué contactos mostrar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="164"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="165"/>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="188"/>
        <source>Contacts listed</source>
        <translation>Lista de contactos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="463"/>
        <location filename="../../netdesk/ui/contact_list.py" line="465"/>
        <source>%Ln+ matches</source>
        <translation>
            <numerusform>%Ln+ coincidencia</numerusform>
            <numerusform>%Ln+ coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="466"/>
        <source>Only the best %Ln are listed: type more to narrow the search.</source>
        <translation>
            <numerusform>Solo se muestra la mejor: escribe más para acotar la búsqueda.</numerusform>
            <numerusform>Solo se muestran las %Ln mejores: escribe más para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="468"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="165"/>
        <location filename="../../netdesk/ui/contact_list.py" line="470"/>
        <location filename="../../netdesk/ui/drag.py" line="105"/>
        <location filename="../../netdesk/ui/drag.py" line="124"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="457"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="83"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="583"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="492"/>
        <source>No contact matches “%1”, but %Ln archived contact(s) do.
Choose Archived above to see them.</source>
        <translation>
            <numerusform>Ningún contacto coincide con «%1», pero %Ln contacto archivado sí.
Elige Archivados arriba para verlo.</numerusform>
            <numerusform>Ningún contacto coincide con «%1», pero %Ln contactos archivados sí.
Elige Archivados arriba para verlos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="499"/>
        <source>No contact matches “%1”.
Press Esc to clear the search.</source>
        <translation>Ningún contacto coincide con «%1».
Pulsa Esc para borrar la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="502"/>
        <source>No contact in “%2” matches “%1”.
Press Esc to clear the search.</source>
        <translation>Ningún contacto de «%2» coincide con «%1».
Pulsa Esc para borrar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="511"/>
        <source>Only archived contacts are tagged “%1” (%Ln).
Archived contacts are listed under Archived.</source>
        <translation>
            <numerusform>Solo un contacto archivado tiene la etiqueta «%1» (%Ln).
Los contactos archivados se listan en «Archivado».</numerusform>
            <numerusform>Solo contactos archivados tienen la etiqueta «%1» (%Ln).
Los contactos archivados se listan en «Archivado».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="518"/>
        <source>Nobody is tagged “%1”.</source>
        <translation>Nadie tiene la etiqueta «%1».</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="528"/>
        <source>No contacts yet.
A contact you add or import is listed here.</source>
        <translation>Aún no hay contactos.
Los contactos que añadas o importes aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="529"/>
        <source>Every contact is archived.
Choose Archived above to see them.</source>
        <translation>Todos los contactos están archivados.
Elige Archivados arriba para verlos.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="534"/>
        <source>Nobody imported today is listed.
Contacts imported today and archived since are under Archived.</source>
        <translation>No se muestra a nadie importado hoy.
Los contactos importados hoy y archivados después están en «Archivado».</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="539"/>
        <source>Nobody is due.
When a keep-in-touch cadence or a follow-up comes due, the contact is listed here.</source>
        <translation>No hay nada pendiente.
Cuando venza un ritmo de contacto o un seguimiento, el contacto aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="542"/>
        <source>No cobwebs: you have been in touch with everyone lately.</source>
        <translation>Sin telarañas: últimamente has estado en contacto con todos.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="544"/>
        <source>Every contact has an origin: you know how you met them all.</source>
        <translation>Todos los contactos tienen origen: sabes cómo conociste a cada uno.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="547"/>
        <source>No archived contacts.
An archived contact is kept, but left out of the list and the reminders.</source>
        <translation>No hay contactos archivados.
Un contacto archivado se conserva, pero queda fuera de la lista y de los recordatorios.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list.py" line="550"/>
        <source>Nobody was imported today.</source>
        <translation>Hoy no se ha importado a nadie.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="174"/>
        <source>Which column holds what?</source>
        <translation>¿Qué contiene cada columna?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="180"/>
        <source>Which column of %1 holds what? Change the fields that are wrong; your choice is remembered for files with the same columns.</source>
        <translation>¿Qué contiene cada columna de %1? Cambia los campos que estén mal; tu elección se recuerda para los archivos con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="183"/>
        <source>netdesk does not know the layout of %1. Choose the field for each column; your choice is remembered for files with the same columns.</source>
        <translation>netdesk no conoce el formato de %1. Elige el campo de cada columna; tu elección se recordará para los archivos con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="190"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="190"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="190"/>
        <source>netdesk field</source>
        <translation>Campo de netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="192"/>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="208"/>
        <source>Field for column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="221"/>
        <source>Choose the column with the name, e-mail, phone or company: without one, no row becomes a contact.</source>
        <translation>Elige la columna con el nombre, el correo, el teléfono o la empresa: sin ninguna de ellas, ninguna fila se convierte en contacto.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="237"/>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="239"/>
        <location filename="../../netdesk/ui/export_dialog.py" line="130"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="142"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="519"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="245"/>
        <source>&amp;Skip this file</source>
        <translation>&amp;Omitir este archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="247"/>
        <source>Import the other files without this one</source>
        <translation>Importar los demás archivos sin este</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="287"/>
        <source>The columns %1 all go to %2, which holds one value: for each contact only one of them is kept.</source>
        <translation>Las columnas %1 van todas a %2, que guarda un solo valor: de cada contacto solo se conserva una.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/drag.py" line="104"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="177"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="178"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="250"/>
        <location filename="../../netdesk/ui/undo.py" line="157"/>
        <location filename="../../netdesk/ui/undo.py" line="222"/>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="87"/>
        <source>same e-mail: %1</source>
        <translation>mismo correo: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="89"/>
        <source>same phone: %1</source>
        <translation>mismo teléfono: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="93"/>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="95"/>
        <source>similar names</source>
        <translation>nombres parecidos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="189"/>
        <source>Merging contacts…</source>
        <translation>Fusionando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="190"/>
        <source>Undoing the merge…</source>
        <translation>Deshaciendo la fusión…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="308"/>
        <source>Forget “not the same” answers</source>
        <translation>Olvidar las respuestas «no es la misma»</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="580"/>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="585"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="794"/>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="456"/>
        <location filename="../../netdesk/ui/import_rows.py" line="663"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="91"/>
        <source>same mobile: %1</source>
        <translation>mismo móvil: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="251"/>
        <source>Merge %Ln contacts into %1</source>
        <translation>
            <numerusform>Combinar %Ln contacto en %1</numerusform>
            <numerusform>Combinar %Ln contactos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="456"/>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="456"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="456"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="478"/>
        <source>%Ln others: %1</source>
        <translation>
            <numerusform>%Ln más: %1</numerusform>
            <numerusform>%Ln más: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="654"/>
        <source>&amp;Merge…</source>
        <translation>Co&amp;mbinar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="657"/>
        <source>Choose which to keep and, where both have their own, whose value stays</source>
        <translation>Elige cuál conservar y, donde ambos tienen el suyo, qué valor se queda</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1013"/>
        <source>Forget my “not the same” &amp;answers (%1)</source>
        <translation>Olvidar mis &amp;respuestas «no es la misma» (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1046"/>
        <source>Merge all, keep the &amp;first</source>
        <translation>Combinar todos, conservar el &amp;primero</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1104"/>
        <source>…and %Ln more (Merge… shows all)</source>
        <translation>
            <numerusform>…y %Ln más (Combinar… los muestra todos)</numerusform>
            <numerusform>…y %Ln más (Combinar… los muestra todos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1126"/>
        <source>Merge all loses: %1.</source>
        <translation>Combinar todos pierde: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1128"/>
        <source>Merge… lets you choose which to keep and, field by field, whose value stays.</source>
        <translation>Combinar… te deja elegir cuál conservar y, campo a campo, qué valor se queda.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1113"/>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1141"/>
        <source>Keeping the first loses: %1.</source>
        <translation>Si conservas el primero, se pierde: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1144"/>
        <source>Keeping the second loses: %1.</source>
        <translation>Si conservas el segundo, se pierde: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1146"/>
        <source>Merge… lets you choose, field by field, whose to keep.</source>
        <translation>Combinar… te deja elegir, campo a campo, de quién conservarlo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1223"/>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1202"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1204"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1227"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1213"/>
        <source>Forget answers</source>
        <translation>Olvidar respuestas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1215"/>
        <source>Forget that you said %Ln pair(s) of contacts are not the same person? They may be proposed as duplicates again.</source>
        <translation>
            <numerusform>¿Olvidar que dijiste que %Ln par de contactos no son la misma persona? Podrían volver a proponerse como duplicados.</numerusform>
            <numerusform>¿Olvidar que dijiste que %Ln pares de contactos no son la misma persona? Podrían volver a proponerse como duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="278"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="293"/>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="176"/>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 en %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="647"/>
        <source>Merge, keep the &amp;first</source>
        <translation>Combinar, conservar el &amp;primero</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="649"/>
        <source>Merge, keep the &amp;second</source>
        <translation>Combinar, conservar el &amp;segundo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="659"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="972"/>
        <source>No duplicates found.</source>
        <translation>No se encontraron duplicados.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="977"/>
        <source>%1 possible duplicates; the %2 most likely are shown.</source>
        <translation>%1 posibles duplicados; se muestran los %2 más probables.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="983"/>
        <source>%Ln possible duplicate(s).</source>
        <translation>
            <numerusform>%Ln posible duplicado.</numerusform>
            <numerusform>%Ln posibles duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1172"/>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1176"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="566"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="579"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="621"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="261"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="272"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="293"/>
        <source>Not merged</source>
        <translation>No combinado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="43"/>
        <source>Welcome to netdesk</source>
        <translation>Te damos la bienvenida a netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="51"/>
        <source>netdesk helps you look after the people you know instead of just collecting them. Give a contact a &lt;b&gt;keep-in-touch cadence&lt;/b&gt; — every two weeks, every three months, once a year — and netdesk works out when you are due to reach out again. Every call, coffee or message you log restarts that clock, so the &lt;b&gt;Today&lt;/b&gt; view only ever shows the people who are really waiting to hear from you.</source>
        <translation>netdesk te ayuda a cuidar a la gente que conoces en lugar de solo coleccionarla. Da a un contacto una &lt;b&gt;frecuencia para mantener el contacto&lt;/b&gt; — cada dos semanas, cada tres meses, una vez al año — y netdesk calcula cuándo te toca volver a escribirle. Cada llamada, café o mensaje que registras reinicia ese reloj, así que la vista &lt;b&gt;Hoy&lt;/b&gt; solo muestra a las personas que de verdad esperan saber de ti.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="73"/>
        <source>Import contacts (vCard/CSV)…</source>
        <translation>Importar contactos (vCard/CSV)…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="76"/>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="83"/>
        <source>You can also drop .vcf or .csv files anywhere on this window.</source>
        <translation>También puedes soltar archivos .vcf o .csv en cualquier parte de esta ventana.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/empty_state.py" line="144"/>
        <source>%1 (%2)</source>
        <comment>a tooltip, then its keys</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="80"/>
        <source>netdesk&apos;s database</source>
        <translation>la base de datos de netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="80"/>
        <source>the backups folder</source>
        <translation>la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="107"/>
        <source>netdesk: the database is damaged</source>
        <translation>netdesk: la base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="109"/>
        <source>%1 is damaged: netdesk cannot read part of it.</source>
        <translation>%1 está dañado: netdesk no puede leer parte de él.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="112"/>
        <source>Do not delete it. File &gt; Restore from backup…, or netdesk-cli restore FILE in a terminal, puts a backup in its place (netdesk makes one a day, in %1) and keeps the damaged file as a copy first.</source>
        <translation>No lo borres. Archivo &gt; Restaurar copia de seguridad…, o netdesk-cli restore ARCHIVO en un terminal, pone una copia en su lugar (netdesk hace una al día, en %1) y guarda antes el archivo dañado como copia.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="179"/>
        <location filename="../../netdesk/ui/damaged_database.py" line="334"/>
        <location filename="../../netdesk/ui/errors.py" line="117"/>
        <location filename="../../netdesk/ui/errors.py" line="138"/>
        <source>The details were written to the log:
%1</source>
        <translation>Los detalles se escribieron en el registro:
%1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="121"/>
        <source>netdesk: not saved</source>
        <translation>netdesk: no guardado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="124"/>
        <source>Unsaved edits stay in the window: save them again once the problem is solved. The details were written to the log:
%1</source>
        <translation>Los cambios sin guardar siguen en la ventana: vuelve a guardarlos cuando se resuelva el problema. Los detalles se han escrito en el registro:
%1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="129"/>
        <source>netdesk: something went wrong</source>
        <translation>netdesk: algo ha fallado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="130"/>
        <source>An unexpected error happened: %1</source>
        <translation>Se produjo un error inesperado: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="134"/>
        <source>Your data is safe: every change is saved as you make it, and unsaved edits stay in the window. The details were written to the log:
%1</source>
        <translation>Tus datos están a salvo: cada cambio se guarda al hacerlo y los cambios sin guardar siguen en la ventana. Los detalles se han escrito en el registro:
%1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/errors.py" line="157"/>
        <source>Open log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="75"/>
        <location filename="../../netdesk/ui/export_dialog.py" line="185"/>
        <location filename="../../netdesk/ui/export_dialog.py" line="222"/>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="86"/>
        <source>Tag to export</source>
        <translation>Etiqueta que exportar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="102"/>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="79"/>
        <source>The %Ln &amp;selected contact(s)</source>
        <translation>
            <numerusform>El contacto &amp;seleccionado</numerusform>
            <numerusform>Los %Ln contactos &amp;seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="81"/>
        <source>Everyone with the &amp;tag:</source>
        <translation>Todos con la eti&amp;queta:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="82"/>
        <source>E&amp;veryone (archived contacts too)</source>
        <translation>&amp;Todos (también los archivados)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="116"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="155"/>
        <source>%Ln contact(s) will be exported, %1 of them archived.</source>
        <translation>
            <numerusform>Se exportará %Ln contacto, %1 de ellos archivado.</numerusform>
            <numerusform>Se exportarán %Ln contactos, %1 de ellos archivados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="159"/>
        <source>%Ln contact(s) will be exported.</source>
        <translation>
            <numerusform>Se exportará %Ln contacto.</numerusform>
            <numerusform>Se exportarán %Ln contactos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="161"/>
        <source>The journal and follow-ups stay in netdesk.</source>
        <translation>El diario y los seguimientos se quedan en netdesk.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="183"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="183"/>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="259"/>
        <source>that file is a database, which an export never replaces; choose another name</source>
        <translation>ese archivo es una base de datos, que una exportación nunca reemplaza; elige otro nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="262"/>
        <source>contacts changed while they were being exported (a file already there is left as it was); export them again</source>
        <translation>los contactos cambiaron mientras se exportaban (el archivo que ya había se deja como estaba); vuelve a exportarlos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="267"/>
        <source>the disk is full (a file already there is left as it was)</source>
        <translation>el disco está lleno (el archivo que ya había se deja como estaba)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="268"/>
        <source>netdesk may not write in that folder</source>
        <translation>netdesk no tiene permiso para escribir en esa carpeta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="274"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="275"/>
        <source>the folder is not there (was a drive disconnected?)</source>
        <translation>la carpeta no está (¿se desconectó una unidad?)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="276"/>
        <source>the file name is too long</source>
        <translation>el nombre del archivo es demasiado largo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="170"/>
        <location filename="../../netdesk/ui/export_dialog.py" line="174"/>
        <location filename="../../netdesk/ui/export_dialog.py" line="175"/>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="214"/>
        <source>%Ln contact(s) exported to %1</source>
        <translation>
            <numerusform>%Ln contacto exportado a %1</numerusform>
            <numerusform>%Ln contactos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="223"/>
        <location filename="../../netdesk/ui/file_actions.py" line="64"/>
        <location filename="../../netdesk/ui/tray.py" line="867"/>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="245"/>
        <source>Exporting contacts…</source>
        <translation>Exportando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="71"/>
        <source>All interactions</source>
        <translation>Todas las interacciones</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="87"/>
        <location filename="../../netdesk/ui/import_rows.py" line="837"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="113"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="345"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="88"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="435"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="93"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="95"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="97"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="97"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="104"/>
        <source>Search summaries and notes…</source>
        <translation>Buscar en resúmenes y notas…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="107"/>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="117"/>
        <source>Searching older entries…</source>
        <translation>Buscando en entradas más antiguas…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="131"/>
        <source>Journal — every interaction</source>
        <translation>Diario — todas las interacciones</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="292"/>
        <source>%1 Type the “From” date again to see the entries.</source>
        <translation>%1 Vuelve a escribir la fecha «Desde» para ver las entradas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="293"/>
        <source>%1 Type the “to” date again to see the entries.</source>
        <translation>%1 Vuelve a escribir la fecha «hasta» para ver las entradas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="322"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="319"/>
        <source>The “From” date is after the “to” date: no day is between them.</source>
        <translation>La fecha «Desde» es posterior a la fecha «a»: no hay ningún día entre ellas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="324"/>
        <source>No interaction matches these filters.</source>
        <translation>Ninguna interacción coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="164"/>
        <location filename="../../netdesk/ui/import_preview.py" line="145"/>
        <location filename="../../netdesk/ui/import_preview.py" line="427"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="410"/>
        <location filename="../../netdesk/ui/import_flow.py" line="492"/>
        <location filename="../../netdesk/ui/import_flow.py" line="517"/>
        <source>Importing contacts…</source>
        <translation>Importando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="233"/>
        <location filename="../../netdesk/ui/import_flow.py" line="421"/>
        <location filename="../../netdesk/ui/import_flow.py" line="571"/>
        <source>Reading contact files…</source>
        <translation>Leyendo archivos de contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="166"/>
        <source>Contact files (*.vcf *.vcard *.csv *.tsv);;All files (*)</source>
        <translation>Archivos de contactos (*.vcf *.vcard *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="249"/>
        <source>Quit netdesk</source>
        <translation>Salir de netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="250"/>
        <source>Contacts are being imported. Stop and quit? Nothing of this import is kept.</source>
        <translation>Se están importando contactos. ¿Detener y salir? No se conservará nada de esta importación.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="253"/>
        <source>&amp;Stop and quit</source>
        <translation>&amp;Detener y salir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="254"/>
        <source>&amp;Keep importing</source>
        <translation>&amp;Seguir importando</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="640"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="641"/>
        <location filename="../../netdesk/ui/import_preview.py" line="262"/>
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln contacto nuevo</numerusform>
            <numerusform>%Ln contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="642"/>
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln combinado</numerusform>
            <numerusform>%Ln combinados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="643"/>
        <location filename="../../netdesk/ui/import_preview.py" line="264"/>
        <source>%Ln already up to date</source>
        <translation>
            <numerusform>%Ln ya al día</numerusform>
            <numerusform>%Ln ya al día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="649"/>
        <source>%Ln card(s) or file(s) could not be imported.</source>
        <translation>
            <numerusform>No se pudo importar %Ln tarjeta o archivo.</numerusform>
            <numerusform>No se pudieron importar %Ln tarjetas o archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="654"/>
        <source>%Ln warning(s): a file, card or value left out, kept as written or combined with another; the details say which, by file and line.</source>
        <translation>
            <numerusform>%Ln aviso: un archivo, una ficha o un valor omitido, guardado tal como está escrito o combinado con otro; los detalles dicen cuál, por archivo y línea.</numerusform>
            <numerusform>%Ln avisos: archivos, fichas o valores omitidos, guardados tal como están escritos o combinados con otros; los detalles dicen cuáles, por archivo y línea.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="668"/>
        <source>The new contact is in “Imported today”: tag them, set where you met or a keep-in-touch cadence.</source>
        <translation>El contacto nuevo está en «Importados hoy»: etiquétalo, indica dónde os conocisteis o una frecuencia para mantener el contacto.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="673"/>
        <source>The new contacts are in “Imported today”: tag them, set where you met or a keep-in-touch cadence, or archive them, all at once.</source>
        <translation>Los contactos nuevos están en «Importados hoy»: etiquétalos, indica dónde os conocisteis o una frecuencia para mantener el contacto, o archívalos, todos a la vez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="678"/>
        <source>%Ln new contact(s) archived, as the file says: under “Archived”, not in “Imported today”.</source>
        <translation>
            <numerusform>%Ln contacto nuevo archivado, como dice el archivo: en «Archivados», no en «Importados hoy».</numerusform>
            <numerusform>%Ln contactos nuevos archivados, como dice el archivo: en «Archivados», no en «Importados hoy».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="683"/>
        <source>&amp;Show imported contacts</source>
        <translation>&amp;Mostrar los contactos importados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="751"/>
        <source>%1 will be imported once this import is done.</source>
        <translation>%1 se importará cuando termine esta importación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="105"/>
        <source>%Ln card(s) combined with another of this import</source>
        <translation>
            <numerusform>%Ln tarjeta combinada con otra de esta importación</numerusform>
            <numerusform>%Ln tarjetas combinadas con otras de esta importación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="185"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="198"/>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olumnas…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="201"/>
        <source>Choose again which column of the CSV file holds what</source>
        <translation>Vuelve a elegir qué contiene cada columna del archivo CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="263"/>
        <source>%Ln to be merged into existing contacts</source>
        <translation>
            <numerusform>%Ln se combinará con contactos existentes</numerusform>
            <numerusform>%Ln se combinarán con contactos existentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="265"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="270"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln aviso</numerusform>
            <numerusform>%Ln avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="274"/>
        <source>%Ln field(s) differ from what you have: your values are kept unless you tick the file’s.</source>
        <translation>
            <numerusform>%Ln campo difiere de lo que tienes: se conservan tus valores salvo que marques el del archivo.</numerusform>
            <numerusform>%Ln campos difieren de lo que tienes: se conservan tus valores salvo que marques los del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="280"/>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="282"/>
        <source>Nothing changes unless you tick a value of the file.</source>
        <translation>Nada cambia a menos que marques un valor del archivo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="290"/>
        <source>&amp;New (%1)</source>
        <translation>&amp;Nuevos (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="255"/>
        <source>To &amp;merge (%1)</source>
        <translation>Para co&amp;mbinar (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="323"/>
        <source>All fields (%1)</source>
        <translation>Todos los campos (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="328"/>
        <source>&amp;For:</source>
        <translation>Pa&amp;ra:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="332"/>
        <source>&amp;Keep all mine</source>
        <translation>Conservar &amp;todos los míos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="334"/>
        <source>&amp;Use all the file’s values</source>
        <translation>&amp;Usar todos los valores del archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="346"/>
        <source>&amp;Differences (%1)</source>
        <translation>&amp;Diferencias (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="363"/>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;Problemas (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="446"/>
        <source>Cancel this import? The choices you made among its differences are lost.</source>
        <translation>¿Cancelar esta importación? Se perderán las elecciones que hiciste entre sus diferencias.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="447"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="429"/>
        <source>&amp;Back to the preview</source>
        <translation>&amp;Volver a la vista previa</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="456"/>
        <source>Choose the columns again? The file is read anew and the choices you made among its differences are lost.</source>
        <translation>¿Elegir de nuevo las columnas? El archivo se vuelve a leer y se pierden las elecciones que hiciste entre sus diferencias.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="459"/>
        <source>C&amp;hoose the columns</source>
        <translation>&amp;Elegir las columnas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="552"/>
        <source>Changed since this preview was first shown, and read again: %1. This is what the import would do now; the files you skipped and your other choices are kept.</source>
        <translation>Cambió desde que se mostró esta vista previa, y se volvió a leer: %1. Esto es lo que haría ahora la importación; se conservan los archivos que omitiste y tus demás elecciones.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="557"/>
        <source>Before the change: %1 new, %2 to merge.</source>
        <translation>Antes del cambio: %1 nuevos, %2 para combinar.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="563"/>
        <source>Choices among the differences not kept, as the file’s value changed: %1.</source>
        <translation>Elecciones entre las diferencias no conservadas, porque el valor del archivo cambió: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_preview.py" line="614"/>
        <location filename="../../netdesk/ui/widgets.py" line="203"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="550"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="550"/>
        <location filename="../../netdesk/ui/import_rows.py" line="580"/>
        <location filename="../../netdesk/ui/import_rows.py" line="837"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="580"/>
        <source>Existing contact</source>
        <translation>Contacto existente</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="580"/>
        <source>What the file adds</source>
        <translation>Lo que añade el archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="583"/>
        <source>(only differences, none ticked: nothing changes)</source>
        <translation>(solo diferencias, ninguna marcada: nada cambia)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="620"/>
        <source>(only differences)</source>
        <translation>(solo diferencias)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="663"/>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="663"/>
        <source>In the file (tick to use)</source>
        <translation>En el archivo (márcalo para usarlo)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="663"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="837"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="837"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="886"/>
        <location filename="../../netdesk/ui/import_text.py" line="110"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_rows.py" line="886"/>
        <location filename="../../netdesk/ui/import_text.py" line="110"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="92"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="93"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="94"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="96"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="97"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="106"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="594"/>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="750"/>
        <source>Delete journal entry</source>
        <translation>Eliminar entrada del diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="753"/>
        <source>Deleting the journal entry…</source>
        <translation>Borrando la entrada del diario…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="754"/>
        <source>Restoring the journal entry…</source>
        <translation>Restaurando la entrada del diario…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="824"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="855"/>
        <source>“%1” was already deleted; there is nothing to undo.</source>
        <translation>«%1» ya se había eliminado; no hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="868"/>
        <source>Deleted “%1”. Press Ctrl+Z to undo.</source>
        <translation>Se eliminó «%1». Pulsa Ctrl+Z para deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="869"/>
        <source>Deleted “%1”, logged with %2. Press Ctrl+Z to undo.</source>
        <translation>Se eliminó «%1», registrado con %2. Pulsa Ctrl+Z para deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="1047"/>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Editar entrada…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="1051"/>
        <source>&amp;Delete entry</source>
        <translation>E&amp;liminar entrada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="1061"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="1097"/>
        <location filename="../../netdesk/ui/journal_view.py" line="1101"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="1170"/>
        <source>Calls, meetings and messages can be logged here once the contact is saved.</source>
        <translation>Cuando guardes el contacto, aquí podrás registrar llamadas, reuniones y mensajes.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_view.py" line="1172"/>
        <source>Choose a contact to see their journal.</source>
        <translation>Elige un contacto para ver su diario.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/global_journal.py" line="327"/>
        <location filename="../../netdesk/ui/journal_view.py" line="1168"/>
        <source>Nothing logged yet. Press Ctrl+L after a call, a coffee or a message.</source>
        <translation>Aún no hay nada registrado. Pulsa Ctrl+L después de una llamada, un café o un mensaje.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="420"/>
        <source>Log interaction with %1</source>
        <translation>Registrar interacción con %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="422"/>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="218"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="402"/>
        <source>&amp;Also there</source>
        <translation>&amp;También estaban</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="43"/>
        <source>Log interaction — %1</source>
        <translation>Registrar interacción — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/journal_edit.py" line="44"/>
        <source>Log interaction — %Ln contacts</source>
        <translation>
            <numerusform>Registrar interacción — %Ln contacto</numerusform>
            <numerusform>Registrar interacción — %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="49"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="525"/>
        <source>Logging the interaction…</source>
        <translation>Registrando la interacción…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="50"/>
        <source>Taking back the interaction…</source>
        <translation>Retirando la interacción…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="98"/>
        <location filename="../../netdesk/ui/journal_edit.py" line="144"/>
        <source>Edit journal entry</source>
        <translation>Editar entrada del diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="104"/>
        <source>Saving the journal entry…</source>
        <translation>Guardando la entrada del diario…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="147"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="406"/>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="148"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="408"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="409"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="227"/>
        <source>Nothing changed: the entry is as it was.</source>
        <translation>Nada cambió: la entrada está como estaba.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="265"/>
        <source>This entry was deleted meanwhile: there is nothing to save it to. Copy what you need, then press Cancel.</source>
        <translation>Esta entrada se eliminó mientras tanto: no hay dónde guardarla. Copia lo que necesites y pulsa Cancelar.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="271"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="547"/>
        <source>Not saved: %1 Try again, or press Cancel.</source>
        <translation>No se guardó: %1 Vuelve a intentarlo o pulsa Cancelar.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="321"/>
        <source>Opening the journal entry…</source>
        <translation>Abriendo la entrada del diario…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="122"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="125"/>
        <source>What happened, in one line</source>
        <translation>Qué pasó, en una línea</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="126"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="129"/>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="141"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="147"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="148"/>
        <source>&amp;When</source>
        <translation>Cuá&amp;ndo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="149"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="150"/>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="335"/>
        <source>Not edited</source>
        <translation>No editado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="335"/>
        <source>This entry is no longer in the journal.</source>
        <translation>Esta entrada ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="403"/>
        <source>Other people involved</source>
        <translation>Otras personas implicadas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="146"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/log_dialog.py" line="76"/>
        <source>%1, %2 and %Ln more</source>
        <translation>
            <numerusform>%1, %2 y %Ln más</numerusform>
            <numerusform>%1, %2 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="195"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="288"/>
        <source>That is in the future: until then it counts as your last talk, and the reminders to keep in touch wait for it. Save again to keep it.</source>
        <translation>Esa fecha es futura: hasta entonces cuenta como vuestra última conversación, y los recordatorios para mantener el contacto esperan a ella. Vuelve a guardar para conservarla.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="358"/>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que has escrito?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_leaving.py" line="77"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="362"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="363"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="424"/>
        <source>(choose below)</source>
        <translation>(elige abajo)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/widgets.py" line="748"/>
        <source>Also there</source>
        <translation>También estaban</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="245"/>
        <source>Choose “%1” from the list of names, or clear the field.</source>
        <translation>Elige «%1» de la lista de nombres o vacía el campo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="461"/>
        <source>Deleted meanwhile, so taken off this entry: %1.</source>
        <translation>Eliminados mientras tanto, así que se quitaron de esta entrada: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="463"/>
        <source>Save again to log it with the others.</source>
        <translation>Guarda de nuevo para registrarla con los demás.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="196"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="488"/>
        <source>Choose who the interaction was with.</source>
        <translation>Elige con quién fue la interacción.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/journal_edit.py" line="201"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="491"/>
        <source>Write a one-line summary.</source>
        <translation>Escribe un resumen de una línea.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="205"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="263"/>
        <location filename="../../netdesk/ui/main_window.py" line="275"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="338"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="342"/>
        <source>Add a contact by hand</source>
        <translation>Añadir un contacto a mano</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="345"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="345"/>
        <source>Import vCard or CSV files</source>
        <translation>Importar archivos vCard o CSV</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="128"/>
        <location filename="../../netdesk/ui/main_window.py" line="348"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="348"/>
        <source>Export contacts to vCard or CSV</source>
        <translation>Exportar contactos a vCard o CSV</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="351"/>
        <source>Export &amp;calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="355"/>
        <source>Save follow-ups and birthdays as an iCalendar (.ics) file</source>
        <translation>Guardar seguimientos y cumpleaños como archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="358"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="362"/>
        <source>Copy the database to the backups folder</source>
        <translation>Copiar la base de datos a la carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="338"/>
        <location filename="../../netdesk/ui/main_window.py" line="365"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="369"/>
        <source>Put a backup in place of the current data</source>
        <translation>Sustituir los datos actuales por una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="199"/>
        <location filename="../../netdesk/ui/main_window.py" line="372"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo_actions.py" line="27"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo_actions.py" line="29"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo_actions.py" line="56"/>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo_actions.py" line="56"/>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="384"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="387"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="391"/>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Registrar interacción…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="395"/>
        <source>Log a call, meeting or message</source>
        <translation>Registrar una llamada, reunión o mensaje</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="398"/>
        <location filename="../../netdesk/ui/main_window.py" line="766"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="402"/>
        <source>Archive (or unarchive) the selected contacts</source>
        <translation>Archivar (o desarchivar) los contactos seleccionados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="405"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="365"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="409"/>
        <source>Delete the selected contacts (undoable)</source>
        <translation>Eliminar los contactos seleccionados (se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="411"/>
        <source>&amp;Tag…</source>
        <translation>E&amp;tiquetar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="412"/>
        <source>&amp;Untag…</source>
        <translation>&amp;Quitar etiqueta…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="414"/>
        <source>Set &amp;cadence…</source>
        <translation>Fijar &amp;frecuencia…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="418"/>
        <source>How often to keep in touch</source>
        <translation>Cada cuánto mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="421"/>
        <source>Find du&amp;plicates…</source>
        <translation>Buscar du&amp;plicados…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="424"/>
        <source>Manage ta&amp;gs…</source>
        <translation>&amp;Gestionar etiquetas…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="428"/>
        <source>Rename or delete tags, and give a tag a keep-in-touch rhythm</source>
        <translation>Renombra o elimina etiquetas y da a una etiqueta un ritmo para mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="431"/>
        <source>&amp;Merge two contacts…</source>
        <translation>C&amp;ombinar dos contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="435"/>
        <source>Make two selected contacts one</source>
        <translation>Unir dos contactos seleccionados en uno</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="440"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="443"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="443"/>
        <source>Who to get back to today</source>
        <translation>A quién responder hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="446"/>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="446"/>
        <source>Every interaction</source>
        <translation>Todas las interacciones</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="453"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="457"/>
        <source>Every key netdesk answers</source>
        <translation>Cada tecla a la que responde netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="460"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="464"/>
        <source>The folder of netdesk&apos;s log, to send with a problem report</source>
        <translation>La carpeta del registro de netdesk, para enviarlo con un informe de problema</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="466"/>
        <source>&amp;About netdesk</source>
        <translation>&amp;Acerca de netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="479"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="486"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="492"/>
        <source>&amp;Contact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="501"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="505"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="511"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="741"/>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="741"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente</numerusform>
            <numerusform>%Ln seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="763"/>
        <source>%Ln contacts selected</source>
        <translation>
            <numerusform>%Ln contacto seleccionado</numerusform>
            <numerusform>%Ln contactos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="766"/>
        <source>Un&amp;archive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="924"/>
        <source>That contact was deleted meanwhile.</source>
        <translation>Ese contacto se borró mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1144"/>
        <source>Logged. Archived contacts are never reminded to keep in touch.</source>
        <translation>Registrado. A los contactos archivados nunca se les recuerda mantener el contacto.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1148"/>
        <source>Logged. No keep-in-touch cadence is set, so there is no clock to restart.</source>
        <translation>Registrado. No hay una frecuencia de contacto, así que no hay reloj que reiniciar.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1153"/>
        <source>Logged. A later interaction still sets when to keep in touch.</source>
        <translation>Registrado. Una interacción posterior sigue marcando cuándo mantener el contacto.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1156"/>
        <source>Logged. The keep-in-touch clock restarted, except for archived contacts, who are never reminded.</source>
        <translation>Registrado. El reloj del contacto se reinició, salvo para los contactos archivados, a los que nunca se les recuerda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/card_leaving.py" line="33"/>
        <source>%1 (and %Ln more shown on the card)</source>
        <translation>
            <numerusform>%1 (y %Ln más que muestra la ficha)</numerusform>
            <numerusform>%1 (y %Ln más que muestra la ficha)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_leaving.py" line="39"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_leaving.py" line="41"/>
        <source>The changes to this contact cannot be saved: %1

Discard them?</source>
        <translation>No se pueden guardar los cambios de este contacto: %1

¿Descartarlos?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_leaving.py" line="62"/>
        <source>Contact deleted elsewhere</source>
        <translation>Contacto eliminado en otro sitio</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_leaving.py" line="66"/>
        <source>“%1” was deleted by another program (such as netdesk-cli) while you were editing them.</source>
        <translation>Otro programa (como netdesk-cli) eliminó «%1» mientras lo editabas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_leaving.py" line="75"/>
        <source>Keep your changes as a new contact, or discard them?</source>
        <translation>¿Guardar tus cambios como un contacto nuevo o descartarlos?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/card_leaving.py" line="76"/>
        <source>&amp;Keep as new contact</source>
        <translation>&amp;Guardar como contacto nuevo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1060"/>
        <source>Contact added. Press Ctrl+Z to undo.</source>
        <translation>Contacto añadido. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1108"/>
        <source>Nobody to log an interaction with yet: add or import a contact first.</source>
        <translation>Aún no hay nadie con quien registrar una interacción: añade o importa primero un contacto.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="76"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="627"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="632"/>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="82"/>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="93"/>
        <location filename="../../netdesk/ui/import_flow.py" line="614"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="869"/>
        <location filename="../../netdesk/ui/undo_actions.py" line="68"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="122"/>
        <source>Unarchived %Ln contacts.</source>
        <translation>
            <numerusform>%Ln contacto desarchivado.</numerusform>
            <numerusform>%Ln contactos desarchivados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="124"/>
        <source>Archived %Ln contacts.</source>
        <translation>
            <numerusform>%Ln contacto archivado.</numerusform>
            <numerusform>%Ln contactos archivados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="136"/>
        <source>Delete contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="139"/>
        <source>Delete %1 with their journal and follow-ups?

You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar %1 con su diario y sus seguimientos?

Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="183"/>
        <source>Deleted %Ln contacts.</source>
        <translation>
            <numerusform>%Ln contacto eliminado.</numerusform>
            <numerusform>%Ln contactos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="35"/>
        <source>Tag contacts</source>
        <translation>Etiquetar contactos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="36"/>
        <source>Tag %Ln contacts with:</source>
        <translation>
            <numerusform>Etiquetar %Ln contacto con:</numerusform>
            <numerusform>Etiquetar %Ln contactos con:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="145"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="205"/>
        <source>Tagged %Ln contacts; the others already had the tag.</source>
        <translation>
            <numerusform>Se etiquetó %Ln contacto; los demás ya tenían la etiqueta.</numerusform>
            <numerusform>Se etiquetaron %Ln contactos; los demás ya tenían la etiqueta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="206"/>
        <source>Tagged %Ln contacts.</source>
        <translation>
            <numerusform>%Ln contacto etiquetado.</numerusform>
            <numerusform>%Ln contactos etiquetados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="208"/>
        <source>Untagged %Ln contacts; the others did not have the tag.</source>
        <translation>
            <numerusform>Se quitó la etiqueta a %Ln contacto; los demás no la tenían.</numerusform>
            <numerusform>Se quitó la etiqueta a %Ln contactos; los demás no la tenían.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="232"/>
        <source>Reading their tags…</source>
        <translation>Leyendo sus etiquetas…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="242"/>
        <location filename="../../netdesk/ui/contact_actions.py" line="250"/>
        <source>Untag contacts</source>
        <translation>Quitar etiqueta a contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="242"/>
        <source>The selected contacts have no tags.</source>
        <translation>Los contactos seleccionados no tienen etiquetas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="250"/>
        <source>Remove the tag:</source>
        <translation>Quitar la etiqueta:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="209"/>
        <source>Untagged %Ln contacts.</source>
        <translation>
            <numerusform>Etiqueta quitada a %Ln contacto.</numerusform>
            <numerusform>Etiqueta quitada a %Ln contactos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="272"/>
        <source>From their tags (none of their own)</source>
        <translation>Según sus etiquetas (sin frecuencia propia)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="273"/>
        <source>Never, whatever their tags say</source>
        <translation>Nunca, digan lo que digan sus etiquetas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="279"/>
        <source>Keep in touch with %Ln contacts:</source>
        <translation>
            <numerusform>Mantener el contacto con %Ln contacto:</numerusform>
            <numerusform>Mantener el contacto con %Ln contactos:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_actions.py" line="289"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="604"/>
        <source>Every how many days?</source>
        <translation>¿Cada cuántos días?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="308"/>
        <source>Cadence set for %Ln contacts; the others had it already.</source>
        <translation>
            <numerusform>Frecuencia fijada para %Ln contacto; los demás ya la tenían.</numerusform>
            <numerusform>Frecuencia fijada para %Ln contactos; los demás ya la tenían.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="309"/>
        <source>Cadence set for %Ln contacts.</source>
        <translation>
            <numerusform>Frecuencia fijada para %Ln contacto.</numerusform>
            <numerusform>Frecuencia fijada para %Ln contactos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1159"/>
        <source>Logged. The keep-in-touch clock restarted.</source>
        <translation>Registrado. El reloj para mantener el contacto se ha reiniciado.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/file_actions.py" line="33"/>
        <location filename="../../netdesk/ui/file_actions.py" line="64"/>
        <location filename="../../netdesk/ui/tray.py" line="890"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/file_actions.py" line="35"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/file_actions.py" line="59"/>
        <source>Calendar saved to %1</source>
        <translation>Calendario guardado en %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/file_actions.py" line="70"/>
        <source>Exporting the calendar…</source>
        <translation>Exportando el calendario…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/file_actions.py" line="102"/>
        <source>The backups folder %1 is not there (is its drive connected?). Backed up to %2</source>
        <translation>La carpeta de copias %1 no está (¿está conectada su unidad?). Copia guardada en %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/file_actions.py" line="109"/>
        <source>Backing up the database…</source>
        <translation>Haciendo copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/main_window.py" line="1261"/>
        <source>The daily backup failed: %1</source>
        <translation>Falló la copia de seguridad diaria: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/file_actions.py" line="99"/>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="237"/>
        <location filename="../../netdesk/ui/operations.py" line="135"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/operations.py" line="142"/>
        <location filename="../../netdesk/ui/operations.py" line="221"/>
        <source>netdesk</source>
        <translation>netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/operations.py" line="174"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/operations.py" line="222"/>
        <source>%1 failed: %2

Nothing was changed.</source>
        <translation>%1 falló: %2

No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/operations.py" line="222"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="68"/>
        <source>“%1” is not a full path: start it with %2, or choose the folder.</source>
        <translation>«%1» no es una ruta completa: empiézala por %2 o elige la carpeta.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="77"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="75"/>
        <location filename="../../netdesk/ui/preferences.py" line="86"/>
        <source>netdesk cannot make the folder %1: %2</source>
        <translation>netdesk no puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="88"/>
        <location filename="../../netdesk/ui/preferences.py" line="606"/>
        <source>netdesk cannot write to the folder %1 (is it read-only?).</source>
        <translation>netdesk no puede escribir en la carpeta %1 (¿es de solo lectura?).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="97"/>
        <source>No drive is mounted on %1 now (/etc/fstab names it as a drive&apos;s place): connect or mount that drive, then press OK; or choose another folder.</source>
        <translation>Ahora no hay ninguna unidad montada en %1 (/etc/fstab lo indica como el sitio de una unidad): conecta o monta esa unidad y pulsa Aceptar; o elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="110"/>
        <source>No backup yet: netdesk makes one each day it runs.</source>
        <translation>Aún no hay copias: netdesk hace una cada día que se ejecuta.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="124"/>
        <source>Latest backup: %1 (%2, %3 in all).</source>
        <translation>Última copia: %1 (%2, %3 en total).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/preferences.py" line="126"/>
        <source>%Ln backups</source>
        <translation>
            <numerusform>%Ln copia</numerusform>
            <numerusform>%Ln copias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="133"/>
        <source>No backup since %1: the daily backup may be failing (see the log).</source>
        <translation>Ninguna copia desde %1: puede que la copia diaria esté fallando (mira el registro).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="352"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="353"/>
        <source>Choose the %1</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="361"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="362"/>
        <source>Clear the %1</source>
        <translation>Borrar: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="401"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="406"/>
        <source>Default cadence for new contacts</source>
        <translation>Frecuencia predeterminada para contactos nuevos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/preferences.py" line="413"/>
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Cada %Ln día</numerusform>
            <numerusform>Cada %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="419"/>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="420"/>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="427"/>
        <source>none: reminders come at any hour</source>
        <translation>ninguna: los recordatorios llegan a cualquier hora</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="440"/>
        <source>Start netdesk in the tray when I &amp;log in</source>
        <translation>Iniciar netdesk en la bandeja al iniciar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="444"/>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Seguir en la &amp;bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="452"/>
        <source>This desktop shows no system tray: closing the window quits netdesk, and at login netdesk starts with its window open.</source>
        <translation>Este escritorio no muestra bandeja del sistema: al cerrar la ventana netdesk se cierra, y al iniciar sesión netdesk se abre con su ventana.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="464"/>
        <source>Backups folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="473"/>
        <source>Daily backups to keep</source>
        <translation>Copias diarias que conservar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="476"/>
        <source>The newest backup of each of that many days is kept, and also the newest of each of the last four weeks</source>
        <translation>Se conserva la copia más reciente de cada uno de esos días, y también la más reciente de cada una de las últimas cuatro semanas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="502"/>
        <source>Calendar feed folder</source>
        <translation>Carpeta del calendario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="504"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="505"/>
        <source>Calendar apps can subscribe to netdesk.ics in this folder.</source>
        <translation>Las aplicaciones de calendario pueden suscribirse a netdesk.ics en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="511"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="523"/>
        <source>New contacts &amp;keep in touch</source>
        <translation>Contactos nuevos: &amp;mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="524"/>
        <source>&amp;Quiet hours (no reminders)</source>
        <translation>&amp;Horas de silencio (sin recordatorios)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="529"/>
        <source>&amp;Backups folder</source>
        <translation>Carpeta de co&amp;pias de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="530"/>
        <source>&amp;Daily backups kept</source>
        <translation>Copias &amp;diarias conservadas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="538"/>
        <source>Calendar &amp;feed folder</source>
        <translation>Carpeta del ca&amp;lendario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="540"/>
        <source>Data fold&amp;er</source>
        <translation>Carpeta de da&amp;tos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="613"/>
        <source>The backups cannot be listed: %1</source>
        <translation>No se pueden listar las copias: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="587"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="338"/>
        <source>Looking at the backups…</source>
        <translation>Revisando las copias…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="619"/>
        <source>No drive is mounted on %1 now (/etc/fstab names it as a drive&apos;s place): the daily backups go to %2 until that drive is connected or mounted. %3</source>
        <translation>Ahora no hay ninguna unidad montada en %1 (/etc/fstab lo indica como el sitio de una unidad): las copias diarias van a %2 hasta que esa unidad se conecte o se monte. %3</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="630"/>
        <source>The backups folder %1 is not there (is its drive connected?): the daily backups go to %2 meanwhile. %3</source>
        <translation>La carpeta de copias %1 no está (¿está conectada su unidad?): entretanto, las copias diarias van a %2. %3</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="149"/>
        <source>There is no room for a backup in %1: %2 free; a backup takes %3, and %4 more are kept free there for the database itself to keep working. Free %5 there, or choose a folder on another disk. %6</source>
        <translation>No hay espacio para una copia de seguridad en %1: quedan %2 libres; una copia ocupa %3, y se dejan libres %4 más allí para que la propia base de datos siga funcionando. Libera %5 allí o elige una carpeta en otro disco. %6</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="163"/>
        <source>There is no room for a backup in %1: %2 free, and a backup takes %3. Free %4 there, or choose another folder. %5</source>
        <translation>No hay espacio para una copia de seguridad en %1: quedan %2 libres y una copia ocupa %3. Libera %4 allí o elige otra carpeta. %5</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="688"/>
        <source>Daily backups kept: “%1” is not a number from 1 to %2; %3 is kept.</source>
        <translation>Copias diarias conservadas: «%1» no es un número de 1 a %2; se mantiene %3.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="690"/>
        <source>Daily backups kept: no number was typed; %3 is kept.</source>
        <translation>Copias diarias conservadas: no se escribió ningún número; se mantiene %3.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="727"/>
        <source>Your preferences could not be saved to %1: is the disk full or the folder read-only? They apply until netdesk quits; press OK to try again.</source>
        <translation>No se pudieron guardar tus preferencias en %1: ¿está el disco lleno o la carpeta es de solo lectura? Se aplican hasta que netdesk se cierre; pulsa Aceptar para volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_card.py" line="365"/>
        <location filename="../../netdesk/ui/preferences.py" line="512"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="513"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="514"/>
        <source>Show the data folder in the file manager</source>
        <translation>Mostrar la carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/preferences.py" line="706"/>
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
        <location filename="../../netdesk/ui/today_basic.py" line="75"/>
        <source>turns %Ln</source>
        <translation>
            <numerusform>cumple %Ln</numerusform>
            <numerusform>cumple %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_basic.py" line="78"/>
        <source>No birthdays this week.</source>
        <translation>No hay cumpleaños esta semana.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_basic.py" line="90"/>
        <source>%1 — last talked %2</source>
        <translation>%1 — última conversación %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_basic.py" line="94"/>
        <source>No cobwebs.</source>
        <translation>Sin telarañas.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="157"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="183"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="401"/>
        <source>Archive %Ln contacts</source>
        <translation>
            <numerusform>Archivar %Ln contacto</numerusform>
            <numerusform>Archivar %Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="404"/>
        <source>Unarchive %Ln contacts</source>
        <translation>
            <numerusform>Desarchivar %Ln contacto</numerusform>
            <numerusform>Desarchivar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="122"/>
        <source>“%1” could not be undone.</source>
        <translation>No se pudo deshacer «%1».</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="122"/>
        <source>“%1” could not be redone.</source>
        <translation>No se pudo rehacer «%1».</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="126"/>
        <source>Not undone</source>
        <translation>No deshecho</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="126"/>
        <source>Not redone</source>
        <translation>No rehecho</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="401"/>
        <source>Archive %1</source>
        <translation>Archivar %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="404"/>
        <source>Unarchive %1</source>
        <translation>Desarchivar %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="410"/>
        <source>Archiving contacts…</source>
        <translation>Archivando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="410"/>
        <source>Unarchiving contacts…</source>
        <translation>Desarchivando contactos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="435"/>
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>Eliminar %Ln contacto</numerusform>
            <numerusform>Eliminar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="435"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="445"/>
        <source>Deleting contacts…</source>
        <translation>Eliminando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="446"/>
        <source>Restoring contacts…</source>
        <translation>Restaurando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="477"/>
        <source>Add tag “%2” to %1</source>
        <translation>Añadir la etiqueta «%2» a %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="477"/>
        <source>Add tag “%2” to %Ln contacts</source>
        <translation>
            <numerusform>Añadir la etiqueta «%2» a %Ln contacto</numerusform>
            <numerusform>Añadir la etiqueta «%2» a %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="479"/>
        <source>Remove tag “%2” from %1</source>
        <translation>Quitar la etiqueta «%2» de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="480"/>
        <source>Remove tag “%2” from %Ln contacts</source>
        <translation>
            <numerusform>Quitar la etiqueta «%2» de %Ln contacto</numerusform>
            <numerusform>Quitar la etiqueta «%2» de %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="491"/>
        <source>Tagging contacts…</source>
        <translation>Etiquetando contactos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="491"/>
        <source>Untagging contacts…</source>
        <translation>Quitando etiquetas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="531"/>
        <source>All %Ln contacts already have the tag “%1”.</source>
        <translation>
            <numerusform>El contacto ya tiene la etiqueta «%1».</numerusform>
            <numerusform>Los %Ln contactos ya tienen la etiqueta «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="533"/>
        <source>None of the %Ln contacts has the tag “%1”.</source>
        <translation>
            <numerusform>El contacto no tiene la etiqueta «%1».</numerusform>
            <numerusform>Ninguno de los %Ln contactos tiene la etiqueta «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/undo.py" line="545"/>
        <location filename="../../netdesk/ui/undo.py" line="580"/>
        <source>Set cadence of %1</source>
        <translation>Fijar la frecuencia de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="546"/>
        <location filename="../../netdesk/ui/undo.py" line="581"/>
        <source>Set cadence of %Ln contacts</source>
        <translation>
            <numerusform>Fijar la frecuencia de %Ln contacto</numerusform>
            <numerusform>Fijar la frecuencia de %Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="590"/>
        <source>All %Ln contacts already keep in touch at that cadence.</source>
        <translation>
            <numerusform>%Ln contacto ya tiene esa frecuencia.</numerusform>
            <numerusform>Los %Ln contactos ya tienen esa frecuencia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="86"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="350"/>
        <source>No default</source>
        <translation>Sin ritmo propio</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="114"/>
        <source>Rename tag “%1” to “%2”</source>
        <translation>Renombrar la etiqueta «%1» como «%2»</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="122"/>
        <source>Renaming the tag…</source>
        <translation>Renombrando la etiqueta…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="155"/>
        <source>Delete tag “%1”</source>
        <translation>Eliminar la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="158"/>
        <source>Deleting the tag…</source>
        <translation>Eliminando la etiqueta…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="159"/>
        <source>Restoring the tag…</source>
        <translation>Restaurando la etiqueta…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="183"/>
        <source>Set the default cadence of tag “%1”</source>
        <translation>Fijar el ritmo de la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="186"/>
        <location filename="../../netdesk/ui/undo.py" line="551"/>
        <source>Setting the cadence…</source>
        <translation>Fijando la frecuencia…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="314"/>
        <source>Manage tags</source>
        <translation>Gestionar etiquetas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="211"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="348"/>
        <source>Keep in touch by default</source>
        <translation>Ritmo por defecto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="358"/>
        <source>Contacts with this tag and no keep-in-touch cadence of their own are reminded at this rhythm (the shortest, when they have several tags).</source>
        <translation>Los contactos con esta etiqueta que no tienen un ritmo propio se recuerdan con este ritmo (el más corto, si tienen varias etiquetas).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="364"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="366"/>
        <source>&amp;Show contacts</source>
        <translation>&amp;Mostrar contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="385"/>
        <source>&amp;Keep in touch by default:</source>
        <translation>Ritmo por &amp;defecto:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="513"/>
        <location filename="../../netdesk/ui/tags_dialog.py" line="541"/>
        <source>Rename tag</source>
        <translation>Renombrar etiqueta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="514"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="518"/>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="545"/>
        <source>There is already a tag “%1”. Make “%2” part of it? Its contacts will carry “%1” instead (this can be undone).</source>
        <translation>Ya existe una etiqueta «%1». ¿Unir «%2» a ella? Sus contactos llevarán «%1» en su lugar (se puede deshacer).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="568"/>
        <source>Delete tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="572"/>
        <source>Delete the tag “%1”? It is taken off %2; the contacts themselves stay. You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar la etiqueta «%1»? Se quita de %2; los contactos se quedan. Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tags_dialog.py" line="579"/>
        <source>%Ln contacts (%1 of them archived)</source>
        <translation>
            <numerusform>%Ln contacto (%1 de ellos archivado)</numerusform>
            <numerusform>%Ln contactos (%1 de ellos archivados)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="589"/>
        <source>&amp;Delete tag</source>
        <translation>&amp;Eliminar etiqueta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tags_dialog.py" line="93"/>
        <source>There is no tag “%1” any more.</source>
        <translation>Ya no existe la etiqueta «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="84"/>
        <source>%Ln day(s) late</source>
        <translation>
            <numerusform>%Ln día de retraso</numerusform>
            <numerusform>%Ln días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="86"/>
        <source>%Ln month(s) late</source>
        <translation>
            <numerusform>%Ln mes de retraso</numerusform>
            <numerusform>%Ln meses de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="87"/>
        <source>%Ln year(s) late</source>
        <translation>
            <numerusform>%Ln año de retraso</numerusform>
            <numerusform>%Ln años de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="100"/>
        <location filename="../../netdesk/ui/widgets.py" line="286"/>
        <location filename="../../netdesk/ui/widgets.py" line="305"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="103"/>
        <location filename="../../netdesk/ui/tray.py" line="558"/>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="214"/>
        <location filename="../../netdesk/ui/today_view.py" line="263"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="453"/>
        <source>Snooze %Ln follow-up(s)</source>
        <translation>
            <numerusform>Posponer %Ln seguimiento</numerusform>
            <numerusform>Posponer %Ln seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="460"/>
        <source>Snoozing follow-ups…</source>
        <translation>Posponiendo seguimientos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1143"/>
        <location filename="../../netdesk/ui/widgets.py" line="288"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="290"/>
        <source>%Ln days ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="292"/>
        <source>%Ln weeks ago</source>
        <translation>
            <numerusform>hace %Ln semana</numerusform>
            <numerusform>hace %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="294"/>
        <source>%Ln months ago</source>
        <translation>
            <numerusform>hace %Ln mes</numerusform>
            <numerusform>hace %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="295"/>
        <source>%Ln years ago</source>
        <translation>
            <numerusform>hace %Ln año</numerusform>
            <numerusform>hace %Ln años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="103"/>
        <location filename="../../netdesk/ui/widgets.py" line="307"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/widgets.py" line="207"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="309"/>
        <source>in %Ln days</source>
        <translation>
            <numerusform>dentro de %Ln día</numerusform>
            <numerusform>dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="311"/>
        <source>in %Ln weeks</source>
        <translation>
            <numerusform>dentro de %Ln semana</numerusform>
            <numerusform>dentro de %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="313"/>
        <source>in %Ln months</source>
        <translation>
            <numerusform>dentro de %Ln mes</numerusform>
            <numerusform>dentro de %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="314"/>
        <source>in %Ln years</source>
        <translation>
            <numerusform>dentro de %Ln año</numerusform>
            <numerusform>dentro de %Ln años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/widgets.py" line="914"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/widgets.py" line="916"/>
        <source>No file manager could open this folder:
%1</source>
        <translation>Ningún gestor de archivos pudo abrir esta carpeta:
%1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/widgets.py" line="918"/>
        <source>Open it yourself in a file manager or a terminal; select the path to copy it.</source>
        <translation>Ábrela tú desde un gestor de archivos o una terminal; selecciona la ruta para copiarla.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/log_dialog.py" line="407"/>
        <location filename="../../netdesk/ui/widgets.py" line="598"/>
        <source>Type a name…</source>
        <translation>Escribe un nombre…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/widgets.py" line="744"/>
        <source>Add someone else who was there…</source>
        <translation>Añade a alguien más que estuviera allí…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="154"/>
        <source>netdesk keeps running</source>
        <translation>netdesk sigue en marcha</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="157"/>
        <source>netdesk keeps running in the system tray so it can remind you when someone is due. Quit it from the tray icon&apos;s menu.</source>
        <translation>netdesk sigue en marcha en la bandeja del sistema para avisarte cuando toque hablar con alguien. Ciérralo desde el menú del icono de la bandeja.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="161"/>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="162"/>
        <source>Quit on close instead</source>
        <translation>Salir al cerrar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="174"/>
        <source>No system tray</source>
        <translation>No hay bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="177"/>
        <source>This desktop has no system tray, so netdesk cannot keep running in the background. Due follow-ups are shown in the window title and the Today view while netdesk is open; closing the window quits netdesk.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que netdesk no puede seguir en marcha en segundo plano. Los seguimientos pendientes se muestran en el título de la ventana y en la vista Hoy mientras netdesk está abierto; al cerrar la ventana, netdesk se cierra.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="109"/>
        <source>%1, last %2</source>
        <translation>%1, la última %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="109"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="117"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="242"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="719"/>
        <source>%Ln journal entries</source>
        <translation>
            <numerusform>%Ln entrada en el diario</numerusform>
            <numerusform>%Ln entradas en el diario</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="111"/>
        <source>No journal entries</source>
        <translation>Sin entradas en el diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="119"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="130"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="197"/>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="146"/>
        <source>%1 gets from %2: %3.</source>
        <translation>%1 recibe de %2: %3.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="115"/>
        <source>journal entries (counting…)</source>
        <translation>entradas del diario (contando…)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="136"/>
        <source>The one kept gets from the other: %1.</source>
        <translation>El que se conserva recibe del otro: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="138"/>
        <source>The one kept gets nothing new from the other.</source>
        <translation>El que se conserva no recibe nada nuevo del otro.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="141"/>
        <source>Not kept, as the one kept has its own: %1.</source>
        <translation>No se conserva, porque el que se conserva ya tiene el suyo: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="143"/>
        <source>Not kept, as you chose the other&apos;s: %1.</source>
        <translation>No se conserva, porque elegiste lo del otro: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="148"/>
        <source>%1 gets nothing new from %2.</source>
        <translation>%1 no recibe nada nuevo de %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="151"/>
        <source>Not kept, as %1 has its own: %2.</source>
        <translation>No se conserva, porque %1 ya tiene el suyo: %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="153"/>
        <source>Not kept, as you chose %1&apos;s: %2.</source>
        <translation>No se conserva, porque elegiste lo de %1: %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="404"/>
        <source>Merge two contacts</source>
        <translation>Combinar dos contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="420"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="97"/>
        <source>Which contact do you keep?</source>
        <translation>¿Qué contacto conservas?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="431"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="109"/>
        <source>Keep %1</source>
        <translation>Conservar %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="440"/>
        <source>Where both have their own, keep:</source>
        <translation>Donde ambos tienen el suyo, conservar:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="457"/>
        <source>The contact you keep gets the other&apos;s e-mails, phones, addresses, tags, journal and follow-ups, any field it has empty, and the other&apos;s notes after its own. The other is removed. Edit &gt; Undo puts both back.</source>
        <translation>El contacto que conservas recibe los correos, teléfonos, direcciones, etiquetas, diario y seguimientos del otro, los campos que tiene vacíos y las notas del otro tras las suyas. El otro se elimina. Editar &gt; Deshacer los recupera a los dos.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="465"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="137"/>
        <source>&amp;Merge</source>
        <translation>Co&amp;mbinar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="492"/>
        <source>The one kept</source>
        <translation>El que se conserva</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="492"/>
        <source>The other</source>
        <translation>El otro</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="494"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="193"/>
        <source>Kept: %1</source>
        <translation>Se conserva: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="511"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="214"/>
        <source>%1: %2&apos;s, %3</source>
        <translation>%1: de %2, %3</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="337"/>
        <source>%1&apos;s photo</source>
        <translation>la foto de %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_dialog.py" line="566"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="621"/>
        <source>One of the two contacts has been deleted.</source>
        <translation>Uno de los dos contactos se ha eliminado.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="77"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="230"/>
        <location filename="../../netdesk/ui/damaged_database.py" line="239"/>
        <location filename="../../netdesk/ui/damaged_database.py" line="303"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="130"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="322"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="579"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="596"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="624"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="659"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="86"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="534"/>
        <source>%1 (%2 archived)</source>
        <comment>contacts</comment>
        <translation>%1 (%2 archivados)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="132"/>
        <source>An import, export or change to many contacts is still running. Wait for it to finish, then restore.</source>
        <translation>Todavía hay en curso una importación, una exportación o un cambio en muchos contactos. Espera a que termine y luego restaura.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="329"/>
        <source>Choose a backup to put in place of everything netdesk holds now. Your current data is kept as a copy first.</source>
        <translation>Elige una copia de seguridad que sustituirá todo lo que netdesk tiene ahora. Antes se guarda una copia de tus datos actuales.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="334"/>
        <source>Backups folder: %1</source>
        <translation>Carpeta de copias de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="345"/>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="345"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="346"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="115"/>
        <source>Kept before a restore</source>
        <translation>Guardada antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="116"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="116"/>
        <source>Kept before an upgrade</source>
        <translation>Guardada antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="433"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="660"/>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="442"/>
        <source>The database as it was before a restore replaced it</source>
        <translation>La base de datos tal como estaba antes de que una restauración la sustituyera</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="444"/>
        <source>The database as it was before a newer netdesk upgraded it</source>
        <translation>La base de datos tal como estaba antes de que una versión más nueva de netdesk la actualizara</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="359"/>
        <source>This folder is not there now (is its drive connected?): connect it, then open Restore from backup again to see its backups; or choose a file.</source>
        <translation>Esta carpeta no está ahora (¿está conectada su unidad?): conéctala y vuelve a abrir Restaurar desde copia para ver sus copias; o elige un archivo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="367"/>
        <source>There are no backups in this folder yet. Use File &gt; Back up now, or choose a file.</source>
        <translation>Aún no hay copias de seguridad en esta carpeta. Usa Archivo &gt; Hacer copia de seguridad ahora o elige un archivo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="374"/>
        <source>Choose a &amp;file…</source>
        <translation>Elegir un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="377"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="486"/>
        <source>Another database&apos;s</source>
        <translation>De otra base de datos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="491"/>
        <source>A backup of another netdesk database (another data folder backs up into this folder too): restoring it replaces your data with that one&apos;s</source>
        <translation>Una copia de otra base de datos de netdesk (otra carpeta de datos también guarda sus copias aquí): restaurarla reemplaza tus datos por los de esa</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="502"/>
        <source>Made by a newer netdesk</source>
        <translation>Hecha por un netdesk más reciente</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="504"/>
        <source>Made by a newer version of netdesk: update netdesk to restore it</source>
        <translation>Hecha por una versión más reciente de netdesk: actualiza netdesk para restaurarla</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="527"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="582"/>
        <source>%1 is the database netdesk uses, not a backup of it: choose a backup. Nothing was changed.</source>
        <translation>%1 es la base de datos que usa netdesk, no una copia de seguridad: elige una copia. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="642"/>
        <source>the backup of %1</source>
        <translation>la copia de seguridad del %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="720"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="721"/>
        <source>%1, %2</source>
        <comment>contacts, journal entries</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="667"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="722"/>
        <source>In the backup: %1</source>
        <translation>En la copia: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="665"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="724"/>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="653"/>
        <source>This is a backup of another netdesk database (another data folder that backs up into the same folder), not of the data netdesk holds now.</source>
        <translation>Es una copia de otra base de datos de netdesk (otra carpeta de datos que guarda sus copias en la misma carpeta), no de los datos que netdesk tiene ahora.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="910"/>
        <source>Keeping a copy of your current data…</source>
        <translation>Guardando una copia de tus datos actuales…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="912"/>
        <source>Opening the restored data…</source>
        <translation>Abriendo los datos restaurados…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="112"/>
        <source>netdesk cannot open its database</source>
        <translation>netdesk no puede abrir su base de datos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="115"/>
        <source>%1 is damaged: netdesk cannot read it.</source>
        <translation>%1 está dañado: netdesk no puede leerlo.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="120"/>
        <source>netdesk has no database</source>
        <translation>netdesk no tiene base de datos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="124"/>
        <source>%1 is empty: netdesk would start with an empty database.</source>
        <translation>%1 está vacío: netdesk empezaría con una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="126"/>
        <source>%1 is not there: netdesk would start with an empty database.</source>
        <translation>%1 no está: netdesk empezaría con una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="134"/>
        <source>The latest backup, made %1, holds %2. Restore it, or start with an empty database (the backups stay as they are).</source>
        <translation>La última copia de seguridad, del %1, tiene %2. Restáurala o empieza con una base de datos vacía (las copias se quedan como están).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="143"/>
        <source>There are no other backups in %1. If you have a copy of the database elsewhere, choose it, or start with an empty database.</source>
        <translation>No hay más copias de seguridad en %1. Si tienes una copia de la base de datos en otro sitio, elígela, o empieza con una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="151"/>
        <source>The latest backup, made %1, holds %2. Restoring it sets the damaged file aside in the data folder (renamed, not deleted) and starts netdesk with the backup.</source>
        <translation>La última copia de seguridad, del %1, tiene %2. Al restaurarla, el archivo dañado se aparta en la carpeta de datos (con otro nombre, sin borrarlo) y netdesk empieza con la copia.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="161"/>
        <source>There are no backups in %1. If you have a copy of the database elsewhere, choose it: the damaged file is set aside in the data folder (renamed, not deleted).</source>
        <translation>No hay copias de seguridad en %1. Si tienes una copia de la base de datos en otro sitio, elígela: el archivo dañado se aparta en la carpeta de datos (con otro nombre, sin borrarlo).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="171"/>
        <source>The backups folder %1 is not there (is its drive connected?). Connect it, then choose a backup from it.</source>
        <translation>La carpeta de copias %1 no está (¿está conectada su unidad?). Conéctala y elige una copia de ella.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="186"/>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaurar la última copia</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="190"/>
        <source>&amp;Choose a backup…</source>
        <translation>&amp;Elegir una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="190"/>
        <source>&amp;Choose a copy…</source>
        <translation>&amp;Elegir una copia…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="194"/>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="197"/>
        <source>Start &amp;empty</source>
        <translation>Empezar &amp;vacío</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="212"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="557"/>
        <source>Choose a backup</source>
        <translation>Elige una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="214"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="559"/>
        <source>netdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de netdesk (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="222"/>
        <source>%1 is the damaged database itself; choose a backup of it.</source>
        <translation>%1 es la propia base de datos dañada; elige una copia de seguridad suya.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="226"/>
        <source>%1 was made by a newer netdesk: update netdesk to restore it.</source>
        <translation>%1 la hizo un netdesk más reciente: actualiza netdesk para restaurarla.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="228"/>
        <source>%1 is not a netdesk backup, or it is damaged.</source>
        <translation>%1 no es una copia de seguridad de netdesk, o está dañada.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="237"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="909"/>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="304"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="320"/>
        <source>netdesk found damage in its database</source>
        <translation>netdesk encontró daños en su base de datos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="323"/>
        <source>Today&apos;s backup shows that netdesk&apos;s database is damaged: some contacts or journal entries may not be readable.</source>
        <translation>La copia de seguridad de hoy muestra que la base de datos de netdesk está dañada: puede que algunos contactos o entradas del diario no se puedan leer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="330"/>
        <source>No older backup was removed. To go back to the latest sound one, use File &gt; Restore from backup… (what netdesk holds now is kept as a copy first).</source>
        <translation>No se quitó ninguna copia anterior. Para volver a la última sana, usa Archivo &gt; Restaurar desde copia de seguridad… (lo que netdesk tiene ahora se guarda antes como copia).</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="340"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="599"/>
        <source>%1 was made by a newer netdesk: update netdesk to restore it. Nothing was changed.</source>
        <translation>%1 se hizo con un netdesk más nuevo: actualiza netdesk para restaurarla. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="626"/>
        <source>%1 is not a netdesk backup, or it is damaged. Nothing was changed.</source>
        <translation>%1 no es una copia de seguridad de netdesk o está dañada. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="646"/>
        <source>Replace all your contacts, journal and follow-ups with %1?</source>
        <translation>¿Sustituir todos tus contactos, tu diario y tus seguimientos por %1?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="690"/>
        <source>What netdesk holds now is kept as a copy in %1 and can be restored the same way.

Undo history is cleared: changes made before the restore cannot be undone afterwards.</source>
        <translation>Lo que netdesk tiene ahora se guarda como copia en %1 y se puede restaurar de la misma forma.

El historial de deshacer se borra: los cambios hechos antes de la restauración no se podrán deshacer después.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="698"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/restore_dialog.py" line="851"/>
        <source>Restored %1. The previous database was kept as %2.</source>
        <translation>Se restauró %1. La base de datos anterior se guardó como %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/damaged_database.py" line="278"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="861"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="911"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="432"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="616"/>
        <location filename="../../netdesk/ui/follow_up_panel.py" line="202"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list_model.py" line="747"/>
        <source>last interaction: %1</source>
        <translation>última interacción: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list_model.py" line="757"/>
        <source>next follow-up: %1</source>
        <translation>próximo seguimiento: %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/contact_list_model.py" line="760"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/startup_backup.py" line="194"/>
        <source>The backups folder %1 is not there (is its drive connected?). Today&apos;s backup was made in %2.</source>
        <translation>La carpeta de copias %1 no está (¿está conectada su unidad?). La copia de hoy se hizo en %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/date_typing.py" line="116"/>
        <location filename="../../netdesk/ui/date_typing.py" line="233"/>
        <source>Type the year with its four digits, not “%1”.</source>
        <translation>Escribe el año con sus cuatro cifras, no «%1».</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/date_typing.py" line="263"/>
        <location filename="../../netdesk/ui/date_typing.py" line="276"/>
        <location filename="../../netdesk/ui/date_typing.py" line="303"/>
        <source>There is no %1 %2.</source>
        <translation>No existe el %1 de %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/date_typing.py" line="278"/>
        <source>The day shown is not the %1 typed: type the day again.</source>
        <translation>El día que se muestra no es el %1 que escribiste: vuelve a escribir el día.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/date_typing.py" line="291"/>
        <source>The year must be between %1 and %2.</source>
        <translation>El año debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/date_typing.py" line="329"/>
        <source>The earliest day you can choose is %1.</source>
        <translation>El primer día que puedes elegir es el %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/date_typing.py" line="332"/>
        <source>The latest day you can choose is %1.</source>
        <translation>El último día que puedes elegir es el %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/date_typing.py" line="235"/>
        <location filename="../../netdesk/ui/date_typing.py" line="295"/>
        <source>There is no month %1.</source>
        <translation>No existe el mes %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/date_typing.py" line="237"/>
        <location filename="../../netdesk/ui/date_typing.py" line="301"/>
        <source>There is no day %1.</source>
        <translation>No existe el día %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/date_typing.py" line="239"/>
        <location filename="../../netdesk/ui/date_typing.py" line="305"/>
        <source>There is no hour %1: hours go from 00 to 23.</source>
        <translation>No existe la hora %1: las horas van de 00 a 23.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/date_typing.py" line="240"/>
        <location filename="../../netdesk/ui/date_typing.py" line="307"/>
        <source>There is no minute %1: minutes go from 00 to 59.</source>
        <translation>No existe el minuto %1: los minutos van de 00 a 59.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_files_check.py" line="91"/>
        <source>%1 changed since the preview was read; nothing was imported. It is read again: see what it would change now. The files you skipped and the choices you made among the differences of the others are kept.</source>
        <translation>%1 cambió desde que se leyó la vista previa; no se importó nada. Se vuelve a leer: mira qué cambiaría ahora. Se conservan los archivos que omitiste y las elecciones que hiciste entre las diferencias de los demás.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="84"/>
        <source>Merge contacts</source>
        <translation>Combinar contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="112"/>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="115"/>
        <source>Include %1</source>
        <translation>Incluir a %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="126"/>
        <source>Where they have their own, keep:</source>
        <translation>Donde tienen el suyo, conservar:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="129"/>
        <source>The contact you keep gets the others&apos; e-mails, phones, addresses, tags, journal and follow-ups, any field it has empty, and their notes after its own. The others are removed. Edit &gt; Undo puts them all back.</source>
        <translation>El contacto que conservas recibe los correos, teléfonos, direcciones, etiquetas, diario y seguimientos de los demás, cualquier campo que tenga vacío, y sus notas tras las suyas. Los demás se eliminan. Editar &gt; Deshacer los devuelve a todos.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="245"/>
        <source>%1 gets from the others: %2.</source>
        <translation>%1 recibe de los demás: %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="247"/>
        <source>%1 gets nothing new from the others.</source>
        <translation>%1 no recibe nada nuevo de los demás.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="69"/>
        <source>%1&apos;s %2</source>
        <translation>%2 de %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="251"/>
        <source>Not kept: %1.</source>
        <translation>No se conserva: %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="261"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="293"/>
        <source>One of the contacts has been deleted.</source>
        <translation>Uno de los contactos se ha eliminado.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="105"/>
        <source>%1 or %2</source>
        <comment>keys</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="155"/>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="164"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="158"/>
        <source>Search shortcuts…</source>
        <translation>Buscar atajos…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="159"/>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="166"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="166"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="172"/>
        <source>No shortcut matches.</source>
        <translation>Ningún atajo coincide.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_problem.py" line="42"/>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_problem.py" line="67"/>
        <source>Today could not be read again; what it shows may be out of date. %1</source>
        <translation>No se pudo volver a leer Hoy; lo que muestra puede estar desactualizado. %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_problem.py" line="69"/>
        <source>Today could not be read. %1</source>
        <translation>No se pudo leer Hoy. %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_problem.py" line="80"/>
        <source>Trying again…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_problem.py" line="93"/>
        <source>netdesk tries again in %1 s.</source>
        <translation>netdesk lo reintenta en %1 s.</translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="962"/>
        <source>netdesk follow-ups</source>
        <translation>Seguimientos de netdesk</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="308"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="385"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="728"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="313"/>
        <source>What happened? (goes into the journal)</source>
        <translation>¿Qué pasó? (va al diario)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="326"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="327"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="332"/>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="333"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="378"/>
        <source>This follow-up was closed elsewhere while you typed. Log what you typed in the journal with %1 anyway?</source>
        <translation>Este seguimiento se cerró en otro sitio mientras escribías. ¿Anotar igualmente lo que escribiste en el diario con %1?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="387"/>
        <source>&amp;Log it</source>
        <translation>&amp;Anotarlo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="388"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarlo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="395"/>
        <source>%1 is archived, and archived contacts are never reminded. Unarchive them so that this follow-up reminds you?</source>
        <translation>%1 está archivado, y los contactos archivados nunca se recuerdan. ¿Desarchivarlo para que este seguimiento te avise?</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="404"/>
        <source>&amp;Unarchive</source>
        <translation>&amp;Desarchivar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="405"/>
        <source>&amp;Keep archived</source>
        <translation>&amp;Mantener archivado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="576"/>
        <source>Kept in touch</source>
        <translation>Mantuvimos el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="648"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="728"/>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="756"/>
        <source>&amp;Later today (%1)</source>
        <translation>Más &amp;tarde hoy (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="761"/>
        <source>&amp;Tomorrow (%1)</source>
        <translation>&amp;Mañana (%1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="766"/>
        <source>&amp;Next week (Monday %1)</source>
        <translation>La semana que &amp;viene (lunes %1)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="895"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="897"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="896"/>
        <source>Delete follow-up</source>
        <translation>Eliminar seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="945"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="755"/>
        <source>&amp;Later today (+3 h)</source>
        <translation>Más &amp;tarde hoy (+3 h)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="760"/>
        <source>&amp;Tomorrow (9:00)</source>
        <translation>&amp;Mañana (9:00)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="765"/>
        <source>&amp;Next week (Monday 9:00)</source>
        <translation>La semana que &amp;viene (lunes 9:00)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="964"/>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Elegir una fecha…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="998"/>
        <source>&amp;Done…</source>
        <translation>&amp;Hecho…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="1000"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="1002"/>
        <source>S&amp;kip this cycle</source>
        <translation>&amp;Saltar este ciclo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="1004"/>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="1007"/>
        <source>&amp;Open contact</source>
        <translation>&amp;Abrir contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="604"/>
        <source>This follow-up was deleted meanwhile, or its contact was.</source>
        <translation>Este seguimiento se borró mientras tanto, o se borró su contacto.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="680"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="709"/>
        <source>Not logged</source>
        <translation>No anotado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="683"/>
        <source>%1 was deleted while you typed, so there is no one to log it with. What you typed:

%2</source>
        <translation>%1 se borró mientras escribías, así que no hay nadie con quien registrarlo. Lo que escribiste:

%2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="791"/>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="849"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="871"/>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="402"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="908"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="920"/>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="917"/>
        <source>Follow up</source>
        <translation>Hacer seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="734"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="734"/>
        <source>Not snoozed</source>
        <translation>No pospuesto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="804"/>
        <source>A snooze puts it off: choose a moment after %1, when it is due. To bring it forward, use Reschedule… instead.</source>
        <translation>Posponer lo aplaza: elige un momento posterior a %1, cuando vence. Para adelantarlo, usa Reprogramar….</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="834"/>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="871"/>
        <source>Not rescheduled</source>
        <translation>No reprogramado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="876"/>
        <source>Nothing changed: the follow-up is already due then.</source>
        <translation>Nada cambió: el seguimiento ya vence entonces.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="889"/>
        <source>Not skipped</source>
        <translation>No omitido</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="922"/>
        <source>Follow-up not added</source>
        <translation>Seguimiento no añadido</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="934"/>
        <source>Not unarchived</source>
        <translation>No desarchivado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="889"/>
        <source>Skip this cycle</source>
        <translation>Saltar este ciclo</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="129"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="137"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="139"/>
        <source>At a &amp;time</source>
        <translation>A una &amp;hora</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="149"/>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="154"/>
        <source>e.g. Send the proposal</source>
        <translation>p. ej. Enviar la propuesta</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="159"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="179"/>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="180"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="234"/>
        <source>That is in your quiet hours (%1–%2): its reminder waits until %3.</source>
        <translation>Eso cae en tus horas de silencio (%1–%2): su recordatorio espera hasta %3.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="239"/>
        <source>%1 the next day</source>
        <translation>%1 del día siguiente</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="128"/>
        <source>That moment has passed: choose a later day or time.</source>
        <translation>Ese momento ya ha pasado: elige un día u hora posterior.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../netdesk/ui/follow_up_panel.py" line="45"/>
        <location filename="../../netdesk/ui/follow_up_panel.py" line="200"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_panel.py" line="54"/>
        <source>Add follow-up…</source>
        <translation>Añadir seguimiento…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_panel.py" line="59"/>
        <source>Nothing planned.</source>
        <translation>Nada planificado.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_panel.py" line="66"/>
        <source>Archived: these wait, without reminders, until the contact is unarchived.</source>
        <translation>Archivado: estos esperan, sin recordatorios, hasta que se desarchive el contacto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/follow_up_panel.py" line="204"/>
        <source>Show %Ln more</source>
        <translation>
            <numerusform>Mostrar %Ln más</numerusform>
            <numerusform>Mostrar %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/follow_up_panel.py" line="205"/>
        <source>%Ln not shown</source>
        <translation>
            <numerusform>%Ln sin mostrar</numerusform>
            <numerusform>%Ln sin mostrar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="116"/>
        <source>a character that is not UTF-8, unlike the rest of the file: read as {charset}; check the line</source>
        <translation>un carácter que no es UTF-8, a diferencia del resto del archivo: leído como {charset}; revisa la línea</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="246"/>
        <source>not a contact file: netdesk reads vCards (.vcf) and tables of contacts (.csv, .tsv) whose first line names their columns</source>
        <translation>no es un archivo de contactos: netdesk lee vCards (.vcf) y tablas de contactos (.csv, .tsv) cuya primera línea nombra sus columnas</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="416"/>
        <source>unknown CSV layout: choose which column holds what</source>
        <translation>formato CSV desconocido: elige qué columna contiene qué</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="497"/>
        <source>row has no name, e-mail, phone or company</source>
        <translation>la fila no tiene nombre, correo, teléfono ni empresa</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="513"/>
        <source>the file ends in the middle of this row (cut short?): its last values may be missing or incomplete</source>
        <translation>el archivo termina en mitad de esta fila (¿está cortado?): puede que falten sus últimos valores o estén incompletos</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="568"/>
        <source>no contacts in the file: it has only its column names</source>
        <translation>no hay contactos en el archivo: solo tiene los nombres de sus columnas</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="576"/>
        <source>a quote opened on this line is never closed, so the rest of the file was read as one value: its row (line {line}) and the lines after it, to line {end}, were not imported</source>
        <translation>unas comillas abiertas en esta línea no se cierran nunca, así que el resto del archivo se leyó como un solo valor: su fila (línea {line}) y las líneas siguientes, hasta la línea {end}, no se importaron</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="632"/>
        <source>row has {cells} cells where the file has {columns} columns (a comma inside a value that is not in quotes?): its values may be in the wrong fields, and those past the last column were not imported</source>
        <translation>la fila tiene {cells} celdas y el archivo {columns} columnas (¿una coma dentro de un valor sin comillas?): sus valores pueden estar en campos equivocados, y los que pasan de la última columna no se importaron</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="641"/>
        <source>dates such as {example} could be day/month or month/day ({count} of them); read as day/month, as Outlook in this file&apos;s language writes them</source>
        <translation>fechas como {example} pueden ser día/mes o mes/día ({count}); leídas como día/mes, como las escribe Outlook en el idioma de este archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="646"/>
        <source>dates such as {example} could be day/month or month/day ({count} of them) and no other date in the file tells; read as month/day (US): check them</source>
        <translation>fechas como {example} pueden ser día/mes o mes/día ({count}) y ninguna otra fecha del archivo lo aclara; leídas como mes/día (EE. UU.): revísalas</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="651"/>
        <source>this file writes dates both day first and month first; those that could be either ({count}, such as {example}) were read as month/day: check them</source>
        <translation>este archivo escribe fechas con el día primero y con el mes primero; las que pueden ser ambas ({count}, como {example}) se leyeron como mes/día: revísalas</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="978"/>
        <source>{value} is not a keep-in-touch rhythm in days; rhythm dropped</source>
        <translation>{value} no es un ritmo en días para mantener el contacto; se descarta el ritmo</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="993"/>
        <source>{value} is not an e-mail address; kept as the field &apos;E-mail (as written)&apos;</source>
        <translation>{value} no es una dirección de correo; se guarda en el campo «Correo (tal como está escrito)»</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="1040"/>
        <source>{column}: {value} is not a date; date dropped</source>
        <translation>{column}: {value} no es una fecha; fecha descartada</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/csvfile.py" line="1048"/>
        <source>{value} is not a date; date dropped</source>
        <translation>{value} no es una fecha; fecha descartada</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/limits.py" line="93"/>
        <source>{field}: {length} characters, more than the {limit} it may hold; cut to its first {limit}</source>
        <translation>{field}: {length} caracteres, más de los {limit} que admite; recortado a sus primeros {limit}</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/limits.py" line="97"/>
        <source>{field}: a value of {length} characters, more than the {limit} one may have; dropped</source>
        <translation>{field}: un valor de {length} caracteres, más de los {limit} que puede tener; descartado</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/limits.py" line="101"/>
        <source>{field}: {count} values on one card, more than the {limit} it may have; the first {limit} kept, the rest dropped</source>
        <translation>{field}: {count} valores en una sola tarjeta, más de los {limit} que admite; se conservan los {limit} primeros y se descarta el resto</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="147"/>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="152"/>
        <source>is a folder, not a contact file</source>
        <translation>es una carpeta, no un archivo de contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="156"/>
        <source>not a regular file (a device or a pipe)</source>
        <translation>no es un archivo normal (un dispositivo o una tubería)</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="161"/>
        <source>file too big to import ({size} MB; the limit is {limit} MB)</source>
        <translation>archivo demasiado grande para importar ({size} MB; el límite es {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="178"/>
        <source>control characters left out ({characters}): no text holds them; check the line</source>
        <translation>caracteres de control omitidos ({characters}): ningún texto los contiene; revisa la línea</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="182"/>
        <source>control characters left out on {count} more lines from here</source>
        <translation>caracteres de control omitidos en {count} líneas más desde aquí</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="227"/>
        <source>the file ends in {count} zero bytes, as a save or a copy that was interrupted leaves it: read without them; check that its last contacts are complete</source>
        <translation>el archivo termina en {count} bytes nulos, como lo deja un guardado o una copia interrumpidos: se leyó sin ellos; comprueba que sus últimos contactos estén completos</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="244"/>
        <source>cannot read the file ({os_reason})</source>
        <translation>no se puede leer el archivo ({os_reason})</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="250"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="271"/>
        <source>not a contact file but a spreadsheet: save it as CSV and import that</source>
        <translation>no es un archivo de contactos sino una hoja de cálculo: guárdala como CSV e importa ese archivo</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="278"/>
        <source>not a contact file but a document</source>
        <translation>no es un archivo de contactos sino un documento</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="282"/>
        <source>not a contact file but a ZIP archive: unpack it and import the files inside</source>
        <translation>no es un archivo de contactos sino un archivo ZIP: descomprímelo e importa los archivos que contiene</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="289"/>
        <source>not a contact file but a PDF document</source>
        <translation>no es un archivo de contactos sino un documento PDF</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="297"/>
        <source>not a contact file but a picture ({kind})</source>
        <translation>no es un archivo de contactos sino una imagen ({kind})</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/problems.py" line="300"/>
        <source>not a contact file (binary data)</source>
        <translation>no es un archivo de contactos (datos binarios)</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="114"/>
        <source>{property}: {value} is not a date; kept unchanged as an extra property</source>
        <translation>{property}: {value} no es una fecha; se conserva sin cambios como propiedad adicional</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="117"/>
        <source>{property}: {value} cannot be used; kept unchanged as an extra property</source>
        <translation>{property}: no se puede usar {value}; se conserva sin cambios como propiedad adicional</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="129"/>
        <source>{property}: {value} is not a number of days; kept unchanged as an extra property</source>
        <translation>{property}: {value} no es un número de días; se conserva sin cambios como propiedad adicional</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="133"/>
        <source>{property}: a data: URI that is not base64; kept unchanged as an extra property</source>
        <translation>{property}: un URI data: que no está en base64; se conserva sin cambios como propiedad adicional</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="138"/>
        <source>{property}: a character that is not UTF-8, unlike the rest of the file: read as {charset}; check the value</source>
        <translation>{property}: un carácter que no es UTF-8, a diferencia del resto del archivo: leído como {charset}; revisa el valor</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="144"/>
        <source>photo bigger than {megabytes} MB dropped</source>
        <translation>foto de más de {megabytes} MB descartada</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="312"/>
        <source>no vCard in the file (no BEGIN:VCARD line)</source>
        <translation>no hay ninguna vCard en el archivo (falta la línea BEGIN:VCARD)</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="373"/>
        <source>card has no END:VCARD (file cut short?); not imported</source>
        <translation>la tarjeta no tiene END:VCARD (¿archivo cortado?); no se importó</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="430"/>
        <source>card has no END:VCARD (file cut short?); imported what was read of it</source>
        <translation>la tarjeta no tiene END:VCARD (¿archivo cortado?); se importó lo que se leyó de ella</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="433"/>
        <source>card has no END:VCARD (file cut short?); imported what was read of it, without its last line ({property}), which was cut off</source>
        <translation>la tarjeta no tiene END:VCARD (¿archivo cortado?); se importó lo que se leyó de ella, sin su última línea ({property}), que estaba cortada</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="1097"/>
        <source>a second PHOTO URL was dropped</source>
        <translation>se descartó una segunda URL de PHOTO</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="1124"/>
        <source>unreadable PHOTO dropped (not base64)</source>
        <translation>PHOTO ilegible descartada (no está en base64)</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/vcard_read.py" line="1130"/>
        <source>a second PHOTO was dropped (netdesk keeps one photo per contact)</source>
        <translation>se descartó una segunda PHOTO (netdesk guarda una foto por contacto)</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="80"/>
        <source>{names} changed since the files were read (another program wrote to them); nothing was imported. Import the files again to see what they would change now.</source>
        <translation>{names} cambió desde que se leyeron los archivos (otro programa escribió en ellos); no se importó nada. Vuelve a importar los archivos para ver qué cambiarían ahora.</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="257"/>
        <source>a link to {target}, which is not there</source>
        <translation>un enlace a {target}, que no existe</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="267"/>
        <source>cannot read the folder: {error}</source>
        <translation>no se puede leer la carpeta: {error}</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="277"/>
        <source>no contact file (.vcf, .vcard, .csv, .tsv) in the folder</source>
        <translation>no hay ningún archivo de contactos (.vcf, .vcard, .csv, .tsv) en la carpeta</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="394"/>
        <source>card has no name, e-mail, phone or company; not imported</source>
        <translation>la tarjeta no tiene nombre, correo, teléfono ni empresa; no se importa</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="401"/>
        <source>no name, e-mail, phone or company; imported as &apos;{name}&apos;, the first line of its note</source>
        <translation>sin nombre, correo, teléfono ni empresa; importada como «{name}», la primera línea de su nota</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="405"/>
        <source>no name, e-mail, phone or company; imported as &apos;{name}&apos;, its web page</source>
        <translation>sin nombre, correo, teléfono ni empresa; importada como «{name}», su página web</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="408"/>
        <source>no name, e-mail, phone or company; imported as &apos;{name}&apos;, its address</source>
        <translation>sin nombre, correo, teléfono ni empresa; importada como «{name}», su dirección</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="411"/>
        <source>no name, e-mail, phone or company; imported as &apos;{name}&apos;, its job title</source>
        <translation>sin nombre, correo, teléfono ni empresa; importada como «{name}», su cargo</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="544"/>
        <source>cannot read the file: {error}</source>
        <translation>no se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="574"/>
        <source>{name}: who introduced them is neither in the import nor among your contacts; &apos;met through&apos; left empty</source>
        <translation>{name}: quien te lo presentó no está en la importación ni entre tus contactos; «nos conocimos a través de» queda vacío</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="839"/>
        <source>UID {uid} is also on line {line} ({name}), another person by name, e-mail and phone; imported as a contact of its own</source>
        <translation>el UID {uid} también está en la línea {line} ({name}), otra persona por nombre, correo y teléfono; importado como un contacto aparte</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="844"/>
        <source>UID {uid} is also on {file}, line {line} ({name}), another person by name, e-mail and phone; imported as a contact of its own</source>
        <translation>el UID {uid} también está en {file}, línea {line} ({name}), otra persona por nombre, correo y teléfono; importado como un contacto aparte</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="850"/>
        <source>UID {uid} is your contact {name}&apos;s, another person by name, e-mail and phone; imported as a contact of its own</source>
        <translation>el UID {uid} es el de tu contacto {name}, otra persona por nombre, correo y teléfono; importado como un contacto aparte</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="1021"/>
        <source>the same person as line {line}; merged into one contact</source>
        <translation>la misma persona que la línea {line}; unidas en un contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="1024"/>
        <source>the same person as line {line}; merged into one contact (kept the first card&apos;s {fields})</source>
        <translation>la misma persona que la línea {line}; unidas en un contacto (se conservó {fields} de la primera tarjeta)</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="1028"/>
        <source>the same person as {file}, line {line}; merged into one contact</source>
        <translation>la misma persona que {file}, línea {line}; unidas en un contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="1031"/>
        <source>the same person as {file}, line {line}; merged into one contact (kept the first card&apos;s {fields})</source>
        <translation>la misma persona que {file}, línea {line}; unidas en un contacto (se conservó {fields} de la primera tarjeta)</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="1095"/>
        <source>photo dropped: {width} × {height} pixels is too large to use</source>
        <translation>foto descartada: {width} × {height} píxeles es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="1098"/>
        <source>photo dropped: it would take too much memory to open</source>
        <translation>foto descartada: abrirla ocuparía demasiada memoria</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/importing.py" line="1101"/>
        <source>photo dropped: not an image netdesk can read</source>
        <translation>foto descartada: no es una imagen que netdesk pueda leer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_flow.py" line="829"/>
        <source>left out: you skipped it</source>
        <translation>no incluido: lo omitiste</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/odd_values.py" line="56"/>
        <source>{property}: {value} is not an e-mail address; kept as the field &apos;E-mail (as written)&apos;</source>
        <translation>{property}: {value} no es una dirección de correo; se conserva como el campo &apos;E-mail (as written)&apos;</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/odd_values.py" line="60"/>
        <source>{property}: {value} is not a phone number (no digits); kept as written</source>
        <translation>{property}: {value} no es un número de teléfono (no tiene dígitos); se conserva tal cual</translation>
    </message>
    <message>
        <location filename="../../netdesk/interop/odd_values.py" line="64"/>
        <source>{property}: {value} is not a link to a web page; kept as the field &apos;Web page (as written)&apos;, not as a link</source>
        <translation>{property}: {value} no es un enlace a una página web; se conserva como el campo &apos;Web page (as written)&apos;, no como enlace</translation>
    </message>
    <message>
        <location filename="../../netdesk/core/import_problems.py" line="19"/>
        <source>and {count} more like the previous one, from here to {last}, line {last_line}; not listed one by one</source>
        <translation>y {count} más como el anterior, desde aquí hasta {last}, línea {last_line}; no se listan uno a uno</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="553"/>
        <location filename="../../netdesk/ui/tray.py" line="631"/>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="553"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente</numerusform>
            <numerusform>%Ln seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="559"/>
        <source>Reminders paused until %1</source>
        <translation>Recordatorios en pausa hasta %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="569"/>
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="619"/>
        <source>Act on a due item</source>
        <translation>Atender un pendiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="629"/>
        <source>%Ln more…</source>
        <translation>
            <numerusform>%Ln más…</numerusform>
            <numerusform>%Ln más…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="633"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="634"/>
        <source>Log an interaction…</source>
        <translation>Registrar una interacción…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="635"/>
        <source>Open netdesk</source>
        <translation>Abrir netdesk</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="638"/>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="640"/>
        <source>Pause reminders for 1 hour</source>
        <translation>Pausar recordatorios durante 1 hora</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="645"/>
        <source>Pause reminders until tomorrow</source>
        <translation>Pausar recordatorios hasta mañana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="650"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="725"/>
        <location filename="../../netdesk/ui/tray.py" line="754"/>
        <location filename="../../netdesk/ui/tray.py" line="960"/>
        <source>%1&apos;s birthday</source>
        <translation>Cumpleaños de %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="727"/>
        <source>Turns %1 today.</source>
        <translation>Hoy cumple %1 años.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="729"/>
        <location filename="../../netdesk/ui/tray.py" line="769"/>
        <source>Birthday today.</source>
        <translation>Hoy es su cumpleaños.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="733"/>
        <location filename="../../netdesk/ui/tray.py" line="752"/>
        <location filename="../../netdesk/ui/tray.py" line="961"/>
        <source>%1&apos;s anniversary</source>
        <translation>Aniversario de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="735"/>
        <source>%Ln year(s) today.</source>
        <translation>
            <numerusform>Hoy hace %Ln año.</numerusform>
            <numerusform>Hoy hace %Ln años.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="737"/>
        <location filename="../../netdesk/ui/tray.py" line="769"/>
        <source>Anniversary today.</source>
        <translation>Aniversario hoy.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="742"/>
        <source>Follow up</source>
        <translation>Hacer seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="758"/>
        <source>Turned %1 yesterday.</source>
        <translation>Cumplió %1 ayer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="759"/>
        <source>Turned %1 on %2.</source>
        <translation>Cumplió %1 el %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="761"/>
        <source>Was yesterday.</source>
        <translation>Fue ayer.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="762"/>
        <source>Was on %1.</source>
        <translation>Fue el %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="791"/>
        <source>%Ln follow-up(s) became due while netdesk was closed</source>
        <translation>
            <numerusform>%Ln seguimiento venció mientras netdesk estaba cerrado</numerusform>
            <numerusform>%Ln seguimientos vencieron mientras netdesk estaba cerrado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="809"/>
        <source>%Ln reminder(s) due</source>
        <translation>
            <numerusform>%Ln recordatorio pendiente</numerusform>
            <numerusform>%Ln recordatorios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/tray.py" line="856"/>
        <source>The daily backup failed</source>
        <translation>Falló la copia de seguridad diaria</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="276"/>
        <source>Done…</source>
        <translation>Hecho…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="279"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="284"/>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="411"/>
        <source>Show %Ln more</source>
        <translation>
            <numerusform>Mostrar %Ln más</numerusform>
            <numerusform>Mostrar %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="412"/>
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
        <location filename="../../netdesk/ui/today_view.py" line="574"/>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="574"/>
        <source>Nothing overdue.</source>
        <translation>Nada atrasado.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="575"/>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="575"/>
        <location filename="../../netdesk/ui/today_view.py" line="1012"/>
        <source>Nothing else due today.</source>
        <translation>Nada más para hoy.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="576"/>
        <source>Later today</source>
        <translation>Más tarde hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="577"/>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="577"/>
        <source>Nothing in the next 7 days.</source>
        <translation>Nada en los próximos 7 días.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="578"/>
        <source>Birthdays and anniversaries</source>
        <translation>Cumpleaños y aniversarios</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="578"/>
        <source>None this week.</source>
        <translation>Ninguno esta semana.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="580"/>
        <source>Worth reviving</source>
        <translation>Vale la pena retomar</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="581"/>
        <source>No one important has gone quiet.</source>
        <translation>Nadie importante se ha quedado en silencio.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="595"/>
        <source>Snooze all</source>
        <translation>Posponer todo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="596"/>
        <source>Put off every overdue follow-up (one undo)</source>
        <translation>Aplaza todos los seguimientos vencidos (se deshace de una vez)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1075"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="975"/>
        <source>All caught up.</source>
        <translation>Todo al día.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="975"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente</numerusform>
            <numerusform>%Ln seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1008"/>
        <source>Nothing else due yet.</source>
        <translation>Nada más pendiente por ahora.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1008"/>
        <source>Nothing due yet.</source>
        <translation>Nada pendiente todavía.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1014"/>
        <source>Nothing due today.</source>
        <translation>Nada pendiente para hoy.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1041"/>
        <source>%1 — last talked %2</source>
        <translation>%1 — última conversación %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1168"/>
        <source>Log…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1168"/>
        <source>Log an interaction</source>
        <translation>Registrar una interacción</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1224"/>
        <source>Not snoozed</source>
        <translation>No pospuesto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1238"/>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1240"/>
        <source>Give a contact a rhythm on their card, under Keep in touch (every 2 weeks … every year), or several at once with Contact &gt; Set cadence… (Ctrl+K).

A tag can give all its contacts one: Contact &gt; Manage tags… (Ctrl+Shift+G).

Today then lists whoever is due for a call or a message.</source>
        <translation>Da a un contacto un ritmo en su ficha, en Mantener el contacto (cada 2 semanas … cada año), o a varios a la vez con Contacto &gt; Fijar frecuencia… (Ctrl+K).

Una etiqueta puede darles uno a todos sus contactos: Contacto &gt; Gestionar etiquetas… (Ctrl+Shift+G).

Hoy mostrará entonces a quién toca llamar o escribir.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1139"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="548"/>
        <source>Nothing comes due by itself until someone has a keep-in-touch rhythm.</source>
        <translation>Nada vence por sí solo hasta que alguien tenga un ritmo para mantener el contacto.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="550"/>
        <source>How to set one</source>
        <translation>Cómo fijarlo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1141"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1149"/>
        <source>%1 turned %2</source>
        <translation>%1 cumplió %2</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1151"/>
        <source>%1 turns %2</source>
        <translation>%1 cumple %2 años</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1153"/>
        <source>%1&apos;s birthday</source>
        <translation>Cumpleaños de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="1155"/>
        <source>%1&apos;s anniversary (%Ln year(s))</source>
        <translation>
            <numerusform>aniversario de %1 (%Ln año)</numerusform>
            <numerusform>aniversario de %1 (%Ln años)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1157"/>
        <source>%1&apos;s anniversary</source>
        <translation>aniversario de %1</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1091"/>
        <location filename="../../netdesk/ui/today_view.py" line="1229"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/today_view.py" line="1229"/>
        <source>Open the contact</source>
        <translation>Abrir el contacto</translation>
    </message>
</context>
<context>
    <name>netdesk</name>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="44"/>
        <source>vCard 3.0 (.vcf): Apple, Google, Android, most apps</source>
        <translation>vCard 3.0 (.vcf): Apple, Google, Android, la mayoría de apps</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="45"/>
        <source>vCard 4.0 (.vcf): the newest (Thunderbird, Nextcloud)</source>
        <translation>vCard 4.0 (.vcf): la más reciente (Thunderbird, Nextcloud)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="46"/>
        <source>CSV, Google Contacts style (.csv)</source>
        <translation>CSV, al estilo de Google Contacts (.csv)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="49"/>
        <source>Every field, with photos and tags, in one file address books read.</source>
        <translation>Todos los campos, con fotos y etiquetas, en un archivo que leen las libretas de direcciones.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/export_dialog.py" line="52"/>
        <source>Every field but photos, a row for each contact, in Google Contacts&apos; columns.</source>
        <translation>Todos los campos salvo las fotos, una fila por contacto, en las columnas de Google Contacts.</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="35"/>
        <location filename="../../netdesk/ui/import_text.py" line="27"/>
        <source>Name prefix</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="31"/>
        <location filename="../../netdesk/ui/import_text.py" line="28"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="32"/>
        <location filename="../../netdesk/ui/import_text.py" line="29"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="33"/>
        <location filename="../../netdesk/ui/import_text.py" line="30"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="36"/>
        <location filename="../../netdesk/ui/import_text.py" line="31"/>
        <source>Name suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="37"/>
        <location filename="../../netdesk/ui/import_text.py" line="32"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="34"/>
        <location filename="../../netdesk/ui/import_text.py" line="33"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="38"/>
        <location filename="../../netdesk/ui/import_text.py" line="34"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="40"/>
        <location filename="../../netdesk/ui/import_text.py" line="35"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="39"/>
        <location filename="../../netdesk/ui/import_text.py" line="36"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="41"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="42"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="43"/>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="44"/>
        <source>Work phone</source>
        <translation>Teléfono del trabajo</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="45"/>
        <source>Home phone</source>
        <translation>Teléfono de casa</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="46"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="47"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="48"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="49"/>
        <source>State / region</source>
        <translation>Provincia / región</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="50"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="51"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="52"/>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="55"/>
        <location filename="../../netdesk/ui/import_text.py" line="37"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="59"/>
        <source>(ignore this column)</source>
        <translation>(ignorar esta columna)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="38"/>
        <source>What they do</source>
        <translation>A qué se dedica</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="39"/>
        <source>Looking for</source>
        <translation>Qué busca</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="40"/>
        <source>Can offer</source>
        <translation>Qué puede ofrecer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="57"/>
        <location filename="../../netdesk/ui/import_text.py" line="41"/>
        <source>Met at</source>
        <translation>Nos conocimos en</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="56"/>
        <location filename="../../netdesk/ui/import_text.py" line="42"/>
        <source>Met on</source>
        <translation>Nos conocimos el</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="44"/>
        <source>Photo link</source>
        <translation>Enlace a la foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="45"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="53"/>
        <location filename="../../netdesk/ui/import_text.py" line="46"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="54"/>
        <location filename="../../netdesk/ui/import_text.py" line="47"/>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="43"/>
        <source>Met through</source>
        <translation>Nos conocimos a través de</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="48"/>
        <source>Keep in touch (days)</source>
        <translation>Mantener el contacto (días)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="49"/>
        <source>vCard UID</source>
        <translation>UID de vCard</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="50"/>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="51"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="52"/>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="53"/>
        <source>Web pages</source>
        <translation>Páginas web</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="54"/>
        <source>Related people</source>
        <translation>Personas relacionadas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="55"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/csv_mapping.py" line="58"/>
        <location filename="../../netdesk/ui/import_text.py" line="56"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/import_text.py" line="57"/>
        <source>Other vCard fields</source>
        <translation>Otros campos vCard</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="67"/>
        <location filename="../../netdesk/ui/tray.py" line="741"/>
        <location filename="../../netdesk/ui/tray.py" line="959"/>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/follow_up_actions.py" line="68"/>
        <source>Follow up</source>
        <translation>Hacer seguimiento</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="120"/>
        <source>Updating your netdesk database for this version… This happens once, and can take a minute for a large address book.</source>
        <translation>Actualizando tu base de datos de netdesk para esta versión… Solo ocurre una vez y puede tardar un minuto con una libreta de direcciones grande.</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="160"/>
        <source>Your database was updated for this version of netdesk; the old one is kept as %1.</source>
        <translation>Tu base de datos se actualizó para esta versión de netdesk; la antigua se guarda como %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="169"/>
        <source>Your database was updated for this version of netdesk without a copy of the old one: the disk had %1 free, the copy and the update needed %2.</source>
        <translation>Tu base de datos se actualizó para esta versión de netdesk sin copia de la antigua: el disco tenía %1 libres y la copia y la actualización necesitaban %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="178"/>
        <source>Your database was updated for this version of netdesk without a copy of the old one: none could be written in %1 (%2).</source>
        <translation>Tu base de datos se actualizó para esta versión de netdesk sin copia de la antigua: no se pudo escribir ninguna en %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="421"/>
        <source>Restored %1. The damaged database was kept as %2.</source>
        <translation>Restaurada %1. La base de datos dañada se guardó como %2.</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="423"/>
        <source>Restored %1.</source>
        <translation>Restaurada %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="574"/>
        <source>--data-dir is empty: give the data folder&apos;s name.</source>
        <translation>--data-dir está vacío: indica el nombre de la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="576"/>
        <source>NETDESK_DATA_DIR is set but empty: give the data folder&apos;s name, or unset it for the usual one. Nothing was read or written.</source>
        <translation>NETDESK_DATA_DIR está definida pero vacía: indica el nombre de la carpeta de datos, o elimínala para usar la habitual. No se leyó ni se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="582"/>
        <source>netdesk cannot start</source>
        <translation>netdesk no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="599"/>
        <source>The details were written to the log:
%1</source>
        <translation>Los detalles se escribieron en el registro:
%1</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="609"/>
        <source>netdesk&apos;s daily backups are in %1.</source>
        <translation>Las copias de seguridad diarias de netdesk están en %1.</translation>
    </message>
    <message>
        <location filename="../../netdesk/app.py" line="616"/>
        <source>netdesk cannot open its database</source>
        <translation>netdesk no puede abrir su base de datos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="35"/>
        <source>Contact list</source>
        <translation>Lista de contactos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="38"/>
        <source>Go from the search field down to the list</source>
        <translation>Bajar del campo de búsqueda a la lista</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="41"/>
        <source>Open the current contact&apos;s card</source>
        <translation>Abrir la ficha del contacto actual</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="42"/>
        <source>Go to the first or the last contact</source>
        <translation>Ir al primer o al último contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="43"/>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="75"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="44"/>
        <source>Select every contact shown</source>
        <translation>Seleccionar todos los contactos mostrados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="46"/>
        <source>Open the menu of the selected contacts</source>
        <translation>Abrir el menú de los contactos seleccionados</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="52"/>
        <source>Contact card</source>
        <translation>Ficha del contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="54"/>
        <source>Save the card</source>
        <translation>Guardar la ficha</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="55"/>
        <source>Back to the list (a valid edit is saved)</source>
        <translation>Volver a la lista (se guarda un cambio válido)</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="56"/>
        <source>Undo in the field, or the last saved change</source>
        <translation>Deshacer en el campo, o el último cambio guardado</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="57"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="61"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="63"/>
        <source>Change the current entry</source>
        <translation>Cambiar la entrada actual</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="65"/>
        <source>Change the current entry, in a contact&apos;s journal</source>
        <translation>Cambiar la entrada actual, en el diario de un contacto</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="68"/>
        <source>Delete the current entry</source>
        <translation>Eliminar la entrada actual</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="70"/>
        <source>Open the current entry&apos;s contact, in everyone&apos;s journal</source>
        <translation>Abrir el contacto de la entrada actual, en el diario de todos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="79"/>
        <source>Manage tags</source>
        <translation>Gestionar etiquetas</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="81"/>
        <source>Rename the selected tag</source>
        <translation>Renombrar la etiqueta seleccionada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="82"/>
        <source>Delete the selected tag</source>
        <translation>Eliminar la etiqueta seleccionada</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="86"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="88"/>
        <source>Move between follow-ups</source>
        <translation>Moverse entre seguimientos</translation>
    </message>
    <message>
        <location filename="../../netdesk/ui/shortcuts_dialog.py" line="90"/>
        <source>Open the follow-up&apos;s contact, or press the focused button</source>
        <translation>Abrir el contacto del seguimiento, o pulsar el botón enfocado</translation>
    </message>
</context>
</TS>
