<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutText</name>
    <message>
        <location filename="../src/app/shell/AboutText.cpp" line="13"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../src/app/shell/AboutText.cpp" line="15"/>
        <source>&lt;h3&gt;Jalaseh %1&lt;/h3&gt;&lt;p&gt;Minutes of meetings, Persian first: record who came, what was said, proposed and decided, and issue the minutes as PDF, ODT, HTML or text.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;جلسه %1&lt;/h3&gt;&lt;p&gt;صورتجلسه‌نویسی، فارسی از پایه: ثبت حاضران، سخنان، پیشنهادها و مصوبه‌ها، و صدور صورتجلسه به صورت PDF، ODT، HTML یا متن.&lt;/p&gt;&lt;p&gt;پایگاه داده: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/shell/AboutText.cpp" line="21"/>
        <source>&lt;p&gt;Jalaseh is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. Its text is at &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;جلسه نرم‌افزار آزاد است: می‌توانید آن را بنا بر پروانه‌ی عمومی همگانی گنو (GNU GPL)، نسخه‌ی ۳ یا (به انتخاب خودتان) هر نسخه‌ی بعدی، به دیگران بدهید و تغییرش دهید. جلسه بدون هیچ ضمانتی عرضه می‌شود. متن پروانه در &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt; است.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/shell/AboutText.cpp" line="27"/>
        <source>&lt;p&gt;&lt;b&gt;Included in Jalaseh&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The fonts Noto Sans and Noto Sans Arabic (built into the program for the window and the documents), under the SIL Open Font License 1.1.&lt;/li&gt;&lt;li&gt;The template library kainjow/mustache, under the Boost Software License 1.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Libraries Jalaseh uses&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1, under the GNU Lesser General Public License 3.&lt;/li&gt;&lt;li&gt;ICU (calendars, collation), under the Unicode licence.&lt;/li&gt;&lt;li&gt;qpdf (the text layer of PDFs), under the Apache License 2.0.&lt;/li&gt;&lt;li&gt;SQLite (database files), in the public domain; libpq (PostgreSQL servers), under the PostgreSQL licence; both through Qt&apos;s database drivers.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Their notices come with Jalaseh (on Debian in /usr/share/doc/jalaseh/copyright).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;آنچه در جلسه گنجانده شده است&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;قلم‌های Noto Sans و Noto Sans Arabic (درون برنامه، برای پنجره و سندها)، با پروانه‌ی SIL Open Font License 1.1.&lt;/li&gt;&lt;li&gt;کتابخانه‌ی قالب kainjow/mustache، با پروانه‌ی Boost Software License 1.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;کتابخانه‌هایی که جلسه به کار می‌برد&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1، با پروانه‌ی GNU Lesser General Public License 3.&lt;/li&gt;&lt;li&gt;ICU (تقویم‌ها و ترتیب الفبایی)، با پروانه‌ی Unicode.&lt;/li&gt;&lt;li&gt;qpdf (لایه‌ی متن PDFها)، با پروانه‌ی Apache License 2.0.&lt;/li&gt;&lt;li&gt;SQLite (پرونده‌های پایگاه داده)، در مالکیت عمومی؛ libpq (کارگزارهای PostgreSQL)، با پروانه‌ی PostgreSQL؛ هر دو از راه گرداننده‌های پایگاه داده‌ی Qt.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;متن این پروانه‌ها همراه جلسه است (در دبیان در /usr/share/doc/jalaseh/copyright).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <location filename="../src/core/Attachment.cpp" line="19"/>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <location filename="../src/core/Attachment.cpp" line="21"/>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <location filename="../src/core/Attachment.cpp" line="22"/>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="8"/>
        <source>&amp;Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="12"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="16"/>
        <source>&amp;From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="22"/>
        <source>&amp;To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="28"/>
        <source>Include &amp;merged groups</source>
        <translation>با کارگروه‌های ادغام‌شده</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="29"/>
        <source>Count the meetings of the working groups merged into a body as its own</source>
        <translation>جلسه‌های کارگروه‌هایی را که در نهادی ادغام شده‌اند جلسه‌های همان نهاد بشمار</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="36"/>
        <source>Pr&amp;int…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="37"/>
        <source>See the pages of what this tab shows as they will print, set up the page and print</source>
        <translation>صفحه‌های آنچه این زبانه نشان می‌دهد را همان‌گونه که چاپ می‌شوند ببینید، صفحه را تنظیم و چاپ کنید</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="40"/>
        <source>Export &amp;PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="41"/>
        <source>Save what this tab shows as a PDF to print or send</source>
        <translation>آنچه این زبانه نشان می‌دهد را برای چاپ یا فرستادن به صورت PDF ذخیره کن</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="44"/>
        <source>Export &amp;CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="45"/>
        <source>Save what this tab shows as a CSV file for spreadsheets</source>
        <translation>آنچه این زبانه نشان می‌دهد را برای صفحه‌گسترده‌ها به صورت پرونده CSV ذخیره کن</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="53"/>
        <source>Attendance &amp;matrix</source>
        <translation>جدول حضور و غیاب</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="57"/>
        <source>&amp;Body or series:</source>
        <translation>نهاد یا سلسله‌جلسه:</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="61"/>
        <source>Body or meeting series</source>
        <translation>نهاد یا سلسله‌جلسه</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="65"/>
        <source>&amp;Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="69"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="80"/>
        <source>Attendance matrix</source>
        <translation>جدول حضور و غیاب</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="92"/>
        <source>&amp;Activity of bodies</source>
        <translation>فعالیت نهادها</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="102"/>
        <source>Activity of each body</source>
        <translation>فعالیت هر نهاد</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="112"/>
        <source>Select bodies in the table (Ctrl+click for several) to compare them in the chart; with none selected it shows all bodies together.</source>
        <translation>برای مقایسه نهادها در نمودار، آن‌ها را در جدول برگزینید (برای چند نهاد، Ctrl+کلیک)؛ اگر هیچ‌کدام برگزیده نباشد، نمودار همه نهادها را با هم نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../ui/attendance/AttendanceView.ui" line="119"/>
        <location filename="../ui/attendance/AttendanceView.ui" line="122"/>
        <source>Alerts</source>
        <translation>هشدارها</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="187"/>
        <location filename="../src/storage/BackupStore.cpp" line="217"/>
        <source>Jalaseh could not read “%1” to back it up. Check that the file is there and may be read.</source>
        <translation>جلسه نتوانست «%1» را برای پشتیبان‌گیری بخواند. ببینید پرونده سر جایش هست و خواندنش مجاز است.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="199"/>
        <source>Jalaseh could not write a backup of “%1” in “%2”. Check that the disk has free space and that the folder may be written to (the folder is a setting: File ▸ Backups).</source>
        <translation>جلسه نتوانست پشتیبانی از «%1» در «%2» بنویسد. ببینید دیسک جای خالی دارد و نوشتن در پوشه مجاز است (پوشه را در «پرونده ▸ پشتیبان‌ها» می‌توان عوض کرد).</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="313"/>
        <source>The backup of “%1” did not pass its check after writing and was thrown away. Check the disk (its free space and health), then back up again.</source>
        <translation>پشتیبان «%1» پس از نوشتن از بررسی سالم بیرون نیامد و دور ریخته شد. دیسک را بررسی کنید (جای خالی و سلامتش) و دوباره پشتیبان بگیرید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="420"/>
        <source>“%1” has no backup “%2”. Run `jalaseh --db FILE backup list` (or open File ▸ Backups) to see them.</source>
        <translation>«%1» پشتیبانی با شناسه‌ی «%2» ندارد. برای دیدن پشتیبان‌ها `jalaseh --db FILE backup list` را اجرا کنید (یا «پرونده ▸ پشتیبان‌ها» را باز کنید).</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="427"/>
        <source>“%1” is the database itself; restoring over it would replace everything written since the backup. Restore to a new file, or close every window on it and add --force.</source>
        <translation>«%1» خودِ پایگاه داده است؛ بازگردانی روی آن هر چه را پس از پشتیبان نوشته شده از میان می‌برد. در پرونده‌ای تازه بازگردانید، یا همه‌ی پنجره‌هایی را که آن را باز کرده‌اند ببندید و --force را بیفزایید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="435"/>
        <source>“%1” exists already. Choose a new file name, or add --force to replace it.</source>
        <translation>«%1» از پیش هست. نام پرونده‌ی تازه‌ای برگزینید، یا برای جایگزین کردنش --force را بیفزایید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="441"/>
        <source>Jalaseh could not restore to “%1”: its folder does not exist. Choose an existing folder.</source>
        <translation>جلسه نتوانست در «%1» بازگردانی کند: پوشه‌اش وجود ندارد. پوشه‌ای موجود برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="450"/>
        <source>Jalaseh could not restore the backup to “%1”. Check that the disk has free space and that the folder may be written to.</source>
        <translation>جلسه نتوانست پشتیبان را در «%1» بازگرداند. ببینید دیسک جای خالی دارد و نوشتن در پوشه مجاز است.</translation>
    </message>
    <message>
        <location filename="../src/storage/BackupStore.cpp" line="465"/>
        <source>The backup “%1” is damaged and was not restored. Choose an older one.</source>
        <translation>پشتیبان «%1» آسیب دیده است و بازگردانده نشد. پشتیبان قدیمی‌تری را برگزینید.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="5"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="8"/>
        <source>Jalaseh backs up this file by itself once a day while you work on it, and before updating it, merging bodies or copying over it. It keeps one a day for a week, one a week for five weeks and one a month for a year. A backup is restored as a new file; this file is left as it is.</source>
        <translation>جلسه هنگامی که روی این پرونده کار می‌کنید روزی یک بار خودش از آن پشتیبان می‌گیرد، و نیز پیش از به‌روزرسانی، ادغام نهادها یا رونوشت‌برداری روی آن. برای یک هفته روزی یکی، برای پنج هفته هفته‌ای یکی و برای یک سال ماهی یکی نگه می‌دارد. پشتیبان در پرونده‌ای تازه بازگردانده می‌شود و این پرونده دست نمی‌خورد.</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="12"/>
        <source>Backups of this file</source>
        <translation>پشتیبان‌های این پرونده</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="17"/>
        <source>Made</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="18"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="19"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="20"/>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="34"/>
        <source>Change &amp;folder…</source>
        <translation>تغییر پوشه…</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="39"/>
        <source>&amp;Back up now</source>
        <translation>اکنون پشتیبان بگیر</translation>
    </message>
    <message>
        <location filename="../ui/shell/BackupsDialog.ui" line="42"/>
        <source>&amp;Restore as a new file…</source>
        <translation>بازگردانی در پرونده‌ای تازه…</translation>
    </message>
</context>
<context>
    <name>BodiesView</name>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="10"/>
        <source>Search as you type (Ctrl+F)</source>
        <translation>جست‌وجو هم‌زمان با تایپ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="12"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="15"/>
        <source>&amp;New body…</source>
        <translation>نهاد جدید…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="16"/>
        <source>New body</source>
        <translation>نهاد جدید</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="19"/>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="20"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="23"/>
        <source>&amp;Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="24"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="27"/>
        <source>Mer&amp;ge into…</source>
        <translation>ادغام در…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="28"/>
        <source>Merge the selected working group into another body on a day; Undo takes it back</source>
        <translation>ادغام کارگروه برگزیده در نهادی دیگر از روزی معین؛ واگرد آن را برمی‌گرداند</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="29"/>
        <source>Merge into another body</source>
        <translation>ادغام در نهادی دیگر</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="38"/>
        <source>Bodies</source>
        <translation>نهادها</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="53"/>
        <location filename="../ui/bodies/BodiesView.ui" line="56"/>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="65"/>
        <source>&amp;Add member…</source>
        <translation>افزودن عضو…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="66"/>
        <source>Add member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="69"/>
        <source>Edit &amp;membership…</source>
        <translation>ویرایش عضویت…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="70"/>
        <source>Edit membership</source>
        <translation>ویرایش عضویت</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="73"/>
        <source>Remove m&amp;embership…</source>
        <translation>حذف عضویت…</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodiesView.ui" line="74"/>
        <source>Remove membership</source>
        <translation>حذف عضویت</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="5"/>
        <source>Body</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="9"/>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="13"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="16"/>
        <source>&amp;Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="20"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="23"/>
        <source>&amp;Description:</source>
        <translation>شرح:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="27"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="31"/>
        <source>&amp;Merged into:</source>
        <translation>ادغام‌شده در:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="35"/>
        <source>Merged into</source>
        <translation>ادغام‌شده در</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="38"/>
        <source>Merged &amp;on:</source>
        <translation>تاریخ ادغام:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="44"/>
        <source>A&amp;ctive</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../ui/bodies/BodyDialog.ui" line="45"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="8"/>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="12"/>
        <source>&amp;Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="13"/>
        <source>Go to today (Home)</source>
        <translation>رفتن به امروز (Home)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="14"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="17"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="22"/>
        <source>Period shown</source>
        <translation>بازه‌ی نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="26"/>
        <source>Gregorian months</source>
        <translation>ماه‌های میلادی</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="30"/>
        <source>&amp;Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="31"/>
        <source>Month view</source>
        <translation>نمای ماه</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="38"/>
        <source>&amp;Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="39"/>
        <source>Week view</source>
        <translation>نمای هفته</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="45"/>
        <source>&amp;New meeting on this day</source>
        <translation>جلسه‌ی جدید در این روز</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="46"/>
        <source>Create a meeting on the selected day (Insert)</source>
        <translation>ساختن جلسه در روز انتخاب‌شده (Insert)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="47"/>
        <source>New meeting on the selected day</source>
        <translation>جلسه‌ی جدید در روز انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="55"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="81"/>
        <source>Meetings of the selected day</source>
        <translation>جلسه‌های روز انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarView.ui" line="89"/>
        <source>Clashes on the selected day</source>
        <translation>هم‌زمانی‌های روز انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>ClashText</name>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="14"/>
        <source>%1, meeting %2</source>
        <translation>%1، شماره‌ی %2</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="21"/>
        <source>time not set</source>
        <translation>ساعت ثبت نشده</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="23"/>
        <source>from %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="25"/>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="39"/>
        <source>%1</source>
        <comment>a woman: her title and family name</comment>
        <translation>خانم %1</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="41"/>
        <source>Ms %1</source>
        <translation>خانم %1</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="44"/>
        <source>%1</source>
        <comment>a man: his title and family name</comment>
        <translation>آقای %1</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="46"/>
        <source>Mr %1</source>
        <translation>آقای %1</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="84"/>
        <source>%1 is taken at the same time by meeting %2 of “%3” (%4).</source>
        <translation>مکان «%1» در همین ساعت در اختیار جلسه‌ی %2 «%3» است (%4).</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="86"/>
        <source>%1 is also taken that day by meeting %2 of “%3” (%4); a time is missing, so check whether they overlap.</source>
        <translation>مکان «%1» همان روز در اختیار جلسه‌ی %2 «%3» هم هست (%4). ساعت یکی از دو جلسه ثبت نشده است؛ هم‌زمانی را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="93"/>
        <source>%1 is in meeting %2 of “%3” at the same time (%4).</source>
        <translation>%1 در همین ساعت در جلسه‌ی %2 «%3» است (%4).</translation>
    </message>
    <message>
        <location filename="../src/session/text/ClashText.cpp" line="95"/>
        <source>%1 is also in meeting %2 of “%3” that day (%4); a time is missing, so check whether they overlap.</source>
        <translation>%1 همان روز در جلسه‌ی %2 «%3» هم هست (%4). ساعت یکی از دو جلسه ثبت نشده است؛ هم‌زمانی را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/CommandDatabase.cpp" line="24"/>
        <source>Warning: %1</source>
        <translation>هشدار: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandDatabase.cpp" line="29"/>
        <source>Note: %1 was updated to this version of Jalaseh.</source>
        <translation>توجه: %1 به نسخه‌ی کنونی جلسه به‌روز شد.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandDatabase.cpp" line="34"/>
        <source>Note: %1 was updated to this version of Jalaseh; a copy of the old file was kept as %2.</source>
        <translation>توجه: %1 به نسخه‌ی کنونی جلسه به‌روز شد؛ رونوشتی از پرونده‌ی پیشین با نام %2 نگه داشته شد.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandDatabase.cpp" line="62"/>
        <source>Warning: no backup of %1 was made (%2) The command goes on without it.</source>
        <translation>هشدار: از %1 پشتیبانی گرفته نشد (%2) فرمان بی آن ادامه می‌یابد.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandArguments.cpp" line="32"/>
        <source>%1 is given twice; give it once.</source>
        <translation>%1 دو بار آمده است؛ یک بار بیاورید.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandArguments.cpp" line="41"/>
        <source>%1 needs a value after it.</source>
        <translation>پس از %1 مقداری لازم است.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandArguments.cpp" line="46"/>
        <source>%1 is not an option of this command; add --help to see its options.</source>
        <translation>%1 گزینه‌ی این فرمان نیست؛ برای دیدن گزینه‌ها ‎--help بیفزایید.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="23"/>
        <source>Usage: jalaseh [--db DATABASE] COMMAND [ARGUMENTS]
A DATABASE is a Jalaseh file or a PostgreSQL address, postgresql://user@server/database.
Without a command, jalaseh opens its window (on DATABASE when given).

Commands:
</source>
        <translation>کاربرد: jalaseh [--db DATABASE] COMMAND [ARGUMENTS]
DATABASE پرونده‌ی جلسه یا نشانی PostgreSQL است، ‎postgresql://user@server/database‎.
بدون فرمان، jalaseh پنجره‌اش را باز می‌کند (اگر DATABASE داده شده باشد، روی آن).

فرمان‌ها:
</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="32"/>
        <source>
Run `jalaseh COMMAND --help` for the arguments of a command.
Exit codes: 0 done, 1 a mistake in the request (see the message), 2 an internal error.
</source>
        <translation>
برای دیدن آرگومان‌های هر فرمان `jalaseh COMMAND --help` را اجرا کنید.
کدهای خروج: ۰ انجام شد، ۱ اشکال در درخواست (پیام را ببینید)، ۲ خطای درونی.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="68"/>
        <source>&quot;%1&quot; is followed by one of:
</source>
        <translation>«%1» یکی از این‌ها را پس از خود می‌خواهد:
</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="70"/>
        <source>
Run `jalaseh COMMAND --help` for the arguments of a command.
</source>
        <translation>
برای دیدن آرگومان‌های هر فرمان `jalaseh COMMAND --help` را اجرا کنید.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="129"/>
        <source>--db needs a database: a file name or a postgresql:// address, e.g. --db minutes.jalaseh</source>
        <translation>‎--db‎ پایگاه داده‌ای می‌خواهد: نام پرونده یا نشانی ‎postgresql://‎، مانند ‎--db minutes.jalaseh‎</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="178"/>
        <source>&quot;%1&quot; needs a database: add --db DATABASE before the command.</source>
        <translation>«%1» پایگاه داده می‌خواهد: پیش از فرمان ‎--db DATABASE بیفزایید.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="164"/>
        <source>Unknown command &quot;%1&quot;. Run `jalaseh --help` to see the commands.</source>
        <translation>فرمان «%1» شناخته نیست. برای دیدن فرمان‌ها `jalaseh --help` را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="203"/>
        <source>Details: %1</source>
        <translation>جزئیات: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="208"/>
        <source>Internal error: %1</source>
        <translation>خطای درونی: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="20"/>
        <source>Give the period with --from and --to as Jalali dates, e.g. --from 1402/01/01 --to 1402/12/29.</source>
        <translation>بازه را با --from و --to به تاریخ شمسی بدهید، مثلاً --from 1402/01/01 --to 1402/12/29.</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="86"/>
        <source>%1 is exported as csv or pdf, not &quot;%2&quot;.</source>
        <translation>خروجی %1 به صورت csv یا pdf است، نه «%2».</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="93"/>
        <source>A pdf file cannot go to the terminal; name the file with -o, e.g. `-o report.pdf`.</source>
        <translation>پرونده pdf را نمی‌توان در پایانه نوشت؛ نام پرونده را با -o بدهید، مثلاً `-o report.pdf`.</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="102"/>
        <source>A pdf can only be made when Jalaseh runs with its graphics library; this build of the command line lacks it. Export as csv instead.</source>
        <translation>pdf فقط وقتی ساخته می‌شود که جلسه با کتابخانه گرافیکی‌اش اجرا شود و این ساخت خط فرمان آن را ندارد. به جای آن خروجی csv بگیرید.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportActivityCommand.cpp" line="20"/>
        <source>Write the activity of every body over a period (meetings per quarter, proposals, decisions open, done and overdue) as CSV or PDF.</source>
        <translation>فعالیت هر نهاد در یک دوره (جلسه‌های هر فصل، پیشنهادها، مصوبه‌های باز، انجام‌شده و گذشته از مهلت) را به صورت CSV یا PDF می‌نویسد.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE export activity --from DATE --to DATE [--fold-merged]
                [--on DATE] [--format csv|pdf] [-o OUTPUT]

برای هر نهاد (نخست کمیته راهبری، سپس کارگروه‌ها به ترتیب الفبای فارسی) جلسه‌های
برگزارشده در هر فصل سال خورشیدی از DATE تا DATE، پیشنهادها و مصوبه‌های ثبت‌شده در آن‌ها و
پیگیری مصوبه‌های تصویب‌شده یا به تعویق افتاده را می‌نویسد: باز، انجام‌شده، یا گذشته از
مهلت (باز یا در دست اقدام با مهلتی که گذشته). مصوبه‌های ردشده پیگیری ندارند. جلسه‌ای
برگزارشده شمرده می‌شود که روزش رسیده باشد؛ جلسه‌های پس از آن «آینده»اند. سلسله‌جلسه‌هایی
که نهادی ندارند (مانند نشست راهبران) در ردیف هیچ نهادی نمی‌آیند. PDF نمودار جلسه‌های هر
فصل را هم دارد.

  --from DATE       نخستین روز، شمسی، مثلاً 1402/01/01 یا ۱۴۰۲/۰۱/۰۱
  --to DATE         واپسین روز، شمسی
  --fold-merged     جلسه‌های کارگروه ادغام‌شده را جلسه‌های نهادی بشمار که به آن پیوسته
                    است، بی‌آنکه ردیف جداگانه داشته باشد
  --on DATE         روزی که پیگیری مصوبه‌ها تا آن گزارش می‌شود (پیش‌فرض: امروز)
  --format FORMAT   csv (پیش‌فرض): UTF-8 با نشانه ترتیب بایت، برای صفحه‌گسترده‌ها؛
                    pdf: صفحه‌های افقی A4 (به -o نیاز دارد). اگر داده نشود از پسوند
                    OUTPUT
  -o, --output OUTPUT
                    به جای خروجی استاندارد در پرونده OUTPUT بنویس (اگر باشد جایگزین
                    می‌شود)

نمونه‌ها:
  jalaseh --db minutes.jalaseh export activity --from 1402/01/01 --to 1402/12/29 \
          -o activity-1402.csv
  jalaseh --db minutes.jalaseh export activity --from 1398/01/01 --to 1403/12/30 \
          --fold-merged -o activity.pdf
</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportActivityCommand.cpp" line="70"/>
        <source>Unexpected &quot;%1&quot;: give the period with --from and --to.</source>
        <translation>«%1» بی‌جاست: دوره را با --from و --to بدهید.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportActivityCommand.cpp" line="78"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="42"/>
        <source>%1 &quot;%2&quot; is not a date: %3</source>
        <translation>%1 «%2» تاریخ نیست: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="52"/>
        <source>Write the attendance of a body or a meeting series over a period (members x meetings, rates, absence alerts) as CSV or PDF.</source>
        <translation>حضور و غیاب یک نهاد یا سلسله‌جلسه در یک دوره (اعضا × جلسه‌ها، نرخ حضور، هشدارهای غیبت) را به صورت CSV یا PDF می‌نویسد.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE export attendance (--body NAME | --series NAME)
                --from DATE --to DATE [--role ROLE] [--without-merged]
                [--format csv|pdf] [-o OUTPUT]

جدول حضور و غیاب نهاد NAME (کمیته راهبری یا یک کارگروه، همان‌گونه که `list bodies` نام
می‌برد) را برای جلسه‌هایش از DATE تا DATE، هر دو روز با هم، همراه با جلسه‌های کارگروه‌هایی
که در آن ادغام شده‌اند می‌نویسد. برای هر عضو یک ردیف و برای هر جلسه یک ستون؛ هر کس فقط
در جلسه‌هایی شمرده می‌شود که در دوره عضویتش برگزار شده‌اند. با --series، جلسه‌های یک
سلسله‌جلسه: اعضای نهاد آن باید حاضر می‌شدند، یا برای سلسله‌جلسه‌ای که نهادی ندارد
(مانند نشست راهبران) کسانی که به جز مهمانان برایشان چیزی ثبت شده است.

نرخ‌ها: حضور به‌موقع، با تأخیر و خروج زودهنگام حضور شمرده می‌شود؛ «نرخ حضور» آن‌ها را
بر جلسه‌های ثبت‌شده در دوره عضویت تقسیم می‌کند (غیبت موجه هم غیبت شمرده می‌شود)؛ نرخ
«بدون غیبت موجه» جلسه‌های غیبت موجه را کنار می‌گذارد. جلسه‌ای که برای عضوی چیزی در آن
ثبت نشده در هیچ‌کدام شمرده نمی‌شود. PDF هشدارهای غیبت را هم، بنا بر مرزهایی که در پایگاه
داده تنظیم شده است (تنظیمات برنامه)، فهرست می‌کند.

  --body NAME       نهاد، هر گونه که نامش نوشته شود (ك/ک، ي/ی، با نیم‌فاصله یا بی آن)
  --series NAME     یک سلسله‌جلسه به جای نهاد
  --from DATE       نخستین روز، شمسی، مثلاً 1402/01/01 یا ۱۴۰۲/۰۱/۰۱
  --to DATE         واپسین روز، شمسی
  --role ROLE       فقط اعضای یک نقش: lead (راهبر)، deputy (جانشین)، secretary (دبیر)
                    یا member (عضو)
  --without-merged  جلسه‌های کارگروه‌های ادغام‌شده در نهاد را کنار بگذار
  --format FORMAT   csv (پیش‌فرض): UTF-8 با نشانه ترتیب بایت، برای صفحه‌گسترده‌ها؛
                    pdf: صفحه‌های افقی A4 برای چاپ (به -o نیاز دارد). اگر داده نشود
                    از پسوند OUTPUT
  -o, --output OUTPUT
                    به جای خروجی استاندارد در پرونده OUTPUT بنویس (اگر باشد جایگزین
                    می‌شود)

نمونه‌ها:
  jalaseh --db minutes.jalaseh export attendance --body &quot;کمیته راهبری&quot; \
          --from 1402/01/01 --to 1402/12/29 -o attendance-1402.csv
  jalaseh --db minutes.jalaseh export attendance --body &quot;کارگروه آموزش&quot; \
          --from 1402/01/01 --to 1402/12/29 --format pdf -o attendance-1402.pdf
</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="112"/>
        <source>Unexpected &quot;%1&quot;: name the body with --body NAME.</source>
        <translation>«%1» را انتظار نداشتیم: نهاد را با --body NAME نام ببرید.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="119"/>
        <source>Attendance</source>
        <translation>حضور و غیاب</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="126"/>
        <source>Name the body with --body, e.g. --body &quot;کمیته راهبری&quot;, or a series with --series; `list bodies` shows the names.</source>
        <translation>نهاد را با --body نام ببرید، مانند --body &quot;کمیته راهبری&quot;، یا سلسله‌جلسه را با --series؛ فرمان `list bodies` نام‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="134"/>
        <source>Give either --body or --series, not both.</source>
        <translation>یا --body بدهید یا --series، نه هر دو را.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="143"/>
        <source>There is no role &quot;%1&quot;; choose one of: lead, deputy, secretary, member.</source>
        <translation>نقشی به نام «%1» نیست؛ یکی از این‌ها را برگزینید: lead، deputy، secretary، member.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="34"/>
        <source>%1 has no meeting series named &quot;%2&quot;; check the name as the application&apos;s meetings list shows it.</source>
        <translation>در %1 سلسله‌جلسه‌ای به نام «%2» نیست؛ نام را همان‌گونه که فهرست جلسه‌های برنامه نشان می‌دهد بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportOptions.cpp" line="66"/>
        <source>The period starts (%1) after it ends (%2); swap --from and --to.</source>
        <translation>آغاز بازه (%1) پس از پایان آن (%2) است؛ --from و --to را جابه‌جا کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportAttendanceCommand.cpp" line="24"/>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="24"/>
        <source>%1 has no body named &quot;%2&quot;. Run `jalaseh --db %1 list bodies` to see the names.</source>
        <translation>در %1 نهادی با نام «%2» نیست. برای دیدن نام‌ها `jalaseh --db %1 list bodies` را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="46"/>
        <source>List the files attached to a meeting, with their ids.</source>
        <translation>پرونده‌های پیوست یک جلسه را با شناسه‌هایشان فهرست می‌کند.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE list attachments MEETING [--format table|tsv]

پرونده‌های پیوست جلسه‌ای با شناسه‌ی MEETING را به ترتیب پیوست‌شدن فهرست می‌کند:
شناسه، نام، اندازه، نوع و SHA-256. `export attachment ID` یکی را بیرون می‌نویسد؛
`attach MEETING FILE` یکی می‌افزاید.

  --format table   ستون‌های مرتب برای خواندن (پیش‌فرض)
  --format tsv     جداشده با tab، اندازه به بایت، برای اسکریپت‌ها
</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="92"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="93"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="112"/>
        <source>Attach files to a meeting; prints the new attachments&apos; ids.</source>
        <translation>پرونده‌هایی را به جلسه پیوست می‌کند و شناسه‌ی پیوست‌های تازه را چاپ می‌کند.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE attach MEETING FILE...

هر FILE را با نام پرونده‌اش، به‌عنوان پیوست جلسه‌ای با شناسه‌ی MEETING در پایگاه داده
نگه می‌دارد (اسناد دستور جلسه، اسلایدها، نامه‌ها) و شناسه‌ی هر کدام را چاپ می‌کند.
صورتجلسه پیوست‌ها را زیر «پیوست‌ها» می‌آورد. پرونده‌ای بزرگ‌تر از سقف تنظیمات (۲۰ مگابایت
مگر آنکه تغییر کرده باشد) پذیرفته نمی‌شود. همه یا هیچ: اگر یکی پیوست نشود، هیچ‌کدام
نمی‌شود.

نمونه:
  jalaseh --db minutes.jalaseh attach 1 agenda.pdf slides.odp
</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="143"/>
        <source>Give a meeting&apos;s id and one or more files, e.g. `attach 1 agenda.pdf`; `list meetings` shows the ids.</source>
        <translation>شناسه‌ی یک جلسه و یک یا چند پرونده بدهید، مثلاً `attach 1 agenda.pdf`؛ `list meetings` شناسه‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="200"/>
        <source>Write an attached file out.</source>
        <translation>پرونده‌ی پیوستی را بیرون می‌نویسد.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE export attachment ID -o OUTPUT

پرونده‌ی پیوستی با شناسه‌ی ID را (نگاه کنید به `list attachments MEETING`) بایت به بایت،
همان‌گونه که پیوست شد، در OUTPUT می‌نویسد.

  -o, --output OUTPUT   پرونده‌ای که نوشته می‌شود (اگر باشد جایگزین می‌شود)

نمونه:
  jalaseh --db minutes.jalaseh export attachment 3 -o agenda.pdf
</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="231"/>
        <source>Give the id of one attachment and the file to write, e.g. `export attachment 3 -o agenda.pdf`; `list attachments MEETING` shows the ids.</source>
        <translation>شناسه‌ی یک پیوست و پرونده‌ای که باید نوشته شود را بدهید، مثلاً `export attachment 3 -o agenda.pdf`؛ `list attachments MEETING` شناسه‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="246"/>
        <source>%1 has no attachment with id %2. Run `jalaseh --db %1 list attachments MEETING` to see the ids.</source>
        <translation>%1 پیوستی با شناسه‌ی %2 ندارد. برای دیدن شناسه‌ها `jalaseh --db %1 list attachments MEETING` را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="259"/>
        <location filename="../src/cli/ExportMeetingCommand.cpp" line="107"/>
        <source>%1 could not be written: %2. Check the folder exists and may be written to.</source>
        <translation>%1 نوشته نشد: %2. بررسی کنید پوشه وجود داشته باشد و نوشتنی باشد.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMeetingCommand.cpp" line="24"/>
        <source>Write one meeting with everything recorded about it as a JSON meeting file.</source>
        <translation>نوشتن یک جلسه با همه‌ی آنچه درباره‌اش ثبت شده در یک پرونده‌ی جلسه‌ی JSON.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE export meeting ID [--format json] [-o OUTPUT]

جلسه‌ی با شناسه‌ی ID (نگاه کنید به `list meetings`) را در یک پرونده‌ی جلسه می‌نویسد:
جلسه، سلسله‌اش، حضور و غیاب، دستور جلسه، سخنان، پیشنهادها، مصوبه‌ها و اقدام‌ها،
با افراد و نهادهایی که نام می‌برند. `import meeting` آن را در همین یا پایگاه داده‌ی
دیگری بازمی‌خواند. قالب در docs/meeting-json.md شرح داده شده است.

  --format json   قالب پرونده؛ تنها قالب json است (پیش‌فرض)
  -o, --output OUTPUT
                  نوشتن در پرونده‌ی OUTPUT (اگر باشد جایگزین می‌شود) به جای
                  خروجی استاندارد

نمونه‌ها:
  jalaseh --db minutes.jalaseh export meeting 1 --format json -o meeting-1.json
  jalaseh --db minutes.jalaseh export meeting 1 | less
</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMeetingCommand.cpp" line="63"/>
        <source>Give the id of one meeting, e.g. `export meeting 1`; `list meetings` shows the ids.</source>
        <translation>شناسه‌ی یک جلسه را بدهید، مانند `export meeting 1`؛ `list meetings` شناسه‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMeetingCommand.cpp" line="72"/>
        <source>A meeting is exported as json, not &quot;%1&quot;. (The minutes as PDF, ODT, HTML or text come from `export minutes`.)</source>
        <translation>جلسه به صورت json برون‌بری می‌شود، نه «%1». (صورتجلسه به صورت PDF، ODT، HTML یا متن از `export minutes` می‌آید.)</translation>
    </message>
    <message>
        <location filename="../src/cli/AmendMinutesCommand.cpp" line="21"/>
        <source>Open an amendment of approved minutes: a new version to edit and approve.</source>
        <translation>گشودن اصلاحیه‌ی صورتجلسه‌ی مصوب: نسخه‌ای تازه برای ویرایش و تصویب.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE amend minutes MEETING --reason TEXT

برای صورتجلسه‌ی مصوب جلسه‌ای با شناسه‌ی MEETING اصلاحیه باز می‌کند: دلیلش را ثبت می‌کند
و نسخه‌ی بعدی را پیش‌نویس می‌کند تا جلسه دوباره ویرایش شود. `approve minutes MEETING`
آن را به نوبه‌ی خود تصویب می‌کند. نسخه‌های مصوب پیشین رونوشت و شناسه‌ی سند خود را نگه
می‌دارند (`list versions MEETING`). روی سرور تنها دبیرخانه اصلاحیه می‌زند.

  --reason TEXT   آنچه اصلاحیه اصلاح می‌کند (لازم)

نمونه:
  jalaseh --db minutes.jalaseh amend minutes 1 --reason &quot;مهلت یک مصوبه اشتباه بود&quot;
</translation>
    </message>
    <message>
        <location filename="../src/cli/AmendMinutesCommand.cpp" line="56"/>
        <source>Say what the amendment corrects with --reason TEXT.</source>
        <translation>بگویید اصلاحیه چه چیزی را اصلاح می‌کند: --reason TEXT.</translation>
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
        <translation>در %1 جلسه‌ای با شناسه‌ی %2 نیست. برای دیدن شناسه‌ها `jalaseh --db %1 list meetings` را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/AmendMinutesCommand.cpp" line="75"/>
        <source>Version %1 of the minutes of meeting %2 is open as a draft. Edit the meeting, then approve it with `approve minutes %2`.</source>
        <translation>نسخه‌ی %1 صورتجلسه‌ی جلسه‌ی %2 به صورت پیش‌نویس باز شد. جلسه را ویرایش کنید و سپس با `approve minutes %2` تصویبش کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="68"/>
        <source>Write a meeting&apos;s minutes (narrative report, formal minutes or invitation) as PDF, ODT, HTML or text.</source>
        <translation>گزارش جلسه (گزارش روایی، صورتجلسه یا دعوتنامه) را به صورت PDF، ODT، HTML یا متن ساده می‌نویسد.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE export minutes ID [--style STYLE] [--format FORMAT]
                [-o OUTPUT] [--templates DIR] [--version N] [--without PARTS]

صورتجلسه‌ی جلسه‌ای با شناسه‌ی ID را می‌نویسد (نگاه کنید به `list meetings`). صورتجلسه‌ی
مصوب همان‌گونه که تصویب شد نوشته می‌شود (از رونوشت آخرین نسخه‌ی مصوبش)، با شناسه‌ی سندش؛
صورتجلسه‌ی تصویب‌نشده آن‌گونه که جلسه اکنون هست.

  --style STYLE     narrative: گزارشی که جلسه را در جمله‌ها روایت می‌کند (پیش‌فرض)
                    formal: صورتجلسه‌ی رسمی با جدول مصوبات و جای امضا
                    invitation: دعوتنامه‌ی جلسه
  --format FORMAT   pdf، odt، html یا txt؛ اگر داده نشود از پسوند OUTPUT، وگرنه txt
  -o, --output OUTPUT
                    در پرونده‌ی OUTPUT بنویس (اگر باشد جایگزین می‌شود)؛ html و txt
                    بی آن به خروجی استاندارد می‌روند، pdf و odt به آن نیاز دارند
  --templates DIR   قالب‌های DIR را هر جا که دارد به کار ببر؛ بی آن، قالب‌های پوشه‌ی
                    قالب‌های کاربر (`jalaseh templates`؛ نگاه کنید به docs/templates.md)
  --version N       نسخه‌ی مصوب N صورتجلسه (`list versions ID`)
  --without PARTS   بخش‌های نام‌برده را، جداشده با ویرگول، از این سند کنار بگذار:
                    absentees (غایبان)، contributions (سخنان)، proposals (پیشنهادها)،
                    signatures (امضاها)، attachments (پیوست‌ها)، document-id (شناسه‌ی
                    سند). رونوشت صورتجلسه‌ی مصوب می‌گوید چه چیزی را کنار گذاشته، و
                    رونوشت بی‌شناسه‌ی سند می‌گوید که شناسه ندارد

نمونه‌ها:
  jalaseh --db minutes.jalaseh export minutes 1 --style formal -o minutes-1.pdf
  jalaseh --db minutes.jalaseh export minutes 1 --format txt
  jalaseh --db minutes.jalaseh export minutes 1 --without absentees,signatures
</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="126"/>
        <source>Give the id of one meeting, e.g. `export minutes 1`; `list meetings` shows the ids.</source>
        <translation>شناسه یک جلسه را بدهید، مثلاً `export minutes 1`؛ فرمان `list meetings` شناسه‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="138"/>
        <source>--version takes the number of an approved version, e.g. --version 2; `list versions %1` shows them.</source>
        <translation>--version شماره‌ی یک نسخه‌ی مصوب را می‌گیرد، مانند --version 2؛ `list versions %1` نسخه‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="153"/>
        <source>There is no part &quot;%1&quot; to leave out; choose from: %2.</source>
        <translation>بخشی به نام «%1» برای کنار گذاشتن نیست؛ از این‌ها برگزینید: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="167"/>
        <source>There is no style &quot;%1&quot;; choose one of: %2.</source>
        <translation>سبکی به نام «%1» نیست؛ یکی از این‌ها را برگزینید: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="188"/>
        <source>There is no format &quot;%1&quot;; choose one of: %2.</source>
        <translation>قالبی به نام «%1» نیست؛ یکی از این‌ها را برگزینید: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="198"/>
        <source>A %1 file cannot go to the terminal; name the file with -o, e.g. `-o minutes.%1`.</source>
        <translation>پرونده %1 را نمی‌توان در پایانه نوشت؛ نام پرونده را با -o بدهید، مثلاً `-o minutes.%1`.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="208"/>
        <source>Minutes can only be made when Jalaseh runs with its graphics library; this build of the command line lacks it.</source>
        <translation>صورتجلسه فقط وقتی ساخته می‌شود که جلسه با کتابخانه گرافیکی خود اجرا شود؛ این ساخت خط فرمان آن را ندارد.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportMinutesCommand.cpp" line="230"/>
        <source>The minutes of meeting %1 have no approved version %2. Run `jalaseh --db %3 list versions %1` to see them.</source>
        <translation>صورتجلسه‌ی جلسه‌ی %1 نسخه‌ی مصوب %2 ندارد. برای دیدن نسخه‌ها `jalaseh --db %3 list versions %1` را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="28"/>
        <source>Add a meeting from a JSON meeting file; prints the new meeting&apos;s id.</source>
        <translation>افزودن جلسه از یک پرونده‌ی جلسه‌ی JSON؛ شناسه‌ی جلسه‌ی تازه را چاپ می‌کند.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE import meeting MEETING.json

جلسه‌ی درون MEETING.json را (چنان‌که `export meeting` می‌نویسد؛ قالب در
docs/meeting-json.md شرح داده شده) به پایگاه داده می‌افزاید و شناسه‌ی تازه‌اش را چاپ می‌کند.

افراد با نامشان یافته می‌شوند، هرگونه که نوشته شده باشد (با حروف عربی یا فارسی،
با یا بی نیم‌فاصله)؛ کسی که در پایگاه داده نیست افزوده می‌شود. نهادها و سلسله
با نامشان یافته و اگر نباشند افزوده می‌شوند. شماره‌ی جلسه باید در سلسله‌اش آزاد باشد.

نخست پرونده بررسی می‌شود؛ هر اشکال با فیلدش فهرست می‌شود، مانند
  attendance[3].person: &quot;رضایی&quot; is not among the file&apos;s people
و آن‌گاه هیچ چیز تغییر نمی‌کند: درون‌بری یا همه یا هیچ است.

نمونه:
  jalaseh --db minutes.jalaseh import meeting meeting-1.json
</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="62"/>
        <source>Give one meeting file, e.g. `import meeting meeting-1.json`.</source>
        <translation>یک پرونده‌ی جلسه بدهید، مانند `import meeting meeting-1.json`.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="158"/>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="71"/>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>پرونده‌ی %1 نیست. نام و پوشه را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="78"/>
        <source>%1 is too large to be a meeting file (%2 MB).</source>
        <translation>%1 برای پرونده‌ی جلسه بسیار بزرگ است (%2 مگابایت).</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="174"/>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="87"/>
        <source>%1 could not be read: %2.</source>
        <translation>%1 خوانده نشد: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/ImportMeetingCommand.cpp" line="99"/>
        <source>%1 was not imported, and the database was not changed:</source>
        <translation>%1 درون‌بری نشد و پایگاه داده تغییری نکرد:</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="61"/>
        <source>Create a new database, empty or with demo or synthetic data.</source>
        <translation>ساختن پایگاه داده‌ی تازه، خالی یا با داده‌ی نمونه یا ساختگی.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE init [--demo | --synthetic YEARS [--seed N]] [--force]

پایگاه داده‌ی تازه‌ای از جلسه می‌سازد: پرونده‌ای تازه، یا جدول‌های جلسه در پایگاه داده‌ی خالی‌ای
روی سرور PostgreSQL ‏(--db postgresql://user@server/database).

  --demo             پر کردن با داده‌های نمونه: سازمان شبکه، کمیته راهبری و
                     کارگروه‌ها با اعضایشان، و سه جلسه‌ی ثبت‌شده (نخستین، جلسه‌ی
                     نمونه‌ی ۱۴۰۲/۰۱/۲۱ است)
  --synthetic YEARS  پر کردن با داده‌ی ساختگی برای YEARS سال (۱ تا ۱۰۰)؛ ده سال یعنی
                     ۲۰۰۰ نفر، ۵۰۰۰ جلسه و ۱۰۰٬۰۰۰ ردیف حضور؛ برای آزمودن و
                     سنجیدن سرعت
  --seed N           بذر داده‌ی ساختگی (پیش‌فرض ۱)؛ بذر یکسان پایگاه داده‌ی یکسان
                     می‌دهد
  --force            جایگزین کردن پرونده اگر باشد (محتوایش از دست می‌رود)؛ روی سرور،
                     پاک کردن رکوردهایی که پایگاه داده دارد

نمونه‌ها:
  jalaseh --db minutes.jalaseh init
  jalaseh --db demo.jalaseh init --demo
  jalaseh --db big.jalaseh init --synthetic 10 --seed 7 --force
</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="102"/>
        <source>init takes no other words (&quot;%1&quot;); the file goes after --db, e.g. jalaseh --db minutes.jalaseh init.</source>
        <translation>init واژه‌ی دیگری نمی‌پذیرد («%1»)؛ نام پرونده پس از ‎--db می‌آید، مانند jalaseh --db minutes.jalaseh init.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="113"/>
        <source>Choose either --demo or --synthetic, not both.</source>
        <translation>یا ‎--demo یا ‎--synthetic را برگزینید، نه هر دو.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="122"/>
        <source>--synthetic needs a number of years from 1 to %1, not &quot;%2&quot;.</source>
        <translation>‏--synthetic شمار سال‌ها را از ۱ تا %1 می‌خواهد، نه «%2».</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="132"/>
        <source>--seed goes with --synthetic.</source>
        <translation>‏--seed همراه ‎--synthetic می‌آید.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="142"/>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>‏--seed عدد درستی از ۰ تا 4294967295 می‌خواهد، نه «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="156"/>
        <source>%1 is a folder; give the name of a file to create, e.g. %1/minutes.jalaseh.</source>
        <translation>%1 پوشه است؛ نام پرونده‌ای برای ساختن بدهید، مانند %1/minutes.jalaseh.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="166"/>
        <source>%1 already exists, and init creates a new database. Choose another file name, or add --force to replace it (everything in it is lost).</source>
        <translation>%1 از پیش هست و init پایگاه داده‌ی تازه می‌سازد. نام دیگری برگزینید، یا برای جایگزینی ‎--force بیفزایید (همه‌ی محتوایش از دست می‌رود).</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="177"/>
        <location filename="../src/cli/InitCommand.cpp" line="245"/>
        <source>%1 could not be replaced: it cannot be removed. Check the permissions of the file and its folder.</source>
        <translation>%1 جایگزین نشد: حذف‌شدنی نیست. اجازه‌های پرونده و پوشه‌اش را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="205"/>
        <source>The database %1 already holds records, and init creates a new database. Choose another database, or add --force to delete its records (everything in it is lost).</source>
        <translation>پایگاه داده‌ی %1 از پیش رکورد دارد، و init پایگاه داده‌ی تازه‌ای می‌سازد. پایگاه داده‌ی دیگری برگزینید، یا ‎--force‎ را بیفزایید تا رکوردهایش پاک شود (همه‌ی محتوایش از دست می‌رود).</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="256"/>
        <source>Created %1 with the demo data.</source>
        <translation>%1 با داده‌های نمونه ساخته شد.</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="263"/>
        <source>Created %1 with one year of synthetic data (seed %2).</source>
        <translation>%1 با یک سال داده‌ی ساختگی ساخته شد (بذر %2).</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="267"/>
        <source>Created %1 with %2 years of synthetic data (seed %3).</source>
        <translation>%1 با %2 سال داده‌ی ساختگی ساخته شد (بذر %3).</translation>
    </message>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="274"/>
        <source>Created the empty database %1.</source>
        <translation>پایگاه داده‌ی خالی %1 ساخته شد.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="90"/>
        <location filename="../src/cli/ListCommand.cpp" line="74"/>
        <location filename="../src/cli/ListCommand.cpp" line="107"/>
        <location filename="../src/cli/ListCommand.cpp" line="131"/>
        <location filename="../src/cli/ListCommand.cpp" line="166"/>
        <location filename="../src/cli/SearchCommand.cpp" line="142"/>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="75"/>
        <location filename="../src/cli/ListCommand.cpp" line="168"/>
        <location filename="../src/cli/SearchCommand.cpp" line="144"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="76"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="77"/>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="78"/>
        <location filename="../src/cli/ListCommand.cpp" line="169"/>
        <source>Series</source>
        <translation>سلسله‌جلسه</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="79"/>
        <location filename="../src/cli/ListCommand.cpp" line="170"/>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="80"/>
        <location filename="../src/cli/ListCommand.cpp" line="110"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="81"/>
        <source>Mode</source>
        <translation>نحوه‌ی برگزاری</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="82"/>
        <location filename="../src/cli/ListCommand.cpp" line="171"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="108"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="109"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="111"/>
        <source>Affiliation</source>
        <translation>وابستگی سازمانی</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="112"/>
        <location filename="../src/cli/ListCommand.cpp" line="136"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="116"/>
        <location filename="../src/cli/ListCommand.cpp" line="141"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="117"/>
        <location filename="../src/cli/ListCommand.cpp" line="142"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="91"/>
        <location filename="../src/cli/ListCommand.cpp" line="132"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="133"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="134"/>
        <source>Merged into</source>
        <translation>ادغام‌شده در</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="135"/>
        <source>Merged on</source>
        <translation>تاریخ ادغام</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="167"/>
        <location filename="../src/cli/SearchCommand.cpp" line="143"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="172"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="173"/>
        <source>Responsible</source>
        <translation>مسئول پیگیری</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="174"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="175"/>
        <source>Decision</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="201"/>
        <source>List the meetings, people, bodies or decisions of a database.</source>
        <translation>فهرست جلسه‌ها، افراد، نهادها یا مصوبه‌های یک پایگاه داده.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE list meetings|people|bodies|decisions [--format table|tsv]

جدولی از محتوای پایگاه داده چاپ می‌کند:
  meetings   تازه‌ترین نخست: شناسه، تاریخ شمسی، ساعت‌ها، سلسله، شماره، عنوان، نحوه، وضعیت
  people     به ترتیب الفبای فارسی نام خانوادگی و نام
  bodies     کمیته راهبری و کارگروه‌ها، با ادغام‌شده‌ها
  decisions  همه‌ی مصوبه‌ها با جلسه، وضعیت، پیگیری، مسئول پیگیری و مهلت

  --format table  ستون‌های هم‌تراز برای خواندن، تاریخ شمسی با رقم فارسی (پیش‌فرض)
  --format tsv    مقدارهای جداشده با Tab برای اسکریپت‌ها: سطر سرستون، تاریخ ISO (2023-04-10) و کلیدهای قالب پرونده (&quot;online&quot;، &quot;in_progress&quot;)

شناسه‌های ستون نخست همان است که `export meeting ID` می‌گیرد.

نمونه‌ها:
  jalaseh --db minutes.jalaseh list meetings
  jalaseh --db minutes.jalaseh list decisions --format tsv &gt; decisions.tsv
</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="241"/>
        <source>What should be listed? Add one of: %1.</source>
        <translation>چه چیزی فهرست شود؟ یکی از این‌ها را بیفزایید: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="244"/>
        <source>&quot;%1&quot; cannot be listed; list one of: %2.</source>
        <translation>«%1» فهرست‌شدنی نیست؛ یکی از این‌ها را فهرست کنید: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="77"/>
        <location filename="../src/cli/ListCommand.cpp" line="253"/>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="55"/>
        <location filename="../src/cli/SearchCommand.cpp" line="125"/>
        <source>--format is &quot;table&quot; or &quot;tsv&quot;, not &quot;%1&quot;.</source>
        <translation>‏--format یا «table» است یا «tsv»، نه «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="44"/>
        <source>meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="46"/>
        <source>person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="48"/>
        <source>body</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="50"/>
        <source>contribution</source>
        <translation>سخن</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="52"/>
        <source>proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="54"/>
        <source>decision</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="68"/>
        <source>Find names, contributions, proposals and decisions containing a text.</source>
        <translation>یافتن نام‌ها، سخنان، پیشنهادها و مصوبه‌هایی که متنی را در بر دارند.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE search TEXT... [--limit N] [--format table|tsv]

آنچه TEXT را در بر دارد فهرست می‌کند (چند واژه با هم یک متن جست‌وجو می‌شوند): جلسه‌ها،
افراد، نهادها، سخنان، پیشنهادها و مصوبه‌ها، با جلسه‌ای که هر یک از آن است و تاریخ
شمسی‌اش. متن هرگونه نوشته شده باشد یافته می‌شود: ک و ی عربی یا فارسی، با یا بی
نیم‌فاصله، رقم فارسی یا لاتین. جلسه‌ها با بندهای دستور جلسه و نام سلسله‌شان هم یافته
می‌شوند، و تاریخ شمسی (1402/01/21، 1402-1-21، ۱۴۰۲/۰۱/۲۱) جلسه‌های آن روز را نخست می‌آورد.

  --limit N       نشان دادن دست‌بالا N یافته (پیش‌فرض ۲۰۰)
  --format table  ستون‌ها برای خواندن (پیش‌فرض)؛ --format tsv برای اسکریپت‌ها

نمونه‌ها:
  jalaseh --db minutes.jalaseh search ادغام کارگروه‌ها
  jalaseh --db minutes.jalaseh search رقابی --format tsv
  jalaseh --db minutes.jalaseh search 1402/01/21
</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="104"/>
        <source>What should be searched for? Add the text, e.g. `search رقابی`.</source>
        <translation>چه چیزی جست‌وجو شود؟ متن را بیفزایید، مانند `search رقابی`.</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="115"/>
        <source>--limit needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>‏--limit عددی از ۱ تا %1 می‌خواهد، نه «%2».</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="141"/>
        <source>Found in</source>
        <translation>یافته در</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="145"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../src/cli/SearchCommand.cpp" line="155"/>
        <source>Nothing contains &quot;%1&quot;.</source>
        <translation>هیچ چیز «%1» را در بر ندارد.</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="19"/>
        <source>Show where the minutes templates come from, or copy the built-in ones into a folder to edit them.</source>
        <translation>نشان می‌دهد قالب‌های صورتجلسه از کجا می‌آیند، یا قالب‌های درونی را برای ویرایش در پوشه‌ای رونوشت می‌کند.</translation>
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
        <translation>کاربرد: jalaseh templates [copy] [--folder DIR]

بدون `copy`: همه قالب‌ها را فهرست می‌کند و می‌گوید هر یک از پوشه می‌آید یا درونی است.
با `copy`: قالب‌های درونی را در پوشه رونوشت می‌کند، پرونده‌هایی را که از پیش آن‌جا هستند
دست نمی‌زند و آنچه را نوشت فهرست می‌کند. رونوشت‌ها را ویرایش کنید؛ برنامه و
`export minutes` از آن پس آن‌ها را به کار می‌برند (docs/templates.md).

  --folder DIR   پوشه قالب‌ها؛ اگر داده نشود پوشه قالب‌های خود کاربر

نمونه‌ها:
  jalaseh templates copy
  jalaseh templates --folder ~/minutes-templates
</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="52"/>
        <source>&quot;%1&quot; is not something templates can do; the only word it takes is `copy`.</source>
        <translation>templates کاری به نام «%1» ندارد؛ تنها واژه‌ای که می‌پذیرد `copy` است.</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="67"/>
        <source>Every template is in %1 already; nothing was copied.</source>
        <translation>همه قالب‌ها از پیش در %1 هستند؛ چیزی رونوشت نشد.</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="79"/>
        <source>Templates folder: %1</source>
        <translation>پوشه قالب‌ها: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="85"/>
        <source>from the folder</source>
        <translation>از پوشه</translation>
    </message>
    <message>
        <location filename="../src/cli/TemplatesCommand.cpp" line="86"/>
        <source>built in</source>
        <translation>درونی</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="51"/>
        <source>Merge a working group into another body on a day; its members move.</source>
        <translation>ادغام یک کارگروه در نهادی دیگر از روزی معین؛ اعضایش منتقل می‌شوند.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE merge body NAME --into NAME --on DATE

نهاد NAME (یک کارگروه، به نامی که `list bodies` نشان می‌دهد) را از روز شمسی DATE در
نهادی که با --into آمده ادغام می‌کند. نهاد ادغام‌شده نام، سلسله‌جلسه‌ها، جلسه‌ها و
صورتجلسه‌هایش را نگه می‌دارد و از آن پس ادغام‌شده نشان داده می‌شود. عضویت‌هایی از آن که
پس از DATE ادامه دارند در DATE پایان می‌یابند و هر یک از این اعضا همان عضویت را از DATE
(یا از روزی که عضویتش قرار بود آغاز شود) در نهاد دیگر می‌گیرد؛ کسانی که از پیش عضو نهاد
دیگرند عضویت خود را نگه می‌دارند، و راهبر، جانشین یا دبیر، اگر نهاد دیگر آن نقش را پر
دارد، با نقش عضو می‌پیوندد. بررسی حضور نهاد دیگر جلسه‌های نهاد ادغام‌شده را هم در بر
می‌گیرد.

ادغام با ذکر علت پذیرفته نمی‌شود اگر NAME پیش‌تر ادغام شده باشد، اگر نهاد دیگر خود ادغام
شده یا در NAME ادغام شده باشد، و اگر NAME پس از DATE جلسه داشته باشد. در این حال چیزی
تغییر نمی‌کند. واگرد پنجره‌ی برنامه ادغام را برمی‌گرداند؛ خط فرمان واگرد ندارد.

  NAME          نهاد ادغام‌شونده، به هر شکلی که نامش نوشته شود (ك/ک، ي/ی، نیم‌فاصله)
  --into NAME   نهادی که به آن می‌پیوندد
  --on DATE     روز ادغام به تاریخ شمسی، مثلاً 1402/07/01 یا ۱۴۰۲/۰۷/۰۱

نمونه:
  jalaseh --db minutes.jalaseh merge body &quot;کارگروه تبادل تجربه&quot; \
          --into &quot;کارگروه منابع الکترونیکی&quot; --on 1402/07/01
</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="92"/>
        <source>Name the one body to merge, in quotes when it has spaces: merge body &quot;کارگروه تبادل تجربه&quot; --into NAME --on DATE.</source>
        <translation>نام یک نهاد را برای ادغام بدهید، اگر فاصله دارد میان گیومه: merge body &quot;کارگروه تبادل تجربه&quot; --into NAME --on DATE.</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="101"/>
        <source>Name the body it joins with --into NAME.</source>
        <translation>نهادی را که در آن ادغام می‌شود با --into NAME بدهید.</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="108"/>
        <source>Give the day of the merge with --on, e.g. --on 1402/07/01.</source>
        <translation>روز ادغام را با --on بدهید، مثلاً --on 1402/07/01.</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="139"/>
        <source>%1 merged into %2 on %3.</source>
        <translation>%1 در تاریخ %3 در %2 ادغام شد.</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="142"/>
        <source>Joined %1: %2</source>
        <translation>پیوستگان به %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="147"/>
        <source>Members already: %1</source>
        <translation>از پیش عضو: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/MergeBodyCommand.cpp" line="152"/>
        <source>Joined as members, since %1 has its own lead, deputy or secretary: %2</source>
        <translation>پیوستگان با نقش عضو، چون %1 راهبر، جانشین یا دبیر خود را دارد: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="24"/>
        <source>Copy a whole database between files and PostgreSQL servers.</source>
        <translation>رونوشت کامل یک پایگاه داده میان پرونده‌ها و سرورهای PostgreSQL.</translation>
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
        <translation>کاربرد: jalaseh copy SOURCE TARGET [--force]

همه‌ی رکوردهای پایگاه داده‌ی SOURCE را با همان شناسه‌ها در TARGET رونویسی می‌کند، تا
هر جلسه، شخص یا مصوبه در هر دو همان شماره را داشته باشد. هر یک از SOURCE و TARGET
پرونده‌ای است یا نشانی PostgreSQL (postgresql://user@server:5432/database). پرونده‌ی
TARGET اگر نباشد ساخته می‌شود؛ پایگاه داده‌ی TARGET روی سرور باید از پیش باشد (خالی،
یا با جدول‌های جلسه). رونویسی یک تراکنش است: TARGET یا رونوشت کامل می‌شود یا همان که
بود می‌ماند.

  --force   رونویسی حتی اگر TARGET از پیش رکورد داشته باشد (رکوردهایش پاک می‌شود)

نمونه‌ها:
  jalaseh copy minutes.jalaseh postgresql://secretary@db.example.org/jalaseh
  jalaseh copy postgresql://secretary@db.example.org/jalaseh backup.jalaseh
</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="56"/>
        <source>copy needs a source and a target, e.g. jalaseh copy minutes.jalaseh postgresql://user@server/jalaseh.</source>
        <translation>copy یک مبدأ و یک مقصد می‌خواهد، برای نمونه jalaseh copy minutes.jalaseh postgresql://user@server/jalaseh.</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="65"/>
        <source>The source and the target are the same database.</source>
        <translation>مبدأ و مقصد یک پایگاه داده‌اند.</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="88"/>
        <source>%1 already holds records, so nothing was copied. Choose an empty target, or add --force to replace its records with the copy.</source>
        <translation>%1 از پیش رکورد دارد، پس چیزی رونویسی نشد. مقصد خالی‌ای برگزینید، یا ‎--force‎ را بیفزایید تا رونوشت جای رکوردهایش را بگیرد.</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="109"/>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>رونویسی %1: %2 از %3 ردیف</translation>
    </message>
    <message>
        <location filename="../src/cli/CopyCommand.cpp" line="121"/>
        <source>Copied %1 records from %2 to %3.</source>
        <translation>%1 رکورد از %2 در %3 رونویسی شد.</translation>
    </message>
    <message>
        <location filename="../src/cli/ServerUsers.cpp" line="22"/>
        <source>Users and roles are for a database on a server (postgresql://...); who may use a file is decided by the file&apos;s permissions.</source>
        <translation>کاربران و نقش‌ها برای پایگاه داده‌ی روی سرورند (postgresql://...)؛ این‌که چه کسی پرونده‌ای را به کار ببرد با مجوزهای خود پرونده تعیین می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/cli/ServerUsers.cpp" line="35"/>
        <source>The login “%1” may not manage the users of this database: that takes the database&apos;s owner with the right to create roles (ALTER ROLE ... CREATEROLE), or the server&apos;s administrator.</source>
        <translation>ورود «%1» نمی‌تواند کاربران این پایگاه داده را مدیریت کند: این کار از مالک پایگاه داده با حق ساختن نقش (ALTER ROLE ... CREATEROLE) یا از مدیر سرور برمی‌آید.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="78"/>
        <source>Add a login to a database on a server: secretariat, lead or viewer.</source>
        <translation>افزودن یک ورود به پایگاه داده‌ی روی سرور: دبیرخانه، راهبر یا بیننده.</translation>
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
        <translation>کاربرد: jalaseh --db ADDRESS users add LOGIN --role secretariat|lead|viewer
                [--person &quot;GIVEN FAMILY&quot;] [--password-file FILE | --no-password]

LOGIN را ورودی از سرور می‌کند که با یک نقش این پایگاه داده را به کار می‌برد؛ خود سرور
نقش را اجرا می‌کند:
  secretariat  (دبیرخانه) همه چیز را می‌خواند و تغییر می‌دهد، صورتجلسه را تصویب و اصلاح می‌کند
  lead         (راهبر) همه چیز را می‌خواند؛ فقط پیگیری مصوبه‌ها و اقدام‌هایی را تغییر می‌دهد
               که به شخص داده‌شده با --person سپرده شده‌اند
  viewer       (بیننده) همه چیز را می‌خواند، چیزی را تغییر نمی‌دهد

  --person &quot;GIVEN FAMILY&quot;  شخصی که ورود برای او کار می‌کند (راهبر یکی لازم دارد)
  --password-file FILE    گذرواژه سطر نخست FILE است
  --no-password           بی‌گذرواژه: سرور ورود را به راه دیگری می‌شناسد
                          (گواهی، peer)؛ pg_hba.conf را ببینید
بی هیچ‌یک، گذرواژه دو بار در پایانه پرسیده می‌شود. گذرواژه هرگز در خط فرمان نمی‌آید.
فقط مالک پایگاه داده با حق ساختن نقش (یا مدیر سرور) می‌تواند ورود بیفزاید. ورودها از آنِ
همه‌ی سرورند.

نمونه‌ها:
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add maryam --role secretariat
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add reza --role lead --person &quot;رضا احمدی&quot;
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users add board --role viewer --password-file board.txt
</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="128"/>
        <source>users add needs a login and its role, e.g. jalaseh --db ADDRESS users add maryam --role secretariat (roles: secretariat, lead, viewer).</source>
        <translation>users add یک نام ورود و نقش آن را می‌خواهد، برای نمونه jalaseh --db ADDRESS users add maryam --role secretariat (نقش‌ها: secretariat، lead، viewer).</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="139"/>
        <source>Give either --password-file or --no-password, not both.</source>
        <translation>یا --password-file را بدهید یا --no-password را، نه هر دو را.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="146"/>
        <source>users add asks for the password on a terminal; elsewhere give --password-file FILE (its first line) or --no-password.</source>
        <translation>users add گذرواژه را در پایانه می‌پرسد؛ جای دیگر --password-file FILE (سطر نخست آن) یا --no-password را بدهید.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="164"/>
        <source>There is no person named “%1” in the database. Give the given name, then the family name, as the list of people shows them (jalaseh list people).</source>
        <translation>کسی به نام «%1» در پایگاه داده نیست. نام و سپس نام خانوادگی را همان‌گونه بدهید که فهرست اشخاص نشان می‌دهد (jalaseh list people).</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="170"/>
        <source>%1 people are named “%2”; give the name in full as jalaseh list people shows it.</source>
        <translation>%1 نفر «%2» نام دارند؛ نام را کامل، همان‌گونه که jalaseh list people نشان می‌دهد، بدهید.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="187"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>پرونده‌ی گذرواژه‌ی %1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="200"/>
        <source>Password for %1: </source>
        <translation>گذرواژه‌ی %1: </translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="202"/>
        <source>The same again: </source>
        <translation>دوباره همان: </translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="204"/>
        <source>The two passwords differ, so no login was added. Try again.</source>
        <translation>دو گذرواژه یکی نیستند، پس ورودی افزوده نشد. دوباره بکوشید.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="213"/>
        <source>The password is empty, so no login was added. Use --no-password for a login without one.</source>
        <translation>گذرواژه خالی است، پس ورودی افزوده نشد. برای ورود بی‌گذرواژه --no-password را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="228"/>
        <source>Added the login “%1” as %2 of %3.</source>
        <translation>ورود «%1» با نقش %2 به %3 افزوده شد.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="231"/>
        <source>Added the login “%1” as %2 of %3, for %4.</source>
        <translation>ورود «%1» با نقش %2 به %3، برای %4، افزوده شد.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersAddCommand.cpp" line="236"/>
        <source>Note: this lead is linked to no person, so it may change no follow-up. Remove it and add it again with --person.</source>
        <translation>یادداشت: این راهبر به هیچ شخصی پیوند ندارد، پس هیچ پیگیری‌ای را نمی‌تواند تغییر دهد. آن را بردارید و با --person دوباره بیفزایید.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="20"/>
        <source>List the logins of a database on a server, with their roles.</source>
        <translation>فهرست ورودهای پایگاه داده‌ی روی سرور، با نقش‌هایشان.</translation>
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
        <translation>کاربرد: jalaseh --db ADDRESS users list [--format table|tsv]

ورودهایی را که این پایگاه داده را به کار می‌برند فهرست می‌کند: نقش هر ورود (secretariat،
lead، viewer) و شخصی که برای او کار می‌کند. مالک پایگاه داده و مدیران سرور فهرست
نمی‌شوند: همه کاری می‌توانند.

نمونه:
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users list
</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="44"/>
        <source>users list takes no arguments but --format table|tsv.</source>
        <translation>users list جز --format table|tsv آرگومانی نمی‌گیرد.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="57"/>
        <source>Login</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="58"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="59"/>
        <source>Person id</source>
        <translation>شناسه‌ی شخص</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersListCommand.cpp" line="60"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersRemoveCommand.cpp" line="21"/>
        <source>Remove a login of a database on a server.</source>
        <translation>برداشتن یک ورود از پایگاه داده‌ی روی سرور.</translation>
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
        <translation>کاربرد: jalaseh --db ADDRESS users remove LOGIN

LOGIN را، که ورودی از این پایگاه داده است (users list را ببینید)، از سرور برمی‌دارد: دیگر
نمی‌تواند وصل شود. رکوردهایی که تغییر داده می‌مانند. فقط مالک پایگاه داده با حق ساختن
نقش (یا مدیر سرور) می‌تواند ورودها را بردارد.

نمونه:
  jalaseh --db postgresql://secretary@db.example.org/jalaseh users remove reza
</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersRemoveCommand.cpp" line="42"/>
        <source>users remove needs the login to remove, e.g. jalaseh --db ADDRESS users remove reza.</source>
        <translation>users remove نام ورودی را که باید برداشته شود می‌خواهد، برای نمونه jalaseh --db ADDRESS users remove reza.</translation>
    </message>
    <message>
        <location filename="../src/cli/UsersRemoveCommand.cpp" line="61"/>
        <source>Removed the login “%1” from %2.</source>
        <translation>ورود «%1» از %2 برداشته شد.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="24"/>
        <source>%1 is a database server: Jalaseh backs up database files only. Backing up a server is the server&apos;s job; ask its administrator, or use PostgreSQL&apos;s pg_dump.</source>
        <translation>%1 یک سرور پایگاه داده است: جلسه فقط از پرونده‌های پایگاه داده پشتیبان می‌گیرد. پشتیبان‌گیری از سرور کار خود سرور است؛ از مدیر آن بخواهید، یا pg_dump از PostgreSQL را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="38"/>
        <source>before update</source>
        <translation>پیش از به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="40"/>
        <source>before merge</source>
        <translation>پیش از ادغام</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="42"/>
        <source>before copy</source>
        <translation>پیش از رونوشت</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="48"/>
        <source>weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="50"/>
        <source>monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="55"/>
        <source>daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="65"/>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="66"/>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="79"/>
        <source>Back up the database file now; prints the backup&apos;s id.</source>
        <translation>همین حالا از پرونده‌ی پایگاه داده پشتیبان بگیر؛ شناسه‌ی پشتیبان را چاپ می‌کند.</translation>
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

از FILE در پوشه‌ی پشتیبان‌هایش پشتیبان می‌گیرد، آن را بررسی می‌کند (باز می‌شود و سراسر
خوانده می‌شود) و شناسه‌اش را به‌تنهایی در سطر آخر چاپ می‌کند. پشتیبان‌ها خودبه‌خود هم گرفته
می‌شوند: روزی یک بار هنگامی که پرونده برای تغییر باز می‌شود، و پیش از به‌روزرسانی قالب
پرونده، ادغام نهادها و رونوشت‌برداری روی پرونده. از پشتیبان‌های روزانه، برای یک هفته روزی
یکی، برای پنج هفته هفته‌ای یکی و برای یک سال ماهی یکی نگه داشته می‌شود؛ از بقیه، سه‌تای
آخرِ هر نوع.

پشتیبان‌ها در پوشه‌ی داده‌های کاربر هستند (~/.local/share/Jalaseh/jalaseh/backups)، برای هر
پرونده‌ی پایگاه داده پوشه‌ای جدا؛ «پرونده ▸ پشتیبان‌ها» در پنجره پوشه را عوض می‌کند و
JALASEH_BACKUP_FOLDER برای یک اجرا جای آن را می‌گیرد. از سرور پایگاه داده مدیرش پشتیبان
می‌گیرد (pg_dump)، نه جلسه.

Example:
  jalaseh --db minutes.jalaseh backup now
</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="109"/>
        <source>backup now takes no other words.</source>
        <translation>backup now واژه‌ی دیگری نمی‌پذیرد.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="124"/>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>از %1 در %2 پشتیبان گرفته شد (%3).</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="143"/>
        <source>List the backups of the database file: id, date, size, kind.</source>
        <translation>فهرست پشتیبان‌های پرونده‌ی پایگاه داده: شناسه، تاریخ، اندازه، نوع.</translation>
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

پشتیبان‌های FILE را، تازه‌ترین نخست، هر کدام در یک سطر فهرست می‌کند: شناسه‌اش (برای
`backup restore`)، زمان گرفتنش (خورشیدی، به وقت محلی)، اندازه‌اش و نوعش (روزانه، هفتگی،
ماهانه، پیش از به‌روزرسانی، پیش از ادغام، پیش از رونوشت). --format tsv برای اسکریپت‌ها مقادیر
جداشده با جهش می‌دهد، با تاریخ ISO و اندازه به بایت.

Example:
  jalaseh --db minutes.jalaseh backup list
</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="171"/>
        <source>--format is table or tsv.</source>
        <translation>--format یا table است یا tsv.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="182"/>
        <source>%1 has no backups yet. Make one with `jalaseh --db %1 backup now`.</source>
        <translation>%1 هنوز پشتیبانی ندارد. با `jalaseh --db %1 backup now` یکی بگیرید.</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="189"/>
        <source>id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="190"/>
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="191"/>
        <source>size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="192"/>
        <source>kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="212"/>
        <source>Restore a backup as a new database file.</source>
        <translation>بازگردانی یک پشتیبان در پرونده‌ی پایگاه داده‌ای تازه.</translation>
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

پشتیبان ID از FILE را (همان‌گونه که `backup list` نشان می‌دهد) بررسی‌شده در NEWFILE می‌نویسد
و FILE را همان‌گونه که هست می‌گذارد. NEWFILE نباید وجود داشته باشد و نباید خود FILE باشد:
--force جایش را می‌گیرد (پیش از آن همه‌ی پنجره‌های روی آن را ببندید). NEWFILE را باز کنید تا
داده‌ها را همان‌گونه که بودند ببینید؛ برای کار با آن، به جای FILE بازش کنید، یا هنگامی که هیچ
برنامه‌ای FILE را باز نکرده آن را روی FILE رونوشت کنید.

  --to NEWFILE   پرونده‌ای که نوشته می‌شود
  --force        جایگزینی NEWFILE اگر هست، حتی اگر خود FILE باشد

Example:
  jalaseh --db minutes.jalaseh backup restore 20261207-093000 --to yesterday.jalaseh
</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="246"/>
        <source>Name the backup and the new file: backup restore ID --to NEWFILE (`backup list` shows the ids).</source>
        <translation>پشتیبان و پرونده‌ی تازه را نام ببرید: backup restore ID --to NEWFILE (شناسه‌ها را `backup list` نشان می‌دهد).</translation>
    </message>
    <message>
        <location filename="../src/cli/BackupCommands.cpp" line="257"/>
        <source>Restored backup %1 of %2 as %3.</source>
        <translation>پشتیبان %1 از %2 در %3 بازگردانده شد.</translation>
    </message>
    <message>
        <location filename="../src/cli/ApproveMinutesCommand.cpp" line="21"/>
        <source>Approve a meeting&apos;s minutes: freeze them as they read now and give them a document id.</source>
        <translation>تصویب صورتجلسه‌ی یک جلسه: متن کنونی‌اش ثابت می‌ماند و شناسه‌ی سند می‌گیرد.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE approve minutes MEETING

صورتجلسه‌ی جلسه‌ای با شناسه‌ی MEETING را تصویب می‌کند (نگاه کنید به `list meetings`): از
هر چه نشان می‌دهد رونوشتی نگه می‌دارد تا هر برون‌بری بعدی، به هر سبک و قالبی، همان متن
امروز را داشته باشد، حتی پس از تغییر نام افراد یا پیگیری مصوبات. از آن پس جلسه ویرایش
نمی‌شود؛ `amend minutes` نسخه‌ای تازه باز می‌کند. روی سرور تنها دبیرخانه تصویب می‌کند.

نسخه‌ی تصویب‌شده و اثر انگشتش را چاپ می‌کند و در سطر آخر تنها شناسه‌ی سند را، که هر
برون‌بری چاپ می‌کند و `verify` وارسی‌اش می‌کند.

نمونه:
  jalaseh --db minutes.jalaseh approve minutes 1
</translation>
    </message>
    <message>
        <location filename="../src/cli/ApproveMinutesCommand.cpp" line="70"/>
        <source>The minutes of meeting %1 are approved: version %2.</source>
        <translation>صورتجلسه‌ی جلسه‌ی %1 تصویب شد: نسخه‌ی %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/ApproveMinutesCommand.cpp" line="75"/>
        <location filename="../src/cli/VerifyCommand.cpp" line="138"/>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>اثر انگشت (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="23"/>
        <source>List the versions of a meeting&apos;s minutes of record, with their ids.</source>
        <translation>فهرست نسخه‌های صورتجلسه‌ی مصوب یک جلسه، با شناسه‌هایشان.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE list versions MEETING [--format table|tsv]

نسخه‌های صورتجلسه‌ی جلسه‌ای با شناسه‌ی MEETING را از قدیم به جدید فهرست می‌کند: شماره،
وضعیت (مصوب یا پیش‌نویس)، زمان تصویب و به دست چه کسی، شناسه‌ی سند و دلیل هر اصلاحیه.
صورتجلسه‌ای که هرگز تصویب نشده نسخه‌ای ندارد. `export minutes MEETING --version N` هر
نسخه‌ی مصوب را برون‌بری می‌کند.

  --format table   ستون‌های هم‌تراز برای خواندن (پیش‌فرض)
  --format tsv     جداشده با جهش، با زمان‌های ISO به وقت جهانی، برای اسکریپت‌ها
</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="78"/>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="79"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="80"/>
        <source>Approved</source>
        <translation>تصویب</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="81"/>
        <source>By</source>
        <translation>به دست</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="82"/>
        <source>Document id</source>
        <translation>شناسه‌ی سند</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="83"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="88"/>
        <source>approved</source>
        <translation>مصوب</translation>
    </message>
    <message>
        <location filename="../src/cli/ListVersionsCommand.cpp" line="89"/>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../src/cli/MinutesOfRecord.cpp" line="16"/>
        <source>Give the id of one meeting, e.g. `%1 1`; `list meetings` shows the ids.</source>
        <translation>شناسه‌ی یک جلسه را بدهید، مانند `%1 1`؛ `list meetings` شناسه‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="24"/>
        <source>Check the document id of a copy of approved minutes.</source>
        <translation>وارسی شناسه‌ی سند نسخه‌ای از صورتجلسه‌ی مصوب.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE verify ID

شناسه‌ی سند ID را که روی نسخه‌ای از صورتجلسه‌ی مصوب چاپ شده وارسی می‌کند («شناسه سند»،
مانند 7K3M-Q9XA-4TRB-C2HP؛ کوچکی و بزرگی حروف، خط تیره و رقم فارسی مهم نیست). اگر این
پایگاه داده صورتجلسه‌ای با این شناسه تصویب کرده باشد، جلسه، نسخه، زمان تصویب و اثر انگشت
را چاپ می‌کند و با ۰ پایان می‌یابد: متن نسخه همان متن مصوب است که
`export minutes MEETING --version N` دوباره می‌دهد.

با ۱ پایان می‌یابد اگر ID اشتباه تایپ شده باشد (نویسه‌ی وارسی‌اش نخواند)، اگر هیچ
صورتجلسه‌ی مصوبی در پایگاه داده آن را نداشته باشد، یا اگر صورتجلسه‌ی ذخیره‌شده دیگر با
اثر انگشتش نخواند؛ پیام می‌گوید کدام.
</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="54"/>
        <source>Give the document id to check, e.g. `verify 7K3M-Q9XA-4TRB-C2HP`.</source>
        <translation>شناسه‌ی سندی را که باید وارسی شود بدهید، مانند `verify 7K3M-Q9XA-4TRB-C2HP`.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="64"/>
        <source>&quot;%1&quot; is not a document id: an id has 16 Latin letters and digits in four groups, like 7K3M-Q9XA-4TRB-C2HP. Check what was typed.</source>
        <translation>«%1» شناسه‌ی سند نیست: شناسه ۱۶ حرف و رقم لاتین در چهار گروه دارد، مانند 7K3M-Q9XA-4TRB-C2HP. آنچه را تایپ شده وارسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="74"/>
        <source>&quot;%1&quot; is mistyped: its last character, the check character, does not match the others. Compare it with the copy character by character.</source>
        <translation>«%1» اشتباه تایپ شده است: نویسه‌ی آخرش، نویسه‌ی وارسی، با بقیه نمی‌خواند. آن را نویسه به نویسه با نسخه‌ی چاپی مقایسه کنید.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="88"/>
        <source>No approved minutes in %1 have the document id %2. The id is well formed, so it was not mistyped: the copy was not approved in this database.</source>
        <translation>هیچ صورتجلسه‌ی مصوبی در %1 شناسه‌ی سند %2 را ندارد. شناسه درست ساخته شده، پس اشتباه تایپی نیست: این نسخه در این پایگاه داده تصویب نشده است.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="101"/>
        <source>The minutes with the document id %1 were changed in the database after they were approved: their content no longer matches their fingerprint. Do not trust them; restore the database from a backup.</source>
        <translation>صورتجلسه‌ی با شناسه‌ی سند %1 پس از تصویب در پایگاه داده تغییر کرده است: محتوایش دیگر با اثر انگشتش نمی‌خواند. به آن اعتماد نکنید و پایگاه داده را از پشتیبان بازگردانید.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="115"/>
        <source>%1, no. %2</source>
        <translation>%1، شماره‌ی %2</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="119"/>
        <source>Genuine: %1 names approved minutes.</source>
        <translation>معتبر: %1 شناسه‌ی صورتجلسه‌ای مصوب است.</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="123"/>
        <source>Meeting: %1 (id %2), %3</source>
        <translation>جلسه: %1 (شناسه‌ی %2)، %3</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="128"/>
        <source>Version: %1%2</source>
        <translation>نسخه: %1%2</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="132"/>
        <source> (amendment: %1)</source>
        <translation> (اصلاحیه: %1)</translation>
    </message>
    <message>
        <location filename="../src/cli/VerifyCommand.cpp" line="135"/>
        <source>Approved: %1 by %2</source>
        <translation>تصویب: %1 به دست %2</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportInvitationCommand.cpp" line="26"/>
        <source>Write a planned meeting as an iCalendar file (.ics) for calendars.</source>
        <translation>نوشتن جلسه‌ی برنامه‌ریزی‌شده در پرونده‌ی iCalendar (‎.ics) برای تقویم‌ها.</translation>
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
        <translation>کاربرد: jalaseh --db DATABASE export invitation ID [-o OUTPUT] [--templates DIR]

جلسه‌ی با شناسه‌ی ID (نگاه کنید به `list meetings`) را در پرونده‌ی iCalendar (RFC 5545)
می‌نویسد که مدعوین با باز کردنش جلسه را به تقویم خود می‌افزایند: زمانش به وقت تهران،
مکان یا پیوند جلسه به جای مکانش، و متن دعوت‌نامه (با تاریخ شمسی و دستور جلسه) در
توضیحاتش. مدعوینی که نشانی رایانامه دارند شرکت‌کننده‌اند و دبیر (یا رئیس) جلسه
برگزارکننده. جلسه باید برنامه‌ریزی‌شده (هنوز برگزارنشده) باشد و ساعت شروع داشته باشد.

  -o, --output OUTPUT
                    نوشتن در پرونده‌ی OUTPUT (اگر باشد جایگزین می‌شود)؛ بی آن،
                    در خروجی استاندارد
  --templates DIR   برداشتن دعوت‌نامه از قالب‌های DIR هر جا آن‌ها را دارد
                    (نگاه کنید به `export minutes`)

نمونه‌ها:
  jalaseh --db minutes.jalaseh export invitation 12 -o meeting.ics
</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportInvitationCommand.cpp" line="97"/>
        <source>The calendar file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>پرونده‌ی تقویم نوشته نشد (%1). ببینید دیسک پر نباشد و دوباره بکوشید.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="138"/>
        <source>“%1” is not a Jalaseh database: it is not a database file at all. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>«%1» پایگاه داده‌ی جلسه نیست: اصلاً پرونده‌ی پایگاه داده نیست. پرونده‌ای را برگزینید که جلسه ذخیره کرده است؛ این پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="147"/>
        <source>The database file “%1” is damaged and cannot be opened safely. Restore it from a backup copy (File ▸ Backups, or `jalaseh --db FILE backup list`); this file was not changed.</source>
        <translation>پرونده‌ی پایگاه داده‌ی «%1» آسیب دیده است و با اطمینان باز نمی‌شود. آن را از رونوشت پشتیبان بازگردانید («پرونده ▸ پشتیبان‌ها»، یا `jalaseh --db FILE backup list`)؛ این پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="157"/>
        <source>The database file “%1” is in use by another program. Close the other program (or the other Jalaseh window) and open the file again; the file was not changed.</source>
        <translation>پرونده‌ی پایگاه داده‌ی «%1» در دست برنامه‌ی دیگری است. آن برنامه (یا پنجره‌ی دیگر جلسه) را ببندید و پرونده را دوباره باز کنید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="166"/>
        <source>Jalaseh is not allowed to read “%1”. Check the file&apos;s permissions, or ask the person who gave it to you; the file was not changed.</source>
        <translation>جلسه اجازه‌ی خواندن «%1» را ندارد. اجازه‌های پرونده را بررسی کنید یا از کسی که آن را به شما داده بپرسید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="175"/>
        <source>The database file “%1” is read-only, and it has to be opened for changes. Make the file writable, or copy it to a folder of yours and open the copy; the file was not changed.</source>
        <translation>پرونده‌ی پایگاه داده‌ی «%1» فقط‌خواندنی است و باید برای تغییر باز شود. پرونده را نوشتنی کنید، یا آن را در پوشه‌ی خودتان رونوشت کنید و رونوشت را باز کنید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="190"/>
        <source>The folder of the database file “%1” may not be written to (a CD, or a shared folder you may only read), and saving changes needs SQLite&apos;s journal files beside the file. Ask for write access to the folder, or copy the file to a folder of yours and open the copy; the file was not changed.</source>
        <translation>پوشه‌ی پرونده‌ی پایگاه داده‌ی «%1» نوشتنی نیست (یک سی‌دی، یا پوشه‌ی اشتراکی‌ای که فقط می‌توانید بخوانید)، و ذخیره‌ی تغییرها به پرونده‌های دفترچه‌ی SQLite کنار پرونده نیاز دارد. اجازه‌ی نوشتن در پوشه را بخواهید، یا پرونده را در پوشه‌ی خودتان رونوشت کنید و رونوشت را باز کنید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="197"/>
        <source>The database file “%1” and its folder are read-only (a CD, or a shared folder you may only read), and it has to be opened for changes. Copy the file to a folder of yours and open the copy; the file was not changed.</source>
        <translation>پرونده‌ی پایگاه داده‌ی «%1» و پوشه‌ی آن فقط‌خواندنی‌اند (یک سی‌دی، یا پوشه‌ی اشتراکی‌ای که فقط می‌توانید بخوانید)، و پرونده باید برای تغییر باز شود. پرونده را در پوشه‌ی خودتان رونوشت کنید و رونوشت را باز کنید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="208"/>
        <source>The disk that holds the database file “%1” may only be read (a CD, a read-only network share), so no change can be saved to it. Copy the file to a folder of yours and open the copy; the file was not changed.</source>
        <translation>دیسکی که پرونده‌ی پایگاه داده‌ی «%1» روی آن است فقط خواندنی است (یک سی‌دی، یا اشتراک شبکه‌ای فقط‌خواندنی)، پس هیچ تغییری در آن ذخیره نمی‌شود. پرونده را در پوشه‌ی خودتان رونوشت کنید و رونوشت را باز کنید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="219"/>
        <source>“%1” beside the database file was made read-only by a program that opened the database read-only (perhaps another user&apos;s), and that program still has it open, so no change can be saved. Close that program, then open the database again; the file was not changed.</source>
        <translation>«%1» کنار پرونده‌ی پایگاه داده را برنامه‌ای فقط‌خواندنی کرده که پایگاه داده را فقط‌خواندنی باز کرده است (شاید برنامه‌ی کاربری دیگر)، و آن برنامه هنوز آن را باز دارد، پس هیچ تغییری ذخیره نمی‌شود. آن برنامه را ببندید و سپس پایگاه داده را دوباره باز کنید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="226"/>
        <source>“%1” beside the database file was left read-only by an earlier read-only opening, and it belongs to another user, so Jalaseh may neither change nor remove it; no change can be saved until it is gone. Ask that user (or whoever manages the folder) to delete “%1” while no program has the database open; the file was not changed.</source>
        <translation>«%1» کنار پرونده‌ی پایگاه داده از باز شدن فقط‌خواندنیِ پیشین فقط‌خواندنی مانده و از آنِ کاربر دیگری است، پس جلسه نه می‌تواند آن را تغییر دهد و نه بردارد؛ تا آن برداشته نشود هیچ تغییری ذخیره نمی‌شود. از آن کاربر (یا کسی که پوشه را اداره می‌کند) بخواهید، هنگامی که هیچ برنامه‌ای پایگاه داده را باز ندارد، «%1» را پاک کند؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="238"/>
        <source>The newest changes of “%1” wait in its “-wal” file, which SQLite can read only with a “-shm” file beside it, and the folder (a CD, or a shared folder you may only read) does not allow making one. Copy the database file together with its “-wal” file into a folder of yours and open the copy; the file was not changed.</source>
        <translation>تازه‌ترین تغییرهای «%1» در پرونده‌ی «-wal» آن مانده‌اند که SQLite فقط با پرونده‌ی «-shm» در کنارش می‌تواند بخواندشان، و پوشه (یک سی‌دی، یا پوشه‌ی اشتراکی‌ای که فقط می‌توانید بخوانید) ساختن آن را نمی‌گذارد. پرونده‌ی پایگاه داده را همراه پرونده‌ی «-wal» آن در پوشه‌ی خودتان رونوشت کنید و رونوشت را باز کنید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="252"/>
        <source>“%1” is open read-only because the file may not be written to. You can read, search and export; to make changes, make the file writable (or open a copy) and open it again.</source>
        <translation>«%1» فقط‌خواندنی باز است، چون پرونده نوشتنی نیست. می‌توانید بخوانید، جست‌وجو کنید و خروجی بگیرید؛ برای تغییر دادن، پرونده را نوشتنی کنید (یا رونوشتی را باز کنید) و دوباره بازش کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="258"/>
        <source>“%1” is open read-only because its folder may not be written to (a CD, or a shared folder you may only read). You can read, search and export; to make changes, copy the file to a folder of yours and open the copy.</source>
        <translation>«%1» فقط‌خواندنی باز است، چون پوشه‌ی آن نوشتنی نیست (یک سی‌دی، یا پوشه‌ی اشتراکی‌ای که فقط می‌توانید بخوانید). می‌توانید بخوانید، جست‌وجو کنید و خروجی بگیرید؛ برای تغییر دادن، پرونده را در پوشه‌ی خودتان رونوشت کنید و رونوشت را باز کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="307"/>
        <source>The file “%1” does not exist. Check its name and folder, or create a new database.</source>
        <translation>پرونده‌ی «%1» وجود ندارد. نام و پوشه‌اش را بررسی کنید، یا پایگاه داده‌ی تازه‌ای بسازید.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="315"/>
        <source>“%1” is a folder, not a database file. Choose a file saved by Jalaseh.</source>
        <translation>«%1» پوشه است، نه پرونده‌ی پایگاه داده. پرونده‌ای را برگزینید که جلسه ذخیره کرده است.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="331"/>
        <source>“%1” is empty, so it is not a Jalaseh database. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>«%1» خالی است، پس پایگاه داده‌ی جلسه نیست. پرونده‌ای را برگزینید که جلسه ذخیره کرده است؛ این پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="396"/>
        <source>“%1” is an empty database, not a Jalaseh database. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>«%1» پایگاه داده‌ای خالی است، نه پایگاه داده‌ی جلسه. پرونده‌ای را برگزینید که جلسه ذخیره کرده است؛ این پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="400"/>
        <source>“%1” is a database of another program, not of Jalaseh. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>«%1» پایگاه داده‌ی برنامه‌ی دیگری است، نه جلسه. پرونده‌ای را برگزینید که جلسه ذخیره کرده است؛ این پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="408"/>
        <source>This file was written by a newer version of Jalaseh (schema %1; this version reads up to %2). Update Jalaseh to open it; the file was not changed.</source>
        <translation>این پرونده را نسخه‌ای تازه‌تر از جلسه نوشته است (طرح %1؛ این نسخه تا %2 را می‌خواند). برای باز کردنش جلسه را به‌روز کنید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="429"/>
        <source>The database file “%1” was saved by an older version of Jalaseh and must be updated before it can be opened, but it is read-only. Copy it to a folder of yours and open the copy; the file was not changed.</source>
        <translation>پرونده‌ی پایگاه داده‌ی «%1» را نسخه‌ای قدیمی‌تر از جلسه ذخیره کرده و پیش از باز شدن باید به‌روز شود، اما فقط‌خواندنی است. آن را در پوشه‌ی خودتان رونوشت کنید و رونوشت را باز کنید؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="513"/>
        <source>Jalaseh must update “%1” to its current format and first saves a copy of it, but could not write the copy. Check that the disk has free space and that the folder may be written to; the file was not changed.</source>
        <translation>جلسه باید «%1» را به قالب کنونی به‌روز کند و نخست رونوشتی از آن ذخیره می‌کند، اما نتوانست رونوشت را بنویسد. بررسی کنید دیسک جای خالی داشته باشد و پوشه نوشتنی باشد؛ پرونده تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="539"/>
        <source>Jalaseh could not update “%1” to its current format (%2) The file was left as it was, and a copy of it was saved as “%3”.</source>
        <translation>جلسه نتوانست «%1» را به قالب کنونی به‌روز کند (%2). پرونده همان‌گونه ماند و رونوشتی از آن با نام «%3» ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="565"/>
        <source>Jalaseh could not create “%1”: the folder “%2” does not exist. Choose an existing folder.</source>
        <translation>جلسه نتوانست «%1» را بسازد: پوشه‌ی «%2» وجود ندارد. پوشه‌ی موجودی برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="572"/>
        <source>Jalaseh could not create “%1”: the folder may not be written to. Choose a folder of yours.</source>
        <translation>جلسه نتوانست «%1» را بسازد: پوشه نوشتنی نیست. پوشه‌ای از خودتان برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="594"/>
        <source>Jalaseh could not create the database file “%1”. Check that the disk has free space and that the folder may be written to.</source>
        <translation>جلسه نتوانست پرونده‌ی پایگاه داده‌ی «%1» را بسازد. بررسی کنید دیسک جای خالی داشته باشد و پوشه نوشتنی باشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseOpening.cpp" line="639"/>
        <source>Qt&apos;s SQLite driver is missing; reinstall Jalaseh.</source>
        <translation>راه‌انداز SQLite کیوت نیست؛ جلسه را دوباره نصب کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="47"/>
        <source>“%1” is not a usable database address: %2 A server address looks like postgresql://user@server:5432/database.</source>
        <translation>«%1» نشانی پایگاه داده‌ی درستی نیست: %2 نشانی سرور این‌گونه است: postgresql://user@server:5432/database.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="70"/>
        <source>Jalaseh reaches only PostgreSQL servers.</source>
        <translation>جلسه تنها به سرورهای PostgreSQL وصل می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="112"/>
        <source>the “[” of the server&apos;s address is not closed.</source>
        <translation>«[» نشانی سرور بسته نشده است.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="130"/>
        <source>“%1” is not a setting of a PostgreSQL connection.</source>
        <translation>«%1» از تنظیمات اتصال PostgreSQL نیست.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="152"/>
        <source>the port “%1” is not a number from 1 to 65535.</source>
        <translation>درگاه «%1» عددی از ۱ تا ۶۵۵۳۵ نیست.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="159"/>
        <source>it names no database (the part after the server and “/”).</source>
        <translation>هیچ پایگاه داده‌ای را نام نمی‌برد (بخش پس از سرور و «/»).</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseAddress.cpp" line="164"/>
        <source>connect_timeout must be a number of seconds from 1 to 60.</source>
        <translation>connect_timeout باید شمار ثانیه‌ها از ۱ تا ۶۰ باشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="98"/>
        <source>The login “%1” may not read Jalaseh&apos;s tables in the database “%2” on the server. Ask the server&apos;s administrator to grant it access.</source>
        <translation>کاربر «%1» اجازه ندارد جدول‌های جلسه را در پایگاه داده‌ی «%2» روی سرور بخواند. از سرپرست سرور بخواهید به آن دسترسی بدهد.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="113"/>
        <source>Jalaseh could not create its tables in the database “%1” on the server (%2) Nothing was changed.</source>
        <translation>جلسه نتوانست جدول‌هایش را در پایگاه داده‌ی «%1» روی سرور بسازد (%2) چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="125"/>
        <source>The database “%1” on the server is empty. Create Jalaseh&apos;s tables in it with `jalaseh --db ADDRESS init`, or copy a file into it with `jalaseh copy FILE ADDRESS`.</source>
        <translation>پایگاه داده‌ی «%1» روی سرور خالی است. جدول‌های جلسه را با ‎`jalaseh --db ADDRESS init`‎ در آن بسازید، یا پرونده‌ای را با ‎`jalaseh copy FILE ADDRESS`‎ در آن رونویسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="130"/>
        <source>The database “%1” on the server holds the tables of another program, not Jalaseh&apos;s. Use a database of its own for Jalaseh; nothing was changed.</source>
        <translation>پایگاه داده‌ی «%1» روی سرور جدول‌های برنامه‌ی دیگری را دارد، نه جدول‌های جلسه را. برای جلسه پایگاه داده‌ای جداگانه به کار ببرید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="139"/>
        <source>The database on the server was written by a newer version of Jalaseh (schema %1; this version reads up to %2). Update Jalaseh to open it; nothing was changed.</source>
        <translation>پایگاه داده‌ی روی سرور را نسخه‌ی تازه‌تری از جلسه نوشته است (طرح %1؛ این نسخه تا %2 را می‌خواند). برای باز کردنش جلسه را به‌روز کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="149"/>
        <source>The login “%1” may read the database “%2” on the server but not change it, and it has to be changed. Ask the server&apos;s administrator for the right to write.</source>
        <translation>کاربر «%1» می‌تواند پایگاه داده‌ی «%2» را روی سرور بخواند ولی نمی‌تواند تغییرش دهد، و باید تغییرش داد. از سرپرست سرور اجازه‌ی نوشتن بخواهید.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="157"/>
        <source>The database “%1” on the server was written by an older version of Jalaseh and must be updated, but this login may not change it. Ask the server&apos;s administrator to open it once with this version.</source>
        <translation>پایگاه داده‌ی «%1» روی سرور را نسخه‌ی قدیمی‌تری از جلسه نوشته و باید به‌روز شود، ولی این کاربر اجازه‌ی تغییرش را ندارد. از سرپرست سرور بخواهید یک بار آن را با این نسخه باز کند.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="170"/>
        <source>Jalaseh could not update the database “%1” on the server to its current format (%2) Nothing was changed.</source>
        <translation>جلسه نتوانست پایگاه داده‌ی «%1» روی سرور را به قالب کنونی‌اش به‌روز کند (%2) چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="259"/>
        <source>this computer</source>
        <translation>این رایانه</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="263"/>
        <source>Qt&apos;s PostgreSQL driver is missing, so Jalaseh cannot reach a database server. Install the package libqt6sql6-psql (or reinstall Jalaseh).</source>
        <translation>راه‌انداز PostgreSQL کیوت نصب نیست، پس جلسه نمی‌تواند به سرور پایگاه داده وصل شود. بسته‌ی libqt6sql6-psql را نصب کنید (یا جلسه را دوباره نصب کنید).</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="269"/>
        <source>The address asks for an encrypted connection, but the server %1 does not offer one (or its certificate was not accepted). Ask the server&apos;s administrator to turn on TLS, or check the address&apos;s sslmode.</source>
        <translation>نشانی اتصال رمزنگاری‌شده می‌خواهد، ولی سرور %1 آن را ندارد (یا گواهی‌اش پذیرفته نشد). از سرپرست سرور بخواهید TLS را روشن کند، یا sslmode نشانی را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="278"/>
        <source>The database server %1 refused the login “%2”: the user name or the password is wrong. Check them in the address.</source>
        <translation>سرور پایگاه داده‌ی %1 کاربر «%2» را نپذیرفت: نام کاربری یا گذرواژه نادرست است. آن‌ها را در نشانی بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="284"/>
        <source>The database server %1 has no database named “%2”. Check the name in the address, or ask the server&apos;s administrator to create it.</source>
        <translation>سرور پایگاه داده‌ی %1 پایگاه داده‌ای به نام «%2» ندارد. نام را در نشانی بررسی کنید، یا از سرپرست سرور بخواهید آن را بسازد.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="291"/>
        <source>The database server %1 does not allow the login “%2” to use the database “%3”. Ask the server&apos;s administrator to grant it access.</source>
        <translation>سرور پایگاه داده‌ی %1 به کاربر «%2» اجازه‌ی به کار بردن پایگاه داده‌ی «%3» را نمی‌دهد. از سرپرست سرور بخواهید به آن دسترسی بدهد.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="298"/>
        <source>There is no server named “%1”. Check the spelling of the server&apos;s name in the address.</source>
        <translation>سروری به نام «%1» نیست. نوشتار نام سرور را در نشانی بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/PostgresOpening.cpp" line="304"/>
        <source>No database server answered at %1 within %2 seconds. Check the server&apos;s name and port in the address, the network, and that the server is running.</source>
        <translation>هیچ سرور پایگاه داده‌ای در %1 تا %2 ثانیه پاسخ نداد. نام و درگاه سرور در نشانی، شبکه، و روشن بودن سرور را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="53"/>
        <source>“%1” is on a network file system (%2). SQLite cannot rely on file locks between computers there: two people working on it at once may damage it. Keep it on this computer&apos;s disk, or for working together use a database server (File → Connect to a server…).</source>
        <translation>«%1» روی پرونده‌سامانه‌ی شبکه (%2) است. SQLite آنجا نمی‌تواند به قفل پرونده میان رایانه‌ها تکیه کند: کار هم‌زمان دو نفر روی آن ممکن است خرابش کند. آن را روی دیسک همین رایانه نگه دارید، یا برای کار گروهی از سرور پایگاه داده استفاده کنید (پرونده ← اتصال به سرور…).</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="82"/>
        <source>Another program was saving to “%1” as it was opened. You can read as usual; a change of yours waits for it, and if it takes too long you are asked to try again.</source>
        <translation>هنگام باز شدن «%1» برنامه‌ی دیگری در آن می‌نوشت. مثل همیشه می‌توانید بخوانید؛ تغییر شما منتظر آن می‌ماند، و اگر زیاد طول بکشد از شما خواسته می‌شود دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="87"/>
        <source>%1 was saving to “%2” as it was opened. You can read as usual; a change of yours waits for it, and if it takes too long you are asked to try again.</source>
        <translation>هنگام باز شدن «%2»، %1 در آن می‌نوشت. مثل همیشه می‌توانید بخوانید؛ تغییر شما منتظر آن می‌ماند، و اگر زیاد طول بکشد از شما خواسته می‌شود دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="99"/>
        <source>“%1” is also open in another window of Jalaseh. Both can work on it: each shows the other&apos;s changes within a second, and a row changed in both is not overwritten unseen.</source>
        <translation>«%1» در پنجره‌ی دیگری از جلسه هم باز است. هر دو می‌توانند روی آن کار کنند: هر یک تغییرهای دیگری را تا یک ثانیه بعد نشان می‌دهد، و ردیفی که در هر دو تغییر کند بی‌خبر رونویسی نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="106"/>
        <source>“%1” is also open in another program on this computer (%2, process %3), perhaps another Jalaseh window. Both can work on it: each shows the other&apos;s changes within a second, and a row changed in both is not overwritten unseen.</source>
        <translation>«%1» در برنامه‌ی دیگری روی همین رایانه هم باز است (%2، فرایند %3)، شاید پنجره‌ی دیگری از جلسه. هر دو می‌توانند روی آن کار کنند: هر یک تغییرهای دیگری را تا یک ثانیه بعد نشان می‌دهد، و ردیفی که در هر دو تغییر کند بی‌خبر رونویسی نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../src/storage/DatabaseFiles.cpp" line="46"/>
        <source>%1 is the database itself or one of its files; writing there would destroy it. Choose another file.</source>
        <translation>%1 خود پایگاه داده یا یکی از پرونده‌های آن است؛ نوشتن در آن پایگاه داده را از بین می‌برد. پرونده دیگری را برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseFiles.cpp" line="59"/>
        <source>%1 exists already. Choose a new name for the copy.</source>
        <translation>%1 از پیش هست. برای رونوشت نام تازه‌ای برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseFiles.cpp" line="66"/>
        <source>The copy could not be written to %1 (the disk may be full or the folder may not be written to). Choose another folder or another disk.</source>
        <translation>رونوشت در %1 نوشته نشد (شاید دیسک پر است یا نوشتن در پوشه مجاز نیست). پوشه یا دیسک دیگری برگزینید.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="46"/>
        <source>Demo data not added</source>
        <translation>داده‌های نمونه افزوده نشد</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="47"/>
        <source>The new database was created, but the demo meeting could not be added to it: %1</source>
        <translation>پایگاه داده‌ی تازه ساخته شد، اما جلسه‌ی نمونه به آن افزوده نشد: %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="74"/>
        <source>%1 on this computer</source>
        <translation>%1 روی همین رایانه</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="75"/>
        <source>%1 on %2</source>
        <translation>%1 روی %2</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="122"/>
        <source>Cannot open the database</source>
        <translation>پایگاه داده باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="123"/>
        <source>The database “%1” could not be opened.</source>
        <translation>پایگاه داده‌ی «%1» باز نشد.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="130"/>
        <source>Address: %1</source>
        <translation>نشانی: %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="136"/>
        <source>Open read-only</source>
        <translation>باز کردن فقط‌خواندنی</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="139"/>
        <source>Try again</source>
        <translation>دوباره امتحان کن</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="161"/>
        <source>The database server for “%1” asks for a password.</source>
        <translation>سرور پایگاه داده‌ی «%1» گذرواژه می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="162"/>
        <source>The database server for “%1” asks for the password of “%2”.</source>
        <translation>سرور پایگاه داده‌ی «%1» گذرواژه‌ی «%2» را می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="165"/>
        <source>The database server for “%1” refused the login “%2”: the user name or the password is wrong. Type the password again, or cancel and check the user name.</source>
        <translation>سرور پایگاه داده‌ی «%1» ورود «%2» را نپذیرفت: نام کاربری یا گذرواژه نادرست است. گذرواژه را دوباره بنویسید، یا انصراف دهید و نام کاربری را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="172"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="176"/>
        <source>Password (kept in the desktop&apos;s keychain, as you asked):</source>
        <translation>گذرواژه (به خواست شما در جاکلیدی میزکار نگه داشته می‌شود):</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="178"/>
        <source>Password (used for this connection only, never stored):</source>
        <translation>گذرواژه (فقط برای همین اتصال به کار می‌رود و هیچ‌جا نگه داشته نمی‌شود):</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="180"/>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="195"/>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="203"/>
        <source>Database updated</source>
        <translation>پایگاه داده به‌روز شد</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="196"/>
        <source>This database was written by an older version of Jalaseh (format %1) and has been updated. Back it up on the server with pg_dump as usual (see the manual&apos;s chapter on servers).</source>
        <translation>این پایگاه داده را نسخه‌ی قدیمی‌تری از جلسه (قالب %1) نوشته بود و به‌روز شد. مانند همیشه روی سرور با pg_dump از آن پشتیبان بگیرید (بخش سرور در راهنما).</translation>
    </message>
    <message>
        <location filename="../src/app/shell/DatabaseOpener.cpp" line="204"/>
        <source>This database was written by an older version of Jalaseh (format %1) and has been updated. A copy of the file as it was is kept at:
%2
(File ▸ Backups lists it as “before update”.)</source>
        <translation>این پایگاه داده را نسخه‌ای قدیمی‌تر از جلسه نوشته بود (قالب %1) و اکنون به‌روز شد. رونوشتی از پرونده‌ی پیشین اینجا نگه داشته شده است:
%2
(«پرونده ▸ پشتیبان‌ها» آن را با نوع «پیش از به‌روزرسانی» نشان می‌دهد.)</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="8"/>
        <source>Search as you type (Ctrl+F)</source>
        <translation>جست‌وجو هم‌زمان با تایپ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="10"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="13"/>
        <source>Which decisions</source>
        <translation>کدام مصوبه‌ها</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="14"/>
        <source>What still needs following up, or everything of a Jalali year</source>
        <translation>آنچه هنوز پیگیری می‌خواهد، یا همه‌ی موارد یک سال</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="17"/>
        <source>Person responsible</source>
        <translation>مسئول پیگیری</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="21"/>
        <source>Follow-up state</source>
        <translation>وضعیت پیگیری</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="31"/>
        <source>Mark &amp;in progress</source>
        <translation>در دست اقدام</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="32"/>
        <source>Mark the selected decision or action item as in progress (Ctrl+I)</source>
        <translation>مصوبه یا اقدام برگزیده «در دست اقدام» شود (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="33"/>
        <source>Mark in progress</source>
        <translation>در دست اقدام</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="36"/>
        <source>Mark &amp;done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="37"/>
        <source>Mark the selected decision or action item as done (Ctrl+D)</source>
        <translation>مصوبه یا اقدام برگزیده «انجام‌شده» شود (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="38"/>
        <source>Mark done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="41"/>
        <source>&amp;Open its meeting</source>
        <translation>باز کردن جلسه‌ی آن</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="42"/>
        <source>Open its meeting</source>
        <translation>باز کردن جلسه‌ی آن</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="45"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;تاریخچه…</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="46"/>
        <source>Who changed the selected decision and its action items, and when</source>
        <translation>چه کسی مصوبه‌ی انتخاب‌شده و اقدام‌هایش را کی تغییر داد</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="47"/>
        <source>History of the decision</source>
        <translation>تاریخچه‌ی مصوبه</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="53"/>
        <source>Pr&amp;int…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="54"/>
        <source>See the list as shown here on printed pages, set up the page and print</source>
        <translation>فهرست را همان‌گونه که این‌جا دیده می‌شود روی صفحه‌های چاپی ببینید، صفحه را تنظیم و چاپ کنید</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="64"/>
        <source>Decisions and action items to follow up</source>
        <translation>مصوبه‌ها و اقدام‌های در دست پیگیری</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="94"/>
        <location filename="../ui/followup/DecisionsView.ui" line="95"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="98"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="103"/>
        <source>State of the action item</source>
        <translation>وضعیت اقدام</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="106"/>
        <source>&amp;Add action item</source>
        <translation>افزودن اقدام</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="107"/>
        <source>Add action item</source>
        <translation>افزودن اقدام</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="110"/>
        <source>C&amp;hange action item</source>
        <translation>تغییر اقدام</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="111"/>
        <source>Change action item</source>
        <translation>تغییر اقدام</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="114"/>
        <source>&amp;Remove action item</source>
        <translation>حذف اقدام</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="115"/>
        <source>Remove action item</source>
        <translation>حذف اقدام</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="82"/>
        <source>Action items of the selected decision</source>
        <translation>اقدام‌های مصوبه‌ی برگزیده</translation>
    </message>
    <message>
        <location filename="../ui/followup/DecisionsView.ui" line="85"/>
        <source>Action items</source>
        <translation>اقدام‌ها</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../src/session/EditCommand.cpp" line="75"/>
        <source>The change could not be saved: %1</source>
        <translation>تغییر ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>EditRights</name>
    <message>
        <location filename="../src/session/EditRights.cpp" line="63"/>
        <source>Your login (lead) is linked to no person, so it may change nothing here; everything is shown for reading. Ask the secretariat to link it to you.</source>
        <translation>ورود شما (راهبر) به هیچ فردی پیوند ندارد، پس اینجا چیزی را نمی‌تواند تغییر دهد؛ همه‌چیز برای خواندن نشان داده می‌شود. از دبیرخانه بخواهید آن را به شما پیوند دهد.</translation>
    </message>
    <message>
        <location filename="../src/session/EditRights.cpp" line="65"/>
        <source>Your login (lead) may change only the follow-up of the decisions and action items assigned to you; everything else is shown for reading.</source>
        <translation>ورود شما (راهبر) فقط پیگیری مصوبه‌ها و اقدام‌هایی را می‌تواند تغییر دهد که به شما سپرده شده‌اند؛ باقی برای خواندن نشان داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/session/EditRights.cpp" line="69"/>
        <source>Your login (viewer) may only read this database; nothing can be changed here.</source>
        <translation>ورود شما (بیننده) فقط می‌تواند این پایگاه داده را بخواند؛ اینجا چیزی تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../src/session/EditRights.cpp" line="71"/>
        <source>This database is open read-only; nothing can be changed here.</source>
        <translation>این پایگاه داده فقط‌خواندنی باز است؛ اینجا چیزی تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../src/session/EditRights.cpp" line="81"/>
        <source>Assigned to someone else: your login (lead) may change the follow-up only of what is assigned to you.</source>
        <translation>به دیگری سپرده شده است: ورود شما (راهبر) فقط پیگیری آنچه را که به شما سپرده شده می‌تواند تغییر دهد.</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="10"/>
        <source>Not given</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="12"/>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="14"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="23"/>
        <source>No title</source>
        <translation>بدون عنوان</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="25"/>
        <source>Dr.</source>
        <translation>دکتر</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="27"/>
        <source>Eng.</source>
        <translation>مهندس</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="36"/>
        <location filename="../src/core/EnumLabels.cpp" line="96"/>
        <source>Steering committee</source>
        <translation>کمیته راهبری</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="38"/>
        <source>Working group</source>
        <translation>کارگروه</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="40"/>
        <source>Other body</source>
        <translation>نهاد دیگر</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="49"/>
        <location filename="../src/core/EnumLabels.cpp" line="92"/>
        <source>Lead</source>
        <translation>راهبر</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="51"/>
        <source>Deputy</source>
        <translation>جانشین</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="53"/>
        <location filename="../src/core/EnumLabels.cpp" line="98"/>
        <source>Secretary</source>
        <translation>دبیر</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="55"/>
        <location filename="../src/core/EnumLabels.cpp" line="90"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="64"/>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="66"/>
        <source>Online</source>
        <translation>مجازی</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="68"/>
        <source>Hybrid</source>
        <translation>ترکیبی</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="77"/>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="79"/>
        <source>Held</source>
        <translation>برگزارشده</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="81"/>
        <source>Minutes approved</source>
        <translation>صورتجلسه تأییدشده</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="94"/>
        <source>Invited guest</source>
        <translation>مهمان مدعو</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="100"/>
        <source>Chair</source>
        <translation>رئیس جلسه</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="109"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="111"/>
        <source>Absent</source>
        <translation>غایب</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="113"/>
        <source>Excused</source>
        <translation>غیبت موجه</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="115"/>
        <source>Late</source>
        <translation>با تأخیر</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="117"/>
        <source>Left early</source>
        <translation>خروج زودهنگام</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="126"/>
        <location filename="../src/core/EnumLabels.cpp" line="156"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="128"/>
        <source>Adopted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="130"/>
        <location filename="../src/core/EnumLabels.cpp" line="145"/>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="132"/>
        <source>Withdrawn</source>
        <translation>پس‌گرفته‌شده</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="134"/>
        <location filename="../src/core/EnumLabels.cpp" line="147"/>
        <source>Deferred</source>
        <translation>موکول‌شده</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="143"/>
        <source>Approved</source>
        <translation>تصویب‌شده</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="158"/>
        <source>In progress</source>
        <translation>در دست اقدام</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="160"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../src/core/EnumLabels.cpp" line="162"/>
        <source>Overdue</source>
        <translation>گذشته از مهلت</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/meetings/HistoryDialog.ui" line="5"/>
        <location filename="../ui/meetings/HistoryDialog.ui" line="11"/>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="43"/>
        <source>Series</source>
        <translation>سلسله‌جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="44"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="45"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="46"/>
        <source>Held</source>
        <translation>نحوه‌ی برگزاری</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="47"/>
        <source>Venue</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="48"/>
        <source>Online link</source>
        <translation>پیوند برخط</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="49"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="50"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="51"/>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="52"/>
        <source>Chair</source>
        <translation>رئیس جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="53"/>
        <source>Secretary</source>
        <translation>دبیر</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="54"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="55"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="56"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="57"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="58"/>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="59"/>
        <source>Minutes late</source>
        <translation>دقیقه‌های تأخیر</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="60"/>
        <source>Represents</source>
        <translation>به نمایندگی از</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="61"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="62"/>
        <source>A question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="63"/>
        <source>Speaker</source>
        <translation>سخنران</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="64"/>
        <source>Agenda item</source>
        <translation>بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="65"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="66"/>
        <source>Proposed by</source>
        <translation>پیشنهاددهنده</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="67"/>
        <source>Responsible</source>
        <translation>مسئول پیگیری</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="68"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="69"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="70"/>
        <source>Proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="71"/>
        <source>Decision</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="72"/>
        <source>Task</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="73"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="74"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="75"/>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="76"/>
        <source>Reason to amend</source>
        <translation>دلیل اصلاحیه</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="77"/>
        <source>Approved on</source>
        <translation>زمان تصویب</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="78"/>
        <source>Approved by</source>
        <translation>تصویب‌کننده</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="79"/>
        <source>Document id</source>
        <translation>شناسه‌ی سند</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="80"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="81"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="82"/>
        <source>Type</source>
        <translation>نوع</translation>
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
        <translation>این هفته در یک نگاه</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="21"/>
        <source>Next meetings</source>
        <translation>جلسه‌های پیش رو</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="28"/>
        <source>Follow-ups overdue</source>
        <translation>پیگیری‌های گذشته از مهلت</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="35"/>
        <source>Bodies gone quiet</source>
        <translation>نهادهای خاموش</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="47"/>
        <source>Minutes awaiting approval</source>
        <translation>صورتجلسه‌های در انتظار تصویب</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="54"/>
        <source>Follow-ups due this week</source>
        <translation>سررسید این هفته</translation>
    </message>
    <message>
        <location filename="../ui/home/HomeView.ui" line="61"/>
        <source>Absence alerts</source>
        <translation>هشدارهای غیبت</translation>
    </message>
</context>
<context>
    <name>LogoImage</name>
    <message>
        <location filename="../src/app/shell/LogoImage.cpp" line="17"/>
        <source>The file “%1” is not there any more. Choose another one.</source>
        <translation>پرونده‌ی «%1» دیگر آنجا نیست. پرونده‌ی دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/LogoImage.cpp" line="21"/>
        <source>“%1” is not a PNG, JPEG or SVG picture. Save the logo in one of these formats and choose it again.</source>
        <translation>«%1» تصویر PNG، JPEG یا SVG نیست. نشان را در یکی از این قالب‌ها ذخیره کنید و دوباره برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/LogoImage.cpp" line="33"/>
        <source>The picture “%1” could not be read (%2). Choose another file, or save this one again from an image program.</source>
        <translation>تصویر «%1» خوانده نشد (%2). پرونده‌ی دیگری برگزینید، یا این یکی را دوباره با یک برنامه‌ی ویرایش تصویر ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/LogoImage.cpp" line="42"/>
        <source>The picture “%1” could not be converted for keeping. Choose another file.</source>
        <translation>تصویر «%1» برای نگهداری تبدیل نشد. پرونده‌ی دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/LogoImage.cpp" line="62"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg *.svg);;همه‌ی پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="67"/>
        <source>Jalaseh databases (*.jalaseh *.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده‌ی جلسه (*.jalaseh *.sqlite *.db);;همه‌ی پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>MeetingAgendaTab</name>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="7"/>
        <source>Agenda</source>
        <translation>دستور جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="16"/>
        <source>Move &amp;up (Ctrl+Up)</source>
        <translation>بالا بردن (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="17"/>
        <source>Move the agenda item up</source>
        <translation>بالا بردن بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="20"/>
        <source>Move do&amp;wn (Ctrl+Down)</source>
        <translation>پایین بردن (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="21"/>
        <source>Move the agenda item down</source>
        <translation>پایین بردن بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="24"/>
        <source>Remo&amp;ve</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="25"/>
        <source>Remove the agenda item</source>
        <translation>حذف بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="31"/>
        <source>&amp;Item:</source>
        <translation>بند:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="35"/>
        <source>Agenda item</source>
        <translation>بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="36"/>
        <source>What is to be discussed; Enter adds it</source>
        <translation>موضوعی که باید بررسی شود؛ با Enter افزوده می‌شود</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="39"/>
        <source>Detail&amp;s:</source>
        <translation>توضیح:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="43"/>
        <source>Details of the agenda item</source>
        <translation>توضیح بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="44"/>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="49"/>
        <source>A &amp;question put to the room (opinions are asked)</source>
        <translation>پرسش از حاضران (نظرخواهی می‌شود)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="50"/>
        <source>A question put to the room</source>
        <translation>پرسش از حاضران</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="54"/>
        <source>&amp;Add item</source>
        <translation>افزودن بند</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="55"/>
        <source>Add agenda item</source>
        <translation>افزودن بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="58"/>
        <source>C&amp;hange the selected item</source>
        <translation>تغییر بند برگزیده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAgendaTab.ui" line="59"/>
        <source>Change the selected agenda item</source>
        <translation>تغییر بند برگزیده‌ی دستور جلسه</translation>
    </message>
</context>
<context>
    <name>MeetingAttachmentsTab</name>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="7"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="8"/>
        <source>Files attached to the meeting: agenda papers, slides, letters. Drop files here to attach them.</source>
        <translation>پرونده‌های پیوست جلسه: اسناد دستور جلسه، اسلایدها، نامه‌ها. پرونده‌ها را این‌جا رها کنید تا پیوست شوند.</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="23"/>
        <source>&amp;Attach files…</source>
        <translation>پیوست پرونده‌ها…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="24"/>
        <source>Attach files to the meeting</source>
        <translation>پیوست پرونده‌ها به جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="27"/>
        <source>&amp;Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="28"/>
        <source>Open the attached file</source>
        <translation>باز کردن پرونده‌ی پیوست</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="31"/>
        <source>&amp;Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="32"/>
        <source>Save a copy of the attached file</source>
        <translation>ذخیره‌ی رونوشتی از پرونده‌ی پیوست</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="35"/>
        <source>Remo&amp;ve</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttachmentsTab.ui" line="36"/>
        <source>Remove the attached file</source>
        <translation>حذف پرونده‌ی پیوست</translation>
    </message>
</context>
<context>
    <name>MeetingAttendanceTab</name>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="8"/>
        <source>Add at once:</source>
        <translation>افزودن یک‌جا:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="12"/>
        <source>Whom to add at once</source>
        <translation>کسانی که یک‌جا افزوده می‌شوند</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="16"/>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="42"/>
        <source>as</source>
        <translation>با نقش</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="20"/>
        <source>Role of the added members</source>
        <translation>نقش اعضای افزوده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="23"/>
        <source>Add &amp;members</source>
        <translation>افزودن اعضا</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="24"/>
        <source>Add members</source>
        <translation>افزودن اعضا</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="28"/>
        <source>Pa&amp;ste attendees… (Ctrl+Shift+V)</source>
        <translation>چسباندن فهرست حاضران… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="29"/>
        <source>Paste attendees</source>
        <translation>چسباندن فهرست حاضران</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="30"/>
        <source>Read a pasted list of names, such as the attendee sentence of earlier minutes</source>
        <translation>خواندن فهرستی از نام‌ها که چسبانده‌اید، مانند جمله‌ی حاضران در صورتجلسه‌های پیشین</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="35"/>
        <source>Add a person:</source>
        <translation>افزودن یک نفر:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="39"/>
        <source>Person to add</source>
        <translation>فرد افزودنی</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="46"/>
        <source>Role of the added person</source>
        <translation>نقش فرد افزوده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="49"/>
        <source>Add &amp;person</source>
        <translation>افزودن فرد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="50"/>
        <source>Add person</source>
        <translation>افزودن فرد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="55"/>
        <source>New guest:</source>
        <translation>مهمان تازه:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="59"/>
        <source>Guest family name</source>
        <translation>نام خانوادگی مهمان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="60"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="63"/>
        <source>Guest given name</source>
        <translation>نام مهمان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="64"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="67"/>
        <source>Guest gender</source>
        <translation>جنسیت مهمان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="70"/>
        <source>Guest title</source>
        <translation>عنوان علمی مهمان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="73"/>
        <source>Add &amp;guest</source>
        <translation>افزودن مهمان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="74"/>
        <source>Add guest</source>
        <translation>افزودن مهمان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="78"/>
        <source>Attendees</source>
        <translation>حاضران</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="86"/>
        <source>Selected attendee</source>
        <translation>فرد برگزیده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="90"/>
        <source>Ro&amp;le:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="94"/>
        <source>Role in this meeting</source>
        <translation>نقش در این جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="97"/>
        <source>Stat&amp;us:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="101"/>
        <source>Attendance status</source>
        <translation>وضعیت حضور</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="104"/>
        <source>Re&amp;presents:</source>
        <translation>به نمایندگی از:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="108"/>
        <source>Body the attendee represents</source>
        <translation>نهادی که فرد نماینده‌ی آن است</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="115"/>
        <source>&amp;Reason:</source>
        <translation>علت:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="119"/>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="120"/>
        <source>Why excused or absent</source>
        <translation>علت غیبت</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="123"/>
        <source>Minutes late:</source>
        <translation>دقیقه تأخیر:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="127"/>
        <source>Minutes late</source>
        <translation>دقیقه‌های تأخیر</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="131"/>
        <source>Remo&amp;ve</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingAttendanceTab.ui" line="132"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>MeetingContributionsTab</name>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="7"/>
        <source>Contributions</source>
        <translation>سخنان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="16"/>
        <source>Move &amp;up (Ctrl+Up)</source>
        <translation>بالا بردن (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="17"/>
        <source>Move up</source>
        <translation>بالا بردن</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="20"/>
        <source>Move do&amp;wn (Ctrl+Down)</source>
        <translation>پایین بردن (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="21"/>
        <source>Move down</source>
        <translation>پایین بردن</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="24"/>
        <source>Remo&amp;ve</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="25"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="31"/>
        <source>S&amp;peaker:</source>
        <translation>سخنران:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="35"/>
        <source>Speaker</source>
        <translation>سخنران</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="38"/>
        <source>T&amp;opic:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="42"/>
        <source>Agenda item the contribution is on</source>
        <translation>بند دستور جلسه‌ای که سخن درباره‌ی آن است</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="45"/>
        <source>What was sa&amp;id:</source>
        <translation>آنچه گفته شد:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="49"/>
        <source>What was said</source>
        <translation>آنچه گفته شد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="50"/>
        <source>Ctrl+Enter adds it</source>
        <translation>با Ctrl+Enter افزوده می‌شود</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="56"/>
        <source>Add &amp;contribution</source>
        <translation>افزودن سخن</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="57"/>
        <source>Add contribution</source>
        <translation>افزودن سخن</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="60"/>
        <source>C&amp;hange the selected one</source>
        <translation>تغییر سخن برگزیده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingContributionsTab.ui" line="61"/>
        <source>Change the selected contribution</source>
        <translation>تغییر سخن برگزیده</translation>
    </message>
</context>
<context>
    <name>MeetingDecisionsTab</name>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="7"/>
        <source>Decisions of this meeting</source>
        <translation>مصوبه‌های این جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="10"/>
        <source>Decisions</source>
        <translation>مصوبه‌ها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="19"/>
        <source>D&amp;ecision:</source>
        <translation>مصوبه:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="23"/>
        <source>Decision text</source>
        <translation>متن مصوبه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="26"/>
        <source>On the p&amp;roposal:</source>
        <translation>درباره‌ی پیشنهاد:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="30"/>
        <source>Proposal the decision was made on</source>
        <translation>پیشنهادی که مصوبه درباره‌ی آن است</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="33"/>
        <source>Res&amp;ponsible:</source>
        <translation>مسئول پیگیری:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="37"/>
        <source>Responsible for follow-up</source>
        <translation>مسئول پیگیری</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="40"/>
        <source>Dead&amp;line:</source>
        <translation>مهلت اجرا:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="46"/>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="51"/>
        <source>Decision status</source>
        <translation>وضعیت مصوبه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="54"/>
        <source>Follow-up:</source>
        <translation>پیگیری:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="58"/>
        <source>Follow-up state</source>
        <translation>وضعیت پیگیری</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="64"/>
        <source>Add &amp;decision</source>
        <translation>افزودن مصوبه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="65"/>
        <source>Add decision</source>
        <translation>افزودن مصوبه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="68"/>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="69"/>
        <source>Change the selected decision</source>
        <translation>تغییر مصوبه‌ی برگزیده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="72"/>
        <location filename="../ui/meetings/MeetingDecisionsTab.ui" line="73"/>
        <source>Remove the selected decision</source>
        <translation>حذف مصوبه‌ی برگزیده</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsTab</name>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="7"/>
        <source>&amp;Series:</source>
        <translation>سلسله‌جلسه:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="12"/>
        <source>Series</source>
        <translation>سلسله‌جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="15"/>
        <source>New series…</source>
        <translation>سلسله‌ی جدید…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="16"/>
        <source>New series</source>
        <translation>سلسله‌ی جدید</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="19"/>
        <source>&amp;Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="23"/>
        <source>Number in the series</source>
        <translation>شماره در سلسله</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="29"/>
        <source>&amp;Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="33"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="34"/>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="37"/>
        <source>&amp;Mode:</source>
        <translation>نحوه‌ی برگزاری:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="41"/>
        <source>Mode</source>
        <translation>نحوه‌ی برگزاری</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="44"/>
        <source>&amp;Venue or platform:</source>
        <translation>مکان یا سامانه:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="48"/>
        <source>Venue or platform</source>
        <translation>مکان یا سامانه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="51"/>
        <source>On&amp;line link:</source>
        <translation>پیوند برخط:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="55"/>
        <source>Online link</source>
        <translation>پیوند برخط</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="59"/>
        <source>&amp;Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="65"/>
        <source>S&amp;tarts at:</source>
        <translation>ساعت شروع:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="72"/>
        <source>&amp;Ends at:</source>
        <translation>ساعت پایان:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="79"/>
        <source>&amp;Chair:</source>
        <translation>رئیس جلسه:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="83"/>
        <source>Chair</source>
        <translation>رئیس جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="86"/>
        <source>Secre&amp;tary:</source>
        <translation>دبیر:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="90"/>
        <source>Secretary</source>
        <translation>دبیر</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="93"/>
        <source>Stat&amp;us:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="97"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="100"/>
        <source>Closing &amp;summary:</source>
        <translation>جمع‌بندی پایانی:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingDetailsTab.ui" line="104"/>
        <source>Closing summary</source>
        <translation>جمع‌بندی پایانی</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="9"/>
        <source>Back to the meetings</source>
        <translation>بازگشت به جلسه‌ها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="17"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;تاریخچه…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="18"/>
        <source>History of the meeting</source>
        <translation>تاریخچه‌ی جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="19"/>
        <source>Who changed what in this meeting, and when</source>
        <translation>چه کسی چه چیزی را در این جلسه کی تغییر داد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="22"/>
        <source>Export in&amp;vitation (.ics)…</source>
        <translation>برون‌بری &amp;دعوت‌نامه (‎.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="23"/>
        <source>Export the invitation for calendars</source>
        <translation>برون‌بری دعوت‌نامه برای تقویم‌ها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="26"/>
        <source>Min&amp;utes…</source>
        <translation>صورتجلسه…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="27"/>
        <source>Minutes</source>
        <translation>صورتجلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="31"/>
        <source>Parts of the meeting</source>
        <translation>بخش‌های جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingEditor.ui" line="8"/>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
</context>
<context>
    <name>MeetingJson</name>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="31"/>
        <source>is not a field of this format (the fields here are %1); check its spelling</source>
        <translation>فیلدی از این قالب نیست (فیلدهای اینجا: %1)؛ املایش را بررسی کنید</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="52"/>
        <source>null</source>
        <translation>تهی</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="54"/>
        <source>true</source>
        <translation>درست</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="55"/>
        <source>false</source>
        <translation>نادرست</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="57"/>
        <source>the number %1</source>
        <translation>عدد %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="59"/>
        <source>the text %1</source>
        <translation>متن %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="62"/>
        <source>a list</source>
        <translation>یک فهرست</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="64"/>
        <source>an object</source>
        <translation>یک شیء</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="68"/>
        <source>nothing</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="76"/>
        <source>is missing; it is required</source>
        <translation>نیامده است؛ لازم است</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="85"/>
        <source>should be %1, not %2</source>
        <translation>باید %1 باشد، نه %2</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="93"/>
        <source>%1 is not one of the allowed values: %2</source>
        <translation>%1 از مقدارهای مجاز نیست: %2</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="103"/>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="108"/>
        <source>is %1 characters long; a field may hold at most %2. Shorten it or split it over several entries.</source>
        <translation>%1 نویسه دارد؛ هر خانه حداکثر %2 نویسه می‌گیرد. آن را کوتاه کنید یا در چند مورد بنویسید.</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="125"/>
        <location filename="../src/exchange/JsonFields.cpp" line="136"/>
        <source>is empty; write the text</source>
        <translation>خالی است؛ متن را بنویسید</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="147"/>
        <source>a whole number</source>
        <translation>یک عدد درست</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="151"/>
        <source>%1 is out of range; it should be from %2 to %3</source>
        <translation>%1 بیرون از بازه است؛ باید از %2 تا %3 باشد</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="167"/>
        <source>true or false</source>
        <translation>درست یا نادرست</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="183"/>
        <source>%1 is not a date (expected YYYY-MM-DD, a Gregorian date such as 2023-04-10)</source>
        <translation>%1 تاریخ نیست (انتظار: YYYY-MM-DD، تاریخ میلادی مانند 2023-04-10)</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="201"/>
        <source>%1 is not a time of day (expected HH:MM, such as 13:20)</source>
        <translation>%1 ساعت نیست (انتظار: HH:MM، مانند 13:20)</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="213"/>
        <source>a list [...]</source>
        <translation>یک فهرست [...]</translation>
    </message>
    <message>
        <location filename="../src/exchange/JsonFields.cpp" line="225"/>
        <source>an object {...}</source>
        <translation>یک شیء {...}</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingImport.cpp" line="96"/>
        <source>the series &quot;%1&quot; already has a meeting number %2 (held on %3, id %4); give this meeting the next free number, %5, or import it into another database</source>
        <translation>سلسله‌ی «%1» از پیش جلسه‌ی شماره‌ی %2 دارد (برگزارشده در %3، شناسه‌ی %4)؛ به این جلسه شماره‌ی آزاد بعدی، %5، را بدهید یا آن را در پایگاه داده‌ی دیگری درون‌بری کنید</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="41"/>
        <source>The file is not valid JSON: %1 (at byte %2). A meeting file is what `jalaseh export meeting` writes.</source>
        <translation>پرونده JSON درستی نیست: %1 (در بایت %2). پرونده‌ی جلسه همان است که `jalaseh export meeting` می‌نویسد.</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="48"/>
        <source>The file holds JSON but not a meeting: it should be one object {...} with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>پرونده JSON دارد اما جلسه نیست: باید یک شیء {...} با &quot;format&quot;: &quot;%1&quot; باشد.</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="56"/>
        <source>appears twice in the same object; keep the one you mean and remove the other.</source>
        <translation>دو بار در یک شیء آمده است؛ آنچه را منظورتان است نگه دارید و دیگری را بردارید.</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="76"/>
        <source>... and %1 more problems.</source>
        <translation>... و %1 اشکال دیگر.</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="121"/>
        <source>%1 is not a Jalaseh meeting file (expected &quot;%2&quot;)</source>
        <translation>%1 پرونده‌ی جلسه‌ی «جلسه» نیست (انتظار: «%2»)</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="130"/>
        <source>%1 is newer than this Jalaseh reads (up to %2); update Jalaseh to import this file</source>
        <translation>%1 از آنچه این نسخه‌ی جلسه می‌خواند تازه‌تر است (تا %2)؛ برای درون‌بری این پرونده جلسه را به‌روز کنید</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="181"/>
        <source>%1 is listed twice among the people (also people[%2]); list each person once</source>
        <translation>%1 دو بار در میان افراد آمده است (نیز people[%2])؛ هر فرد را یک بار بیاورید</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="210"/>
        <source>%1 is listed twice among the bodies; list each body once</source>
        <translation>%1 دو بار در میان نهادها آمده است؛ هر نهاد را یک بار بیاورید</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="254"/>
        <source>%1 is the same as the start; a meeting ends after it starts</source>
        <translation>%1 همان آغاز است؛ جلسه پس از آغاز پایان می‌یابد</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="258"/>
        <source>%1 is before the start %2; a meeting ends after it starts</source>
        <translation>%1 پیش از آغاز %2 است؛ جلسه پس از آغاز پایان می‌یابد</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="281"/>
        <source>%1 is not a Jalali date (%2); write it as YYYY/MM/DD, such as 1402/01/21</source>
        <translation>%1 تاریخ شمسی نیست (%2)؛ آن را به شکل YYYY/MM/DD بنویسید، مانند 1402/01/21</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="292"/>
        <source>%1 is not the same day as date %2 (which is %3/%4/%5); correct one of them, or leave jalaliDate out</source>
        <translation>%1 همان روزِ تاریخ %2 نیست (که %3/%4/%5 است)؛ یکی را درست کنید، یا jalaliDate را نیاورید</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="328"/>
        <source>only someone who came late has minutes late (the status is &quot;%1&quot;); set the status to &quot;late&quot; or remove minutesLate</source>
        <translation>تنها کسی که دیر آمده دقیقه‌ی تأخیر دارد (وضعیت «%1» است)؛ وضعیت را «late» کنید یا minutesLate را بردارید</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="337"/>
        <source>%1 is listed twice in the attendance; list each person once</source>
        <translation>%1 دو بار در حضور و غیاب آمده است؛ هر فرد را یک بار بیاورید</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="384"/>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="410"/>
        <source>agenda item</source>
        <translation>دستور جلسه</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="427"/>
        <source>%1 is already named as proposer or supporter; name each person once</source>
        <translation>%1 از پیش پیشنهاددهنده یا موافق است؛ هر فرد را یک بار نام ببرید</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="460"/>
        <source>proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="484"/>
        <source>decision</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="516"/>
        <source>is not base64 text; the file is damaged</source>
        <translation>متن base64 نیست؛ پرونده آسیب دیده است</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="525"/>
        <source>says %1 bytes, but the content of &quot;%2&quot; has %3; the file is damaged</source>
        <translation>%1 بایت می‌گوید، اما محتوای «%2» %3 بایت است؛ پرونده آسیب دیده است</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="533"/>
        <source>does not match the content of &quot;%1&quot; (its SHA-256 is %2); the file is damaged or was changed, so it was not imported</source>
        <translation>با محتوای «%1» نمی‌خواند (SHA-256 آن %2 است)؛ پرونده آسیب دیده یا دست خورده است، پس وارد نشد</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="545"/>
        <source>should be an object {...}, not %1</source>
        <translation>باید یک شیء {...} باشد، نه %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="561"/>
        <source>should be a person&apos;s name, not %1</source>
        <translation>باید نام یک فرد باشد، نه %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="572"/>
        <source>%1 could be any of %2 people in the file; write the full name (given name, then family name)</source>
        <translation>%1 می‌تواند هر یک از %2 نفر پرونده باشد؛ نام کامل را بنویسید (نام، سپس نام خانوادگی)</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="580"/>
        <source>%1 is not among the file&apos;s people; add the person to &quot;people&quot; or correct the name</source>
        <translation>%1 در میان افراد پرونده نیست؛ او را به «people» بیفزایید یا نام را درست کنید</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="605"/>
        <source>%1 is not among the file&apos;s bodies; add it to &quot;bodies&quot; or correct the name</source>
        <translation>%1 در میان نهادهای پرونده نیست؛ آن را به «bodies» بیفزایید یا نام را درست کنید</translation>
    </message>
    <message>
        <location filename="../src/exchange/MeetingJsonReader.cpp" line="621"/>
        <source>there is no %1 %2 in the file (it has %3, numbered from 1)</source>
        <translation>در پرونده %1 %2 نیست (%3 تا دارد، با شماره از ۱)</translation>
    </message>
</context>
<context>
    <name>MeetingProposalsTab</name>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="7"/>
        <source>Proposals</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="16"/>
        <source>Pr&amp;oposal:</source>
        <translation>پیشنهاد:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="20"/>
        <source>Proposal text</source>
        <translation>متن پیشنهاد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="21"/>
        <source>What was proposed</source>
        <translation>آنچه پیشنهاد شد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="24"/>
        <source>Topic:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="28"/>
        <source>Agenda item the proposal is on</source>
        <translation>بند دستور جلسه‌ای که پیشنهاد درباره‌ی آن است</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="31"/>
        <source>Proposed &amp;by:</source>
        <translation>پیشنهاددهنده:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="35"/>
        <source>Proposer</source>
        <translation>پیشنهاددهنده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="38"/>
        <source>Bac&amp;ked by:</source>
        <translation>حامیان:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="42"/>
        <source>Backers of the proposal</source>
        <translation>حامیان پیشنهاد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="45"/>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="50"/>
        <source>Proposal status</source>
        <translation>وضعیت پیشنهاد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="56"/>
        <source>Add pr&amp;oposal</source>
        <translation>افزودن پیشنهاد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="57"/>
        <source>Add proposal</source>
        <translation>افزودن پیشنهاد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="60"/>
        <source>C&amp;hange the selected proposal</source>
        <translation>تغییر پیشنهاد برگزیده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="61"/>
        <source>Change the selected proposal</source>
        <translation>تغییر پیشنهاد برگزیده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="64"/>
        <source>Remo&amp;ve</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="65"/>
        <source>Remove the selected proposal</source>
        <translation>حذف پیشنهاد برگزیده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="68"/>
        <source>Record a decision on it…</source>
        <translation>ثبت مصوبه درباره‌ی آن…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingProposalsTab.ui" line="69"/>
        <source>Record a decision on the selected proposal</source>
        <translation>ثبت مصوبه درباره‌ی پیشنهاد برگزیده</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="8"/>
        <source>Search as you type (Ctrl+F)</source>
        <translation>جست‌وجو هم‌زمان با تایپ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="10"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="13"/>
        <source>Series</source>
        <translation>سلسله‌جلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="16"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="19"/>
        <source>&amp;New meeting…</source>
        <translation>جلسه‌ی جدید…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="20"/>
        <source>New meeting</source>
        <translation>جلسه‌ی جدید</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="23"/>
        <source>&amp;Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="24"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="27"/>
        <source>&amp;Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="28"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MeetingsView.ui" line="32"/>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="5"/>
        <source>Membership</source>
        <translation>عضویت</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="9"/>
        <source>&amp;Person:</source>
        <translation>فرد:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="13"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="16"/>
        <source>&amp;Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="20"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="23"/>
        <source>&amp;From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MembershipDialog.ui" line="29"/>
        <source>&amp;Until:</source>
        <translation>تا:</translation>
    </message>
</context>
<context>
    <name>MergeBodyDialog</name>
    <message>
        <location filename="../ui/bodies/MergeBodyDialog.ui" line="5"/>
        <source>Merge into another body</source>
        <translation>ادغام در نهادی دیگر</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MergeBodyDialog.ui" line="15"/>
        <source>&amp;Into:</source>
        <translation>ادغام در:</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MergeBodyDialog.ui" line="19"/>
        <source>The body it joins</source>
        <translation>نهادی که در آن ادغام می‌شود</translation>
    </message>
    <message>
        <location filename="../ui/bodies/MergeBodyDialog.ui" line="22"/>
        <source>&amp;On:</source>
        <translation>از تاریخ:</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="5"/>
        <source>Minutes</source>
        <translation>صورتجلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="9"/>
        <source>&amp;Document:</source>
        <translation>سند:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="13"/>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="17"/>
        <source>&amp;Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="18"/>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="21"/>
        <source>Export P&amp;DF…</source>
        <translation>برون‌بری PDF…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="22"/>
        <source>Export PDF</source>
        <translation>برون‌بری PDF</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="25"/>
        <source>Export &amp;ODT…</source>
        <translation>برون‌بری ODT…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="26"/>
        <source>Export ODT</source>
        <translation>برون‌بری ODT</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="29"/>
        <source>Export &amp;HTML…</source>
        <translation>برون‌بری HTML…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="30"/>
        <source>Export HTML</source>
        <translation>برون‌بری HTML</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="33"/>
        <source>&amp;Templates…</source>
        <translation>قالب‌ها…</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="34"/>
        <source>Open the folder of your own minutes templates (copies of the built-in ones) to edit them</source>
        <translation>پوشه قالب‌های صورتجلسه خودتان (رونوشت قالب‌های درونی) را برای ویرایش باز می‌کند</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="35"/>
        <source>Edit templates</source>
        <translation>ویرایش قالب‌ها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="38"/>
        <source>&amp;Copy as text</source>
        <translation>رونوشت متن</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="39"/>
        <source>Copy as text</source>
        <translation>رونوشت متن</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="44"/>
        <source>Include:</source>
        <translation>گنجانده شود:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="45"/>
        <source>The parts of the minutes this document shows; remembered for the meetings of this series</source>
        <translation>بخش‌هایی از صورتجلسه که این سند نشان می‌دهد؛ برای جلسه‌های این سلسله به یاد می‌ماند</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="48"/>
        <source>&amp;Absentees</source>
        <translation>غایبان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="49"/>
        <source>The absent and the excused, with their reasons</source>
        <translation>غایبان و معذوران، با دلیلشان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="50"/>
        <source>Absentees</source>
        <translation>غایبان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="54"/>
        <source>Co&amp;ntributions</source>
        <translation>سخنان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="55"/>
        <source>What was said in the meeting, and the questions put to it</source>
        <translation>آنچه در جلسه گفته شد، و پرسش‌هایی که به نظرخواهی گذاشته شد</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="56"/>
        <source>Contributions</source>
        <translation>سخنان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="60"/>
        <source>P&amp;roposals</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="61"/>
        <source>The proposals and who made and supported them</source>
        <translation>پیشنهادها، و پیشنهاددهنده و تأییدکنندگانشان</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="62"/>
        <source>Proposals</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="66"/>
        <source>&amp;Signatures</source>
        <translation>امضاها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="67"/>
        <source>The signature lines of the formal minutes</source>
        <translation>سطرهای امضای صورتجلسه‌ی رسمی</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="68"/>
        <source>Signatures</source>
        <translation>امضاها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="72"/>
        <source>Attach&amp;ments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="73"/>
        <source>The list of the files attached to the meeting, by name and size</source>
        <translation>فهرست پرونده‌های پیوست جلسه، با نام و اندازه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="74"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="78"/>
        <source>Document &amp;id</source>
        <translation>شناسه‌ی سند</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="79"/>
        <source>The document id of approved minutes; a copy without it says that it cannot be verified</source>
        <translation>شناسه‌ی سند صورتجلسه‌ی مصوب؛ رونوشت بی آن می‌گوید که قابل تطبیق نیست</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="80"/>
        <source>Document id</source>
        <translation>شناسه‌ی سند</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesDialog.ui" line="86"/>
        <source>Preview of the minutes</source>
        <translation>پیش‌نمایش صورتجلسه</translation>
    </message>
</context>
<context>
    <name>MinutesVersionsDialog</name>
    <message>
        <location filename="../ui/meetings/MinutesVersionsDialog.ui" line="5"/>
        <location filename="../ui/meetings/MinutesVersionsDialog.ui" line="12"/>
        <source>Versions of the minutes</source>
        <translation>نسخه‌های صورتجلسه</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesVersionsDialog.ui" line="8"/>
        <source>Each approved version is kept as it was approved. Open one to read, print or export it; its document id is on every page.</source>
        <translation>هر نسخه‌ی مصوب همان‌گونه که تصویب شد نگه داشته می‌شود. برای خواندن، چاپ یا برون‌بری، آن را باز کنید؛ شناسه‌ی سندش در هر صفحه هست.</translation>
    </message>
    <message>
        <location filename="../ui/meetings/MinutesVersionsDialog.ui" line="19"/>
        <source>&amp;Open this version…</source>
        <translation>باز کردن این نسخه…</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../src/app/shell/PasswordKeychain.cpp" line="23"/>
        <source>The desktop&apos;s keychain did not allow Jalaseh to use it, so the password is asked for instead.</source>
        <translation>جاکلیدی میزکار به جلسه اجازه‌ی استفاده نداد، پس گذرواژه پرسیده می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/PasswordKeychain.cpp" line="28"/>
        <source>The desktop has no keychain (Secret Service) that Jalaseh can use, so the password is not remembered and is asked for instead.</source>
        <translation>میزکار جاکلیدی‌ای (Secret Service) ندارد که جلسه بتواند به کار ببرد، پس گذرواژه نگه داشته نمی‌شود و پرسیده می‌شود.</translation>
    </message>
</context>
<context>
    <name>PasteAttendeesDialog</name>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="5"/>
        <source>Paste attendees</source>
        <translation>چسباندن فهرست حاضران</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="8"/>
        <source>&amp;Text naming the attendees, e.g. the sentence of earlier minutes:</source>
        <translation>متنی که نام حاضران را دارد، مانند جمله‌ی صورتجلسه‌های پیشین:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="13"/>
        <source>Text naming the attendees</source>
        <translation>متن نام حاضران</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="19"/>
        <source>&amp;Names read:</source>
        <translation>نام‌های خوانده‌شده:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="23"/>
        <source>Names read</source>
        <translation>نام‌های خوانده‌شده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="28"/>
        <source>As written</source>
        <translation>نام نوشته‌شده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="29"/>
        <source>Who it is</source>
        <translation>چه کسی است</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="33"/>
        <source>&amp;Who is it:</source>
        <translation>چه کسی است:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="37"/>
        <source>Who the selected name is</source>
        <translation>نام برگزیده از آنِ چه کسی است</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="48"/>
        <source>Add them &amp;as:</source>
        <translation>افزودن با نقش:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="52"/>
        <source>Role of the added people</source>
        <translation>نقش افراد افزوده‌شده</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="55"/>
        <source>&amp;representing:</source>
        <translation>به نمایندگی از:</translation>
    </message>
    <message>
        <location filename="../ui/meetings/PasteAttendeesDialog.ui" line="59"/>
        <source>Body the added people represent</source>
        <translation>نهادی که افراد افزوده‌شده نماینده‌ی آن‌اند</translation>
    </message>
</context>
<context>
    <name>PdfTextLayer</name>
    <message>
        <location filename="../src/report/PdfTextLayer.cpp" line="460"/>
        <source>The PDF could not be finished. Please export it again; if it keeps failing, export the document as ODT instead.</source>
        <translation>ساخت پرونده‌ی PDF به پایان نرسید. دوباره خروجی بگیرید؛ اگر باز هم نشد، سند را با قالب ODT بگیرید.</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="8"/>
        <source>Search as you type (Ctrl+F)</source>
        <translation>جست‌وجو هم‌زمان با تایپ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="10"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="13"/>
        <source>&amp;New person…</source>
        <translation>فرد جدید…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="14"/>
        <source>New person</source>
        <translation>فرد جدید</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="17"/>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="18"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="21"/>
        <source>&amp;Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="22"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleView.ui" line="31"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="5"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="9"/>
        <source>&amp;Family name:</source>
        <translation>نام خانوادگی:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="13"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="16"/>
        <source>&amp;Given name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="20"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="23"/>
        <source>G&amp;ender:</source>
        <translation>جنسیت:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="27"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="30"/>
        <source>&amp;Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="34"/>
        <source>Academic title</source>
        <translation>عنوان علمی</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="37"/>
        <source>&amp;Affiliation:</source>
        <translation>وابستگی سازمانی:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="41"/>
        <source>Affiliation</source>
        <translation>وابستگی سازمانی</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="42"/>
        <source>University or library</source>
        <translation>دانشگاه یا کتابخانه</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="45"/>
        <source>&amp;Position:</source>
        <translation>سمت:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="49"/>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="52"/>
        <source>E-&amp;mail:</source>
        <translation>رایانامه:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="56"/>
        <source>E-mail</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="59"/>
        <source>P&amp;hone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="63"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="66"/>
        <source>&amp;Notes:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="70"/>
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="74"/>
        <source>A&amp;ctive</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="75"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonDialog.ui" line="78"/>
        <source>Memberships:</source>
        <translation>عضویت‌ها:</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../src/app/common/PrintPreview.cpp" line="24"/>
        <source>Print preview: %1</source>
        <translation>پیش‌نمایش چاپ: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../src/report/ReportFile.cpp" line="15"/>
        <source>The file %1 could not be written (%2). Choose another folder or file name.</source>
        <translation>پرونده‌ی %1 نوشته نشد (%2). پوشه یا نام دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/report/ReportFile.cpp" line="22"/>
        <source>The file %1 could not be saved (%2). Check that the disk is not full and try again.</source>
        <translation>پرونده‌ی %1 ذخیره نشد (%2). بررسی کنید دیسک پر نباشد و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/report/HtmlWriter.cpp" line="13"/>
        <source>The HTML file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>پرونده‌ی HTML نوشته نشد (%1). بررسی کنید دیسک پر نباشد و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="48"/>
        <source>The template file %1 cannot be read (%2). Check that it exists and that you may read it.</source>
        <translation>پرونده‌ی الگوی %1 خوانده نمی‌شود (%2). بررسی کنید که وجود دارد و اجازه‌ی خواندنش را دارید.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="72"/>
        <source>The template %1 has a mistake: %2. Correct it, or delete it to use the built-in template.</source>
        <translation>الگوی %1 اشکال دارد: %2. آن را درست کنید، یا پاکش کنید تا الگوی داخلی به کار رود.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="105"/>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation>پوشه‌ی %1 ساخته نمی‌شود. پوشه‌ای برگزینید که اجازه‌ی نوشتن در آن دارید.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="115"/>
        <source>The template %1 cannot be written. Check that the folder is writable and the disk is not full.</source>
        <translation>الگوی %1 نوشته نمی‌شود. بررسی کنید پوشه نوشتنی باشد و دیسک پر نباشد.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="135"/>
        <source>There is no template named %1. The templates are: %2.</source>
        <translation>الگویی به نام %1 نیست. الگوها این‌ها هستند: %2.</translation>
    </message>
    <message>
        <location filename="../src/report/TemplateLibrary.cpp" line="151"/>
        <source>The template %1 could not be filled in: %2.</source>
        <translation>الگوی %1 پر نشد: %2.</translation>
    </message>
    <message>
        <location filename="../src/report/TextWriter.cpp" line="13"/>
        <source>The text file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>پرونده‌ی متنی نوشته نشد (%1). بررسی کنید دیسک پر نباشد و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/report/OdtWriter.cpp" line="123"/>
        <source>The OpenDocument file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>پرونده‌ی OpenDocument نوشته نشد (%1). بررسی کنید دیسک پر نباشد و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/report/CsvWriter.cpp" line="13"/>
        <source>The CSV file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>پرونده‌ی CSV نوشته نشد (%1). بررسی کنید دیسک پر نباشد و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/report/PdfWriter.cpp" line="26"/>
        <source>The PDF could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>پرونده‌ی PDF نوشته نشد (%1). بررسی کنید دیسک پر نباشد و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/report/InvitationCalendar.cpp" line="81"/>
        <source>This computer has no time-zone data for Iran, and meetings before 1401/06/31 need it (daylight saving time). Install the time-zone data (the tzdata package) and try again.</source>
        <translation>این رایانه داده‌ی منطقه‌ی زمانی ایران را ندارد و جلسه‌های پیش از ۱۴۰۱/۰۶/۳۱ (ساعت تابستانی) به آن نیاز دارند. داده‌ی منطقه‌ی زمانی (بسته‌ی tzdata) را نصب کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <location filename="../src/report/InvitationCalendar.cpp" line="143"/>
        <source>This meeting has already been held; a calendar invitation is for a planned meeting. Export its minutes instead.</source>
        <translation>این جلسه برگزار شده است؛ دعوت‌نامه‌ی تقویم برای جلسه‌ی برنامه‌ریزی‌شده است. به جای آن صورتجلسه‌اش را برون‌بری کنید.</translation>
    </message>
    <message>
        <location filename="../src/report/InvitationCalendar.cpp" line="147"/>
        <source>This meeting has no start time yet, so a calendar cannot place it. Set the time in the meeting&apos;s details and try again.</source>
        <translation>این جلسه هنوز ساعت شروع ندارد و تقویم نمی‌تواند آن را جای دهد. ساعت را در مشخصات جلسه بنویسید و دوباره بکوشید.</translation>
    </message>
</context>
<context>
    <name>RowFields</name>
    <message>
        <location filename="../src/session/RowFields.cpp" line="29"/>
        <source>this person</source>
        <translation>این فرد</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="30"/>
        <source>family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="31"/>
        <source>given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="32"/>
        <source>gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="33"/>
        <location filename="../src/session/RowFields.cpp" line="63"/>
        <location filename="../src/session/RowFields.cpp" line="84"/>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="34"/>
        <source>affiliation</source>
        <translation>وابستگی سازمانی</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="35"/>
        <source>position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="36"/>
        <source>email</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="37"/>
        <source>phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="38"/>
        <source>notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="39"/>
        <location filename="../src/session/RowFields.cpp" line="47"/>
        <source>active</source>
        <translation>فعال بودن</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="41"/>
        <source>this body</source>
        <translation>این نهاد</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="42"/>
        <location filename="../src/session/RowFields.cpp" line="57"/>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="43"/>
        <source>kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="44"/>
        <location filename="../src/session/RowFields.cpp" line="85"/>
        <source>description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="45"/>
        <source>merged into</source>
        <translation>ادغام در</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="46"/>
        <source>merged on</source>
        <translation>تاریخ ادغام</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="49"/>
        <source>this membership</source>
        <translation>این عضویت</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="50"/>
        <location filename="../src/session/RowFields.cpp" line="76"/>
        <source>person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="51"/>
        <location filename="../src/session/RowFields.cpp" line="58"/>
        <source>body</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="52"/>
        <location filename="../src/session/RowFields.cpp" line="77"/>
        <source>role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="53"/>
        <source>from</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="54"/>
        <source>until</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="56"/>
        <source>this meeting series</source>
        <translation>این سلسله‌جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="60"/>
        <source>this meeting</source>
        <translation>این جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="61"/>
        <source>series</source>
        <translation>سلسله</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="62"/>
        <source>number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="64"/>
        <source>mode</source>
        <translation>شیوه‌ی برگزاری</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="65"/>
        <source>venue</source>
        <translation>محل</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="66"/>
        <source>online link</source>
        <translation>پیوند برخط</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="67"/>
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="68"/>
        <source>start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="69"/>
        <source>end</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="70"/>
        <source>chair</source>
        <translation>رئیس</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="71"/>
        <source>secretary</source>
        <translation>دبیر</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="72"/>
        <location filename="../src/session/RowFields.cpp" line="78"/>
        <location filename="../src/session/RowFields.cpp" line="97"/>
        <location filename="../src/session/RowFields.cpp" line="102"/>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="73"/>
        <source>summary</source>
        <translation>جمع‌بندی</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="75"/>
        <source>this attendance</source>
        <translation>این حضور</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="79"/>
        <source>reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="80"/>
        <source>minutes late</source>
        <translation>دقیقه‌های تأخیر</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="81"/>
        <source>represents</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="83"/>
        <source>this agenda item</source>
        <translation>این دستور جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="86"/>
        <source>question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="88"/>
        <source>this contribution</source>
        <translation>این سخن</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="89"/>
        <source>speaker</source>
        <translation>سخنران</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="90"/>
        <location filename="../src/session/RowFields.cpp" line="98"/>
        <source>agenda item</source>
        <translation>دستور جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="91"/>
        <location filename="../src/session/RowFields.cpp" line="94"/>
        <location filename="../src/session/RowFields.cpp" line="101"/>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="93"/>
        <source>this proposal</source>
        <translation>این پیشنهاد</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="95"/>
        <source>proposer</source>
        <translation>پیشنهاددهنده</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="96"/>
        <source>supporters</source>
        <translation>موافقان</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="100"/>
        <source>this decision</source>
        <translation>این مصوبه</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="103"/>
        <source>responsible</source>
        <translation>مسئول پیگیری</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="104"/>
        <location filename="../src/session/RowFields.cpp" line="113"/>
        <source>deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="105"/>
        <location filename="../src/session/RowFields.cpp" line="114"/>
        <source>follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="106"/>
        <source>proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="107"/>
        <source>reviews</source>
        <translation>بررسی‌ها</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="109"/>
        <source>this action item</source>
        <translation>این اقدام</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="110"/>
        <source>decision</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="111"/>
        <source>task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../src/session/RowFields.cpp" line="112"/>
        <source>owner</source>
        <translation>مسئول</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="13"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="28"/>
        <source>Someone else</source>
        <translation>کس دیگری</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="33"/>
        <source> on %1 at %2</source>
        <translation> در %1 ساعت %2</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="38"/>
        <source>%1 saved %2%3 after you opened it.</source>
        <translation>‏%1 %2 را%3 پس از آن‌که شما بازش کردید ذخیره کرد.</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="40"/>
        <source>%1 changed %2%3 after you opened it: %4.</source>
        <translation>‏%1 %2 را%3 پس از آن‌که شما بازش کردید تغییر داد: %4.</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="44"/>
        <source>So it was not removed. You can remove it as it is now, or keep it.</source>
        <translation>پس حذف نشد. می‌توانید آن را همان‌گونه که اکنون هست حذف کنید، یا نگهش دارید.</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="48"/>
        <source>So your change was not saved. You can make it again on the new version, or discard it.</source>
        <translation>پس تغییر شما ذخیره نشد. می‌توانید آن را روی نسخه‌ی تازه دوباره بدهید، یا کنارش بگذارید.</translation>
    </message>
    <message>
        <location filename="../src/session/SaveConflict.cpp" line="52"/>
        <source>So your change (%1) was not saved, and it is not lost: you can apply it on the new version, or discard it.</source>
        <translation>پس تغییر شما (%1) ذخیره نشد، ولی از دست هم نرفته است: می‌توانید آن را روی نسخه‌ی تازه اعمال کنید، یا کنارش بگذارید.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../ui/shell/SearchDialog.ui" line="5"/>
        <location filename="../ui/shell/SearchDialog.ui" line="10"/>
        <source>Search everything</source>
        <translation>جست‌وجو در همه‌چیز</translation>
    </message>
    <message>
        <location filename="../ui/shell/SearchDialog.ui" line="8"/>
        <source>Names, meetings, what was said, proposals, decisions: type any part</source>
        <translation>نام‌ها، جلسه‌ها، سخنان، پیشنهادها، مصوبه‌ها: هر بخشی را بنویسید</translation>
    </message>
    <message>
        <location filename="../ui/shell/SearchDialog.ui" line="13"/>
        <source>What was found</source>
        <translation>یافته‌ها</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="5"/>
        <source>Connect to a server</source>
        <translation>اتصال به سرور</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="8"/>
        <source>Open a Jalaseh database on a PostgreSQL server. Paste the address the server&apos;s administrator gave you, or fill in the fields.</source>
        <translation>پایگاه داده‌ی جلسه را روی سرور PostgreSQL باز کنید. نشانی‌ای را که مدیر سرور به شما داده بچسبانید، یا خانه‌ها را پر کنید.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="13"/>
        <source>&amp;Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="17"/>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="21"/>
        <source>&amp;Host:</source>
        <translation>میزبان:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="25"/>
        <source>Host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="29"/>
        <source>&amp;Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="33"/>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="38"/>
        <source>&amp;Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="42"/>
        <source>Database name</source>
        <translation>نام پایگاه داده</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="46"/>
        <source>&amp;User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="50"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="53"/>
        <source>Pass&amp;word:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="57"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="61"/>
        <source>&amp;Remember the password in the desktop&apos;s keychain</source>
        <translation>نگه داشتن گذرواژه در جاکلیدی میزکار</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="62"/>
        <source>Remember the password in the desktop&apos;s keychain</source>
        <translation>نگه داشتن گذرواژه در جاکلیدی میزکار</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="66"/>
        <source>Unless the box above is ticked, the password is used for this connection only and never stored. Leave it empty to use ~/.pgpass, the keychain, or to be asked.</source>
        <translation>اگر گزینه‌ی بالا علامت نخورده باشد، گذرواژه فقط برای همین اتصال به کار می‌رود و هیچ‌جا نگه داشته نمی‌شود. برای استفاده از پرونده‌ی pgpass، جاکلیدی یا پرسیده شدن، خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="70"/>
        <source>&amp;Encryption:</source>
        <translation>رمزگذاری:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ServerDialog.ui" line="74"/>
        <source>Encryption</source>
        <translation>رمزگذاری</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="5"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="9"/>
        <source>Interface &amp;language:</source>
        <translation>زبان رابط:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="13"/>
        <source>Interface language</source>
        <translation>زبان رابط</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="16"/>
        <source>A new language takes effect when Jalaseh is started again.</source>
        <translation>زبان تازه پس از اجرای دوباره‌ی جلسه به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="20"/>
        <source>&amp;Organisation:</source>
        <translation>سازمان:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="24"/>
        <source>Organisation name</source>
        <translation>نام سازمان</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="27"/>
        <source>Lo&amp;go:</source>
        <translation>نشان:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="32"/>
        <source>Logo</source>
        <translation>نشان</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="41"/>
        <source>&amp;Choose a picture…</source>
        <translation>گزینش تصویر…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="42"/>
        <source>Choose the logo</source>
        <translation>گزینش نشان</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="46"/>
        <source>No lo&amp;go</source>
        <translation>بدون نشان</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="47"/>
        <source>Remove the logo</source>
        <translation>برداشتن نشان</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="59"/>
        <source>Letter&amp;head lines:</source>
        <translation>سربرگ:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="63"/>
        <source>Letterhead lines</source>
        <translation>سطرهای سربرگ</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="65"/>
        <source>One line each, printed at the top of the formal minutes</source>
        <translation>هر سطر جدا؛ بالای صورتجلسه‌ی رسمی چاپ می‌شود</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="68"/>
        <source>&amp;Verification address:</source>
        <translation>نشانی &amp;وارسی:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="72"/>
        <source>Verification address</source>
        <translation>نشانی وارسی</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="73"/>
        <source>e.g. https://example.org/verify?id=</source>
        <translation>مانند https://example.org/verify?id=</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="74"/>
        <source>The QR code on approved minutes holds this address followed by the document id; without it, the id alone.</source>
        <translation>رمزینه‌ی QR صورتجلسه‌های مصوب این نشانی و پس از آن شناسه‌ی سند را در بر دارد؛ بی آن، تنها شناسه را.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="78"/>
        <source>Attendance review</source>
        <translation>بررسی حضور و غیاب</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="81"/>
        <source>When to raise an alert. Bylaws commonly count 3 absences without excuse in a row, or 5 in a year, as resignation. Kept in the database, for everyone who opens it.</source>
        <translation>چه هنگام هشدار داده شود. در آیین‌نامه‌ها معمولاً ۳ غیبت بدون عذر پیاپی یا ۵ غیبت در سال استعفا شمرده می‌شود. این تنظیمات در پایگاه داده نگه داشته می‌شود و برای همه کسانی که آن را باز می‌کنند یکی است.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="85"/>
        <source>Absences without excuse in a &amp;row:</source>
        <translation>غیبت بدون عذر پیاپی:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="89"/>
        <source>Absences without excuse in a row</source>
        <translation>غیبت بدون عذر پیاپی</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="92"/>
        <source>Absences without excuse in one Jalali &amp;year:</source>
        <translation>غیبت بدون عذر در یک سال:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="96"/>
        <source>Absences without excuse in one Jalali year</source>
        <translation>غیبت بدون عذر در یک سال خورشیدی</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="99"/>
        <source>A body without a meeting for (&amp;months):</source>
        <translation>نهاد بی‌جلسه به مدت (ماه):</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="103"/>
        <source>Months without a meeting</source>
        <translation>ماه‌های بی‌جلسه</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="108"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="111"/>
        <source>Largest &amp;file that may be attached:</source>
        <translation>بزرگ‌ترین پرونده‌ای که می‌توان پیوست کرد:</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="115"/>
        <source>Largest file that may be attached, in megabytes</source>
        <translation>بزرگ‌ترین پرونده‌ای که می‌توان پیوست کرد، به مگابایت</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.ui" line="116"/>
        <source> MB</source>
        <translation> مگابایت</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../src/storage/PersonRepository.cpp" line="167"/>
        <source>This person is no longer in the database; someone may have removed them. Reload the list.</source>
        <translation>این فرد دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. فهرست را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/PersonRepository.cpp" line="179"/>
        <source>This person cannot be removed: meetings, memberships, contributions or decisions still refer to them. Mark them as inactive instead.</source>
        <translation>این فرد حذف نمی‌شود: جلسه‌ها، عضویت‌ها، سخنان یا مصوبه‌هایی هنوز به او اشاره دارند. به جای حذف، او را غیرفعال کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/RowPositions.cpp" line="55"/>
        <source>The row to move no longer exists; it may have been removed. Reload the meeting.</source>
        <translation>ردیفی که باید جابه‌جا شود دیگر نیست؛ شاید حذف شده است. جلسه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="53"/>
        <source>The change was refused: it refers to something that does not exist, or removes something other records still use.</source>
        <translation>تغییر پذیرفته نشد: به چیزی اشاره دارد که وجود ندارد، یا چیزی را حذف می‌کند که رکوردهای دیگر هنوز به کار می‌برند.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="61"/>
        <source>The change was refused because it would record the same thing twice.</source>
        <translation>تغییر پذیرفته نشد، چون یک چیز را دو بار ثبت می‌کرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="67"/>
        <source>The change was refused: a value is missing or not allowed there.</source>
        <translation>تغییر پذیرفته نشد: مقداری نیامده یا آنجا مجاز نیست.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="82"/>
        <source>The minutes of this meeting are approved, so the meeting can no longer be changed and nothing was changed. To correct them, amend the minutes: that opens a new version, approved in turn.</source>
        <translation>صورتجلسه‌ی این جلسه تصویب شده است، پس جلسه دیگر تغییر نمی‌کند و چیزی تغییر نکرد. برای اصلاح آن، اصلاحیه بزنید: نسخه‌ای تازه باز می‌شود که آن هم باید تصویب شود.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="147"/>
        <source>Your login (viewer) may only read this database, so nothing was changed. Ask the secretariat to make the change.</source>
        <translation>ورود شما (بیننده) فقط می‌تواند این پایگاه داده را بخواند، پس چیزی تغییر نکرد. از دبیرخانه بخواهید تغییر را بدهد.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="154"/>
        <source>Your login (lead) may change the follow-up only of the decisions and action items assigned to you, so nothing was changed. Ask the secretariat to change this one.</source>
        <translation>ورود شما (راهبر) فقط پیگیری مصوبه‌ها و اقدام‌هایی را می‌تواند تغییر دهد که به شما سپرده شده‌اند، پس چیزی تغییر نکرد. از دبیرخانه بخواهید این یکی را تغییر دهد.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="161"/>
        <source>Your login (lead) may not change this: only the secretariat can edit meetings, approve or amend minutes and change the other records; a lead changes only the follow-up of the decisions and action items assigned to them. Nothing was changed.</source>
        <translation>ورود شما (راهبر) نمی‌تواند این را تغییر دهد: فقط دبیرخانه جلسه‌ها را ویرایش، صورتجلسه‌ها را تصویب یا اصلاح و دیگر رکوردها را تغییر می‌دهد؛ راهبر فقط پیگیری مصوبه‌ها و اقدام‌های سپرده به خود را تغییر می‌دهد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="169"/>
        <source>Your login (secretariat) may not do this: only the database&apos;s owner can. Nothing was changed.</source>
        <translation>ورود شما (دبیرخانه) نمی‌تواند این کار را بکند: فقط مالک پایگاه داده می‌تواند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="173"/>
        <source>The database server did not allow this to your login, so it was not done. Ask the server&apos;s administrator for the right to change the data.</source>
        <translation>سرور پایگاه داده این کار را به کاربر شما اجازه نداد، پس انجام نشد. از سرپرست سرور اجازه‌ی تغییر داده‌ها را بخواهید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="118"/>
        <source>Someone else was changing the same records on the server, so this was not done. Try again in a moment.</source>
        <translation>کس دیگری همان رکوردها را روی سرور تغییر می‌داد، پس این کار انجام نشد. لحظه‌ای دیگر دوباره بکوشید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="125"/>
        <source>The connection to the database server was lost, so this was not done. Check the network and open the database again.</source>
        <translation>اتصال به سرور پایگاه داده از دست رفت، پس این کار انجام نشد. شبکه را بررسی کنید و پایگاه داده را دوباره باز کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="131"/>
        <source>The database server&apos;s disk is full, so the change was not saved. Tell the server&apos;s administrator.</source>
        <translation>دیسک سرور پایگاه داده پر است، پس تغییر ذخیره نشد. به سرپرست سرور خبر دهید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="193"/>
        <source>The database file is in use by another program, so this could not be done. Close the other program or wait a moment, then try again.</source>
        <translation>پرونده‌ی پایگاه داده در دست برنامه‌ی دیگری است، پس این کار انجام نشد. آن برنامه را ببندید یا اندکی صبر کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="111"/>
        <location filename="../src/storage/Statement.cpp" line="199"/>
        <location filename="../src/storage/Transaction.cpp" line="71"/>
        <source>This database is open read-only, so the change was not saved. Open a copy that you are allowed to change.</source>
        <translation>این پایگاه داده فقط‌خواندنی باز است، پس تغییر ذخیره نشد. رونوشتی را باز کنید که اجازه‌ی تغییرش را دارید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="205"/>
        <source>The database file is damaged, so this could not be done. Restore the file from a backup copy.</source>
        <translation>پرونده‌ی پایگاه داده آسیب دیده است، پس این کار انجام نشد. پرونده را از رونوشت پشتیبان بازگردانید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="212"/>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>دیسک پر است، پس تغییر ذخیره نشد. جایی آزاد کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="218"/>
        <source>Jalaseh could not read or write the database file (a problem with the disk or with permissions). Check the disk and try again.</source>
        <translation>جلسه نتوانست پرونده‌ی پایگاه داده را بخواند یا بنویسد (اشکال دیسک یا اجازه‌ها). دیسک را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="136"/>
        <location filename="../src/storage/Statement.cpp" line="227"/>
        <source>The database reported an error, so this was not done. Please report it with the details.</source>
        <translation>پایگاه داده خطایی گزارش کرد، پس این کار انجام نشد. لطفاً آن را با جزئیاتش گزارش کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Statement.cpp" line="450"/>
        <source>The database holds a value this version of Jalaseh does not know, so it may be damaged or from a newer version. Restore it from a backup copy or update Jalaseh.</source>
        <translation>پایگاه داده مقداری دارد که این نسخه‌ی جلسه نمی‌شناسد، پس شاید آسیب دیده یا از نسخه‌ای تازه‌تر باشد. آن را از رونوشت پشتیبان بازگردانید یا جلسه را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/ActionItemRepository.cpp" line="16"/>
        <source>The meeting, the decision or the owner of this action item does not exist.</source>
        <translation>جلسه، مصوبه یا مسئول این اقدام وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/storage/ActionItemRepository.cpp" line="20"/>
        <source>The action item&apos;s deadline is not a valid date.</source>
        <translation>مهلت این اقدام تاریخ درستی نیست.</translation>
    </message>
    <message>
        <location filename="../src/storage/ActionItemRepository.cpp" line="26"/>
        <source>This action item is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>این اقدام دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. فهرست را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/AgendaItemRepository.cpp" line="73"/>
        <source>The meeting of this agenda item does not exist.</source>
        <translation>جلسه‌ی این دستور جلسه وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/storage/AgendaItemRepository.cpp" line="88"/>
        <source>This agenda item is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>این دستور جلسه دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. جلسه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttendanceRepository.cpp" line="33"/>
        <source>This person is already on the attendance list of this meeting.</source>
        <translation>این فرد از پیش در فهرست حضور این جلسه هست.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttendanceRepository.cpp" line="35"/>
        <source>The meeting, the person or the body of this attendance does not exist.</source>
        <translation>جلسه، فرد یا نهاد این حضور وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttendanceRepository.cpp" line="38"/>
        <source>Minutes late cannot be negative.</source>
        <translation>دقیقه‌های تأخیر منفی نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttendanceRepository.cpp" line="143"/>
        <source>This attendance row is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>این ردیف حضور دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. جلسه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttendanceRepository.cpp" line="162"/>
        <location filename="../src/storage/MeetingRepository.cpp" line="245"/>
        <source>This meeting is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>این جلسه دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. فهرست را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="18"/>
        <source>A person or a body of the merge is no longer in the database.</source>
        <translation>یکی از افراد یا نهادهای این ادغام دیگر در پایگاه داده نیست.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="22"/>
        <source>A membership the merge takes back is in the database again.</source>
        <translation>عضویتی که این ادغام باید بازگرداند، هم‌اکنون در پایگاه داده هست.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="76"/>
        <source>A body cannot be merged into itself. Choose the body that %1 joins.</source>
        <translation>نهادی در خودش ادغام نمی‌شود. نهادی را برگزینید که %1 به آن می‌پیوندد.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="80"/>
        <source>Give the day of the merge as a Jalali date.</source>
        <translation>روز ادغام را به تاریخ شمسی بدهید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="83"/>
        <source>%1 was already merged into %2 on %3; a body is merged only once.</source>
        <translation>%1 پیش‌تر، در تاریخ %3، در %2 ادغام شده است؛ هر نهاد تنها یک بار ادغام می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="88"/>
        <source>%1 was merged into %2, so %2 cannot be merged into it.</source>
        <translation>%1 در %2 ادغام شده است؛ پس %2 نمی‌تواند در آن ادغام شود.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="92"/>
        <source>%1 was itself merged into %2 on %3. Merge %4 into %2 instead.</source>
        <translation>%1 خود در تاریخ %3 در %2 ادغام شده است. %4 را به‌جای آن در %2 ادغام کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="97"/>
        <source>%1 has a meeting on %2, after the day of the merge. Choose a day on or after its last meeting, or move that meeting first.</source>
        <translation>%1 در تاریخ %2، پس از روز ادغام، جلسه دارد. روزی برابر با آخرین جلسه‌اش یا پس از آن برگزینید، یا نخست آن جلسه را جابه‌جا کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="139"/>
        <source>%1 is no longer merged as it was, so the merge cannot be taken back. Reload the list.</source>
        <translation>%1 دیگر آن‌گونه که ادغام شده بود نیست؛ پس ادغام را نمی‌توان برگرداند. فهرست را دوباره بارگذاری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="169"/>
        <location filename="../src/storage/BodyRepository.cpp" line="53"/>
        <source>The body this one is merged into does not exist.</source>
        <translation>نهادی که این یکی در آن ادغام شده وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyRepository.cpp" line="54"/>
        <source>A body needs a name, and a body cannot be merged into itself.</source>
        <translation>نهاد نام می‌خواهد و در خودش ادغام نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="31"/>
        <location filename="../src/storage/BodyMerging.cpp" line="174"/>
        <location filename="../src/storage/BodyRepository.cpp" line="138"/>
        <source>This body is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>این نهاد دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. فهرست را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyRepository.cpp" line="150"/>
        <source>This body cannot be removed: members, meeting series, attendance or merged groups still refer to it. Mark it as inactive instead.</source>
        <translation>این نهاد حذف نمی‌شود: اعضا، سلسله‌جلسه‌ها، حضورها یا گروه‌های ادغام‌شده هنوز به آن اشاره دارند. به جای حذف، آن را غیرفعال کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyRepository.cpp" line="161"/>
        <source>A body with this name already exists. Choose another name, or use the existing body.</source>
        <translation>نهادی با این نام از پیش هست. نام دیگری برگزینید، یا همان نهاد را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../src/storage/ContributionRepository.cpp" line="20"/>
        <source>The meeting, the speaker or the agenda item of this contribution does not exist.</source>
        <translation>جلسه، سخنران یا دستور جلسه‌ی این سخن وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/storage/ContributionRepository.cpp" line="95"/>
        <source>This contribution is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>این سخن دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. جلسه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRepository.cpp" line="23"/>
        <source>The meeting, the person responsible, the proposal or a reviewing meeting of this decision does not exist.</source>
        <translation>جلسه، مسئول پیگیری، پیشنهاد یا جلسه‌ی بررسی‌کننده‌ی این مصوبه وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRepository.cpp" line="27"/>
        <source>The decision&apos;s deadline is not a valid date.</source>
        <translation>مهلت این مصوبه تاریخ درستی نیست.</translation>
    </message>
    <message>
        <location filename="../src/storage/DecisionRepository.cpp" line="33"/>
        <source>This decision is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>این مصوبه دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. جلسه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingRepository.cpp" line="70"/>
        <source>Meeting number %1 already exists in this series. Choose another number.</source>
        <translation>جلسه‌ی شماره‌ی %1 از پیش در این سلسله هست. شماره‌ی دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingRepository.cpp" line="73"/>
        <source>The series, chair or secretary of this meeting does not exist.</source>
        <translation>سلسله، رئیس یا دبیر این جلسه وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingRepository.cpp" line="75"/>
        <source>The meeting&apos;s date or times are not valid, or it ends before it starts.</source>
        <translation>تاریخ یا ساعت‌های جلسه درست نیست، یا پیش از آغاز پایان می‌یابد.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingSeriesRepository.cpp" line="30"/>
        <source>The body of this meeting series does not exist.</source>
        <translation>نهاد این سلسله‌جلسه وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingSeriesRepository.cpp" line="31"/>
        <source>A meeting series needs a name.</source>
        <translation>سلسله‌جلسه نام می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingSeriesRepository.cpp" line="104"/>
        <source>This meeting series is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>این سلسله‌جلسه دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. فهرست را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingSeriesRepository.cpp" line="115"/>
        <source>This meeting series cannot be removed while it has meetings. Remove or move its meetings first.</source>
        <translation>این سلسله‌جلسه تا جلسه دارد حذف نمی‌شود. نخست جلسه‌هایش را حذف یا جابه‌جا کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/MeetingSeriesRepository.cpp" line="134"/>
        <source>A meeting series with this name already exists. Choose another name, or use the existing series.</source>
        <translation>سلسله‌جلسه‌ای با این نام از پیش هست. نام دیگری برگزینید، یا همان سلسله را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../src/storage/MembershipRepository.cpp" line="15"/>
        <source>The person or the body of this membership does not exist.</source>
        <translation>فرد یا نهاد این عضویت وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/storage/BodyMerging.cpp" line="20"/>
        <location filename="../src/storage/MembershipRepository.cpp" line="17"/>
        <source>A membership cannot end before it starts; check the dates.</source>
        <translation>عضویت پیش از آغازش پایان نمی‌یابد؛ تاریخ‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/MembershipRepository.cpp" line="104"/>
        <source>This membership is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>این عضویت دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. فهرست را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/ProposalRepository.cpp" line="21"/>
        <source>The meeting, the proposer, a supporter or the agenda item of this proposal does not exist.</source>
        <translation>جلسه، پیشنهاددهنده، یکی از موافقان یا دستور جلسه‌ی این پیشنهاد وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../src/storage/ProposalRepository.cpp" line="117"/>
        <source>This proposal is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>این پیشنهاد دیگر در پایگاه داده نیست؛ شاید کسی حذفش کرده است. جلسه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/SettingsRepository.cpp" line="77"/>
        <source>The attendance rules were not saved: absences in a row must be from 1 to %1, absences in a year from 1 to %2, and months without a meeting from 1 to %3.</source>
        <translation>قاعده‌های حضور و غیاب ذخیره نشد: غیبت پیاپی باید از ۱ تا %1، غیبت در سال از ۱ تا %2 و ماه‌های بی‌جلسه از ۱ تا %3 باشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/SettingsRepository.cpp" line="111"/>
        <source>The attachment limit was not saved: it must be from 1 byte to %1.</source>
        <translation>سقف پیوست ذخیره نشد: باید از ۱ بایت تا %1 باشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="225"/>
        <source>The database file “%1” is no longer where it was opened: it was removed, moved or renamed, so nothing can be read from or saved to it.</source>
        <translation>پرونده‌ی پایگاه داده‌ی «%1» دیگر جایی نیست که باز شده بود: پاک، جابه‌جا یا نام‌گذاری دوباره شده است، پس نه چیزی از آن خوانده می‌شود و نه چیزی در آن ذخیره می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="230"/>
        <source>Put the file back (or restore it from a backup copy), then open it again with File → Open database.</source>
        <translation>پرونده را به جای خود برگردانید (یا از نسخه‌ی پشتیبان بازگردانید)، سپس آن را دوباره از «پرونده ← باز کردن پایگاه داده» باز کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="241"/>
        <source>The database file “%1” was replaced by another file while it was open, so nothing more is read from or saved to it.</source>
        <translation>پرونده‌ی پایگاه داده‌ی «%1» هنگامی که باز بود با پرونده‌ی دیگری جایگزین شد، پس دیگر چیزی از آن خوانده یا در آن ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="245"/>
        <source>Open it again with File → Open database to see what it holds now.</source>
        <translation>آن را دوباره از «پرونده ← باز کردن پایگاه داده» باز کنید تا ببینید اکنون چه در آن است.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="272"/>
        <source>The folder of the database file “%1” was made read-only while the file was open, so the change was not saved.</source>
        <translation>پوشه‌ی پرونده‌ی پایگاه داده‌ی «%1» در حالی که پرونده باز بود فقط‌خواندنی شد، پس تغییر ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="276"/>
        <source>The database file “%1” was made read-only while it was open, so the change was not saved.</source>
        <translation>پرونده‌ی پایگاه داده‌ی «%1» در حالی که باز بود فقط‌خواندنی شد، پس تغییر ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="280"/>
        <source>Make it writable again and try once more, or save a copy of the database in a folder of yours (File → Save a copy as…).</source>
        <translation>آن را دوباره نوشتنی کنید و باز امتحان کنید، یا رونوشتی از پایگاه داده در پوشه‌ای از خودتان ذخیره کنید (پرونده ← ذخیره‌ی رونوشت به نام…).</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseCopy.cpp" line="76"/>
        <source>This version of Jalaseh cannot copy the database: it does not know the table “%1”.</source>
        <translation>این نسخه‌ی جلسه نمی‌تواند پایگاه داده را رونویسی کند: جدول «%1» را نمی‌شناسد.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseCopy.cpp" line="212"/>
        <source>The two databases have different schema versions; open each once with this version of Jalaseh, then copy again.</source>
        <translation>دو پایگاه داده نسخه‌های طرح متفاوتی دارند؛ هر یک را یک بار با این نسخه‌ی جلسه باز کنید، سپس دوباره رونویسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/DatabaseCopy.cpp" line="219"/>
        <source>The target database already holds records, so nothing was copied.</source>
        <translation>پایگاه داده‌ی مقصد از پیش رکورد دارد، پس چیزی رونویسی نشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="97"/>
        <source>A name for the database server may not contain the character NUL.</source>
        <translation>نامی برای سرور پایگاه داده نمی‌تواند نویسه‌ی NUL داشته باشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="110"/>
        <source>A password may not contain the character NUL.</source>
        <translation>گذرواژه نمی‌تواند نویسه‌ی NUL داشته باشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="330"/>
        <source>A login&apos;s name must have between 1 and 63 bytes (63 Latin letters, about 30 Persian ones).</source>
        <translation>نام ورود باید میان ۱ تا ۶۳ بایت باشد (۶۳ حرف لاتین، نزدیک ۳۰ حرف فارسی).</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="336"/>
        <source>The server already has a login or role named “%1” (logins belong to the whole server, not to one database). Choose another name, or remove it first.</source>
        <translation>سرور از پیش ورود یا نقشی به نام «%1» دارد (ورودها از آنِ همه‌ی سرورند، نه یک پایگاه داده). نام دیگری برگزینید، یا نخست آن را بردارید.</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="361"/>
        <source>“%1” is not a login of this database, so nothing was removed. `jalaseh users list` shows its logins.</source>
        <translation>«%1» ورودی از این پایگاه داده نیست، پس چیزی برداشته نشد. `jalaseh users list` ورودهای آن را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/storage/ServerRoles.cpp" line="372"/>
        <source>The login “%1” still owns something on the server or has rights in another database, so it was not removed. Ask the server&apos;s administrator to reassign or revoke them first.</source>
        <translation>ورود «%1» هنوز چیزی روی سرور دارد یا در پایگاه داده‌ی دیگری حقی دارد، پس برداشته نشد. از مدیر سرور بخواهید نخست آن‌ها را واگذار یا لغو کند.</translation>
    </message>
    <message>
        <location filename="../src/storage/RowVersions.cpp" line="40"/>
        <source>Someone else</source>
        <translation>کس دیگری</translation>
    </message>
    <message>
        <location filename="../src/storage/RowVersions.cpp" line="44"/>
        <source>%1 changed this record after you opened it (%2), so your change was not saved.</source>
        <translation>‏%1 این رکورد را پس از آن‌که شما بازش کردید تغییر داد (%2)، پس تغییر شما ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/RowVersions.cpp" line="48"/>
        <source>Look at it as it is now, then make your change again.</source>
        <translation>آن را همان‌گونه که اکنون هست ببینید، سپس تغییرتان را دوباره بدهید.</translation>
    </message>
    <message>
        <location filename="../src/documents/MinutesSource.cpp" line="83"/>
        <source>The approved minutes (version %1) were stored by a newer version of Jalaseh and cannot be read by this one. Update Jalaseh.</source>
        <translation>صورتجلسه‌ی مصوب (نسخه‌ی %1) را نسخه‌ی تازه‌تری از جلسه ذخیره کرده و این نسخه نمی‌تواند آن را بخواند. جلسه را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="194"/>
        <source>The minutes of this meeting are approved already (version %1); nothing was changed. To change them, amend the minutes.</source>
        <translation>صورتجلسه‌ی این جلسه پیش‌تر تصویب شده است (نسخه‌ی %1)؛ چیزی تغییر نکرد. برای تغییر آن اصلاحیه بزنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="181"/>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="205"/>
        <source>There is no such meeting.</source>
        <translation>چنین جلسه‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="244"/>
        <source>An amendment needs its reason: say what it corrects.</source>
        <translation>اصلاحیه دلیل می‌خواهد: بگویید چه چیزی را اصلاح می‌کند.</translation>
    </message>
    <message>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="251"/>
        <source>An amendment of these minutes (version %1) is open already; approve it before amending again.</source>
        <translation>اصلاحیه‌ای از این صورتجلسه (نسخه‌ی %1) هم‌اکنون باز است؛ پیش از اصلاحیه‌ی دیگر آن را تصویب کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/MinutesVersionRepository.cpp" line="257"/>
        <source>The minutes of this meeting were never approved, so there is nothing to amend: edit the meeting, then approve its minutes.</source>
        <translation>صورتجلسه‌ی این جلسه هرگز تصویب نشده، پس چیزی برای اصلاح نیست: جلسه را ویرایش کنید و سپس صورتجلسه‌اش را تصویب کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/FileHolder.cpp" line="108"/>
        <source>“%1” of the user %2 on the computer %3 (process %4), since %5</source>
        <translation>«%1» از کاربر %2 روی رایانه‌ی %3 (فرایند %4)، از ساعت %5</translation>
    </message>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="44"/>
        <source>The database file “%1” is in use by another program, which is saving to it: %2. So the change was not saved yet.</source>
        <translation>پرونده‌ی پایگاه داده‌ی «%1» در دست برنامه‌ی دیگری است که در آن می‌نویسد: %2. پس تغییر هنوز ذخیره نشده است.</translation>
    </message>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="49"/>
        <source>The database file “%1” is in use by another program, which is saving to it, so the change was not saved yet.</source>
        <translation>پرونده‌ی پایگاه داده‌ی «%1» در دست برنامه‌ی دیگری است که در آن می‌نویسد، پس تغییر هنوز ذخیره نشده است.</translation>
    </message>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="56"/>
        <source>Wait until the other program has finished, then try again; nothing is lost.</source>
        <translation>صبر کنید تا کار آن برنامه تمام شود، سپس دوباره امتحان کنید؛ چیزی از دست نمی‌رود.</translation>
    </message>
    <message>
        <location filename="../src/session/commands/AttachmentCommands.cpp" line="55"/>
        <location filename="../src/storage/AttachmentRepository.cpp" line="32"/>
        <source>This attachment is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>این پیوست دیگر در پایگاه داده نیست؛ شاید کسی آن را حذف کرده باشد. جلسه را دوباره بارگذاری کنید.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttachmentRepository.cpp" line="94"/>
        <source>“%1” was not attached: it is %2, and a file may be at most %3. Attach a smaller file, or raise the limit in the settings.</source>
        <translation>«%1» پیوست نشد: اندازه‌اش %2 است و هر پرونده حداکثر %3 می‌تواند باشد. پرونده‌ی کوچک‌تری پیوست کنید یا سقف را در تنظیمات بالا ببرید.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttachmentRepository.cpp" line="111"/>
        <source>An attachment needs a file name; nothing was attached.</source>
        <translation>پیوست نام پرونده می‌خواهد؛ چیزی پیوست نشد.</translation>
    </message>
    <message>
        <location filename="../src/storage/AttachmentRepository.cpp" line="127"/>
        <source>The meeting of this attachment is no longer in the database; nothing was attached.</source>
        <translation>جلسه‌ی این پیوست دیگر در پایگاه داده نیست؛ چیزی پیوست نشد.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/core/Validation.cpp" line="12"/>
        <source>A person needs a family name.</source>
        <translation>نام خانوادگی فرد را بنویسید.</translation>
    </message>
    <message>
        <location filename="../src/core/Validation.cpp" line="21"/>
        <source>Choose the meeting&apos;s series.</source>
        <translation>سلسله‌ی جلسه را برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/core/Validation.cpp" line="25"/>
        <source>The meeting number must be 1 or more.</source>
        <translation>شماره‌ی جلسه باید ۱ یا بیشتر باشد.</translation>
    </message>
    <message>
        <location filename="../src/core/Validation.cpp" line="28"/>
        <source>The meeting needs a date.</source>
        <translation>تاریخ جلسه را بنویسید.</translation>
    </message>
    <message>
        <location filename="../src/core/Validation.cpp" line="32"/>
        <source>The meeting must end after it starts; check the times.</source>
        <translation>پایان جلسه باید پس از آغاز آن باشد؛ ساعت‌ها را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ActivityChartView</name>
    <message>
        <location filename="../src/app/attendance/ActivityChartView.cpp" line="12"/>
        <location filename="../src/app/attendance/ActivityChartView.cpp" line="34"/>
        <source>Meetings held per season</source>
        <translation>جلسه‌های برگزارشده در هر فصل</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/ActivityChartView.cpp" line="37"/>
        <source>No meetings were held in this period</source>
        <translation>در این دوره جلسه‌ای برگزار نشده است</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::Application</name>
    <message>
        <location filename="../src/app/shell/Application.cpp" line="25"/>
        <source>Something went wrong inside Jalaseh (%1). What was saved before is safe. If it happens again, restart Jalaseh and report the problem.</source>
        <translation>در جلسه خطایی پیش آمد (%1). آنچه پیش‌تر ذخیره شده بود سالم است. اگر دوباره پیش آمد، جلسه را از نو باز کنید و مشکل را گزارش دهید.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/Application.cpp" line="30"/>
        <source>Something went wrong inside Jalaseh. What was saved before is safe. If it happens again, restart Jalaseh and report the problem.</source>
        <translation>در جلسه خطایی پیش آمد. آنچه پیش‌تر ذخیره شده بود سالم است. اگر دوباره پیش آمد، جلسه را از نو باز کنید و مشکل را گزارش دهید.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::AttendanceView</name>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="100"/>
        <source>First day of the period</source>
        <translation>نخستین روز دوره</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="101"/>
        <source>Last day of the period</source>
        <translation>واپسین روز دوره</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="116"/>
        <source>Double-click a meeting to open it</source>
        <translation>برای باز کردن هر جلسه روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="122"/>
        <source>All roles</source>
        <translation>همه نقش‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="127"/>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="128"/>
        <source>late (minutes)</source>
        <translation>تأخیر (دقیقه)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="129"/>
        <source>left early</source>
        <translation>خروج زودهنگام</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="130"/>
        <source>excused absence</source>
        <translation>غیبت موجه</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="131"/>
        <source>absent without excuse</source>
        <translation>غیبت بدون عذر</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="132"/>
        <source>? nothing recorded</source>
        <translation>؟ ثبت نشده</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="133"/>
        <source>not a member</source>
        <translation>عضو نبود</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="211"/>
        <source>The review could not be read from the database; the message at the top of the window says why and what to do.</source>
        <translation>بررسی از پایگاه داده خوانده نشد؛ پیام بالای پنجره می‌گوید چرا و چه باید کرد.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="256"/>
        <source>%1 (merged into %2)</source>
        <translation>%1 (ادغام‌شده در %2)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="270"/>
        <source>Series: %1</source>
        <translation>سلسله‌جلسه: %1</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="294"/>
        <source>This Jalali year (%1)</source>
        <translation>امسال (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="296"/>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="299"/>
        <source>Jalali year %1</source>
        <translation>سال %1</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="301"/>
        <source>Custom period</source>
        <translation>دوره دلخواه</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="347"/>
        <source>The period starts (%1) after it ends (%2); correct one of the dates.</source>
        <translation>آغاز دوره (%1) پس از پایان آن (%2) است؛ یکی از دو تاریخ را درست کنید.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="396"/>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="435"/>
        <source>No meetings of %1 from %2 to %3. Choose another period or body.</source>
        <translation>%1 از %2 تا %3 جلسه‌ای نداشته است. دوره یا نهاد دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="438"/>
        <source>%1 meetings and %2 members from %3 to %4</source>
        <translation>%1 جلسه و %2 عضو، از %3 تا %4</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="444"/>
        <source>; the members&apos; overall attendance rate: %1</source>
        <translation>؛ نرخ حضور همه اعضا: %1</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="448"/>
        <source>With the meetings of %1, merged into it.</source>
        <translation>با جلسه‌های %1 که در آن ادغام شده است.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="448"/>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="500"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="493"/>
        <source>%1: %2 absences without excuse in a row, from %3 to %4</source>
        <translation>%1: %2 غیبت بدون عذر پیاپی، از %3 تا %4</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="496"/>
        <source>%1: %2 absences without excuse in the Jalali year %3</source>
        <translation>%1: %2 غیبت بدون عذر در سال %3</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="499"/>
        <source>Meetings missed without excuse: %1. Double-click to find the row.</source>
        <translation>جلسه‌های غیبت بدون عذر: %1. برای یافتن ردیف دوبار کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="524"/>
        <source>%1: no meeting in the last %2 months; the last was on %3</source>
        <translation>%1: در %2 ماه گذشته جلسه‌ای نداشته؛ آخرین جلسه در %3</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="528"/>
        <source>%1: no meeting recorded yet</source>
        <translation>%1: هنوز جلسه‌ای ثبت نشده است</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="529"/>
        <source>Double-click to show its attendance.</source>
        <translation>برای دیدن حضور و غیاب آن دوبار کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="537"/>
        <source>Alerts (%1)</source>
        <translation>هشدارها (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="539"/>
        <source>Alerts at %1 absences without excuse in a row or %2 in one Jalali year, and for bodies with no meeting in %3 months. Change these limits in File → Settings.</source>
        <translation>هشدار برای %1 غیبت بدون عذر پیاپی یا %2 غیبت در یک سال، و برای نهادهایی که %3 ماه جلسه نداشته‌اند. این مرزها را در پرونده ← تنظیمات تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="561"/>
        <source>The activity could not be read from the database; the message at the top of the window says why and what to do.</source>
        <translation>کارکرد از پایگاه داده خوانده نشد؛ پیام بالای پنجره می‌گوید چرا و چه باید کرد.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="570"/>
        <source>From %1 to %2: %3 meetings, %4 proposals and %5 decisions. Follow-up of the decisions on %6: %7 open, %8 done, %9 overdue.</source>
        <translation>از %1 تا %2: %3 جلسه، %4 پیشنهاد و %5 مصوبه. پیگیری مصوبه‌ها تا %6: %7 باز، %8 انجام‌شده، %9 گذشته از مهلت.</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="603"/>
        <source>All bodies</source>
        <translation>همه نهادها</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="679"/>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="693"/>
        <source>Attendance of %1, %2</source>
        <translation>حضور و غیاب %1، %2</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="696"/>
        <source>Export the attendance as PDF</source>
        <translation>خروجی PDF حضور و غیاب</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="697"/>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="716"/>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="698"/>
        <source>Export the attendance as CSV</source>
        <translation>خروجی CSV حضور و غیاب</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="699"/>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="718"/>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>پرونده‌های CSV برای صفحه‌گسترده (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="731"/>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="737"/>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="712"/>
        <source>Activity of the bodies, %1</source>
        <translation>فعالیت نهادها، %1</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="715"/>
        <source>Export the activity as PDF</source>
        <translation>خروجی PDF فعالیت نهادها</translation>
    </message>
    <message>
        <location filename="../src/app/attendance/AttendanceView.cpp" line="717"/>
        <source>Export the activity as CSV</source>
        <translation>خروجی CSV فعالیت نهادها</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BackupsDialog</name>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="33"/>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="43"/>
        <source>Backing up… You may go on working.</source>
        <translation>در حال پشتیبان‌گیری… می‌توانید به کارتان ادامه دهید.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="39"/>
        <source>Backed up: %1.</source>
        <translation>پشتیبان گرفته شد: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="72"/>
        <source>This file has no backups yet.</source>
        <translation>این پرونده هنوز پشتیبانی ندارد.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="76"/>
        <source>Folder: %1</source>
        <translation>پوشه: %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="89"/>
        <source>restored-%1.jalaseh</source>
        <translation>restored-%1.jalaseh</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="90"/>
        <source>Restore the backup as</source>
        <translation>بازگردانی پشتیبان با نام</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="91"/>
        <source>Jalaseh databases (*.jalaseh *.db);;All files (*)</source>
        <translation>پایگاه‌های داده‌ی جلسه (*.jalaseh *.db);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="103"/>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="107"/>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="106"/>
        <source>Restored as %1.</source>
        <translation>در %1 بازگردانده شد.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="108"/>
        <source>The backup was restored as “%1”. Open it now? (This file stays as it is; you can open it again from File ▸ Recent.)</source>
        <translation>پشتیبان در «%1» بازگردانده شد. اکنون بازش کنم؟ (این پرونده همان‌گونه که هست می‌ماند؛ می‌توانید دوباره از «پرونده ▸ پایگاه‌های داده‌ی اخیر» بازش کنید.)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="123"/>
        <source>Folder for backups</source>
        <translation>پوشه‌ی پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/shell/BackupsDialog.cpp" line="129"/>
        <source>New backups go to %1. The older ones stay where they were.</source>
        <translation>پشتیبان‌های تازه در %1 نوشته می‌شوند. پشتیبان‌های پیشین همان‌جا که بودند می‌مانند.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BodiesView</name>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="148"/>
        <source>Members of %1</source>
        <translation>اعضای %1</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="150"/>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="170"/>
        <source>Add body</source>
        <translation>افزودن نهاد</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="189"/>
        <source>Edit body</source>
        <translation>ویرایش نهاد</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="198"/>
        <location filename="../src/app/bodies/BodiesView.cpp" line="202"/>
        <source>Remove body</source>
        <translation>حذف نهاد</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="199"/>
        <source>Remove %1? (Undo brings it back.)</source>
        <translation>%1 حذف شود؟ (با «واگرد» بازمی‌گردد.)</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="218"/>
        <source>Merge %1</source>
        <translation>ادغام %1</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="233"/>
        <source>Add member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="93"/>
        <location filename="../src/app/bodies/BodiesView.cpp" line="248"/>
        <source>Edit membership</source>
        <translation>ویرایش عضویت</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="90"/>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="90"/>
        <source>&amp;Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="91"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="91"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="92"/>
        <source>Edit &amp;membership…</source>
        <translation>ویرایش عضویت…</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="92"/>
        <source>Open &amp;membership…</source>
        <translation>باز کردن عضویت…</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="94"/>
        <source>Open membership</source>
        <translation>باز کردن عضویت</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodiesView.cpp" line="257"/>
        <source>Remove membership</source>
        <translation>حذف عضویت</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BodyDialog</name>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="20"/>
        <source>(not merged)</source>
        <translation>(ادغام نشده)</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="24"/>
        <source>Merged on</source>
        <translation>تاریخ ادغام</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="27"/>
        <source>Merge with “Merge into…” in the list of bodies; Undo takes a merge back.</source>
        <translation>ادغام را با «ادغام در…» در فهرست نهادها انجام دهید؛ واگرد، ادغام را برمی‌گرداند.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="49"/>
        <source>Edit body</source>
        <translation>ویرایش نهاد</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="49"/>
        <source>New body</source>
        <translation>نهاد جدید</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="55"/>
        <source>Body</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/BodyDialog.cpp" line="74"/>
        <source>A body needs a name.</source>
        <translation>نام نهاد را بنویسید.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BookingConflictBanner</name>
    <message>
        <location filename="../src/app/meetings/BookingConflictBanner.cpp" line="24"/>
        <source>Booking clashes</source>
        <translation>هم‌زمانی‌های جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/BookingConflictBanner.cpp" line="101"/>
        <source>Booked twice at the same time:</source>
        <translation>هم‌زمانی با جلسه‌ای دیگر:</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/BookingConflictBanner.cpp" line="102"/>
        <source>Possibly booked twice (a time is missing):</source>
        <translation>هم‌زمانی احتمالی (ساعت جلسه‌ای ثبت نشده است):</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::CalendarView</name>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="97"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;⚠ red&lt;/span&gt;: a person or a room is booked twice at the same time · &lt;span style=&quot;color:%2&quot;&gt;⚠ amber&lt;/span&gt;: booked twice the same day, and a time is missing</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;⚠ سرخ&lt;/span&gt;: کسی یا مکانی در یک ساعت برای دو جلسه رزرو شده است · &lt;span style=&quot;color:%2&quot;&gt;⚠ نارنجی&lt;/span&gt;: در یک روز برای دو جلسه رزرو شده و ساعت یکی از آن‌ها ثبت نشده است</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="120"/>
        <source>Month view (Ctrl+Shift+M)</source>
        <translation>نمای ماه (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="121"/>
        <source>Week view (Ctrl+Shift+W)</source>
        <translation>نمای هفته (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="249"/>
        <location filename="../src/app/calendar/CalendarView.cpp" line="250"/>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="263"/>
        <source>Previous month (Page Up)</source>
        <translation>ماه پیش (Page Up)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="264"/>
        <source>Previous week (Page Up)</source>
        <translation>هفته‌ی پیش (Page Up)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="265"/>
        <source>Next month (Page Down)</source>
        <translation>ماه بعد (Page Down)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="266"/>
        <source>Next week (Page Down)</source>
        <translation>هفته‌ی بعد (Page Down)</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarView.cpp" line="311"/>
        <source>No meetings on this day.</source>
        <translation>در این روز جلسه‌ای نیست.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::CalendarWeekGrid</name>
    <message>
        <location filename="../src/app/calendar/CalendarWeekGrid.cpp" line="51"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../src/app/calendar/CalendarWeekGrid.cpp" line="125"/>
        <location filename="../src/app/calendar/CalendarWeekGrid.cpp" line="327"/>
        <source>No time</source>
        <translation>بی‌ساعت</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::CarriedOverPanel</name>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="21"/>
        <source>Carried over from earlier meetings</source>
        <translation>موکول‌شده از جلسه‌های پیشین</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="26"/>
        <source>&amp;Outcome:</source>
        <translation>نتیجه:</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="28"/>
        <source>Record as &amp;taken up</source>
        <translation>ثبت بررسی در این جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="29"/>
        <source>&amp;Not taken up here</source>
        <translation>در این جلسه بررسی نشد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="37"/>
        <source>No decision of an earlier meeting of this series is waiting to be taken up.</source>
        <translation>مصوبه‌ای از جلسه‌های پیشین این سلسله‌جلسه در انتظار بررسی نیست.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="39"/>
        <source>Decisions carried over from earlier meetings</source>
        <translation>مصوبه‌های موکول‌شده از جلسه‌های پیشین</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="48"/>
        <source>What this meeting decided</source>
        <translation>تصمیم این جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="49"/>
        <source>Approved in this meeting</source>
        <translation>در این جلسه تصویب شد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="50"/>
        <source>Rejected in this meeting</source>
        <translation>در این جلسه رد شد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="51"/>
        <source>Deferred again</source>
        <translation>دوباره موکول شد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="147"/>
        <source>Take up a carried-over decision</source>
        <translation>بررسی مصوبه‌ی موکول‌شده</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/CarriedOverPanel.cpp" line="162"/>
        <source>Take back the review of a carried-over decision</source>
        <translation>برگرداندن بررسی مصوبه‌ی موکول‌شده</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ConflictPrompt</name>
    <message>
        <location filename="../src/app/shell/ConflictPrompt.cpp" line="28"/>
        <source>Someone else changed this first</source>
        <translation>کس دیگری پیش از شما این را تغییر داد</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConflictPrompt.cpp" line="35"/>
        <source>Apply my change on the new version</source>
        <translation>تغییر من را روی نسخه‌ی تازه اعمال کن</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConflictPrompt.cpp" line="39"/>
        <source>Discard my change</source>
        <translation>تغییر من را کنار بگذار</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConflictPrompt.cpp" line="39"/>
        <source>OK</source>
        <translation>باشد</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ConnectionLabel</name>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="24"/>
        <source>secretariat</source>
        <translation>دبیرخانه</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="26"/>
        <source>lead</source>
        <translation>راهبر</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="28"/>
        <source>viewer</source>
        <translation>بیننده</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="30"/>
        <source>owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="53"/>
        <source>this computer</source>
        <translation>این رایانه</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="65"/>
        <source>%1 as %2</source>
        <translation>%1 با نام %2</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ConnectionLabel.cpp" line="67"/>
        <source>%1 as %2 (%3)</source>
        <translation>%1 با نام %2 (%3)</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::DecisionsView</name>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="76"/>
        <location filename="../src/app/followup/DecisionsView.cpp" line="254"/>
        <source>Still open, overdue first</source>
        <translation>هنوز باز، نخست گذشته از مهلت</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="77"/>
        <location filename="../src/app/followup/DecisionsView.cpp" line="266"/>
        <source>Everyone responsible</source>
        <translation>همه‌ی مسئولان</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="137"/>
        <source>Owner: type part of a name</source>
        <translation>مسئول: بخشی از نام را بنویسید</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="139"/>
        <source>Deadline of the action item</source>
        <translation>مهلت اقدام</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="140"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="256"/>
        <source>Everything of %1</source>
        <translation>همه‌ی موارد سال %1</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="267"/>
        <source>Nobody responsible</source>
        <translation>بی‌مسئول</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="280"/>
        <source>Any state</source>
        <translation>همه‌ی وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="402"/>
        <source>Select a decision to see its action items.</source>
        <translation>برای دیدن اقدام‌های یک مصوبه، آن را برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="417"/>
        <source>Action items of the decision</source>
        <translation>اقدام‌های این مصوبه</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="418"/>
        <source>Action items of its meeting that follow from no decision</source>
        <translation>اقدام‌هایی از همان جلسه که از مصوبه‌ای برنمی‌آیند</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="444"/>
        <source>From %1.</source>
        <translation>از %1.</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="446"/>
        <source>Decided as: %1.</source>
        <translation>وضعیت مصوبه: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="450"/>
        <source>No later meeting has taken it up yet.</source>
        <translation>هنوز جلسه‌ی بعدی آن را بررسی نکرده است.</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="451"/>
        <source>Taken up again in: %1.</source>
        <translation>بررسی دوباره در: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="451"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="464"/>
        <source>Follows from the decision: %1</source>
        <translation>برآمده از مصوبه‌ی: %1</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="476"/>
        <source>%1 of %2 shown, %3 overdue</source>
        <translation>%1 از %2 مورد، %3 گذشته از مهلت</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="480"/>
        <source>; only what falls due by %1</source>
        <translation>؛ فقط آنچه مهلتش تا %1 است</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="525"/>
        <source>matching “%1”</source>
        <translation>دارای «%1»</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="527"/>
        <source>Follow-up of decisions</source>
        <translation>پیگیری مصوبات</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="527"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="556"/>
        <source>Mark as %1</source>
        <translation>تغییر وضعیت به «%1»</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="568"/>
        <source>Open its meeting</source>
        <translation>باز کردن جلسه‌ی آن</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="569"/>
        <source>History…</source>
        <translation>تاریخچه…</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="570"/>
        <source>Add an action item…</source>
        <translation>افزودن اقدام…</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="630"/>
        <source>Mark as %1: %2</source>
        <translation>تغییر وضعیت به «%1»: %2</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="705"/>
        <source>Add an action item</source>
        <translation>افزودن اقدام</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="733"/>
        <location filename="../src/app/followup/DecisionsView.cpp" line="737"/>
        <source>Change an action item</source>
        <translation>تغییر اقدام</translation>
    </message>
    <message>
        <location filename="../src/app/followup/DecisionsView.cpp" line="745"/>
        <source>Remove an action item</source>
        <translation>حذف اقدام</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::HistoryDialog</name>
    <message>
        <location filename="../src/app/meetings/HistoryDialog.cpp" line="21"/>
        <source>History of the meeting</source>
        <translation>تاریخچه‌ی جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/HistoryDialog.cpp" line="24"/>
        <source>History of the decision</source>
        <translation>تاریخچه‌ی مصوبه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/HistoryDialog.cpp" line="28"/>
        <source>Every change is written by the server as it is made, with the login that made it. Nobody can change this list.</source>
        <translation>سرور هر تغییر را همان لحظه، با نام کاربری کسی که آن را انجام داد، ثبت می‌کند. هیچ‌کس نمی‌تواند این فهرست را تغییر دهد.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/HistoryDialog.cpp" line="30"/>
        <source>Every change saved in this file is listed here, newest first, with the user of the computer that saved it.</source>
        <translation>هر تغییری که در این پرونده ذخیره شده، تازه‌ترین در بالا، با نام کاربر رایانه‌ای که آن را ذخیره کرد، این‌جا آمده است.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/HistoryDialog.cpp" line="33"/>
        <source>Nothing has been changed since the history began.</source>
        <translation>از آغاز تاریخچه تاکنون چیزی تغییر نکرده است.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::HomeView</name>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="125"/>
        <source>What needs you this week could not be read from the database; the message at the top of the window says why and what to do.</source>
        <translation>کارهای این هفته از پایگاه داده خوانده نشد؛ پیام بالای پنجره می‌گوید چرا و چه باید کرد.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="140"/>
        <source>%1 no. %2</source>
        <translation>%1 شماره‌ی %2</translation>
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
        <translation>میز کار — %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="159"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="176"/>
        <source>%1 meetings ahead</source>
        <translation>%1 جلسه‌ی پیش رو</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="177"/>
        <source>%1 minutes awaiting approval</source>
        <translation>%1 صورتجلسه در انتظار تصویب</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="179"/>
        <source>%1 follow-ups overdue</source>
        <translation>%1 پیگیری گذشته از مهلت</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="180"/>
        <source>%1 due by Friday</source>
        <translation>%1 سررسید تا جمعه</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="181"/>
        <source>%1 bodies gone quiet</source>
        <translation>%1 نهاد خاموش</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="182"/>
        <source>%1 absence alerts</source>
        <translation>%1 هشدار غیبت</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="183"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="187"/>
        <source>No database is open.</source>
        <translation>هیچ پایگاه داده‌ای باز نیست.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="193"/>
        <source>%1 from today on; the calendar shows them all.</source>
        <translation>%1 از امروز به بعد؛ تقویم همه را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="194"/>
        <location filename="../src/app/home/HomeView.cpp" line="214"/>
        <source>%1 meetings</source>
        <translation>%1 جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="198"/>
        <source>at %1</source>
        <translation>ساعت %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="203"/>
        <source>%1 people invited</source>
        <translation>%1 نفر دعوت‌شده</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="204"/>
        <source>nobody invited yet</source>
        <translation>هنوز کسی دعوت نشده</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="206"/>
        <location filename="../src/app/home/HomeView.cpp" line="239"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="209"/>
        <source>No meeting is planned from today on.</source>
        <translation>از امروز به بعد جلسه‌ای برنامه‌ریزی نشده است.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="213"/>
        <source>%1 held whose minutes are not yet approved.</source>
        <translation>%1 برگزارشده که صورتجلسه‌شان هنوز تصویب نشده است.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="217"/>
        <source>held on %1</source>
        <translation>برگزارشده در %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="219"/>
        <source>Every meeting held has approved minutes.</source>
        <translation>صورتجلسه‌ی همه‌ی جلسه‌های برگزارشده تصویب شده است.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="226"/>
        <source>nobody responsible</source>
        <translation>بی مسئول پیگیری</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="229"/>
        <source>deadline %1</source>
        <translation>مهلت %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="230"/>
        <source>%1 no. %2, %3</source>
        <translation>%1 شماره‌ی %2، %3</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="233"/>
        <source>Decision</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="233"/>
        <source>Task</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="236"/>
        <source>Yours: %1</source>
        <translation>کار شما: %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="244"/>
        <source>%1 past their deadline.</source>
        <translation>%1 که مهلتشان گذشته است.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="245"/>
        <location filename="../src/app/home/HomeView.cpp" line="257"/>
        <source>%1 decisions and tasks</source>
        <translation>%1 مصوبه و اقدام</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="248"/>
        <location filename="../src/app/home/HomeView.cpp" line="261"/>
        <source>%1 of them are yours.</source>
        <translation>%1 مورد از آن‌ها با شماست.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="252"/>
        <source>Nothing is overdue.</source>
        <translation>هیچ کاری از مهلتش نگذشته است.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="256"/>
        <source>%1 due from today to Friday %2.</source>
        <translation>%1 با مهلت از امروز تا جمعه %2.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="265"/>
        <source>Nothing else falls due this week.</source>
        <translation>این هفته مهلت کار دیگری به سر نمی‌رسد.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="268"/>
        <source>%1 with no meeting in the last %2 months.</source>
        <translation>%1 بی هیچ جلسه‌ای در %2 ماه گذشته.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="269"/>
        <source>%1 bodies</source>
        <translation>%1 نهاد</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="275"/>
        <source>last met on %1</source>
        <translation>آخرین جلسه در %1</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="276"/>
        <source>no meeting recorded yet</source>
        <translation>هنوز جلسه‌ای ثبت نشده</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="278"/>
        <source>Every active body has met lately.</source>
        <translation>همه‌ی نهادهای فعال به‌تازگی جلسه داشته‌اند.</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="282"/>
        <source>%1 in the last 12 months, at %2 absences without excuse in a row or %3 in one Jalali year (File → Settings).</source>
        <translation>%1 در دوازده ماه گذشته، برای %2 غیبت بدون عذر پیاپی یا %3 غیبت در یک سال (پرونده ← تنظیمات).</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="284"/>
        <source>%1 alerts</source>
        <translation>%1 هشدار</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="288"/>
        <source>%1 absences without excuse in a row, %2 to %3</source>
        <translation>%1 غیبت بدون عذر پیاپی، از %2 تا %3</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="291"/>
        <source>%1 absences without excuse in the Jalali year %2</source>
        <translation>%1 غیبت بدون عذر در سال %2</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="295"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/home/HomeView.cpp" line="299"/>
        <source>No member is absent too often.</source>
        <translation>هیچ عضوی بیش از اندازه غایب نبوده است.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::JalaliDateEdit</name>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="23"/>
        <source>year/month/day, e.g. 1402/01/21</source>
        <translation>سال/ماه/روز، مانند ۱۴۰۲/۰۱/۲۱</translation>
    </message>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="24"/>
        <source>Calendar…</source>
        <translation>تقویم…</translation>
    </message>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="25"/>
        <source>Pick the date from a Jalali calendar (Alt+Down)</source>
        <translation>برگزیدن تاریخ از تقویم شمسی (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="26"/>
        <source>Open the calendar</source>
        <translation>باز کردن تقویم</translation>
    </message>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="87"/>
        <source>Enter a date, e.g. 1402/01/21.</source>
        <translation>تاریخی بنویسید، مانند ۱۴۰۲/۰۱/۲۱.</translation>
    </message>
    <message>
        <location filename="../src/app/common/JalaliDateEdit.cpp" line="125"/>
        <source>Jalali calendar</source>
        <translation>تقویم شمسی</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MainWindow</name>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="91"/>
        <source>Views</source>
        <translation>نماها</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="92"/>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="92"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="92"/>
        <source>Bodies and members</source>
        <translation>نهادها و اعضا</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="92"/>
        <source>Desk</source>
        <translation>میز کار</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="93"/>
        <source>Attendance</source>
        <translation>حضور و غیاب</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="93"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="93"/>
        <source>Follow-up of decisions</source>
        <translation>پیگیری مصوبات</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="125"/>
        <location filename="../src/app/shell/MainWindow.cpp" line="155"/>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="134"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="164"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="190"/>
        <source>Saved %1</source>
        <translation>%1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="220"/>
        <source>&amp;File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="221"/>
        <source>&amp;New database…</source>
        <translation>پایگاه داده‌ی جدید…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="224"/>
        <source>&amp;Open database…</source>
        <translation>باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="228"/>
        <source>Connect to a &amp;server…</source>
        <translation>اتصال به سرور…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="232"/>
        <source>&amp;Recent databases</source>
        <translation>پایگاه‌های داده‌ی اخیر</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="236"/>
        <source>Save a &amp;copy as…</source>
        <translation>ذخیره‌ی رونوشت به نام…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="239"/>
        <source>&amp;Backups…</source>
        <translation>پشتیبان‌ها…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="242"/>
        <source>&amp;Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="246"/>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="250"/>
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="251"/>
        <source>&amp;Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="255"/>
        <source>&amp;Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="263"/>
        <source>&amp;Find in the list</source>
        <translation>جست‌وجو در فهرست</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="267"/>
        <source>&amp;Search everything…</source>
        <translation>جست‌وجو در همه‌چیز…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="272"/>
        <source>&amp;Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="273"/>
        <source>&amp;New meeting</source>
        <translation>جلسه‌ی جدید</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="278"/>
        <source>&amp;Minutes of this meeting…</source>
        <translation>صورتجلسه‌ی این جلسه…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="297"/>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="306"/>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="307"/>
        <source>&amp;About Jalaseh</source>
        <translation>درباره‌ی جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="309"/>
        <source>About &amp;Qt</source>
        <translation>درباره‌ی Qt</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="320"/>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="383"/>
        <source>(none yet)</source>
        <translation>(هنوز هیچ)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="394"/>
        <source>&amp;Clear this list</source>
        <translation>پاک کردن این فهرست</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="396"/>
        <source>Also forgets the server passwords kept in the desktop&apos;s keychain</source>
        <translation>گذرواژه‌های سرورها را هم از جاکلیدی میزکار پاک می‌کند</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="461"/>
        <source>Opening another database loses them.</source>
        <translation>با گشودن پایگاه داده‌ای دیگر از دست می‌روند.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="462"/>
        <source>Open it and lose them</source>
        <translation>بگشا و از دست برود</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="497"/>
        <source>Reading the password for %1 from the desktop&apos;s keychain…</source>
        <translation>خواندن گذرواژه‌ی %1 از جاکلیدی میزکار…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="540"/>
        <source>Making a new database loses them.</source>
        <translation>با ساختن پایگاه داده‌ای تازه از دست می‌روند.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="540"/>
        <location filename="../src/app/shell/MainWindow.cpp" line="569"/>
        <source>Go on and lose them</source>
        <translation>ادامه بده و از دست برود</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="542"/>
        <location filename="../src/app/shell/MainWindow.cpp" line="547"/>
        <source>New database</source>
        <translation>پایگاه داده‌ی جدید</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="548"/>
        <source>A file named “%1” is already there. Choose another name, or open that file with File → Open database.</source>
        <translation>پرونده‌ای به نام «%1» از پیش هست. نام دیگری برگزینید، یا آن پرونده را از «پرونده ← باز کردن پایگاه داده» باز کنید.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="562"/>
        <source>Open database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="569"/>
        <source>Connecting to a server loses them.</source>
        <translation>با وصل شدن به سرور از دست می‌روند.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="682"/>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="686"/>
        <source>Today&apos;s backup of this file could not be made. %1 Your work is saved as usual.</source>
        <translation>پشتیبان امروزِ این پرونده گرفته نشد. %1 کارتان مثل همیشه ذخیره می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="702"/>
        <source>Last backup: %1</source>
        <translation>آخرین پشتیبان: %1</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="703"/>
        <source>No backup yet</source>
        <translation>هنوز پشتیبانی نیست</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="773"/>
        <location filename="../src/app/shell/MainWindow.cpp" line="792"/>
        <source>New meeting</source>
        <translation>جلسه‌ی جدید</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="774"/>
        <source>Meetings are numbered within a series. Name of the first series:</source>
        <translation>جلسه‌ها در هر سلسله شماره می‌خورند. نام نخستین سلسله:</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="782"/>
        <source>Add series</source>
        <translation>افزودن سلسله</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="888"/>
        <source>Change the organisation</source>
        <translation>تغییر مشخصات سازمان</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="891"/>
        <source>Change the attendance rules</source>
        <translation>تغییر قاعده‌های حضور و غیاب</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="894"/>
        <source>Change the attachment limit</source>
        <translation>تغییر سقف پیوست</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="896"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="897"/>
        <source>The new language takes effect when Jalaseh is started again.</source>
        <translation>زبان تازه پس از اجرای دوباره‌ی جلسه به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="903"/>
        <source>About Jalaseh</source>
        <translation>درباره‌ی جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="918"/>
        <source>The change was not saved</source>
        <translation>تغییر ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="957"/>
        <source>This window now works on the copy “%1”. The file it had open before was left as it was.</source>
        <translation>این پنجره اکنون روی رونوشت «%1» کار می‌کند. پرونده‌ای که پیش‌تر باز بود همان‌گونه که بود ماند.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="971"/>
        <source>Jalaseh</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="975"/>
        <source>%1 — Jalaseh</source>
        <translation>%1 — جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="977"/>
        <source> (read-only)</source>
        <translation> (فقط‌خواندنی)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="1007"/>
        <source>Changes not saved</source>
        <translation>تغییرهای ذخیره‌نشده</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/shell/MainWindow.cpp" line="1008"/>
        <source>%Ln change(s) could not be saved to the database and are kept only in this window.</source>
        <translation>
            <numerusform>%Ln تغییر در پایگاه داده ذخیره نشد و فقط در این پنجره نگه داشته شده است.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="1035"/>
        <source>Closing it loses them.</source>
        <translation>با بستن پنجره از دست می‌روند.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="1015"/>
        <source>Save a copy as…</source>
        <translation>ذخیره‌ی رونوشت به نام…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/MainWindow.cpp" line="1035"/>
        <source>Close and lose them</source>
        <translation>ببند و از دستشان بده</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingAgendaTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingAgendaTab.cpp" line="82"/>
        <source>Add an agenda item</source>
        <translation>افزودن بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAgendaTab.cpp" line="104"/>
        <source>Change an agenda item</source>
        <translation>تغییر بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAgendaTab.cpp" line="112"/>
        <source>Remove an agenda item</source>
        <translation>حذف بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAgendaTab.cpp" line="129"/>
        <source>Move an agenda item</source>
        <translation>جابه‌جایی بند دستور جلسه</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingAttachmentsTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="80"/>
        <source>Drop files on the list to attach them; a file may be at most %1.</source>
        <translation>پرونده‌ها را روی فهرست رها کنید تا پیوست شوند؛ هر پرونده حداکثر %1 می‌تواند باشد.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="108"/>
        <source>Attach files to the meeting</source>
        <translation>پیوست پرونده‌ها به جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="134"/>
        <source>“%1” could not be read (%2); it was not attached.</source>
        <translation>«%1» خوانده نشد (%2)؛ پیوست نشد.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="141"/>
        <source>Attach “%1”</source>
        <translation>پیوست «%1»</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="155"/>
        <source>Remove the attachment “%1”</source>
        <translation>حذف پیوست «%1»</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="177"/>
        <source>Save a copy of the attachment</source>
        <translation>ذخیره‌ی رونوشتی از پیوست</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="192"/>
        <source>“%1” could not be written (%2). Check the folder and the free space, and try again.</source>
        <translation>«%1» نوشته نشد (%2). پوشه و فضای آزاد را بررسی کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttachmentsTab.cpp" line="221"/>
        <source>No program opened “%1”. Save a copy and open it from there.</source>
        <translation>هیچ برنامه‌ای «%1» را باز نکرد. رونوشتی ذخیره کنید و از آن‌جا بازش کنید.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingAttendanceTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="119"/>
        <source>All working-group leads</source>
        <translation>همه‌ی راهبران کارگروه‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="127"/>
        <source>(no body)</source>
        <translation>(بدون نهاد)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="130"/>
        <source>%1 (merged)</source>
        <translation>%1 (ادغام‌شده)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="162"/>
        <source>Add all working-group leads</source>
        <translation>افزودن همه‌ی راهبران کارگروه‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="165"/>
        <source>Add the members of %1</source>
        <translation>افزودن اعضای %1</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="169"/>
        <source>No one was added: everyone is on the list already, or no one holds such a seat on %1. Check the members under Bodies and members (Ctrl+3).</source>
        <translation>کسی افزوده نشد: همه از پیش در فهرست‌اند، یا در %1 کسی چنین سمتی ندارد. اعضا را در «نهادها و اعضا» (Ctrl+3) بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="185"/>
        <source>Add an attendee</source>
        <translation>افزودن حاضر</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="204"/>
        <source>Add a guest</source>
        <translation>افزودن مهمان</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="225"/>
        <source>Add pasted attendees</source>
        <translation>افزودن حاضران چسبانده‌شده</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="258"/>
        <source>Change an attendance</source>
        <translation>تغییر حضور</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingAttendanceTab.cpp" line="266"/>
        <source>Remove an attendee</source>
        <translation>حذف حاضر</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingContributionsTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingContributionsTab.cpp" line="92"/>
        <source>Add a contribution</source>
        <translation>افزودن سخن</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingContributionsTab.cpp" line="115"/>
        <source>Change a contribution</source>
        <translation>تغییر سخن</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingContributionsTab.cpp" line="123"/>
        <source>Remove a contribution</source>
        <translation>حذف سخن</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingContributionsTab.cpp" line="141"/>
        <source>Move a contribution</source>
        <translation>جابه‌جایی سخن</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingDecisionsTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="39"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="75"/>
        <source>(not on a proposal)</source>
        <translation>(بدون پیشنهاد)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="111"/>
        <source>Add a decision</source>
        <translation>افزودن مصوبه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="142"/>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="146"/>
        <source>Change a decision</source>
        <translation>تغییر مصوبه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDecisionsTab.cpp" line="154"/>
        <source>Remove a decision</source>
        <translation>حذف مصوبه</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingDetailsTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="37"/>
        <source>Approve the minutes with &quot;Approve minutes…&quot; above.</source>
        <translation>صورتجلسه را با «تصویب صورتجلسه…» در بالا تصویب کنید.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="40"/>
        <source>Meeting date</source>
        <translation>تاریخ جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="41"/>
        <source>Start time</source>
        <translation>ساعت شروع</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="42"/>
        <source>End time</source>
        <translation>ساعت پایان</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="55"/>
        <source>Change the meeting number</source>
        <translation>تغییر شماره‌ی جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="59"/>
        <source>Change the title</source>
        <translation>تغییر عنوان</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="63"/>
        <source>Change the mode</source>
        <translation>تغییر نحوه‌ی برگزاری</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="68"/>
        <source>Change the venue</source>
        <translation>تغییر مکان</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="72"/>
        <source>Change the online link</source>
        <translation>تغییر پیوند برخط</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="76"/>
        <source>Change the date</source>
        <translation>تغییر تاریخ</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="79"/>
        <source>Change the start time</source>
        <translation>تغییر ساعت شروع</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="82"/>
        <source>Change the end time</source>
        <translation>تغییر ساعت پایان</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="85"/>
        <source>Change the chair</source>
        <translation>تغییر رئیس جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="88"/>
        <source>Change the secretary</source>
        <translation>تغییر دبیر</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="92"/>
        <source>Change the status</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="142"/>
        <source>Change the summary</source>
        <translation>تغییر جمع‌بندی</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="178"/>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="200"/>
        <source>Change the series</source>
        <translation>تغییر سلسله</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="190"/>
        <source>New series</source>
        <translation>سلسله‌ی جدید</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="190"/>
        <source>Name of the new meeting series:</source>
        <translation>نام سلسله‌جلسه‌ی تازه:</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingDetailsTab.cpp" line="196"/>
        <source>Add series</source>
        <translation>افزودن سلسله</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingEditor</name>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="94"/>
        <source>De&amp;tails</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="94"/>
        <source>&amp;Attendance</source>
        <translation>حضور و غیاب</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="94"/>
        <source>A&amp;genda</source>
        <translation>دستور جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="95"/>
        <source>&amp;Contributions</source>
        <translation>سخنان</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="95"/>
        <source>&amp;Proposals</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="95"/>
        <source>&amp;Decisions</source>
        <translation>مصوبه‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="96"/>
        <source>Attach&amp;ments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="247"/>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="248"/>
        <source>Back to the list of meetings (Ctrl+1)</source>
        <translation>بازگشت به فهرست جلسه‌ها (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="269"/>
        <source>An iCalendar file that invitees open to put the meeting in their calendars, with the invitation letter as its description</source>
        <translation>پرونده‌ای iCalendar که مدعوین با باز کردنش جلسه را به تقویم خود می‌افزایند، با متن دعوت‌نامه در توضیحاتش</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="287"/>
        <source>The invitation was not exported</source>
        <translation>دعوت‌نامه برون‌بری نشد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="297"/>
        <source>This meeting is no longer in the database; someone may have removed it.</source>
        <translation>این جلسه دیگر در پایگاه داده نیست؛ شاید کسی آن را حذف کرده است.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="304"/>
        <source>invitation-%1-%2.ics</source>
        <translation>دعوت‌نامه-%1-%2.ics</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="309"/>
        <source>Export the invitation for calendars</source>
        <translation>برون‌بری دعوت‌نامه برای تقویم‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="310"/>
        <source>iCalendar files (*.ics)</source>
        <translation>پرونده‌های iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="326"/>
        <source>The calendar file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>پرونده‌ی تقویم نوشته نشد (%1). ببینید دیسک پر نباشد و دوباره بکوشید.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingEditor.cpp" line="391"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — meeting no. %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — جلسه‌ی شماره‌ی %2، %3</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingProposalsTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingProposalsTab.cpp" line="81"/>
        <source>Add a proposal</source>
        <translation>افزودن پیشنهاد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingProposalsTab.cpp" line="105"/>
        <source>Change a proposal</source>
        <translation>تغییر پیشنهاد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingProposalsTab.cpp" line="113"/>
        <source>Remove a proposal</source>
        <translation>حذف پیشنهاد</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingTab</name>
    <message>
        <location filename="../src/app/meetings/MeetingTab.cpp" line="130"/>
        <source>(no agenda item)</source>
        <translation>(بدون بند دستور جلسه)</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingsView</name>
    <message>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="44"/>
        <source>Any status</source>
        <translation>همه‌ی وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="127"/>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="133"/>
        <source>Remove meeting</source>
        <translation>حذف جلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="128"/>
        <source>Remove meeting no. %1 of %2 with everything recorded in it? (Undo brings it back.)</source>
        <translation>جلسه‌ی شماره‌ی %1 از %2 با همه‌ی آنچه در آن ثبت شده حذف شود؟ (با «واگرد» بازمی‌گردد.)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="141"/>
        <source>All series</source>
        <translation>همه‌ی سلسله‌ها</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MeetingsView.cpp" line="179"/>
        <source>%1 of %2 meetings</source>
        <translation>%1 از %2 جلسه</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MembershipDialog</name>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="22"/>
        <source>Member from</source>
        <translation>عضو از</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="23"/>
        <source>Member until</source>
        <translation>عضو تا</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="36"/>
        <source>Edit membership</source>
        <translation>ویرایش عضویت</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="36"/>
        <source>New membership</source>
        <translation>عضویت جدید</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="42"/>
        <source>Membership</source>
        <translation>عضویت</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="60"/>
        <source>Choose the person: type part of the name and pick it from the list.</source>
        <translation>فرد را برگزینید: بخشی از نام را بنویسید و از فهرست برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="62"/>
        <source>Correct the dates first.</source>
        <translation>نخست تاریخ‌ها را درست کنید.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MembershipDialog.cpp" line="64"/>
        <source>The membership must end after it starts.</source>
        <translation>پایان عضویت باید پس از آغاز آن باشد.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MergeBodyDialog</name>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="27"/>
        <source>Merge %1</source>
        <translation>ادغام %1</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="29"/>
        <source>%1 joins another body. It keeps its name, its series, its meetings and their minutes; its members from that day on become members of the body it joins.</source>
        <translation>%1 به نهادی دیگر می‌پیوندد. نام، سلسله‌جلسه‌ها، جلسه‌ها و صورتجلسه‌هایش برجا می‌مانند؛ اعضایش از آن روز عضو نهادی می‌شوند که به آن پیوسته است.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="35"/>
        <source>Day of the merge</source>
        <translation>روز ادغام</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="37"/>
        <source>&amp;Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="68"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="78"/>
        <source>There is no other body to merge into. Add it first.</source>
        <translation>نهاد دیگری برای ادغام نیست. نخست آن را بیفزایید.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="93"/>
        <source>Nobody is a member of %1 after %2, so nobody joins %3.</source>
        <translation>پس از %2 کسی عضو %1 نیست؛ پس کسی به %3 نمی‌پیوندد.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="96"/>
        <source>%1 people join %2 on %3: %4.</source>
        <translation>%1 نفر از %3 به %2 می‌پیوندند: %4.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="100"/>
        <source>Members of %1 already, who keep their seat: %2.</source>
        <translation>از پیش عضو %1 و عضویتشان برجا می‌ماند: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="103"/>
        <source>%1 has its own lead, deputy or secretary, so these join as members: %2.</source>
        <translation>%1 راهبر، جانشین یا دبیر خود را دارد؛ پس این افراد با نقش عضو می‌پیوندند: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/bodies/MergeBodyDialog.cpp" line="106"/>
        <source>Their seats in %1 end on that day. Undo (Ctrl+Z) takes the whole merge back.</source>
        <translation>عضویتشان در %1 در همان روز پایان می‌یابد. واگرد (Ctrl+Z) همه‌ی ادغام را برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MinutesDialog</name>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="41"/>
        <source>Narrative report</source>
        <translation>گزارش روایی</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="42"/>
        <source>Formal minutes (صورتجلسه)</source>
        <translation>صورتجلسه‌ی رسمی</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="43"/>
        <source>Invitation</source>
        <translation>دعوتنامه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="55"/>
        <source>Minutes, version %1 as approved</source>
        <translation>صورتجلسه، نسخه‌ی %1 چنان‌که تصویب شد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="211"/>
        <source>minutes-%1-%2.%3</source>
        <translation>صورتجلسه-%1-%2.%3</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="221"/>
        <source>Export the minutes</source>
        <translation>برون‌بری صورتجلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="222"/>
        <source>%1 files (*.%2)</source>
        <translation>پرونده‌های %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesDialog.cpp" line="263"/>
        <source>The templates are in %1; open that folder with your file manager and edit them in a text editor. The preview shows your changes when you pick the document again.</source>
        <translation>قالب‌ها در %1 هستند؛ این پوشه را با مدیر پرونده‌ها باز کنید و قالب‌ها را در یک ویرایشگر متن ویرایش کنید. با برگزیدن دوباره سند، پیش‌نمایش تغییرهای شما را نشان می‌دهد.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MinutesRecordStrip</name>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="21"/>
        <source>A&amp;pprove minutes…</source>
        <translation>تصویب صورتجلسه…</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="22"/>
        <source>A&amp;mend…</source>
        <translation>اصلاحیه…</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="23"/>
        <source>&amp;Versions…</source>
        <translation>نسخه‌ها…</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="40"/>
        <source>Keep the minutes as they are now, with a document id; the meeting is then no longer edited</source>
        <translation>صورتجلسه همان‌گونه که اکنون هست با شناسه‌ی سند نگه داشته می‌شود و جلسه دیگر ویرایش نمی‌شود</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="42"/>
        <source>Open a new version of approved minutes to correct them</source>
        <translation>برای اصلاح صورتجلسه‌ی مصوب، نسخه‌ی تازه‌ای باز می‌کند</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="88"/>
        <source>Minutes: a draft, not yet approved.</source>
        <translation>صورتجلسه: پیش‌نویس، هنوز تصویب نشده.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="93"/>
        <source>Minutes approved on %1 (version %2), document id %3. The meeting can no longer be edited; to correct its minutes, amend them.</source>
        <translation>صورتجلسه در %1 تصویب شد (نسخه‌ی %2)، شناسه‌ی سند %3. جلسه دیگر ویرایش نمی‌شود؛ برای اصلاح صورتجلسه، اصلاحیه بزنید.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="100"/>
        <source>Minutes being amended (version %1): %2. Edit the meeting, then approve the minutes again.</source>
        <translation>صورتجلسه در حال اصلاح است (نسخه‌ی %1): %2. جلسه را ویرایش کنید و سپس صورتجلسه را دوباره تصویب کنید.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="116"/>
        <source>The minutes were not approved</source>
        <translation>صورتجلسه تصویب نشد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="123"/>
        <source>No amendment was opened</source>
        <translation>اصلاحیه‌ای باز نشد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="141"/>
        <source>Jalaseh met an error it did not expect (%1); nothing was changed.</source>
        <translation>جلسه به خطایی ناشناخته برخورد (%1)؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="159"/>
        <source>Approve the minutes</source>
        <translation>تصویب صورتجلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="160"/>
        <source>Approve the minutes of this meeting as they are now?</source>
        <translation>صورتجلسه‌ی این جلسه همان‌گونه که اکنون هست تصویب شود؟</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="163"/>
        <source>Every later export will show them exactly as now, with a document id on each page. The meeting can then no longer be edited; a correction needs an amendment, which opens a new version.</source>
        <translation>هر برون‌بری بعدی آن را درست همین‌گونه، با شناسه‌ی سند در هر صفحه، نشان می‌دهد. از آن پس جلسه ویرایش نمی‌شود و هر اصلاحی اصلاحیه می‌خواهد که نسخه‌ی تازه‌ای باز می‌کند.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="166"/>
        <source>Approve</source>
        <translation>تصویب</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="177"/>
        <source>Amend the minutes</source>
        <translation>اصلاحیه‌ی صورتجلسه</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/MinutesRecordStrip.cpp" line="178"/>
        <source>What does the amendment correct? The reason is kept with the new version.</source>
        <translation>اصلاحیه چه چیزی را درست می‌کند؟ دلیل با نسخه‌ی تازه نگه داشته می‌شود.</translation>
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
        <translation>%1 — از پیش در فهرست است</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="50"/>
        <source>New person: %1</source>
        <translation>فرد تازه: %1</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="52"/>
        <source>Choose who: %1 people have this name</source>
        <translation>برگزینید: %1 نفر این نام را دارند</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="55"/>
        <source>Left out</source>
        <translation>کنار گذاشته شد</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="74"/>
        <source>(no body)</source>
        <translation>(بدون نهاد)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="141"/>
        <source>«%1»</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="144"/>
        <source>Not read as names (check that no one is missing): %1</source>
        <translation>این بخش‌ها نام خوانده نشدند (ببینید کسی از قلم نیفتاده باشد): %1</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="145"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="192"/>
        <source>(choose one)</source>
        <translation>(یکی را برگزینید)</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="195"/>
        <source>A new person: %1</source>
        <translation>فرد تازه: %1</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="196"/>
        <source>Leave this name out</source>
        <translation>کنار گذاشتن این نام</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="223"/>
        <source>%1 of the database and %2 new will be added.</source>
        <translation>%1 نفر از پایگاه داده و %2 نفر تازه افزوده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="226"/>
        <source>%1 names fit several people: choose who each is, or they are left out.</source>
        <translation>%1 نام با چند نفر جور درمی‌آید: برای هر یک برگزینید کیست، وگرنه کنار گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="229"/>
        <source>No names read yet. Paste or type a list such as the one shown in the empty field.</source>
        <translation>هنوز نامی خوانده نشده است. فهرستی مانند نمونه‌ای که در کادر خالی می‌بینید بچسبانید یا بنویسید.</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="234"/>
        <source>Add %1 attendees</source>
        <translation>افزودن %1 نفر</translation>
    </message>
    <message>
        <location filename="../src/app/meetings/PasteAttendeesDialog.cpp" line="235"/>
        <source>Add attendees</source>
        <translation>افزودن حاضران</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PeopleView</name>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="77"/>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="77"/>
        <source>&amp;Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="78"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="78"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="119"/>
        <source>Add person</source>
        <translation>افزودن فرد</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="136"/>
        <source>%1: %2, from %3%4</source>
        <translation>%1: %2، از %3%4</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="141"/>
        <source> until %1</source>
        <translation> تا %1</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="152"/>
        <source>Edit person</source>
        <translation>ویرایش فرد</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="160"/>
        <location filename="../src/app/people/PeopleView.cpp" line="164"/>
        <source>Remove person</source>
        <translation>حذف فرد</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="161"/>
        <source>Remove %1 from the database? (Undo brings the person back.)</source>
        <translation>%1 از پایگاه داده حذف شود؟ (با «واگرد» بازمی‌گردد.)</translation>
    </message>
    <message>
        <location filename="../src/app/people/PeopleView.cpp" line="169"/>
        <source>%1 of %2 people</source>
        <translation>%1 از %2 نفر</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PersonDialog</name>
    <message>
        <location filename="../src/app/people/PersonDialog.cpp" line="49"/>
        <source>Edit person</source>
        <translation>ویرایش فرد</translation>
    </message>
    <message>
        <location filename="../src/app/people/PersonDialog.cpp" line="49"/>
        <source>New person</source>
        <translation>فرد جدید</translation>
    </message>
    <message>
        <location filename="../src/app/people/PersonDialog.cpp" line="55"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../src/app/people/PersonDialog.cpp" line="60"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PersonListPicker</name>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="19"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="20"/>
        <source>Take off</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="26"/>
        <source>People chosen</source>
        <translation>افراد برگزیده</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="27"/>
        <source>Person to add to the list</source>
        <translation>فردی که به فهرست افزوده می‌شود</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="28"/>
        <source>Add the person to the list</source>
        <translation>افزودن فرد به فهرست</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="29"/>
        <source>Take the selected person off the list</source>
        <translation>برداشتن فرد برگزیده از فهرست</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="33"/>
        <source>Delete takes the selected person off.</source>
        <translation>کلید Delete فرد برگزیده را برمی‌دارد.</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonListPicker.cpp" line="109"/>
        <source>(unknown person)</source>
        <translation>(فرد ناشناخته)</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PersonPicker</name>
    <message>
        <location filename="../src/app/common/PersonPicker.cpp" line="23"/>
        <source>Type part of a name</source>
        <translation>بخشی از نام را بنویسید</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonPicker.cpp" line="93"/>
        <source>No one is called “%1”. Check the spelling, or add the person under People (Ctrl+2) first.</source>
        <translation>کسی به نام «%1» نیست. نوشتار را بررسی کنید، یا نخست او را در «افراد» (Ctrl+2) بیفزایید.</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonPicker.cpp" line="102"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonPicker.cpp" line="103"/>
        <source>“%1” fits %2 people (%3). Type more of the name, or choose one from the list that opens as you type.</source>
        <translation>«%1» با %2 نفر جور درمی‌آید (%3). بیشتر از نام را بنویسید، یا یکی را از فهرستی که هنگام نوشتن باز می‌شود برگزینید.</translation>
    </message>
    <message>
        <location filename="../src/app/common/PersonPicker.cpp" line="105"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>jalaseh::app::SearchDialog</name>
    <message>
        <location filename="../src/app/shell/SearchDialog.cpp" line="95"/>
        <source>%1, no. %2</source>
        <translation>%1، شماره‌ی %2</translation>
    </message>
    <message>
        <location filename="../src/app/shell/SearchDialog.cpp" line="108"/>
        <source>Type a name, a word of a meeting&apos;s title, series or agenda or of what was said or decided, or a date such as 1402/01/21; Arabic or Persian letters and either digits all match. Enter opens the first hit.</source>
        <translation>نامی، واژه‌ای از عنوان، سلسله یا دستور جلسه یا از آنچه گفته یا تصویب شد، یا تاریخی مانند ۱۴۰۲/۰۱/۲۱ بنویسید؛ حروف عربی یا فارسی و هر دو گونه‌ی رقم یکسان یافته می‌شوند. Enter نخستین یافته را باز می‌کند.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/SearchDialog.cpp" line="112"/>
        <source>Nothing contains “%1”.</source>
        <translation>هیچ‌جا «%1» نیامده است.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/SearchDialog.cpp" line="115"/>
        <source>The first %1 hits, newest meetings first; type more to narrow them.</source>
        <translation>%1 یافته‌ی نخست، تازه‌ترین جلسه‌ها اول؛ برای کمتر شدنشان بیشتر بنویسید.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/SearchDialog.cpp" line="119"/>
        <source>%1 found, newest meetings first.</source>
        <translation>%1 یافته، تازه‌ترین جلسه‌ها اول.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ServerDialog</name>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="29"/>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="35"/>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="36"/>
        <source>Required, and the server&apos;s certificate is checked</source>
        <translation>الزامی، با بررسی گواهی سرور</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="38"/>
        <source>If the server offers it</source>
        <translation>اگر سرور پشتیبانی کند</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="39"/>
        <source>Off (only within a trusted network)</source>
        <translation>خاموش (فقط در شبکه‌ی مطمئن)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="122"/>
        <source>A server address begins with postgresql://, e.g. postgresql://secretary@db.example.org/jalaseh. To open a file, use File → Open database.</source>
        <translation>نشانی سرور با ‎postgresql://‎ آغاز می‌شود، مانند ‎postgresql://secretary@db.example.org/jalaseh‎. برای باز کردن پرونده، «پرونده ← باز کردن پایگاه داده» را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerDialog.cpp" line="194"/>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432); leave it empty for the usual one.</source>
        <translation>درگاه عددی از ۱ تا ۶۵۵۳۵ است (درگاه معمول PostgreSQL ‏۵۴۳۲ است)؛ برای درگاه معمول خالی بگذارید.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ServerStateStrip</name>
    <message>
        <location filename="../src/app/shell/ServerStateStrip.cpp" line="21"/>
        <source>Server connection</source>
        <translation>اتصال به سرور</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerStateStrip.cpp" line="60"/>
        <source>The database server cannot be reached. What you see stays here but may be out of date, and changes cannot be saved until it is back. Jalaseh connects again by itself.</source>
        <translation>سرور پایگاه داده در دسترس نیست. آنچه می‌بینید همین‌جا می‌ماند ولی ممکن است به‌روز نباشد، و تا سرور برنگردد تغییری ذخیره نمی‌شود. جلسه خودش دوباره وصل می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/ServerStateStrip.cpp" line="69"/>
        <source>Connected to the database server again; what you see is up to date.</source>
        <translation>دوباره به سرور پایگاه داده وصل شد؛ آنچه می‌بینید به‌روز است.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::SettingsDialog</name>
    <message>
        <location filename="../src/app/shell/SettingsDialog.cpp" line="137"/>
        <source>Choose the logo</source>
        <translation>گزینش نشان</translation>
    </message>
    <message>
        <location filename="../src/app/shell/SettingsDialog.cpp" line="150"/>
        <source>No logo</source>
        <translation>بدون نشان</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::TimeEdit</name>
    <message>
        <location filename="../src/app/common/TimeEdit.cpp" line="17"/>
        <source>hh:mm</source>
        <translation>ساعت:دقیقه</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::UnsavedEditPrompt</name>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="25"/>
        <source>Save a copy of the database as</source>
        <translation>ذخیره‌ی رونوشت پایگاه داده به نام</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="26"/>
        <source>Jalaseh databases (*.jalaseh *.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده‌ی جلسه (*.jalaseh *.sqlite *.db);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="57"/>
        <source>%1 (copy).%2</source>
        <translation>%1 (رونوشت).%2</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="66"/>
        <source>The copy was not saved</source>
        <translation>رونوشت ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="68"/>
        <source>Your unsaved changes are still kept in this window.</source>
        <translation>تغییرهای ذخیره‌نشده‌ی شما همچنان در این پنجره نگه داشته شده‌اند.</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="81"/>
        <source>Your change “%1” is kept in this window; nothing of it is lost. Try again once the file can be written to, or save a copy of the database with your change in another folder (or on another disk) and go on working there.</source>
        <translation>تغییر شما («%1») در این پنجره نگه داشته شده و چیزی از آن از دست نرفته است. وقتی نوشتن در پرونده ممکن شد دوباره امتحان کنید، یا رونوشتی از پایگاه داده همراه تغییرتان در پوشه‌ای دیگر (یا روی دیسکی دیگر) ذخیره کنید و کار را آنجا ادامه دهید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="85"/>
        <source>Your %Ln changes are kept in this window; nothing of them is lost. Try again once the file can be written to, or save a copy of the database with your changes in another folder (or on another disk) and go on working there.</source>
        <translation>
            <numerusform>%Ln تغییر شما در این پنجره نگه داشته شده و چیزی از آن‌ها از دست نرفته است. وقتی نوشتن در پرونده ممکن شد دوباره امتحان کنید، یا رونوشتی از پایگاه داده همراه تغییرهایتان در پوشه‌ای دیگر (یا روی دیسکی دیگر) ذخیره کنید و کار را آنجا ادامه دهید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="90"/>
        <source>The change is not saved yet</source>
        <translation>تغییر هنوز ذخیره نشده است</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="94"/>
        <source>Try again</source>
        <translation>دوباره امتحان کن</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="99"/>
        <source>Save a copy as…</source>
        <translation>ذخیره‌ی رونوشت به نام…</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="102"/>
        <source>Discard my change</source>
        <translation>تغییر من را کنار بگذار</translation>
    </message>
    <message>
        <location filename="../src/app/shell/UnsavedEditPrompt.cpp" line="104"/>
        <source>Decide later</source>
        <translation>تصمیم بعداً</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::ActionItemListModel</name>
    <message>
        <location filename="../src/session/models/ActionItemListModel.cpp" line="12"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActionItemListModel.cpp" line="12"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActionItemListModel.cpp" line="12"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActionItemListModel.cpp" line="12"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::ActivityTableModel</name>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="66"/>
        <source>All bodies</source>
        <translation>همه نهادها</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="81"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="97"/>
        <source>and %1 planned after today</source>
        <translation>و %1 جلسه پس از امروز در برنامه</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="101"/>
        <source>Approved or deferred decisions whose deadline has passed without being done.</source>
        <translation>مصوبه‌های تصویب‌شده یا به تعویق افتاده‌ای که مهلتشان گذشته و انجام نشده‌اند.</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="138"/>
        <source>Body</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="140"/>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="142"/>
        <source>Proposals</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="144"/>
        <source>Decisions</source>
        <translation>مصوبه‌ها</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="146"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="148"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="150"/>
        <source>Overdue</source>
        <translation>گذشته از مهلت</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="152"/>
        <source>Last meeting</source>
        <translation>آخرین جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="161"/>
        <source>%1 (merged into %2)</source>
        <translation>%1 (ادغام‌شده در %2)</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="166"/>
        <source>Spring</source>
        <translation>بهار</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="166"/>
        <source>Summer</source>
        <translation>تابستان</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="166"/>
        <source>Autumn</source>
        <translation>پاییز</translation>
    </message>
    <message>
        <location filename="../src/session/models/ActivityTableModel.cpp" line="166"/>
        <source>Winter</source>
        <translation>زمستان</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::AgendaListModel</name>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="9"/>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="9"/>
        <source>Agenda item</source>
        <translation>بند دستور جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="9"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="9"/>
        <source>Details</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="33"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="45"/>
        <source>Question put to the room</source>
        <translation>پرسش از حاضران</translation>
    </message>
    <message>
        <location filename="../src/session/models/AgendaListModel.cpp" line="45"/>
        <source>Item</source>
        <translation>بند</translation>
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
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttachmentListModel.cpp" line="67"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttachmentListModel.cpp" line="69"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::AttendanceListModel</name>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="13"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="13"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="13"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="13"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="13"/>
        <source>Represents</source>
        <translation>نماینده‌ی</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceListModel.cpp" line="55"/>
        <source>%1 minutes late</source>
        <translation>%1 دقیقه تأخیر</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::AttendanceMatrixModel</name>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="79"/>
        <source>%1, %2</source>
        <comment>family name, given name</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="102"/>
        <source>guest</source>
        <translation>مهمان</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="107"/>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="109"/>
        <source>late %1</source>
        <translation>تأخیر %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="110"/>
        <source>late</source>
        <translation>تأخیر</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="112"/>
        <source>left early</source>
        <translation>خروج زود</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="114"/>
        <source>excused</source>
        <translation>موجه</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="116"/>
        <source>absent</source>
        <translation>غایب</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="125"/>
        <source>Not a member on that day; came as a guest (%1), which counts for nothing.</source>
        <translation>در آن روز عضو نبود؛ به عنوان مهمان آمد (%1) که در شمار نمی‌آید.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="127"/>
        <source>Not a member on that day.</source>
        <translation>در آن روز عضو نبود.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="130"/>
        <source>Nothing recorded: left out of the rates.</source>
        <translation>چیزی ثبت نشده است؛ در نرخ‌ها شمرده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="133"/>
        <source>Late by %1 minutes</source>
        <translation>%1 دقیقه تأخیر</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="135"/>
        <source>; reason: %1</source>
        <translation>؛ علت: %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="166"/>
        <source>The role at the last meeting %1 was expected at.</source>
        <translation>نقش %1 در آخرین جلسه‌ای که باید در آن حاضر می‌شد.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="169"/>
        <source>%1 attended (on time %2, late %3, left early %4) of the %5 meetings recorded while a member; %6 excused, %7 absent without excuse, %8 not recorded.</source>
        <translation>%1 حضور (به‌موقع %2، با تأخیر %3، خروج زودهنگام %4) از %5 جلسه ثبت‌شده در دوره عضویت؛ %6 غیبت موجه، %7 غیبت بدون عذر، %8 ثبت‌نشده.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="180"/>
        <source>%1 attended of the %2 meetings recorded while a member, leaving out the %3 excused.</source>
        <translation>%1 حضور از %2 جلسه ثبت‌شده در دوره عضویت، بی‌آنکه %3 غیبت موجه شمرده شود.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="204"/>
        <source>%1 — meeting %2, %3: %4</source>
        <translation>%1 — جلسه %2، %3: %4</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="234"/>
        <source>The body as a whole: every member&apos;s attendances over every member&apos;s recorded meetings.</source>
        <translation>نهاد در کل: همه حضورهای اعضا تقسیم بر همه جلسه‌های ثبت‌شده آنان.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="242"/>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="246"/>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="250"/>
        <source>%1 of the %2 members expected came; %3 guests.</source>
        <translation>%1 نفر از %2 عضوی که باید می‌آمدند حاضر شدند؛ %3 مهمان.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="264"/>
        <source>Members present</source>
        <translation>اعضای حاضر</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="268"/>
        <source>Each meeting&apos;s members present of those expected (+ guests).</source>
        <translation>اعضای حاضر هر جلسه از اعضایی که باید می‌آمدند (+ مهمانان).</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="276"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="279"/>
        <source>Rate</source>
        <translation>نرخ حضور</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="280"/>
        <source>Attended (on time, late or left early) of the meetings recorded while a member; an excused absence counts as an absence.</source>
        <translation>حضور (به‌موقع، با تأخیر یا خروج زودهنگام) از جلسه‌های ثبت‌شده در دوره عضویت؛ غیبت موجه هم غیبت شمرده می‌شود.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="284"/>
        <source>Without
excused</source>
        <translation>بدون
غیبت موجه</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="285"/>
        <source>The rate leaving out the meetings with an excused absence.</source>
        <translation>نرخ حضور بی‌آنکه جلسه‌های غیبت موجه شمرده شوند.</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="295"/>
        <source>Meeting %1
%2</source>
        <translation>جلسه %1
%2</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="300"/>
        <source>Meeting %1 of %2</source>
        <translation>جلسه %1 %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/AttendanceMatrixModel.cpp" line="303"/>
        <source>Double-click to open the meeting.</source>
        <translation>برای باز کردن جلسه دوبار کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::Backups</name>
    <message>
        <location filename="../src/session/Backups.cpp" line="129"/>
        <source>before update</source>
        <translation>پیش از به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="131"/>
        <source>before merge</source>
        <translation>پیش از ادغام</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="133"/>
        <source>before copy</source>
        <translation>پیش از رونوشت</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="139"/>
        <source>weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="141"/>
        <source>monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="146"/>
        <source>daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="155"/>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <location filename="../src/session/Backups.cpp" line="155"/>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::BodyListModel</name>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="14"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="14"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="14"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="51"/>
        <source>Merged into %1 on %2</source>
        <translation>ادغام‌شده در %1 از %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="56"/>
        <source>%1; merged from %2</source>
        <translation>%1؛ ادغام‌شده از %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="56"/>
        <location filename="../src/session/models/BodyListModel.cpp" line="93"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="74"/>
        <source>%1 was merged into %2 on %3. Its meetings and minutes keep its name; its attendance counts in the review of %2.</source>
        <translation>%1 در تاریخ %3 در %2 ادغام شد. جلسه‌ها و صورتجلسه‌هایش نام خودش را نگه می‌دارند و حضور و غیابش در بررسی حضور %2 به شمار می‌آید.</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="86"/>
        <source>%1 (on %2)</source>
        <translation>%1 (از %2)</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="87"/>
        <source>%1 (through %2, on %3)</source>
        <translation>%1 (از راه %2، از %3)</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="92"/>
        <source>Merged from: %1. Their meetings are part of the attendance review of %2.</source>
        <translation>ادغام‌شده از: %1. جلسه‌های آن‌ها در بررسی حضور %2 به شمار می‌آیند.</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="53"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../src/session/models/BodyListModel.cpp" line="53"/>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::CalendarModel</name>
    <message>
        <location filename="../src/app/calendar/CalendarDayDelegate.cpp" line="175"/>
        <source>and %1 more</source>
        <translation>و %1 جلسه‌ی دیگر</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="26"/>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="28"/>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="30"/>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="32"/>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="34"/>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="36"/>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="38"/>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="46"/>
        <source>Farvardin</source>
        <translation>فروردین</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="46"/>
        <source>Ordibehesht</source>
        <translation>اردیبهشت</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="46"/>
        <source>Khordad</source>
        <translation>خرداد</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="47"/>
        <source>Tir</source>
        <translation>تیر</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="47"/>
        <source>Mordad</source>
        <translation>مرداد</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="47"/>
        <source>Shahrivar</source>
        <translation>شهریور</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="48"/>
        <source>Mehr</source>
        <translation>مهر</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="48"/>
        <source>Aban</source>
        <translation>آبان</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="48"/>
        <source>Azar</source>
        <translation>آذر</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="49"/>
        <source>Dey</source>
        <translation>دی</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="49"/>
        <source>Bahman</source>
        <translation>بهمن</translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="49"/>
        <source>Esfand</source>
        <translation>اسفند</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/session/models/CalendarModel.cpp" line="177"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n جلسه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/session/models/CalendarModel.cpp" line="179"/>
        <source>with a clash</source>
        <translation>با هم‌زمانی</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::CarriedOverListModel</name>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="14"/>
        <source>Decision</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="14"/>
        <source>From the meeting</source>
        <translation>جلسه‌ی مبدأ</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="14"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="14"/>
        <source>Responsible</source>
        <translation>مسئول پیگیری</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="15"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="15"/>
        <source>In this meeting</source>
        <translation>در این جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="30"/>
        <source>no. %1, %2</source>
        <translation>جلسه‌ی %1، %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="78"/>
        <source>Taken up</source>
        <translation>بررسی شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/CarriedOverListModel.cpp" line="78"/>
        <source>To review</source>
        <translation>برای بررسی</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::ContributionListModel</name>
    <message>
        <location filename="../src/session/models/ContributionListModel.cpp" line="13"/>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../src/session/models/ContributionListModel.cpp" line="13"/>
        <source>Speaker</source>
        <translation>سخنران</translation>
    </message>
    <message>
        <location filename="../src/session/models/ContributionListModel.cpp" line="13"/>
        <source>What was said</source>
        <translation>آنچه گفته شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/ContributionListModel.cpp" line="13"/>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::DatabaseSession</name>
    <message>
        <location filename="../src/session/DatabaseSession.cpp" line="50"/>
        <source>This database is open read-only, so it cannot be changed. Open a copy you may write to, or ask for write access to the file.</source>
        <translation>این پایگاه داده فقط‌خواندنی باز است و تغییر نمی‌پذیرد. رونوشتی را باز کنید که اجازه‌ی نوشتن در آن دارید، یا اجازه‌ی نوشتن در این پرونده را بگیرید.</translation>
    </message>
    <message>
        <location filename="../src/session/DatabaseSession.cpp" line="159"/>
        <source>Jalaseh could not read the database (%1). Try again; if it happens again, open the file once more with File → Open database.</source>
        <translation>جلسه نتوانست پایگاه داده را بخواند (%1). دوباره بکوشید؛ اگر باز هم پیش آمد، پرونده را دوباره از «پرونده ← باز کردن پایگاه داده» باز کنید.</translation>
    </message>
    <message>
        <location filename="../src/session/DatabaseSession.cpp" line="164"/>
        <source>Jalaseh could not read the database. Try again; if it happens again, open the file once more with File → Open database.</source>
        <translation>جلسه نتوانست پایگاه داده را بخواند. دوباره بکوشید؛ اگر باز هم پیش آمد، پرونده را دوباره از «پرونده ← باز کردن پایگاه داده» باز کنید.</translation>
    </message>
    <message>
        <location filename="../src/session/DatabaseSession.cpp" line="256"/>
        <source>The database server cannot be reached, so the change was not saved. Jalaseh connects again by itself; make the change once the window no longer says the server is unreachable.</source>
        <translation>سرور پایگاه داده در دسترس نیست، پس تغییر ذخیره نشد. جلسه خودش دوباره وصل می‌شود؛ وقتی پنجره دیگر نگفت سرور در دسترس نیست، تغییر را دوباره انجام دهید.</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::DecisionListModel</name>
    <message>
        <location filename="../src/session/models/DecisionListModel.cpp" line="13"/>
        <source>Decision</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/DecisionListModel.cpp" line="13"/>
        <source>Responsible</source>
        <translation>مسئول پیگیری</translation>
    </message>
    <message>
        <location filename="../src/session/models/DecisionListModel.cpp" line="13"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../src/session/models/DecisionListModel.cpp" line="13"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/session/models/DecisionListModel.cpp" line="13"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::FollowUpListModel</name>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="40"/>
        <source>Decision or task</source>
        <translation>مصوبه یا اقدام</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="40"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="40"/>
        <source>Responsible</source>
        <translation>مسئول پیگیری</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="40"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="41"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="41"/>
        <source>From the meeting</source>
        <translation>جلسه‌ی مبدأ</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="41"/>
        <source>Reviewed in</source>
        <translation>بررسی‌شده در</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="118"/>
        <source>%1 no. %2, %3</source>
        <translation>%1، شماره‌ی %2، %3</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="119"/>
        <source>no. %1 (%2)</source>
        <translation>جلسه‌ی %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="215"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="226"/>
        <source>Action item</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="228"/>
        <source>Decision (deferred)</source>
        <translation>مصوبه (موکول‌شده)</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="229"/>
        <source>Decision</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="236"/>
        <source>%1 (%2 days late)</source>
        <translation>%1 (%2 روز گذشته)</translation>
    </message>
    <message>
        <location filename="../src/session/models/FollowUpListModel.cpp" line="242"/>
        <source>%1 (marked %2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::HistoryModel</name>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="145"/>
        <source>Meeting added</source>
        <translation>جلسه افزوده شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="146"/>
        <source>Meeting removed</source>
        <translation>جلسه حذف شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="147"/>
        <source>Meeting changed</source>
        <translation>جلسه تغییر کرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="149"/>
        <source>Attendee added</source>
        <translation>حاضر افزوده شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="150"/>
        <source>Attendee removed</source>
        <translation>حاضر حذف شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="151"/>
        <source>Attendance changed</source>
        <translation>حضور و غیاب تغییر کرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="153"/>
        <source>Agenda item added</source>
        <translation>بند دستور جلسه افزوده شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="154"/>
        <source>Agenda item removed</source>
        <translation>بند دستور جلسه حذف شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="155"/>
        <source>Agenda item changed</source>
        <translation>بند دستور جلسه تغییر کرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="157"/>
        <source>Contribution added</source>
        <translation>سخن افزوده شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="158"/>
        <source>Contribution removed</source>
        <translation>سخن حذف شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="159"/>
        <source>Contribution changed</source>
        <translation>سخن تغییر کرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="161"/>
        <source>Proposal added</source>
        <translation>پیشنهاد افزوده شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="162"/>
        <source>Proposal removed</source>
        <translation>پیشنهاد حذف شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="163"/>
        <source>Proposal changed</source>
        <translation>پیشنهاد تغییر کرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="165"/>
        <source>Decision added</source>
        <translation>مصوبه افزوده شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="166"/>
        <source>Decision removed</source>
        <translation>مصوبه حذف شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="167"/>
        <source>Decision changed</source>
        <translation>مصوبه تغییر کرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="169"/>
        <source>Action item added</source>
        <translation>اقدام افزوده شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="170"/>
        <source>Action item removed</source>
        <translation>اقدام حذف شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="171"/>
        <source>Action item changed</source>
        <translation>اقدام تغییر کرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="173"/>
        <source>File attached</source>
        <translation>پرونده پیوست شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="174"/>
        <source>Attachment removed</source>
        <translation>پیوست حذف شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="175"/>
        <source>Attachment changed</source>
        <translation>پیوست تغییر کرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="179"/>
        <source>Minutes approved</source>
        <translation>صورتجلسه تصویب شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="181"/>
        <source>Amendment of the minutes opened</source>
        <translation>اصلاحیه‌ی صورتجلسه باز شد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="181"/>
        <source>Minutes version changed</source>
        <translation>نسخه‌ی صورتجلسه تغییر کرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="190"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="207"/>
        <source>person no. %1</source>
        <translation>فرد شماره‌ی %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="210"/>
        <source>body no. %1</source>
        <translation>نهاد شماره‌ی %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="229"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="229"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="237"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="255"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="246"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="283"/>
        <source>Not known</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="299"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="301"/>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="303"/>
        <source>What</source>
        <translation>چه چیزی</translation>
    </message>
    <message>
        <location filename="../src/session/models/HistoryModel.cpp" line="305"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::MeetingListModel</name>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Series</source>
        <translation>سلسله‌جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Mode</source>
        <translation>نحوه‌ی برگزاری</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Venue</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="17"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="79"/>
        <source>Minutes marked approved, not approved here</source>
        <translation>صورتجلسه مصوب خوانده شده، ولی اینجا تصویب نشده</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="82"/>
        <source>Minutes being amended (version %1)</source>
        <translation>صورتجلسه در حال اصلاح (نسخه‌ی %1)</translation>
    </message>
    <message>
        <location filename="../src/session/models/MeetingListModel.cpp" line="85"/>
        <source>Minutes approved (version %1)</source>
        <translation>صورتجلسه تصویب شد (نسخه‌ی %1)</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::MembershipListModel</name>
    <message>
        <location filename="../src/session/models/MembershipListModel.cpp" line="12"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/MembershipListModel.cpp" line="12"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../src/session/models/MembershipListModel.cpp" line="12"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../src/session/models/MembershipListModel.cpp" line="12"/>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../src/session/models/MembershipListModel.cpp" line="52"/>
        <source>(current)</source>
        <translation>(کنونی)</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::MinutesVersionListModel</name>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="44"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>اثر انگشت SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="51"/>
        <source>Approved</source>
        <translation>تصویب‌شده</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="51"/>
        <source>Being amended</source>
        <translation>در حال اصلاح</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="59"/>
        <source>First approval</source>
        <translation>نخستین تصویب</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="72"/>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="74"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="76"/>
        <source>Approved on</source>
        <translation>زمان تصویب</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="78"/>
        <source>Approved by</source>
        <translation>تصویب‌کننده</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="80"/>
        <source>Document id</source>
        <translation>شناسه‌ی سند</translation>
    </message>
    <message>
        <location filename="../src/session/models/MinutesVersionListModel.cpp" line="82"/>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::PersonListModel</name>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="10"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="10"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="10"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="10"/>
        <source>Affiliation</source>
        <translation>وابستگی سازمانی</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="11"/>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="11"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="52"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../src/session/models/PersonListModel.cpp" line="52"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::ProposalListModel</name>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>Proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>Proposer</source>
        <translation>پیشنهاددهنده</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>Backed by</source>
        <translation>حامیان</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="52"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../src/session/models/ProposalListModel.cpp" line="16"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>jalaseh::session::SearchResultModel</name>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="48"/>
        <location filename="../src/session/models/SearchResultModel.cpp" line="95"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="50"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="52"/>
        <source>Body</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="54"/>
        <source>Contribution</source>
        <translation>سخن</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="56"/>
        <source>Proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="58"/>
        <source>Decision</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="91"/>
        <source>Found in</source>
        <translation>یافته در</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="93"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../src/session/models/SearchResultModel.cpp" line="97"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
</TS>
