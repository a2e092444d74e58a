<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="33"/>
        <location filename="../../planner/ui/dialogs.py" line="90"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="37"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="38"/>
        <source>Something went wrong inside the planner (a bug, not your data):
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="110"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="112"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="113"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="117"/>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="120"/>
        <source>{0} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="122"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="126"/>
        <source>Base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="128"/>
        <source>Completion threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="104"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="105"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="106"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="107"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="109"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="110"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="111"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="112"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="113"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="114"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="119"/>
        <source>Search code, title, venue, theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="130"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="133"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="157"/>
        <source>&amp;New activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="159"/>
        <source>Set &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="179"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="210"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="213"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="215"/>
        <source>All administrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="291"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="292"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="294"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="331"/>
        <source>Set status of {0} activities to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="348"/>
        <source>Delete activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="350"/>
        <source>Delete {0} activities ({1}) with their sessions, budget lines, enrolments and attendance? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="353"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="370"/>
        <source>Delete {0} activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../planner/ui/context.py" line="94"/>
        <source>Could not undo or redo “%1”: %2</source>
        <extracomment>What a change touches; pages refresh only what they show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="195"/>
        <source>Search activity, category, description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="204"/>
        <source>Type over a planned or actual amount to change it (for example 1,234.50); Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="214"/>
        <location filename="../../planner/ui/pages/budget.py" line="322"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="215"/>
        <location filename="../../planner/ui/pages/budget.py" line="323"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="216"/>
        <source>Variance (actual - planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="221"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="231"/>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="232"/>
        <source>By year and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="233"/>
        <source>Inputs and execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="242"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="261"/>
        <source>⚠ No exchange rate for: {0}. Those lines are left out of every total in {1} until a rate is entered (Reference data ▸ Exchange rates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="267"/>
        <source>All amounts in {0}, converted at each year&apos;s rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="279"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="281"/>
        <location filename="../../planner/ui/pages/budget.py" line="302"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="319"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="320"/>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="321"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="324"/>
        <source>Execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="329"/>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="354"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="377"/>
        <source>a planned amount is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="379"/>
        <location filename="../../planner/ui/pages/budget.py" line="393"/>
        <location filename="../../planner/ui/pages/budget.py" line="397"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="386"/>
        <source>Change {0} amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/main_window.py" line="53"/>
        <source>No database is open. Use File ▸ New database or Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="86"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="90"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="93"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="96"/>
        <source>New &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="98"/>
        <source>&amp;Import plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="99"/>
        <source>&amp;Export plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="103"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="104"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="105"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="106"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="108"/>
        <source>Budget (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="109"/>
        <source>Budget (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="110"/>
        <source>Cost-effectiveness (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="111"/>
        <source>Cost-effectiveness (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="112"/>
        <source>Action plan (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="113"/>
        <source>Attendance (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="114"/>
        <source>Attendance (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="115"/>
        <source>Sign-in sheets (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="116"/>
        <source>Certificates (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="117"/>
        <source>Figures as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="124"/>
        <source>Calendar of sessions (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="127"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="129"/>
        <source>Plan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="145"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="176"/>
        <source>New planner database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="178"/>
        <source>Planner databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="184"/>
        <source>{0} already exists; choose a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="193"/>
        <source>Open planner database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="195"/>
        <source>Planner databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="204"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="214"/>
        <source>Upgraded; the old file was kept as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="247"/>
        <source>This database holds no plan yet. Use File ▸ New plan or File ▸ Import plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="279"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="281"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="337"/>
        <source>Import a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="339"/>
        <source>Plan files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="350"/>
        <source>Reading and checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="353"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="362"/>
        <source>Replace the plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="364"/>
        <source>A plan of the same name is already in this database. Replace it with the plan from the file? The current plan will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="375"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="379"/>
        <source>Importing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="390"/>
        <source>Export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="392"/>
        <source>Plan files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="407"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="409"/>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="415"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="464"/>
        <source>No activity fits this report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="467"/>
        <source>Which activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="467"/>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="486"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="495"/>
        <source>Gathering the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="499"/>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="504"/>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="507"/>
        <source>Report written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="515"/>
        <source>Save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="531"/>
        <source>Writing the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="534"/>
        <source>Calendar written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="104"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="105"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="106"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="107"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="108"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="109"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="110"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="111"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="112"/>
        <source>Planned (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="113"/>
        <source>Actual (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="114"/>
        <source>Variance (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="115"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../planner/ui/app.py" line="85"/>
        <source>Open a planner database, or create a new one, from the File menu.</source>
        <extracomment>Families that together cover Latin, Vietnamese, Chinese, Thai, Khmer, Myanmar, Lao.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
