<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="251"/>
        <source>Merge %Ln contacts into %1</source>
        <translation>
            <numerusform>Merge %Ln contact into %1</numerusform>
            <numerusform>Merge %Ln contacts into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="478"/>
        <source>%Ln others: %1</source>
        <translation>
            <numerusform>%Ln other: %1</numerusform>
            <numerusform>%Ln others: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="983"/>
        <source>%Ln possible duplicate(s).</source>
        <translation>
            <numerusform>%Ln possible duplicate.</numerusform>
            <numerusform>%Ln possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1104"/>
        <source>…and %Ln more (Merge… shows all)</source>
        <translation>
            <numerusform>…and %Ln more (Merge… shows all)</numerusform>
            <numerusform>…and %Ln more (Merge… shows all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="1215"/>
        <source>Forget that you said %Ln pair(s) of contacts are not the same person? They may be proposed as duplicates again.</source>
        <translation>
            <numerusform>Forget that you said %Ln pair of contacts is not the same person? It may be proposed as a duplicate again.</numerusform>
            <numerusform>Forget that you said %Ln pairs of contacts are not the same person? They may be proposed as duplicates again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="79"/>
        <source>The %Ln &amp;selected contact(s)</source>
        <translation>
            <numerusform>The %Ln &amp;selected contact</numerusform>
            <numerusform>The %Ln &amp;selected contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="155"/>
        <source>%Ln contact(s) will be exported, %1 of them archived.</source>
        <translation>
            <numerusform>%Ln contact will be exported, %1 of them archived.</numerusform>
            <numerusform>%Ln contacts will be exported, %1 of them archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="159"/>
        <source>%Ln contact(s) will be exported.</source>
        <translation>
            <numerusform>%Ln contact will be exported.</numerusform>
            <numerusform>%Ln contacts will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/export_dialog.py" line="214"/>
        <source>%Ln contact(s) exported to %1</source>
        <translation>
            <numerusform>%Ln contact exported to %1</numerusform>
            <numerusform>%Ln contacts exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="641"/>
        <location filename="../../netdesk/ui/import_preview.py" line="262"/>
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln new contact</numerusform>
            <numerusform>%Ln new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="642"/>
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln merged</numerusform>
            <numerusform>%Ln merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="643"/>
        <location filename="../../netdesk/ui/import_preview.py" line="264"/>
        <source>%Ln already up to date</source>
        <translation>
            <numerusform>%Ln already up to date</numerusform>
            <numerusform>%Ln already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="649"/>
        <source>%Ln card(s) or file(s) could not be imported.</source>
        <translation>
            <numerusform>%Ln card or file could not be imported.</numerusform>
            <numerusform>%Ln cards or files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="654"/>
        <source>%Ln warning(s): a file, card or value left out, kept as written or combined with another; the details say which, by file and line.</source>
        <translation>
            <numerusform>%Ln warning: a file, card or value left out, kept as written or combined with another; the details say which, by file and line.</numerusform>
            <numerusform>%Ln warnings: a file, card or value left out, kept as written or combined with another; the details say which, by file and line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_flow.py" line="678"/>
        <source>%Ln new contact(s) archived, as the file says: under “Archived”, not in “Imported today”.</source>
        <translation>
            <numerusform>%Ln new contact archived, as the file says: under “Archived”, not in “Imported today”.</numerusform>
            <numerusform>%Ln new contacts archived, as the file says: under “Archived”, not in “Imported today”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="105"/>
        <source>%Ln card(s) combined with another of this import</source>
        <translation>
            <numerusform>%Ln card combined with another of this import</numerusform>
            <numerusform>%Ln cards combined with others of this import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="263"/>
        <source>%Ln to be merged into existing contacts</source>
        <translation>
            <numerusform>%Ln to be merged into existing contacts</numerusform>
            <numerusform>%Ln to be merged into existing contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="265"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="270"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/import_preview.py" line="274"/>
        <source>%Ln field(s) differ from what you have: your values are kept unless you tick the file’s.</source>
        <translation>
            <numerusform>%Ln field differs from what you have: your value is kept unless you tick the file’s.</numerusform>
            <numerusform>%Ln fields differ from what you have: your values are kept unless you tick the file’s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/preferences.py" line="126"/>
        <source>%Ln backups</source>
        <translation>
            <numerusform>%Ln backup</numerusform>
            <numerusform>%Ln backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/preferences.py" line="413"/>
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Every %Ln day</numerusform>
            <numerusform>Every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_basic.py" line="75"/>
        <source>turns %Ln</source>
        <translation>
            <numerusform>turns %Ln</numerusform>
            <numerusform>turns %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="84"/>
        <source>%Ln day(s) late</source>
        <translation>
            <numerusform>%Ln day late</numerusform>
            <numerusform>%Ln days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="86"/>
        <source>%Ln month(s) late</source>
        <translation>
            <numerusform>%Ln month late</numerusform>
            <numerusform>%Ln months late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="87"/>
        <source>%Ln year(s) late</source>
        <translation>
            <numerusform>%Ln year late</numerusform>
            <numerusform>%Ln years late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="453"/>
        <source>Snooze %Ln follow-up(s)</source>
        <translation>
            <numerusform>Snooze %Ln follow-up</numerusform>
            <numerusform>Snooze %Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/card_rhythm.py" line="25"/>
        <source>Every %Ln days</source>
        <translation>
            <numerusform>Every %Ln day</numerusform>
            <numerusform>Every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/card_rhythm.py" line="38"/>
        <source>Keep in touch every %Ln days</source>
        <translation>
            <numerusform>Keep in touch every %Ln day</numerusform>
            <numerusform>Keep in touch every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_card.py" line="790"/>
        <location filename="../../netdesk/ui/journal_view.py" line="593"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="87"/>
        <location filename="../../netdesk/ui/log_dialog.py" line="458"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/card_cadence.py" line="175"/>
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="463"/>
        <location filename="../../netdesk/ui/contact_list.py" line="465"/>
        <source>%Ln+ matches</source>
        <translation>
            <numerusform>%Ln+ match</numerusform>
            <numerusform>%Ln+ matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="466"/>
        <source>Only the best %Ln are listed: type more to narrow the search.</source>
        <translation>
            <numerusform>Only the best one is listed: type more to narrow the search.</numerusform>
            <numerusform>Only the best %Ln are listed: type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="468"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="511"/>
        <source>Only archived contacts are tagged “%1” (%Ln).
Archived contacts are listed under Archived.</source>
        <translation>
            <numerusform>Only an archived contact is tagged “%1” (%Ln).
Archived contacts are listed under Archived.</numerusform>
            <numerusform>Only archived contacts are tagged “%1” (%Ln).
Archived contacts are listed under Archived.</numerusform>
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
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_list.py" line="492"/>
        <source>No contact matches “%1”, but %Ln archived contact(s) do.
Choose Archived above to see them.</source>
        <translation>
            <numerusform>No contact matches “%1”, but %Ln archived contact does.
Choose Archived above to see it.</numerusform>
            <numerusform>No contact matches “%1”, but %Ln archived contacts do.
Choose Archived above to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="741"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln follow-up due</numerusform>
            <numerusform>%Ln follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/main_window.py" line="763"/>
        <source>%Ln contacts selected</source>
        <translation>
            <numerusform>%Ln contact selected</numerusform>
            <numerusform>%Ln contacts selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="122"/>
        <source>Unarchived %Ln contacts.</source>
        <translation>
            <numerusform>Unarchived %Ln contact.</numerusform>
            <numerusform>Unarchived %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="124"/>
        <source>Archived %Ln contacts.</source>
        <translation>
            <numerusform>Archived %Ln contact.</numerusform>
            <numerusform>Archived %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="183"/>
        <source>Deleted %Ln contacts.</source>
        <translation>
            <numerusform>Deleted %Ln contact.</numerusform>
            <numerusform>Deleted %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="36"/>
        <source>Tag %Ln contacts with:</source>
        <translation>
            <numerusform>Tag %Ln contact with:</numerusform>
            <numerusform>Tag %Ln contacts with:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="205"/>
        <source>Tagged %Ln contacts; the others already had the tag.</source>
        <translation>
            <numerusform>Tagged %Ln contact; the others already had the tag.</numerusform>
            <numerusform>Tagged %Ln contacts; the others already had the tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="206"/>
        <source>Tagged %Ln contacts.</source>
        <translation>
            <numerusform>Tagged %Ln contact.</numerusform>
            <numerusform>Tagged %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="208"/>
        <source>Untagged %Ln contacts; the others did not have the tag.</source>
        <translation>
            <numerusform>Untagged %Ln contact; the others did not have the tag.</numerusform>
            <numerusform>Untagged %Ln contacts; the others did not have the tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="209"/>
        <source>Untagged %Ln contacts.</source>
        <translation>
            <numerusform>Untagged %Ln contact.</numerusform>
            <numerusform>Untagged %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="279"/>
        <source>Keep in touch with %Ln contacts:</source>
        <translation>
            <numerusform>Keep in touch with %Ln contact:</numerusform>
            <numerusform>Keep in touch with %Ln contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="308"/>
        <source>Cadence set for %Ln contacts; the others had it already.</source>
        <translation>
            <numerusform>Cadence set for %Ln contact; the others had it already.</numerusform>
            <numerusform>Cadence set for %Ln contacts; the others had it already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/contact_actions.py" line="309"/>
        <source>Cadence set for %Ln contacts.</source>
        <translation>
            <numerusform>Cadence set for %Ln contact.</numerusform>
            <numerusform>Cadence set for %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="290"/>
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="292"/>
        <source>%Ln weeks ago</source>
        <translation>
            <numerusform>%Ln week ago</numerusform>
            <numerusform>%Ln weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="294"/>
        <source>%Ln months ago</source>
        <translation>
            <numerusform>%Ln month ago</numerusform>
            <numerusform>%Ln months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="295"/>
        <source>%Ln years ago</source>
        <translation>
            <numerusform>%Ln year ago</numerusform>
            <numerusform>%Ln years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="309"/>
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="311"/>
        <source>in %Ln weeks</source>
        <translation>
            <numerusform>in %Ln week</numerusform>
            <numerusform>in %Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="313"/>
        <source>in %Ln months</source>
        <translation>
            <numerusform>in %Ln month</numerusform>
            <numerusform>in %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/widgets.py" line="314"/>
        <source>in %Ln years</source>
        <translation>
            <numerusform>in %Ln year</numerusform>
            <numerusform>in %Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="401"/>
        <source>Archive %Ln contacts</source>
        <translation>
            <numerusform>Archive %Ln contact</numerusform>
            <numerusform>Archive %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="404"/>
        <source>Unarchive %Ln contacts</source>
        <translation>
            <numerusform>Unarchive %Ln contact</numerusform>
            <numerusform>Unarchive %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="435"/>
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="477"/>
        <source>Add tag “%2” to %Ln contacts</source>
        <translation>
            <numerusform>Add tag “%2” to %Ln contact</numerusform>
            <numerusform>Add tag “%2” to %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="480"/>
        <source>Remove tag “%2” from %Ln contacts</source>
        <translation>
            <numerusform>Remove tag “%2” from %Ln contact</numerusform>
            <numerusform>Remove tag “%2” from %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="531"/>
        <source>All %Ln contacts already have the tag “%1”.</source>
        <translation>
            <numerusform>The contact already has the tag “%1”.</numerusform>
            <numerusform>All %Ln contacts already have the tag “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="533"/>
        <source>None of the %Ln contacts has the tag “%1”.</source>
        <translation>
            <numerusform>The contact does not have the tag “%1”.</numerusform>
            <numerusform>None of the %Ln contacts has the tag “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="546"/>
        <location filename="../../netdesk/ui/undo.py" line="581"/>
        <source>Set cadence of %Ln contacts</source>
        <translation>
            <numerusform>Set cadence of %Ln contact</numerusform>
            <numerusform>Set cadence of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/undo.py" line="590"/>
        <source>All %Ln contacts already keep in touch at that cadence.</source>
        <translation>
            <numerusform>%Ln contact already keeps in touch at that cadence.</numerusform>
            <numerusform>All %Ln contacts already keep in touch at that cadence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/duplicates_dialog.py" line="109"/>
        <location filename="../../netdesk/ui/merge_dialog.py" line="117"/>
        <location filename="../../netdesk/ui/merge_group_dialog.py" line="242"/>
        <location filename="../../netdesk/ui/restore_dialog.py" line="719"/>
        <source>%Ln journal entries</source>
        <translation>
            <numerusform>%Ln journal entry</numerusform>
            <numerusform>%Ln journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/journal_edit.py" line="44"/>
        <source>Log interaction — %Ln contacts</source>
        <translation>
            <numerusform>Log interaction — %Ln contact</numerusform>
            <numerusform>Log interaction — %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/log_dialog.py" line="76"/>
        <source>%1, %2 and %Ln more</source>
        <translation>
            <numerusform>%1, %2 and %Ln more</numerusform>
            <numerusform>%1, %2 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tags_dialog.py" line="579"/>
        <source>%Ln contacts (%1 of them archived)</source>
        <translation>
            <numerusform>%Ln contact (%1 of them archived)</numerusform>
            <numerusform>%Ln contacts (%1 of them archived)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/card_leaving.py" line="33"/>
        <source>%1 (and %Ln more shown on the card)</source>
        <translation>
            <numerusform>%1 (and %Ln more shown on the card)</numerusform>
            <numerusform>%1 (and %Ln more shown on the card)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/follow_up_panel.py" line="204"/>
        <source>Show %Ln more</source>
        <translation>
            <numerusform>Show %Ln more</numerusform>
            <numerusform>Show %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/follow_up_panel.py" line="205"/>
        <source>%Ln not shown</source>
        <translation>
            <numerusform>%Ln not shown</numerusform>
            <numerusform>%Ln not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="553"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln follow-up due</numerusform>
            <numerusform>%Ln follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="569"/>
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln due</numerusform>
            <numerusform>%Ln due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="629"/>
        <source>%Ln more…</source>
        <translation>
            <numerusform>%Ln more…</numerusform>
            <numerusform>%Ln more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="735"/>
        <source>%Ln year(s) today.</source>
        <translation>
            <numerusform>%Ln year today.</numerusform>
            <numerusform>%Ln years today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="791"/>
        <source>%Ln follow-up(s) became due while netdesk was closed</source>
        <translation>
            <numerusform>%Ln follow-up became due while netdesk was closed</numerusform>
            <numerusform>%Ln follow-ups became due while netdesk was closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/tray.py" line="809"/>
        <source>%Ln reminder(s) due</source>
        <translation>
            <numerusform>%Ln reminder due</numerusform>
            <numerusform>%Ln reminders due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="411"/>
        <source>Show %Ln more</source>
        <translation>
            <numerusform>Show %Ln more</numerusform>
            <numerusform>Show %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="412"/>
        <source>%Ln not shown</source>
        <translation>
            <numerusform>%Ln not shown</numerusform>
            <numerusform>%Ln not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="975"/>
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln follow-up due</numerusform>
            <numerusform>%Ln follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netdesk/ui/today_view.py" line="1155"/>
        <source>%1&apos;s anniversary (%Ln year(s))</source>
        <translation>
            <numerusform>%1&apos;s anniversary (%Ln year)</numerusform>
            <numerusform>%1&apos;s anniversary (%Ln years)</numerusform>
        </translation>
    </message>
</context>
</TS>
