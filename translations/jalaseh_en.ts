<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutText</name>
    <message>
        <location filename="../src/app/shell/AboutText.cpp" line="13"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../src/app/shell/AboutText.cpp" line="15"/>
        <source>&lt;h3&gt;Jalaseh %1&lt;/h3&gt;&lt;p&gt;Minutes of meetings, Persian first: record who came, what was said, proposed and decided, and issue the minutes as PDF, ODT, HTML or text.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jalaseh %1&lt;/h3&gt;&lt;p&gt;Minutes of meetings, Persian first: record who came, what was said, proposed and decided, and issue the minutes as PDF, ODT, HTML or text.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/shell/AboutText.cpp" line="21"/>
        <source>&lt;p&gt;Jalaseh is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. Its text is at &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jalaseh is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. Its text is at &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/shell/AboutText.cpp" line="27"/>
        <source>&lt;p&gt;&lt;b&gt;Included in Jalaseh&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The fonts Noto Sans and Noto Sans Arabic (built into the program for the window and the documents), under the SIL Open Font License 1.1.&lt;/li&gt;&lt;li&gt;The template library kainjow/mustache, under the Boost Software License 1.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Libraries Jalaseh uses&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1, under the GNU Lesser General Public License 3.&lt;/li&gt;&lt;li&gt;ICU (calendars, collation), under the Unicode licence.&lt;/li&gt;&lt;li&gt;qpdf (the text layer of PDFs), under the Apache License 2.0.&lt;/li&gt;&lt;li&gt;SQLite (database files), in the public domain; libpq (PostgreSQL servers), under the PostgreSQL licence; both through Qt&apos;s database drivers.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Their notices come with Jalaseh (on Debian in /usr/share/doc/jalaseh/copyright).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Included in Jalaseh&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The fonts Noto Sans and Noto Sans Arabic (built into the program for the window and the documents), under the SIL Open Font License 1.1.&lt;/li&gt;&lt;li&gt;The template library kainjow/mustache, under the Boost Software License 1.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Libraries Jalaseh uses&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1, under the GNU Lesser General Public License 3.&lt;/li&gt;&lt;li&gt;ICU (calendars, collation), under the Unicode licence.&lt;/li&gt;&lt;li&gt;qpdf (the text layer of PDFs), under the Apache License 2.0.&lt;/li&gt;&lt;li&gt;SQLite (database files), in the public domain; libpq (PostgreSQL servers), under the PostgreSQL licence; both through Qt&apos;s database drivers.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Their notices come with Jalaseh (on Debian in /usr/share/doc/jalaseh/copyright).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <location filename="../src/core/Attachment.cpp" line="19"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../src/core/Attachment.cpp" line="21"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../src/core/Attachment.cpp" line="22"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="8"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="12"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="16"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="22"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="28"/>
        <source>Include &amp;merged groups</source>
        <translation>Include &amp;merged groups</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="29"/>
        <source>Count the meetings of the working groups merged into a body as its own</source>
        <translation>Count the meetings of the working groups merged into a body as its own</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="36"/>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="37"/>
        <source>See the pages of what this tab shows as they will print, set up the page and print</source>
        <translation>See the pages of what this tab shows as they will print, set up the page and print</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="40"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="41"/>
        <source>Save what this tab shows as a PDF to print or send</source>
        <translation>Save what this tab shows as a PDF to print or send</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="44"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="45"/>
        <source>Save what this tab shows as a CSV file for spreadsheets</source>
        <translation>Save what this tab shows as a CSV file for spreadsheets</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="53"/>
        <source>Attendance &amp;matrix</source>
        <translation>Attendance &amp;matrix</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="57"/>
        <source>&amp;Body or series:</source>
        <translation>&amp;Body or series:</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="61"/>
        <source>Body or meeting series</source>
        <translation>Body or meeting series</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="65"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="69"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="80"/>
        <source>Attendance matrix</source>
        <translation>Attendance matrix</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="92"/>
        <source>&amp;Activity of bodies</source>
        <translation>&amp;Activity of bodies</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="102"/>
        <source>Activity of each body</source>
        <translation>Activity of each body</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="112"/>
        <source>Select bodies in the table (Ctrl+click for several) to compare them in the chart; with none selected it shows all bodies together.</source>
        <translation>Select bodies in the table (Ctrl+click for several) to compare them in the chart; with none selected it shows all bodies together.</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="119"/>
        <location filename="../ui/attendance/AttendanceView.ui" line="122"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="187"/>
        <location filename="../src/storage/BackupStore.cpp" line="217"/>
        <source>Jalaseh could not read “%1” to back it up. Check that the file is there and may be read.</source>
        <translation>Jalaseh could not read “%1” to back it up. Check that the file is there and may be read.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="199"/>
        <source>Jalaseh could not write a backup of “%1” in “%2”. Check that the disk has free space and that the folder may be written to (the folder is a setting: File ▸ Backups).</source>
        <translation>Jalaseh could not write a backup of “%1” in “%2”. Check that the disk has free space and that the folder may be written to (the folder is a setting: File ▸ Backups).</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="313"/>
        <source>The backup of “%1” did not pass its check after writing and was thrown away. Check the disk (its free space and health), then back up again.</source>
        <translation>The backup of “%1” did not pass its check after writing and was thrown away. Check the disk (its free space and health), then back up again.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="420"/>
        <source>“%1” has no backup “%2”. Run `jalaseh --db FILE backup list` (or open File ▸ Backups) to see them.</source>
        <translation>“%1” has no backup “%2”. Run `jalaseh --db FILE backup list` (or open File ▸ Backups) to see them.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="427"/>
        <source>“%1” is the database itself; restoring over it would replace everything written since the backup. Restore to a new file, or close every window on it and add --force.</source>
        <translation>“%1” is the database itself; restoring over it would replace everything written since the backup. Restore to a new file, or close every window on it and add --force.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="435"/>
        <source>“%1” exists already. Choose a new file name, or add --force to replace it.</source>
        <translation>“%1” exists already. Choose a new file name, or add --force to replace it.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="441"/>
        <source>Jalaseh could not restore to “%1”: its folder does not exist. Choose an existing folder.</source>
        <translation>Jalaseh could not restore to “%1”: its folder does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="450"/>
        <source>Jalaseh could not restore the backup to “%1”. Check that the disk has free space and that the folder may be written to.</source>
        <translation>Jalaseh could not restore the backup to “%1”. Check that the disk has free space and that the folder may be written to.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="465"/>
        <source>The backup “%1” is damaged and was not restored. Choose an older one.</source>
        <translation>The backup “%1” is damaged and was not restored. Choose an older one.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="5"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="8"/>
        <source>Jalaseh backs up this file by itself once a day while you work on it, and before updating it, merging bodies or copying over it. It keeps one a day for a week, one a week for five weeks and one a month for a year. A backup is restored as a new file; this file is left as it is.</source>
        <translation>Jalaseh backs up this file by itself once a day while you work on it, and before updating it, merging bodies or copying over it. It keeps one a day for a week, one a week for five weeks and one a month for a year. A backup is restored as a new file; this file is left as it is.</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="12"/>
        <source>Backups of this file</source>
        <translation>Backups of this file</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="17"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="18"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="19"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="20"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="34"/>
        <source>Change &amp;folder…</source>
        <translation>Change &amp;folder…</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="39"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="42"/>
        <source>&amp;Restore as a new file…</source>
        <translation>&amp;Restore as a new file…</translation>
    </message>
</context>
<context>
    <name>BodiesView</name>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="10"/>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Search as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="12"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="15"/>
        <source>&amp;New body…</source>
        <translation>&amp;New body…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="16"/>
        <source>New body</source>
        <translation>New body</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="19"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="20"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="23"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="24"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="27"/>
        <source>Mer&amp;ge into…</source>
        <translation>Mer&amp;ge into…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="28"/>
        <source>Merge the selected working group into another body on a day; Undo takes it back</source>
        <translation>Merge the selected working group into another body on a day; Undo takes it back</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="29"/>
        <source>Merge into another body</source>
        <translation>Merge into another body</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="38"/>
        <source>Bodies</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="53"/>
        <location filename="../ui/bodies/BodiesView.ui" line="56"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="65"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="66"/>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="69"/>
        <source>Edit &amp;membership…</source>
        <translation>Edit &amp;membership…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="70"/>
        <source>Edit membership</source>
        <translation>Edit membership</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="73"/>
        <source>Remove m&amp;embership…</source>
        <translation>Remove m&amp;embership…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="74"/>
        <source>Remove membership</source>
        <translation>Remove membership</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="5"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="16"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="20"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="23"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="27"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="31"/>
        <source>&amp;Merged into:</source>
        <translation>&amp;Merged into:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="35"/>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="38"/>
        <source>Merged &amp;on:</source>
        <translation>Merged &amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="44"/>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctive</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="45"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="8"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="12"/>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="13"/>
        <source>Go to today (Home)</source>
        <translation>Go to today (Home)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="14"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="17"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="22"/>
        <source>Period shown</source>
        <translation>Period shown</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="26"/>
        <source>Gregorian months</source>
        <translation>Gregorian months</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="30"/>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="31"/>
        <source>Month view</source>
        <translation>Month view</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="38"/>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="39"/>
        <source>Week view</source>
        <translation>Week view</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="45"/>
        <source>&amp;New meeting on this day</source>
        <translation>&amp;New meeting on this day</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="46"/>
        <source>Create a meeting on the selected day (Insert)</source>
        <translation>Create a meeting on the selected day (Insert)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="47"/>
        <source>New meeting on the selected day</source>
        <translation>New meeting on the selected day</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="55"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="81"/>
        <source>Meetings of the selected day</source>
        <translation>Meetings of the selected day</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="89"/>
        <source>Clashes on the selected day</source>
        <translation>Clashes on the selected day</translation>
    </message>
</context>
<context>
    <name>ClashText</name>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="14"/>
        <source>%1, meeting %2</source>
        <translation>%1, meeting %2</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="21"/>
        <source>time not set</source>
        <translation>time not set</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="23"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="25"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="39"/>
        <source>%1</source>
        <comment>a woman: her title and family name</comment>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="41"/>
        <source>Ms %1</source>
        <translation>Ms %1</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="44"/>
        <source>%1</source>
        <comment>a man: his title and family name</comment>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="46"/>
        <source>Mr %1</source>
        <translation>Mr %1</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="84"/>
        <source>%1 is taken at the same time by meeting %2 of “%3” (%4).</source>
        <translation>%1 is taken at the same time by meeting %2 of “%3” (%4).</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="86"/>
        <source>%1 is also taken that day by meeting %2 of “%3” (%4); a time is missing, so check whether they overlap.</source>
        <translation>%1 is also taken that day by meeting %2 of “%3” (%4); a time is missing, so check whether they overlap.</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="93"/>
        <source>%1 is in meeting %2 of “%3” at the same time (%4).</source>
        <translation>%1 is in meeting %2 of “%3” at the same time (%4).</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="95"/>
        <source>%1 is also in meeting %2 of “%3” that day (%4); a time is missing, so check whether they overlap.</source>
        <translation>%1 is also in meeting %2 of “%3” that day (%4); a time is missing, so check whether they overlap.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/CommandDatabase.cpp" line="24"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandDatabase.cpp" line="29"/>
        <source>Note: %1 was updated to this version of Jalaseh.</source>
        <translation>Note: %1 was updated to this version of Jalaseh.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandDatabase.cpp" line="34"/>
        <source>Note: %1 was updated to this version of Jalaseh; a copy of the old file was kept as %2.</source>
        <translation>Note: %1 was updated to this version of Jalaseh; a copy of the old file was kept as %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandDatabase.cpp" line="62"/>
        <source>Warning: no backup of %1 was made (%2) The command goes on without it.</source>
        <translation>Warning: no backup of %1 was made (%2) The command goes on without it.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandArguments.cpp" line="32"/>
        <source>%1 is given twice; give it once.</source>
        <translation>%1 is given twice; give it once.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandArguments.cpp" line="41"/>
        <source>%1 needs a value after it.</source>
        <translation>%1 needs a value after it.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandArguments.cpp" line="46"/>
        <source>%1 is not an option of this command; add --help to see its options.</source>
        <translation>%1 is not an option of this command; add --help to see its options.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="23"/>
        <source>Usage: jalaseh [--db DATABASE] COMMAND [ARGUMENTS]
A DATABASE is a Jalaseh file or a PostgreSQL address, postgresql://user@server/database.
Without a command, jalaseh opens its window (on DATABASE when given).

Commands:
</source>
        <translation>Usage: jalaseh [--db DATABASE] COMMAND [ARGUMENTS]
A DATABASE is a Jalaseh file or a PostgreSQL address, postgresql://user@server/database.
Without a command, jalaseh opens its window (on DATABASE when given).

Commands:
</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="32"/>
        <source>
Run `jalaseh COMMAND --help` for the arguments of a command.
Exit codes: 0 done, 1 a mistake in the request (see the message), 2 an internal error.
</source>
        <translation>
Run `jalaseh COMMAND --help` for the arguments of a command.
Exit codes: 0 done, 1 a mistake in the request (see the message), 2 an internal error.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="68"/>
        <source>&quot;%1&quot; is followed by one of:
</source>
        <translation>&quot;%1&quot; is followed by one of:
</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="70"/>
        <source>
Run `jalaseh COMMAND --help` for the arguments of a command.
</source>
        <translation>
Run `jalaseh COMMAND --help` for the arguments of a command.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="129"/>
        <source>--db needs a database: a file name or a postgresql:// address, e.g. --db minutes.jalaseh</source>
        <translation>--db needs a database: a file name or a postgresql:// address, e.g. --db minutes.jalaseh</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="178"/>
        <source>&quot;%1&quot; needs a database: add --db DATABASE before the command.</source>
        <translation>&quot;%1&quot; needs a database: add --db DATABASE before the command.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="164"/>
        <source>Unknown command &quot;%1&quot;. Run `jalaseh --help` to see the commands.</source>
        <translation>Unknown command &quot;%1&quot;. Run `jalaseh --help` to see the commands.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="203"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="208"/>
        <source>Internal error: %1</source>
        <translation>Internal error: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="20"/>
        <source>Give the period with --from and --to as Jalali dates, e.g. --from 1402/01/01 --to 1402/12/29.</source>
        <translation>Give the period with --from and --to as Jalali dates, e.g. --from 1402/01/01 --to 1402/12/29.</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="86"/>
        <source>%1 is exported as csv or pdf, not &quot;%2&quot;.</source>
        <translation>%1 is exported as csv or pdf, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="93"/>
        <source>A pdf file cannot go to the terminal; name the file with -o, e.g. `-o report.pdf`.</source>
        <translation>A pdf file cannot go to the terminal; name the file with -o, e.g. `-o report.pdf`.</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="102"/>
        <source>A pdf can only be made when Jalaseh runs with its graphics library; this build of the command line lacks it. Export as csv instead.</source>
        <translation>A pdf can only be made when Jalaseh runs with its graphics library; this build of the command line lacks it. Export as csv instead.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportActivityCommand.cpp" line="20"/>
        <source>Write the activity of every body over a period (meetings per quarter, proposals, decisions open, done and overdue) as CSV or PDF.</source>
        <translation>Write the activity of every body over a period (meetings per quarter, proposals, decisions open, done and overdue) as CSV or PDF.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportActivityCommand.cpp" line="28"/>
        <source>Usage: jalaseh --db DATABASE export activity --from DATE --to DATE [--fold-merged]
                [--on DATE] [--format csv|pdf] [-o OUTPUT]

Writes, for every body (the steering committee first, then the working groups in
Persian alphabetical order), the meetings held in each Jalali quarter (season) from
DATE to DATE, the proposals and decisions recorded at them, and the follow-up of the
decisions approved or deferred: open, done, or overdue (open or in progress past the
deadline). Rejected decisions need no follow-up. A meeting counts as held once its day
has come; later ones are counted as planned. Series of no body (such as the leads&apos;
meetings) belong to no body&apos;s row. The PDF adds a chart of the meetings per quarter.

  --from DATE       the first day, Jalali, e.g. 1402/01/01 or ۱۴۰۲/۰۱/۰۱
  --to DATE         the last day, Jalali
  --fold-merged     count the meetings of a merged group for the body it joined,
                    without a row of its own
  --on DATE         the day the follow-up is reported on (default: today)
  --format FORMAT   csv (the default): UTF-8 with a byte order mark, for spreadsheets;
                    pdf: landscape A4 pages (needs -o). Taken from OUTPUT&apos;s suffix when
                    not given
  -o, --output OUTPUT
                    write to the file OUTPUT (replaced if it exists) instead of the
                    standard output

Examples:
  jalaseh --db minutes.jalaseh export activity --from 1402/01/01 --to 1402/12/29 \
          -o activity-1402.csv
  jalaseh --db minutes.jalaseh export activity --from 1398/01/01 --to 1403/12/30 \
          --fold-merged -o activity.pdf
</source>
        <translation>Usage: jalaseh --db DATABASE export activity --from DATE --to DATE [--fold-merged]
                [--on DATE] [--format csv|pdf] [-o OUTPUT]

Writes, for every body (the steering committee first, then the working groups in
Persian alphabetical order), the meetings held in each Jalali quarter (season) from
DATE to DATE, the proposals and decisions recorded at them, and the follow-up of the
decisions approved or deferred: open, done, or overdue (open or in progress past the
deadline). Rejected decisions need no follow-up. A meeting counts as held once its day
has come; later ones are counted as planned. Series of no body (such as the leads&apos;
meetings) belong to no body&apos;s row. The PDF adds a chart of the meetings per quarter.

  --from DATE       the first day, Jalali, e.g. 1402/01/01 or ۱۴۰۲/۰۱/۰۱
  --to DATE         the last day, Jalali
  --fold-merged     count the meetings of a merged group for the body it joined,
                    without a row of its own
  --on DATE         the day the follow-up is reported on (default: today)
  --format FORMAT   csv (the default): UTF-8 with a byte order mark, for spreadsheets;
                    pdf: landscape A4 pages (needs -o). Taken from OUTPUT&apos;s suffix when
                    not given
  -o, --output OUTPUT
                    write to the file OUTPUT (replaced if it exists) instead of the
                    standard output

Examples:
  jalaseh --db minutes.jalaseh export activity --from 1402/01/01 --to 1402/12/29 \
          -o activity-1402.csv
  jalaseh --db minutes.jalaseh export activity --from 1398/01/01 --to 1403/12/30 \
          --fold-merged -o activity.pdf
</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportActivityCommand.cpp" line="70"/>
        <source>Unexpected &quot;%1&quot;: give the period with --from and --to.</source>
        <translation>Unexpected &quot;%1&quot;: give the period with --from and --to.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportActivityCommand.cpp" line="78"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="42"/>
        <source>%1 &quot;%2&quot; is not a date: %3</source>
        <translation>%1 &quot;%2&quot; is not a date: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="52"/>
        <source>Write the attendance of a body or a meeting series over a period (members x meetings, rates, absence alerts) as CSV or PDF.</source>
        <translation>Write the attendance of a body or a meeting series over a period (members x meetings, rates, absence alerts) as CSV or PDF.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="60"/>
        <source>Usage: jalaseh --db DATABASE export attendance (--body NAME | --series NAME)
                --from DATE --to DATE [--role ROLE] [--without-merged]
                [--format csv|pdf] [-o OUTPUT]

Writes the attendance matrix of the body NAME (the steering committee or a working
group, as `list bodies` names it) for its meetings from DATE to DATE, both included,
with the meetings of the groups merged into it. One row per member, one column per
meeting; a person counts only for meetings held while a member. With --series, the
meetings of one series: its body&apos;s members are expected, or, for a series of no body
(such as the leads&apos; meetings), the people recorded other than as guests.

Rates: present, late and left early count as attended; &quot;attendance rate&quot; divides
them by the meetings recorded while a member (an excused absence counts as an
absence); the rate &quot;without excused&quot; leaves excused meetings out. Meetings with
nothing recorded for a member are left out of both. The PDF also lists the absence
alerts, by the limits set in the database (Settings in the application).

  --body NAME       the body, however its name is typed (ك/ک, ي/ی, with or without
                    ZWNJ)
  --series NAME     a meeting series instead of a body
  --from DATE       the first day, Jalali, e.g. 1402/01/01 or ۱۴۰۲/۰۱/۰۱
  --to DATE         the last day, Jalali
  --role ROLE       only the members of one role: lead, deputy, secretary or member
  --without-merged  leave out the meetings of the groups merged into the body
  --format FORMAT   csv (the default): UTF-8 with a byte order mark, for spreadsheets;
                    pdf: landscape A4 pages to print (needs -o). Taken from OUTPUT&apos;s
                    suffix when not given
  -o, --output OUTPUT
                    write to the file OUTPUT (replaced if it exists) instead of the
                    standard output

Examples:
  jalaseh --db minutes.jalaseh export attendance --body &quot;کمیته راهبری&quot; \
          --from 1402/01/01 --to 1402/12/29 -o attendance-1402.csv
  jalaseh --db minutes.jalaseh export attendance --body &quot;کارگروه آموزش&quot; \
          --from 1402/01/01 --to 1402/12/29 --format pdf -o attendance-1402.pdf
</source>
        <translation>Usage: jalaseh --db DATABASE export attendance (--body NAME | --series NAME)
                --from DATE --to DATE [--role ROLE] [--without-merged]
                [--format csv|pdf] [-o OUTPUT]

Writes the attendance matrix of the body NAME (the steering committee or a working
group, as `list bodies` names it) for its meetings from DATE to DATE, both included,
with the meetings of the groups merged into it. One row per member, one column per
meeting; a person counts only for meetings held while a member. With --series, the
meetings of one series: its body&apos;s members are expected, or, for a series of no body
(such as the leads&apos; meetings), the people recorded other than as guests.

Rates: present, late and left early count as attended; &quot;attendance rate&quot; divides
them by the meetings recorded while a member (an excused absence counts as an
absence); the rate &quot;without excused&quot; leaves excused meetings out. Meetings with
nothing recorded for a member are left out of both. The PDF also lists the absence
alerts, by the limits set in the database (Settings in the application).

  --body NAME       the body, however its name is typed (ك/ک, ي/ی, with or without
                    ZWNJ)
  --series NAME     a meeting series instead of a body
  --from DATE       the first day, Jalali, e.g. 1402/01/01 or ۱۴۰۲/۰۱/۰۱
  --to DATE         the last day, Jalali
  --role ROLE       only the members of one role: lead, deputy, secretary or member
  --without-merged  leave out the meetings of the groups merged into the body
  --format FORMAT   csv (the default): UTF-8 with a byte order mark, for spreadsheets;
                    pdf: landscape A4 pages to print (needs -o). Taken from OUTPUT&apos;s
                    suffix when not given
  -o, --output OUTPUT
                    write to the file OUTPUT (replaced if it exists) instead of the
                    standard output

Examples:
  jalaseh --db minutes.jalaseh export attendance --body &quot;کمیته راهبری&quot; \
          --from 1402/01/01 --to 1402/12/29 -o attendance-1402.csv
  jalaseh --db minutes.jalaseh export attendance --body &quot;کارگروه آموزش&quot; \
          --from 1402/01/01 --to 1402/12/29 --format pdf -o attendance-1402.pdf
</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="112"/>
        <source>Unexpected &quot;%1&quot;: name the body with --body NAME.</source>
        <translation>Unexpected &quot;%1&quot;: name the body with --body NAME.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="119"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="126"/>
        <source>Name the body with --body, e.g. --body &quot;کمیته راهبری&quot;, or a series with --series; `list bodies` shows the names.</source>
        <translation>Name the body with --body, e.g. --body &quot;کمیته راهبری&quot;, or a series with --series; `list bodies` shows the names.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="134"/>
        <source>Give either --body or --series, not both.</source>
        <translation>Give either --body or --series, not both.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="143"/>
        <source>There is no role &quot;%1&quot;; choose one of: lead, deputy, secretary, member.</source>
        <translation>There is no role &quot;%1&quot;; choose one of: lead, deputy, secretary, member.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="34"/>
        <source>%1 has no meeting series named &quot;%2&quot;; check the name as the application&apos;s meetings list shows it.</source>
        <translation>%1 has no meeting series named &quot;%2&quot;; check the name as the application&apos;s meetings list shows it.</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="66"/>
        <source>The period starts (%1) after it ends (%2); swap --from and --to.</source>
        <translation>The period starts (%1) after it ends (%2); swap --from and --to.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="24"/>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="24"/>
        <source>%1 has no body named &quot;%2&quot;. Run `jalaseh --db %1 list bodies` to see the names.</source>
        <translation>%1 has no body named &quot;%2&quot;. Run `jalaseh --db %1 list bodies` to see the names.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="46"/>
        <source>List the files attached to a meeting, with their ids.</source>
        <translation>List the files attached to a meeting, with their ids.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="52"/>
        <source>Usage: jalaseh --db DATABASE list attachments MEETING [--format table|tsv]

Lists the files attached to the meeting with id MEETING, in the order they were
attached: id, name, size, media type and SHA-256. `export attachment ID` writes one
out; `attach MEETING FILE` adds one.

  --format table   columns lined up for reading (default)
  --format tsv     tab-separated, sizes in bytes, for scripts
</source>
        <translation>Usage: jalaseh --db DATABASE list attachments MEETING [--format table|tsv]

Lists the files attached to the meeting with id MEETING, in the order they were
attached: id, name, size, media type and SHA-256. `export attachment ID` writes one
out; `attach MEETING FILE` adds one.

  --format table   columns lined up for reading (default)
  --format tsv     tab-separated, sizes in bytes, for scripts
</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="92"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="93"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="112"/>
        <source>Attach files to a meeting; prints the new attachments&apos; ids.</source>
        <translation>Attach files to a meeting; prints the new attachments&apos; ids.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="118"/>
        <source>Usage: jalaseh --db DATABASE attach MEETING FILE...

Keeps each FILE in the database as an attachment of the meeting with id MEETING
(agenda papers, slides, letters), under its file name, and prints the id of each.
The minutes list attachments under «پیوست‌ها». A file larger than the limit in the
settings (20 MB unless changed) is refused. All files or none: when one cannot be
attached, nothing is.

Example:
  jalaseh --db minutes.jalaseh attach 1 agenda.pdf slides.odp
</source>
        <translation>Usage: jalaseh --db DATABASE attach MEETING FILE...

Keeps each FILE in the database as an attachment of the meeting with id MEETING
(agenda papers, slides, letters), under its file name, and prints the id of each.
The minutes list attachments under «پیوست‌ها». A file larger than the limit in the
settings (20 MB unless changed) is refused. All files or none: when one cannot be
attached, nothing is.

Example:
  jalaseh --db minutes.jalaseh attach 1 agenda.pdf slides.odp
</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="143"/>
        <source>Give a meeting&apos;s id and one or more files, e.g. `attach 1 agenda.pdf`; `list meetings` shows the ids.</source>
        <translation>Give a meeting&apos;s id and one or more files, e.g. `attach 1 agenda.pdf`; `list meetings` shows the ids.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="200"/>
        <source>Write an attached file out.</source>
        <translation>Write an attached file out.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="205"/>
        <source>Usage: jalaseh --db DATABASE export attachment ID -o OUTPUT

Writes the attached file with id ID (see `list attachments MEETING`) to OUTPUT,
byte for byte as it was attached.

  -o, --output OUTPUT   the file to write (replaced if it exists)

Example:
  jalaseh --db minutes.jalaseh export attachment 3 -o agenda.pdf
</source>
        <translation>Usage: jalaseh --db DATABASE export attachment ID -o OUTPUT

Writes the attached file with id ID (see `list attachments MEETING`) to OUTPUT,
byte for byte as it was attached.

  -o, --output OUTPUT   the file to write (replaced if it exists)

Example:
  jalaseh --db minutes.jalaseh export attachment 3 -o agenda.pdf
</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="231"/>
        <source>Give the id of one attachment and the file to write, e.g. `export attachment 3 -o agenda.pdf`; `list attachments MEETING` shows the ids.</source>
        <translation>Give the id of one attachment and the file to write, e.g. `export attachment 3 -o agenda.pdf`; `list attachments MEETING` shows the ids.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="246"/>
        <source>%1 has no attachment with id %2. Run `jalaseh --db %1 list attachments MEETING` to see the ids.</source>
        <translation>%1 has no attachment with id %2. Run `jalaseh --db %1 list attachments MEETING` to see the ids.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="259"/>
        <location filename="../src/cli/ExportMeetingCommand.cpp" line="107"/>
        <source>%1 could not be written: %2. Check the folder exists and may be written to.</source>
        <translation>%1 could not be written: %2. Check the folder exists and may be written to.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMeetingCommand.cpp" line="24"/>
        <source>Write one meeting with everything recorded about it as a JSON meeting file.</source>
        <translation>Write one meeting with everything recorded about it as a JSON meeting file.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMeetingCommand.cpp" line="31"/>
        <source>Usage: jalaseh --db DATABASE export meeting ID [--format json] [-o OUTPUT]

Writes the meeting with id ID (see `list meetings`) as a meeting file: the meeting,
its series, attendance, agenda, contributions, proposals, decisions and action
items, with the people and bodies they name. `import meeting` reads it back, into
this or another database. The format is described in docs/meeting-json.md.

  --format json   the format of the file; json is the only one (default)
  -o, --output OUTPUT
                  write to the file OUTPUT (replaced if it exists) instead of the
                  standard output

Examples:
  jalaseh --db minutes.jalaseh export meeting 1 --format json -o meeting-1.json
  jalaseh --db minutes.jalaseh export meeting 1 | less
</source>
        <translation>Usage: jalaseh --db DATABASE export meeting ID [--format json] [-o OUTPUT]

Writes the meeting with id ID (see `list meetings`) as a meeting file: the meeting,
its series, attendance, agenda, contributions, proposals, decisions and action
items, with the people and bodies they name. `import meeting` reads it back, into
this or another database. The format is described in docs/meeting-json.md.

  --format json   the format of the file; json is the only one (default)
  -o, --output OUTPUT
                  write to the file OUTPUT (replaced if it exists) instead of the
                  standard output

Examples:
  jalaseh --db minutes.jalaseh export meeting 1 --format json -o meeting-1.json
  jalaseh --db minutes.jalaseh export meeting 1 | less
</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMeetingCommand.cpp" line="63"/>
        <source>Give the id of one meeting, e.g. `export meeting 1`; `list meetings` shows the ids.</source>
        <translation>Give the id of one meeting, e.g. `export meeting 1`; `list meetings` shows the ids.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMeetingCommand.cpp" line="72"/>
        <source>A meeting is exported as json, not &quot;%1&quot;. (The minutes as PDF, ODT, HTML or text come from `export minutes`.)</source>
        <translation>A meeting is exported as json, not &quot;%1&quot;. (The minutes as PDF, ODT, HTML or text come from `export minutes`.)</translation>
    </message>
    <message>
        <location filename="../src/cli/AmendMinutesCommand.cpp" line="21"/>
        <source>Open an amendment of approved minutes: a new version to edit and approve.</source>
        <translation>Open an amendment of approved minutes: a new version to edit and approve.</translation>
    </message>
    <message>
        <location filename="../src/cli/AmendMinutesCommand.cpp" line="27"/>
        <source>Usage: jalaseh --db DATABASE amend minutes MEETING --reason TEXT

Opens an amendment of the approved minutes of the meeting with id MEETING: records
why, and makes the next version a draft, so that the meeting can be edited again.
`approve minutes MEETING` approves it in turn. The versions approved before keep
their snapshots and document ids (`list versions MEETING`). On a server only the
secretariat amends.

  --reason TEXT   what the amendment corrects (required)

Example:
  jalaseh --db minutes.jalaseh amend minutes 1 --reason &quot;A decision&apos;s deadline was wrong&quot;
</source>
        <translation>Usage: jalaseh --db DATABASE amend minutes MEETING --reason TEXT

Opens an amendment of the approved minutes of the meeting with id MEETING: records
why, and makes the next version a draft, so that the meeting can be edited again.
`approve minutes MEETING` approves it in turn. The versions approved before keep
their snapshots and document ids (`list versions MEETING`). On a server only the
secretariat amends.

  --reason TEXT   what the amendment corrects (required)

Example:
  jalaseh --db minutes.jalaseh amend minutes 1 --reason &quot;A decision&apos;s deadline was wrong&quot;
</translation>
    </message>
    <message>
        <location filename="../src/cli/AmendMinutesCommand.cpp" line="56"/>
        <source>Say what the amendment corrects with --reason TEXT.</source>
        <translation>Say what the amendment corrects with --reason TEXT.</translation>
    </message>
    <message>
        <location filename="../src/cli/AmendMinutesCommand.cpp" line="65"/>
        <location filename="../src/cli/ApproveMinutesCommand.cpp" line="61"/>
        <location filename="../src/cli/AttachmentCommands.cpp" line="27"/>
        <location filename="../src/cli/ExportInvitationCommand.cpp" line="77"/>
        <location filename="../src/cli/ExportMeetingCommand.cpp" line="86"/>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="241"/>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="65"/>
        <source>%1 has no meeting with id %2. Run `jalaseh --db %1 list meetings` to see the ids.</source>
        <translation>%1 has no meeting with id %2. Run `jalaseh --db %1 list meetings` to see the ids.</translation>
    </message>
    <message>
        <location filename="../src/cli/AmendMinutesCommand.cpp" line="75"/>
        <source>Version %1 of the minutes of meeting %2 is open as a draft. Edit the meeting, then approve it with `approve minutes %2`.</source>
        <translation>Version %1 of the minutes of meeting %2 is open as a draft. Edit the meeting, then approve it with `approve minutes %2`.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="68"/>
        <source>Write a meeting&apos;s minutes (narrative report, formal minutes or invitation) as PDF, ODT, HTML or text.</source>
        <translation>Write a meeting&apos;s minutes (narrative report, formal minutes or invitation) as PDF, ODT, HTML or text.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="76"/>
        <source>Usage: jalaseh --db DATABASE export minutes ID [--style STYLE] [--format FORMAT]
                [-o OUTPUT] [--templates DIR] [--version N] [--without PARTS]

Writes the minutes of the meeting with id ID (see `list meetings`). Approved
minutes are written as they were approved (the snapshot of their latest version),
with their document id; minutes not yet approved as the meeting stands.

  --style STYLE     narrative: a report that tells the meeting in sentences (default)
                    formal: the formal minutes with the table of decisions and
                            signature lines
                    invitation: an invitation to the meeting
  --format FORMAT   pdf, odt, html or txt; taken from OUTPUT&apos;s suffix when not given,
                    txt otherwise
  -o, --output OUTPUT
                    write to the file OUTPUT (replaced if it exists); html and txt
                    go to the standard output without it, pdf and odt need it
  --templates DIR   use the templates in DIR where it has them; without it, those
                    of the user&apos;s templates folder (`jalaseh templates`; see
                    docs/templates.md)
  --version N       the approved version N of the minutes (`list versions ID`)
  --without PARTS   leave out of this document the parts named, separated by
                    commas: absentees, contributions, proposals, signatures,
                    attachments, document-id. Approved minutes say what their copy
                    leaves out, and a copy without its document id says that it
                    has none

Examples:
  jalaseh --db minutes.jalaseh export minutes 1 --style formal -o minutes-1.pdf
  jalaseh --db minutes.jalaseh export minutes 1 --format txt
  jalaseh --db minutes.jalaseh export minutes 1 --without absentees,signatures
</source>
        <translation>Usage: jalaseh --db DATABASE export minutes ID [--style STYLE] [--format FORMAT]
                [-o OUTPUT] [--templates DIR] [--version N] [--without PARTS]

Writes the minutes of the meeting with id ID (see `list meetings`). Approved
minutes are written as they were approved (the snapshot of their latest version),
with their document id; minutes not yet approved as the meeting stands.

  --style STYLE     narrative: a report that tells the meeting in sentences (default)
                    formal: the formal minutes with the table of decisions and
                            signature lines
                    invitation: an invitation to the meeting
  --format FORMAT   pdf, odt, html or txt; taken from OUTPUT&apos;s suffix when not given,
                    txt otherwise
  -o, --output OUTPUT
                    write to the file OUTPUT (replaced if it exists); html and txt
                    go to the standard output without it, pdf and odt need it
  --templates DIR   use the templates in DIR where it has them; without it, those
                    of the user&apos;s templates folder (`jalaseh templates`; see
                    docs/templates.md)
  --version N       the approved version N of the minutes (`list versions ID`)
  --without PARTS   leave out of this document the parts named, separated by
                    commas: absentees, contributions, proposals, signatures,
                    attachments, document-id. Approved minutes say what their copy
                    leaves out, and a copy without its document id says that it
                    has none

Examples:
  jalaseh --db minutes.jalaseh export minutes 1 --style formal -o minutes-1.pdf
  jalaseh --db minutes.jalaseh export minutes 1 --format txt
  jalaseh --db minutes.jalaseh export minutes 1 --without absentees,signatures
</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="126"/>
        <source>Give the id of one meeting, e.g. `export minutes 1`; `list meetings` shows the ids.</source>
        <translation>Give the id of one meeting, e.g. `export minutes 1`; `list meetings` shows the ids.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="138"/>
        <source>--version takes the number of an approved version, e.g. --version 2; `list versions %1` shows them.</source>
        <translation>--version takes the number of an approved version, e.g. --version 2; `list versions %1` shows them.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="153"/>
        <source>There is no part &quot;%1&quot; to leave out; choose from: %2.</source>
        <translation>There is no part &quot;%1&quot; to leave out; choose from: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="167"/>
        <source>There is no style &quot;%1&quot;; choose one of: %2.</source>
        <translation>There is no style &quot;%1&quot;; choose one of: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="188"/>
        <source>There is no format &quot;%1&quot;; choose one of: %2.</source>
        <translation>There is no format &quot;%1&quot;; choose one of: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="198"/>
        <source>A %1 file cannot go to the terminal; name the file with -o, e.g. `-o minutes.%1`.</source>
        <translation>A %1 file cannot go to the terminal; name the file with -o, e.g. `-o minutes.%1`.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="208"/>
        <source>Minutes can only be made when Jalaseh runs with its graphics library; this build of the command line lacks it.</source>
        <translation>Minutes can only be made when Jalaseh runs with its graphics library; this build of the command line lacks it.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="230"/>
        <source>The minutes of meeting %1 have no approved version %2. Run `jalaseh --db %3 list versions %1` to see them.</source>
        <translation>The minutes of meeting %1 have no approved version %2. Run `jalaseh --db %3 list versions %1` to see them.</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="28"/>
        <source>Add a meeting from a JSON meeting file; prints the new meeting&apos;s id.</source>
        <translation>Add a meeting from a JSON meeting file; prints the new meeting&apos;s id.</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="34"/>
        <source>Usage: jalaseh --db DATABASE import meeting MEETING.json

Adds the meeting in MEETING.json (as `export meeting` writes it; the format is
described in docs/meeting-json.md) to the database, and prints its new id.

People are matched by name however the name was typed (Arabic or Persian letters,
with or without the zero-width non-joiner); someone the database does not have is
added. Bodies and the series are matched by name and added when missing. The
meeting&apos;s number must be free in its series.

The file is checked first; every problem is listed with the field it is in, e.g.
  attendance[3].person: &quot;رضایی&quot; is not among the file&apos;s people
and then nothing is changed: the import is all or nothing.

Example:
  jalaseh --db minutes.jalaseh import meeting meeting-1.json
</source>
        <translation>Usage: jalaseh --db DATABASE import meeting MEETING.json

Adds the meeting in MEETING.json (as `export meeting` writes it; the format is
described in docs/meeting-json.md) to the database, and prints its new id.

People are matched by name however the name was typed (Arabic or Persian letters,
with or without the zero-width non-joiner); someone the database does not have is
added. Bodies and the series are matched by name and added when missing. The
meeting&apos;s number must be free in its series.

The file is checked first; every problem is listed with the field it is in, e.g.
  attendance[3].person: &quot;رضایی&quot; is not among the file&apos;s people
and then nothing is changed: the import is all or nothing.

Example:
  jalaseh --db minutes.jalaseh import meeting meeting-1.json
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="62"/>
        <source>Give one meeting file, e.g. `import meeting meeting-1.json`.</source>
        <translation>Give one meeting file, e.g. `import meeting meeting-1.json`.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="158"/>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="71"/>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>There is no file %1. Check the name and the folder.</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="78"/>
        <source>%1 is too large to be a meeting file (%2 MB).</source>
        <translation>%1 is too large to be a meeting file (%2 MB).</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="174"/>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="87"/>
        <source>%1 could not be read: %2.</source>
        <translation>%1 could not be read: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="99"/>
        <source>%1 was not imported, and the database was not changed:</source>
        <translation>%1 was not imported, and the database was not changed:</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="61"/>
        <source>Create a new database, empty or with demo or synthetic data.</source>
        <translation>Create a new database, empty or with demo or synthetic data.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="67"/>
        <source>Usage: jalaseh --db DATABASE init [--demo | --synthetic YEARS [--seed N]] [--force]

Creates a new Jalaseh database: a new file, or Jalaseh&apos;s tables in an empty database on
a PostgreSQL server (--db postgresql://user@server/database).

  --demo             fill it with the demo data: the network&apos;s organisation, the
                     steering committee and working groups with their members, and
                     three recorded meetings (the first is the seed meeting of
                     1402/01/21)
  --synthetic YEARS  fill it with generated data for YEARS years (1 to 100); ten
                     years are 2,000 people, 5,000 meetings and 100,000 attendance
                     rows; for trying out and measuring speed
  --seed N           the seed of the generated data (default 1); the same seed gives
                     the same database
  --force            replace the file if it exists (its contents are lost); on a server,
                     delete the records the database holds

Examples:
  jalaseh --db minutes.jalaseh init
  jalaseh --db demo.jalaseh init --demo
  jalaseh --db big.jalaseh init --synthetic 10 --seed 7 --force
</source>
        <translation>Usage: jalaseh --db DATABASE init [--demo | --synthetic YEARS [--seed N]] [--force]

Creates a new Jalaseh database: a new file, or Jalaseh&apos;s tables in an empty database on
a PostgreSQL server (--db postgresql://user@server/database).

  --demo             fill it with the demo data: the network&apos;s organisation, the
                     steering committee and working groups with their members, and
                     three recorded meetings (the first is the seed meeting of
                     1402/01/21)
  --synthetic YEARS  fill it with generated data for YEARS years (1 to 100); ten
                     years are 2,000 people, 5,000 meetings and 100,000 attendance
                     rows; for trying out and measuring speed
  --seed N           the seed of the generated data (default 1); the same seed gives
                     the same database
  --force            replace the file if it exists (its contents are lost); on a server,
                     delete the records the database holds

Examples:
  jalaseh --db minutes.jalaseh init
  jalaseh --db demo.jalaseh init --demo
  jalaseh --db big.jalaseh init --synthetic 10 --seed 7 --force
</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="102"/>
        <source>init takes no other words (&quot;%1&quot;); the file goes after --db, e.g. jalaseh --db minutes.jalaseh init.</source>
        <translation>init takes no other words (&quot;%1&quot;); the file goes after --db, e.g. jalaseh --db minutes.jalaseh init.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="113"/>
        <source>Choose either --demo or --synthetic, not both.</source>
        <translation>Choose either --demo or --synthetic, not both.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="122"/>
        <source>--synthetic needs a number of years from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--synthetic needs a number of years from 1 to %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="132"/>
        <source>--seed goes with --synthetic.</source>
        <translation>--seed goes with --synthetic.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="142"/>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="156"/>
        <source>%1 is a folder; give the name of a file to create, e.g. %1/minutes.jalaseh.</source>
        <translation>%1 is a folder; give the name of a file to create, e.g. %1/minutes.jalaseh.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="166"/>
        <source>%1 already exists, and init creates a new database. Choose another file name, or add --force to replace it (everything in it is lost).</source>
        <translation>%1 already exists, and init creates a new database. Choose another file name, or add --force to replace it (everything in it is lost).</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="177"/>
        <location filename="../src/cli/InitCommand.cpp" line="245"/>
        <source>%1 could not be replaced: it cannot be removed. Check the permissions of the file and its folder.</source>
        <translation>%1 could not be replaced: it cannot be removed. Check the permissions of the file and its folder.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="205"/>
        <source>The database %1 already holds records, and init creates a new database. Choose another database, or add --force to delete its records (everything in it is lost).</source>
        <translation>The database %1 already holds records, and init creates a new database. Choose another database, or add --force to delete its records (everything in it is lost).</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="256"/>
        <source>Created %1 with the demo data.</source>
        <translation>Created %1 with the demo data.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="263"/>
        <source>Created %1 with one year of synthetic data (seed %2).</source>
        <translation>Created %1 with one year of synthetic data (seed %2).</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="267"/>
        <source>Created %1 with %2 years of synthetic data (seed %3).</source>
        <translation>Created %1 with %2 years of synthetic data (seed %3).</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="274"/>
        <source>Created the empty database %1.</source>
        <translation>Created the empty database %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="90"/>
        <location filename="../src/cli/ListCommand.cpp" line="74"/>
        <location filename="../src/cli/ListCommand.cpp" line="107"/>
        <location filename="../src/cli/ListCommand.cpp" line="131"/>
        <location filename="../src/cli/ListCommand.cpp" line="166"/>
        <location filename="../src/cli/SearchCommand.cpp" line="142"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="75"/>
        <location filename="../src/cli/ListCommand.cpp" line="168"/>
        <location filename="../src/cli/SearchCommand.cpp" line="144"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="76"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="77"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="78"/>
        <location filename="../src/cli/ListCommand.cpp" line="169"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="79"/>
        <location filename="../src/cli/ListCommand.cpp" line="170"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="80"/>
        <location filename="../src/cli/ListCommand.cpp" line="110"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="81"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="82"/>
        <location filename="../src/cli/ListCommand.cpp" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="108"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="109"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="111"/>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="112"/>
        <location filename="../src/cli/ListCommand.cpp" line="136"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="116"/>
        <location filename="../src/cli/ListCommand.cpp" line="141"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="117"/>
        <location filename="../src/cli/ListCommand.cpp" line="142"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="91"/>
        <location filename="../src/cli/ListCommand.cpp" line="132"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="133"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="134"/>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="135"/>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="167"/>
        <location filename="../src/cli/SearchCommand.cpp" line="143"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="172"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="173"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="174"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="175"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="201"/>
        <source>List the meetings, people, bodies or decisions of a database.</source>
        <translation>List the meetings, people, bodies or decisions of a database.</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="207"/>
        <source>Usage: jalaseh --db DATABASE list meetings|people|bodies|decisions [--format table|tsv]

Prints a table of what the database holds:
  meetings   newest first: id, Jalali date, times, series, number, title, mode, status
  people     in Persian alphabetical order of family and given name
  bodies     the steering committee and working groups, merged ones included
  decisions  every decision with its meeting, status, follow-up, responsible person and deadline

  --format table  columns lined up for reading, Jalali dates in Persian digits (default)
  --format tsv    tab-separated values for scripts: a header line, ISO dates (2023-04-10) and the file format&apos;s keys (&quot;online&quot;, &quot;in_progress&quot;)

The ids in the first column are what `export meeting ID` takes.

Examples:
  jalaseh --db minutes.jalaseh list meetings
  jalaseh --db minutes.jalaseh list decisions --format tsv &gt; decisions.tsv
</source>
        <translation>Usage: jalaseh --db DATABASE list meetings|people|bodies|decisions [--format table|tsv]

Prints a table of what the database holds:
  meetings   newest first: id, Jalali date, times, series, number, title, mode, status
  people     in Persian alphabetical order of family and given name
  bodies     the steering committee and working groups, merged ones included
  decisions  every decision with its meeting, status, follow-up, responsible person and deadline

  --format table  columns lined up for reading, Jalali dates in Persian digits (default)
  --format tsv    tab-separated values for scripts: a header line, ISO dates (2023-04-10) and the file format&apos;s keys (&quot;online&quot;, &quot;in_progress&quot;)

The ids in the first column are what `export meeting ID` takes.

Examples:
  jalaseh --db minutes.jalaseh list meetings
  jalaseh --db minutes.jalaseh list decisions --format tsv &gt; decisions.tsv
</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="241"/>
        <source>What should be listed? Add one of: %1.</source>
        <translation>What should be listed? Add one of: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="244"/>
        <source>&quot;%1&quot; cannot be listed; list one of: %2.</source>
        <translation>&quot;%1&quot; cannot be listed; list one of: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="77"/>
        <location filename="../src/cli/ListCommand.cpp" line="253"/>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="55"/>
        <location filename="../src/cli/SearchCommand.cpp" line="125"/>
        <source>--format is &quot;table&quot; or &quot;tsv&quot;, not &quot;%1&quot;.</source>
        <translation>--format is &quot;table&quot; or &quot;tsv&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="44"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="46"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="48"/>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="50"/>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="52"/>
        <source>proposal</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="54"/>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="68"/>
        <source>Find names, contributions, proposals and decisions containing a text.</source>
        <translation>Find names, contributions, proposals and decisions containing a text.</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="74"/>
        <source>Usage: jalaseh --db DATABASE search TEXT... [--limit N] [--format table|tsv]

Lists what contains TEXT (several words are searched as one text): meetings,
people, bodies, contributions, proposals and decisions, with the meeting each
belongs to and its Jalali date. Text matches however it was typed: Arabic or
Persian ک and ی, with or without the zero-width non-joiner, Persian or Latin
digits. Meetings are also found by their agenda items and series name, and a
Jalali date (1402/01/21, 1402-1-21, ۱۴۰۲/۰۱/۲۱) lists that day&apos;s meetings first.

  --limit N       show at most N matches (default 200)
  --format table  columns for reading (default); --format tsv for scripts

Examples:
  jalaseh --db minutes.jalaseh search ادغام کارگروه‌ها
  jalaseh --db minutes.jalaseh search رقابی --format tsv
  jalaseh --db minutes.jalaseh search 1402/01/21
</source>
        <translation>Usage: jalaseh --db DATABASE search TEXT... [--limit N] [--format table|tsv]

Lists what contains TEXT (several words are searched as one text): meetings,
people, bodies, contributions, proposals and decisions, with the meeting each
belongs to and its Jalali date. Text matches however it was typed: Arabic or
Persian ک and ی, with or without the zero-width non-joiner, Persian or Latin
digits. Meetings are also found by their agenda items and series name, and a
Jalali date (1402/01/21, 1402-1-21, ۱۴۰۲/۰۱/۲۱) lists that day&apos;s meetings first.

  --limit N       show at most N matches (default 200)
  --format table  columns for reading (default); --format tsv for scripts

Examples:
  jalaseh --db minutes.jalaseh search ادغام کارگروه‌ها
  jalaseh --db minutes.jalaseh search رقابی --format tsv
  jalaseh --db minutes.jalaseh search 1402/01/21
</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="104"/>
        <source>What should be searched for? Add the text, e.g. `search رقابی`.</source>
        <translation>What should be searched for? Add the text, e.g. `search رقابی`.</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="115"/>
        <source>--limit needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--limit needs a number from 1 to %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="141"/>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="145"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="155"/>
        <source>Nothing contains &quot;%1&quot;.</source>
        <translation>Nothing contains &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="19"/>
        <source>Show where the minutes templates come from, or copy the built-in ones into a folder to edit them.</source>
        <translation>Show where the minutes templates come from, or copy the built-in ones into a folder to edit them.</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="26"/>
        <source>Usage: jalaseh templates [copy] [--folder DIR]

Without `copy`: lists every template and whether it comes from the folder or is
built in. With `copy`: copies the built-in templates into the folder, leaving the files
already there alone, and lists what it wrote. Edit the copies; the application and
`export minutes` use them from then on (see docs/templates.md).

  --folder DIR   the templates folder; the user&apos;s own folder when not given

Examples:
  jalaseh templates copy
  jalaseh templates --folder ~/minutes-templates
</source>
        <translation>Usage: jalaseh templates [copy] [--folder DIR]

Without `copy`: lists every template and whether it comes from the folder or is
built in. With `copy`: copies the built-in templates into the folder, leaving the files
already there alone, and lists what it wrote. Edit the copies; the application and
`export minutes` use them from then on (see docs/templates.md).

  --folder DIR   the templates folder; the user&apos;s own folder when not given

Examples:
  jalaseh templates copy
  jalaseh templates --folder ~/minutes-templates
</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="52"/>
        <source>&quot;%1&quot; is not something templates can do; the only word it takes is `copy`.</source>
        <translation>&quot;%1&quot; is not something templates can do; the only word it takes is `copy`.</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="67"/>
        <source>Every template is in %1 already; nothing was copied.</source>
        <translation>Every template is in %1 already; nothing was copied.</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="79"/>
        <source>Templates folder: %1</source>
        <translation>Templates folder: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="85"/>
        <source>from the folder</source>
        <translation>from the folder</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="86"/>
        <source>built in</source>
        <translation>built in</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="51"/>
        <source>Merge a working group into another body on a day; its members move.</source>
        <translation>Merge a working group into another body on a day; its members move.</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="57"/>
        <source>Usage: jalaseh --db DATABASE merge body NAME --into NAME --on DATE

Merges the body NAME (a working group, as `list bodies` names it) into the body given
with --into on the Jalali day DATE. The merged body keeps its name, series, meetings
and minutes, and is shown as merged from then on. Its seats that go on after DATE
end on DATE, and each of those members gets the same seat in the other body from
DATE (or from the day the seat was to start); people who are members of the other
body already keep their seat, and someone who was lead, deputy or secretary joins as
a member when the other body has that role filled. Attendance review of the other
body includes the merged body&apos;s meetings.

Refused, with the reason, when NAME is merged already, when the other body is merged
itself or was merged into NAME, and when NAME has a meeting after DATE. Nothing is
changed then. The window&apos;s Undo takes a merge back; the command line has no undo.

  NAME          the body merged, however its name is typed (ك/ک, ي/ی, ZWNJ)
  --into NAME   the body it joins
  --on DATE     the day, Jalali, e.g. 1402/07/01 or ۱۴۰۲/۰۷/۰۱

Example:
  jalaseh --db minutes.jalaseh merge body &quot;کارگروه تبادل تجربه&quot; \
          --into &quot;کارگروه منابع الکترونیکی&quot; --on 1402/07/01
</source>
        <translation>Usage: jalaseh --db DATABASE merge body NAME --into NAME --on DATE

Merges the body NAME (a working group, as `list bodies` names it) into the body given
with --into on the Jalali day DATE. The merged body keeps its name, series, meetings
and minutes, and is shown as merged from then on. Its seats that go on after DATE
end on DATE, and each of those members gets the same seat in the other body from
DATE (or from the day the seat was to start); people who are members of the other
body already keep their seat, and someone who was lead, deputy or secretary joins as
a member when the other body has that role filled. Attendance review of the other
body includes the merged body&apos;s meetings.

Refused, with the reason, when NAME is merged already, when the other body is merged
itself or was merged into NAME, and when NAME has a meeting after DATE. Nothing is
changed then. The window&apos;s Undo takes a merge back; the command line has no undo.

  NAME          the body merged, however its name is typed (ك/ک, ي/ی, ZWNJ)
  --into NAME   the body it joins
  --on DATE     the day, Jalali, e.g. 1402/07/01 or ۱۴۰۲/۰۷/۰۱

Example:
  jalaseh --db minutes.jalaseh merge body &quot;کارگروه تبادل تجربه&quot; \
          --into &quot;کارگروه منابع الکترونیکی&quot; --on 1402/07/01
</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="92"/>
        <source>Name the one body to merge, in quotes when it has spaces: merge body &quot;کارگروه تبادل تجربه&quot; --into NAME --on DATE.</source>
        <translation>Name the one body to merge, in quotes when it has spaces: merge body &quot;کارگروه تبادل تجربه&quot; --into NAME --on DATE.</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="101"/>
        <source>Name the body it joins with --into NAME.</source>
        <translation>Name the body it joins with --into NAME.</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="108"/>
        <source>Give the day of the merge with --on, e.g. --on 1402/07/01.</source>
        <translation>Give the day of the merge with --on, e.g. --on 1402/07/01.</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="139"/>
        <source>%1 merged into %2 on %3.</source>
        <translation>%1 merged into %2 on %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="142"/>
        <source>Joined %1: %2</source>
        <translation>Joined %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="147"/>
        <source>Members already: %1</source>
        <translation>Members already: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="152"/>
        <source>Joined as members, since %1 has its own lead, deputy or secretary: %2</source>
        <translation>Joined as members, since %1 has its own lead, deputy or secretary: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="24"/>
        <source>Copy a whole database between files and PostgreSQL servers.</source>
        <translation>Copy a whole database between files and PostgreSQL servers.</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="30"/>
        <source>Usage: jalaseh copy SOURCE TARGET [--force]

Copies every record of the database SOURCE into TARGET, keeping every id, so a
meeting, a person or a decision has the same number in both. Each of SOURCE and TARGET
is a file or a PostgreSQL address (postgresql://user@server:5432/database). A TARGET
file that does not exist is created; a TARGET database on a server must exist (empty,
or with Jalaseh&apos;s tables). The copy is one transaction: TARGET ends as a whole copy or
as it was.

  --force   copy even when TARGET already holds records (they are deleted)

Examples:
  jalaseh copy minutes.jalaseh postgresql://secretary@db.example.org/jalaseh
  jalaseh copy postgresql://secretary@db.example.org/jalaseh backup.jalaseh
</source>
        <translation>Usage: jalaseh copy SOURCE TARGET [--force]

Copies every record of the database SOURCE into TARGET, keeping every id, so a
meeting, a person or a decision has the same number in both. Each of SOURCE and TARGET
is a file or a PostgreSQL address (postgresql://user@server:5432/database). A TARGET
file that does not exist is created; a TARGET database on a server must exist (empty,
or with Jalaseh&apos;s tables). The copy is one transaction: TARGET ends as a whole copy or
as it was.

  --force   copy even when TARGET already holds records (they are deleted)

Examples:
  jalaseh copy minutes.jalaseh postgresql://secretary@db.example.org/jalaseh
  jalaseh copy postgresql://secretary@db.example.org/jalaseh backup.jalaseh
</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="56"/>
        <source>copy needs a source and a target, e.g. jalaseh copy minutes.jalaseh postgresql://user@server/jalaseh.</source>
        <translation>copy needs a source and a target, e.g. jalaseh copy minutes.jalaseh postgresql://user@server/jalaseh.</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="65"/>
        <source>The source and the target are the same database.</source>
        <translation>The source and the target are the same database.</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="88"/>
        <source>%1 already holds records, so nothing was copied. Choose an empty target, or add --force to replace its records with the copy.</source>
        <translation>%1 already holds records, so nothing was copied. Choose an empty target, or add --force to replace its records with the copy.</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="109"/>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Copying %1: %2 of %3 rows</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="121"/>
        <source>Copied %1 records from %2 to %3.</source>
        <translation>Copied %1 records from %2 to %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/ServerUsers.cpp" line="22"/>
        <source>Users and roles are for a database on a server (postgresql://...); who may use a file is decided by the file&apos;s permissions.</source>
        <translation>Users and roles are for a database on a server (postgresql://...); who may use a file is decided by the file&apos;s permissions.</translation>
    </message>
    <message>
        <location filename="../src/cli/ServerUsers.cpp" line="35"/>
        <source>The login “%1” may not manage the users of this database: that takes the database&apos;s owner with the right to create roles (ALTER ROLE ... CREATEROLE), or the server&apos;s administrator.</source>
        <translation>The login “%1” may not manage the users of this database: that takes the database&apos;s owner with the right to create roles (ALTER ROLE ... CREATEROLE), or the server&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="78"/>
        <source>Add a login to a database on a server: secretariat, lead or viewer.</source>
        <translation>Add a login to a database on a server: secretariat, lead or viewer.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="84"/>
        <source>Usage: jalaseh --db ADDRESS users add LOGIN --role secretariat|lead|viewer
                [--person &quot;GIVEN FAMILY&quot;] [--password-file FILE | --no-password]

Makes LOGIN a login of the server that may use this database in one role, which the
server itself enforces:
  secretariat  reads and changes everything, approves and amends minutes
  lead         reads everything; changes only the follow-up of the decisions and
               action items assigned to the person given with --person
  viewer       reads everything, changes nothing

  --person &quot;GIVEN FAMILY&quot;  the person the login acts for (a lead needs one)
  --password-file FILE    the password is the first line of FILE
  --no-password           no password: the server authenticates the login otherwise
                          (a certificate, peer); see pg_hba.conf
Without either, the password is asked for on the terminal, twice. A password never
goes on the command line. Only the database&apos;s owner with the right to create roles
(or the server&apos;s administrator) may add logins. Logins belong to the whole server.

Examples:
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add maryam --role secretariat
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add reza --role lead --person &quot;رضا احمدی&quot;
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add board --role viewer --password-file board.txt
</source>
        <translation>Usage: jalaseh --db ADDRESS users add LOGIN --role secretariat|lead|viewer
                [--person &quot;GIVEN FAMILY&quot;] [--password-file FILE | --no-password]

Makes LOGIN a login of the server that may use this database in one role, which the
server itself enforces:
  secretariat  reads and changes everything, approves and amends minutes
  lead         reads everything; changes only the follow-up of the decisions and
               action items assigned to the person given with --person
  viewer       reads everything, changes nothing

  --person &quot;GIVEN FAMILY&quot;  the person the login acts for (a lead needs one)
  --password-file FILE    the password is the first line of FILE
  --no-password           no password: the server authenticates the login otherwise
                          (a certificate, peer); see pg_hba.conf
Without either, the password is asked for on the terminal, twice. A password never
goes on the command line. Only the database&apos;s owner with the right to create roles
(or the server&apos;s administrator) may add logins. Logins belong to the whole server.

Examples:
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add maryam --role secretariat
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add reza --role lead --person &quot;رضا احمدی&quot;
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add board --role viewer --password-file board.txt
</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="128"/>
        <source>users add needs a login and its role, e.g. jalaseh --db ADDRESS users add maryam --role secretariat (roles: secretariat, lead, viewer).</source>
        <translation>users add needs a login and its role, e.g. jalaseh --db ADDRESS users add maryam --role secretariat (roles: secretariat, lead, viewer).</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="139"/>
        <source>Give either --password-file or --no-password, not both.</source>
        <translation>Give either --password-file or --no-password, not both.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="146"/>
        <source>users add asks for the password on a terminal; elsewhere give --password-file FILE (its first line) or --no-password.</source>
        <translation>users add asks for the password on a terminal; elsewhere give --password-file FILE (its first line) or --no-password.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="164"/>
        <source>There is no person named “%1” in the database. Give the given name, then the family name, as the list of people shows them (jalaseh list people).</source>
        <translation>There is no person named “%1” in the database. Give the given name, then the family name, as the list of people shows them (jalaseh list people).</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="170"/>
        <source>%1 people are named “%2”; give the name in full as jalaseh list people shows it.</source>
        <translation>%1 people are named “%2”; give the name in full as jalaseh list people shows it.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="187"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Cannot read the password file %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="200"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="202"/>
        <source>The same again: </source>
        <translation>The same again: </translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="204"/>
        <source>The two passwords differ, so no login was added. Try again.</source>
        <translation>The two passwords differ, so no login was added. Try again.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="213"/>
        <source>The password is empty, so no login was added. Use --no-password for a login without one.</source>
        <translation>The password is empty, so no login was added. Use --no-password for a login without one.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="228"/>
        <source>Added the login “%1” as %2 of %3.</source>
        <translation>Added the login “%1” as %2 of %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="231"/>
        <source>Added the login “%1” as %2 of %3, for %4.</source>
        <translation>Added the login “%1” as %2 of %3, for %4.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="236"/>
        <source>Note: this lead is linked to no person, so it may change no follow-up. Remove it and add it again with --person.</source>
        <translation>Note: this lead is linked to no person, so it may change no follow-up. Remove it and add it again with --person.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="20"/>
        <source>List the logins of a database on a server, with their roles.</source>
        <translation>List the logins of a database on a server, with their roles.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="26"/>
        <source>Usage: jalaseh --db ADDRESS users list [--format table|tsv]

Lists the logins that may use this database: each login&apos;s role (secretariat, lead,
viewer) and the person it acts for. The database&apos;s owner and the server&apos;s
administrators are not listed: they may do everything.

Example:
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users list
</source>
        <translation>Usage: jalaseh --db ADDRESS users list [--format table|tsv]

Lists the logins that may use this database: each login&apos;s role (secretariat, lead,
viewer) and the person it acts for. The database&apos;s owner and the server&apos;s
administrators are not listed: they may do everything.

Example:
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users list
</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="44"/>
        <source>users list takes no arguments but --format table|tsv.</source>
        <translation>users list takes no arguments but --format table|tsv.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="57"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="58"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="59"/>
        <source>Person id</source>
        <translation>Person id</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="60"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersRemoveCommand.cpp" line="21"/>
        <source>Remove a login of a database on a server.</source>
        <translation>Remove a login of a database on a server.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersRemoveCommand.cpp" line="26"/>
        <source>Usage: jalaseh --db ADDRESS users remove LOGIN

Removes LOGIN, a login of this database (see users list), from the server: it can no
longer connect. The records it changed stay. Only the database&apos;s owner with the right
to create roles (or the server&apos;s administrator) may remove logins.

Example:
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users remove reza
</source>
        <translation>Usage: jalaseh --db ADDRESS users remove LOGIN

Removes LOGIN, a login of this database (see users list), from the server: it can no
longer connect. The records it changed stay. Only the database&apos;s owner with the right
to create roles (or the server&apos;s administrator) may remove logins.

Example:
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users remove reza
</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersRemoveCommand.cpp" line="42"/>
        <source>users remove needs the login to remove, e.g. jalaseh --db ADDRESS users remove reza.</source>
        <translation>users remove needs the login to remove, e.g. jalaseh --db ADDRESS users remove reza.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersRemoveCommand.cpp" line="61"/>
        <source>Removed the login “%1” from %2.</source>
        <translation>Removed the login “%1” from %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="24"/>
        <source>%1 is a database server: Jalaseh backs up database files only. Backing up a server is the server&apos;s job; ask its administrator, or use PostgreSQL&apos;s pg_dump.</source>
        <translation>%1 is a database server: Jalaseh backs up database files only. Backing up a server is the server&apos;s job; ask its administrator, or use PostgreSQL&apos;s pg_dump.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="38"/>
        <source>before update</source>
        <translation>before update</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="40"/>
        <source>before merge</source>
        <translation>before merge</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="42"/>
        <source>before copy</source>
        <translation>before copy</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="48"/>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="50"/>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="55"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="65"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="66"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="79"/>
        <source>Back up the database file now; prints the backup&apos;s id.</source>
        <translation>Back up the database file now; prints the backup&apos;s id.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="85"/>
        <source>Usage: jalaseh --db FILE backup now

Writes a backup of FILE into its backup folder, checks it (it is opened and read
through), and prints its id alone on the last line. Backups are also made by
themselves: once a day when the file is opened for changes, and before an update
of the file&apos;s format, a merge of bodies and a copy over the file. Of the daily
ones, one a day is kept for a week, one a week for five weeks and one a month for
a year; of the others, the last three of each kind.

The backups live in the user&apos;s data folder (~/.local/share/Jalaseh/jalaseh/backups),
one folder for each database file; the window&apos;s File ▸ Backups changes the folder,
and JALASEH_BACKUP_FOLDER overrides it for one run. A database server is backed up
by its administrator (pg_dump), not by Jalaseh.

Example:
  jalaseh --db minutes.jalaseh backup now
</source>
        <translation>Usage: jalaseh --db FILE backup now

Writes a backup of FILE into its backup folder, checks it (it is opened and read
through), and prints its id alone on the last line. Backups are also made by
themselves: once a day when the file is opened for changes, and before an update
of the file&apos;s format, a merge of bodies and a copy over the file. Of the daily
ones, one a day is kept for a week, one a week for five weeks and one a month for
a year; of the others, the last three of each kind.

The backups live in the user&apos;s data folder (~/.local/share/Jalaseh/jalaseh/backups),
one folder for each database file; the window&apos;s File ▸ Backups changes the folder,
and JALASEH_BACKUP_FOLDER overrides it for one run. A database server is backed up
by its administrator (pg_dump), not by Jalaseh.

Example:
  jalaseh --db minutes.jalaseh backup now
</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="109"/>
        <source>backup now takes no other words.</source>
        <translation>backup now takes no other words.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="124"/>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>Backed up %1 to %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="143"/>
        <source>List the backups of the database file: id, date, size, kind.</source>
        <translation>List the backups of the database file: id, date, size, kind.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="149"/>
        <source>Usage: jalaseh --db FILE backup list [--format table|tsv]

Lists the backups of FILE, newest first, one a line: its id (for `backup
restore`), when it was made (Jalali, local time), its size and its kind (daily,
weekly, monthly, before update, before merge, before copy). --format tsv gives
tab-separated values for scripts, with ISO dates and sizes in bytes.

Example:
  jalaseh --db minutes.jalaseh backup list
</source>
        <translation>Usage: jalaseh --db FILE backup list [--format table|tsv]

Lists the backups of FILE, newest first, one a line: its id (for `backup
restore`), when it was made (Jalali, local time), its size and its kind (daily,
weekly, monthly, before update, before merge, before copy). --format tsv gives
tab-separated values for scripts, with ISO dates and sizes in bytes.

Example:
  jalaseh --db minutes.jalaseh backup list
</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="171"/>
        <source>--format is table or tsv.</source>
        <translation>--format is table or tsv.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="182"/>
        <source>%1 has no backups yet. Make one with `jalaseh --db %1 backup now`.</source>
        <translation>%1 has no backups yet. Make one with `jalaseh --db %1 backup now`.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="189"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="190"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="191"/>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="192"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="212"/>
        <source>Restore a backup as a new database file.</source>
        <translation>Restore a backup as a new database file.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="217"/>
        <source>Usage: jalaseh --db FILE backup restore ID --to NEWFILE [--force]

Writes the backup ID of FILE (as `backup list` shows it) to NEWFILE, checked, and
leaves FILE as it is. NEWFILE must not exist, and must not be FILE: --force
replaces it (close every window on it first). Open NEWFILE to see the records
as they were; to work on with it, open it instead of FILE, or copy it over FILE
once no program has FILE open.

  --to NEWFILE   the file to write
  --force        replace NEWFILE when it exists, even when it is FILE

Example:
  jalaseh --db minutes.jalaseh backup restore 20261207-093000 --to yesterday.jalaseh
</source>
        <translation>Usage: jalaseh --db FILE backup restore ID --to NEWFILE [--force]

Writes the backup ID of FILE (as `backup list` shows it) to NEWFILE, checked, and
leaves FILE as it is. NEWFILE must not exist, and must not be FILE: --force
replaces it (close every window on it first). Open NEWFILE to see the records
as they were; to work on with it, open it instead of FILE, or copy it over FILE
once no program has FILE open.

  --to NEWFILE   the file to write
  --force        replace NEWFILE when it exists, even when it is FILE

Example:
  jalaseh --db minutes.jalaseh backup restore 20261207-093000 --to yesterday.jalaseh
</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="246"/>
        <source>Name the backup and the new file: backup restore ID --to NEWFILE (`backup list` shows the ids).</source>
        <translation>Name the backup and the new file: backup restore ID --to NEWFILE (`backup list` shows the ids).</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="257"/>
        <source>Restored backup %1 of %2 as %3.</source>
        <translation>Restored backup %1 of %2 as %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/ApproveMinutesCommand.cpp" line="21"/>
        <source>Approve a meeting&apos;s minutes: freeze them as they read now and give them a document id.</source>
        <translation>Approve a meeting&apos;s minutes: freeze them as they read now and give them a document id.</translation>
    </message>
    <message>
        <location filename="../src/cli/ApproveMinutesCommand.cpp" line="28"/>
        <source>Usage: jalaseh --db DATABASE approve minutes MEETING

Approves the minutes of the meeting with id MEETING (see `list meetings`): keeps a
snapshot of everything they show, so that every later export, in any style and
format, reads as they read today, even after people are renamed or decisions
followed up. The meeting can then no longer be edited; `amend minutes` opens a new
version. On a server only the secretariat approves.

Prints the version approved and its fingerprint, and on the last line the document
id alone, which every export prints and `verify` checks.

Example:
  jalaseh --db minutes.jalaseh approve minutes 1
</source>
        <translation>Usage: jalaseh --db DATABASE approve minutes MEETING

Approves the minutes of the meeting with id MEETING (see `list meetings`): keeps a
snapshot of everything they show, so that every later export, in any style and
format, reads as they read today, even after people are renamed or decisions
followed up. The meeting can then no longer be edited; `amend minutes` opens a new
version. On a server only the secretariat approves.

Prints the version approved and its fingerprint, and on the last line the document
id alone, which every export prints and `verify` checks.

Example:
  jalaseh --db minutes.jalaseh approve minutes 1
</translation>
    </message>
    <message>
        <location filename="../src/cli/ApproveMinutesCommand.cpp" line="70"/>
        <source>The minutes of meeting %1 are approved: version %2.</source>
        <translation>The minutes of meeting %1 are approved: version %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/ApproveMinutesCommand.cpp" line="75"/>
        <location filename="../src/cli/VerifyCommand.cpp" line="138"/>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Fingerprint (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="23"/>
        <source>List the versions of a meeting&apos;s minutes of record, with their ids.</source>
        <translation>List the versions of a meeting&apos;s minutes of record, with their ids.</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="29"/>
        <source>Usage: jalaseh --db DATABASE list versions MEETING [--format table|tsv]

Lists the versions of the minutes of the meeting with id MEETING, oldest first:
number, state (approved or draft), when and by whom approved, document id, and the
reason of each amendment. Minutes never approved have none. `export minutes MEETING
--version N` exports any approved one.

  --format table   columns lined up for reading (default)
  --format tsv     tab-separated, with ISO UTC times, for scripts
</source>
        <translation>Usage: jalaseh --db DATABASE list versions MEETING [--format table|tsv]

Lists the versions of the minutes of the meeting with id MEETING, oldest first:
number, state (approved or draft), when and by whom approved, document id, and the
reason of each amendment. Minutes never approved have none. `export minutes MEETING
--version N` exports any approved one.

  --format table   columns lined up for reading (default)
  --format tsv     tab-separated, with ISO UTC times, for scripts
</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="78"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="79"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="80"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="81"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="82"/>
        <source>Document id</source>
        <translation>Document id</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="83"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="88"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="89"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../src/cli/MinutesOfRecord.cpp" line="16"/>
        <source>Give the id of one meeting, e.g. `%1 1`; `list meetings` shows the ids.</source>
        <translation>Give the id of one meeting, e.g. `%1 1`; `list meetings` shows the ids.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="24"/>
        <source>Check the document id of a copy of approved minutes.</source>
        <translation>Check the document id of a copy of approved minutes.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="30"/>
        <source>Usage: jalaseh --db DATABASE verify ID

Checks the document id ID printed on a copy of approved minutes (&quot;شناسه سند&quot;,
e.g. 7K3M-Q9XA-4TRB-C2HP; case, hyphens and Persian digits do not matter). When the
database approved minutes with that id, prints the meeting, the version, when it was
approved and its fingerprint, and exits with 0: the copy&apos;s text is the one approved,
which `export minutes MEETING --version N` gives again.

Exits with 1 when ID is mistyped (its check character does not match), when no
approved minutes of the database have it, or when the stored minutes no longer match
their fingerprint; the message says which.
</source>
        <translation>Usage: jalaseh --db DATABASE verify ID

Checks the document id ID printed on a copy of approved minutes (&quot;شناسه سند&quot;,
e.g. 7K3M-Q9XA-4TRB-C2HP; case, hyphens and Persian digits do not matter). When the
database approved minutes with that id, prints the meeting, the version, when it was
approved and its fingerprint, and exits with 0: the copy&apos;s text is the one approved,
which `export minutes MEETING --version N` gives again.

Exits with 1 when ID is mistyped (its check character does not match), when no
approved minutes of the database have it, or when the stored minutes no longer match
their fingerprint; the message says which.
</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="54"/>
        <source>Give the document id to check, e.g. `verify 7K3M-Q9XA-4TRB-C2HP`.</source>
        <translation>Give the document id to check, e.g. `verify 7K3M-Q9XA-4TRB-C2HP`.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="64"/>
        <source>&quot;%1&quot; is not a document id: an id has 16 Latin letters and digits in four groups, like 7K3M-Q9XA-4TRB-C2HP. Check what was typed.</source>
        <translation>&quot;%1&quot; is not a document id: an id has 16 Latin letters and digits in four groups, like 7K3M-Q9XA-4TRB-C2HP. Check what was typed.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="74"/>
        <source>&quot;%1&quot; is mistyped: its last character, the check character, does not match the others. Compare it with the copy character by character.</source>
        <translation>&quot;%1&quot; is mistyped: its last character, the check character, does not match the others. Compare it with the copy character by character.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="88"/>
        <source>No approved minutes in %1 have the document id %2. The id is well formed, so it was not mistyped: the copy was not approved in this database.</source>
        <translation>No approved minutes in %1 have the document id %2. The id is well formed, so it was not mistyped: the copy was not approved in this database.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="101"/>
        <source>The minutes with the document id %1 were changed in the database after they were approved: their content no longer matches their fingerprint. Do not trust them; restore the database from a backup.</source>
        <translation>The minutes with the document id %1 were changed in the database after they were approved: their content no longer matches their fingerprint. Do not trust them; restore the database from a backup.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="115"/>
        <source>%1, no. %2</source>
        <translation>%1, no. %2</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="119"/>
        <source>Genuine: %1 names approved minutes.</source>
        <translation>Genuine: %1 names approved minutes.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="123"/>
        <source>Meeting: %1 (id %2), %3</source>
        <translation>Meeting: %1 (id %2), %3</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="128"/>
        <source>Version: %1%2</source>
        <translation>Version: %1%2</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="132"/>
        <source> (amendment: %1)</source>
        <translation> (amendment: %1)</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="135"/>
        <source>Approved: %1 by %2</source>
        <translation>Approved: %1 by %2</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportInvitationCommand.cpp" line="26"/>
        <source>Write a planned meeting as an iCalendar file (.ics) for calendars.</source>
        <translation>Write a planned meeting as an iCalendar file (.ics) for calendars.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportInvitationCommand.cpp" line="32"/>
        <source>Usage: jalaseh --db DATABASE export invitation ID [-o OUTPUT] [--templates DIR]

Writes the meeting with id ID (see `list meetings`) as an iCalendar file (RFC 5545)
that invitees open to add the meeting to their calendars: its time in Tehran&apos;s time
zone, the venue or the online link as its place, and the invitation letter (with
the Jalali date and the agenda) as its description. Invitees with an e-mail address
are its attendees, the secretary (else the chair) its organizer. The meeting must be
planned (not yet held) and have a start time.

  -o, --output OUTPUT
                    write to the file OUTPUT (replaced if it exists); without it,
                    to the standard output
  --templates DIR   take the invitation letter from the templates in DIR where it
                    has them (see `export minutes`)

Examples:
  jalaseh --db minutes.jalaseh export invitation 12 -o meeting.ics
</source>
        <translation>Usage: jalaseh --db DATABASE export invitation ID [-o OUTPUT] [--templates DIR]

Writes the meeting with id ID (see `list meetings`) as an iCalendar file (RFC 5545)
that invitees open to add the meeting to their calendars: its time in Tehran&apos;s time
zone, the venue or the online link as its place, and the invitation letter (with
the Jalali date and the agenda) as its description. Invitees with an e-mail address
are its attendees, the secretary (else the chair) its organizer. The meeting must be
planned (not yet held) and have a start time.

  -o, --output OUTPUT
                    write to the file OUTPUT (replaced if it exists); without it,
                    to the standard output
  --templates DIR   take the invitation letter from the templates in DIR where it
                    has them (see `export minutes`)

Examples:
  jalaseh --db minutes.jalaseh export invitation 12 -o meeting.ics
</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportInvitationCommand.cpp" line="97"/>
        <source>The calendar file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>The calendar file could not be written (%1). Check that the disk is not full and try again.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="138"/>
        <source>“%1” is not a Jalaseh database: it is not a database file at all. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>“%1” is not a Jalaseh database: it is not a database file at all. Choose a file saved by Jalaseh; this file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="147"/>
        <source>The database file “%1” is damaged and cannot be opened safely. Restore it from a backup copy (File ▸ Backups, or `jalaseh --db FILE backup list`); this file was not changed.</source>
        <translation>The database file “%1” is damaged and cannot be opened safely. Restore it from a backup copy (File ▸ Backups, or `jalaseh --db FILE backup list`); this file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="157"/>
        <source>The database file “%1” is in use by another program. Close the other program (or the other Jalaseh window) and open the file again; the file was not changed.</source>
        <translation>The database file “%1” is in use by another program. Close the other program (or the other Jalaseh window) and open the file again; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="166"/>
        <source>Jalaseh is not allowed to read “%1”. Check the file&apos;s permissions, or ask the person who gave it to you; the file was not changed.</source>
        <translation>Jalaseh is not allowed to read “%1”. Check the file&apos;s permissions, or ask the person who gave it to you; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="175"/>
        <source>The database file “%1” is read-only, and it has to be opened for changes. Make the file writable, or copy it to a folder of yours and open the copy; the file was not changed.</source>
        <translation>The database file “%1” is read-only, and it has to be opened for changes. Make the file writable, or copy it to a folder of yours and open the copy; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="190"/>
        <source>The folder of the database file “%1” may not be written to (a CD, or a shared folder you may only read), and saving changes needs SQLite&apos;s journal files beside the file. Ask for write access to the folder, or copy the file to a folder of yours and open the copy; the file was not changed.</source>
        <translation>The folder of the database file “%1” may not be written to (a CD, or a shared folder you may only read), and saving changes needs SQLite&apos;s journal files beside the file. Ask for write access to the folder, or copy the file to a folder of yours and open the copy; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="197"/>
        <source>The database file “%1” and its folder are read-only (a CD, or a shared folder you may only read), and it has to be opened for changes. Copy the file to a folder of yours and open the copy; the file was not changed.</source>
        <translation>The database file “%1” and its folder are read-only (a CD, or a shared folder you may only read), and it has to be opened for changes. Copy the file to a folder of yours and open the copy; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="208"/>
        <source>The disk that holds the database file “%1” may only be read (a CD, a read-only network share), so no change can be saved to it. Copy the file to a folder of yours and open the copy; the file was not changed.</source>
        <translation>The disk that holds the database file “%1” may only be read (a CD, a read-only network share), so no change can be saved to it. Copy the file to a folder of yours and open the copy; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="219"/>
        <source>“%1” beside the database file was made read-only by a program that opened the database read-only (perhaps another user&apos;s), and that program still has it open, so no change can be saved. Close that program, then open the database again; the file was not changed.</source>
        <translation>“%1” beside the database file was made read-only by a program that opened the database read-only (perhaps another user&apos;s), and that program still has it open, so no change can be saved. Close that program, then open the database again; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="226"/>
        <source>“%1” beside the database file was left read-only by an earlier read-only opening, and it belongs to another user, so Jalaseh may neither change nor remove it; no change can be saved until it is gone. Ask that user (or whoever manages the folder) to delete “%1” while no program has the database open; the file was not changed.</source>
        <translation>“%1” beside the database file was left read-only by an earlier read-only opening, and it belongs to another user, so Jalaseh may neither change nor remove it; no change can be saved until it is gone. Ask that user (or whoever manages the folder) to delete “%1” while no program has the database open; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="238"/>
        <source>The newest changes of “%1” wait in its “-wal” file, which SQLite can read only with a “-shm” file beside it, and the folder (a CD, or a shared folder you may only read) does not allow making one. Copy the database file together with its “-wal” file into a folder of yours and open the copy; the file was not changed.</source>
        <translation>The newest changes of “%1” wait in its “-wal” file, which SQLite can read only with a “-shm” file beside it, and the folder (a CD, or a shared folder you may only read) does not allow making one. Copy the database file together with its “-wal” file into a folder of yours and open the copy; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="252"/>
        <source>“%1” is open read-only because the file may not be written to. You can read, search and export; to make changes, make the file writable (or open a copy) and open it again.</source>
        <translation>“%1” is open read-only because the file may not be written to. You can read, search and export; to make changes, make the file writable (or open a copy) and open it again.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="258"/>
        <source>“%1” is open read-only because its folder may not be written to (a CD, or a shared folder you may only read). You can read, search and export; to make changes, copy the file to a folder of yours and open the copy.</source>
        <translation>“%1” is open read-only because its folder may not be written to (a CD, or a shared folder you may only read). You can read, search and export; to make changes, copy the file to a folder of yours and open the copy.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="307"/>
        <source>The file “%1” does not exist. Check its name and folder, or create a new database.</source>
        <translation>The file “%1” does not exist. Check its name and folder, or create a new database.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="315"/>
        <source>“%1” is a folder, not a database file. Choose a file saved by Jalaseh.</source>
        <translation>“%1” is a folder, not a database file. Choose a file saved by Jalaseh.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="331"/>
        <source>“%1” is empty, so it is not a Jalaseh database. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>“%1” is empty, so it is not a Jalaseh database. Choose a file saved by Jalaseh; this file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="396"/>
        <source>“%1” is an empty database, not a Jalaseh database. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>“%1” is an empty database, not a Jalaseh database. Choose a file saved by Jalaseh; this file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="400"/>
        <source>“%1” is a database of another program, not of Jalaseh. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>“%1” is a database of another program, not of Jalaseh. Choose a file saved by Jalaseh; this file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="408"/>
        <source>This file was written by a newer version of Jalaseh (schema %1; this version reads up to %2). Update Jalaseh to open it; the file was not changed.</source>
        <translation>This file was written by a newer version of Jalaseh (schema %1; this version reads up to %2). Update Jalaseh to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="429"/>
        <source>The database file “%1” was saved by an older version of Jalaseh and must be updated before it can be opened, but it is read-only. Copy it to a folder of yours and open the copy; the file was not changed.</source>
        <translation>The database file “%1” was saved by an older version of Jalaseh and must be updated before it can be opened, but it is read-only. Copy it to a folder of yours and open the copy; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="513"/>
        <source>Jalaseh must update “%1” to its current format and first saves a copy of it, but could not write the copy. Check that the disk has free space and that the folder may be written to; the file was not changed.</source>
        <translation>Jalaseh must update “%1” to its current format and first saves a copy of it, but could not write the copy. Check that the disk has free space and that the folder may be written to; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="539"/>
        <source>Jalaseh could not update “%1” to its current format (%2) The file was left as it was, and a copy of it was saved as “%3”.</source>
        <translation>Jalaseh could not update “%1” to its current format (%2) The file was left as it was, and a copy of it was saved as “%3”.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="565"/>
        <source>Jalaseh could not create “%1”: the folder “%2” does not exist. Choose an existing folder.</source>
        <translation>Jalaseh could not create “%1”: the folder “%2” does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="572"/>
        <source>Jalaseh could not create “%1”: the folder may not be written to. Choose a folder of yours.</source>
        <translation>Jalaseh could not create “%1”: the folder may not be written to. Choose a folder of yours.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="594"/>
        <source>Jalaseh could not create the database file “%1”. Check that the disk has free space and that the folder may be written to.</source>
        <translation>Jalaseh could not create the database file “%1”. Check that the disk has free space and that the folder may be written to.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="639"/>
        <source>Qt&apos;s SQLite driver is missing; reinstall Jalaseh.</source>
        <translation>Qt&apos;s SQLite driver is missing; reinstall Jalaseh.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="47"/>
        <source>“%1” is not a usable database address: %2 A server address looks like postgresql://user@server:5432/database.</source>
        <translation>“%1” is not a usable database address: %2 A server address looks like postgresql://user@server:5432/database.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="70"/>
        <source>Jalaseh reaches only PostgreSQL servers.</source>
        <translation>Jalaseh reaches only PostgreSQL servers.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="112"/>
        <source>the “[” of the server&apos;s address is not closed.</source>
        <translation>the “[” of the server&apos;s address is not closed.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="130"/>
        <source>“%1” is not a setting of a PostgreSQL connection.</source>
        <translation>“%1” is not a setting of a PostgreSQL connection.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="152"/>
        <source>the port “%1” is not a number from 1 to 65535.</source>
        <translation>the port “%1” is not a number from 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="159"/>
        <source>it names no database (the part after the server and “/”).</source>
        <translation>it names no database (the part after the server and “/”).</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="164"/>
        <source>connect_timeout must be a number of seconds from 1 to 60.</source>
        <translation>connect_timeout must be a number of seconds from 1 to 60.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="98"/>
        <source>The login “%1” may not read Jalaseh&apos;s tables in the database “%2” on the server. Ask the server&apos;s administrator to grant it access.</source>
        <translation>The login “%1” may not read Jalaseh&apos;s tables in the database “%2” on the server. Ask the server&apos;s administrator to grant it access.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="113"/>
        <source>Jalaseh could not create its tables in the database “%1” on the server (%2) Nothing was changed.</source>
        <translation>Jalaseh could not create its tables in the database “%1” on the server (%2) Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="125"/>
        <source>The database “%1” on the server is empty. Create Jalaseh&apos;s tables in it with `jalaseh --db ADDRESS init`, or copy a file into it with `jalaseh copy FILE ADDRESS`.</source>
        <translation>The database “%1” on the server is empty. Create Jalaseh&apos;s tables in it with `jalaseh --db ADDRESS init`, or copy a file into it with `jalaseh copy FILE ADDRESS`.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="130"/>
        <source>The database “%1” on the server holds the tables of another program, not Jalaseh&apos;s. Use a database of its own for Jalaseh; nothing was changed.</source>
        <translation>The database “%1” on the server holds the tables of another program, not Jalaseh&apos;s. Use a database of its own for Jalaseh; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="139"/>
        <source>The database on the server was written by a newer version of Jalaseh (schema %1; this version reads up to %2). Update Jalaseh to open it; nothing was changed.</source>
        <translation>The database on the server was written by a newer version of Jalaseh (schema %1; this version reads up to %2). Update Jalaseh to open it; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="149"/>
        <source>The login “%1” may read the database “%2” on the server but not change it, and it has to be changed. Ask the server&apos;s administrator for the right to write.</source>
        <translation>The login “%1” may read the database “%2” on the server but not change it, and it has to be changed. Ask the server&apos;s administrator for the right to write.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="157"/>
        <source>The database “%1” on the server was written by an older version of Jalaseh and must be updated, but this login may not change it. Ask the server&apos;s administrator to open it once with this version.</source>
        <translation>The database “%1” on the server was written by an older version of Jalaseh and must be updated, but this login may not change it. Ask the server&apos;s administrator to open it once with this version.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="170"/>
        <source>Jalaseh could not update the database “%1” on the server to its current format (%2) Nothing was changed.</source>
        <translation>Jalaseh could not update the database “%1” on the server to its current format (%2) Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="259"/>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="263"/>
        <source>Qt&apos;s PostgreSQL driver is missing, so Jalaseh cannot reach a database server. Install the package libqt6sql6-psql (or reinstall Jalaseh).</source>
        <translation>Qt&apos;s PostgreSQL driver is missing, so Jalaseh cannot reach a database server. Install the package libqt6sql6-psql (or reinstall Jalaseh).</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="269"/>
        <source>The address asks for an encrypted connection, but the server %1 does not offer one (or its certificate was not accepted). Ask the server&apos;s administrator to turn on TLS, or check the address&apos;s sslmode.</source>
        <translation>The address asks for an encrypted connection, but the server %1 does not offer one (or its certificate was not accepted). Ask the server&apos;s administrator to turn on TLS, or check the address&apos;s sslmode.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="278"/>
        <source>The database server %1 refused the login “%2”: the user name or the password is wrong. Check them in the address.</source>
        <translation>The database server %1 refused the login “%2”: the user name or the password is wrong. Check them in the address.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="284"/>
        <source>The database server %1 has no database named “%2”. Check the name in the address, or ask the server&apos;s administrator to create it.</source>
        <translation>The database server %1 has no database named “%2”. Check the name in the address, or ask the server&apos;s administrator to create it.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="291"/>
        <source>The database server %1 does not allow the login “%2” to use the database “%3”. Ask the server&apos;s administrator to grant it access.</source>
        <translation>The database server %1 does not allow the login “%2” to use the database “%3”. Ask the server&apos;s administrator to grant it access.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="298"/>
        <source>There is no server named “%1”. Check the spelling of the server&apos;s name in the address.</source>
        <translation>There is no server named “%1”. Check the spelling of the server&apos;s name in the address.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="304"/>
        <source>No database server answered at %1 within %2 seconds. Check the server&apos;s name and port in the address, the network, and that the server is running.</source>
        <translation>No database server answered at %1 within %2 seconds. Check the server&apos;s name and port in the address, the network, and that the server is running.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="53"/>
        <source>“%1” is on a network file system (%2). SQLite cannot rely on file locks between computers there: two people working on it at once may damage it. Keep it on this computer&apos;s disk, or for working together use a database server (File → Connect to a server…).</source>
        <translation>“%1” is on a network file system (%2). SQLite cannot rely on file locks between computers there: two people working on it at once may damage it. Keep it on this computer&apos;s disk, or for working together use a database server (File → Connect to a server…).</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="82"/>
        <source>Another program was saving to “%1” as it was opened. You can read as usual; a change of yours waits for it, and if it takes too long you are asked to try again.</source>
        <translation>Another program was saving to “%1” as it was opened. You can read as usual; a change of yours waits for it, and if it takes too long you are asked to try again.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="87"/>
        <source>%1 was saving to “%2” as it was opened. You can read as usual; a change of yours waits for it, and if it takes too long you are asked to try again.</source>
        <translation>%1 was saving to “%2” as it was opened. You can read as usual; a change of yours waits for it, and if it takes too long you are asked to try again.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="99"/>
        <source>“%1” is also open in another window of Jalaseh. Both can work on it: each shows the other&apos;s changes within a second, and a row changed in both is not overwritten unseen.</source>
        <translation>“%1” is also open in another window of Jalaseh. Both can work on it: each shows the other&apos;s changes within a second, and a row changed in both is not overwritten unseen.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="106"/>
        <source>“%1” is also open in another program on this computer (%2, process %3), perhaps another Jalaseh window. Both can work on it: each shows the other&apos;s changes within a second, and a row changed in both is not overwritten unseen.</source>
        <translation>“%1” is also open in another program on this computer (%2, process %3), perhaps another Jalaseh window. Both can work on it: each shows the other&apos;s changes within a second, and a row changed in both is not overwritten unseen.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../src/storage/DatabaseFiles.cpp" line="46"/>
        <source>%1 is the database itself or one of its files; writing there would destroy it. Choose another file.</source>
        <translation>%1 is the database itself or one of its files; writing there would destroy it. Choose another file.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseFiles.cpp" line="59"/>
        <source>%1 exists already. Choose a new name for the copy.</source>
        <translation>%1 exists already. Choose a new name for the copy.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseFiles.cpp" line="66"/>
        <source>The copy could not be written to %1 (the disk may be full or the folder may not be written to). Choose another folder or another disk.</source>
        <translation>The copy could not be written to %1 (the disk may be full or the folder may not be written to). Choose another folder or another disk.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="46"/>
        <source>Demo data not added</source>
        <translation>Demo data not added</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="47"/>
        <source>The new database was created, but the demo meeting could not be added to it: %1</source>
        <translation>The new database was created, but the demo meeting could not be added to it: %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="74"/>
        <source>%1 on this computer</source>
        <translation>%1 on this computer</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="75"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="122"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="123"/>
        <source>The database “%1” could not be opened.</source>
        <translation>The database “%1” could not be opened.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="130"/>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="136"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="139"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="161"/>
        <source>The database server for “%1” asks for a password.</source>
        <translation>The database server for “%1” asks for a password.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="162"/>
        <source>The database server for “%1” asks for the password of “%2”.</source>
        <translation>The database server for “%1” asks for the password of “%2”.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="165"/>
        <source>The database server for “%1” refused the login “%2”: the user name or the password is wrong. Type the password again, or cancel and check the user name.</source>
        <translation>The database server for “%1” refused the login “%2”: the user name or the password is wrong. Type the password again, or cancel and check the user name.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="172"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="176"/>
        <source>Password (kept in the desktop&apos;s keychain, as you asked):</source>
        <translation>Password (kept in the desktop&apos;s keychain, as you asked):</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="178"/>
        <source>Password (used for this connection only, never stored):</source>
        <translation>Password (used for this connection only, never stored):</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="180"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="195"/>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="203"/>
        <source>Database updated</source>
        <translation>Database updated</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="196"/>
        <source>This database was written by an older version of Jalaseh (format %1) and has been updated. Back it up on the server with pg_dump as usual (see the manual&apos;s chapter on servers).</source>
        <translation>This database was written by an older version of Jalaseh (format %1) and has been updated. Back it up on the server with pg_dump as usual (see the manual&apos;s chapter on servers).</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="204"/>
        <source>This database was written by an older version of Jalaseh (format %1) and has been updated. A copy of the file as it was is kept at:
%2
(File ▸ Backups lists it as “before update”.)</source>
        <translation>This database was written by an older version of Jalaseh (format %1) and has been updated. A copy of the file as it was is kept at:
%2
(File ▸ Backups lists it as “before update”.)</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="8"/>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Search as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="10"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="13"/>
        <source>Which decisions</source>
        <translation>Which decisions</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="14"/>
        <source>What still needs following up, or everything of a Jalali year</source>
        <translation>What still needs following up, or everything of a Jalali year</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="17"/>
        <source>Person responsible</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="21"/>
        <source>Follow-up state</source>
        <translation>Follow-up state</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="31"/>
        <source>Mark &amp;in progress</source>
        <translation>Mark &amp;in progress</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="32"/>
        <source>Mark the selected decision or action item as in progress (Ctrl+I)</source>
        <translation>Mark the selected decision or action item as in progress (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="33"/>
        <source>Mark in progress</source>
        <translation>Mark in progress</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="36"/>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="37"/>
        <source>Mark the selected decision or action item as done (Ctrl+D)</source>
        <translation>Mark the selected decision or action item as done (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="38"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="41"/>
        <source>&amp;Open its meeting</source>
        <translation>&amp;Open its meeting</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="42"/>
        <source>Open its meeting</source>
        <translation>Open its meeting</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="45"/>
        <source>Histor&amp;y…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="46"/>
        <source>Who changed the selected decision and its action items, and when</source>
        <translation>Who changed the selected decision and its action items, and when</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="47"/>
        <source>History of the decision</source>
        <translation>History of the decision</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="53"/>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="54"/>
        <source>See the list as shown here on printed pages, set up the page and print</source>
        <translation>See the list as shown here on printed pages, set up the page and print</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="64"/>
        <source>Decisions and action items to follow up</source>
        <translation>Decisions and action items to follow up</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="94"/>
        <location filename="../ui/followup/DecisionsView.ui" line="95"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="98"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="103"/>
        <source>State of the action item</source>
        <translation>State of the action item</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="106"/>
        <source>&amp;Add action item</source>
        <translation>&amp;Add action item</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="107"/>
        <source>Add action item</source>
        <translation>Add action item</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="110"/>
        <source>C&amp;hange action item</source>
        <translation>C&amp;hange action item</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="111"/>
        <source>Change action item</source>
        <translation>Change action item</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="114"/>
        <source>&amp;Remove action item</source>
        <translation>&amp;Remove action item</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="115"/>
        <source>Remove action item</source>
        <translation>Remove action item</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="82"/>
        <source>Action items of the selected decision</source>
        <translation>Action items of the selected decision</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="85"/>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../src/session/EditCommand.cpp" line="75"/>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>EditRights</name>
    <message>
        <location filename="../src/session/EditRights.cpp" line="63"/>
        <source>Your login (lead) is linked to no person, so it may change nothing here; everything is shown for reading. Ask the secretariat to link it to you.</source>
        <translation>Your login (lead) is linked to no person, so it may change nothing here; everything is shown for reading. Ask the secretariat to link it to you.</translation>
    </message>
    <message>
        <location filename="../src/session/EditRights.cpp" line="65"/>
        <source>Your login (lead) may change only the follow-up of the decisions and action items assigned to you; everything else is shown for reading.</source>
        <translation>Your login (lead) may change only the follow-up of the decisions and action items assigned to you; everything else is shown for reading.</translation>
    </message>
    <message>
        <location filename="../src/session/EditRights.cpp" line="69"/>
        <source>Your login (viewer) may only read this database; nothing can be changed here.</source>
        <translation>Your login (viewer) may only read this database; nothing can be changed here.</translation>
    </message>
    <message>
        <location filename="../src/session/EditRights.cpp" line="71"/>
        <source>This database is open read-only; nothing can be changed here.</source>
        <translation>This database is open read-only; nothing can be changed here.</translation>
    </message>
    <message>
        <location filename="../src/session/EditRights.cpp" line="81"/>
        <source>Assigned to someone else: your login (lead) may change the follow-up only of what is assigned to you.</source>
        <translation>Assigned to someone else: your login (lead) may change the follow-up only of what is assigned to you.</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="10"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="12"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="14"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="23"/>
        <source>No title</source>
        <translation>No title</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="25"/>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="27"/>
        <source>Eng.</source>
        <translation>Eng.</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="36"/>
        <location filename="../src/core/EnumLabels.cpp" line="96"/>
        <source>Steering committee</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="38"/>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="40"/>
        <source>Other body</source>
        <translation>Other body</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="49"/>
        <location filename="../src/core/EnumLabels.cpp" line="92"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="51"/>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="53"/>
        <location filename="../src/core/EnumLabels.cpp" line="98"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="55"/>
        <location filename="../src/core/EnumLabels.cpp" line="90"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="64"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="66"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="68"/>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="77"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="79"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="81"/>
        <source>Minutes approved</source>
        <translation>Minutes approved</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="94"/>
        <source>Invited guest</source>
        <translation>Invited guest</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="100"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="109"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="111"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="113"/>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="115"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="117"/>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="126"/>
        <location filename="../src/core/EnumLabels.cpp" line="156"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="128"/>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="130"/>
        <location filename="../src/core/EnumLabels.cpp" line="145"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="132"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="134"/>
        <location filename="../src/core/EnumLabels.cpp" line="147"/>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="143"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="158"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="160"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="162"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/meetings/HistoryDialog.ui" line="5"/>
        <location filename="../ui/meetings/HistoryDialog.ui" line="11"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="43"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="44"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="45"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="46"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="47"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="48"/>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="49"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="50"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="51"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="52"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="53"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="55"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="56"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="57"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="58"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="59"/>
        <source>Minutes late</source>
        <translation>Minutes late</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="60"/>
        <source>Represents</source>
        <translation>Represents</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="61"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="62"/>
        <source>A question</source>
        <translation>A question</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="63"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="64"/>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="65"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="66"/>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="67"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="68"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="69"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="70"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="71"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="72"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="73"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="74"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="75"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="76"/>
        <source>Reason to amend</source>
        <translation>Reason to amend</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="77"/>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="78"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="79"/>
        <source>Document id</source>
        <translation>Document id</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="80"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="81"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="82"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="83"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../ui/home/HomeView.ui" line="12"/>
        <source>This week at a glance</source>
        <translation>This week at a glance</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="21"/>
        <source>Next meetings</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="28"/>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="35"/>
        <source>Bodies gone quiet</source>
        <translation>Bodies gone quiet</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="47"/>
        <source>Minutes awaiting approval</source>
        <translation>Minutes awaiting approval</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="54"/>
        <source>Follow-ups due this week</source>
        <translation>Follow-ups due this week</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="61"/>
        <source>Absence alerts</source>
        <translation>Absence alerts</translation>
    </message>
</context>
<context>
    <name>LogoImage</name>
    <message>
        <location filename="../src/app/shell/LogoImage.cpp" line="17"/>
        <source>The file “%1” is not there any more. Choose another one.</source>
        <translation>The file “%1” is not there any more. Choose another one.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/LogoImage.cpp" line="21"/>
        <source>“%1” is not a PNG, JPEG or SVG picture. Save the logo in one of these formats and choose it again.</source>
        <translation>“%1” is not a PNG, JPEG or SVG picture. Save the logo in one of these formats and choose it again.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/LogoImage.cpp" line="33"/>
        <source>The picture “%1” could not be read (%2). Choose another file, or save this one again from an image program.</source>
        <translation>The picture “%1” could not be read (%2). Choose another file, or save this one again from an image program.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/LogoImage.cpp" line="42"/>
        <source>The picture “%1” could not be converted for keeping. Choose another file.</source>
        <translation>The picture “%1” could not be converted for keeping. Choose another file.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/LogoImage.cpp" line="62"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="67"/>
        <source>Jalaseh databases (*.jalaseh *.sqlite *.db);;All files (*)</source>
        <translation>Jalaseh databases (*.jalaseh *.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MeetingAgendaTab</name>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="7"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="16"/>
        <source>Move &amp;up (Ctrl+Up)</source>
        <translation>Move &amp;up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="17"/>
        <source>Move the agenda item up</source>
        <translation>Move the agenda item up</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="20"/>
        <source>Move do&amp;wn (Ctrl+Down)</source>
        <translation>Move do&amp;wn (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="21"/>
        <source>Move the agenda item down</source>
        <translation>Move the agenda item down</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="24"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="25"/>
        <source>Remove the agenda item</source>
        <translation>Remove the agenda item</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="31"/>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="35"/>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="36"/>
        <source>What is to be discussed; Enter adds it</source>
        <translation>What is to be discussed; Enter adds it</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="39"/>
        <source>Detail&amp;s:</source>
        <translation>Detail&amp;s:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="43"/>
        <source>Details of the agenda item</source>
        <translation>Details of the agenda item</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="44"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="49"/>
        <source>A &amp;question put to the room (opinions are asked)</source>
        <translation>A &amp;question put to the room (opinions are asked)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="50"/>
        <source>A question put to the room</source>
        <translation>A question put to the room</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="54"/>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="55"/>
        <source>Add agenda item</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="58"/>
        <source>C&amp;hange the selected item</source>
        <translation>C&amp;hange the selected item</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="59"/>
        <source>Change the selected agenda item</source>
        <translation>Change the selected agenda item</translation>
    </message>
</context>
<context>
    <name>MeetingAttachmentsTab</name>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="7"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="8"/>
        <source>Files attached to the meeting: agenda papers, slides, letters. Drop files here to attach them.</source>
        <translation>Files attached to the meeting: agenda papers, slides, letters. Drop files here to attach them.</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="23"/>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="24"/>
        <source>Attach files to the meeting</source>
        <translation>Attach files to the meeting</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="27"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="28"/>
        <source>Open the attached file</source>
        <translation>Open the attached file</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="31"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="32"/>
        <source>Save a copy of the attached file</source>
        <translation>Save a copy of the attached file</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="35"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="36"/>
        <source>Remove the attached file</source>
        <translation>Remove the attached file</translation>
    </message>
</context>
<context>
    <name>MeetingAttendanceTab</name>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="8"/>
        <source>Add at once:</source>
        <translation>Add at once:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="12"/>
        <source>Whom to add at once</source>
        <translation>Whom to add at once</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="16"/>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="42"/>
        <source>as</source>
        <translation>as</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="20"/>
        <source>Role of the added members</source>
        <translation>Role of the added members</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="23"/>
        <source>Add &amp;members</source>
        <translation>Add &amp;members</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="24"/>
        <source>Add members</source>
        <translation>Add members</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="28"/>
        <source>Pa&amp;ste attendees… (Ctrl+Shift+V)</source>
        <translation>Pa&amp;ste attendees… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="29"/>
        <source>Paste attendees</source>
        <translation>Paste attendees</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="30"/>
        <source>Read a pasted list of names, such as the attendee sentence of earlier minutes</source>
        <translation>Read a pasted list of names, such as the attendee sentence of earlier minutes</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="35"/>
        <source>Add a person:</source>
        <translation>Add a person:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="39"/>
        <source>Person to add</source>
        <translation>Person to add</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="46"/>
        <source>Role of the added person</source>
        <translation>Role of the added person</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="49"/>
        <source>Add &amp;person</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="50"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="55"/>
        <source>New guest:</source>
        <translation>New guest:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="59"/>
        <source>Guest family name</source>
        <translation>Guest family name</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="60"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="63"/>
        <source>Guest given name</source>
        <translation>Guest given name</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="64"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="67"/>
        <source>Guest gender</source>
        <translation>Guest gender</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="70"/>
        <source>Guest title</source>
        <translation>Guest title</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="73"/>
        <source>Add &amp;guest</source>
        <translation>Add &amp;guest</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="74"/>
        <source>Add guest</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="78"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="86"/>
        <source>Selected attendee</source>
        <translation>Selected attendee</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="90"/>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="94"/>
        <source>Role in this meeting</source>
        <translation>Role in this meeting</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="97"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="101"/>
        <source>Attendance status</source>
        <translation>Attendance status</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="104"/>
        <source>Re&amp;presents:</source>
        <translation>Re&amp;presents:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="108"/>
        <source>Body the attendee represents</source>
        <translation>Body the attendee represents</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="115"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="119"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="120"/>
        <source>Why excused or absent</source>
        <translation>Why excused or absent</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="123"/>
        <source>Minutes late:</source>
        <translation>Minutes late:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="127"/>
        <source>Minutes late</source>
        <translation>Minutes late</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="131"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="132"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>MeetingContributionsTab</name>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="7"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="16"/>
        <source>Move &amp;up (Ctrl+Up)</source>
        <translation>Move &amp;up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="17"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="20"/>
        <source>Move do&amp;wn (Ctrl+Down)</source>
        <translation>Move do&amp;wn (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="21"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="24"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="25"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="31"/>
        <source>S&amp;peaker:</source>
        <translation>S&amp;peaker:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="35"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="38"/>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="42"/>
        <source>Agenda item the contribution is on</source>
        <translation>Agenda item the contribution is on</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="45"/>
        <source>What was sa&amp;id:</source>
        <translation>What was sa&amp;id:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="49"/>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="50"/>
        <source>Ctrl+Enter adds it</source>
        <translation>Ctrl+Enter adds it</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="56"/>
        <source>Add &amp;contribution</source>
        <translation>Add &amp;contribution</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="57"/>
        <source>Add contribution</source>
        <translation>Add contribution</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="60"/>
        <source>C&amp;hange the selected one</source>
        <translation>C&amp;hange the selected one</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="61"/>
        <source>Change the selected contribution</source>
        <translation>Change the selected contribution</translation>
    </message>
</context>
<context>
    <name>MeetingDecisionsTab</name>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="7"/>
        <source>Decisions of this meeting</source>
        <translation>Decisions of this meeting</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="10"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="19"/>
        <source>D&amp;ecision:</source>
        <translation>D&amp;ecision:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="23"/>
        <source>Decision text</source>
        <translation>Decision text</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="26"/>
        <source>On the p&amp;roposal:</source>
        <translation>On the p&amp;roposal:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="30"/>
        <source>Proposal the decision was made on</source>
        <translation>Proposal the decision was made on</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="33"/>
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="37"/>
        <source>Responsible for follow-up</source>
        <translation>Responsible for follow-up</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="40"/>
        <source>Dead&amp;line:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="46"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="51"/>
        <source>Decision status</source>
        <translation>Decision status</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="54"/>
        <source>Follow-up:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="58"/>
        <source>Follow-up state</source>
        <translation>Follow-up state</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="64"/>
        <source>Add &amp;decision</source>
        <translation>Add &amp;decision</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="65"/>
        <source>Add decision</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="68"/>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="69"/>
        <source>Change the selected decision</source>
        <translation>Change the selected decision</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="72"/>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="73"/>
        <source>Remove the selected decision</source>
        <translation>Remove the selected decision</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsTab</name>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="7"/>
        <source>&amp;Series:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="12"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="15"/>
        <source>New series…</source>
        <translation>New series…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="16"/>
        <source>New series</source>
        <translation>New series</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="19"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="23"/>
        <source>Number in the series</source>
        <translation>Number in the series</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="29"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="33"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="34"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="37"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="41"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="44"/>
        <source>&amp;Venue or platform:</source>
        <translation>&amp;Venue or platform:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="48"/>
        <source>Venue or platform</source>
        <translation>Venue or platform</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="51"/>
        <source>On&amp;line link:</source>
        <translation>On&amp;line link:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="55"/>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="59"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="65"/>
        <source>S&amp;tarts at:</source>
        <translation>S&amp;tarts at:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="72"/>
        <source>&amp;Ends at:</source>
        <translation>&amp;Ends at:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="79"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="83"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="86"/>
        <source>Secre&amp;tary:</source>
        <translation>Secre&amp;tary:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="90"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="93"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="97"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="100"/>
        <source>Closing &amp;summary:</source>
        <translation>Closing &amp;summary:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="104"/>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="9"/>
        <source>Back to the meetings</source>
        <translation>Back to the meetings</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="17"/>
        <source>Histor&amp;y…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="18"/>
        <source>History of the meeting</source>
        <translation>History of the meeting</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="19"/>
        <source>Who changed what in this meeting, and when</source>
        <translation>Who changed what in this meeting, and when</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="22"/>
        <source>Export in&amp;vitation (.ics)…</source>
        <translation>Export in&amp;vitation (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="23"/>
        <source>Export the invitation for calendars</source>
        <translation>Export the invitation for calendars</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="26"/>
        <source>Min&amp;utes…</source>
        <translation>Min&amp;utes…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="27"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="31"/>
        <source>Parts of the meeting</source>
        <translation>Parts of the meeting</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="8"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>MeetingJson</name>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="31"/>
        <source>is not a field of this format (the fields here are %1); check its spelling</source>
        <translation>is not a field of this format (the fields here are %1); check its spelling</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="52"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="54"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="55"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="57"/>
        <source>the number %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="59"/>
        <source>the text %1</source>
        <translation>the text %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="62"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="64"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="68"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="76"/>
        <source>is missing; it is required</source>
        <translation>is missing; it is required</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="85"/>
        <source>should be %1, not %2</source>
        <translation>should be %1, not %2</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="93"/>
        <source>%1 is not one of the allowed values: %2</source>
        <translation>%1 is not one of the allowed values: %2</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="103"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="108"/>
        <source>is %1 characters long; a field may hold at most %2. Shorten it or split it over several entries.</source>
        <translation>is %1 characters long; a field may hold at most %2. Shorten it or split it over several entries.</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="125"/>
        <location filename="../src/exchange/JsonFields.cpp" line="136"/>
        <source>is empty; write the text</source>
        <translation>is empty; write the text</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="147"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="151"/>
        <source>%1 is out of range; it should be from %2 to %3</source>
        <translation>%1 is out of range; it should be from %2 to %3</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="167"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="183"/>
        <source>%1 is not a date (expected YYYY-MM-DD, a Gregorian date such as 2023-04-10)</source>
        <translation>%1 is not a date (expected YYYY-MM-DD, a Gregorian date such as 2023-04-10)</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="201"/>
        <source>%1 is not a time of day (expected HH:MM, such as 13:20)</source>
        <translation>%1 is not a time of day (expected HH:MM, such as 13:20)</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="213"/>
        <source>a list [...]</source>
        <translation>a list [...]</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="225"/>
        <source>an object {...}</source>
        <translation>an object {...}</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingImport.cpp" line="96"/>
        <source>the series &quot;%1&quot; already has a meeting number %2 (held on %3, id %4); give this meeting the next free number, %5, or import it into another database</source>
        <translation>the series &quot;%1&quot; already has a meeting number %2 (held on %3, id %4); give this meeting the next free number, %5, or import it into another database</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="41"/>
        <source>The file is not valid JSON: %1 (at byte %2). A meeting file is what `jalaseh export meeting` writes.</source>
        <translation>The file is not valid JSON: %1 (at byte %2). A meeting file is what `jalaseh export meeting` writes.</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="48"/>
        <source>The file holds JSON but not a meeting: it should be one object {...} with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>The file holds JSON but not a meeting: it should be one object {...} with &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="56"/>
        <source>appears twice in the same object; keep the one you mean and remove the other.</source>
        <translation>appears twice in the same object; keep the one you mean and remove the other.</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="76"/>
        <source>... and %1 more problems.</source>
        <translation>... and %1 more problems.</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="121"/>
        <source>%1 is not a Jalaseh meeting file (expected &quot;%2&quot;)</source>
        <translation>%1 is not a Jalaseh meeting file (expected &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="130"/>
        <source>%1 is newer than this Jalaseh reads (up to %2); update Jalaseh to import this file</source>
        <translation>%1 is newer than this Jalaseh reads (up to %2); update Jalaseh to import this file</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="181"/>
        <source>%1 is listed twice among the people (also people[%2]); list each person once</source>
        <translation>%1 is listed twice among the people (also people[%2]); list each person once</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="210"/>
        <source>%1 is listed twice among the bodies; list each body once</source>
        <translation>%1 is listed twice among the bodies; list each body once</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="254"/>
        <source>%1 is the same as the start; a meeting ends after it starts</source>
        <translation>%1 is the same as the start; a meeting ends after it starts</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="258"/>
        <source>%1 is before the start %2; a meeting ends after it starts</source>
        <translation>%1 is before the start %2; a meeting ends after it starts</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="281"/>
        <source>%1 is not a Jalali date (%2); write it as YYYY/MM/DD, such as 1402/01/21</source>
        <translation>%1 is not a Jalali date (%2); write it as YYYY/MM/DD, such as 1402/01/21</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="292"/>
        <source>%1 is not the same day as date %2 (which is %3/%4/%5); correct one of them, or leave jalaliDate out</source>
        <translation>%1 is not the same day as date %2 (which is %3/%4/%5); correct one of them, or leave jalaliDate out</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="328"/>
        <source>only someone who came late has minutes late (the status is &quot;%1&quot;); set the status to &quot;late&quot; or remove minutesLate</source>
        <translation>only someone who came late has minutes late (the status is &quot;%1&quot;); set the status to &quot;late&quot; or remove minutesLate</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="337"/>
        <source>%1 is listed twice in the attendance; list each person once</source>
        <translation>%1 is listed twice in the attendance; list each person once</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="384"/>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="410"/>
        <source>agenda item</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="427"/>
        <source>%1 is already named as proposer or supporter; name each person once</source>
        <translation>%1 is already named as proposer or supporter; name each person once</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="460"/>
        <source>proposal</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="484"/>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="516"/>
        <source>is not base64 text; the file is damaged</source>
        <translation>is not base64 text; the file is damaged</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="525"/>
        <source>says %1 bytes, but the content of &quot;%2&quot; has %3; the file is damaged</source>
        <translation>says %1 bytes, but the content of &quot;%2&quot; has %3; the file is damaged</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="533"/>
        <source>does not match the content of &quot;%1&quot; (its SHA-256 is %2); the file is damaged or was changed, so it was not imported</source>
        <translation>does not match the content of &quot;%1&quot; (its SHA-256 is %2); the file is damaged or was changed, so it was not imported</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="545"/>
        <source>should be an object {...}, not %1</source>
        <translation>should be an object {...}, not %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="561"/>
        <source>should be a person&apos;s name, not %1</source>
        <translation>should be a person&apos;s name, not %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="572"/>
        <source>%1 could be any of %2 people in the file; write the full name (given name, then family name)</source>
        <translation>%1 could be any of %2 people in the file; write the full name (given name, then family name)</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="580"/>
        <source>%1 is not among the file&apos;s people; add the person to &quot;people&quot; or correct the name</source>
        <translation>%1 is not among the file&apos;s people; add the person to &quot;people&quot; or correct the name</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="605"/>
        <source>%1 is not among the file&apos;s bodies; add it to &quot;bodies&quot; or correct the name</source>
        <translation>%1 is not among the file&apos;s bodies; add it to &quot;bodies&quot; or correct the name</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="621"/>
        <source>there is no %1 %2 in the file (it has %3, numbered from 1)</source>
        <translation>there is no %1 %2 in the file (it has %3, numbered from 1)</translation>
    </message>
</context>
<context>
    <name>MeetingProposalsTab</name>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="7"/>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="16"/>
        <source>Pr&amp;oposal:</source>
        <translation>Pr&amp;oposal:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="20"/>
        <source>Proposal text</source>
        <translation>Proposal text</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="21"/>
        <source>What was proposed</source>
        <translation>What was proposed</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="24"/>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="28"/>
        <source>Agenda item the proposal is on</source>
        <translation>Agenda item the proposal is on</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="31"/>
        <source>Proposed &amp;by:</source>
        <translation>Proposed &amp;by:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="35"/>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="38"/>
        <source>Bac&amp;ked by:</source>
        <translation>Bac&amp;ked by:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="42"/>
        <source>Backers of the proposal</source>
        <translation>Backers of the proposal</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="45"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="50"/>
        <source>Proposal status</source>
        <translation>Proposal status</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="56"/>
        <source>Add pr&amp;oposal</source>
        <translation>Add pr&amp;oposal</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="57"/>
        <source>Add proposal</source>
        <translation>Add proposal</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="60"/>
        <source>C&amp;hange the selected proposal</source>
        <translation>C&amp;hange the selected proposal</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="61"/>
        <source>Change the selected proposal</source>
        <translation>Change the selected proposal</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="64"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="65"/>
        <source>Remove the selected proposal</source>
        <translation>Remove the selected proposal</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="68"/>
        <source>Record a decision on it…</source>
        <translation>Record a decision on it…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="69"/>
        <source>Record a decision on the selected proposal</source>
        <translation>Record a decision on the selected proposal</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="8"/>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Search as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="10"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="13"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="19"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="20"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="23"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="24"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="27"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="28"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="32"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="5"/>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="9"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="13"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="16"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="20"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="23"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="29"/>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
</context>
<context>
    <name>MergeBodyDialog</name>
    <message>
        <location filename="../ui/bodies/MergeBodyDialog.ui" line="5"/>
        <source>Merge into another body</source>
        <translation>Merge into another body</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MergeBodyDialog.ui" line="15"/>
        <source>&amp;Into:</source>
        <translation>&amp;Into:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MergeBodyDialog.ui" line="19"/>
        <source>The body it joins</source>
        <translation>The body it joins</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MergeBodyDialog.ui" line="22"/>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="5"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="9"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="13"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="17"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="18"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="21"/>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="22"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="25"/>
        <source>Export &amp;ODT…</source>
        <translation>Export &amp;ODT…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="26"/>
        <source>Export ODT</source>
        <translation>Export ODT</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="29"/>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="30"/>
        <source>Export HTML</source>
        <translation>Export HTML</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="33"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Templates…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="34"/>
        <source>Open the folder of your own minutes templates (copies of the built-in ones) to edit them</source>
        <translation>Open the folder of your own minutes templates (copies of the built-in ones) to edit them</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="35"/>
        <source>Edit templates</source>
        <translation>Edit templates</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="38"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copy as text</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="39"/>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="44"/>
        <source>Include:</source>
        <translation>Include:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="45"/>
        <source>The parts of the minutes this document shows; remembered for the meetings of this series</source>
        <translation>The parts of the minutes this document shows; remembered for the meetings of this series</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="48"/>
        <source>&amp;Absentees</source>
        <translation>&amp;Absentees</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="49"/>
        <source>The absent and the excused, with their reasons</source>
        <translation>The absent and the excused, with their reasons</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="50"/>
        <source>Absentees</source>
        <translation>Absentees</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="54"/>
        <source>Co&amp;ntributions</source>
        <translation>Co&amp;ntributions</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="55"/>
        <source>What was said in the meeting, and the questions put to it</source>
        <translation>What was said in the meeting, and the questions put to it</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="56"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="60"/>
        <source>P&amp;roposals</source>
        <translation>P&amp;roposals</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="61"/>
        <source>The proposals and who made and supported them</source>
        <translation>The proposals and who made and supported them</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="62"/>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="66"/>
        <source>&amp;Signatures</source>
        <translation>&amp;Signatures</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="67"/>
        <source>The signature lines of the formal minutes</source>
        <translation>The signature lines of the formal minutes</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="68"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="72"/>
        <source>Attach&amp;ments</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="73"/>
        <source>The list of the files attached to the meeting, by name and size</source>
        <translation>The list of the files attached to the meeting, by name and size</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="74"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="78"/>
        <source>Document &amp;id</source>
        <translation>Document &amp;id</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="79"/>
        <source>The document id of approved minutes; a copy without it says that it cannot be verified</source>
        <translation>The document id of approved minutes; a copy without it says that it cannot be verified</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="80"/>
        <source>Document id</source>
        <translation>Document id</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="86"/>
        <source>Preview of the minutes</source>
        <translation>Preview of the minutes</translation>
    </message>
</context>
<context>
    <name>MinutesVersionsDialog</name>
    <message>
        <location filename="../ui/meetings/MinutesVersionsDialog.ui" line="5"/>
        <location filename="../ui/meetings/MinutesVersionsDialog.ui" line="12"/>
        <source>Versions of the minutes</source>
        <translation>Versions of the minutes</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesVersionsDialog.ui" line="8"/>
        <source>Each approved version is kept as it was approved. Open one to read, print or export it; its document id is on every page.</source>
        <translation>Each approved version is kept as it was approved. Open one to read, print or export it; its document id is on every page.</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesVersionsDialog.ui" line="19"/>
        <source>&amp;Open this version…</source>
        <translation>&amp;Open this version…</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../src/app/shell/PasswordKeychain.cpp" line="23"/>
        <source>The desktop&apos;s keychain did not allow Jalaseh to use it, so the password is asked for instead.</source>
        <translation>The desktop&apos;s keychain did not allow Jalaseh to use it, so the password is asked for instead.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/PasswordKeychain.cpp" line="28"/>
        <source>The desktop has no keychain (Secret Service) that Jalaseh can use, so the password is not remembered and is asked for instead.</source>
        <translation>The desktop has no keychain (Secret Service) that Jalaseh can use, so the password is not remembered and is asked for instead.</translation>
    </message>
</context>
<context>
    <name>PasteAttendeesDialog</name>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="5"/>
        <source>Paste attendees</source>
        <translation>Paste attendees</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="8"/>
        <source>&amp;Text naming the attendees, e.g. the sentence of earlier minutes:</source>
        <translation>&amp;Text naming the attendees, e.g. the sentence of earlier minutes:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="13"/>
        <source>Text naming the attendees</source>
        <translation>Text naming the attendees</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="19"/>
        <source>&amp;Names read:</source>
        <translation>&amp;Names read:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="23"/>
        <source>Names read</source>
        <translation>Names read</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="28"/>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="29"/>
        <source>Who it is</source>
        <translation>Who it is</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="33"/>
        <source>&amp;Who is it:</source>
        <translation>&amp;Who is it:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="37"/>
        <source>Who the selected name is</source>
        <translation>Who the selected name is</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="48"/>
        <source>Add them &amp;as:</source>
        <translation>Add them &amp;as:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="52"/>
        <source>Role of the added people</source>
        <translation>Role of the added people</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="55"/>
        <source>&amp;representing:</source>
        <translation>&amp;representing:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="59"/>
        <source>Body the added people represent</source>
        <translation>Body the added people represent</translation>
    </message>
</context>
<context>
    <name>PdfTextLayer</name>
    <message>
        <location filename="../src/report/PdfTextLayer.cpp" line="460"/>
        <source>The PDF could not be finished. Please export it again; if it keeps failing, export the document as ODT instead.</source>
        <translation>The PDF could not be finished. Please export it again; if it keeps failing, export the document as ODT instead.</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="8"/>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Search as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="10"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="13"/>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="14"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="17"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="18"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="21"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="22"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="31"/>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="5"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="9"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="13"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="16"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="20"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="23"/>
        <source>G&amp;ender:</source>
        <translation>G&amp;ender:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="27"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="30"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="34"/>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="37"/>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliation:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="41"/>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="42"/>
        <source>University or library</source>
        <translation>University or library</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="45"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="49"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="52"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="56"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="59"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="63"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="66"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="70"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="74"/>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctive</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="75"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="78"/>
        <source>Memberships:</source>
        <translation>Memberships:</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../src/app/common/PrintPreview.cpp" line="24"/>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../src/report/ReportFile.cpp" line="15"/>
        <source>The file %1 could not be written (%2). Choose another folder or file name.</source>
        <translation>The file %1 could not be written (%2). Choose another folder or file name.</translation>
    </message>
    <message>
        <location filename="../src/report/ReportFile.cpp" line="22"/>
        <source>The file %1 could not be saved (%2). Check that the disk is not full and try again.</source>
        <translation>The file %1 could not be saved (%2). Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <location filename="../src/report/HtmlWriter.cpp" line="13"/>
        <source>The HTML file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>The HTML file could not be written (%1). Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="48"/>
        <source>The template file %1 cannot be read (%2). Check that it exists and that you may read it.</source>
        <translation>The template file %1 cannot be read (%2). Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="72"/>
        <source>The template %1 has a mistake: %2. Correct it, or delete it to use the built-in template.</source>
        <translation>The template %1 has a mistake: %2. Correct it, or delete it to use the built-in template.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="105"/>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation>The folder %1 cannot be created. Choose a folder you may write to.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="115"/>
        <source>The template %1 cannot be written. Check that the folder is writable and the disk is not full.</source>
        <translation>The template %1 cannot be written. Check that the folder is writable and the disk is not full.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="135"/>
        <source>There is no template named %1. The templates are: %2.</source>
        <translation>There is no template named %1. The templates are: %2.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="151"/>
        <source>The template %1 could not be filled in: %2.</source>
        <translation>The template %1 could not be filled in: %2.</translation>
    </message>
    <message>
        <location filename="../src/report/TextWriter.cpp" line="13"/>
        <source>The text file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>The text file could not be written (%1). Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <location filename="../src/report/OdtWriter.cpp" line="123"/>
        <source>The OpenDocument file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>The OpenDocument file could not be written (%1). Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <location filename="../src/report/CsvWriter.cpp" line="13"/>
        <source>The CSV file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>The CSV file could not be written (%1). Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <location filename="../src/report/PdfWriter.cpp" line="26"/>
        <source>The PDF could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>The PDF could not be written (%1). Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <location filename="../src/report/InvitationCalendar.cpp" line="81"/>
        <source>This computer has no time-zone data for Iran, and meetings before 1401/06/31 need it (daylight saving time). Install the time-zone data (the tzdata package) and try again.</source>
        <translation>This computer has no time-zone data for Iran, and meetings before 1401/06/31 need it (daylight saving time). Install the time-zone data (the tzdata package) and try again.</translation>
    </message>
    <message>
        <location filename="../src/report/InvitationCalendar.cpp" line="143"/>
        <source>This meeting has already been held; a calendar invitation is for a planned meeting. Export its minutes instead.</source>
        <translation>This meeting has already been held; a calendar invitation is for a planned meeting. Export its minutes instead.</translation>
    </message>
    <message>
        <location filename="../src/report/InvitationCalendar.cpp" line="147"/>
        <source>This meeting has no start time yet, so a calendar cannot place it. Set the time in the meeting&apos;s details and try again.</source>
        <translation>This meeting has no start time yet, so a calendar cannot place it. Set the time in the meeting&apos;s details and try again.</translation>
    </message>
</context>
<context>
    <name>RowFields</name>
    <message>
        <location filename="../src/session/RowFields.cpp" line="29"/>
        <source>this person</source>
        <translation>this person</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="30"/>
        <source>family name</source>
        <translation>family name</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="31"/>
        <source>given name</source>
        <translation>given name</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="32"/>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="33"/>
        <location filename="../src/session/RowFields.cpp" line="63"/>
        <location filename="../src/session/RowFields.cpp" line="84"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="34"/>
        <source>affiliation</source>
        <translation>affiliation</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="35"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="36"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="37"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="38"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="39"/>
        <location filename="../src/session/RowFields.cpp" line="47"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="41"/>
        <source>this body</source>
        <translation>this body</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="42"/>
        <location filename="../src/session/RowFields.cpp" line="57"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="43"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="44"/>
        <location filename="../src/session/RowFields.cpp" line="85"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="45"/>
        <source>merged into</source>
        <translation>merged into</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="46"/>
        <source>merged on</source>
        <translation>merged on</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="49"/>
        <source>this membership</source>
        <translation>this membership</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="50"/>
        <location filename="../src/session/RowFields.cpp" line="76"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="51"/>
        <location filename="../src/session/RowFields.cpp" line="58"/>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="52"/>
        <location filename="../src/session/RowFields.cpp" line="77"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="53"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="54"/>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="56"/>
        <source>this meeting series</source>
        <translation>this meeting series</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="60"/>
        <source>this meeting</source>
        <translation>this meeting</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="61"/>
        <source>series</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="62"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="64"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="65"/>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="66"/>
        <source>online link</source>
        <translation>online link</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="67"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="68"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="69"/>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="70"/>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="71"/>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="72"/>
        <location filename="../src/session/RowFields.cpp" line="78"/>
        <location filename="../src/session/RowFields.cpp" line="97"/>
        <location filename="../src/session/RowFields.cpp" line="102"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="73"/>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="75"/>
        <source>this attendance</source>
        <translation>this attendance</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="79"/>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="80"/>
        <source>minutes late</source>
        <translation>minutes late</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="81"/>
        <source>represents</source>
        <translation>represents</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="83"/>
        <source>this agenda item</source>
        <translation>this agenda item</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="86"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="88"/>
        <source>this contribution</source>
        <translation>this contribution</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="89"/>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="90"/>
        <location filename="../src/session/RowFields.cpp" line="98"/>
        <source>agenda item</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="91"/>
        <location filename="../src/session/RowFields.cpp" line="94"/>
        <location filename="../src/session/RowFields.cpp" line="101"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="93"/>
        <source>this proposal</source>
        <translation>this proposal</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="95"/>
        <source>proposer</source>
        <translation>proposer</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="96"/>
        <source>supporters</source>
        <translation>supporters</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="100"/>
        <source>this decision</source>
        <translation>this decision</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="103"/>
        <source>responsible</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="104"/>
        <location filename="../src/session/RowFields.cpp" line="113"/>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="105"/>
        <location filename="../src/session/RowFields.cpp" line="114"/>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="106"/>
        <source>proposal</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="107"/>
        <source>reviews</source>
        <translation>reviews</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="109"/>
        <source>this action item</source>
        <translation>this action item</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="110"/>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="111"/>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="112"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="13"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="28"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="33"/>
        <source> on %1 at %2</source>
        <translation> on %1 at %2</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="38"/>
        <source>%1 saved %2%3 after you opened it.</source>
        <translation>%1 saved %2%3 after you opened it.</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="40"/>
        <source>%1 changed %2%3 after you opened it: %4.</source>
        <translation>%1 changed %2%3 after you opened it: %4.</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="44"/>
        <source>So it was not removed. You can remove it as it is now, or keep it.</source>
        <translation>So it was not removed. You can remove it as it is now, or keep it.</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="48"/>
        <source>So your change was not saved. You can make it again on the new version, or discard it.</source>
        <translation>So your change was not saved. You can make it again on the new version, or discard it.</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="52"/>
        <source>So your change (%1) was not saved, and it is not lost: you can apply it on the new version, or discard it.</source>
        <translation>So your change (%1) was not saved, and it is not lost: you can apply it on the new version, or discard it.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../ui/shell/SearchDialog.ui" line="5"/>
        <location filename="../ui/shell/SearchDialog.ui" line="10"/>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <location filename="../ui/shell/SearchDialog.ui" line="8"/>
        <source>Names, meetings, what was said, proposals, decisions: type any part</source>
        <translation>Names, meetings, what was said, proposals, decisions: type any part</translation>
    </message>
    <message>
        <location filename="../ui/shell/SearchDialog.ui" line="13"/>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="5"/>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="8"/>
        <source>Open a Jalaseh database on a PostgreSQL server. Paste the address the server&apos;s administrator gave you, or fill in the fields.</source>
        <translation>Open a Jalaseh database on a PostgreSQL server. Paste the address the server&apos;s administrator gave you, or fill in the fields.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="13"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="17"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="21"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="25"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="29"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="33"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="38"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="42"/>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="46"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="50"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="53"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="57"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="61"/>
        <source>&amp;Remember the password in the desktop&apos;s keychain</source>
        <translation>&amp;Remember the password in the desktop&apos;s keychain</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="62"/>
        <source>Remember the password in the desktop&apos;s keychain</source>
        <translation>Remember the password in the desktop&apos;s keychain</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="66"/>
        <source>Unless the box above is ticked, the password is used for this connection only and never stored. Leave it empty to use ~/.pgpass, the keychain, or to be asked.</source>
        <translation>Unless the box above is ticked, the password is used for this connection only and never stored. Leave it empty to use ~/.pgpass, the keychain, or to be asked.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="70"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="74"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="5"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="9"/>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="13"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="16"/>
        <source>A new language takes effect when Jalaseh is started again.</source>
        <translation>A new language takes effect when Jalaseh is started again.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="20"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="24"/>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="27"/>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="32"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="41"/>
        <source>&amp;Choose a picture…</source>
        <translation>&amp;Choose a picture…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="42"/>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="46"/>
        <source>No lo&amp;go</source>
        <translation>No lo&amp;go</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="47"/>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="59"/>
        <source>Letter&amp;head lines:</source>
        <translation>Letter&amp;head lines:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="63"/>
        <source>Letterhead lines</source>
        <translation>Letterhead lines</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="65"/>
        <source>One line each, printed at the top of the formal minutes</source>
        <translation>One line each, printed at the top of the formal minutes</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="68"/>
        <source>&amp;Verification address:</source>
        <translation>&amp;Verification address:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="72"/>
        <source>Verification address</source>
        <translation>Verification address</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="73"/>
        <source>e.g. https://example.org/verify?id=</source>
        <translation>e.g. https://example.org/verify?id=</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="74"/>
        <source>The QR code on approved minutes holds this address followed by the document id; without it, the id alone.</source>
        <translation>The QR code on approved minutes holds this address followed by the document id; without it, the id alone.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="78"/>
        <source>Attendance review</source>
        <translation>Attendance review</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="81"/>
        <source>When to raise an alert. Bylaws commonly count 3 absences without excuse in a row, or 5 in a year, as resignation. Kept in the database, for everyone who opens it.</source>
        <translation>When to raise an alert. Bylaws commonly count 3 absences without excuse in a row, or 5 in a year, as resignation. Kept in the database, for everyone who opens it.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="85"/>
        <source>Absences without excuse in a &amp;row:</source>
        <translation>Absences without excuse in a &amp;row:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="89"/>
        <source>Absences without excuse in a row</source>
        <translation>Absences without excuse in a row</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="92"/>
        <source>Absences without excuse in one Jalali &amp;year:</source>
        <translation>Absences without excuse in one Jalali &amp;year:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="96"/>
        <source>Absences without excuse in one Jalali year</source>
        <translation>Absences without excuse in one Jalali year</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="99"/>
        <source>A body without a meeting for (&amp;months):</source>
        <translation>A body without a meeting for (&amp;months):</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="103"/>
        <source>Months without a meeting</source>
        <translation>Months without a meeting</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="108"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="111"/>
        <source>Largest &amp;file that may be attached:</source>
        <translation>Largest &amp;file that may be attached:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="115"/>
        <source>Largest file that may be attached, in megabytes</source>
        <translation>Largest file that may be attached, in megabytes</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="116"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../src/storage/PersonRepository.cpp" line="167"/>
        <source>This person is no longer in the database; someone may have removed them. Reload the list.</source>
        <translation>This person is no longer in the database; someone may have removed them. Reload the list.</translation>
    </message>
    <message>
        <location filename="../src/storage/PersonRepository.cpp" line="179"/>
        <source>This person cannot be removed: meetings, memberships, contributions or decisions still refer to them. Mark them as inactive instead.</source>
        <translation>This person cannot be removed: meetings, memberships, contributions or decisions still refer to them. Mark them as inactive instead.</translation>
    </message>
    <message>
        <location filename="../src/storage/RowPositions.cpp" line="55"/>
        <source>The row to move no longer exists; it may have been removed. Reload the meeting.</source>
        <translation>The row to move no longer exists; it may have been removed. Reload the meeting.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="53"/>
        <source>The change was refused: it refers to something that does not exist, or removes something other records still use.</source>
        <translation>The change was refused: it refers to something that does not exist, or removes something other records still use.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="61"/>
        <source>The change was refused because it would record the same thing twice.</source>
        <translation>The change was refused because it would record the same thing twice.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="67"/>
        <source>The change was refused: a value is missing or not allowed there.</source>
        <translation>The change was refused: a value is missing or not allowed there.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="82"/>
        <source>The minutes of this meeting are approved, so the meeting can no longer be changed and nothing was changed. To correct them, amend the minutes: that opens a new version, approved in turn.</source>
        <translation>The minutes of this meeting are approved, so the meeting can no longer be changed and nothing was changed. To correct them, amend the minutes: that opens a new version, approved in turn.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="147"/>
        <source>Your login (viewer) may only read this database, so nothing was changed. Ask the secretariat to make the change.</source>
        <translation>Your login (viewer) may only read this database, so nothing was changed. Ask the secretariat to make the change.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="154"/>
        <source>Your login (lead) may change the follow-up only of the decisions and action items assigned to you, so nothing was changed. Ask the secretariat to change this one.</source>
        <translation>Your login (lead) may change the follow-up only of the decisions and action items assigned to you, so nothing was changed. Ask the secretariat to change this one.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="161"/>
        <source>Your login (lead) may not change this: only the secretariat can edit meetings, approve or amend minutes and change the other records; a lead changes only the follow-up of the decisions and action items assigned to them. Nothing was changed.</source>
        <translation>Your login (lead) may not change this: only the secretariat can edit meetings, approve or amend minutes and change the other records; a lead changes only the follow-up of the decisions and action items assigned to them. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="169"/>
        <source>Your login (secretariat) may not do this: only the database&apos;s owner can. Nothing was changed.</source>
        <translation>Your login (secretariat) may not do this: only the database&apos;s owner can. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="173"/>
        <source>The database server did not allow this to your login, so it was not done. Ask the server&apos;s administrator for the right to change the data.</source>
        <translation>The database server did not allow this to your login, so it was not done. Ask the server&apos;s administrator for the right to change the data.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="118"/>
        <source>Someone else was changing the same records on the server, so this was not done. Try again in a moment.</source>
        <translation>Someone else was changing the same records on the server, so this was not done. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="125"/>
        <source>The connection to the database server was lost, so this was not done. Check the network and open the database again.</source>
        <translation>The connection to the database server was lost, so this was not done. Check the network and open the database again.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="131"/>
        <source>The database server&apos;s disk is full, so the change was not saved. Tell the server&apos;s administrator.</source>
        <translation>The database server&apos;s disk is full, so the change was not saved. Tell the server&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="193"/>
        <source>The database file is in use by another program, so this could not be done. Close the other program or wait a moment, then try again.</source>
        <translation>The database file is in use by another program, so this could not be done. Close the other program or wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="111"/>
        <location filename="../src/storage/Statement.cpp" line="199"/>
        <location filename="../src/storage/Transaction.cpp" line="71"/>
        <source>This database is open read-only, so the change was not saved. Open a copy that you are allowed to change.</source>
        <translation>This database is open read-only, so the change was not saved. Open a copy that you are allowed to change.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="205"/>
        <source>The database file is damaged, so this could not be done. Restore the file from a backup copy.</source>
        <translation>The database file is damaged, so this could not be done. Restore the file from a backup copy.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="212"/>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>The disk is full, so the change was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="218"/>
        <source>Jalaseh could not read or write the database file (a problem with the disk or with permissions). Check the disk and try again.</source>
        <translation>Jalaseh could not read or write the database file (a problem with the disk or with permissions). Check the disk and try again.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="136"/>
        <location filename="../src/storage/Statement.cpp" line="227"/>
        <source>The database reported an error, so this was not done. Please report it with the details.</source>
        <translation>The database reported an error, so this was not done. Please report it with the details.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="450"/>
        <source>The database holds a value this version of Jalaseh does not know, so it may be damaged or from a newer version. Restore it from a backup copy or update Jalaseh.</source>
        <translation>The database holds a value this version of Jalaseh does not know, so it may be damaged or from a newer version. Restore it from a backup copy or update Jalaseh.</translation>
    </message>
    <message>
        <location filename="../src/storage/ActionItemRepository.cpp" line="16"/>
        <source>The meeting, the decision or the owner of this action item does not exist.</source>
        <translation>The meeting, the decision or the owner of this action item does not exist.</translation>
    </message>
    <message>
        <location filename="../src/storage/ActionItemRepository.cpp" line="20"/>
        <source>The action item&apos;s deadline is not a valid date.</source>
        <translation>The action item&apos;s deadline is not a valid date.</translation>
    </message>
    <message>
        <location filename="../src/storage/ActionItemRepository.cpp" line="26"/>
        <source>This action item is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This action item is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
    <message>
        <location filename="../src/storage/AgendaItemRepository.cpp" line="73"/>
        <source>The meeting of this agenda item does not exist.</source>
        <translation>The meeting of this agenda item does not exist.</translation>
    </message>
    <message>
        <location filename="../src/storage/AgendaItemRepository.cpp" line="88"/>
        <source>This agenda item is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This agenda item is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttendanceRepository.cpp" line="33"/>
        <source>This person is already on the attendance list of this meeting.</source>
        <translation>This person is already on the attendance list of this meeting.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttendanceRepository.cpp" line="35"/>
        <source>The meeting, the person or the body of this attendance does not exist.</source>
        <translation>The meeting, the person or the body of this attendance does not exist.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttendanceRepository.cpp" line="38"/>
        <source>Minutes late cannot be negative.</source>
        <translation>Minutes late cannot be negative.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttendanceRepository.cpp" line="143"/>
        <source>This attendance row is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This attendance row is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttendanceRepository.cpp" line="162"/>
        <location filename="../src/storage/MeetingRepository.cpp" line="245"/>
        <source>This meeting is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This meeting is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="18"/>
        <source>A person or a body of the merge is no longer in the database.</source>
        <translation>A person or a body of the merge is no longer in the database.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="22"/>
        <source>A membership the merge takes back is in the database again.</source>
        <translation>A membership the merge takes back is in the database again.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="76"/>
        <source>A body cannot be merged into itself. Choose the body that %1 joins.</source>
        <translation>A body cannot be merged into itself. Choose the body that %1 joins.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="80"/>
        <source>Give the day of the merge as a Jalali date.</source>
        <translation>Give the day of the merge as a Jalali date.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="83"/>
        <source>%1 was already merged into %2 on %3; a body is merged only once.</source>
        <translation>%1 was already merged into %2 on %3; a body is merged only once.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="88"/>
        <source>%1 was merged into %2, so %2 cannot be merged into it.</source>
        <translation>%1 was merged into %2, so %2 cannot be merged into it.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="92"/>
        <source>%1 was itself merged into %2 on %3. Merge %4 into %2 instead.</source>
        <translation>%1 was itself merged into %2 on %3. Merge %4 into %2 instead.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="97"/>
        <source>%1 has a meeting on %2, after the day of the merge. Choose a day on or after its last meeting, or move that meeting first.</source>
        <translation>%1 has a meeting on %2, after the day of the merge. Choose a day on or after its last meeting, or move that meeting first.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="139"/>
        <source>%1 is no longer merged as it was, so the merge cannot be taken back. Reload the list.</source>
        <translation>%1 is no longer merged as it was, so the merge cannot be taken back. Reload the list.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="169"/>
        <location filename="../src/storage/BodyRepository.cpp" line="53"/>
        <source>The body this one is merged into does not exist.</source>
        <translation>The body this one is merged into does not exist.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyRepository.cpp" line="54"/>
        <source>A body needs a name, and a body cannot be merged into itself.</source>
        <translation>A body needs a name, and a body cannot be merged into itself.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="31"/>
        <location filename="../src/storage/BodyMerging.cpp" line="174"/>
        <location filename="../src/storage/BodyRepository.cpp" line="138"/>
        <source>This body is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This body is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyRepository.cpp" line="150"/>
        <source>This body cannot be removed: members, meeting series, attendance or merged groups still refer to it. Mark it as inactive instead.</source>
        <translation>This body cannot be removed: members, meeting series, attendance or merged groups still refer to it. Mark it as inactive instead.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyRepository.cpp" line="161"/>
        <source>A body with this name already exists. Choose another name, or use the existing body.</source>
        <translation>A body with this name already exists. Choose another name, or use the existing body.</translation>
    </message>
    <message>
        <location filename="../src/storage/ContributionRepository.cpp" line="20"/>
        <source>The meeting, the speaker or the agenda item of this contribution does not exist.</source>
        <translation>The meeting, the speaker or the agenda item of this contribution does not exist.</translation>
    </message>
    <message>
        <location filename="../src/storage/ContributionRepository.cpp" line="95"/>
        <source>This contribution is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This contribution is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRepository.cpp" line="23"/>
        <source>The meeting, the person responsible, the proposal or a reviewing meeting of this decision does not exist.</source>
        <translation>The meeting, the person responsible, the proposal or a reviewing meeting of this decision does not exist.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRepository.cpp" line="27"/>
        <source>The decision&apos;s deadline is not a valid date.</source>
        <translation>The decision&apos;s deadline is not a valid date.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRepository.cpp" line="33"/>
        <source>This decision is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This decision is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingRepository.cpp" line="70"/>
        <source>Meeting number %1 already exists in this series. Choose another number.</source>
        <translation>Meeting number %1 already exists in this series. Choose another number.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingRepository.cpp" line="73"/>
        <source>The series, chair or secretary of this meeting does not exist.</source>
        <translation>The series, chair or secretary of this meeting does not exist.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingRepository.cpp" line="75"/>
        <source>The meeting&apos;s date or times are not valid, or it ends before it starts.</source>
        <translation>The meeting&apos;s date or times are not valid, or it ends before it starts.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingSeriesRepository.cpp" line="30"/>
        <source>The body of this meeting series does not exist.</source>
        <translation>The body of this meeting series does not exist.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingSeriesRepository.cpp" line="31"/>
        <source>A meeting series needs a name.</source>
        <translation>A meeting series needs a name.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingSeriesRepository.cpp" line="104"/>
        <source>This meeting series is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This meeting series is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingSeriesRepository.cpp" line="115"/>
        <source>This meeting series cannot be removed while it has meetings. Remove or move its meetings first.</source>
        <translation>This meeting series cannot be removed while it has meetings. Remove or move its meetings first.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingSeriesRepository.cpp" line="134"/>
        <source>A meeting series with this name already exists. Choose another name, or use the existing series.</source>
        <translation>A meeting series with this name already exists. Choose another name, or use the existing series.</translation>
    </message>
    <message>
        <location filename="../src/storage/MembershipRepository.cpp" line="15"/>
        <source>The person or the body of this membership does not exist.</source>
        <translation>The person or the body of this membership does not exist.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="20"/>
        <location filename="../src/storage/MembershipRepository.cpp" line="17"/>
        <source>A membership cannot end before it starts; check the dates.</source>
        <translation>A membership cannot end before it starts; check the dates.</translation>
    </message>
    <message>
        <location filename="../src/storage/MembershipRepository.cpp" line="104"/>
        <source>This membership is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This membership is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
    <message>
        <location filename="../src/storage/ProposalRepository.cpp" line="21"/>
        <source>The meeting, the proposer, a supporter or the agenda item of this proposal does not exist.</source>
        <translation>The meeting, the proposer, a supporter or the agenda item of this proposal does not exist.</translation>
    </message>
    <message>
        <location filename="../src/storage/ProposalRepository.cpp" line="117"/>
        <source>This proposal is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This proposal is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
    <message>
        <location filename="../src/storage/SettingsRepository.cpp" line="77"/>
        <source>The attendance rules were not saved: absences in a row must be from 1 to %1, absences in a year from 1 to %2, and months without a meeting from 1 to %3.</source>
        <translation>The attendance rules were not saved: absences in a row must be from 1 to %1, absences in a year from 1 to %2, and months without a meeting from 1 to %3.</translation>
    </message>
    <message>
        <location filename="../src/storage/SettingsRepository.cpp" line="111"/>
        <source>The attachment limit was not saved: it must be from 1 byte to %1.</source>
        <translation>The attachment limit was not saved: it must be from 1 byte to %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="225"/>
        <source>The database file “%1” is no longer where it was opened: it was removed, moved or renamed, so nothing can be read from or saved to it.</source>
        <translation>The database file “%1” is no longer where it was opened: it was removed, moved or renamed, so nothing can be read from or saved to it.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="230"/>
        <source>Put the file back (or restore it from a backup copy), then open it again with File → Open database.</source>
        <translation>Put the file back (or restore it from a backup copy), then open it again with File → Open database.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="241"/>
        <source>The database file “%1” was replaced by another file while it was open, so nothing more is read from or saved to it.</source>
        <translation>The database file “%1” was replaced by another file while it was open, so nothing more is read from or saved to it.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="245"/>
        <source>Open it again with File → Open database to see what it holds now.</source>
        <translation>Open it again with File → Open database to see what it holds now.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="272"/>
        <source>The folder of the database file “%1” was made read-only while the file was open, so the change was not saved.</source>
        <translation>The folder of the database file “%1” was made read-only while the file was open, so the change was not saved.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="276"/>
        <source>The database file “%1” was made read-only while it was open, so the change was not saved.</source>
        <translation>The database file “%1” was made read-only while it was open, so the change was not saved.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="280"/>
        <source>Make it writable again and try once more, or save a copy of the database in a folder of yours (File → Save a copy as…).</source>
        <translation>Make it writable again and try once more, or save a copy of the database in a folder of yours (File → Save a copy as…).</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseCopy.cpp" line="76"/>
        <source>This version of Jalaseh cannot copy the database: it does not know the table “%1”.</source>
        <translation>This version of Jalaseh cannot copy the database: it does not know the table “%1”.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseCopy.cpp" line="212"/>
        <source>The two databases have different schema versions; open each once with this version of Jalaseh, then copy again.</source>
        <translation>The two databases have different schema versions; open each once with this version of Jalaseh, then copy again.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseCopy.cpp" line="219"/>
        <source>The target database already holds records, so nothing was copied.</source>
        <translation>The target database already holds records, so nothing was copied.</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="97"/>
        <source>A name for the database server may not contain the character NUL.</source>
        <translation>A name for the database server may not contain the character NUL.</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="110"/>
        <source>A password may not contain the character NUL.</source>
        <translation>A password may not contain the character NUL.</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="330"/>
        <source>A login&apos;s name must have between 1 and 63 bytes (63 Latin letters, about 30 Persian ones).</source>
        <translation>A login&apos;s name must have between 1 and 63 bytes (63 Latin letters, about 30 Persian ones).</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="336"/>
        <source>The server already has a login or role named “%1” (logins belong to the whole server, not to one database). Choose another name, or remove it first.</source>
        <translation>The server already has a login or role named “%1” (logins belong to the whole server, not to one database). Choose another name, or remove it first.</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="361"/>
        <source>“%1” is not a login of this database, so nothing was removed. `jalaseh users list` shows its logins.</source>
        <translation>“%1” is not a login of this database, so nothing was removed. `jalaseh users list` shows its logins.</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="372"/>
        <source>The login “%1” still owns something on the server or has rights in another database, so it was not removed. Ask the server&apos;s administrator to reassign or revoke them first.</source>
        <translation>The login “%1” still owns something on the server or has rights in another database, so it was not removed. Ask the server&apos;s administrator to reassign or revoke them first.</translation>
    </message>
    <message>
        <location filename="../src/storage/RowVersions.cpp" line="40"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../src/storage/RowVersions.cpp" line="44"/>
        <source>%1 changed this record after you opened it (%2), so your change was not saved.</source>
        <translation>%1 changed this record after you opened it (%2), so your change was not saved.</translation>
    </message>
    <message>
        <location filename="../src/storage/RowVersions.cpp" line="48"/>
        <source>Look at it as it is now, then make your change again.</source>
        <translation>Look at it as it is now, then make your change again.</translation>
    </message>
    <message>
        <location filename="../src/documents/MinutesSource.cpp" line="83"/>
        <source>The approved minutes (version %1) were stored by a newer version of Jalaseh and cannot be read by this one. Update Jalaseh.</source>
        <translation>The approved minutes (version %1) were stored by a newer version of Jalaseh and cannot be read by this one. Update Jalaseh.</translation>
    </message>
    <message>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="194"/>
        <source>The minutes of this meeting are approved already (version %1); nothing was changed. To change them, amend the minutes.</source>
        <translation>The minutes of this meeting are approved already (version %1); nothing was changed. To change them, amend the minutes.</translation>
    </message>
    <message>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="181"/>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="205"/>
        <source>There is no such meeting.</source>
        <translation>There is no such meeting.</translation>
    </message>
    <message>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="244"/>
        <source>An amendment needs its reason: say what it corrects.</source>
        <translation>An amendment needs its reason: say what it corrects.</translation>
    </message>
    <message>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="251"/>
        <source>An amendment of these minutes (version %1) is open already; approve it before amending again.</source>
        <translation>An amendment of these minutes (version %1) is open already; approve it before amending again.</translation>
    </message>
    <message>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="257"/>
        <source>The minutes of this meeting were never approved, so there is nothing to amend: edit the meeting, then approve its minutes.</source>
        <translation>The minutes of this meeting were never approved, so there is nothing to amend: edit the meeting, then approve its minutes.</translation>
    </message>
    <message>
        <location filename="../src/storage/FileHolder.cpp" line="108"/>
        <source>“%1” of the user %2 on the computer %3 (process %4), since %5</source>
        <translation>“%1” of the user %2 on the computer %3 (process %4), since %5</translation>
    </message>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="44"/>
        <source>The database file “%1” is in use by another program, which is saving to it: %2. So the change was not saved yet.</source>
        <translation>The database file “%1” is in use by another program, which is saving to it: %2. So the change was not saved yet.</translation>
    </message>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="49"/>
        <source>The database file “%1” is in use by another program, which is saving to it, so the change was not saved yet.</source>
        <translation>The database file “%1” is in use by another program, which is saving to it, so the change was not saved yet.</translation>
    </message>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="56"/>
        <source>Wait until the other program has finished, then try again; nothing is lost.</source>
        <translation>Wait until the other program has finished, then try again; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../src/session/commands/AttachmentCommands.cpp" line="55"/>
        <location filename="../src/storage/AttachmentRepository.cpp" line="32"/>
        <source>This attachment is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This attachment is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttachmentRepository.cpp" line="94"/>
        <source>“%1” was not attached: it is %2, and a file may be at most %3. Attach a smaller file, or raise the limit in the settings.</source>
        <translation>“%1” was not attached: it is %2, and a file may be at most %3. Attach a smaller file, or raise the limit in the settings.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttachmentRepository.cpp" line="111"/>
        <source>An attachment needs a file name; nothing was attached.</source>
        <translation>An attachment needs a file name; nothing was attached.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttachmentRepository.cpp" line="127"/>
        <source>The meeting of this attachment is no longer in the database; nothing was attached.</source>
        <translation>The meeting of this attachment is no longer in the database; nothing was attached.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/core/Validation.cpp" line="12"/>
        <source>A person needs a family name.</source>
        <translation>A person needs a family name.</translation>
    </message>
    <message>
        <location filename="../src/core/Validation.cpp" line="21"/>
        <source>Choose the meeting&apos;s series.</source>
        <translation>Choose the meeting&apos;s series.</translation>
    </message>
    <message>
        <location filename="../src/core/Validation.cpp" line="25"/>
        <source>The meeting number must be 1 or more.</source>
        <translation>The meeting number must be 1 or more.</translation>
    </message>
    <message>
        <location filename="../src/core/Validation.cpp" line="28"/>
        <source>The meeting needs a date.</source>
        <translation>The meeting needs a date.</translation>
    </message>
    <message>
        <location filename="../src/core/Validation.cpp" line="32"/>
        <source>The meeting must end after it starts; check the times.</source>
        <translation>The meeting must end after it starts; check the times.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ActivityChartView</name>
    <message>
        <location filename="../src/app/attendance/ActivityChartView.cpp" line="12"/>
        <location filename="../src/app/attendance/ActivityChartView.cpp" line="34"/>
        <source>Meetings held per season</source>
        <translation>Meetings held per season</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/ActivityChartView.cpp" line="37"/>
        <source>No meetings were held in this period</source>
        <translation>No meetings were held in this period</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::Application</name>
    <message>
        <location filename="../src/app/shell/Application.cpp" line="25"/>
        <source>Something went wrong inside Jalaseh (%1). What was saved before is safe. If it happens again, restart Jalaseh and report the problem.</source>
        <translation>Something went wrong inside Jalaseh (%1). What was saved before is safe. If it happens again, restart Jalaseh and report the problem.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Application.cpp" line="30"/>
        <source>Something went wrong inside Jalaseh. What was saved before is safe. If it happens again, restart Jalaseh and report the problem.</source>
        <translation>Something went wrong inside Jalaseh. What was saved before is safe. If it happens again, restart Jalaseh and report the problem.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::AttendanceView</name>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="100"/>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="101"/>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="116"/>
        <source>Double-click a meeting to open it</source>
        <translation>Double-click a meeting to open it</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="122"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="127"/>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="128"/>
        <source>late (minutes)</source>
        <translation>late (minutes)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="129"/>
        <source>left early</source>
        <translation>left early</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="130"/>
        <source>excused absence</source>
        <translation>excused absence</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="131"/>
        <source>absent without excuse</source>
        <translation>absent without excuse</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="132"/>
        <source>? nothing recorded</source>
        <translation>? nothing recorded</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="133"/>
        <source>not a member</source>
        <translation>not a member</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="211"/>
        <source>The review could not be read from the database; the message at the top of the window says why and what to do.</source>
        <translation>The review could not be read from the database; the message at the top of the window says why and what to do.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="256"/>
        <source>%1 (merged into %2)</source>
        <translation>%1 (merged into %2)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="270"/>
        <source>Series: %1</source>
        <translation>Series: %1</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="294"/>
        <source>This Jalali year (%1)</source>
        <translation>This Jalali year (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="296"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="299"/>
        <source>Jalali year %1</source>
        <translation>Jalali year %1</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="301"/>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="347"/>
        <source>The period starts (%1) after it ends (%2); correct one of the dates.</source>
        <translation>The period starts (%1) after it ends (%2); correct one of the dates.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="396"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="435"/>
        <source>No meetings of %1 from %2 to %3. Choose another period or body.</source>
        <translation>No meetings of %1 from %2 to %3. Choose another period or body.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="438"/>
        <source>%1 meetings and %2 members from %3 to %4</source>
        <translation>%1 meetings and %2 members from %3 to %4</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="444"/>
        <source>; the members&apos; overall attendance rate: %1</source>
        <translation>; the members&apos; overall attendance rate: %1</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="448"/>
        <source>With the meetings of %1, merged into it.</source>
        <translation>With the meetings of %1, merged into it.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="448"/>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="500"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="493"/>
        <source>%1: %2 absences without excuse in a row, from %3 to %4</source>
        <translation>%1: %2 absences without excuse in a row, from %3 to %4</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="496"/>
        <source>%1: %2 absences without excuse in the Jalali year %3</source>
        <translation>%1: %2 absences without excuse in the Jalali year %3</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="499"/>
        <source>Meetings missed without excuse: %1. Double-click to find the row.</source>
        <translation>Meetings missed without excuse: %1. Double-click to find the row.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="524"/>
        <source>%1: no meeting in the last %2 months; the last was on %3</source>
        <translation>%1: no meeting in the last %2 months; the last was on %3</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="528"/>
        <source>%1: no meeting recorded yet</source>
        <translation>%1: no meeting recorded yet</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="529"/>
        <source>Double-click to show its attendance.</source>
        <translation>Double-click to show its attendance.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="537"/>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="539"/>
        <source>Alerts at %1 absences without excuse in a row or %2 in one Jalali year, and for bodies with no meeting in %3 months. Change these limits in File → Settings.</source>
        <translation>Alerts at %1 absences without excuse in a row or %2 in one Jalali year, and for bodies with no meeting in %3 months. Change these limits in File → Settings.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="561"/>
        <source>The activity could not be read from the database; the message at the top of the window says why and what to do.</source>
        <translation>The activity could not be read from the database; the message at the top of the window says why and what to do.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="570"/>
        <source>From %1 to %2: %3 meetings, %4 proposals and %5 decisions. Follow-up of the decisions on %6: %7 open, %8 done, %9 overdue.</source>
        <translation>From %1 to %2: %3 meetings, %4 proposals and %5 decisions. Follow-up of the decisions on %6: %7 open, %8 done, %9 overdue.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="603"/>
        <source>All bodies</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="679"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="693"/>
        <source>Attendance of %1, %2</source>
        <translation>Attendance of %1, %2</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="696"/>
        <source>Export the attendance as PDF</source>
        <translation>Export the attendance as PDF</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="697"/>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="716"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="698"/>
        <source>Export the attendance as CSV</source>
        <translation>Export the attendance as CSV</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="699"/>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="718"/>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>CSV files for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="731"/>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="737"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="712"/>
        <source>Activity of the bodies, %1</source>
        <translation>Activity of the bodies, %1</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="715"/>
        <source>Export the activity as PDF</source>
        <translation>Export the activity as PDF</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="717"/>
        <source>Export the activity as CSV</source>
        <translation>Export the activity as CSV</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BackupsDialog</name>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="33"/>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="43"/>
        <source>Backing up… You may go on working.</source>
        <translation>Backing up… You may go on working.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="39"/>
        <source>Backed up: %1.</source>
        <translation>Backed up: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="72"/>
        <source>This file has no backups yet.</source>
        <translation>This file has no backups yet.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="76"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="89"/>
        <source>restored-%1.jalaseh</source>
        <translation>restored-%1.jalaseh</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="90"/>
        <source>Restore the backup as</source>
        <translation>Restore the backup as</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="91"/>
        <source>Jalaseh databases (*.jalaseh *.db);;All files (*)</source>
        <translation>Jalaseh databases (*.jalaseh *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="103"/>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="107"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="106"/>
        <source>Restored as %1.</source>
        <translation>Restored as %1.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="108"/>
        <source>The backup was restored as “%1”. Open it now? (This file stays as it is; you can open it again from File ▸ Recent.)</source>
        <translation>The backup was restored as “%1”. Open it now? (This file stays as it is; you can open it again from File ▸ Recent.)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="123"/>
        <source>Folder for backups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="129"/>
        <source>New backups go to %1. The older ones stay where they were.</source>
        <translation>New backups go to %1. The older ones stay where they were.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BodiesView</name>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="148"/>
        <source>Members of %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="150"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="170"/>
        <source>Add body</source>
        <translation>Add body</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="189"/>
        <source>Edit body</source>
        <translation>Edit body</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="198"/>
        <location filename="../src/app/bodies/BodiesView.cpp" line="202"/>
        <source>Remove body</source>
        <translation>Remove body</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="199"/>
        <source>Remove %1? (Undo brings it back.)</source>
        <translation>Remove %1? (Undo brings it back.)</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="218"/>
        <source>Merge %1</source>
        <translation>Merge %1</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="233"/>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="93"/>
        <location filename="../src/app/bodies/BodiesView.cpp" line="248"/>
        <source>Edit membership</source>
        <translation>Edit membership</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="90"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="90"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="91"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="91"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="92"/>
        <source>Edit &amp;membership…</source>
        <translation>Edit &amp;membership…</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="92"/>
        <source>Open &amp;membership…</source>
        <translation>Open &amp;membership…</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="94"/>
        <source>Open membership</source>
        <translation>Open membership</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="257"/>
        <source>Remove membership</source>
        <translation>Remove membership</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BodyDialog</name>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="20"/>
        <source>(not merged)</source>
        <translation>(not merged)</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="24"/>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="27"/>
        <source>Merge with “Merge into…” in the list of bodies; Undo takes a merge back.</source>
        <translation>Merge with “Merge into…” in the list of bodies; Undo takes a merge back.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="49"/>
        <source>Edit body</source>
        <translation>Edit body</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="49"/>
        <source>New body</source>
        <translation>New body</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="55"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="74"/>
        <source>A body needs a name.</source>
        <translation>A body needs a name.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BookingConflictBanner</name>
    <message>
        <location filename="../src/app/meetings/BookingConflictBanner.cpp" line="24"/>
        <source>Booking clashes</source>
        <translation>Booking clashes</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/BookingConflictBanner.cpp" line="101"/>
        <source>Booked twice at the same time:</source>
        <translation>Booked twice at the same time:</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/BookingConflictBanner.cpp" line="102"/>
        <source>Possibly booked twice (a time is missing):</source>
        <translation>Possibly booked twice (a time is missing):</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::CalendarView</name>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="97"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;⚠ red&lt;/span&gt;: a person or a room is booked twice at the same time · &lt;span style=&quot;color:%2&quot;&gt;⚠ amber&lt;/span&gt;: booked twice the same day, and a time is missing</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;⚠ red&lt;/span&gt;: a person or a room is booked twice at the same time · &lt;span style=&quot;color:%2&quot;&gt;⚠ amber&lt;/span&gt;: booked twice the same day, and a time is missing</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="120"/>
        <source>Month view (Ctrl+Shift+M)</source>
        <translation>Month view (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="121"/>
        <source>Week view (Ctrl+Shift+W)</source>
        <translation>Week view (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="249"/>
        <location filename="../src/app/calendar/CalendarView.cpp" line="250"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="263"/>
        <source>Previous month (Page Up)</source>
        <translation>Previous month (Page Up)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="264"/>
        <source>Previous week (Page Up)</source>
        <translation>Previous week (Page Up)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="265"/>
        <source>Next month (Page Down)</source>
        <translation>Next month (Page Down)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="266"/>
        <source>Next week (Page Down)</source>
        <translation>Next week (Page Down)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="311"/>
        <source>No meetings on this day.</source>
        <translation>No meetings on this day.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::CalendarWeekGrid</name>
    <message>
        <location filename="../src/app/calendar/CalendarWeekGrid.cpp" line="51"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarWeekGrid.cpp" line="125"/>
        <location filename="../src/app/calendar/CalendarWeekGrid.cpp" line="327"/>
        <source>No time</source>
        <translation>No time</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::CarriedOverPanel</name>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="21"/>
        <source>Carried over from earlier meetings</source>
        <translation>Carried over from earlier meetings</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="26"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="28"/>
        <source>Record as &amp;taken up</source>
        <translation>Record as &amp;taken up</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="29"/>
        <source>&amp;Not taken up here</source>
        <translation>&amp;Not taken up here</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="37"/>
        <source>No decision of an earlier meeting of this series is waiting to be taken up.</source>
        <translation>No decision of an earlier meeting of this series is waiting to be taken up.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="39"/>
        <source>Decisions carried over from earlier meetings</source>
        <translation>Decisions carried over from earlier meetings</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="48"/>
        <source>What this meeting decided</source>
        <translation>What this meeting decided</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="49"/>
        <source>Approved in this meeting</source>
        <translation>Approved in this meeting</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="50"/>
        <source>Rejected in this meeting</source>
        <translation>Rejected in this meeting</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="51"/>
        <source>Deferred again</source>
        <translation>Deferred again</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="147"/>
        <source>Take up a carried-over decision</source>
        <translation>Take up a carried-over decision</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="162"/>
        <source>Take back the review of a carried-over decision</source>
        <translation>Take back the review of a carried-over decision</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ConflictPrompt</name>
    <message>
        <location filename="../src/app/shell/ConflictPrompt.cpp" line="28"/>
        <source>Someone else changed this first</source>
        <translation>Someone else changed this first</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConflictPrompt.cpp" line="35"/>
        <source>Apply my change on the new version</source>
        <translation>Apply my change on the new version</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConflictPrompt.cpp" line="39"/>
        <source>Discard my change</source>
        <translation>Discard my change</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConflictPrompt.cpp" line="39"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ConnectionLabel</name>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="24"/>
        <source>secretariat</source>
        <translation>secretariat</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="26"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="28"/>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="30"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="53"/>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="65"/>
        <source>%1 as %2</source>
        <translation>%1 as %2</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="67"/>
        <source>%1 as %2 (%3)</source>
        <translation>%1 as %2 (%3)</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::DecisionsView</name>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="76"/>
        <location filename="../src/app/followup/DecisionsView.cpp" line="254"/>
        <source>Still open, overdue first</source>
        <translation>Still open, overdue first</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="77"/>
        <location filename="../src/app/followup/DecisionsView.cpp" line="266"/>
        <source>Everyone responsible</source>
        <translation>Everyone responsible</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="137"/>
        <source>Owner: type part of a name</source>
        <translation>Owner: type part of a name</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="139"/>
        <source>Deadline of the action item</source>
        <translation>Deadline of the action item</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="140"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="256"/>
        <source>Everything of %1</source>
        <translation>Everything of %1</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="267"/>
        <source>Nobody responsible</source>
        <translation>Nobody responsible</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="280"/>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="402"/>
        <source>Select a decision to see its action items.</source>
        <translation>Select a decision to see its action items.</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="417"/>
        <source>Action items of the decision</source>
        <translation>Action items of the decision</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="418"/>
        <source>Action items of its meeting that follow from no decision</source>
        <translation>Action items of its meeting that follow from no decision</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="444"/>
        <source>From %1.</source>
        <translation>From %1.</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="446"/>
        <source>Decided as: %1.</source>
        <translation>Decided as: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="450"/>
        <source>No later meeting has taken it up yet.</source>
        <translation>No later meeting has taken it up yet.</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="451"/>
        <source>Taken up again in: %1.</source>
        <translation>Taken up again in: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="451"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="464"/>
        <source>Follows from the decision: %1</source>
        <translation>Follows from the decision: %1</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="476"/>
        <source>%1 of %2 shown, %3 overdue</source>
        <translation>%1 of %2 shown, %3 overdue</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="480"/>
        <source>; only what falls due by %1</source>
        <translation>; only what falls due by %1</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="525"/>
        <source>matching “%1”</source>
        <translation>matching “%1”</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="527"/>
        <source>Follow-up of decisions</source>
        <translation>Follow-up of decisions</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="527"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="556"/>
        <source>Mark as %1</source>
        <translation>Mark as %1</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="568"/>
        <source>Open its meeting</source>
        <translation>Open its meeting</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="569"/>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="570"/>
        <source>Add an action item…</source>
        <translation>Add an action item…</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="630"/>
        <source>Mark as %1: %2</source>
        <translation>Mark as %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="705"/>
        <source>Add an action item</source>
        <translation>Add an action item</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="733"/>
        <location filename="../src/app/followup/DecisionsView.cpp" line="737"/>
        <source>Change an action item</source>
        <translation>Change an action item</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="745"/>
        <source>Remove an action item</source>
        <translation>Remove an action item</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::HistoryDialog</name>
    <message>
        <location filename="../src/app/meetings/HistoryDialog.cpp" line="21"/>
        <source>History of the meeting</source>
        <translation>History of the meeting</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/HistoryDialog.cpp" line="24"/>
        <source>History of the decision</source>
        <translation>History of the decision</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/HistoryDialog.cpp" line="28"/>
        <source>Every change is written by the server as it is made, with the login that made it. Nobody can change this list.</source>
        <translation>Every change is written by the server as it is made, with the login that made it. Nobody can change this list.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/HistoryDialog.cpp" line="30"/>
        <source>Every change saved in this file is listed here, newest first, with the user of the computer that saved it.</source>
        <translation>Every change saved in this file is listed here, newest first, with the user of the computer that saved it.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/HistoryDialog.cpp" line="33"/>
        <source>Nothing has been changed since the history began.</source>
        <translation>Nothing has been changed since the history began.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::HomeView</name>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="125"/>
        <source>What needs you this week could not be read from the database; the message at the top of the window says why and what to do.</source>
        <translation>What needs you this week could not be read from the database; the message at the top of the window says why and what to do.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="140"/>
        <source>%1 no. %2</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="144"/>
        <location filename="../src/app/home/HomeView.cpp" line="234"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="152"/>
        <source>Desk — %1</source>
        <translation>Desk — %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="159"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="176"/>
        <source>%1 meetings ahead</source>
        <translation>%1 meetings ahead</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="177"/>
        <source>%1 minutes awaiting approval</source>
        <translation>%1 minutes awaiting approval</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="179"/>
        <source>%1 follow-ups overdue</source>
        <translation>%1 follow-ups overdue</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="180"/>
        <source>%1 due by Friday</source>
        <translation>%1 due by Friday</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="181"/>
        <source>%1 bodies gone quiet</source>
        <translation>%1 bodies gone quiet</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="182"/>
        <source>%1 absence alerts</source>
        <translation>%1 absence alerts</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="183"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="187"/>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="193"/>
        <source>%1 from today on; the calendar shows them all.</source>
        <translation>%1 from today on; the calendar shows them all.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="194"/>
        <location filename="../src/app/home/HomeView.cpp" line="214"/>
        <source>%1 meetings</source>
        <translation>%1 meetings</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="198"/>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="203"/>
        <source>%1 people invited</source>
        <translation>%1 people invited</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="204"/>
        <source>nobody invited yet</source>
        <translation>nobody invited yet</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="206"/>
        <location filename="../src/app/home/HomeView.cpp" line="239"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="209"/>
        <source>No meeting is planned from today on.</source>
        <translation>No meeting is planned from today on.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="213"/>
        <source>%1 held whose minutes are not yet approved.</source>
        <translation>%1 held whose minutes are not yet approved.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="217"/>
        <source>held on %1</source>
        <translation>held on %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="219"/>
        <source>Every meeting held has approved minutes.</source>
        <translation>Every meeting held has approved minutes.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="226"/>
        <source>nobody responsible</source>
        <translation>nobody responsible</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="229"/>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="230"/>
        <source>%1 no. %2, %3</source>
        <translation>%1 no. %2, %3</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="233"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="233"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="236"/>
        <source>Yours: %1</source>
        <translation>Yours: %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="244"/>
        <source>%1 past their deadline.</source>
        <translation>%1 past their deadline.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="245"/>
        <location filename="../src/app/home/HomeView.cpp" line="257"/>
        <source>%1 decisions and tasks</source>
        <translation>%1 decisions and tasks</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="248"/>
        <location filename="../src/app/home/HomeView.cpp" line="261"/>
        <source>%1 of them are yours.</source>
        <translation>%1 of them are yours.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="252"/>
        <source>Nothing is overdue.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="256"/>
        <source>%1 due from today to Friday %2.</source>
        <translation>%1 due from today to Friday %2.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="265"/>
        <source>Nothing else falls due this week.</source>
        <translation>Nothing else falls due this week.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="268"/>
        <source>%1 with no meeting in the last %2 months.</source>
        <translation>%1 with no meeting in the last %2 months.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="269"/>
        <source>%1 bodies</source>
        <translation>%1 bodies</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="275"/>
        <source>last met on %1</source>
        <translation>last met on %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="276"/>
        <source>no meeting recorded yet</source>
        <translation>no meeting recorded yet</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="278"/>
        <source>Every active body has met lately.</source>
        <translation>Every active body has met lately.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="282"/>
        <source>%1 in the last 12 months, at %2 absences without excuse in a row or %3 in one Jalali year (File → Settings).</source>
        <translation>%1 in the last 12 months, at %2 absences without excuse in a row or %3 in one Jalali year (File → Settings).</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="284"/>
        <source>%1 alerts</source>
        <translation>%1 alerts</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="288"/>
        <source>%1 absences without excuse in a row, %2 to %3</source>
        <translation>%1 absences without excuse in a row, %2 to %3</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="291"/>
        <source>%1 absences without excuse in the Jalali year %2</source>
        <translation>%1 absences without excuse in the Jalali year %2</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="295"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="299"/>
        <source>No member is absent too often.</source>
        <translation>No member is absent too often.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::JalaliDateEdit</name>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="23"/>
        <source>year/month/day, e.g. 1402/01/21</source>
        <translation>year/month/day, e.g. 1402/01/21</translation>
    </message>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="24"/>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="25"/>
        <source>Pick the date from a Jalali calendar (Alt+Down)</source>
        <translation>Pick the date from a Jalali calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="26"/>
        <source>Open the calendar</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="87"/>
        <source>Enter a date, e.g. 1402/01/21.</source>
        <translation>Enter a date, e.g. 1402/01/21.</translation>
    </message>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="125"/>
        <source>Jalali calendar</source>
        <translation>Jalali calendar</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MainWindow</name>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="91"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="92"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="92"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="92"/>
        <source>Bodies and members</source>
        <translation>Bodies and members</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="92"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="93"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="93"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="93"/>
        <source>Follow-up of decisions</source>
        <translation>Follow-up of decisions</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="125"/>
        <location filename="../src/app/shell/MainWindow.cpp" line="155"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="134"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="164"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="190"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="220"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="221"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="224"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="228"/>
        <source>Connect to a &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="232"/>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="236"/>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="239"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="242"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="246"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="250"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="251"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="255"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="263"/>
        <source>&amp;Find in the list</source>
        <translation>&amp;Find in the list</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="267"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Search everything…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="272"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="273"/>
        <source>&amp;New meeting</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="278"/>
        <source>&amp;Minutes of this meeting…</source>
        <translation>&amp;Minutes of this meeting…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="297"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="306"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="307"/>
        <source>&amp;About Jalaseh</source>
        <translation>&amp;About Jalaseh</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="309"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="320"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="383"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="394"/>
        <source>&amp;Clear this list</source>
        <translation>&amp;Clear this list</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="396"/>
        <source>Also forgets the server passwords kept in the desktop&apos;s keychain</source>
        <translation>Also forgets the server passwords kept in the desktop&apos;s keychain</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="461"/>
        <source>Opening another database loses them.</source>
        <translation>Opening another database loses them.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="462"/>
        <source>Open it and lose them</source>
        <translation>Open it and lose them</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="497"/>
        <source>Reading the password for %1 from the desktop&apos;s keychain…</source>
        <translation>Reading the password for %1 from the desktop&apos;s keychain…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="540"/>
        <source>Making a new database loses them.</source>
        <translation>Making a new database loses them.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="540"/>
        <location filename="../src/app/shell/MainWindow.cpp" line="569"/>
        <source>Go on and lose them</source>
        <translation>Go on and lose them</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="542"/>
        <location filename="../src/app/shell/MainWindow.cpp" line="547"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="548"/>
        <source>A file named “%1” is already there. Choose another name, or open that file with File → Open database.</source>
        <translation>A file named “%1” is already there. Choose another name, or open that file with File → Open database.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="562"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="569"/>
        <source>Connecting to a server loses them.</source>
        <translation>Connecting to a server loses them.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="682"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="686"/>
        <source>Today&apos;s backup of this file could not be made. %1 Your work is saved as usual.</source>
        <translation>Today&apos;s backup of this file could not be made. %1 Your work is saved as usual.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="702"/>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="703"/>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="773"/>
        <location filename="../src/app/shell/MainWindow.cpp" line="792"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="774"/>
        <source>Meetings are numbered within a series. Name of the first series:</source>
        <translation>Meetings are numbered within a series. Name of the first series:</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="782"/>
        <source>Add series</source>
        <translation>Add series</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="888"/>
        <source>Change the organisation</source>
        <translation>Change the organisation</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="891"/>
        <source>Change the attendance rules</source>
        <translation>Change the attendance rules</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="894"/>
        <source>Change the attachment limit</source>
        <translation>Change the attachment limit</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="896"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="897"/>
        <source>The new language takes effect when Jalaseh is started again.</source>
        <translation>The new language takes effect when Jalaseh is started again.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="903"/>
        <source>About Jalaseh</source>
        <translation>About Jalaseh</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="918"/>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="957"/>
        <source>This window now works on the copy “%1”. The file it had open before was left as it was.</source>
        <translation>This window now works on the copy “%1”. The file it had open before was left as it was.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="971"/>
        <source>Jalaseh</source>
        <translation>Jalaseh</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="975"/>
        <source>%1 — Jalaseh</source>
        <translation>%1 — Jalaseh</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="977"/>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="1007"/>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/shell/MainWindow.cpp" line="1008"/>
        <source>%Ln change(s) could not be saved to the database and are kept only in this window.</source>
        <translation>
            <numerusform>%Ln change could not be saved to the database and is kept only in this window.</numerusform>
            <numerusform>%Ln changes could not be saved to the database and are kept only in this window.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="1035"/>
        <source>Closing it loses them.</source>
        <translation>Closing it loses them.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="1015"/>
        <source>Save a copy as…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="1035"/>
        <source>Close and lose them</source>
        <translation>Close and lose them</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingAgendaTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingAgendaTab.cpp" line="82"/>
        <source>Add an agenda item</source>
        <translation>Add an agenda item</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAgendaTab.cpp" line="104"/>
        <source>Change an agenda item</source>
        <translation>Change an agenda item</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAgendaTab.cpp" line="112"/>
        <source>Remove an agenda item</source>
        <translation>Remove an agenda item</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAgendaTab.cpp" line="129"/>
        <source>Move an agenda item</source>
        <translation>Move an agenda item</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingAttachmentsTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="80"/>
        <source>Drop files on the list to attach them; a file may be at most %1.</source>
        <translation>Drop files on the list to attach them; a file may be at most %1.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="108"/>
        <source>Attach files to the meeting</source>
        <translation>Attach files to the meeting</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="134"/>
        <source>“%1” could not be read (%2); it was not attached.</source>
        <translation>“%1” could not be read (%2); it was not attached.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="141"/>
        <source>Attach “%1”</source>
        <translation>Attach “%1”</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="155"/>
        <source>Remove the attachment “%1”</source>
        <translation>Remove the attachment “%1”</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="177"/>
        <source>Save a copy of the attachment</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="192"/>
        <source>“%1” could not be written (%2). Check the folder and the free space, and try again.</source>
        <translation>“%1” could not be written (%2). Check the folder and the free space, and try again.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="221"/>
        <source>No program opened “%1”. Save a copy and open it from there.</source>
        <translation>No program opened “%1”. Save a copy and open it from there.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingAttendanceTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="119"/>
        <source>All working-group leads</source>
        <translation>All working-group leads</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="127"/>
        <source>(no body)</source>
        <translation>(no body)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="130"/>
        <source>%1 (merged)</source>
        <translation>%1 (merged)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="162"/>
        <source>Add all working-group leads</source>
        <translation>Add all working-group leads</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="165"/>
        <source>Add the members of %1</source>
        <translation>Add the members of %1</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="169"/>
        <source>No one was added: everyone is on the list already, or no one holds such a seat on %1. Check the members under Bodies and members (Ctrl+3).</source>
        <translation>No one was added: everyone is on the list already, or no one holds such a seat on %1. Check the members under Bodies and members (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="185"/>
        <source>Add an attendee</source>
        <translation>Add an attendee</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="204"/>
        <source>Add a guest</source>
        <translation>Add a guest</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="225"/>
        <source>Add pasted attendees</source>
        <translation>Add pasted attendees</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="258"/>
        <source>Change an attendance</source>
        <translation>Change an attendance</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="266"/>
        <source>Remove an attendee</source>
        <translation>Remove an attendee</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingContributionsTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingContributionsTab.cpp" line="92"/>
        <source>Add a contribution</source>
        <translation>Add a contribution</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingContributionsTab.cpp" line="115"/>
        <source>Change a contribution</source>
        <translation>Change a contribution</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingContributionsTab.cpp" line="123"/>
        <source>Remove a contribution</source>
        <translation>Remove a contribution</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingContributionsTab.cpp" line="141"/>
        <source>Move a contribution</source>
        <translation>Move a contribution</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingDecisionsTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="39"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="75"/>
        <source>(not on a proposal)</source>
        <translation>(not on a proposal)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="111"/>
        <source>Add a decision</source>
        <translation>Add a decision</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="142"/>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="146"/>
        <source>Change a decision</source>
        <translation>Change a decision</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="154"/>
        <source>Remove a decision</source>
        <translation>Remove a decision</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingDetailsTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="37"/>
        <source>Approve the minutes with &quot;Approve minutes…&quot; above.</source>
        <translation>Approve the minutes with &quot;Approve minutes…&quot; above.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="40"/>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="41"/>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="42"/>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="55"/>
        <source>Change the meeting number</source>
        <translation>Change the meeting number</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="59"/>
        <source>Change the title</source>
        <translation>Change the title</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="63"/>
        <source>Change the mode</source>
        <translation>Change the mode</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="68"/>
        <source>Change the venue</source>
        <translation>Change the venue</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="72"/>
        <source>Change the online link</source>
        <translation>Change the online link</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="76"/>
        <source>Change the date</source>
        <translation>Change the date</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="79"/>
        <source>Change the start time</source>
        <translation>Change the start time</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="82"/>
        <source>Change the end time</source>
        <translation>Change the end time</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="85"/>
        <source>Change the chair</source>
        <translation>Change the chair</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="88"/>
        <source>Change the secretary</source>
        <translation>Change the secretary</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="92"/>
        <source>Change the status</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="142"/>
        <source>Change the summary</source>
        <translation>Change the summary</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="178"/>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="200"/>
        <source>Change the series</source>
        <translation>Change the series</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="190"/>
        <source>New series</source>
        <translation>New series</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="190"/>
        <source>Name of the new meeting series:</source>
        <translation>Name of the new meeting series:</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="196"/>
        <source>Add series</source>
        <translation>Add series</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingEditor</name>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="94"/>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="94"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="94"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="95"/>
        <source>&amp;Contributions</source>
        <translation>&amp;Contributions</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="95"/>
        <source>&amp;Proposals</source>
        <translation>&amp;Proposals</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="95"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="96"/>
        <source>Attach&amp;ments</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="247"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="248"/>
        <source>Back to the list of meetings (Ctrl+1)</source>
        <translation>Back to the list of meetings (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="269"/>
        <source>An iCalendar file that invitees open to put the meeting in their calendars, with the invitation letter as its description</source>
        <translation>An iCalendar file that invitees open to put the meeting in their calendars, with the invitation letter as its description</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="287"/>
        <source>The invitation was not exported</source>
        <translation>The invitation was not exported</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="297"/>
        <source>This meeting is no longer in the database; someone may have removed it.</source>
        <translation>This meeting is no longer in the database; someone may have removed it.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="304"/>
        <source>invitation-%1-%2.ics</source>
        <translation>invitation-%1-%2.ics</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="309"/>
        <source>Export the invitation for calendars</source>
        <translation>Export the invitation for calendars</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="310"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="326"/>
        <source>The calendar file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>The calendar file could not be written (%1). Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="391"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — meeting no. %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — meeting no. %2, %3</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingProposalsTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingProposalsTab.cpp" line="81"/>
        <source>Add a proposal</source>
        <translation>Add a proposal</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingProposalsTab.cpp" line="105"/>
        <source>Change a proposal</source>
        <translation>Change a proposal</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingProposalsTab.cpp" line="113"/>
        <source>Remove a proposal</source>
        <translation>Remove a proposal</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingTab.cpp" line="130"/>
        <source>(no agenda item)</source>
        <translation>(no agenda item)</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingsView</name>
    <message>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="44"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="127"/>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="133"/>
        <source>Remove meeting</source>
        <translation>Remove meeting</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="128"/>
        <source>Remove meeting no. %1 of %2 with everything recorded in it? (Undo brings it back.)</source>
        <translation>Remove meeting no. %1 of %2 with everything recorded in it? (Undo brings it back.)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="141"/>
        <source>All series</source>
        <translation>All series</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="179"/>
        <source>%1 of %2 meetings</source>
        <translation>%1 of %2 meetings</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MembershipDialog</name>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="22"/>
        <source>Member from</source>
        <translation>Member from</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="23"/>
        <source>Member until</source>
        <translation>Member until</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="36"/>
        <source>Edit membership</source>
        <translation>Edit membership</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="36"/>
        <source>New membership</source>
        <translation>New membership</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="42"/>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="60"/>
        <source>Choose the person: type part of the name and pick it from the list.</source>
        <translation>Choose the person: type part of the name and pick it from the list.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="62"/>
        <source>Correct the dates first.</source>
        <translation>Correct the dates first.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="64"/>
        <source>The membership must end after it starts.</source>
        <translation>The membership must end after it starts.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MergeBodyDialog</name>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="27"/>
        <source>Merge %1</source>
        <translation>Merge %1</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="29"/>
        <source>%1 joins another body. It keeps its name, its series, its meetings and their minutes; its members from that day on become members of the body it joins.</source>
        <translation>%1 joins another body. It keeps its name, its series, its meetings and their minutes; its members from that day on become members of the body it joins.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="35"/>
        <source>Day of the merge</source>
        <translation>Day of the merge</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="37"/>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="68"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="78"/>
        <source>There is no other body to merge into. Add it first.</source>
        <translation>There is no other body to merge into. Add it first.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="93"/>
        <source>Nobody is a member of %1 after %2, so nobody joins %3.</source>
        <translation>Nobody is a member of %1 after %2, so nobody joins %3.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="96"/>
        <source>%1 people join %2 on %3: %4.</source>
        <translation>%1 people join %2 on %3: %4.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="100"/>
        <source>Members of %1 already, who keep their seat: %2.</source>
        <translation>Members of %1 already, who keep their seat: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="103"/>
        <source>%1 has its own lead, deputy or secretary, so these join as members: %2.</source>
        <translation>%1 has its own lead, deputy or secretary, so these join as members: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="106"/>
        <source>Their seats in %1 end on that day. Undo (Ctrl+Z) takes the whole merge back.</source>
        <translation>Their seats in %1 end on that day. Undo (Ctrl+Z) takes the whole merge back.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MinutesDialog</name>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="41"/>
        <source>Narrative report</source>
        <translation>Narrative report</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="42"/>
        <source>Formal minutes (صورتجلسه)</source>
        <translation>Formal minutes (صورتجلسه)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="43"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="55"/>
        <source>Minutes, version %1 as approved</source>
        <translation>Minutes, version %1 as approved</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="211"/>
        <source>minutes-%1-%2.%3</source>
        <translation>minutes-%1-%2.%3</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="221"/>
        <source>Export the minutes</source>
        <translation>Export the minutes</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="222"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="263"/>
        <source>The templates are in %1; open that folder with your file manager and edit them in a text editor. The preview shows your changes when you pick the document again.</source>
        <translation>The templates are in %1; open that folder with your file manager and edit them in a text editor. The preview shows your changes when you pick the document again.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MinutesRecordStrip</name>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="21"/>
        <source>A&amp;pprove minutes…</source>
        <translation>A&amp;pprove minutes…</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="22"/>
        <source>A&amp;mend…</source>
        <translation>A&amp;mend…</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="23"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="40"/>
        <source>Keep the minutes as they are now, with a document id; the meeting is then no longer edited</source>
        <translation>Keep the minutes as they are now, with a document id; the meeting is then no longer edited</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="42"/>
        <source>Open a new version of approved minutes to correct them</source>
        <translation>Open a new version of approved minutes to correct them</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="88"/>
        <source>Minutes: a draft, not yet approved.</source>
        <translation>Minutes: a draft, not yet approved.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="93"/>
        <source>Minutes approved on %1 (version %2), document id %3. The meeting can no longer be edited; to correct its minutes, amend them.</source>
        <translation>Minutes approved on %1 (version %2), document id %3. The meeting can no longer be edited; to correct its minutes, amend them.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="100"/>
        <source>Minutes being amended (version %1): %2. Edit the meeting, then approve the minutes again.</source>
        <translation>Minutes being amended (version %1): %2. Edit the meeting, then approve the minutes again.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="116"/>
        <source>The minutes were not approved</source>
        <translation>The minutes were not approved</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="123"/>
        <source>No amendment was opened</source>
        <translation>No amendment was opened</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="141"/>
        <source>Jalaseh met an error it did not expect (%1); nothing was changed.</source>
        <translation>Jalaseh met an error it did not expect (%1); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="159"/>
        <source>Approve the minutes</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="160"/>
        <source>Approve the minutes of this meeting as they are now?</source>
        <translation>Approve the minutes of this meeting as they are now?</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="163"/>
        <source>Every later export will show them exactly as now, with a document id on each page. The meeting can then no longer be edited; a correction needs an amendment, which opens a new version.</source>
        <translation>Every later export will show them exactly as now, with a document id on each page. The meeting can then no longer be edited; a correction needs an amendment, which opens a new version.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="166"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="177"/>
        <source>Amend the minutes</source>
        <translation>Amend the minutes</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="178"/>
        <source>What does the amendment correct? The reason is kept with the new version.</source>
        <translation>What does the amendment correct? The reason is kept with the new version.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PasteAttendeesDialog</name>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="46"/>
        <source>%1 — already on the list</source>
        <translation>%1 — already on the list</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="50"/>
        <source>New person: %1</source>
        <translation>New person: %1</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="52"/>
        <source>Choose who: %1 people have this name</source>
        <translation>Choose who: %1 people have this name</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="55"/>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="74"/>
        <source>(no body)</source>
        <translation>(no body)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="141"/>
        <source>«%1»</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="144"/>
        <source>Not read as names (check that no one is missing): %1</source>
        <translation>Not read as names (check that no one is missing): %1</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="145"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="192"/>
        <source>(choose one)</source>
        <translation>(choose one)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="195"/>
        <source>A new person: %1</source>
        <translation>A new person: %1</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="196"/>
        <source>Leave this name out</source>
        <translation>Leave this name out</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="223"/>
        <source>%1 of the database and %2 new will be added.</source>
        <translation>%1 of the database and %2 new will be added.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="226"/>
        <source>%1 names fit several people: choose who each is, or they are left out.</source>
        <translation>%1 names fit several people: choose who each is, or they are left out.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="229"/>
        <source>No names read yet. Paste or type a list such as the one shown in the empty field.</source>
        <translation>No names read yet. Paste or type a list such as the one shown in the empty field.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="234"/>
        <source>Add %1 attendees</source>
        <translation>Add %1 attendees</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="235"/>
        <source>Add attendees</source>
        <translation>Add attendees</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PeopleView</name>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="77"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="77"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="78"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="78"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="119"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="136"/>
        <source>%1: %2, from %3%4</source>
        <translation>%1: %2, from %3%4</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="141"/>
        <source> until %1</source>
        <translation> until %1</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="152"/>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="160"/>
        <location filename="../src/app/people/PeopleView.cpp" line="164"/>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="161"/>
        <source>Remove %1 from the database? (Undo brings the person back.)</source>
        <translation>Remove %1 from the database? (Undo brings the person back.)</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="169"/>
        <source>%1 of %2 people</source>
        <translation>%1 of %2 people</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PersonDialog</name>
    <message>
        <location filename="../src/app/people/PersonDialog.cpp" line="49"/>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../src/app/people/PersonDialog.cpp" line="49"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../src/app/people/PersonDialog.cpp" line="55"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../src/app/people/PersonDialog.cpp" line="60"/>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PersonListPicker</name>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="19"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="20"/>
        <source>Take off</source>
        <translation>Take off</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="26"/>
        <source>People chosen</source>
        <translation>People chosen</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="27"/>
        <source>Person to add to the list</source>
        <translation>Person to add to the list</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="28"/>
        <source>Add the person to the list</source>
        <translation>Add the person to the list</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="29"/>
        <source>Take the selected person off the list</source>
        <translation>Take the selected person off the list</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="33"/>
        <source>Delete takes the selected person off.</source>
        <translation>Delete takes the selected person off.</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="109"/>
        <source>(unknown person)</source>
        <translation>(unknown person)</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PersonPicker</name>
    <message>
        <location filename="../src/app/common/PersonPicker.cpp" line="23"/>
        <source>Type part of a name</source>
        <translation>Type part of a name</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonPicker.cpp" line="93"/>
        <source>No one is called “%1”. Check the spelling, or add the person under People (Ctrl+2) first.</source>
        <translation>No one is called “%1”. Check the spelling, or add the person under People (Ctrl+2) first.</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonPicker.cpp" line="102"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonPicker.cpp" line="103"/>
        <source>“%1” fits %2 people (%3). Type more of the name, or choose one from the list that opens as you type.</source>
        <translation>“%1” fits %2 people (%3). Type more of the name, or choose one from the list that opens as you type.</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonPicker.cpp" line="105"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>jalaseh::app::SearchDialog</name>
    <message>
        <location filename="../src/app/shell/SearchDialog.cpp" line="95"/>
        <source>%1, no. %2</source>
        <translation>%1, no. %2</translation>
    </message>
    <message>
        <location filename="../src/app/shell/SearchDialog.cpp" line="108"/>
        <source>Type a name, a word of a meeting&apos;s title, series or agenda or of what was said or decided, or a date such as 1402/01/21; Arabic or Persian letters and either digits all match. Enter opens the first hit.</source>
        <translation>Type a name, a word of a meeting&apos;s title, series or agenda or of what was said or decided, or a date such as 1402/01/21; Arabic or Persian letters and either digits all match. Enter opens the first hit.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/SearchDialog.cpp" line="112"/>
        <source>Nothing contains “%1”.</source>
        <translation>Nothing contains “%1”.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/SearchDialog.cpp" line="115"/>
        <source>The first %1 hits, newest meetings first; type more to narrow them.</source>
        <translation>The first %1 hits, newest meetings first; type more to narrow them.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/SearchDialog.cpp" line="119"/>
        <source>%1 found, newest meetings first.</source>
        <translation>%1 found, newest meetings first.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ServerDialog</name>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="29"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="35"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="36"/>
        <source>Required, and the server&apos;s certificate is checked</source>
        <translation>Required, and the server&apos;s certificate is checked</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="38"/>
        <source>If the server offers it</source>
        <translation>If the server offers it</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="39"/>
        <source>Off (only within a trusted network)</source>
        <translation>Off (only within a trusted network)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="122"/>
        <source>A server address begins with postgresql://, e.g. postgresql://secretary@db.example.org/jalaseh. To open a file, use File → Open database.</source>
        <translation>A server address begins with postgresql://, e.g. postgresql://secretary@db.example.org/jalaseh. To open a file, use File → Open database.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="194"/>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432); leave it empty for the usual one.</source>
        <translation>The port is a number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432); leave it empty for the usual one.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ServerStateStrip</name>
    <message>
        <location filename="../src/app/shell/ServerStateStrip.cpp" line="21"/>
        <source>Server connection</source>
        <translation>Server connection</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerStateStrip.cpp" line="60"/>
        <source>The database server cannot be reached. What you see stays here but may be out of date, and changes cannot be saved until it is back. Jalaseh connects again by itself.</source>
        <translation>The database server cannot be reached. What you see stays here but may be out of date, and changes cannot be saved until it is back. Jalaseh connects again by itself.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerStateStrip.cpp" line="69"/>
        <source>Connected to the database server again; what you see is up to date.</source>
        <translation>Connected to the database server again; what you see is up to date.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::SettingsDialog</name>
    <message>
        <location filename="../src/app/shell/SettingsDialog.cpp" line="137"/>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location filename="../src/app/shell/SettingsDialog.cpp" line="150"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::TimeEdit</name>
    <message>
        <location filename="../src/app/common/TimeEdit.cpp" line="17"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::UnsavedEditPrompt</name>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="25"/>
        <source>Save a copy of the database as</source>
        <translation>Save a copy of the database as</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="26"/>
        <source>Jalaseh databases (*.jalaseh *.sqlite *.db);;All files (*)</source>
        <translation>Jalaseh databases (*.jalaseh *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="57"/>
        <source>%1 (copy).%2</source>
        <translation>%1 (copy).%2</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="66"/>
        <source>The copy was not saved</source>
        <translation>The copy was not saved</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="68"/>
        <source>Your unsaved changes are still kept in this window.</source>
        <translation>Your unsaved changes are still kept in this window.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="81"/>
        <source>Your change “%1” is kept in this window; nothing of it is lost. Try again once the file can be written to, or save a copy of the database with your change in another folder (or on another disk) and go on working there.</source>
        <translation>Your change “%1” is kept in this window; nothing of it is lost. Try again once the file can be written to, or save a copy of the database with your change in another folder (or on another disk) and go on working there.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="85"/>
        <source>Your %Ln changes are kept in this window; nothing of them is lost. Try again once the file can be written to, or save a copy of the database with your changes in another folder (or on another disk) and go on working there.</source>
        <translation>
            <numerusform>Your %Ln change is kept in this window; nothing of it is lost. Try again once the file can be written to, or save a copy of the database with your change in another folder (or on another disk) and go on working there.</numerusform>
            <numerusform>Your %Ln changes are kept in this window; nothing of them is lost. Try again once the file can be written to, or save a copy of the database with your changes in another folder (or on another disk) and go on working there.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="90"/>
        <source>The change is not saved yet</source>
        <translation>The change is not saved yet</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="94"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="99"/>
        <source>Save a copy as…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="102"/>
        <source>Discard my change</source>
        <translation>Discard my change</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="104"/>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::ActionItemListModel</name>
    <message>
        <location filename="../src/session/models/ActionItemListModel.cpp" line="12"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActionItemListModel.cpp" line="12"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActionItemListModel.cpp" line="12"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActionItemListModel.cpp" line="12"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::ActivityTableModel</name>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="66"/>
        <source>All bodies</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="81"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="97"/>
        <source>and %1 planned after today</source>
        <translation>and %1 planned after today</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="101"/>
        <source>Approved or deferred decisions whose deadline has passed without being done.</source>
        <translation>Approved or deferred decisions whose deadline has passed without being done.</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="138"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="140"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="142"/>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="144"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="146"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="148"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="150"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="152"/>
        <source>Last meeting</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="161"/>
        <source>%1 (merged into %2)</source>
        <translation>%1 (merged into %2)</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="166"/>
        <source>Spring</source>
        <translation>Spring</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="166"/>
        <source>Summer</source>
        <translation>Summer</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="166"/>
        <source>Autumn</source>
        <translation>Autumn</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="166"/>
        <source>Winter</source>
        <translation>Winter</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::AgendaListModel</name>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="9"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="9"/>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="9"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="9"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="33"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="45"/>
        <source>Question put to the room</source>
        <translation>Question put to the room</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="45"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::AttachmentListModel</name>
    <message>
        <location filename="../src/session/models/AttachmentListModel.cpp" line="43"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttachmentListModel.cpp" line="65"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttachmentListModel.cpp" line="67"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttachmentListModel.cpp" line="69"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::AttendanceListModel</name>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="13"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="13"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="13"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="13"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="13"/>
        <source>Represents</source>
        <translation>Represents</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="55"/>
        <source>%1 minutes late</source>
        <translation>%1 minutes late</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::AttendanceMatrixModel</name>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="79"/>
        <source>%1, %2</source>
        <comment>family name, given name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="102"/>
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="107"/>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="109"/>
        <source>late %1</source>
        <translation>late %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="110"/>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="112"/>
        <source>left early</source>
        <translation>left early</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="114"/>
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="116"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="125"/>
        <source>Not a member on that day; came as a guest (%1), which counts for nothing.</source>
        <translation>Not a member on that day; came as a guest (%1), which counts for nothing.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="127"/>
        <source>Not a member on that day.</source>
        <translation>Not a member on that day.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="130"/>
        <source>Nothing recorded: left out of the rates.</source>
        <translation>Nothing recorded: left out of the rates.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="133"/>
        <source>Late by %1 minutes</source>
        <translation>Late by %1 minutes</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="135"/>
        <source>; reason: %1</source>
        <translation>; reason: %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="166"/>
        <source>The role at the last meeting %1 was expected at.</source>
        <translation>The role at the last meeting %1 was expected at.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="169"/>
        <source>%1 attended (on time %2, late %3, left early %4) of the %5 meetings recorded while a member; %6 excused, %7 absent without excuse, %8 not recorded.</source>
        <translation>%1 attended (on time %2, late %3, left early %4) of the %5 meetings recorded while a member; %6 excused, %7 absent without excuse, %8 not recorded.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="180"/>
        <source>%1 attended of the %2 meetings recorded while a member, leaving out the %3 excused.</source>
        <translation>%1 attended of the %2 meetings recorded while a member, leaving out the %3 excused.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="204"/>
        <source>%1 — meeting %2, %3: %4</source>
        <translation>%1 — meeting %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="234"/>
        <source>The body as a whole: every member&apos;s attendances over every member&apos;s recorded meetings.</source>
        <translation>The body as a whole: every member&apos;s attendances over every member&apos;s recorded meetings.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="242"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="246"/>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="250"/>
        <source>%1 of the %2 members expected came; %3 guests.</source>
        <translation>%1 of the %2 members expected came; %3 guests.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="264"/>
        <source>Members present</source>
        <translation>Members present</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="268"/>
        <source>Each meeting&apos;s members present of those expected (+ guests).</source>
        <translation>Each meeting&apos;s members present of those expected (+ guests).</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="276"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="279"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="280"/>
        <source>Attended (on time, late or left early) of the meetings recorded while a member; an excused absence counts as an absence.</source>
        <translation>Attended (on time, late or left early) of the meetings recorded while a member; an excused absence counts as an absence.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="284"/>
        <source>Without
excused</source>
        <translation>Without
excused</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="285"/>
        <source>The rate leaving out the meetings with an excused absence.</source>
        <translation>The rate leaving out the meetings with an excused absence.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="295"/>
        <source>Meeting %1
%2</source>
        <translation>Meeting %1
%2</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="300"/>
        <source>Meeting %1 of %2</source>
        <translation>Meeting %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="303"/>
        <source>Double-click to open the meeting.</source>
        <translation>Double-click to open the meeting.</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::Backups</name>
    <message>
        <location filename="../src/session/Backups.cpp" line="129"/>
        <source>before update</source>
        <translation>before update</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="131"/>
        <source>before merge</source>
        <translation>before merge</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="133"/>
        <source>before copy</source>
        <translation>before copy</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="139"/>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="141"/>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="146"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="155"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="155"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::BodyListModel</name>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="14"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="14"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="51"/>
        <source>Merged into %1 on %2</source>
        <translation>Merged into %1 on %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="56"/>
        <source>%1; merged from %2</source>
        <translation>%1; merged from %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="56"/>
        <location filename="../src/session/models/BodyListModel.cpp" line="93"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="74"/>
        <source>%1 was merged into %2 on %3. Its meetings and minutes keep its name; its attendance counts in the review of %2.</source>
        <translation>%1 was merged into %2 on %3. Its meetings and minutes keep its name; its attendance counts in the review of %2.</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="86"/>
        <source>%1 (on %2)</source>
        <translation>%1 (on %2)</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="87"/>
        <source>%1 (through %2, on %3)</source>
        <translation>%1 (through %2, on %3)</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="92"/>
        <source>Merged from: %1. Their meetings are part of the attendance review of %2.</source>
        <translation>Merged from: %1. Their meetings are part of the attendance review of %2.</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="53"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="53"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::CalendarModel</name>
    <message>
        <location filename="../src/app/calendar/CalendarDayDelegate.cpp" line="175"/>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="26"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="28"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="30"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="32"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="34"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="36"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="38"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="46"/>
        <source>Farvardin</source>
        <translation>Farvardin</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="46"/>
        <source>Ordibehesht</source>
        <translation>Ordibehesht</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="46"/>
        <source>Khordad</source>
        <translation>Khordad</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="47"/>
        <source>Tir</source>
        <translation>Tir</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="47"/>
        <source>Mordad</source>
        <translation>Mordad</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="47"/>
        <source>Shahrivar</source>
        <translation>Shahrivar</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="48"/>
        <source>Mehr</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="48"/>
        <source>Aban</source>
        <translation>Aban</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="48"/>
        <source>Azar</source>
        <translation>Azar</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="49"/>
        <source>Dey</source>
        <translation>Dey</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="49"/>
        <source>Bahman</source>
        <translation>Bahman</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="49"/>
        <source>Esfand</source>
        <translation>Esfand</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/session/models/CalendarModel.cpp" line="177"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="179"/>
        <source>with a clash</source>
        <translation>with a clash</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::CarriedOverListModel</name>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="14"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="14"/>
        <source>From the meeting</source>
        <translation>From the meeting</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="14"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="15"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="15"/>
        <source>In this meeting</source>
        <translation>In this meeting</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="30"/>
        <source>no. %1, %2</source>
        <translation>no. %1, %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="78"/>
        <source>Taken up</source>
        <translation>Taken up</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="78"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::ContributionListModel</name>
    <message>
        <location filename="../src/session/models/ContributionListModel.cpp" line="13"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../src/session/models/ContributionListModel.cpp" line="13"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../src/session/models/ContributionListModel.cpp" line="13"/>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../src/session/models/ContributionListModel.cpp" line="13"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::DatabaseSession</name>
    <message>
        <location filename="../src/session/DatabaseSession.cpp" line="50"/>
        <source>This database is open read-only, so it cannot be changed. Open a copy you may write to, or ask for write access to the file.</source>
        <translation>This database is open read-only, so it cannot be changed. Open a copy you may write to, or ask for write access to the file.</translation>
    </message>
    <message>
        <location filename="../src/session/DatabaseSession.cpp" line="159"/>
        <source>Jalaseh could not read the database (%1). Try again; if it happens again, open the file once more with File → Open database.</source>
        <translation>Jalaseh could not read the database (%1). Try again; if it happens again, open the file once more with File → Open database.</translation>
    </message>
    <message>
        <location filename="../src/session/DatabaseSession.cpp" line="164"/>
        <source>Jalaseh could not read the database. Try again; if it happens again, open the file once more with File → Open database.</source>
        <translation>Jalaseh could not read the database. Try again; if it happens again, open the file once more with File → Open database.</translation>
    </message>
    <message>
        <location filename="../src/session/DatabaseSession.cpp" line="256"/>
        <source>The database server cannot be reached, so the change was not saved. Jalaseh connects again by itself; make the change once the window no longer says the server is unreachable.</source>
        <translation>The database server cannot be reached, so the change was not saved. Jalaseh connects again by itself; make the change once the window no longer says the server is unreachable.</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::DecisionListModel</name>
    <message>
        <location filename="../src/session/models/DecisionListModel.cpp" line="13"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../src/session/models/DecisionListModel.cpp" line="13"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../src/session/models/DecisionListModel.cpp" line="13"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../src/session/models/DecisionListModel.cpp" line="13"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/session/models/DecisionListModel.cpp" line="13"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::FollowUpListModel</name>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="40"/>
        <source>Decision or task</source>
        <translation>Decision or task</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="40"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="40"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="40"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="41"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="41"/>
        <source>From the meeting</source>
        <translation>From the meeting</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="41"/>
        <source>Reviewed in</source>
        <translation>Reviewed in</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="118"/>
        <source>%1 no. %2, %3</source>
        <translation>%1 no. %2, %3</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="119"/>
        <source>no. %1 (%2)</source>
        <translation>no. %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="215"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="226"/>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="228"/>
        <source>Decision (deferred)</source>
        <translation>Decision (deferred)</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="229"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="236"/>
        <source>%1 (%2 days late)</source>
        <translation>%1 (%2 days late)</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="242"/>
        <source>%1 (marked %2)</source>
        <translation>%1 (marked %2)</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::HistoryModel</name>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="145"/>
        <source>Meeting added</source>
        <translation>Meeting added</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="146"/>
        <source>Meeting removed</source>
        <translation>Meeting removed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="147"/>
        <source>Meeting changed</source>
        <translation>Meeting changed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="149"/>
        <source>Attendee added</source>
        <translation>Attendee added</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="150"/>
        <source>Attendee removed</source>
        <translation>Attendee removed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="151"/>
        <source>Attendance changed</source>
        <translation>Attendance changed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="153"/>
        <source>Agenda item added</source>
        <translation>Agenda item added</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="154"/>
        <source>Agenda item removed</source>
        <translation>Agenda item removed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="155"/>
        <source>Agenda item changed</source>
        <translation>Agenda item changed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="157"/>
        <source>Contribution added</source>
        <translation>Contribution added</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="158"/>
        <source>Contribution removed</source>
        <translation>Contribution removed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="159"/>
        <source>Contribution changed</source>
        <translation>Contribution changed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="161"/>
        <source>Proposal added</source>
        <translation>Proposal added</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="162"/>
        <source>Proposal removed</source>
        <translation>Proposal removed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="163"/>
        <source>Proposal changed</source>
        <translation>Proposal changed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="165"/>
        <source>Decision added</source>
        <translation>Decision added</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="166"/>
        <source>Decision removed</source>
        <translation>Decision removed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="167"/>
        <source>Decision changed</source>
        <translation>Decision changed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="169"/>
        <source>Action item added</source>
        <translation>Action item added</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="170"/>
        <source>Action item removed</source>
        <translation>Action item removed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="171"/>
        <source>Action item changed</source>
        <translation>Action item changed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="173"/>
        <source>File attached</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="174"/>
        <source>Attachment removed</source>
        <translation>Attachment removed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="175"/>
        <source>Attachment changed</source>
        <translation>Attachment changed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="179"/>
        <source>Minutes approved</source>
        <translation>Minutes approved</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="181"/>
        <source>Amendment of the minutes opened</source>
        <translation>Amendment of the minutes opened</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="181"/>
        <source>Minutes version changed</source>
        <translation>Minutes version changed</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="190"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="207"/>
        <source>person no. %1</source>
        <translation>person no. %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="210"/>
        <source>body no. %1</source>
        <translation>body no. %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="229"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="229"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="237"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="255"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="246"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="283"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="299"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="301"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="303"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="305"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::MeetingListModel</name>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="79"/>
        <source>Minutes marked approved, not approved here</source>
        <translation>Minutes marked approved, not approved here</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="82"/>
        <source>Minutes being amended (version %1)</source>
        <translation>Minutes being amended (version %1)</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="85"/>
        <source>Minutes approved (version %1)</source>
        <translation>Minutes approved (version %1)</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::MembershipListModel</name>
    <message>
        <location filename="../src/session/models/MembershipListModel.cpp" line="12"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../src/session/models/MembershipListModel.cpp" line="12"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../src/session/models/MembershipListModel.cpp" line="12"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../src/session/models/MembershipListModel.cpp" line="12"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../src/session/models/MembershipListModel.cpp" line="52"/>
        <source>(current)</source>
        <translation>(current)</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::MinutesVersionListModel</name>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="44"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="51"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="51"/>
        <source>Being amended</source>
        <translation>Being amended</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="59"/>
        <source>First approval</source>
        <translation>First approval</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="72"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="74"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="76"/>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="78"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="80"/>
        <source>Document id</source>
        <translation>Document id</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="82"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::PersonListModel</name>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="10"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="10"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="10"/>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="11"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="11"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="52"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="52"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::ProposalListModel</name>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>Backed by</source>
        <translation>Backed by</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="52"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::SearchResultModel</name>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="48"/>
        <location filename="../src/session/models/SearchResultModel.cpp" line="95"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="50"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="52"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="54"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="56"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="58"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="91"/>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="93"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="97"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
</TS>
