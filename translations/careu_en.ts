<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Adoption</name>
    <message numerus="yes">
        <source>%n record(s) carry a signature that does not verify</source>
        <translation>
            <numerusform>%n record carries a signature that does not verify</numerusform>
            <numerusform>%n records carry a signature that does not verify</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainAudit</name>
    <message numerus="yes">
        <source>The record chain of %1 does not verify, so it is not copied: %2 (run careu check on it for all %n problems)</source>
        <translation>
            <numerusform>The record chain of %1 does not verify, so it is not copied: %2 (run careu check on it for its %n problem)</numerusform>
            <numerusform>The record chain of %1 does not verify, so it is not copied: %2 (run careu check on it for all %n problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record chain does not verify (%n problem(s); the first: %1), so nothing is exported. Run &quot;careu check&quot; to see them all, or export anyway with --allow-unverified, which marks what it writes as unverified.</source>
        <translation>
            <numerusform>The record chain does not verify (%n problem; the first: %1), so nothing is exported. Run &quot;careu check&quot; to see them all, or export anyway with --allow-unverified, which marks what it writes as unverified.</numerusform>
            <numerusform>The record chain does not verify (%n problems; the first: %1), so nothing is exported. Run &quot;careu check&quot; to see them all, or export anyway with --allow-unverified, which marks what it writes as unverified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UNVERIFIED: the record chain does not verify (%n problem(s); the first: %1). What follows may rest on forged records.</source>
        <translation>
            <numerusform>UNVERIFIED: the record chain does not verify (%n problem; the first: %1). What follows may rest on forged records.</numerusform>
            <numerusform>UNVERIFIED: the record chain does not verify (%n problems; the first: %1). What follows may rest on forged records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message numerus="yes">
        <source>%1 is damaged: SQLite&apos;s check found %n problem(s), the first: %2. The file was not changed.</source>
        <translation>
            <numerusform>%1 is damaged: SQLite&apos;s check found %n problem, the first: %2. The file was not changed.</numerusform>
            <numerusform>%1 is damaged: SQLite&apos;s check found %n problems, the first: %2. The file was not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message numerus="yes">
        <source>%1; the first %n people were added, the rest not</source>
        <translation>
            <numerusform>%1; the first %n person was added, the rest not</numerusform>
            <numerusform>%1; the first %n people were added, the rest not</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::sql</name>
    <message numerus="yes">
        <source>Other changes were being saved at the same moment, and the database server turned this one away %n times, so none of it was saved. Try again in a moment.</source>
        <translation>
            <numerusform>Other changes were being saved at the same moment, and the database server turned this one away %n time, so none of it was saved. Try again in a moment.</numerusform>
            <numerusform>Other changes were being saved at the same moment, and the database server turned this one away %n times, so none of it was saved. Try again in a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui::CoachPage</name>
    <message numerus="yes">
        <source>%1 of %n questions answered</source>
        <translation>
            <numerusform>%1 of %n question answered</numerusform>
            <numerusform>%1 of %n questions answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%1 of %n rows (one per person per course). Click a column title to sort; double-click a person to see their record.</source>
        <translation>
            <numerusform>%1 of %n row (one per person per course). Click a column title to sort; double-click a person to see their record.</numerusform>
            <numerusform>%1 of %n rows (one per person per course). Click a column title to sort; double-click a person to see their record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statements</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n certificate into %1.</numerusform>
            <numerusform>Wrote %n certificates into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui::HomePage</name>
    <message numerus="yes">
        <source>%1 of %n lessons complete</source>
        <translation>
            <numerusform>%1 of %n lesson complete</numerusform>
            <numerusform>%1 of %n lessons complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher %1 is due: %n questions on what you learned, then a role-play to replay. People need reminding more than instructing.</source>
        <translation>
            <numerusform>Refresher %1 is due: %n question on what you learned, then a role-play to replay. People need reminding more than instructing.</numerusform>
            <numerusform>Refresher %1 is due: %n questions on what you learned, then a role-play to replay. People need reminding more than instructing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s): learn, check, reflect, then practice with a real customer.</source>
        <translation>
            <numerusform>About %n minute: learn, check, reflect, then practice with a real customer.</numerusform>
            <numerusform>About %n minutes: learn, check, reflect, then practice with a real customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui::LessonPage</name>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui::MentorPage</name>
    <message numerus="yes">
        <source>%1 of %n lessons complete</source>
        <translation>
            <numerusform>%1 of %n lesson complete</numerusform>
            <numerusform>%1 of %n lessons complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n practices signed off</source>
        <translation>
            <numerusform>%1 of %n practice signed off</numerusform>
            <numerusform>%1 of %n practices signed off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui::PeoplePage</name>
    <message numerus="yes">
        <source>…and %n more lines like these.</source>
        <translation>
            <numerusform>…and %n more line like these.</numerusform>
            <numerusform>…and %n more lines like these.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody from %1 was added: fix the %n line(s) below and add the file again.</source>
        <translation>
            <numerusform>Nobody from %1 was added: fix the %n line below and add the file again.</numerusform>
            <numerusform>Nobody from %1 was added: fix the %n lines below and add the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people from %1 were added.</source>
        <translation>
            <numerusform>%n person from %1 was added.</numerusform>
            <numerusform>%n people from %1 were added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui::ReflectView</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui::ReportCharts</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lessons completed</source>
        <translation>
            <numerusform>%1 of %n lesson completed</numerusform>
            <numerusform>%1 of %n lessons completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graduates</source>
        <translation>
            <numerusform>%n graduate</numerusform>
            <numerusform>%n graduates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Practices signed off</source>
        <translation>
            <numerusform>%n Practice signed off</numerusform>
            <numerusform>%n Practices signed off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coach check-ins overdue</source>
        <translation>
            <numerusform>%n coach check-in overdue</numerusform>
            <numerusform>%n coach check-ins overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
