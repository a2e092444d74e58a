<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="39"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="40"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="41"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="42"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="43"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="44"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="45"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="46"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="47"/>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="48"/>
        <source>Planned</source>
        <translation>计划成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="49"/>
        <source>Actual</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="54"/>
        <source>Search code, title, venue, theme…</source>
        <translation>搜索编号、名称、地点、主题…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="65"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="68"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="79"/>
        <source>&amp;New activity…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="81"/>
        <source>Set &amp;status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="104"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="118"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="123"/>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="128"/>
        <source>All administrations</source>
        <translation>全部海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="213"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="215"/>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="217"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/activities.py" line="254"/>
        <source>Set status of %n activity(ies) to {0}</source>
        <translation>
            <numerusform>将 %n 项活动的状态设为“{0}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Set status of {0} activities to {1}</source>
        <translation type="vanished">将 {0} 项活动的状态设为“{1}”</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="270"/>
        <source>Delete activities</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="272"/>
        <source>Delete {0} activities ({1}) with their sessions, budget lines, enrolments and attendance? You can undo this with Ctrl+Z.</source>
        <translation>删除 {0} 项活动（{1}）及其场次、预算明细、报名和考勤记录？可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="275"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/activities.py" line="286"/>
        <source>Delete activities {0}</source>
        <translation>删除活动 {0}</translation>
    </message>
    <message>
        <source>Delete {0} activities</source>
        <translation type="vanished">删除 {0} 项活动</translation>
    </message>
</context>
<context>
    <name>ActivityBox</name>
    <message>
        <location filename="../../planner/ui/pages/attendance_chooser.py" line="40"/>
        <source>Search an activity by code or title…</source>
        <translation>按编号或名称搜索活动…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_chooser.py" line="92"/>
        <source>“{0}” matches several activities: type one code.</source>
        <translation>“{0}”与多项活动匹配：请输入其中一个编号。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_chooser.py" line="94"/>
        <source>No activity with enrolments has the code “{0}”.</source>
        <translation>没有编号为“{0}”且已有报名的活动。</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="85"/>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="86"/>
        <source>&amp;Sessions</source>
        <translation>场次(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="87"/>
        <source>S&amp;eats</source>
        <translation>名额(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="88"/>
        <source>&amp;Budget</source>
        <translation>预算(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="89"/>
        <source>E&amp;nrolments</source>
        <translation>报名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="94"/>
        <location filename="../../planner/ui/activity_editor.py" line="116"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="95"/>
        <location filename="../../planner/ui/activity_editor.py" line="118"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="96"/>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="97"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="99"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="161"/>
        <location filename="../../planner/ui/activity_editor.py" line="162"/>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="163"/>
        <source>Fill in the details, then Create. Escape cancels.</source>
        <translation>填写详情后点击“创建”。按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="167"/>
        <source>This activity no longer exists (its creation was undone). Ctrl+Shift+Z redoes it.</source>
        <translation>此活动已不存在（其创建已被撤销）。按 Ctrl+Shift+Z 可重做。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="172"/>
        <source>Every change is saved at once. Ctrl+Z undoes it.</source>
        <translation>每项修改都会立即保存。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/activity_editor.py" line="234"/>
        <source>Activity %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="52"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="53"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="54"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="55"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="56"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="57"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="58"/>
        <source>Planned in %1</source>
        <translation>计划（%1）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="86"/>
        <source>no rate</source>
        <translation>无汇率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="101"/>
        <source>No exchange rate for %1 in %2: this line is left out of the totals in %3.</source>
        <translation>%2 年没有 %1 的汇率：此明细不计入以 %3 计的合计。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="153"/>
        <location filename="../../planner/ui/editor/details.py" line="105"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="175"/>
        <source>Totals by currency:</source>
        <translation>按币种合计：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="177"/>
        <source>In %1:</source>
        <translation>折合 %1：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="182"/>
        <source>&amp;Add line</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="182"/>
        <source>Add a budget line (Insert)</source>
        <translation>添加预算明细（Insert）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="186"/>
        <source>De&amp;lete line…</source>
        <translation>删除明细(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="186"/>
        <source>Delete the selected lines (Delete)</source>
        <translation>删除所选明细（Delete）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="217"/>
        <source>%1: planned %2, actual %3</source>
        <translation>%1：计划 %2，实际 %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="220"/>
        <source>no lines yet</source>
        <translation>尚无明细</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="225"/>
        <source>planned %1, actual %2 (at %3 rates)</source>
        <translation>计划 %1，实际 %2（按 %3 年汇率）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="236"/>
        <source>Lines without an exchange rate for %1 (left out of the totals in %2): %3</source>
        <translation>缺少 %1 年汇率的明细（不计入以 %2 计的合计）：%3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="244"/>
        <source>Lines without an actual amount yet: %1</source>
        <translation>尚无实际金额的明细：%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="295"/>
        <source>Change %1 of the budget line “%2”</source>
        <translation>修改预算明细“%2”的%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="316"/>
        <source>Add a budget line</source>
        <translation>添加预算明细</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="337"/>
        <source>Delete budget lines</source>
        <translation>删除预算明细</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="338"/>
        <source>Delete the selected budget lines (%1): %2?</source>
        <translation>删除所选预算明细（%1）：%2？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/budget.py" line="347"/>
        <source>Delete budget lines (%1)</source>
        <translation>删除预算明细（%1）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="57"/>
        <location filename="../../planner/ui/editor/seats.py" line="33"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="58"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="59"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="60"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="61"/>
        <location filename="../../planner/ui/editor/enrolments.py" line="113"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="62"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="63"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="64"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="65"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="66"/>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="67"/>
        <source>Hours per session</source>
        <translation>每场学时</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="68"/>
        <source>Title in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="69"/>
        <source>Venue in Chinese</source>
        <translation>中文地点</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="110"/>
        <source>e.g. 6 or 3.5</source>
        <translation>例如 6 或 3.5</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="113"/>
        <source>optional: shown in Chinese reports and windows</source>
        <translation>选填：中文报告和中文界面中显示</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="319"/>
        <location filename="../../planner/ui/editor/max_score.py" line="92"/>
        <source>Change %1 of %2</source>
        <translation>修改 %2 的%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="350"/>
        <source>Sessions outside the new dates: %1.</source>
        <translation>新日期范围以外的场次：%1。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="352"/>
        <source>Attendance marks on them: %1.</source>
        <translation>其中的考勤记录：%1 条。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="354"/>
        <source>Delete those sessions with their attendance and change the dates? (Ctrl+Z brings them back.)</source>
        <translation>删除这些场次及其考勤记录并修改日期？（按 Ctrl+Z 可恢复。）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="357"/>
        <source>Sessions outside the new dates</source>
        <translation>新日期范围以外的场次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/details.py" line="411"/>
        <source>Create activity %1</source>
        <translation>创建活动 %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="32"/>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="33"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="34"/>
        <source>Native name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="35"/>
        <location filename="../../planner/ui/editor/seats.py" line="33"/>
        <source>Administration</source>
        <translation>海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="44"/>
        <source>Enrol a participant</source>
        <translation>为学员报名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="47"/>
        <source>Search name, native name, ref or administration…</source>
        <translation>搜索姓名、本国文字姓名、编号或海关…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="67"/>
        <source>&amp;Enrol</source>
        <translation>报名(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="71"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="114"/>
        <source>Pre-test</source>
        <translation>前测</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="115"/>
        <source>Post-test</source>
        <translation>后测</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="116"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="127"/>
        <source>Enro&amp;l…</source>
        <translation>报名(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="127"/>
        <source>Enrol a participant of the plan</source>
        <translation>为本计划的学员报名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="170"/>
        <source>Enrolments: %1</source>
        <translation>报名人数：%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="172"/>
        <source>(withdrawn: %1)</source>
        <translation>（已退出：%1）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/enrolments.py" line="193"/>
        <source>Enrol %1</source>
        <comment>{person.ref} {person.name}</comment>
        <translation>为 %1 报名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="33"/>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="60"/>
        <source>no quota</source>
        <translation>未设名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="89"/>
        <source>Type the seats of an administration in its row; Delete removes its quota.</source>
        <translation>在海关所在行输入名额；按 Delete 删除其名额。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="94"/>
        <source>Remove &amp;quota…</source>
        <translation>删除名额(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="113"/>
        <source>Total seats: %1</source>
        <translation>名额合计：%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="130"/>
        <source>Remove the seat quota of %1</source>
        <translation>删除 %1 的名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="132"/>
        <source>Set the seats of %1 to %2</source>
        <translation>将 %1 的名额设为 %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="144"/>
        <source>Remove seat quotas</source>
        <translation>删除名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="145"/>
        <source>Remove the seat quotas of %1?</source>
        <translation>删除 %1 的名额？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/seats.py" line="158"/>
        <source>Remove the seat quotas of %1</source>
        <translation>删除 %1 的名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="65"/>
        <location filename="../../planner/ui/editor/session_dialog.py" line="51"/>
        <source>At</source>
        <translation>指定时间</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/session_dialog.py" line="63"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="83"/>
        <location filename="../../planner/ui/editor/session_dialog.py" line="64"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="39"/>
        <source>Every weekday (Monday to Friday)</source>
        <translation>每个工作日（周一至周五）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="40"/>
        <source>Weekly on chosen days</source>
        <translation>每周指定日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="50"/>
        <source>Number of weeks:</source>
        <translation>周数：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="53"/>
        <source>Until:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="77"/>
        <source>&amp;Generate (replaces the list)</source>
        <translation>生成(&amp;G)（替换现有列表）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="79"/>
        <source>Pattern:</source>
        <translation>规律：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="80"/>
        <source>On:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="81"/>
        <source>Starting:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="82"/>
        <source>Ending:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="36"/>
        <source>Generate sessions</source>
        <translation>生成场次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="55"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="56"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="57"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="58"/>
        <source>Marks</source>
        <translation>考勤记录</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="73"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="73"/>
        <source>Add a session (Insert)</source>
        <translation>添加场次（Insert）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="75"/>
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="75"/>
        <source>Change the selected session (F2)</source>
        <translation>修改所选场次（F2）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="78"/>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="78"/>
        <source>Remove the selected sessions (Delete)</source>
        <translation>删除所选场次（Delete）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="125"/>
        <source>Sessions: %1</source>
        <translation>场次：%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="122"/>
        <source>No sessions fall on those days.</source>
        <translation>这些日子里没有场次。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/recurrence.py" line="125"/>
        <source>Sessions: %1, from %2 to %3.</source>
        <translation>场次：%1，自 %2 至 %3。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="152"/>
        <source>The list already holds exactly those sessions.</source>
        <translation>列表中已正好是这些场次。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="154"/>
        <source>Generate sessions (%1)</source>
        <translation>生成场次（%1）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="161"/>
        <source>Delete attendance?</source>
        <translation>删除考勤记录？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="161"/>
        <source>Delete them?</source>
        <translation>删除这些场次？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="193"/>
        <source>Add the session on %1</source>
        <translation>添加 %1 的场次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="197"/>
        <source>Add a session</source>
        <translation>添加场次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="210"/>
        <source>Move the session on %1 to %2</source>
        <translation>将 %1 的场次移至 %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="214"/>
        <source>Change the session</source>
        <translation>修改场次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="228"/>
        <source>Delete the session on %1?</source>
        <translation>删除 %1 的场次？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="230"/>
        <source>Delete the %1 selected sessions?</source>
        <translation>删除所选的 %1 个场次？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="232"/>
        <source>Attendance marks deleted with them: %1.</source>
        <translation>随之删除的考勤记录：%1 条。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="233"/>
        <source>Delete sessions</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="236"/>
        <source>Delete the session on %1</source>
        <translation>删除 %1 的场次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/sessions.py" line="238"/>
        <source>Delete sessions (%1)</source>
        <translation>删除场次（%1）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/max_score.py" line="24"/>
        <source>Maximum test score</source>
        <translation>测试满分</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/max_score.py" line="33"/>
        <source>none: no normalised gain</source>
        <translation>无：不计标准化提升</translation>
    </message>
    <message>
        <location filename="../../planner/ui/editor/max_score.py" line="36"/>
        <source>The most points a test of this activity can give (at most 100). With it, each completer&apos;s normalised gain is (post − pre) / (maximum − pre).</source>
        <translation>本活动测试可得的最高分（不超过 100）。设定后，每名结业学员的标准化提升为（后测 − 前测）/（满分 − 前测）。</translation>
    </message>
</context>
<context>
    <name>ActualDialog</name>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="170"/>
        <source>Enter an actual value</source>
        <translation>录入实际值</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="172"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="173"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="174"/>
        <source>Measured on</source>
        <translation>测量日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="176"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="177"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../planner/ui/context.py" line="175"/>
        <source>the connection to the server was lost while saving: the change may not have been saved; the window re-reads the server when it answers again</source>
        <extracomment>What a change touches; pages refresh only what they show. the journal number of a change this window made (planner.ui.live skips it) the server could not be reached during an edit (planner.ui.live looks at once) what this user may change (a server&apos;s grants; everything on a file): pages grey out the rest with planner.ui.roles the name recorded with this user&apos;s edits (and attendance marks): on a server the database login, which is what its journal records; on a file the name given in the window, or the system&apos;s user name login -&gt; the person&apos;s name, for showing who did what (a server&apos;s; none on a file) the server is known to be unreachable (planner.ui.live sets it while the window&apos;s banner says so): edits are refused at once, not after the network&apos;s time-out (a silent network held an edit for about 10 s)</extracomment>
        <translation>保存时与服务器的连接中断：更改可能没有保存；服务器恢复响应后，窗口会重新读取服务器上的数据</translation>
    </message>
    <message>
        <location filename="../../planner/ui/context.py" line="186"/>
        <source>the connection to the server was lost while saving: the server did not save the change; nothing was changed, try again</source>
        <translation>保存时与服务器的连接中断：服务器没有保存这项更改；未做任何更改，请重试</translation>
    </message>
    <message>
        <location filename="../../planner/ui/context.py" line="212"/>
        <source>Could not undo or redo “%1”: %2</source>
        <translation>无法撤销或重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="211"/>
        <location filename="../../planner/ui/models/attendance_grid.py" line="223"/>
        <source>Not marked</source>
        <extracomment>The letter each status shows (and the key that sets it), and its cell colour. login -&gt; the person&apos;s name, for who marked (a server&apos;s; none on a file)</extracomment>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="221"/>
        <source>session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="225"/>
        <source>marked {0} by {1}</source>
        <translation>{1} 于 {0} 记录</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="229"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="249"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="249"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="259"/>
        <source>{0} of {1} sessions attended, {2} excused; completion needs {3}</source>
        <translation>出席 {0}/{1} 场，请假 {2} 场；结业需达到 {3}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="270"/>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="277"/>
        <source>This activity is not delivered yet: attendance and completion are pending.</source>
        <translation>该活动尚未实施：出勤率和是否结业待定。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="289"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="289"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="289"/>
        <source>Admin.</source>
        <translation>海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="292"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="292"/>
        <source>Rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="292"/>
        <source>Completed</source>
        <translation>结业</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/attendance_grid.py" line="297"/>
        <source>{0} of {1} present or late</source>
        <translation>出席或迟到 {0}/{1}</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Search an activity by code or title…</source>
        <translation type="vanished">按编号或名称搜索活动…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="186"/>
        <source>Mark whole session &amp;present</source>
        <translation>整场标记为出席(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="187"/>
        <source>Ctrl+Shift+P: the session of the current column</source>
        <translation>Ctrl+Shift+P：当前列所在场次</translation>
    </message>
    <message>
        <source>P present · L late · E excused · A absent · Space cycles · Delete clears · arrows and Tab move</source>
        <translation type="vanished">P 出席 · L 迟到 · E 请假 · A 缺席 · 空格键循环切换 · Delete 清除 · 方向键和 Tab 键移动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="106"/>
        <source>&amp;Grid</source>
        <translation>考勤表(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="107"/>
        <source>Check-in &amp;desk</source>
        <translation>签到台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="108"/>
        <source>&amp;Scores and ratings</source>
        <translation>成绩与评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="111"/>
        <source>No activity of this plan has enrolments yet: enrol participants first.</source>
        <translation>本计划尚无任何活动有学员报名：请先为学员报名。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="117"/>
        <source>Activity:</source>
        <translation>活动：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/attendance.py" line="325"/>
        <source>Mark %n cell(s)</source>
        <translation>
            <numerusform>记录 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="236"/>
        <source>Type a score, or press Enter or F2 to change one; an empty cell has no score. Ctrl+Z undoes.</source>
        <translation>输入成绩，或按 Enter 或 F2 修改；空白单元格表示无成绩。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="144"/>
        <location filename="../../planner/ui/pages/attendance.py" line="349"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="223"/>
        <source>{0} to {1} · {2} sessions · {3} enrolled · completion at {4}</source>
        <translation>{0} 至 {1} · {2} 场 · {3} 人报名 · 结业标准 {4}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="254"/>
        <source>Session {0} ({1}): {2} of {3} present or late</source>
        <translation>第 {0} 场（{1}）：出席或迟到 {2}/{3}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="319"/>
        <source>Mark {0}: {1} on {2}</source>
        <translation>记录 {0}：{2} {1}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="321"/>
        <source>no mark</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Mark {0} cells</source>
        <translation type="vanished">记录 {0} 个单元格</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="349"/>
        <source>Nobody is left to mark in this session.</source>
        <translation>本场已无需记录的学员。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="358"/>
        <source>Mark everyone present on {0}</source>
        <translation>将 {0} 全员标记为出席</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="191"/>
        <source>P present · L late · E excused · A absent (then the next person) · Space cycles · Delete clears · Enter, arrows and Tab move</source>
        <translation>P 出席 · L 迟到 · E 请假 · A 缺席（随后转到下一人） · 空格键循环切换 · Delete 清除 · 回车键、方向键和 Tab 键移动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="251"/>
        <source>Mark whole session present</source>
        <translation>整场标记为出席</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="253"/>
        <source>{0} participants have no mark yet and {1} are marked late, excused or absent. Mark only the empty cells present, or every cell?</source>
        <translation>{0} 名学员尚无记录，{1} 名已记为迟到、请假或缺席。仅将空白单元格标记为出席，还是所有单元格？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="261"/>
        <source>Only the {0} empty cells</source>
        <translation>仅 {0} 个空白单元格</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_views.py" line="264"/>
        <source>Every cell ({0})</source>
        <translation>所有单元格（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="387"/>
        <source>{0} of {1}</source>
        <translation>{1}的{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance.py" line="400"/>
        <source>Not saved — {0}, {1}: {2}</source>
        <translation>未保存 — {0}，{1}：{2}</translation>
    </message>
</context>
<context>
    <name>BandHeader</name>
    <message>
        <location filename="../../planner/ui/pages/overview_header.py" line="96"/>
        <source>execution {0}</source>
        <translation>执行率 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_header.py" line="110"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_header.py" line="114"/>
        <source>Input</source>
        <translation>预算额度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_header.py" line="115"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/overview_header.py" line="167"/>
        <source>%n activity(ies) · {0}</source>
        <translation>
            <numerusform>%n 项活动 · {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} activities · {1}</source>
        <translation type="vanished">{0} 项活动 · {1}</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="19"/>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="52"/>
        <source>Freeze a baseline</source>
        <translation>冻结预算基线</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="27"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="29"/>
        <source>for example Approved budget 2028</source>
        <translation>例如 2028 年批准预算</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="30"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="43"/>
        <source>Freeze the {0} budget as baseline {1}</source>
        <translation>将 {0} 年预算冻结为基线 {1}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_baseline.py" line="55"/>
        <source>The budget is frozen as baseline “{0}”. The budget report sets it against the current budget.</source>
        <translation>预算已冻结为基线“{0}”。预算报告将其与当前预算对照。</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="90"/>
        <source>Search activity, category, description…</source>
        <translation>搜索活动、类别、说明…</translation>
    </message>
    <message>
        <source>Type over a planned or actual amount to change it (for example 1,234.50); Ctrl+Z undoes.</source>
        <translation type="vanished">直接输入计划或实际金额即可修改（例如 1,234.50）；按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="113"/>
        <source>&amp;History of the line…</source>
        <translation>本行修改历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="129"/>
        <location filename="../../planner/ui/pages/budget_models.py" line="83"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="78"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="81"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="82"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="130"/>
        <location filename="../../planner/ui/pages/budget_models.py" line="84"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="85"/>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="86"/>
        <source>Planned (base)</source>
        <translation>计划（本位币）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="87"/>
        <source>Actual (base)</source>
        <translation>实际（本位币）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="88"/>
        <source>Variance (base)</source>
        <translation>差异（本位币）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget_models.py" line="89"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="131"/>
        <source>Variance (actual - planned)</source>
        <translation>差异（实际 - 计划）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="136"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="146"/>
        <source>Budget lines</source>
        <translation>预算明细</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="147"/>
        <source>By year and category</source>
        <translation>按年份和类别</translation>
    </message>
    <message>
        <source>Inputs and execution</source>
        <translation type="vanished">预算额度与执行</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="168"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="229"/>
        <source>⚠ No exchange rate for: {0}. Those lines are left out of every total in {1} until a rate is entered (Reference data ▸ Exchange rates).</source>
        <translation>⚠ 缺少汇率：{0}。在录入汇率之前，这些明细不计入任何以 {1} 计的合计（基础数据 ▸ 汇率）。</translation>
    </message>
    <message>
        <source>All amounts in {0}, converted at each year&apos;s rates.</source>
        <translation type="vanished">所有金额均以 {0} 计，按各年度汇率折算。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="260"/>
        <location filename="../../planner/ui/pages/budget_models.py" line="80"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="262"/>
        <location filename="../../planner/ui/pages/budget.py" line="283"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="303"/>
        <location filename="../../planner/ui/pages/budget_models.py" line="79"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="304"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="vanished">预算额度</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation type="vanished">执行率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="101"/>
        <source>Type over a planned or actual amount to change it (for example 1,234.50), or over the line&apos;s payments below; Ctrl+Z undoes.</source>
        <translation>直接输入计划或实际金额即可修改（例如 1,234.50），也可修改下方此明细的付款；Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="110"/>
        <source>Your role may not change amounts or payments here; the server would refuse it.</source>
        <translation>您的角色不能在此修改金额或付款；服务器会拒绝。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="115"/>
        <source>&amp;Freeze baseline…</source>
        <translation>冻结基线(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="117"/>
        <source>Freeze a year&apos;s planned budget as a named baseline, to compare with later</source>
        <translation>将某一年的计划预算冻结为命名基线，供日后对照</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="148"/>
        <source>Inputs and ceilings</source>
        <translation>预算额度与上限</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="153"/>
        <source>Payments as of</source>
        <translation>付款截至</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="209"/>
        <source>Planned (own)</source>
        <translation>计划（原币）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="210"/>
        <source>Actual (own)</source>
        <translation>实际（原币）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="211"/>
        <location filename="../../planner/ui/pages/budget.py" line="306"/>
        <source>Planned ({0})</source>
        <translation>计划（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="212"/>
        <location filename="../../planner/ui/pages/budget.py" line="307"/>
        <source>Actual ({0})</source>
        <translation>实际（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="213"/>
        <source>Variance ({0})</source>
        <translation>差异（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="236"/>
        <source>Planned and Actual of a line are in the line&apos;s own currency (the Currency column); the {0} columns, the matrix and the inputs are in {0}, converted at each year&apos;s rates.</source>
        <translation>明细的计划与实际金额以该明细自身的币种（见“币种”列）计；{0} 列、矩阵和预算额度以 {0} 计，按各年度汇率折算。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="248"/>
        <source>⚠ Over the ceiling (actual + committed above the envelope): {0}. See Inputs and ceilings.</source>
        <translation>⚠ 超出上限（实际 + 已承诺高于预算额度）：{0}。见“预算额度与上限”。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="305"/>
        <source>Envelope ({0})</source>
        <translation>预算额度（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="308"/>
        <source>Committed ({0})</source>
        <translation>已承诺（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="309"/>
        <source>Remaining ({0})</source>
        <translation>剩余（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="310"/>
        <source>Absorption rate</source>
        <translation>资金吸收率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="311"/>
        <source>Unprogrammed ({0})</source>
        <translation>未安排（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="331"/>
        <source>(no source)</source>
        <translation>（无资金来源）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="333"/>
        <source>{0} ⚠ over ceiling</source>
        <translation>{0} ⚠ 超出上限</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="341"/>
        <source>All sources</source>
        <translation>全部资金来源</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="376"/>
        <source>a planned amount is required</source>
        <translation>必须填写计划金额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="378"/>
        <location filename="../../planner/ui/pages/budget.py" line="389"/>
        <location filename="../../planner/ui/pages/budget.py" line="396"/>
        <location filename="../../planner/ui/pages/budget.py" line="400"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/budget.py" line="383"/>
        <source>Change {0} amount</source>
        <translation>修改{0}金额</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../planner/ui/pages/overview_cards.py" line="222"/>
        <source>Planned cost: {0}</source>
        <translation>计划成本：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_cards.py" line="223"/>
        <source>Click or press Enter to open</source>
        <translation>单击或按 Enter 打开</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="52"/>
        <source>Type or scan a participant code, then Enter</source>
        <translation>输入或扫描学员编号，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="54"/>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="85"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="66"/>
        <source>Session:</source>
        <translation>场次：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="74"/>
        <source>Last check-ins:</source>
        <translation>最近签到：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="86"/>
        <source>This activity has no sessions yet.</source>
        <translation>此活动尚无场次。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="100"/>
        <source>{0} of {1} present</source>
        <translation>出席 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="119"/>
        <source>Check in {0}</source>
        <translation>{0} 签到</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="138"/>
        <source>✔ Present: {0}</source>
        <translation>✔ 出席：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="143"/>
        <source>(imported)</source>
        <translation>（导入）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="145"/>
        <source>at {0} by {1}</source>
        <translation>（{1} 于 {0} 记录）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="149"/>
        <source>Already marked {0} {1}: {2}</source>
        <translation>已记为{0}{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="154"/>
        <source>✘ Unknown code “{0}”: no participant of this plan has it.</source>
        <translation>✘ 未知编号“{0}”：本计划中没有学员使用此编号。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="158"/>
        <source>✘ {0} is not enrolled in this activity.</source>
        <translation>✘ {0} 未报名此活动。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/attendance_desk.py" line="160"/>
        <source>✘ {0} has withdrawn from this activity.</source>
        <translation>✘ {0} 已退出此活动。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="159"/>
        <source>Updating…</source>
        <extracomment>Changes closer together than this share one computation. &quot;Updating…&quot; appears only when new figures take longer than this. Emitted whenever new figures are on screen (tests, benchmarks).</extracomment>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="169"/>
        <location filename="../../planner/ui/pages/dashboard.py" line="408"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="170"/>
        <location filename="../../planner/ui/pages/dashboard.py" line="410"/>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="171"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="172"/>
        <location filename="../../planner/ui/pages/dashboard.py" line="411"/>
        <source>All administrations</source>
        <translation>全部海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="173"/>
        <source>One group at a time: a theme, a kind or an administration.</source>
        <translation>每次只能按一个维度分组：主题、类型或海关。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="183"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="191"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="201"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="207"/>
        <source>Input</source>
        <translation>预算额度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="192"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="202"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="208"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="225"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="232"/>
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="193"/>
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="194"/>
        <source>Participants</source>
        <translation>参训人次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="195"/>
        <source>Completers</source>
        <translation>结业学员</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="196"/>
        <source>Participant-days</source>
        <translation>人天</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="197"/>
        <source>Completion rate</source>
        <translation>结业率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="198"/>
        <source>Cost per participant</source>
        <translation>每人次成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="199"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="216"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="239"/>
        <source>Cost per completer</source>
        <translation>每名结业学员成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="200"/>
        <source>Cost per participant-day</source>
        <translation>每人天成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="201"/>
        <source>Learning gain</source>
        <translation>前后测成绩提升</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="202"/>
        <source>Normalised gain</source>
        <translation>标准化提升</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="203"/>
        <source>Cost per learning-gain point</source>
        <translation>每前后测成绩提升分成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="204"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="205"/>
        <source>Women&apos;s share</source>
        <translation>女性占比</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="206"/>
        <source>Cost per completer, trend</source>
        <translation>每名结业学员成本趋势</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="211"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="199"/>
        <source>Input and actual cost by year</source>
        <translation>各年度预算额度与实际成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="212"/>
        <source>Cost per completer by year</source>
        <translation>各年度每名结业学员成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="213"/>
        <source>Cost per completer by theme</source>
        <translation>各主题每名结业学员成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="214"/>
        <source>Cost per completer by administration</source>
        <translation>各海关每名结业学员成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="215"/>
        <source>Learning gain against cost per participant</source>
        <translation>前后测成绩提升与每人次成本对比</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="269"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="383"/>
        <source>Figures not updated: {0}</source>
        <translation>指标未更新：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/dashboard.py" line="418"/>
        <source>⚠ %n note(s)</source>
        <translation>
            <numerusform>⚠ %n 条说明</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="420"/>
        <source>⚠ over ceiling: {0}</source>
        <translation>⚠ 超出上限：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="424"/>
        <source>Notes on the figures</source>
        <translation>指标说明</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard.py" line="430"/>
        <source>Computing the years…</source>
        <translation>正在计算各年度…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="65"/>
        <source>Whole plan</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="68"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="69"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="70"/>
        <source>Administration</source>
        <translation>海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="36"/>
        <source>n/a</source>
        <extracomment>Card key -&gt; (value, unit, detail, tooltip line)</extracomment>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="53"/>
        <source>respondents: {0}</source>
        <translation>应答人数：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="90"/>
        <source>planned {0}</source>
        <translation>计划 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="91"/>
        <source>Money spent, cancelled activities included.</source>
        <translation>已支出金额，含已取消的活动。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="93"/>
        <source>participations</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="97"/>
        <source>attendance ≥ {0}</source>
        <translation>出勤率 ≥ {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="103"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="137"/>
        <source>of participants</source>
        <translation>占参训人次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="109"/>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>post − pre score</source>
        <translation type="vanished">后测 − 前测成绩</translation>
    </message>
    <message>
        <source>Mean over completers with both scores.</source>
        <translation type="vanished">同时有前测和后测成绩的结业学员的平均值。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="133"/>
        <source>/ 5</source>
        <translation>/ 5</translation>
    </message>
    <message>
        <source>mean rating</source>
        <translation type="vanished">平均评分</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="111"/>
        <source>Post − pre score, mean over completers with both scores.</source>
        <translation>后测减前测成绩，按有两次成绩的结业学员取平均。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="118"/>
        <source>(post − pre) / (maximum score − pre), mean over completers with both scores in activities that have a maximum score: 1 is all there was to learn.</source>
        <translation>（后测 − 前测）/（满分 − 前测），按设有满分的活动中有两次成绩的结业学员取平均：1 表示应学尽学。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="125"/>
        <source>actual cost / gain points</source>
        <translation>实际成本 / 提升分数</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="127"/>
        <source>Actual cost over the sum of the completers&apos; learning gains (post − pre), counting completers with both scores.</source>
        <translation>实际成本除以结业学员前后测成绩提升（后测 − 前测）之和，只计有两次成绩的结业学员。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="135"/>
        <source>Mean rating.</source>
        <translation>平均评分。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="141"/>
        <source>Inputs are set for the whole plan, year by year, not for a group.</source>
        <translation>预算额度按年度为整个计划设定，不按分组设定。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="143"/>
        <source>plan-level figure</source>
        <translation>计划层面指标</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="149"/>
        <source>envelopes, all years</source>
        <translation>年度预算额度，全部年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="155"/>
        <source>actual cost / input, all years</source>
        <translation>实际成本 / 预算额度，全部年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="162"/>
        <source>envelopes of the year</source>
        <translation>本年度预算额度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="168"/>
        <source>actual cost / input</source>
        <translation>实际成本 / 预算额度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="184"/>
        <source>Cost per completer against the first year that has completers.</source>
        <translation>每名结业学员成本与首个有结业学员的年度相比。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="186"/>
        <source>no year to compare</source>
        <translation>无可比年度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="187"/>
        <source>{0} against {1}</source>
        <translation>{0} 对比 {1}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="196"/>
        <source>{0}: {1} {2}</source>
        <translation>{0}：{1} {2}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="209"/>
        <source>Execution rate: {0}</source>
        <translation>执行率：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="210"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="218"/>
        <source>Click to list the activities of the year</source>
        <translation>单击列出该年度的活动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="217"/>
        <source>Trend: {0}</source>
        <translation>趋势：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="222"/>
        <source>Planned and actual cost by year</source>
        <translation>各年度计划成本与实际成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="224"/>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="231"/>
        <source>Planned</source>
        <translation>计划成本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="246"/>
        <source>Cost per completer: {0} {1}</source>
        <translation>每名结业学员成本：{0} {1}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="247"/>
        <source>Actual cost: {0} {1}</source>
        <translation>实际成本：{0} {1}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="248"/>
        <source>Completers: {0}</source>
        <translation>结业学员：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="249"/>
        <source>Click to list these activities</source>
        <translation>单击列出这些活动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="259"/>
        <source>Figures by administration within one theme are not available.</source>
        <translation>不提供单一主题内按海关划分的指标。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="260"/>
        <source>Figures by theme or administration within one kind are not available.</source>
        <translation>不提供单一类型内按主题或海关划分的指标。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="261"/>
        <source>Figures by theme within one administration are not available.</source>
        <translation>不提供单一海关内按主题划分的指标。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="290"/>
        <source>Cost per participant ({0})</source>
        <translation>每人次成本（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="291"/>
        <source>Learning gain (points), by activity</source>
        <translation>前后测成绩提升（分），按活动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="292"/>
        <source>No activity has both a learning gain and a cost per participant yet.</source>
        <translation>尚无同时具有前后测成绩提升和每人次成本的活动。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="301"/>
        <source>Cost per participant: {0} {1}</source>
        <translation>每人次成本：{0} {1}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="304"/>
        <source>Learning gain: {0} points</source>
        <translation>前后测成绩提升：{0} 分</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/dashboard_figures.py" line="305"/>
        <source>Click to open the activity</source>
        <translation>单击打开该活动</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../planner/ui/widgets.py" line="60"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets.py" line="61"/>
        <source>Type a date as 2030-09-02, or pick one from the calendar</source>
        <translation>按 2030-09-02 的格式输入日期，或从日历中选择</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets.py" line="73"/>
        <source>Pick a date from the calendar (Alt+Down)</source>
        <translation>从日历中选择日期（Alt+Down）</translation>
    </message>
</context>
<context>
    <name>EnvelopesSection</name>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="216"/>
        <source>Amounts in {0}. Type an amount; empty it to remove.</source>
        <translation>金额以 {0} 计。输入金额即可；清空则删除。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="234"/>
        <source>Total input</source>
        <translation>预算额度合计</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="242"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="261"/>
        <source>Remove the {0} envelope from {1}</source>
        <translation>删除 {1} 的 {0} 年度预算额度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="268"/>
        <source>Set the {0} envelope from {1}</source>
        <translation>设置 {1} 的 {0} 年度预算额度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="281"/>
        <source>Envelopes</source>
        <translation>年度预算额度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="282"/>
        <source>Remove the {0} envelope from {1}?</source>
        <translation>删除 {1} 的 {0} 年度预算额度？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="283"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="64"/>
        <source>Follow-ups</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="73"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="74"/>
        <source>Participant</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="75"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="76"/>
        <source>Administration</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="77"/>
        <source>Due since</source>
        <translation>应跟踪日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="84"/>
        <source>Record follow-up…</source>
        <translation>记录跟踪…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="86"/>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="92"/>
        <source>Completers due for a follow-up, months after the course:</source>
        <translation>应跟踪的结业学员，课程结束后月数：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="126"/>
        <source>Record a follow-up of {0}</source>
        <translation>记录 {0} 的跟踪</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="139"/>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="145"/>
        <source>Import follow-ups</source>
        <translation>导入跟踪</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="139"/>
        <source>Follow-up lists (*.csv *.xlsx)</source>
        <translation>跟踪列表 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="150"/>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="40"/>
        <source>History: {0}</source>
        <extracomment>At most this many changes are listed (newest first); filters narrow them.</extracomment>
        <translation>修改历史：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="45"/>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="46"/>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="47"/>
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="48"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="49"/>
        <source>erasure</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="54"/>
        <source>Code</source>
        <extracomment>the fields&apos; names as the window&apos;s forms call them</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="55"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="56"/>
        <location filename="../../planner/ui/history_dialog.py" line="111"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="57"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="58"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="59"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="60"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="61"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="62"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="63"/>
        <source>Hours per session</source>
        <translation>每期学时</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="64"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="65"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="66"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="67"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="68"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="69"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="70"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="72"/>
        <source>Name in own script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="73"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="74"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="75"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="76"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="77"/>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="78"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="79"/>
        <source>Pre-test score</source>
        <translation>前测成绩</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="80"/>
        <source>Post-test score</source>
        <translation>后测成绩</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="81"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="82"/>
        <source>Marked at</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="83"/>
        <source>Marked by</source>
        <translation>签到人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="87"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="93"/>
        <source>From</source>
        <extracomment>login -&gt; the person&apos;s name, on a server</extracomment>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="95"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="98"/>
        <location filename="../../planner/ui/history_dialog.py" line="109"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="108"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="110"/>
        <source>What was done</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="112"/>
        <source>Rows</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="119"/>
        <source>Row</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="120"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="121"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="122"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/history_dialog.py" line="198"/>
        <source>%Ln change(s), newest first</source>
        <translation>
            <numerusform>共 %Ln 项修改，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} changes, newest first</source>
        <translation type="vanished">共 {0} 项修改，最新的在前</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_dialog.py" line="200"/>
        <source>The newest {0} changes; narrow the filters to see older ones</source>
        <translation>最新的 {0} 项修改；缩小筛选范围可查看更早的修改</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="143"/>
        <source>{0}: target {1}, actual {2}, progress {3}</source>
        <translation>{0}：目标 {1}，实际 {2}，进度 {3}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="150"/>
        <source>No actual value against a target yet</source>
        <translation>尚无可与目标比较的实际值</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="154"/>
        <source>computed: {0}</source>
        <translation>计算：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="156"/>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="91"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="91"/>
        <source>New indicator</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="94"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="95"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="96"/>
        <source>optional: shown in Chinese reports and windows</source>
        <translation>选填：中文报告和中文界面中显示</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="98"/>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="100"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="104"/>
        <source>Result</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="106"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="108"/>
        <source>Unit in Chinese</source>
        <translation>中文单位</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="111"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="113"/>
        <source>Baseline year</source>
        <translation>基线年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="117"/>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="118"/>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="121"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="123"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="125"/>
        <source>(entered by hand)</source>
        <translation>（手工录入）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="127"/>
        <source>Computed from</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="129"/>
        <source>(whole plan)</source>
        <translation>（整个计划）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="131"/>
        <source>For theme</source>
        <translation>所属主题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="133"/>
        <source>Plan to date</source>
        <translation>计划累计</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="139"/>
        <source>Target {0}</source>
        <translation>{0} 年目标</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/main_window.py" line="71"/>
        <source>No database is open. Use File ▸ New database or Open.</source>
        <translation>未打开数据库。请使用“文件 ▸ 新建数据库”或“打开数据库”。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="121"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="123"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="127"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="131"/>
        <source>Connect to a &amp;team database…</source>
        <translation>连接团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="133"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="136"/>
        <source>New &amp;plan…</source>
        <translation>新建计划(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="138"/>
        <source>&amp;Import plan file…</source>
        <translation>导入计划文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="139"/>
        <source>&amp;Export plan file…</source>
        <translation>导出计划文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="143"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="145"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="146"/>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="147"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="149"/>
        <source>Budget (PDF)…</source>
        <translation>预算报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="150"/>
        <source>Budget (Excel)…</source>
        <translation>预算报告（Excel）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="151"/>
        <source>Cost-effectiveness (PDF)…</source>
        <translation>成本效益报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="152"/>
        <source>Cost-effectiveness (Excel)…</source>
        <translation>成本效益报告（Excel）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="153"/>
        <source>Action plan (PDF)…</source>
        <translation>行动计划（PDF）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="154"/>
        <source>Attendance (PDF)…</source>
        <translation>出勤报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="155"/>
        <source>Attendance (Excel)…</source>
        <translation>出勤报告（Excel）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="156"/>
        <source>Sign-in sheets (PDF)…</source>
        <translation>签到表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="157"/>
        <source>Certificates (PDF)…</source>
        <translation>结业证书（PDF）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="158"/>
        <source>Results (PDF)…</source>
        <translation>成效 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="159"/>
        <source>Results (Excel)…</source>
        <translation>成效 (Excel)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="160"/>
        <source>Figures as CSV…</source>
        <translation>指标数据（CSV）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="168"/>
        <source>Calendar of sessions (.ics)…</source>
        <translation>场次日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="173"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="175"/>
        <source>Plan: </source>
        <translation>计划：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="204"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="268"/>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="385"/>
        <source>&amp;History of the plan…</source>
        <translation>计划修改历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="388"/>
        <source>Your &amp;name…</source>
        <translation>您的姓名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="415"/>
        <source>The connection to the server was lost: reconnecting… Your saved changes are safe; edits may be refused until it is back.</source>
        <translation>与服务器的连接已中断：正在重新连接… 已保存的更改是安全的；连接恢复之前，编辑可能会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_name.py" line="37"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_name.py" line="38"/>
        <source>The name recorded with your edits in the plan&apos;s history:</source>
        <translation>在计划修改历史中记录您所做修改时使用的姓名：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_name.py" line="47"/>
        <source>A name cannot hold {0}; it was not changed</source>
        <translation>姓名不能包含 {0}；未作修改</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="38"/>
        <source>New planner database</source>
        <translation>新建计划数据库</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="40"/>
        <source>Planner databases (*.sqlite)</source>
        <translation>计划数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="46"/>
        <source>{0} already exists; choose a new name</source>
        <translation>{0} 已存在；请另选名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="56"/>
        <source>Open planner database</source>
        <translation>打开计划数据库</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="58"/>
        <source>Planner databases (*.sqlite);;All files (*)</source>
        <translation>计划数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="257"/>
        <location filename="../../planner/ui/main_window.py" line="269"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="283"/>
        <source>Upgraded; the old file was kept as {0}</source>
        <translation>已升级；旧文件保留为 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="329"/>
        <source>This database holds no plan yet. Use File ▸ New plan or File ▸ Import plan file.</source>
        <translation>此数据库中尚无计划。请使用“文件 ▸ 新建计划”或“文件 ▸ 导入计划文件”。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="375"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="377"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="97"/>
        <source>Import a plan file</source>
        <translation>导入计划文件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="99"/>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>计划文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="113"/>
        <source>Reading and checking the file…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="116"/>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="127"/>
        <source>Replace the plan?</source>
        <translation>替换计划？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="129"/>
        <source>A plan of the same name is already in this database. Replace it with the plan from the file? The current plan will be deleted.</source>
        <translation>此数据库中已有同名计划。是否用文件中的计划替换？当前计划将被删除。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="140"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="146"/>
        <source>Importing {0}</source>
        <translation>正在导入 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="155"/>
        <source>Export the plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="157"/>
        <source>Plan files (*.json)</source>
        <translation>计划文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="174"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="172"/>
        <source>Exported to {0}</source>
        <translation>已导出至 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="69"/>
        <location filename="../../planner/ui/window_actions.py" line="84"/>
        <source>Connect to a team database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="71"/>
        <source>The database&apos;s address, for example postgresql://server/planner.
The password comes from your PostgreSQL password file (~/.pgpass) and is never stored by the planner.</source>
        <translation>数据库地址，例如 postgresql://server/planner。
密码取自您的 PostgreSQL 密码文件（~/.pgpass），规划工具从不保存密码。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="85"/>
        <source>A team database&apos;s address begins with postgresql://</source>
        <translation>团队数据库的地址以 postgresql:// 开头</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="186"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="242"/>
        <source>No activity fits this report yet.</source>
        <translation>尚无适用于此报告的活动。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="247"/>
        <source>Which activity?</source>
        <translation>选择活动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="247"/>
        <source>Activity:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="274"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="286"/>
        <source>Gathering the figures…</source>
        <translation>正在汇总数据…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="295"/>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="299"/>
        <source>Issue the certificates of {0}</source>
        <translation>发放 {0} 的证书</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="307"/>
        <source>Writing the report</source>
        <translation>正在生成报告</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="305"/>
        <source>Report written to {0}</source>
        <translation>报告已保存至 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="315"/>
        <source>Save the calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="334"/>
        <source>Writing the calendar</source>
        <translation>正在生成日历</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window_actions.py" line="332"/>
        <source>Calendar written to {0}</source>
        <translation>日历已保存至 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/app.py" line="129"/>
        <source>Open a planner database, or create a new one, from the File menu.</source>
        <extracomment>Families that together cover Latin, Vietnamese, Chinese, Thai, Khmer, Myanmar, Lao. the translators load_translations installed (removed before it installs others)</extracomment>
        <translation>请通过“文件”菜单打开或新建计划数据库。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="144"/>
        <source>Merge two records</source>
        <translation>合并两条记录</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="147"/>
        <source>Keep which record? The other one is merged into it.</source>
        <translation>保留哪条记录？另一条将并入其中。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="165"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../../planner/ui/nomination_widgets.py" line="81"/>
        <source>Nominate {0} people</source>
        <translation>提名 {0} 人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_widgets.py" line="85"/>
        <source>Activity:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_widgets.py" line="86"/>
        <source>As:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>NominationImportDialog</name>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="77"/>
        <source>Import a nomination list</source>
        <translation>导入提名名单</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="90"/>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>CSV 文件或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="91"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="93"/>
        <source>No activity: add to the directory only</source>
        <translation>不指定活动：仅添加到人员名录</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="104"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="105"/>
        <source>Nominate to:</source>
        <translation>提名至：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="106"/>
        <source>As:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="162"/>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="163"/>
        <source>Name (Latin) *</source>
        <translation>姓名（拉丁字母）*</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="164"/>
        <source>Native-script name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="165"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="166"/>
        <source>Administration *</source>
        <translation>海关 *</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="167"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="168"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="183"/>
        <source>Which column holds what (* required)</source>
        <translation>各列对应内容（* 为必填）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="26"/>
        <location filename="../../planner/ui/nominations_dialog.py" line="112"/>
        <location filename="../../planner/ui/nominations_dialog.py" line="115"/>
        <location filename="../../planner/ui/nominations_dialog.py" line="120"/>
        <source>Line</source>
        <extracomment>Rows of the file shown in the preview (all rows are checked).</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="115"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="115"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="120"/>
        <source>Looks like</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="120"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="131"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="132"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="133"/>
        <source>Look-alikes</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="134"/>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="142"/>
        <location filename="../../planner/ui/nominations_dialog.py" line="319"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="221"/>
        <source>Internal error: </source>
        <translation>内部错误：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="227"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="242"/>
        <source>Choose a nomination list</source>
        <translation>选择提名名单</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="244"/>
        <source>Nomination lists (*.csv *.xlsx);;All files (*)</source>
        <translation>提名名单 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="256"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="266"/>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="268"/>
        <source>column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="272"/>
        <source>{0}: {1} rows; the header row is line {2}.</source>
        <translation>{0}：{1} 行；标题行为第 {2} 行。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="285"/>
        <source>Refused, nothing was imported: {0}</source>
        <translation>已拒绝，未导入任何内容：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/nominations_dialog.py" line="298"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>正在检查 %Ln 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/nominations_dialog.py" line="319"/>
        <source>&amp;Import %Ln row(s)</source>
        <translation>
            <numerusform>导入 %Ln 行(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {0} rows…</source>
        <translation type="vanished">正在检查 {0} 行…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="28"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="80"/>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="86"/>
        <source>already enrolled: {0}</source>
        <translation>已报名：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="88"/>
        <source>in the directory: {0}</source>
        <translation>已在名录中：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="91"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="51"/>
        <source>No administration goes over its quota.</source>
        <translation>没有海关超出名额。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="55"/>
        <source>Problems ({0})</source>
        <translation>问题（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="56"/>
        <source>Look-alikes ({0})</source>
        <translation>疑似重复（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="57"/>
        <source>Seats ({0})</source>
        <translation>名额（{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="107"/>
        <source>1 problem on line {0}</source>
        <translation>第 {0} 行有 1 个问题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="109"/>
        <source>{0} problems on {1} lines</source>
        <translation>{1} 行中共有 {0} 个问题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="114"/>
        <source>: correct the file (or the columns) and choose it again. Nothing is imported while there are problems.</source>
        <translation>：请更正文件（或列的对应关系）后重新选择。存在问题时不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="121"/>
        <source>{0} rows are good: {1} new people, {2} already in the directory.</source>
        <translation>{0} 行无误：新增 {1} 人，{2} 人已在名录中。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="124"/>
        <source>Some look like someone else: see Look-alikes ({0}).</source>
        <translation>部分人员疑似与他人重复：见“疑似重复”（{0}）。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nomination_preview.py" line="128"/>
        <source>Some administrations go over their quota: see Seats.</source>
        <translation>部分海关超出名额：见“名额”。</translation>
    </message>
    <message>
        <source>&amp;Import {0} rows</source>
        <translation type="vanished">导入 {0} 行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="360"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/nominations_dialog.py" line="344"/>
        <source>Import nomination list {0}</source>
        <translation>导入提名名单 {0}</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>{0} {1}: {2} activities</source>
        <extracomment>Status -&gt; (fill, text on the fill). Chosen to read on light and dark palettes.</extracomment>
        <translation type="vanished">{0} {1}：{2} 项活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/overview_model.py" line="159"/>
        <source>{0} {1}: %n activity(ies)</source>
        <extracomment>Status -&gt; (fill, text on the fill). Chosen to read on light and dark palettes.</extracomment>
        <translation>
            <numerusform>{0} {1}：%n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_model.py" line="182"/>
        <source>{0}
Planned: {1}
Input (envelopes): {2}
Actual: {3}
Execution rate (actual / input): {4}</source>
        <translation>{0}
计划：{1}
预算额度：{2}
实际：{3}
执行率（实际 / 预算额度）：{4}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview_model.py" line="192"/>
        <source>
⚠ Some budget lines of {0} have no exchange rate: they are left out of the planned and actual costs (see Reference data).</source>
        <translation>
⚠ {0} 年部分预算明细缺少汇率：未计入计划成本和实际成本（见“基础数据”）。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../planner/ui/pages/overview.py" line="57"/>
        <source>This plan has no themes yet: add them under Reference data.</source>
        <translation>本计划尚无主题：请在“基础数据”中添加。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview.py" line="71"/>
        <source>Plan overview</source>
        <translation>计划总览</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview.py" line="94"/>
        <source>Amounts in {0}. Each year: planned cost, input (envelopes), actual cost and execution rate (actual / input).</source>
        <translation>金额以 {0} 计。各年度：计划成本、预算额度、实际成本和执行率（实际 / 预算额度）。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/overview.py" line="104"/>
        <source> (and {0} more: see the tooltip)</source>
        <translation>（另有 {0} 条：见提示）</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="62"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="62"/>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="82"/>
        <source>&amp;Directory</source>
        <translation>人员名录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="83"/>
        <source>&amp;Nominations</source>
        <translation>提名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="94"/>
        <source>Participants</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="35"/>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="133"/>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="36"/>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="134"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="37"/>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="135"/>
        <source>Native name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="38"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="39"/>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="117"/>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="136"/>
        <source>Administration</source>
        <translation>海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="40"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="41"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="42"/>
        <source>Activities</source>
        <translation>活动数</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="47"/>
        <source>Search name, native name, e-mail, ref…</source>
        <translation>搜索姓名、本国文字姓名、电子邮箱、编号…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="81"/>
        <source>&amp;New person…</source>
        <translation>新增人员(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="82"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="83"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="84"/>
        <source>&amp;Merge two…</source>
        <translation>合并两条(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="85"/>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="86"/>
        <source>E&amp;rase personal data…</source>
        <translation>删除个人信息(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="87"/>
        <source>N&amp;ominate to activity…</source>
        <translation>提名参加活动(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="88"/>
        <source>&amp;Import nomination list…</source>
        <translation>导入提名名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="116"/>
        <source>Admin.</source>
        <translation>海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="118"/>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="119"/>
        <source>Nominated</source>
        <translation>已提名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="120"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="121"/>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="122"/>
        <source>Seats filled</source>
        <translation>已占名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="123"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="137"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="144"/>
        <source>Search the nominees…</source>
        <translation>搜索被提名人…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="149"/>
        <source>Activity:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="151"/>
        <source>Import nomination list…</source>
        <translation>导入提名名单…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="156"/>
        <source>Set the selected to:</source>
        <translation>将所选设为：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="162"/>
        <source>Remove from activity</source>
        <translation>从活动中移除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tabs.py" line="171"/>
        <source>Seats per administration</source>
        <translation>各海关名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="118"/>
        <source>All administrations</source>
        <translation>全部海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="142"/>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="142"/>
        <location filename="../../planner/ui/pages/participants.py" line="259"/>
        <source>{0} people</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="144"/>
        <source>{0} of {1} people</source>
        <translation>{0}/{1} 人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="162"/>
        <source>The plan has no activities yet.</source>
        <translation>本计划尚无活动。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="66"/>
        <source>⚠ no quota: {0} over</source>
        <translation>⚠ 未设名额：超出 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="68"/>
        <source>⚠ over quota by {0}</source>
        <translation>⚠ 超出名额 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="70"/>
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="72"/>
        <source>{0} free</source>
        <translation>剩余 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="92"/>
        <source>{0} seats; {1} filled ({2} confirmed, {3} nominated); {4} withdrawn.</source>
        <translation>名额 {0} 个；已占 {1} 个（已确认 {2}，已提名 {3}）；已退出 {4} 人。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_tables.py" line="101"/>
        <source>⚠ Over quota: {0}.</source>
        <translation>⚠ 超出名额：{0}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="179"/>
        <source>Edit {0}</source>
        <translation>编辑 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="188"/>
        <source>New person {0}</source>
        <translation>新增人员 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="232"/>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="234"/>
        <source>Erase the name, position and e-mail of {0} ({1}) from the plan and from its history? Their attendance and scores stay, as those of &quot;a person (erased)&quot;. This cannot be undone. Backups and files exported earlier still hold the data: delete them too.</source>
        <translation>从计划及其修改历史中删除 {0}（{1}）的姓名、职务和电子邮件？其出勤和成绩将保留，显示为“一名学员（已删除）”。此操作无法撤销。之前的备份和导出文件仍含有这些信息，请一并删除。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="239"/>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="257"/>
        <source>Delete people</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="258"/>
        <source>Delete {0} ({1})? You can undo this with Ctrl+Z.</source>
        <translation>删除 {0}（{1}）？可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="262"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="271"/>
        <source>Delete {0} people</source>
        <translation>删除 {0} 人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="282"/>
        <location filename="../../planner/ui/pages/participants.py" line="294"/>
        <source>Merge two records</source>
        <translation>合并两条记录</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="283"/>
        <source>Select the two records of the same person (Ctrl+click), then Merge.</source>
        <translation>选择同一人员的两条记录（Ctrl+单击），然后点击“合并”。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="318"/>
        <source>Nominate {0} people</source>
        <translation>提名 {0} 人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="328"/>
        <source>Over quota</source>
        <translation>超出名额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="329"/>
        <source>Now over quota: {0}</source>
        <translation>现已超出名额：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/pages/participants.py" line="349"/>
        <source>Set %n nomination(s) to {0}</source>
        <translation>
            <numerusform>将 %n 项提名设为“{0}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Set {0} nominations to {1}</source>
        <translation type="vanished">将 {0} 项提名设为“{1}”</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="363"/>
        <source>Remove from the activity</source>
        <translation>从活动中移除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="365"/>
        <source>Remove {0} people from this activity? Withdrawing keeps the record; removing deletes it. You can undo this with Ctrl+Z.</source>
        <translation>将 {0} 人从此活动中移除？“退出”会保留记录，“移除”则删除记录。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="368"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants.py" line="378"/>
        <source>Remove {0} people from the activity</source>
        <translation>将 {0} 人从活动中移除</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="104"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="105"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="106"/>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="107"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="108"/>
        <source>Booked rate</source>
        <translation>入账汇率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="127"/>
        <source>Add &amp;payment</source>
        <translation>添加付款(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="127"/>
        <source>Add a payment to the line (Insert)</source>
        <translation>为此明细添加付款（Insert）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="130"/>
        <source>Delete payment</source>
        <translation>删除付款</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="130"/>
        <source>Delete the current payment (Delete)</source>
        <translation>删除当前付款（Delete）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="137"/>
        <source>&amp;Import payments…</source>
        <translation>导入付款(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="139"/>
        <source>Record the payments of a finance system&apos;s CSV or XLSX file, all or nothing</source>
        <translation>记录财务系统 CSV 或 XLSX 文件中的付款，全部导入或全不导入</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="179"/>
        <source>Payments: choose a budget line above.</source>
        <translation>付款：请在上方选择一条预算明细。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="183"/>
        <source>Payments of {0}: {1}, total {2} {3}</source>
        <translation>{0} 的付款：{1} 笔，合计 {2} {3}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="184"/>
        <source>the line</source>
        <translation>此明细</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="210"/>
        <source>Negative actual</source>
        <translation>实际金额为负</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="222"/>
        <source>an amount is required</source>
        <translation>金额不能为空</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="236"/>
        <source>The line&apos;s actual would be {0} {1}, below zero: refunds would exceed what was paid. Save anyway?</source>
        <translation>此明细的实际金额将为 {0} {1}，低于零：退款将超过已付金额。仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="248"/>
        <source>Not saved: {0}: {1}</source>
        <translation>未保存：{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="262"/>
        <source>Not saved: the line&apos;s actual would be below zero.</source>
        <translation>未保存：此明细的实际金额将低于零。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="269"/>
        <source>Change the {0} of a payment</source>
        <translation>修改付款的{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/payments_panel.py" line="344"/>
        <source>Recorded %n payment(s) from {0}.</source>
        <translation>
            <numerusform>已从 {0} 记录 %n 笔付款。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="351"/>
        <source>These columns are not a payments file&apos;s and were not read: {0}</source>
        <translation>以下列不属于付款文件，未读取：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="199"/>
        <location filename="../../planner/ui/payments_panel.py" line="276"/>
        <location filename="../../planner/ui/payments_panel.py" line="279"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="295"/>
        <source>Add a payment</source>
        <translation>添加付款</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="311"/>
        <source>Not deleted: the line&apos;s actual would be below zero.</source>
        <translation>未删除：此明细的实际金额将低于零。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="314"/>
        <source>Delete a payment</source>
        <translation>删除付款</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="328"/>
        <location filename="../../planner/ui/payments_panel.py" line="353"/>
        <source>Import payments</source>
        <translation>导入付款</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="330"/>
        <source>Payments files (*.csv *.xlsx)</source>
        <translation>付款文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="337"/>
        <source>Import payments from {0}</source>
        <translation>从 {0} 导入付款</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="342"/>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Recorded {0} payments from {1}.</source>
        <translation type="vanished">已从 {1} 记录 {0} 笔付款。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/payments_panel.py" line="347"/>
        <source>⚠ These lines&apos; actual is now below zero (refunds exceed payments): {0}</source>
        <translation>⚠ 以下明细的实际金额现已低于零（退款超过付款）：{0}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="67"/>
        <source>Ref (sign-in code)</source>
        <translation>编号（签到码）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="69"/>
        <source>assigned automatically</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="71"/>
        <source>Name (Latin)</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="73"/>
        <source>Native-script name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="78"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="82"/>
        <source>Administration</source>
        <translation>海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="84"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="86"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="66"/>
        <source>{0} years</source>
        <extracomment>the optional fields (names in Chinese, the budget report&apos;s reference and sign-off): blank means none the plan&apos;s version the form shows (a save names it: services.versions)</extracomment>
        <translation>{0} 年</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="81"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="82"/>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="83"/>
        <source>&amp;Owner</source>
        <translation>负责单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="84"/>
        <source>Owner in Chinese</source>
        <translation>中文负责单位</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="85"/>
        <source>First &amp;year</source>
        <translation>起始年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="86"/>
        <source>&amp;Horizon</source>
        <translation>期限(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="87"/>
        <source>&amp;Base currency</source>
        <translation>本位币(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="88"/>
        <source>&amp;Completion threshold</source>
        <translation>结业出勤标准(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="89"/>
        <source>Budget report reference</source>
        <translation>预算报告编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="90"/>
        <source>Budget report version</source>
        <translation>预算报告版本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="91"/>
        <source>Prepared by (name)</source>
        <translation>编制人（姓名）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="92"/>
        <source>Prepared by (title)</source>
        <translation>编制人（职务）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="93"/>
        <source>Reviewed by (name)</source>
        <translation>审核人（姓名）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="94"/>
        <source>Reviewed by (title)</source>
        <translation>审核人（职务）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="95"/>
        <source>Approved by (name)</source>
        <translation>批准人（姓名）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="96"/>
        <source>Approved by (title)</source>
        <translation>批准人（职务）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="100"/>
        <source>Printed on the budget report&apos;s cover, for example CB/FIN/2028-01; the names and titles sign it at its end</source>
        <translation>印在预算报告封面上，例如 CB/FIN/2028-01；报告末尾由这些姓名和职务的人员签署</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="106"/>
        <source>Share of a participant&apos;s sessions to attend to complete an activity (more than 0, at most 1; for example 0.80)</source>
        <translation>学员须出席的场次比例，达到即视为结业（大于 0，不超过 1；例如 0.80）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="138"/>
        <source>Each field is saved when you press Enter or leave it; Escape restores the saved value and Ctrl+Z undoes a change.</source>
        <translation>按 Enter 或离开字段时即保存；按 Esc 恢复已保存的值，按 Ctrl+Z 撤销修改。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="199"/>
        <source>Change the plan&apos;s {0}</source>
        <translation>修改计划的{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="220"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="221"/>
        <source>owner</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="222"/>
        <source>name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="223"/>
        <source>owner in Chinese</source>
        <translation>中文负责单位</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="224"/>
        <source>first year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="225"/>
        <source>horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="226"/>
        <source>base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="227"/>
        <source>completion threshold</source>
        <translation>结业出勤标准</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="228"/>
        <source>budget report reference</source>
        <translation>预算报告编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="229"/>
        <source>budget report version</source>
        <translation>预算报告版本</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="230"/>
        <source>preparer&apos;s name</source>
        <translation>编制人姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="231"/>
        <source>preparer&apos;s title</source>
        <translation>编制人职务</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="232"/>
        <source>reviewer&apos;s name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="233"/>
        <source>reviewer&apos;s title</source>
        <translation>审核人职务</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="234"/>
        <source>approver&apos;s name</source>
        <translation>批准人姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_plan.py" line="235"/>
        <source>approver&apos;s title</source>
        <translation>批准人职务</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="37"/>
        <source>Someone like this is already in the directory</source>
        <translation>名录中已有相似人员</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="39"/>
        <source>This person looks like:
{0}

If it is the same person, cancel and use the existing record. Save a new record anyway?</source>
        <translation>此人与以下人员相似：
{0}

如为同一人，请取消并使用现有记录。仍要保存为新记录吗？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/participants_dialogs.py" line="45"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="29"/>
        <source>on track</source>
        <extracomment>A card&apos;s least width and height (pixels): the grid holds as many columns as fit.</extracomment>
        <translation>进展正常</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="30"/>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="31"/>
        <source>off track</source>
        <translation>偏离目标</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_cards.py" line="32"/>
        <source>no status yet</source>
        <translation>尚无状态</translation>
    </message>
</context>
<context>
    <name>RatesSection</name>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="41"/>
        <source>Add an exchange rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="41"/>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="47"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="52"/>
        <location filename="../../planner/ui/pages/reference_money.py" line="128"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="54"/>
        <source>1 unit = … {0}</source>
        <translation>1 单位 = … {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="56"/>
        <source>for example PBOC central parity rate</source>
        <translation>例如 中国人民银行人民币汇率中间价</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="57"/>
        <source>Source of the rate</source>
        <translation>汇率来源</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="60"/>
        <source>Date of the rate</source>
        <translation>汇率日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="94"/>
        <source>&amp;Add a rate…</source>
        <translation>添加汇率(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="95"/>
        <source>&amp;Source and date…</source>
        <translation>来源和日期(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="96"/>
        <source>&amp;Delete rate…</source>
        <translation>删除汇率(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="108"/>
        <source>1 unit of the currency = rate × {0}</source>
        <translation>1 单位外币 = 汇率 × {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="115"/>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="149"/>
        <source>Set the {0} rate of {1}</source>
        <translation>设置 {1} 的 {0} 年汇率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="162"/>
        <source>Delete the {0} rate of {1}</source>
        <translation>删除 {1} 的 {0} 年汇率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="185"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="186"/>
        <source>Delete the {0} rate of {1}?</source>
        <translation>删除 {1} 的 {0} 年汇率？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_money.py" line="187"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="34"/>
        <source>Follow-up of {0}</source>
        <translation>{0} 的跟踪</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="36"/>
        <source>Asked on</source>
        <translation>询问日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="37"/>
        <source>Applies what was learned</source>
        <translation>是否学以致用</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="39"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="40"/>
        <source>partly</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="41"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="42"/>
        <source>(no answer)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_follow_up.py" line="45"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="35"/>
        <source>Administrations</source>
        <translation>参训海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="36"/>
        <source>Add an administration</source>
        <translation>添加海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="37"/>
        <source>Add administration {0}</source>
        <translation>添加海关 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="38"/>
        <source>Change administration {0}</source>
        <translation>修改海关 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="39"/>
        <source>Delete administration {0}</source>
        <translation>删除海关 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="40"/>
        <source>Delete administration {0}? You can undo this with Ctrl+Z.</source>
        <translation>删除海关 {0}？可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="48"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="49"/>
        <source>Add a theme</source>
        <translation>添加主题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="50"/>
        <source>Add theme {0}</source>
        <translation>添加主题 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="51"/>
        <source>Change theme {0}</source>
        <translation>修改主题 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="52"/>
        <source>Delete theme {0}</source>
        <translation>删除主题 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="53"/>
        <source>Delete theme {0}? You can undo this with Ctrl+Z.</source>
        <translation>删除主题 {0}？可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="61"/>
        <source>Funding sources</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="62"/>
        <source>Add a funding source</source>
        <translation>添加资金来源</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="63"/>
        <source>Add funding source {0}</source>
        <translation>添加资金来源 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="64"/>
        <source>Change funding source {0}</source>
        <translation>修改资金来源 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="65"/>
        <source>Delete funding source {0}</source>
        <translation>删除资金来源 {0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="66"/>
        <source>Delete funding source {0}? You can undo this with Ctrl+Z.</source>
        <translation>删除资金来源 {0}？可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="82"/>
        <source>&amp;Plan settings</source>
        <translation>计划设置(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="83"/>
        <source>Ad&amp;ministrations</source>
        <translation>参训海关(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="84"/>
        <source>&amp;Themes</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="85"/>
        <source>F&amp;unding sources</source>
        <translation>资金来源(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="86"/>
        <source>E&amp;xchange rates</source>
        <translation>汇率(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="87"/>
        <source>En&amp;velopes</source>
        <translation>年度预算额度(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference.py" line="111"/>
        <source>Reference data</source>
        <translation>基础数据</translation>
    </message>
</context>
<context>
    <name>ReferenceSection</name>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="40"/>
        <location filename="../../planner/ui/pages/reference_lists.py" line="70"/>
        <source>Code</source>
        <extracomment>the field of each column</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="42"/>
        <location filename="../../planner/ui/pages/reference_lists.py" line="70"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="44"/>
        <location filename="../../planner/ui/pages/reference_lists.py" line="70"/>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="48"/>
        <source>Country (ISO code)</source>
        <translation>国家（ISO 代码）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="72"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="81"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="82"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="143"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/reference_lists.py" line="154"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="40"/>
        <source>Result</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="40"/>
        <source>New result</source>
        <translation>新建成果</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="42"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="44"/>
        <source>objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="45"/>
        <source>outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="46"/>
        <source>output</source>
        <translation>产出</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="48"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="49"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="52"/>
        <source>Title in Chinese</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="54"/>
        <source>optional: shown in Chinese reports and windows</source>
        <translation>选填：中文报告和中文界面中显示</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="58"/>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="66"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="64"/>
        <source>Part of</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results_dialogs.py" line="67"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="47"/>
        <source>The plan&apos;s host country (ISO code), for partner and host</source>
        <translation>计划的东道国（ISO 代码），用于区分伙伴方与东道方</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="51"/>
        <source>Host country:</source>
        <translation>东道国：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="56"/>
        <source>Add result…</source>
        <translation>添加成果…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="57"/>
        <source>Add indicator…</source>
        <translation>添加指标…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="58"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="59"/>
        <source>Enter actual…</source>
        <translation>录入实际值…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="60"/>
        <location filename="../../planner/ui/pages/results.py" line="304"/>
        <location filename="../../planner/ui/pages/results.py" line="311"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="61"/>
        <source>Follow-ups…</source>
        <translation>跟踪…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="75"/>
        <source>Framework</source>
        <translation>成果框架</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="96"/>
        <source>Results</source>
        <translation>成效</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="119"/>
        <source>Plan: {0} ({1} on track, {2} at risk, {3} off track, {4} without status)</source>
        <translation>计划：{0}（{1} 个进展正常，{2} 个有风险，{3} 个偏离目标，{4} 个尚无状态）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="121"/>
        <source>Plan: {0} ({1} on track, {2} at risk, {3} off track)</source>
        <translation>计划：{0}（{1} 个进展正常，{2} 个有风险，{3} 个偏离目标）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="224"/>
        <source>Set the host country</source>
        <translation>设置东道国</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="238"/>
        <source>Add a result</source>
        <translation>添加成果</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="248"/>
        <source>Add an indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="261"/>
        <source>Change a result</source>
        <translation>修改成果</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="270"/>
        <source>Change an indicator</source>
        <translation>修改指标</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="283"/>
        <source>Enter an actual value</source>
        <translation>录入实际值</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="300"/>
        <source>Delete result</source>
        <translation>删除成果</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="301"/>
        <source>Delete {0} with the results and indicators under it?</source>
        <translation>删除 {0} 及其下的成果和指标？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="306"/>
        <source>Delete a result</source>
        <translation>删除成果</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="309"/>
        <source>Delete indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="310"/>
        <source>Delete {0} with its targets and actuals?</source>
        <translation>删除 {0} 及其目标值和实际值？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/pages/results.py" line="314"/>
        <source>Delete an indicator</source>
        <translation>删除指标</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../planner/ui/roles.py" line="27"/>
        <source>planner</source>
        <translation>计划员</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="28"/>
        <source>finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="29"/>
        <source>trainer</source>
        <translation>培训教师</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="30"/>
        <source>viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="43"/>
        <source>Signed in as {0} ({1}): you can mark attendance, scores and certificates; other changes are refused by the server.</source>
        <translation>已登录为 {0}（{1}）：您可以记录考勤、成绩和证书；其他修改会被服务器拒绝。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="48"/>
        <source>Signed in as {0} ({1}): you can change the plan, activities, sessions, quotas and planned amounts; other changes are refused by the server.</source>
        <translation>已登录为 {0}（{1}）：您可以修改计划、活动、场次、名额和计划金额；其他修改会被服务器拒绝。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="53"/>
        <source>Signed in as {0} ({1}): you can change payments, actual amounts, exchange rates and envelopes; other changes are refused by the server.</source>
        <translation>已登录为 {0}（{1}）：您可以修改付款、实际金额、汇率和预算额度；其他修改会被服务器拒绝。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="58"/>
        <source>Signed in as {0} ({1}): you can read the plan and make reports; any change you try is refused by the server.</source>
        <translation>已登录为 {0}（{1}）：您可以查看计划并生成报告；任何修改都会被服务器拒绝。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="63"/>
        <source>Signed in as {0}: changes your login may not make are refused by the server.</source>
        <translation>已登录为 {0}：您的账号无权进行的修改会被服务器拒绝。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="71"/>
        <source>Signed in as {0}.</source>
        <translation>已登录为 {0}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="72"/>
        <source>Signed in as {0} ({1}).</source>
        <translation>已登录为 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="87"/>
        <source>Only the database&apos;s owner may import a plan file: it holds every role&apos;s part of a plan (payments, attendance, ...); the server would refuse it.</source>
        <translation>只有数据库所有者可以导入计划文件：计划文件包含计划中所有角色的部分（付款、出勤等）；服务器会拒绝。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="99"/>
        <source>Only a planner may change this; the server would refuse it.</source>
        <translation>只有计划员可以修改此项；服务器会拒绝。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="101"/>
        <source>Only finance may change this; the server would refuse it.</source>
        <translation>只有财务人员可以修改此项；服务器会拒绝。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/roles.py" line="103"/>
        <source>Only a trainer may change this; the server would refuse it.</source>
        <translation>只有培训教师可以修改此项；服务器会拒绝。</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="50"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="52"/>
        <source>Admin.</source>
        <translation>海关</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="45"/>
        <source>Pre-test (0-100)</source>
        <translation>前测（0-100）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="45"/>
        <source>Post-test (0-100)</source>
        <translation>后测（0-100）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="47"/>
        <source>Pre-test (0-{0})</source>
        <translation>前测（0-{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="48"/>
        <source>Post-test (0-{0})</source>
        <translation>后测（0-{0}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/scores.py" line="55"/>
        <source>Rating (1-5)</source>
        <translation>评分（1-5）</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../planner/ui/chart_scale.py" line="34"/>
        <source>billion</source>
        <translation>十亿</translation>
    </message>
    <message>
        <location filename="../../planner/ui/chart_scale.py" line="34"/>
        <source>million</source>
        <translation>百万</translation>
    </message>
    <message>
        <location filename="../../planner/ui/chart_scale.py" line="39"/>
        <source>thousand</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../../planner/ui/chart_scale.py" line="62"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../planner/ui/chart_bars.py" line="55"/>
        <location filename="../../planner/ui/chart_bars.py" line="221"/>
        <location filename="../../planner/ui/chart_scatter.py" line="38"/>
        <source>Nothing to show</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../planner/ui/conflict.py" line="26"/>
        <source>this activity</source>
        <translation>此活动</translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="27"/>
        <source>this budget line</source>
        <translation>此预算明细</translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="28"/>
        <source>this plan</source>
        <translation>此计划</translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="29"/>
        <source>this payment</source>
        <translation>此笔付款</translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="30"/>
        <source>this record</source>
        <translation>此记录</translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="45"/>
        <source>Someone else changed {0} after you opened it.</source>
        <translation>在您打开之后，其他人修改了{0}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="47"/>
        <source>{0} changed {1} at {2}:</source>
        <translation>{0} 于 {2} 修改了{1}：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="55"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="61"/>
        <source>Your change was not saved: {0}
Reload shows their change; make yours again if it still applies.</source>
        <translation>您的修改未保存：{0}
重新载入可查看对方的修改；如仍需要，请再次进行您的修改。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="66"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../planner/ui/conflict.py" line="67"/>
        <source>Copy my change and reload</source>
        <translation>复制我的修改并重新载入</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="60"/>
        <location filename="../../planner/ui/dialogs.py" line="116"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="64"/>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="66"/>
        <source>Something went wrong inside the planner (a bug, not your data):
{0}</source>
        <translation>程序内部出错（属程序缺陷，并非您的数据有误）：
{0}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="136"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="138"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="139"/>
        <source>Owner</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="143"/>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="146"/>
        <source>{0} years</source>
        <translation>{0} 年</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="148"/>
        <source>Horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="152"/>
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs.py" line="154"/>
        <source>Completion threshold</source>
        <translation>结业出勤标准</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../planner/ui/language.py" line="43"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="45"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="68"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="69"/>
        <source>The window will use this language the next time you start the planner.</source>
        <translation>下次启动规划工具时，窗口将使用此语言。</translation>
    </message>
</context>
<context>
    <name>report_language</name>
    <message>
        <location filename="../../planner/ui/report_language.py" line="44"/>
        <source>Report &amp;language</source>
        <extracomment>the choices, as stored; &quot;&quot; is the window&apos;s own language</extracomment>
        <translation>报告语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/report_language.py" line="47"/>
        <source>As the window</source>
        <translation>与窗口相同</translation>
    </message>
    <message>
        <location filename="../../planner/ui/report_language.py" line="54"/>
        <source>Chinese with English beneath: certificates, budget and cost-effectiveness PDFs; the other reports are written in Chinese</source>
        <translation>中文在上、英文在下：适用于 PDF 格式的结业证书、预算报告和成本效益报告；其他报告以中文编写</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../planner/ui/texts.py" line="13"/>
        <source>Course</source>
        <translation>培训班</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="13"/>
        <source>Symposium</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="18"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="19"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="20"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="21"/>
        <source>Delivered</source>
        <translation>已举办</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="22"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="27"/>
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="27"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="27"/>
        <source>Hybrid</source>
        <translation>线上线下结合</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="34"/>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="35"/>
        <source>Accommodation</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="36"/>
        <source>Per diem</source>
        <translation>伙食及公杂费</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="37"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="38"/>
        <source>Interpretation</source>
        <translation>口译</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="39"/>
        <source>Materials</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="40"/>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="41"/>
        <location filename="../../planner/ui/texts.py" line="63"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="47"/>
        <source>Nominated</source>
        <translation>已提名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="48"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="49"/>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="55"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="56"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="57"/>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="58"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="63"/>
        <source>Woman</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../planner/ui/texts.py" line="63"/>
        <source>Man</source>
        <translation>男</translation>
    </message>
</context>
</TS>
