<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="39"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="40"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="41"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="42"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="44"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="45"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="46"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="47"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="48"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="49"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="54"/>
        <source>Search code, title, venue, theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="65"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="68"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="79"/>
        <source>&amp;New activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="81"/>
        <source>Set &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="104"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="118"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="123"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="128"/>
        <source>All administrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="213"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="215"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="217"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/activities.py" line="254"/>
        <source>Set status of %n activity(ies) to {0}</source>
        <translation>
            <numerusform>Set status of %n activity to {0}</numerusform>
            <numerusform>Set status of %n activities to {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="270"/>
        <source>Delete activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="272"/>
        <source>Delete {0} activities ({1}) with their sessions, budget lines, enrolments and attendance? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="275"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="286"/>
        <source>Delete activities {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityBox</name>
    <message>
        <location filename="../../planner/ui/pages/attendance_chooser.py" line="40"/>
        <source>Search an activity by code or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_chooser.py" line="92"/>
        <source>“{0}” matches several activities: type one code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_chooser.py" line="94"/>
        <source>No activity with enrolments has the code “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="85"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="86"/>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="87"/>
        <source>S&amp;eats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="88"/>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="89"/>
        <source>E&amp;nrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="94"/>
        <location filename="../../planner/ui/activity_editor.py" line="116"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="95"/>
        <location filename="../../planner/ui/activity_editor.py" line="118"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="96"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="97"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="99"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="161"/>
        <location filename="../../planner/ui/activity_editor.py" line="162"/>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="163"/>
        <source>Fill in the details, then Create. Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="167"/>
        <source>This activity no longer exists (its creation was undone). Ctrl+Shift+Z redoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="172"/>
        <source>Every change is saved at once. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="234"/>
        <source>Activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="52"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="53"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="54"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="55"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="56"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="57"/>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="58"/>
        <source>Planned in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="86"/>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="101"/>
        <source>No exchange rate for %1 in %2: this line is left out of the totals in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="153"/>
        <location filename="../../planner/ui/editor/details.py" line="105"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="175"/>
        <source>Totals by currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="177"/>
        <source>In %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="182"/>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="182"/>
        <source>Add a budget line (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="186"/>
        <source>De&amp;lete line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="186"/>
        <source>Delete the selected lines (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="217"/>
        <source>%1: planned %2, actual %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="220"/>
        <source>no lines yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="225"/>
        <source>planned %1, actual %2 (at %3 rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="236"/>
        <source>Lines without an exchange rate for %1 (left out of the totals in %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="244"/>
        <source>Lines without an actual amount yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="295"/>
        <source>Change %1 of the budget line “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="316"/>
        <source>Add a budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="337"/>
        <source>Delete budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="338"/>
        <source>Delete the selected budget lines (%1): %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="347"/>
        <source>Delete budget lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="57"/>
        <location filename="../../planner/ui/editor/seats.py" line="33"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="58"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="59"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="60"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="61"/>
        <location filename="../../planner/ui/editor/enrolments.py" line="113"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="62"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="63"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="64"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="65"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="66"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="67"/>
        <source>Hours per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="68"/>
        <source>Title in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="69"/>
        <source>Venue in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="110"/>
        <source>e.g. 6 or 3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="113"/>
        <source>optional: shown in Chinese reports and windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="319"/>
        <location filename="../../planner/ui/editor/max_score.py" line="92"/>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="350"/>
        <source>Sessions outside the new dates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="352"/>
        <source>Attendance marks on them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="354"/>
        <source>Delete those sessions with their attendance and change the dates? (Ctrl+Z brings them back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="357"/>
        <source>Sessions outside the new dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="411"/>
        <source>Create activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="32"/>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="34"/>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="35"/>
        <location filename="../../planner/ui/editor/seats.py" line="33"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="44"/>
        <source>Enrol a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="47"/>
        <source>Search name, native name, ref or administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="67"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="71"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="114"/>
        <source>Pre-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="115"/>
        <source>Post-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="116"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="127"/>
        <source>Enro&amp;l…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="127"/>
        <source>Enrol a participant of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="170"/>
        <source>Enrolments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="172"/>
        <source>(withdrawn: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="193"/>
        <source>Enrol %1</source>
        <comment>{person.ref} {person.name}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/max_score.py" line="24"/>
        <source>Maximum test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/max_score.py" line="33"/>
        <source>none: no normalised gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/max_score.py" line="36"/>
        <source>The most points a test of this activity can give (at most 100). With it, each completer&apos;s normalised gain is (post − pre) / (maximum − pre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="36"/>
        <source>Generate sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="39"/>
        <source>Every weekday (Monday to Friday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="40"/>
        <source>Weekly on chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="50"/>
        <source>Number of weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="53"/>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="65"/>
        <location filename="../../planner/ui/editor/session_dialog.py" line="51"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="77"/>
        <source>&amp;Generate (replaces the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="79"/>
        <source>Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="80"/>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="81"/>
        <source>Starting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="82"/>
        <source>Ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="83"/>
        <location filename="../../planner/ui/editor/session_dialog.py" line="64"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="122"/>
        <source>No sessions fall on those days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="125"/>
        <source>Sessions: %1, from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="33"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="60"/>
        <source>no quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="89"/>
        <source>Type the seats of an administration in its row; Delete removes its quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="94"/>
        <source>Remove &amp;quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="113"/>
        <source>Total seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="130"/>
        <source>Remove the seat quota of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="132"/>
        <source>Set the seats of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="144"/>
        <source>Remove seat quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="145"/>
        <source>Remove the seat quotas of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="158"/>
        <source>Remove the seat quotas of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/session_dialog.py" line="63"/>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="55"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="56"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="57"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="58"/>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="73"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="73"/>
        <source>Add a session (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="75"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="75"/>
        <source>Change the selected session (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="78"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="78"/>
        <source>Remove the selected sessions (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="125"/>
        <source>Sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="152"/>
        <source>The list already holds exactly those sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="154"/>
        <source>Generate sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="161"/>
        <source>Delete attendance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="161"/>
        <source>Delete them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="193"/>
        <source>Add the session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="197"/>
        <source>Add a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="210"/>
        <source>Move the session on %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="214"/>
        <source>Change the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="228"/>
        <source>Delete the session on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="230"/>
        <source>Delete the %1 selected sessions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="232"/>
        <source>Attendance marks deleted with them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="233"/>
        <source>Delete sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="236"/>
        <source>Delete the session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="238"/>
        <source>Delete sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActualDialog</name>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="170"/>
        <source>Enter an actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="172"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="173"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="174"/>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="176"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="177"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../planner/ui/context.py" line="175"/>
        <source>the connection to the server was lost while saving: the change may not have been saved; the window re-reads the server when it answers again</source>
        <extracomment>What a change touches; pages refresh only what they show. the journal number of a change this window made (planner.ui.live skips it) the server could not be reached during an edit (planner.ui.live looks at once) what this user may change (a server&apos;s grants; everything on a file): pages grey out the rest with planner.ui.roles the name recorded with this user&apos;s edits (and attendance marks): on a server the database login, which is what its journal records; on a file the name given in the window, or the system&apos;s user name login -&gt; the person&apos;s name, for showing who did what (a server&apos;s; none on a file) the server is known to be unreachable (planner.ui.live sets it while the window&apos;s banner says so): edits are refused at once, not after the network&apos;s time-out (a silent network held an edit for about 10 s)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/context.py" line="186"/>
        <source>the connection to the server was lost while saving: the server did not save the change; nothing was changed, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/context.py" line="212"/>
        <source>Could not undo or redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="211"/>
        <location filename="../../planner/ui/models/attendance_grid.py" line="223"/>
        <source>Not marked</source>
        <extracomment>The letter each status shows (and the key that sets it), and its cell colour. login -&gt; the person&apos;s name, for who marked (a server&apos;s; none on a file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="221"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="225"/>
        <source>marked {0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="229"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="249"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="249"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="259"/>
        <source>{0} of {1} sessions attended, {2} excused; completion needs {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="270"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="277"/>
        <source>This activity is not delivered yet: attendance and completion are pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="289"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="289"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="289"/>
        <source>Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="292"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="292"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="292"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="297"/>
        <source>{0} of {1} present or late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="106"/>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="107"/>
        <source>Check-in &amp;desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="108"/>
        <source>&amp;Scores and ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="111"/>
        <source>No activity of this plan has enrolments yet: enrol participants first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="117"/>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="144"/>
        <location filename="../../planner/ui/pages/attendance.py" line="349"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="223"/>
        <source>{0} to {1} · {2} sessions · {3} enrolled · completion at {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="254"/>
        <source>Session {0} ({1}): {2} of {3} present or late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="319"/>
        <source>Mark {0}: {1} on {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="321"/>
        <source>no mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/attendance.py" line="325"/>
        <source>Mark %n cell(s)</source>
        <translation>
            <numerusform>Mark %n cell</numerusform>
            <numerusform>Mark %n cells</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="349"/>
        <source>Nobody is left to mark in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="358"/>
        <source>Mark everyone present on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="387"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="400"/>
        <source>Not saved — {0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="186"/>
        <source>Mark whole session &amp;present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="187"/>
        <source>Ctrl+Shift+P: the session of the current column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="191"/>
        <source>P present · L late · E excused · A absent (then the next person) · Space cycles · Delete clears · Enter, arrows and Tab move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="236"/>
        <source>Type a score, or press Enter or F2 to change one; an empty cell has no score. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="251"/>
        <source>Mark whole session present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="253"/>
        <source>{0} participants have no mark yet and {1} are marked late, excused or absent. Mark only the empty cells present, or every cell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="261"/>
        <source>Only the {0} empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="264"/>
        <source>Every cell ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandHeader</name>
    <message>
        <location filename="../../planner/ui/pages/overview_header.py" line="96"/>
        <source>execution {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_header.py" line="110"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_header.py" line="114"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_header.py" line="115"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/overview_header.py" line="167"/>
        <source>%n activity(ies) · {0}</source>
        <translation>
            <numerusform>%n activity · {0}</numerusform>
            <numerusform>%n activities · {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="19"/>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="52"/>
        <source>Freeze a baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="27"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="29"/>
        <source>for example Approved budget 2028</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="43"/>
        <source>Freeze the {0} budget as baseline {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="55"/>
        <source>The budget is frozen as baseline “{0}”. The budget report sets it against the current budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="90"/>
        <source>Search activity, category, description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="101"/>
        <source>Type over a planned or actual amount to change it (for example 1,234.50), or over the line&apos;s payments below; Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="110"/>
        <source>Your role may not change amounts or payments here; the server would refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="113"/>
        <source>&amp;History of the line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="115"/>
        <source>&amp;Freeze baseline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="117"/>
        <source>Freeze a year&apos;s planned budget as a named baseline, to compare with later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="129"/>
        <location filename="../../planner/ui/pages/budget_models.py" line="83"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="130"/>
        <location filename="../../planner/ui/pages/budget_models.py" line="84"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="131"/>
        <source>Variance (actual - planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="136"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="146"/>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="147"/>
        <source>By year and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="148"/>
        <source>Inputs and ceilings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="153"/>
        <source>Payments as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="168"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="209"/>
        <source>Planned (own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="210"/>
        <source>Actual (own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="211"/>
        <location filename="../../planner/ui/pages/budget.py" line="306"/>
        <source>Planned ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="212"/>
        <location filename="../../planner/ui/pages/budget.py" line="307"/>
        <source>Actual ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="213"/>
        <source>Variance ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="229"/>
        <source>⚠ No exchange rate for: {0}. Those lines are left out of every total in {1} until a rate is entered (Reference data ▸ Exchange rates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="236"/>
        <source>Planned and Actual of a line are in the line&apos;s own currency (the Currency column); the {0} columns, the matrix and the inputs are in {0}, converted at each year&apos;s rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="248"/>
        <source>⚠ Over the ceiling (actual + committed above the envelope): {0}. See Inputs and ceilings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="260"/>
        <location filename="../../planner/ui/pages/budget_models.py" line="80"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="262"/>
        <location filename="../../planner/ui/pages/budget.py" line="283"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="303"/>
        <location filename="../../planner/ui/pages/budget_models.py" line="79"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="304"/>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="305"/>
        <source>Envelope ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="308"/>
        <source>Committed ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="309"/>
        <source>Remaining ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="310"/>
        <source>Absorption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="311"/>
        <source>Unprogrammed ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="331"/>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="333"/>
        <source>{0} ⚠ over ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="341"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="376"/>
        <source>a planned amount is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="378"/>
        <location filename="../../planner/ui/pages/budget.py" line="389"/>
        <location filename="../../planner/ui/pages/budget.py" line="396"/>
        <location filename="../../planner/ui/pages/budget.py" line="400"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="383"/>
        <source>Change {0} amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="78"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="81"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="82"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="85"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="86"/>
        <source>Planned (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="87"/>
        <source>Actual (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="88"/>
        <source>Variance (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="89"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../planner/ui/pages/overview_cards.py" line="222"/>
        <source>Planned cost: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_cards.py" line="223"/>
        <source>Click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="52"/>
        <source>Type or scan a participant code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="54"/>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="85"/>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="66"/>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="74"/>
        <source>Last check-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="86"/>
        <source>This activity has no sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="100"/>
        <source>{0} of {1} present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="119"/>
        <source>Check in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="138"/>
        <source>✔ Present: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="143"/>
        <source>(imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="145"/>
        <source>at {0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="149"/>
        <source>Already marked {0} {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="154"/>
        <source>✘ Unknown code “{0}”: no participant of this plan has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="158"/>
        <source>✘ {0} is not enrolled in this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="160"/>
        <source>✘ {0} has withdrawn from this activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="159"/>
        <source>Updating…</source>
        <extracomment>Changes closer together than this share one computation. &quot;Updating…&quot; appears only when new figures take longer than this. Emitted whenever new figures are on screen (tests, benchmarks).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="169"/>
        <location filename="../../planner/ui/pages/dashboard.py" line="408"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="170"/>
        <location filename="../../planner/ui/pages/dashboard.py" line="410"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="171"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="172"/>
        <location filename="../../planner/ui/pages/dashboard.py" line="411"/>
        <source>All administrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="173"/>
        <source>One group at a time: a theme, a kind or an administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="183"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="191"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="201"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="207"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="192"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="202"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="208"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="225"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="232"/>
        <source>Actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="193"/>
        <source>Execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="194"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="195"/>
        <source>Completers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="196"/>
        <source>Participant-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="197"/>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="198"/>
        <source>Cost per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="199"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="216"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="239"/>
        <source>Cost per completer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="200"/>
        <source>Cost per participant-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="201"/>
        <source>Learning gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="202"/>
        <source>Normalised gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="203"/>
        <source>Cost per learning-gain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="204"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="205"/>
        <source>Women&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="206"/>
        <source>Cost per completer, trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="211"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="199"/>
        <source>Input and actual cost by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="212"/>
        <source>Cost per completer by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="213"/>
        <source>Cost per completer by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="214"/>
        <source>Cost per completer by administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="215"/>
        <source>Learning gain against cost per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="269"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="383"/>
        <source>Figures not updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/dashboard.py" line="418"/>
        <source>⚠ %n note(s)</source>
        <translation>
            <numerusform>⚠ %n note</numerusform>
            <numerusform>⚠ %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="420"/>
        <source>⚠ over ceiling: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="424"/>
        <source>Notes on the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="430"/>
        <source>Computing the years…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="36"/>
        <source>n/a</source>
        <extracomment>Card key -&gt; (value, unit, detail, tooltip line)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="53"/>
        <source>respondents: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="65"/>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="68"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="69"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="70"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="90"/>
        <source>planned {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="91"/>
        <source>Money spent, cancelled activities included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="93"/>
        <source>participations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="97"/>
        <source>attendance ≥ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="103"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="137"/>
        <source>of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="109"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="111"/>
        <source>Post − pre score, mean over completers with both scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="118"/>
        <source>(post − pre) / (maximum score − pre), mean over completers with both scores in activities that have a maximum score: 1 is all there was to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="125"/>
        <source>actual cost / gain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="127"/>
        <source>Actual cost over the sum of the completers&apos; learning gains (post − pre), counting completers with both scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="133"/>
        <source>/ 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="135"/>
        <source>Mean rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="141"/>
        <source>Inputs are set for the whole plan, year by year, not for a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="143"/>
        <source>plan-level figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="149"/>
        <source>envelopes, all years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="155"/>
        <source>actual cost / input, all years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="162"/>
        <source>envelopes of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="168"/>
        <source>actual cost / input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="184"/>
        <source>Cost per completer against the first year that has completers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="186"/>
        <source>no year to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="187"/>
        <source>{0} against {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="196"/>
        <source>{0}: {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="209"/>
        <source>Execution rate: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="210"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="218"/>
        <source>Click to list the activities of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="217"/>
        <source>Trend: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="222"/>
        <source>Planned and actual cost by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="224"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="231"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="246"/>
        <source>Cost per completer: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="247"/>
        <source>Actual cost: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="248"/>
        <source>Completers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="249"/>
        <source>Click to list these activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="259"/>
        <source>Figures by administration within one theme are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="260"/>
        <source>Figures by theme or administration within one kind are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="261"/>
        <source>Figures by theme within one administration are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="290"/>
        <source>Cost per participant ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="291"/>
        <source>Learning gain (points), by activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="292"/>
        <source>No activity has both a learning gain and a cost per participant yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="301"/>
        <source>Cost per participant: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="304"/>
        <source>Learning gain: {0} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="305"/>
        <source>Click to open the activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../planner/ui/widgets.py" line="60"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets.py" line="61"/>
        <source>Type a date as 2030-09-02, or pick one from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets.py" line="73"/>
        <source>Pick a date from the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvelopesSection</name>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="216"/>
        <source>Amounts in {0}. Type an amount; empty it to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="234"/>
        <source>Total input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="242"/>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="261"/>
        <source>Remove the {0} envelope from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="268"/>
        <source>Set the {0} envelope from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="281"/>
        <source>Envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="282"/>
        <source>Remove the {0} envelope from {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="283"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="64"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="73"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="74"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="76"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="77"/>
        <source>Due since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="84"/>
        <source>Record follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="86"/>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="92"/>
        <source>Completers due for a follow-up, months after the course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="126"/>
        <source>Record a follow-up of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="139"/>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="145"/>
        <source>Import follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="139"/>
        <source>Follow-up lists (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="150"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="40"/>
        <source>History: {0}</source>
        <extracomment>At most this many changes are listed (newest first); filters narrow them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="45"/>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="46"/>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="47"/>
        <source>redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="48"/>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="49"/>
        <source>erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="54"/>
        <source>Code</source>
        <extracomment>the fields&apos; names as the window&apos;s forms call them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="55"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="56"/>
        <location filename="../../planner/ui/history_dialog.py" line="111"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="58"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="59"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="60"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="61"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="62"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="63"/>
        <source>Hours per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="64"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="65"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="66"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="67"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="68"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="69"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="70"/>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="72"/>
        <source>Name in own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="73"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="74"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="75"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="76"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="77"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="78"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="79"/>
        <source>Pre-test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="80"/>
        <source>Post-test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="81"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="82"/>
        <source>Marked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="83"/>
        <source>Marked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="87"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="93"/>
        <source>From</source>
        <extracomment>login -&gt; the person&apos;s name, on a server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="95"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="98"/>
        <location filename="../../planner/ui/history_dialog.py" line="109"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="108"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="110"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="112"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="119"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="120"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="121"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="122"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/history_dialog.py" line="198"/>
        <source>%Ln change(s), newest first</source>
        <translation>
            <numerusform>%Ln change, newest first</numerusform>
            <numerusform>%Ln changes, newest first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="200"/>
        <source>The newest {0} changes; narrow the filters to see older ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="143"/>
        <source>{0}: target {1}, actual {2}, progress {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="150"/>
        <source>No actual value against a target yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="154"/>
        <source>computed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="156"/>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="91"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="91"/>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="94"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="96"/>
        <source>optional: shown in Chinese reports and windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="98"/>
        <source>Name in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="100"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="104"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="106"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="108"/>
        <source>Unit in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="111"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="113"/>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="117"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="118"/>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="121"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="123"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="125"/>
        <source>(entered by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="127"/>
        <source>Computed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="129"/>
        <source>(whole plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="131"/>
        <source>For theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="133"/>
        <source>Plan to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="139"/>
        <source>Target {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/app.py" line="129"/>
        <source>Open a planner database, or create a new one, from the File menu.</source>
        <extracomment>Families that together cover Latin, Vietnamese, Chinese, Thai, Khmer, Myanmar, Lao. the translators load_translations installed (removed before it installs others)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="71"/>
        <source>No database is open. Use File ▸ New database or Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="121"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="123"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="127"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="131"/>
        <source>Connect to a &amp;team database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="133"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="136"/>
        <source>New &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="138"/>
        <source>&amp;Import plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="139"/>
        <source>&amp;Export plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="143"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="145"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="146"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="147"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="149"/>
        <source>Budget (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="150"/>
        <source>Budget (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="151"/>
        <source>Cost-effectiveness (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="152"/>
        <source>Cost-effectiveness (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="153"/>
        <source>Action plan (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="154"/>
        <source>Attendance (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="155"/>
        <source>Attendance (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="156"/>
        <source>Sign-in sheets (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="157"/>
        <source>Certificates (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="158"/>
        <source>Results (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="159"/>
        <source>Results (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="160"/>
        <source>Figures as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="168"/>
        <source>Calendar of sessions (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="173"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="175"/>
        <source>Plan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="204"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="257"/>
        <location filename="../../planner/ui/main_window.py" line="269"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="268"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="283"/>
        <source>Upgraded; the old file was kept as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="329"/>
        <source>This database holds no plan yet. Use File ▸ New plan or File ▸ Import plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="375"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="377"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="385"/>
        <source>&amp;History of the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="388"/>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="415"/>
        <source>The connection to the server was lost: reconnecting… Your saved changes are safe; edits may be refused until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_name.py" line="37"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_name.py" line="38"/>
        <source>The name recorded with your edits in the plan&apos;s history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_name.py" line="47"/>
        <source>A name cannot hold {0}; it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="38"/>
        <source>New planner database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="40"/>
        <source>Planner databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="46"/>
        <source>{0} already exists; choose a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="56"/>
        <source>Open planner database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="58"/>
        <source>Planner databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="69"/>
        <location filename="../../planner/ui/window_actions.py" line="84"/>
        <source>Connect to a team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="71"/>
        <source>The database&apos;s address, for example postgresql://server/planner.
The password comes from your PostgreSQL password file (~/.pgpass) and is never stored by the planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="85"/>
        <source>A team database&apos;s address begins with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="97"/>
        <source>Import a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="99"/>
        <source>Plan files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="113"/>
        <source>Reading and checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="116"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="127"/>
        <source>Replace the plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="129"/>
        <source>A plan of the same name is already in this database. Replace it with the plan from the file? The current plan will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="140"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="146"/>
        <source>Importing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="155"/>
        <source>Export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="157"/>
        <source>Plan files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="172"/>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="174"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="186"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="242"/>
        <source>No activity fits this report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="247"/>
        <source>Which activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="247"/>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="274"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="286"/>
        <source>Gathering the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="295"/>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="299"/>
        <source>Issue the certificates of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="305"/>
        <source>Report written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="307"/>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="315"/>
        <source>Save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="332"/>
        <source>Calendar written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="334"/>
        <source>Writing the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="144"/>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="147"/>
        <source>Keep which record? The other one is merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="165"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../../planner/ui/nomination_widgets.py" line="81"/>
        <source>Nominate {0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_widgets.py" line="85"/>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_widgets.py" line="86"/>
        <source>As:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominationImportDialog</name>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="26"/>
        <location filename="../../planner/ui/nominations_dialog.py" line="112"/>
        <location filename="../../planner/ui/nominations_dialog.py" line="115"/>
        <location filename="../../planner/ui/nominations_dialog.py" line="120"/>
        <source>Line</source>
        <extracomment>Rows of the file shown in the preview (all rows are checked).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="28"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="51"/>
        <source>No administration goes over its quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="55"/>
        <source>Problems ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="56"/>
        <source>Look-alikes ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="57"/>
        <source>Seats ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="80"/>
        <source>⚠ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="86"/>
        <source>already enrolled: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="88"/>
        <source>in the directory: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="91"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="107"/>
        <source>1 problem on line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="109"/>
        <source>{0} problems on {1} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="114"/>
        <source>: correct the file (or the columns) and choose it again. Nothing is imported while there are problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="121"/>
        <source>{0} rows are good: {1} new people, {2} already in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="124"/>
        <source>Some look like someone else: see Look-alikes ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="128"/>
        <source>Some administrations go over their quota: see Seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="77"/>
        <source>Import a nomination list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="90"/>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="91"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="93"/>
        <source>No activity: add to the directory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="104"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="105"/>
        <source>Nominate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="106"/>
        <source>As:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="115"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="115"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="120"/>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="120"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="131"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="132"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="133"/>
        <source>Look-alikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="134"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="142"/>
        <location filename="../../planner/ui/nominations_dialog.py" line="319"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="162"/>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="163"/>
        <source>Name (Latin) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="164"/>
        <source>Native-script name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="165"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="166"/>
        <source>Administration *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="167"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="168"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="183"/>
        <source>Which column holds what (* required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="221"/>
        <source>Internal error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="227"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="242"/>
        <source>Choose a nomination list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="244"/>
        <source>Nomination lists (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="256"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="266"/>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="268"/>
        <source>column {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="272"/>
        <source>{0}: {1} rows; the header row is line {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="285"/>
        <source>Refused, nothing was imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/nominations_dialog.py" line="298"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Checking %Ln row…</numerusform>
            <numerusform>Checking %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/nominations_dialog.py" line="319"/>
        <source>&amp;Import %Ln row(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln row</numerusform>
            <numerusform>&amp;Import %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="344"/>
        <source>Import nomination list {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="360"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/overview_model.py" line="159"/>
        <source>{0} {1}: %n activity(ies)</source>
        <extracomment>Status -&gt; (fill, text on the fill). Chosen to read on light and dark palettes.</extracomment>
        <translation>
            <numerusform>{0} {1}: %n activity</numerusform>
            <numerusform>{0} {1}: %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_model.py" line="182"/>
        <source>{0}
Planned: {1}
Input (envelopes): {2}
Actual: {3}
Execution rate (actual / input): {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_model.py" line="192"/>
        <source>
⚠ Some budget lines of {0} have no exchange rate: they are left out of the planned and actual costs (see Reference data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../planner/ui/pages/overview.py" line="57"/>
        <source>This plan has no themes yet: add them under Reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview.py" line="71"/>
        <source>Plan overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview.py" line="94"/>
        <source>Amounts in {0}. Each year: planned cost, input (envelopes), actual cost and execution rate (actual / input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview.py" line="104"/>
        <source> (and {0} more: see the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="82"/>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="83"/>
        <source>&amp;Nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="94"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="118"/>
        <source>All administrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="142"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="142"/>
        <location filename="../../planner/ui/pages/participants.py" line="259"/>
        <source>{0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="144"/>
        <source>{0} of {1} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="162"/>
        <source>The plan has no activities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="179"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="188"/>
        <source>New person {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="232"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="234"/>
        <source>Erase the name, position and e-mail of {0} ({1}) from the plan and from its history? Their attendance and scores stay, as those of &quot;a person (erased)&quot;. This cannot be undone. Backups and files exported earlier still hold the data: delete them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="239"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="257"/>
        <source>Delete people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="258"/>
        <source>Delete {0} ({1})? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="262"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="271"/>
        <source>Delete {0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="282"/>
        <location filename="../../planner/ui/pages/participants.py" line="294"/>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="283"/>
        <source>Select the two records of the same person (Ctrl+click), then Merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="318"/>
        <source>Nominate {0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="328"/>
        <source>Over quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="329"/>
        <source>Now over quota: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/participants.py" line="349"/>
        <source>Set %n nomination(s) to {0}</source>
        <translation>
            <numerusform>Set %n nomination to {0}</numerusform>
            <numerusform>Set %n nominations to {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="363"/>
        <source>Remove from the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="365"/>
        <source>Remove {0} people from this activity? Withdrawing keeps the record; removing deletes it. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="368"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="378"/>
        <source>Remove {0} people from the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="62"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="62"/>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="66"/>
        <source>⚠ no quota: {0} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="68"/>
        <source>⚠ over quota by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="70"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="72"/>
        <source>{0} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="92"/>
        <source>{0} seats; {1} filled ({2} confirmed, {3} nominated); {4} withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="101"/>
        <source>⚠ Over quota: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="35"/>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="133"/>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="36"/>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="134"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="37"/>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="135"/>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="38"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="39"/>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="117"/>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="136"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="40"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="41"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="42"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="47"/>
        <source>Search name, native name, e-mail, ref…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="81"/>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="82"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="83"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="84"/>
        <source>&amp;Merge two…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="85"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="86"/>
        <source>E&amp;rase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="87"/>
        <source>N&amp;ominate to activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="88"/>
        <source>&amp;Import nomination list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="116"/>
        <source>Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="118"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="119"/>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="120"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="121"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="122"/>
        <source>Seats filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="123"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="137"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="144"/>
        <source>Search the nominees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="149"/>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="151"/>
        <source>Import nomination list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="156"/>
        <source>Set the selected to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="162"/>
        <source>Remove from activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="171"/>
        <source>Seats per administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="104"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="105"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="106"/>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="107"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="108"/>
        <source>Booked rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="127"/>
        <source>Add &amp;payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="127"/>
        <source>Add a payment to the line (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="130"/>
        <source>Delete payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="130"/>
        <source>Delete the current payment (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="137"/>
        <source>&amp;Import payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="139"/>
        <source>Record the payments of a finance system&apos;s CSV or XLSX file, all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="179"/>
        <source>Payments: choose a budget line above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="183"/>
        <source>Payments of {0}: {1}, total {2} {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="184"/>
        <source>the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="199"/>
        <location filename="../../planner/ui/payments_panel.py" line="276"/>
        <location filename="../../planner/ui/payments_panel.py" line="279"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="210"/>
        <source>Negative actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="222"/>
        <source>an amount is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="236"/>
        <source>The line&apos;s actual would be {0} {1}, below zero: refunds would exceed what was paid. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="248"/>
        <source>Not saved: {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="262"/>
        <source>Not saved: the line&apos;s actual would be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="269"/>
        <source>Change the {0} of a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="295"/>
        <source>Add a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="311"/>
        <source>Not deleted: the line&apos;s actual would be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="314"/>
        <source>Delete a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="328"/>
        <location filename="../../planner/ui/payments_panel.py" line="353"/>
        <source>Import payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="330"/>
        <source>Payments files (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="337"/>
        <source>Import payments from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="342"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/payments_panel.py" line="344"/>
        <source>Recorded %n payment(s) from {0}.</source>
        <translation>
            <numerusform>Recorded %n payment from {0}.</numerusform>
            <numerusform>Recorded %n payments from {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="347"/>
        <source>⚠ These lines&apos; actual is now below zero (refunds exceed payments): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="351"/>
        <source>These columns are not a payments file&apos;s and were not read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="67"/>
        <source>Ref (sign-in code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="69"/>
        <source>assigned automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="71"/>
        <source>Name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="73"/>
        <source>Native-script name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="78"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="82"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="84"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="86"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="66"/>
        <source>{0} years</source>
        <extracomment>the optional fields (names in Chinese, the budget report&apos;s reference and sign-off): blank means none the plan&apos;s version the form shows (a save names it: services.versions)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="81"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="82"/>
        <source>Name in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="83"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="84"/>
        <source>Owner in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="85"/>
        <source>First &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="86"/>
        <source>&amp;Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="87"/>
        <source>&amp;Base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="88"/>
        <source>&amp;Completion threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="89"/>
        <source>Budget report reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="90"/>
        <source>Budget report version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="91"/>
        <source>Prepared by (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="92"/>
        <source>Prepared by (title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="93"/>
        <source>Reviewed by (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="94"/>
        <source>Reviewed by (title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="95"/>
        <source>Approved by (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="96"/>
        <source>Approved by (title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="100"/>
        <source>Printed on the budget report&apos;s cover, for example CB/FIN/2028-01; the names and titles sign it at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="106"/>
        <source>Share of a participant&apos;s sessions to attend to complete an activity (more than 0, at most 1; for example 0.80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="138"/>
        <source>Each field is saved when you press Enter or leave it; Escape restores the saved value and Ctrl+Z undoes a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="199"/>
        <source>Change the plan&apos;s {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="220"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="221"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="222"/>
        <source>name in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="223"/>
        <source>owner in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="224"/>
        <source>first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="225"/>
        <source>horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="226"/>
        <source>base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="227"/>
        <source>completion threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="228"/>
        <source>budget report reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="229"/>
        <source>budget report version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="230"/>
        <source>preparer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="231"/>
        <source>preparer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="232"/>
        <source>reviewer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="233"/>
        <source>reviewer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="234"/>
        <source>approver&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="235"/>
        <source>approver&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="37"/>
        <source>Someone like this is already in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="39"/>
        <source>This person looks like:
{0}

If it is the same person, cancel and use the existing record. Save a new record anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="45"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="29"/>
        <source>on track</source>
        <extracomment>A card&apos;s least width and height (pixels): the grid holds as many columns as fit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="30"/>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="31"/>
        <source>off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="32"/>
        <source>no status yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesSection</name>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="41"/>
        <source>Add an exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="41"/>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="47"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="52"/>
        <location filename="../../planner/ui/pages/reference_money.py" line="128"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="54"/>
        <source>1 unit = … {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="56"/>
        <source>for example PBOC central parity rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="57"/>
        <source>Source of the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="60"/>
        <source>Date of the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="94"/>
        <source>&amp;Add a rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="95"/>
        <source>&amp;Source and date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="96"/>
        <source>&amp;Delete rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="108"/>
        <source>1 unit of the currency = rate × {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="115"/>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="149"/>
        <source>Set the {0} rate of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="162"/>
        <source>Delete the {0} rate of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="185"/>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="186"/>
        <source>Delete the {0} rate of {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="187"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="34"/>
        <source>Follow-up of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="36"/>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="37"/>
        <source>Applies what was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="39"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="40"/>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="41"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="42"/>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="45"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="35"/>
        <source>Administrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="36"/>
        <source>Add an administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="37"/>
        <source>Add administration {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="38"/>
        <source>Change administration {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="39"/>
        <source>Delete administration {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="40"/>
        <source>Delete administration {0}? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="48"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="49"/>
        <source>Add a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="50"/>
        <source>Add theme {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="51"/>
        <source>Change theme {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="52"/>
        <source>Delete theme {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="53"/>
        <source>Delete theme {0}? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="61"/>
        <source>Funding sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="62"/>
        <source>Add a funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="63"/>
        <source>Add funding source {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="64"/>
        <source>Change funding source {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="65"/>
        <source>Delete funding source {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="66"/>
        <source>Delete funding source {0}? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="82"/>
        <source>&amp;Plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="83"/>
        <source>Ad&amp;ministrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="84"/>
        <source>&amp;Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="85"/>
        <source>F&amp;unding sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="86"/>
        <source>E&amp;xchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="87"/>
        <source>En&amp;velopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="111"/>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceSection</name>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="40"/>
        <location filename="../../planner/ui/pages/reference_lists.py" line="70"/>
        <source>Code</source>
        <extracomment>the field of each column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="42"/>
        <location filename="../../planner/ui/pages/reference_lists.py" line="70"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="44"/>
        <location filename="../../planner/ui/pages/reference_lists.py" line="70"/>
        <source>Name in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="48"/>
        <source>Country (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="72"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="81"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="82"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="143"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="154"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="40"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="40"/>
        <source>New result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="42"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="44"/>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="45"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="46"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="48"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="49"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="52"/>
        <source>Title in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="54"/>
        <source>optional: shown in Chinese reports and windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="58"/>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="66"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="64"/>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="67"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="47"/>
        <source>The plan&apos;s host country (ISO code), for partner and host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="51"/>
        <source>Host country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="56"/>
        <source>Add result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="57"/>
        <source>Add indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="58"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="59"/>
        <source>Enter actual…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="60"/>
        <location filename="../../planner/ui/pages/results.py" line="304"/>
        <location filename="../../planner/ui/pages/results.py" line="311"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="61"/>
        <source>Follow-ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="75"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="96"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="119"/>
        <source>Plan: {0} ({1} on track, {2} at risk, {3} off track, {4} without status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="121"/>
        <source>Plan: {0} ({1} on track, {2} at risk, {3} off track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="224"/>
        <source>Set the host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="238"/>
        <source>Add a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="248"/>
        <source>Add an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="261"/>
        <source>Change a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="270"/>
        <source>Change an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="283"/>
        <source>Enter an actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="300"/>
        <source>Delete result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="301"/>
        <source>Delete {0} with the results and indicators under it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="306"/>
        <source>Delete a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="309"/>
        <source>Delete indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="310"/>
        <source>Delete {0} with its targets and actuals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="314"/>
        <source>Delete an indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../planner/ui/roles.py" line="27"/>
        <source>planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="28"/>
        <source>finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="29"/>
        <source>trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="30"/>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="43"/>
        <source>Signed in as {0} ({1}): you can mark attendance, scores and certificates; other changes are refused by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="48"/>
        <source>Signed in as {0} ({1}): you can change the plan, activities, sessions, quotas and planned amounts; other changes are refused by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="53"/>
        <source>Signed in as {0} ({1}): you can change payments, actual amounts, exchange rates and envelopes; other changes are refused by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="58"/>
        <source>Signed in as {0} ({1}): you can read the plan and make reports; any change you try is refused by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="63"/>
        <source>Signed in as {0}: changes your login may not make are refused by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="71"/>
        <source>Signed in as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="72"/>
        <source>Signed in as {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="87"/>
        <source>Only the database&apos;s owner may import a plan file: it holds every role&apos;s part of a plan (payments, attendance, ...); the server would refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="99"/>
        <source>Only a planner may change this; the server would refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="101"/>
        <source>Only finance may change this; the server would refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="103"/>
        <source>Only a trainer may change this; the server would refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="45"/>
        <source>Pre-test (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="45"/>
        <source>Post-test (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="47"/>
        <source>Pre-test (0-{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="48"/>
        <source>Post-test (0-{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="50"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="51"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="52"/>
        <source>Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="55"/>
        <source>Rating (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../planner/ui/chart_bars.py" line="55"/>
        <location filename="../../planner/ui/chart_bars.py" line="221"/>
        <location filename="../../planner/ui/chart_scatter.py" line="38"/>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/chart_scale.py" line="34"/>
        <source>billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/chart_scale.py" line="34"/>
        <source>million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/chart_scale.py" line="39"/>
        <source>thousand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/chart_scale.py" line="62"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../planner/ui/conflict.py" line="26"/>
        <source>this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="27"/>
        <source>this budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="28"/>
        <source>this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="29"/>
        <source>this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="30"/>
        <source>this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="45"/>
        <source>Someone else changed {0} after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="47"/>
        <source>{0} changed {1} at {2}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="55"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="61"/>
        <source>Your change was not saved: {0}
Reload shows their change; make yours again if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="66"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="67"/>
        <source>Copy my change and reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="60"/>
        <location filename="../../planner/ui/dialogs.py" line="116"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="64"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="66"/>
        <source>Something went wrong inside the planner (a bug, not your data):
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="136"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="138"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="139"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="143"/>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="146"/>
        <source>{0} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="148"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="152"/>
        <source>Base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="154"/>
        <source>Completion threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../planner/ui/language.py" line="43"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="45"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="68"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="69"/>
        <source>The window will use this language the next time you start the planner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report_language</name>
    <message>
        <location filename="../../planner/ui/report_language.py" line="44"/>
        <source>Report &amp;language</source>
        <extracomment>the choices, as stored; &quot;&quot; is the window&apos;s own language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/report_language.py" line="47"/>
        <source>As the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/report_language.py" line="54"/>
        <source>Chinese with English beneath: certificates, budget and cost-effectiveness PDFs; the other reports are written in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../planner/ui/texts.py" line="13"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="13"/>
        <source>Symposium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="18"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="19"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="20"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="21"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="22"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="27"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="27"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="27"/>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="34"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="35"/>
        <source>Accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="36"/>
        <source>Per diem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="37"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="38"/>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="39"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="40"/>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="41"/>
        <location filename="../../planner/ui/texts.py" line="63"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="47"/>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="48"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="49"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="55"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="56"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="57"/>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="58"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="63"/>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="63"/>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
