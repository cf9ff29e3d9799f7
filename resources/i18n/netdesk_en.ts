<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="128"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n possible duplicate.</numerusform>
            <numerusform>%n possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="49"/>
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>The %n selected contact</numerusform>
            <numerusform>The %n selected contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="190"/>
        <location filename="../../netdesk/ui/import_preview.py" line="120"/>
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="191"/>
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="192"/>
        <location filename="../../netdesk/ui/import_preview.py" line="122"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="195"/>
        <source>%n card(s) or file(s) could not be imported.</source>
        <translation>
            <numerusform>%n card or file could not be imported.</numerusform>
            <numerusform>%n cards or files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="121"/>
        <source>%n to be merged into existing contacts</source>
        <translation>
            <numerusform>%n to be merged into existing contacts</numerusform>
            <numerusform>%n to be merged into existing contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="123"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="126"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="130"/>
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
        <location filename="../../netdesk/ui/today_view.py" line="47"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="186"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="233"/>
        <source>anniversary (%n year(s))</source>
        <translation>
            <numerusform>anniversary (%n year)</numerusform>
            <numerusform>anniversary (%n years)</numerusform>
        </translation>
    </message>
</context>
</TS>
