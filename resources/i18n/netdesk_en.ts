<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="319"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n possible duplicate.</numerusform>
            <numerusform>%n possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="380"/>
        <source>Forget that you said %n pair(s) of contacts are not the same person? They may be proposed as duplicates again.</source>
        <translation>
            <numerusform>Forget that you said %n pair of contacts are not the same person? They may be proposed as duplicates again.</numerusform>
            <numerusform>Forget that you said %n pairs of contacts are not the same person? They may be proposed as duplicates again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="54"/>
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>The %n selected contact</numerusform>
            <numerusform>The %n selected contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="113"/>
        <source>%n contact(s) exported to %1</source>
        <translation>
            <numerusform>%n contact exported to %1</numerusform>
            <numerusform>%n contacts exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="246"/>
        <location filename="../../netdesk/ui/import_preview.py" line="133"/>
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="247"/>
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="248"/>
        <location filename="../../netdesk/ui/import_preview.py" line="135"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="252"/>
        <source>%n card(s) or file(s) could not be imported.</source>
        <translation>
            <numerusform>%n card or file could not be imported.</numerusform>
            <numerusform>%n cards or files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="255"/>
        <source>%n warning(s): something was left out or two cards were combined.</source>
        <translation>
            <numerusform>%n warning: something was left out or two cards were combined.</numerusform>
            <numerusform>%n warnings: something was left out or two cards were combined.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="134"/>
        <source>%n to be merged into existing contacts</source>
        <translation>
            <numerusform>%n to be merged into existing contacts</numerusform>
            <numerusform>%n to be merged into existing contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="136"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="139"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="143"/>
        <source>%n field(s) differ from what you have: your values are kept unless you tick “Use the file’s value”.</source>
        <translation>
            <numerusform>%n field differ from what you have: your values are kept unless you tick “Use the file’s value”.</numerusform>
            <numerusform>%n fields differ from what you have: your values are kept unless you tick “Use the file’s value”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/preferences.py" line="106"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_basic.py" line="71"/>
        <source>turns %n</source>
        <translation>
            <numerusform>turns %n</numerusform>
            <numerusform>turns %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="50"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="52"/>
        <source>%n month(s) late</source>
        <translation>
            <numerusform>%n month late</numerusform>
            <numerusform>%n months late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="53"/>
        <source>%n year(s) late</source>
        <translation>
            <numerusform>%n year late</numerusform>
            <numerusform>%n years late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_card.py" line="105"/>
        <source>Keep in touch every %n days</source>
        <translation>
            <numerusform>Keep in touch every %n day</numerusform>
            <numerusform>Keep in touch every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_card.py" line="706"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="481"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="483"/>
        <location filename="../../netdesk/ui/drag.py" line="47"/>
        <location filename="../../netdesk/ui/main_window.py" line="812"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="577"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="799"/>
        <source>Unarchived %n contacts.</source>
        <translation>
            <numerusform>Unarchived %n contact.</numerusform>
            <numerusform>Unarchived %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="801"/>
        <source>Archived %n contacts.</source>
        <translation>
            <numerusform>Archived %n contact.</numerusform>
            <numerusform>Archived %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="827"/>
        <source>Deleted %n contacts.</source>
        <translation>
            <numerusform>Deleted %n contact.</numerusform>
            <numerusform>Deleted %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="838"/>
        <source>Tag %n contacts with:</source>
        <translation>
            <numerusform>Tag %n contact with:</numerusform>
            <numerusform>Tag %n contacts with:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="843"/>
        <source>Tagged %n contacts.</source>
        <translation>
            <numerusform>Tagged %n contact.</numerusform>
            <numerusform>Tagged %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="868"/>
        <source>Untagged %n contacts.</source>
        <translation>
            <numerusform>Untagged %n contact.</numerusform>
            <numerusform>Untagged %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="883"/>
        <source>Keep in touch with %n contacts:</source>
        <translation>
            <numerusform>Keep in touch with %n contact:</numerusform>
            <numerusform>Keep in touch with %n contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="899"/>
        <source>Cadence set for %n contacts.</source>
        <translation>
            <numerusform>Cadence set for %n contact.</numerusform>
            <numerusform>Cadence set for %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="98"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="100"/>
        <source>%n weeks ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="102"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="103"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="117"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="119"/>
        <source>in %n weeks</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="120"/>
        <source>in %n months</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="274"/>
        <source>Archive %n contacts</source>
        <translation>
            <numerusform>Archive %n contact</numerusform>
            <numerusform>Archive %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="277"/>
        <source>Unarchive %n contacts</source>
        <translation>
            <numerusform>Unarchive %n contact</numerusform>
            <numerusform>Unarchive %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="309"/>
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="338"/>
        <source>Add tag “%2” to %n contacts</source>
        <translation>
            <numerusform>Add tag “%2” to %n contact</numerusform>
            <numerusform>Add tag “%2” to %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="341"/>
        <source>Remove tag “%2” from %n contacts</source>
        <translation>
            <numerusform>Remove tag “%2” from %n contact</numerusform>
            <numerusform>Remove tag “%2” from %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="377"/>
        <source>Set cadence of %n contacts</source>
        <translation>
            <numerusform>Set cadence of %n contact</numerusform>
            <numerusform>Set cadence of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/merge_dialog.py" line="39"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/restore_dialog.py" line="273"/>
        <source>the backup of %1 (%n contacts)</source>
        <translation>
            <numerusform>the backup of %1 (%n contact)</numerusform>
            <numerusform>the backup of %1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/restore_dialog.py" line="277"/>
        <source>%1 (%n contacts)</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="233"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="243"/>
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="273"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%n more…</numerusform>
            <numerusform>%n more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="371"/>
        <source>%n year(s) today.</source>
        <translation>
            <numerusform>%n year today.</numerusform>
            <numerusform>%n years today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="382"/>
        <source>%n follow-up(s) became due while netdesk was closed</source>
        <translation>
            <numerusform>%n follow-up became due while netdesk was closed</numerusform>
            <numerusform>%n follow-ups became due while netdesk was closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="390"/>
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="174"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="175"/>
        <source>%n not shown</source>
        <translation>
            <numerusform>%n not shown</numerusform>
            <numerusform>%n not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="279"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="333"/>
        <source>%1&apos;s anniversary (%n year(s))</source>
        <translation>
            <numerusform>%1&apos;s anniversary (%n year)</numerusform>
            <numerusform>%1&apos;s anniversary (%n years)</numerusform>
        </translation>
    </message>
</context>
</TS>
