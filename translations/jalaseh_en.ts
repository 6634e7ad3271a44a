<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceView</name>
    <message>
        <source>Attendance review (members × meetings, rates, absence alerts) arrives with the attendance issue. Until then each meeting's attendance is recorded in its editor.</source>
        <translation>Attendance review (members × meetings, rates, absence alerts) arrives with the attendance issue. Until then each meeting's attendance is recorded in its editor.</translation>
    </message>
</context>
<context>
    <name>BodiesView</name>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Search as you type (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;New body…</source>
        <translation>&amp;New body…</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>New body</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Edit &amp;membership…</source>
        <translation>Edit &amp;membership…</translation>
    </message>
    <message>
        <source>Edit membership</source>
        <translation>Edit membership</translation>
    </message>
    <message>
        <source>Remove m&amp;embership…</source>
        <translation>Remove m&amp;embership…</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Remove membership</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Merged into:</source>
        <translation>&amp;Merged into:</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Merged &amp;on:</source>
        <translation>Merged &amp;on:</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctive</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Note: %1 was updated to this version of Jalaseh; a copy of the old file was kept as %2.</source>
        <translation>Note: %1 was updated to this version of Jalaseh; a copy of the old file was kept as %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Demo data not added</source>
        <translation>Demo data not added</translation>
    </message>
    <message>
        <source>The new database was created, but the demo meeting could not be added to it: %1</source>
        <translation>The new database was created, but the demo meeting could not be added to it: %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>The database “%1” could not be opened.</source>
        <translation>The database “%1” could not be opened.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>Database updated</translation>
    </message>
    <message>
        <source>This database was written by an older version of Jalaseh (format %1) and has been updated. A copy of the file as it was is kept at:
%2</source>
        <translation>This database was written by an older version of Jalaseh (format %1) and has been updated. A copy of the file as it was is kept at:
%2</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Search as you type (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Which decisions</source>
        <translation>Which decisions</translation>
    </message>
    <message>
        <source>&amp;Open its meeting</source>
        <translation>&amp;Open its meeting</translation>
    </message>
    <message>
        <source>Open its meeting</source>
        <translation>Open its meeting</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Action items of the selected decision</source>
        <translation>Action items of the selected decision</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>No title</translation>
    </message>
    <message>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <source>Eng.</source>
        <translation>Eng.</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Other body</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Minutes approved</translation>
    </message>
    <message>
        <source>Invited guest</source>
        <translation>Invited guest</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jalaseh databases (*.jalaseh *.sqlite *.db);;All files (*)</source>
        <translation>Jalaseh databases (*.jalaseh *.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>← Meetings</source>
        <translation>← Meetings</translation>
    </message>
    <message>
        <source>Back to the meetings</source>
        <translation>Back to the meetings</translation>
    </message>
    <message>
        <source>Min&amp;utes…</source>
        <translation>Min&amp;utes…</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Parts of the meeting</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>New series…</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>New series</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Number in the series</source>
        <translation>Number in the series</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>&amp;Venue or platform:</source>
        <translation>&amp;Venue or platform:</translation>
    </message>
    <message>
        <source>Venue or platform</source>
        <translation>Venue or platform</translation>
    </message>
    <message>
        <source>On&amp;line link:</source>
        <translation>On&amp;line link:</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>S&amp;tarts at:</source>
        <translation>S&amp;tarts at:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Ends at:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secre&amp;tary:</source>
        <translation>Secre&amp;tary:</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closing &amp;summary:</source>
        <translation>Closing &amp;summary:</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>Add the current members of:</source>
        <translation>Add the current members of:</translation>
    </message>
    <message>
        <source>Body whose members to add</source>
        <translation>Body whose members to add</translation>
    </message>
    <message>
        <source>as</source>
        <translation>as</translation>
    </message>
    <message>
        <source>Role of the added members</source>
        <translation>Role of the added members</translation>
    </message>
    <message>
        <source>Add &amp;members</source>
        <translation>Add &amp;members</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Add members</translation>
    </message>
    <message>
        <source>Add a person:</source>
        <translation>Add a person:</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Person to add</translation>
    </message>
    <message>
        <source>Role of the added person</source>
        <translation>Role of the added person</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>New guest:</source>
        <translation>New guest:</translation>
    </message>
    <message>
        <source>Guest family name</source>
        <translation>Guest family name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Guest given name</source>
        <translation>Guest given name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Guest gender</source>
        <translation>Guest gender</translation>
    </message>
    <message>
        <source>Guest title</source>
        <translation>Guest title</translation>
    </message>
    <message>
        <source>Add &amp;guest</source>
        <translation>Add &amp;guest</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Selected attendee</source>
        <translation>Selected attendee</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <source>Role in this meeting</source>
        <translation>Role in this meeting</translation>
    </message>
    <message>
        <source>Attendance status</source>
        <translation>Attendance status</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why excused or absent</source>
        <translation>Why excused or absent</translation>
    </message>
    <message>
        <source>Minutes late:</source>
        <translation>Minutes late:</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>Minutes late</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Contributions</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Move &amp;up (Ctrl+Up)</source>
        <translation>Move &amp;up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move do&amp;wn (Ctrl+Down)</source>
        <translation>Move do&amp;wn (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>S&amp;peaker:</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>What was sa&amp;id:</source>
        <translation>What was sa&amp;id:</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Add &amp;contribution</source>
        <translation>Add &amp;contribution</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Add contribution</translation>
    </message>
    <message>
        <source>C&amp;hange the selected one</source>
        <translation>C&amp;hange the selected one</translation>
    </message>
    <message>
        <source>Change the selected contribution</source>
        <translation>Change the selected contribution</translation>
    </message>
    <message>
        <source>&amp;Proposals and decisions</source>
        <translation>&amp;Proposals and decisions</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Proposal text</source>
        <translation>Proposal text</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Proposal status</source>
        <translation>Proposal status</translation>
    </message>
    <message>
        <source>Add pr&amp;oposal</source>
        <translation>Add pr&amp;oposal</translation>
    </message>
    <message>
        <source>Add proposal</source>
        <translation>Add proposal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change the selected proposal</source>
        <translation>Change the selected proposal</translation>
    </message>
    <message>
        <source>Remove the selected proposal</source>
        <translation>Remove the selected proposal</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>D&amp;ecision:</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>Decision text</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <source>Responsible for follow-up</source>
        <translation>Responsible for follow-up</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Decision status</source>
        <translation>Decision status</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <source>Follow-up state</source>
        <translation>Follow-up state</translation>
    </message>
    <message>
        <source>Add &amp;decision</source>
        <translation>Add &amp;decision</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>Change the selected decision</source>
        <translation>Change the selected decision</translation>
    </message>
    <message>
        <source>Remove the selected decision</source>
        <translation>Remove the selected decision</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Search as you type (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Export &amp;ODT…</translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation>Export ODT</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Export HTML</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copy as text</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Preview of the minutes</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Search as you type (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>G&amp;ender:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliation:</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>University or library</source>
        <translation>University or library</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctive</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Memberships:</source>
        <translation>Memberships:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The file %1 cannot be written (%2). Choose another folder or file name.</source>
        <translation>The file %1 cannot be written (%2). Choose another folder or file name.</translation>
    </message>
    <message>
        <source>The file %1 could not be saved (%2). Check that the disk is not full and try again.</source>
        <translation>The file %1 could not be saved (%2). Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <source>The HTML file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>The HTML file could not be written (%1). Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <source>The template file %1 cannot be read (%2). Check that it exists and that you may read it.</source>
        <translation>The template file %1 cannot be read (%2). Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>The template %1 has a mistake: %2. Correct it, or delete it to use the built-in template.</source>
        <translation>The template %1 has a mistake: %2. Correct it, or delete it to use the built-in template.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation>The folder %1 cannot be created. Choose a folder you may write to.</translation>
    </message>
    <message>
        <source>The template %1 cannot be written. Check that the folder is writable and the disk is not full.</source>
        <translation>The template %1 cannot be written. Check that the folder is writable and the disk is not full.</translation>
    </message>
    <message>
        <source>There is no template named %1. The templates are: %2.</source>
        <translation>There is no template named %1. The templates are: %2.</translation>
    </message>
    <message>
        <source>The template %1 could not be filled in: %2.</source>
        <translation>The template %1 could not be filled in: %2.</translation>
    </message>
    <message>
        <source>The text file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>The text file could not be written (%1). Check that the disk is not full and try again.</translation>
    </message>
    <message>
        <source>The OpenDocument file could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>The OpenDocument file could not be written (%1). Check that the disk is not full and try again.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>A new language takes effect when Jalaseh is started again.</source>
        <translation>A new language takes effect when Jalaseh is started again.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Letter&amp;head lines:</source>
        <translation>Letter&amp;head lines:</translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation>Letterhead lines</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This person is no longer in the database; someone may have removed them. Reload the list.</source>
        <translation>This person is no longer in the database; someone may have removed them. Reload the list.</translation>
    </message>
    <message>
        <source>This person cannot be removed: meetings, memberships, contributions or decisions still refer to them. Mark them as inactive instead.</source>
        <translation>This person cannot be removed: meetings, memberships, contributions or decisions still refer to them. Mark them as inactive instead.</translation>
    </message>
    <message>
        <source>The row to move no longer exists; it may have been removed. Reload the meeting.</source>
        <translation>The row to move no longer exists; it may have been removed. Reload the meeting.</translation>
    </message>
    <message>
        <source>This database is open read-only, so the change was not saved. Open a copy that you are allowed to change.</source>
        <translation>This database is open read-only, so the change was not saved. Open a copy that you are allowed to change.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A person needs a family name.</source>
        <translation>A person needs a family name.</translation>
    </message>
    <message>
        <source>Choose the meeting's series.</source>
        <translation>Choose the meeting's series.</translation>
    </message>
    <message>
        <source>The meeting number must be 1 or more.</source>
        <translation>The meeting number must be 1 or more.</translation>
    </message>
    <message>
        <source>The meeting needs a date.</source>
        <translation>The meeting needs a date.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts; check the times.</source>
        <translation>The meeting must end after it starts; check the times.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ActionItemListModel</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::AttendanceListModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Represents</translation>
    </message>
    <message>
        <source>%1 minutes late</source>
        <translation>%1 minutes late</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BodiesView</name>
    <message>
        <source>Members of %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Add body</translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation>Edit body</translation>
    </message>
    <message>
        <source>Remove body</source>
        <translation>Remove body</translation>
    </message>
    <message>
        <source>Remove %1? (Undo brings it back.)</source>
        <translation>Remove %1? (Undo brings it back.)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Edit membership</source>
        <translation>Edit membership</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Remove membership</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BodyDialog</name>
    <message>
        <source>(not merged)</source>
        <translation>(not merged)</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation>Edit body</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>New body</translation>
    </message>
    <message>
        <source>A body needs a name.</source>
        <translation>A body needs a name.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::BodyListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Merged into %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ContributionListModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::DatabaseSession</name>
    <message>
        <source>This database is open read-only, so it cannot be changed. Open a copy you may write to, or ask for write access to the file.</source>
        <translation>This database is open read-only, so it cannot be changed. Open a copy you may write to, or ask for write access to the file.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::DecisionListModel</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>%1 no. %2, %3</source>
        <translation>%1 no. %2, %3</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::DecisionsView</name>
    <message>
        <source>Open decisions, overdue first</source>
        <translation>Open decisions, overdue first</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <source>%1 of %2 decisions</source>
        <translation>%1 of %2 decisions</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::JalaliDateEdit</name>
    <message>
        <source>year/month/day, e.g. 1402/01/21</source>
        <translation>year/month/day, e.g. 1402/01/21</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Pick the date from a Jalali calendar (Alt+Down)</source>
        <translation>Pick the date from a Jalali calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <source>Enter a date, e.g. 1402/01/21.</source>
        <translation>Enter a date, e.g. 1402/01/21.</translation>
    </message>
    <message>
        <source>Jalali calendar</source>
        <translation>Jalali calendar</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Bodies and members</source>
        <translation>Bodies and members</translation>
    </message>
    <message>
        <source>Decisions and action items</source>
        <translation>Decisions and action items</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find in the list</source>
        <translation>&amp;Find in the list</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>&amp;Minutes of this meeting…</source>
        <translation>&amp;Minutes of this meeting…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Contributions</translation>
    </message>
    <message>
        <source>&amp;Proposals and decisions</source>
        <translation>&amp;Proposals and decisions</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Jalaseh</source>
        <translation>&amp;About Jalaseh</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>A file named “%1” is already there. Choose another name, or open that file with File → Open database.</source>
        <translation>A file named “%1” is already there. Choose another name, or open that file with File → Open database.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Meetings are numbered within a series. Name of the first series:</source>
        <translation>Meetings are numbered within a series. Name of the first series:</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Add series</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language takes effect when Jalaseh is started again.</source>
        <translation>The new language takes effect when Jalaseh is started again.</translation>
    </message>
    <message>
        <source>About Jalaseh</source>
        <translation>About Jalaseh</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jalaseh %1&lt;/h3&gt;&lt;p&gt;Minutes of meetings, Persian first: record who came, what was said, proposed and decided, and issue the minutes as PDF, ODT, HTML or text.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jalaseh %1&lt;/h3&gt;&lt;p&gt;Minutes of meetings, Persian first: record who came, what was said, proposed and decided, and issue the minutes as PDF, ODT, HTML or text.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <source>Jalaseh</source>
        <translation>Jalaseh</translation>
    </message>
    <message>
        <source>%1 — Jalaseh</source>
        <translation>%1 — Jalaseh</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>This database is open read-only; changes cannot be saved.</source>
        <translation>This database is open read-only; changes cannot be saved.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingEditor</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — meeting no. %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — meeting no. %2, %3</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Change the meeting number</source>
        <translation>Change the meeting number</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Change the title</translation>
    </message>
    <message>
        <source>Change the mode</source>
        <translation>Change the mode</translation>
    </message>
    <message>
        <source>Change the venue</source>
        <translation>Change the venue</translation>
    </message>
    <message>
        <source>Change the online link</source>
        <translation>Change the online link</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Change the date</translation>
    </message>
    <message>
        <source>Change the start time</source>
        <translation>Change the start time</translation>
    </message>
    <message>
        <source>Change the end time</source>
        <translation>Change the end time</translation>
    </message>
    <message>
        <source>Change the chair</source>
        <translation>Change the chair</translation>
    </message>
    <message>
        <source>Change the secretary</source>
        <translation>Change the secretary</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <source>Change the summary</source>
        <translation>Change the summary</translation>
    </message>
    <message>
        <source>Change the series</source>
        <translation>Change the series</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>New series</translation>
    </message>
    <message>
        <source>Name of the new meeting series:</source>
        <translation>Name of the new meeting series:</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Add series</translation>
    </message>
    <message>
        <source>Add the members of %1</source>
        <translation>Add the members of %1</translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation>Add an attendee</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation>Add a guest</translation>
    </message>
    <message>
        <source>Change an attendance</source>
        <translation>Change an attendance</translation>
    </message>
    <message>
        <source>Remove an attendee</source>
        <translation>Remove an attendee</translation>
    </message>
    <message>
        <source>Add a contribution</source>
        <translation>Add a contribution</translation>
    </message>
    <message>
        <source>Change a contribution</source>
        <translation>Change a contribution</translation>
    </message>
    <message>
        <source>Remove a contribution</source>
        <translation>Remove a contribution</translation>
    </message>
    <message>
        <source>Move a contribution</source>
        <translation>Move a contribution</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Add a proposal</source>
        <translation>Add a proposal</translation>
    </message>
    <message>
        <source>Change a proposal</source>
        <translation>Change a proposal</translation>
    </message>
    <message>
        <source>Remove a proposal</source>
        <translation>Remove a proposal</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Add a decision</translation>
    </message>
    <message>
        <source>Change a decision</source>
        <translation>Change a decision</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Remove a decision</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MeetingsView</name>
    <message>
        <source>Remove meeting</source>
        <translation>Remove meeting</translation>
    </message>
    <message>
        <source>Remove meeting no. %1 of %2 with everything recorded in it? (Undo brings it back.)</source>
        <translation>Remove meeting no. %1 of %2 with everything recorded in it? (Undo brings it back.)</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>All series</translation>
    </message>
    <message>
        <source>%1 of %2 meetings</source>
        <translation>%1 of %2 meetings</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MembershipDialog</name>
    <message>
        <source>Member from</source>
        <translation>Member from</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Member until</translation>
    </message>
    <message>
        <source>Edit membership</source>
        <translation>Edit membership</translation>
    </message>
    <message>
        <source>New membership</source>
        <translation>New membership</translation>
    </message>
    <message>
        <source>Choose the person: type part of the name and pick it from the list.</source>
        <translation>Choose the person: type part of the name and pick it from the list.</translation>
    </message>
    <message>
        <source>Correct the dates first.</source>
        <translation>Correct the dates first.</translation>
    </message>
    <message>
        <source>The membership must end after it starts.</source>
        <translation>The membership must end after it starts.</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MembershipListModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(current)</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::MinutesDialog</name>
    <message>
        <source>Narrative report</source>
        <translation>Narrative report</translation>
    </message>
    <message>
        <source>Formal minutes (صورتجلسه)</source>
        <translation>Formal minutes (صورتجلسه)</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>minutes-%1-%2.%3</source>
        <translation>minutes-%1-%2.%3</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Export the minutes</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PeopleView</name>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>%1: %2, from %3%4</source>
        <translation>%1: %2, from %3%4</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> until %1</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Remove %1 from the database? (Undo brings the person back.)</source>
        <translation>Remove %1 from the database? (Undo brings the person back.)</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 of %2 people</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PersonListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::PersonPicker</name>
    <message>
        <source>Type part of a name</source>
        <translation>Type part of a name</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::ProposalListModel</name>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Supporters</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>jalaseh::app::TimeEdit</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>jalaseh::cli</name>
    <message>
        <source>Usage: jalaseh [--db FILE] COMMAND [ARGUMENTS]
Without a command, jalaseh opens its window.

Commands:
</source>
        <translation>Usage: jalaseh [--db FILE] COMMAND [ARGUMENTS]
Without a command, jalaseh opens its window.

Commands:
</translation>
    </message>
    <message>
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
        <source>--db needs a file name, e.g. --db minutes.jalaseh</source>
        <translation>--db needs a file name, e.g. --db minutes.jalaseh</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run `jalaseh --help` to see the commands.</source>
        <translation>Unknown command "%1". Run `jalaseh --help` to see the commands.</translation>
    </message>
    <message>
        <source>"%1" needs a database: add --db FILE before the command.</source>
        <translation>"%1" needs a database: add --db FILE before the command.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Internal error: %1</translation>
    </message>
    <message>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <source>Eng.</source>
        <translation>Eng.</translation>
    </message>
    <message>
        <source>steering committee</source>
        <translation>steering committee</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>working group</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>minutes approved</source>
        <translation>minutes approved</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
</context>
<context>
    <name>jalaseh::cli::CommandArguments</name>
    <message>
        <source>%1 is given twice; give it once.</source>
        <translation>%1 is given twice; give it once.</translation>
    </message>
    <message>
        <source>%1 needs a value after it.</source>
        <translation>%1 needs a value after it.</translation>
    </message>
    <message>
        <source>%1 is not an option of this command; add --help to see its options.</source>
        <translation>%1 is not an option of this command; add --help to see its options.</translation>
    </message>
</context>
<context>
    <name>jalaseh::cli::ExportMeetingCommand</name>
    <message>
        <source>Write one meeting with everything recorded about it as a JSON meeting file.</source>
        <translation>Write one meeting with everything recorded about it as a JSON meeting file.</translation>
    </message>
    <message>
        <source>Usage: jalaseh --db FILE export meeting ID [--format json] [-o OUTPUT]

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
        <translation>Usage: jalaseh --db FILE export meeting ID [--format json] [-o OUTPUT]

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
        <source>Give the id of one meeting, e.g. `export meeting 1`; `list meetings` shows the ids.</source>
        <translation>Give the id of one meeting, e.g. `export meeting 1`; `list meetings` shows the ids.</translation>
    </message>
    <message>
        <source>A meeting is exported as json, not "%1". (The minutes as PDF, ODT, HTML or text come from `export minutes`.)</source>
        <translation>A meeting is exported as json, not "%1". (The minutes as PDF, ODT, HTML or text come from `export minutes`.)</translation>
    </message>
    <message>
        <source>%1 has no meeting with id %2. Run `jalaseh --db %1 list meetings` to see the ids.</source>
        <translation>%1 has no meeting with id %2. Run `jalaseh --db %1 list meetings` to see the ids.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Check the folder exists and may be written to.</source>
        <translation>%1 could not be written: %2. Check the folder exists and may be written to.</translation>
    </message>
</context>
<context>
    <name>jalaseh::cli::ImportMeetingCommand</name>
    <message>
        <source>Add a meeting from a JSON meeting file; prints the new meeting's id.</source>
        <translation>Add a meeting from a JSON meeting file; prints the new meeting's id.</translation>
    </message>
    <message>
        <source>Usage: jalaseh --db FILE import meeting MEETING.json

Adds the meeting in MEETING.json (as `export meeting` writes it; the format is
described in docs/meeting-json.md) to the database, and prints its new id.

People are matched by name however the name was typed (Arabic or Persian letters,
with or without the zero-width non-joiner); someone the database does not have is
added. Bodies and the series are matched by name and added when missing. The
meeting's number must be free in its series.

The file is checked first; every problem is listed with the field it is in, e.g.
  attendance[3].person: "رضایی" is not among the file's people
and then nothing is changed: the import is all or nothing.

Example:
  jalaseh --db minutes.jalaseh import meeting meeting-1.json
</source>
        <translation>Usage: jalaseh --db FILE import meeting MEETING.json

Adds the meeting in MEETING.json (as `export meeting` writes it; the format is
described in docs/meeting-json.md) to the database, and prints its new id.

People are matched by name however the name was typed (Arabic or Persian letters,
with or without the zero-width non-joiner); someone the database does not have is
added. Bodies and the series are matched by name and added when missing. The
meeting's number must be free in its series.

The file is checked first; every problem is listed with the field it is in, e.g.
  attendance[3].person: "رضایی" is not among the file's people
and then nothing is changed: the import is all or nothing.

Example:
  jalaseh --db minutes.jalaseh import meeting meeting-1.json
</translation>
    </message>
    <message>
        <source>Give one meeting file, e.g. `import meeting meeting-1.json`.</source>
        <translation>Give one meeting file, e.g. `import meeting meeting-1.json`.</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>There is no file %1. Check the name and the folder.</translation>
    </message>
    <message>
        <source>%1 is too large to be a meeting file (%2 MB).</source>
        <translation>%1 is too large to be a meeting file (%2 MB).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 could not be read: %2.</translation>
    </message>
    <message>
        <source>%1 was not imported, and the database was not changed:</source>
        <translation>%1 was not imported, and the database was not changed:</translation>
    </message>
</context>
<context>
    <name>jalaseh::cli::InitCommand</name>
    <message>
        <source>Create a new database, empty or with demo or synthetic data.</source>
        <translation>Create a new database, empty or with demo or synthetic data.</translation>
    </message>
    <message>
        <source>Usage: jalaseh --db FILE init [--demo | --synthetic YEARS [--seed N]] [--force]

Creates a new Jalaseh database in FILE.

  --demo             fill it with the demo data: the network's organisation, the
                     steering committee and working groups with their members, and
                     three recorded meetings (the first is the seed meeting of
                     1402/01/21)
  --synthetic YEARS  fill it with generated data for YEARS years (1 to 100); ten
                     years are 2,000 people, 5,000 meetings and 100,000 attendance
                     rows; for trying out and measuring speed
  --seed N           the seed of the generated data (default 1); the same seed gives
                     the same database
  --force            replace FILE if it exists (its contents are lost)

Examples:
  jalaseh --db minutes.jalaseh init
  jalaseh --db demo.jalaseh init --demo
  jalaseh --db big.jalaseh init --synthetic 10 --seed 7 --force
</source>
        <translation>Usage: jalaseh --db FILE init [--demo | --synthetic YEARS [--seed N]] [--force]

Creates a new Jalaseh database in FILE.

  --demo             fill it with the demo data: the network's organisation, the
                     steering committee and working groups with their members, and
                     three recorded meetings (the first is the seed meeting of
                     1402/01/21)
  --synthetic YEARS  fill it with generated data for YEARS years (1 to 100); ten
                     years are 2,000 people, 5,000 meetings and 100,000 attendance
                     rows; for trying out and measuring speed
  --seed N           the seed of the generated data (default 1); the same seed gives
                     the same database
  --force            replace FILE if it exists (its contents are lost)

Examples:
  jalaseh --db minutes.jalaseh init
  jalaseh --db demo.jalaseh init --demo
  jalaseh --db big.jalaseh init --synthetic 10 --seed 7 --force
</translation>
    </message>
    <message>
        <source>init takes no other words ("%1"); the file goes after --db, e.g. jalaseh --db minutes.jalaseh init.</source>
        <translation>init takes no other words ("%1"); the file goes after --db, e.g. jalaseh --db minutes.jalaseh init.</translation>
    </message>
    <message>
        <source>Choose either --demo or --synthetic, not both.</source>
        <translation>Choose either --demo or --synthetic, not both.</translation>
    </message>
    <message>
        <source>--synthetic needs a number of years from 1 to %1, not "%2".</source>
        <translation>--synthetic needs a number of years from 1 to %1, not "%2".</translation>
    </message>
    <message>
        <source>--seed goes with --synthetic.</source>
        <translation>--seed goes with --synthetic.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not "%1".</source>
        <translation>--seed needs a whole number from 0 to 4294967295, not "%1".</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to create, e.g. %1/minutes.jalaseh.</source>
        <translation>%1 is a folder; give the name of a file to create, e.g. %1/minutes.jalaseh.</translation>
    </message>
    <message>
        <source>%1 already exists, and init creates a new database. Choose another file name, or add --force to replace it (everything in it is lost).</source>
        <translation>%1 already exists, and init creates a new database. Choose another file name, or add --force to replace it (everything in it is lost).</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it cannot be removed. Check the permissions of the file and its folder.</source>
        <translation>%1 could not be replaced: it cannot be removed. Check the permissions of the file and its folder.</translation>
    </message>
    <message>
        <source>Created %1 with the demo data.</source>
        <translation>Created %1 with the demo data.</translation>
    </message>
    <message>
        <source>Created %1 with %2 years of synthetic data (seed %3).</source>
        <translation>Created %1 with %2 years of synthetic data (seed %3).</translation>
    </message>
    <message>
        <source>Created the empty database %1.</source>
        <translation>Created the empty database %1.</translation>
    </message>
    <message>
        <source>Created %1 with one year of synthetic data (seed %2).</source>
        <translation>Created %1 with one year of synthetic data (seed %2).</translation>
    </message>
</context>
<context>
    <name>jalaseh::cli::ListCommand</name>
    <message>
        <source>List the meetings, people, bodies or decisions of a database.</source>
        <translation>List the meetings, people, bodies or decisions of a database.</translation>
    </message>
    <message>
        <source>Usage: jalaseh --db FILE list meetings|people|bodies|decisions [--format table|tsv]

Prints a table of what the database holds:
  meetings   newest first: id, Jalali date, times, series, number, title, mode, status
  people     in Persian alphabetical order of family and given name
  bodies     the steering committee and working groups, merged ones included
  decisions  every decision with its meeting, status, follow-up, responsible person and deadline

  --format table  columns lined up for reading, Jalali dates in Persian digits (default)
  --format tsv    tab-separated values for scripts: a header line, ISO dates (2023-04-10) and the file format's keys ("online", "in_progress")

The ids in the first column are what `export meeting ID` takes.

Examples:
  jalaseh --db minutes.jalaseh list meetings
  jalaseh --db minutes.jalaseh list decisions --format tsv &gt; decisions.tsv
</source>
        <translation>Usage: jalaseh --db FILE list meetings|people|bodies|decisions [--format table|tsv]

Prints a table of what the database holds:
  meetings   newest first: id, Jalali date, times, series, number, title, mode, status
  people     in Persian alphabetical order of family and given name
  bodies     the steering committee and working groups, merged ones included
  decisions  every decision with its meeting, status, follow-up, responsible person and deadline

  --format table  columns lined up for reading, Jalali dates in Persian digits (default)
  --format tsv    tab-separated values for scripts: a header line, ISO dates (2023-04-10) and the file format's keys ("online", "in_progress")

The ids in the first column are what `export meeting ID` takes.

Examples:
  jalaseh --db minutes.jalaseh list meetings
  jalaseh --db minutes.jalaseh list decisions --format tsv &gt; decisions.tsv
</translation>
    </message>
    <message>
        <source>What should be listed? Add one of: %1.</source>
        <translation>What should be listed? Add one of: %1.</translation>
    </message>
    <message>
        <source>"%1" cannot be listed; list one of: %2.</source>
        <translation>"%1" cannot be listed; list one of: %2.</translation>
    </message>
    <message>
        <source>--format is "table" or "tsv", not "%1".</source>
        <translation>--format is "table" or "tsv", not "%1".</translation>
    </message>
</context>
<context>
    <name>jalaseh::cli::SearchCommand</name>
    <message>
        <source>Find names, contributions, proposals and decisions containing a text.</source>
        <translation>Find names, contributions, proposals and decisions containing a text.</translation>
    </message>
    <message>
        <source>Usage: jalaseh --db FILE search TEXT... [--limit N] [--format table|tsv]

Lists what contains TEXT (several words are searched as one text): meetings,
people, bodies, contributions, proposals and decisions, with the meeting each
belongs to and its Jalali date. Text matches however it was typed: Arabic or
Persian ک and ی, with or without the zero-width non-joiner, Persian or Latin
digits.

  --limit N       show at most N matches (default 200)
  --format table  columns for reading (default); --format tsv for scripts

Examples:
  jalaseh --db minutes.jalaseh search ادغام کارگروه‌ها
  jalaseh --db minutes.jalaseh search رقابی --format tsv
</source>
        <translation>Usage: jalaseh --db FILE search TEXT... [--limit N] [--format table|tsv]

Lists what contains TEXT (several words are searched as one text): meetings,
people, bodies, contributions, proposals and decisions, with the meeting each
belongs to and its Jalali date. Text matches however it was typed: Arabic or
Persian ک and ی, with or without the zero-width non-joiner, Persian or Latin
digits.

  --limit N       show at most N matches (default 200)
  --format table  columns for reading (default); --format tsv for scripts

Examples:
  jalaseh --db minutes.jalaseh search ادغام کارگروه‌ها
  jalaseh --db minutes.jalaseh search رقابی --format tsv
</translation>
    </message>
    <message>
        <source>What should be searched for? Add the text, e.g. `search رقابی`.</source>
        <translation>What should be searched for? Add the text, e.g. `search رقابی`.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to %1, not "%2".</source>
        <translation>--limit needs a number from 1 to %1, not "%2".</translation>
    </message>
    <message>
        <source>--format is "table" or "tsv", not "%1".</source>
        <translation>--format is "table" or "tsv", not "%1".</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Nothing contains "%1".</source>
        <translation>Nothing contains "%1".</translation>
    </message>
</context>
<context>
    <name>jalaseh::exchange::JsonFields</name>
    <message>
        <source>is not a field of this format (the fields here are %1); check its spelling</source>
        <translation>is not a field of this format (the fields here are %1); check its spelling</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>the text %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>is missing; it is required</source>
        <translation>is missing; it is required</translation>
    </message>
    <message>
        <source>should be %1, not %2</source>
        <translation>should be %1, not %2</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2</source>
        <translation>%1 is not one of the allowed values: %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>is empty; write the text</source>
        <translation>is empty; write the text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>%1 is out of range; it should be from %2 to %3</source>
        <translation>%1 is out of range; it should be from %2 to %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>%1 is not a date (expected YYYY-MM-DD, a Gregorian date such as 2023-04-10)</source>
        <translation>%1 is not a date (expected YYYY-MM-DD, a Gregorian date such as 2023-04-10)</translation>
    </message>
    <message>
        <source>%1 is not a time of day (expected HH:MM, such as 13:20)</source>
        <translation>%1 is not a time of day (expected HH:MM, such as 13:20)</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>a list [...]</translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation>an object {...}</translation>
    </message>
</context>
<context>
    <name>jalaseh::exchange::MeetingImport</name>
    <message>
        <source>the series "%1" already has a meeting number %2 (held on %3, id %4); give this meeting the next free number, %5, or import it into another database</source>
        <translation>the series "%1" already has a meeting number %2 (held on %3, id %4); give this meeting the next free number, %5, or import it into another database</translation>
    </message>
</context>
<context>
    <name>jalaseh::exchange::MeetingJsonReader</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2). A meeting file is what `jalaseh export meeting` writes.</source>
        <translation>The file is not valid JSON: %1 (at byte %2). A meeting file is what `jalaseh export meeting` writes.</translation>
    </message>
    <message>
        <source>The file holds JSON but not a meeting: it should be one object {...} with "format": "%1".</source>
        <translation>The file holds JSON but not a meeting: it should be one object {...} with "format": "%1".</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation>... and %1 more problems.</translation>
    </message>
    <message>
        <source>%1 is not a Jalaseh meeting file (expected "%2")</source>
        <translation>%1 is not a Jalaseh meeting file (expected "%2")</translation>
    </message>
    <message>
        <source>%1 is newer than this Jalaseh reads (up to %2); update Jalaseh to import this file</source>
        <translation>%1 is newer than this Jalaseh reads (up to %2); update Jalaseh to import this file</translation>
    </message>
    <message>
        <source>%1 is listed twice among the people (also people[%2]); list each person once</source>
        <translation>%1 is listed twice among the people (also people[%2]); list each person once</translation>
    </message>
    <message>
        <source>%1 is listed twice among the bodies; list each body once</source>
        <translation>%1 is listed twice among the bodies; list each body once</translation>
    </message>
    <message>
        <source>%1 is the same as the start; a meeting ends after it starts</source>
        <translation>%1 is the same as the start; a meeting ends after it starts</translation>
    </message>
    <message>
        <source>%1 is before the start %2; a meeting ends after it starts</source>
        <translation>%1 is before the start %2; a meeting ends after it starts</translation>
    </message>
    <message>
        <source>%1 is not a Jalali date (expected YYYY/MM/DD, such as 1402/01/21)</source>
        <translation>%1 is not a Jalali date (expected YYYY/MM/DD, such as 1402/01/21)</translation>
    </message>
    <message>
        <source>%1 is not the same day as date %2 (which is %3/%4/%5); correct one of them, or leave jalaliDate out</source>
        <translation>%1 is not the same day as date %2 (which is %3/%4/%5); correct one of them, or leave jalaliDate out</translation>
    </message>
    <message>
        <source>only someone who came late has minutes late (the status is "%1"); set the status to "late" or remove minutesLate</source>
        <translation>only someone who came late has minutes late (the status is "%1"); set the status to "late" or remove minutesLate</translation>
    </message>
    <message>
        <source>%1 is listed twice in the attendance; list each person once</source>
        <translation>%1 is listed twice in the attendance; list each person once</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <source>%1 is already named as proposer or supporter; name each person once</source>
        <translation>%1 is already named as proposer or supporter; name each person once</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>should be an object {...}, not %1</source>
        <translation>should be an object {...}, not %1</translation>
    </message>
    <message>
        <source>should be a person's name, not %1</source>
        <translation>should be a person's name, not %1</translation>
    </message>
    <message>
        <source>%1 could be any of %2 people in the file; write the full name (given name, then family name)</source>
        <translation>%1 could be any of %2 people in the file; write the full name (given name, then family name)</translation>
    </message>
    <message>
        <source>%1 is not among the file's people; add the person to "people" or correct the name</source>
        <translation>%1 is not among the file's people; add the person to "people" or correct the name</translation>
    </message>
    <message>
        <source>%1 is not among the file's bodies; add it to "bodies" or correct the name</source>
        <translation>%1 is not among the file's bodies; add it to "bodies" or correct the name</translation>
    </message>
    <message>
        <source>there is no %1 %2 in the file (it has %3, numbered from 1)</source>
        <translation>there is no %1 %2 in the file (it has %3, numbered from 1)</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage</name>
    <message>
        <source>The meeting, the decision or the owner of this action item does not exist.</source>
        <translation>The meeting, the decision or the owner of this action item does not exist.</translation>
    </message>
    <message>
        <source>The action item's deadline is not a valid date.</source>
        <translation>The action item's deadline is not a valid date.</translation>
    </message>
    <message>
        <source>This person is already on the attendance list of this meeting.</source>
        <translation>This person is already on the attendance list of this meeting.</translation>
    </message>
    <message>
        <source>The meeting, the person or the body of this attendance does not exist.</source>
        <translation>The meeting, the person or the body of this attendance does not exist.</translation>
    </message>
    <message>
        <source>Minutes late cannot be negative.</source>
        <translation>Minutes late cannot be negative.</translation>
    </message>
    <message>
        <source>The body this one is merged into does not exist.</source>
        <translation>The body this one is merged into does not exist.</translation>
    </message>
    <message>
        <source>A body needs a name, and a body cannot be merged into itself.</source>
        <translation>A body needs a name, and a body cannot be merged into itself.</translation>
    </message>
    <message>
        <source>The meeting, the speaker or the agenda item of this contribution does not exist.</source>
        <translation>The meeting, the speaker or the agenda item of this contribution does not exist.</translation>
    </message>
    <message>
        <source>“%1” is not a Jalaseh database: it is not a database file at all. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>“%1” is not a Jalaseh database: it is not a database file at all. Choose a file saved by Jalaseh; this file was not changed.</translation>
    </message>
    <message>
        <source>The database file “%1” is damaged and cannot be opened safely. Restore it from a backup copy (Jalaseh saves one beside the file before every update); this file was not changed.</source>
        <translation>The database file “%1” is damaged and cannot be opened safely. Restore it from a backup copy (Jalaseh saves one beside the file before every update); this file was not changed.</translation>
    </message>
    <message>
        <source>The database file “%1” is in use by another program. Close the other program (or the other Jalaseh window) and open the file again; the file was not changed.</source>
        <translation>The database file “%1” is in use by another program. Close the other program (or the other Jalaseh window) and open the file again; the file was not changed.</translation>
    </message>
    <message>
        <source>Jalaseh is not allowed to read “%1”. Check the file's permissions, or ask the person who gave it to you; the file was not changed.</source>
        <translation>Jalaseh is not allowed to read “%1”. Check the file's permissions, or ask the person who gave it to you; the file was not changed.</translation>
    </message>
    <message>
        <source>The database file “%1” is read-only, and it has to be opened for changes. Make the file writable, or copy it to a folder of yours and open the copy; the file was not changed.</source>
        <translation>The database file “%1” is read-only, and it has to be opened for changes. Make the file writable, or copy it to a folder of yours and open the copy; the file was not changed.</translation>
    </message>
    <message>
        <source>The meeting, the person responsible, the proposal or a reviewing meeting of this decision does not exist.</source>
        <translation>The meeting, the person responsible, the proposal or a reviewing meeting of this decision does not exist.</translation>
    </message>
    <message>
        <source>The decision's deadline is not a valid date.</source>
        <translation>The decision's deadline is not a valid date.</translation>
    </message>
    <message>
        <source>Meeting number %1 already exists in this series. Choose another number.</source>
        <translation>Meeting number %1 already exists in this series. Choose another number.</translation>
    </message>
    <message>
        <source>The series, chair or secretary of this meeting does not exist.</source>
        <translation>The series, chair or secretary of this meeting does not exist.</translation>
    </message>
    <message>
        <source>The meeting's date or times are not valid, or it ends before it starts.</source>
        <translation>The meeting's date or times are not valid, or it ends before it starts.</translation>
    </message>
    <message>
        <source>The body of this meeting series does not exist.</source>
        <translation>The body of this meeting series does not exist.</translation>
    </message>
    <message>
        <source>A meeting series needs a name.</source>
        <translation>A meeting series needs a name.</translation>
    </message>
    <message>
        <source>The person or the body of this membership does not exist.</source>
        <translation>The person or the body of this membership does not exist.</translation>
    </message>
    <message>
        <source>A membership cannot end before it starts; check the dates.</source>
        <translation>A membership cannot end before it starts; check the dates.</translation>
    </message>
    <message>
        <source>The meeting, the proposer, a supporter or the agenda item of this proposal does not exist.</source>
        <translation>The meeting, the proposer, a supporter or the agenda item of this proposal does not exist.</translation>
    </message>
    <message>
        <source>The change was refused: it refers to something that does not exist, or removes something other records still use.</source>
        <translation>The change was refused: it refers to something that does not exist, or removes something other records still use.</translation>
    </message>
    <message>
        <source>The change was refused because it would record the same thing twice.</source>
        <translation>The change was refused because it would record the same thing twice.</translation>
    </message>
    <message>
        <source>The change was refused: a value is missing or not allowed there.</source>
        <translation>The change was refused: a value is missing or not allowed there.</translation>
    </message>
    <message>
        <source>The database file is in use by another program, so this could not be done. Close the other program or wait a moment, then try again.</source>
        <translation>The database file is in use by another program, so this could not be done. Close the other program or wait a moment, then try again.</translation>
    </message>
    <message>
        <source>This database is open read-only, so the change was not saved. Open a copy that you are allowed to change.</source>
        <translation>This database is open read-only, so the change was not saved. Open a copy that you are allowed to change.</translation>
    </message>
    <message>
        <source>The database file is damaged, so this could not be done. Restore the file from a backup copy.</source>
        <translation>The database file is damaged, so this could not be done. Restore the file from a backup copy.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>The disk is full, so the change was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>Jalaseh could not read or write the database file (a problem with the disk or with permissions). Check the disk and try again.</source>
        <translation>Jalaseh could not read or write the database file (a problem with the disk or with permissions). Check the disk and try again.</translation>
    </message>
    <message>
        <source>The database reported an error, so this was not done. Please report it with the details.</source>
        <translation>The database reported an error, so this was not done. Please report it with the details.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::ActionItemRepository</name>
    <message>
        <source>This action item is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This action item is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::AgendaItemRepository</name>
    <message>
        <source>The meeting of this agenda item does not exist.</source>
        <translation>The meeting of this agenda item does not exist.</translation>
    </message>
    <message>
        <source>This agenda item is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This agenda item is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::AttendanceRepository</name>
    <message>
        <source>This attendance row is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This attendance row is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
    <message>
        <source>This meeting is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This meeting is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::BodyRepository</name>
    <message>
        <source>This body is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This body is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
    <message>
        <source>This body cannot be removed: members, meeting series, attendance or merged groups still refer to it. Mark it as inactive instead.</source>
        <translation>This body cannot be removed: members, meeting series, attendance or merged groups still refer to it. Mark it as inactive instead.</translation>
    </message>
    <message>
        <source>A body with this name already exists. Choose another name, or use the existing body.</source>
        <translation>A body with this name already exists. Choose another name, or use the existing body.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::ContributionRepository</name>
    <message>
        <source>This contribution is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This contribution is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::DatabaseOpening</name>
    <message>
        <source>The file “%1” does not exist. Check its name and folder, or create a new database.</source>
        <translation>The file “%1” does not exist. Check its name and folder, or create a new database.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file. Choose a file saved by Jalaseh.</source>
        <translation>“%1” is a folder, not a database file. Choose a file saved by Jalaseh.</translation>
    </message>
    <message>
        <source>“%1” is empty, so it is not a Jalaseh database. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>“%1” is empty, so it is not a Jalaseh database. Choose a file saved by Jalaseh; this file was not changed.</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Jalaseh database. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>“%1” is an empty database, not a Jalaseh database. Choose a file saved by Jalaseh; this file was not changed.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not of Jalaseh. Choose a file saved by Jalaseh; this file was not changed.</source>
        <translation>“%1” is a database of another program, not of Jalaseh. Choose a file saved by Jalaseh; this file was not changed.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Jalaseh (schema %1; this version reads up to %2). Update Jalaseh to open it; the file was not changed.</source>
        <translation>This file was written by a newer version of Jalaseh (schema %1; this version reads up to %2). Update Jalaseh to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>The database file “%1” was saved by an older version of Jalaseh and must be updated before it can be opened, but it is read-only. Copy it to a folder of yours and open the copy; the file was not changed.</source>
        <translation>The database file “%1” was saved by an older version of Jalaseh and must be updated before it can be opened, but it is read-only. Copy it to a folder of yours and open the copy; the file was not changed.</translation>
    </message>
    <message>
        <source>Jalaseh must update “%1” to its current format and first saves a copy of it, but could not write the copy. Check that the disk has free space and that the folder may be written to; the file was not changed.</source>
        <translation>Jalaseh must update “%1” to its current format and first saves a copy of it, but could not write the copy. Check that the disk has free space and that the folder may be written to; the file was not changed.</translation>
    </message>
    <message>
        <source>Jalaseh could not update “%1” to its current format (%2) The file was left as it was, and a copy of it was saved as “%3”.</source>
        <translation>Jalaseh could not update “%1” to its current format (%2) The file was left as it was, and a copy of it was saved as “%3”.</translation>
    </message>
    <message>
        <source>Jalaseh could not create “%1”: the folder “%2” does not exist. Choose an existing folder.</source>
        <translation>Jalaseh could not create “%1”: the folder “%2” does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>Jalaseh could not create “%1”: the folder may not be written to. Choose a folder of yours.</source>
        <translation>Jalaseh could not create “%1”: the folder may not be written to. Choose a folder of yours.</translation>
    </message>
    <message>
        <source>Jalaseh could not create the database file “%1”. Check that the disk has free space and that the folder may be written to.</source>
        <translation>Jalaseh could not create the database file “%1”. Check that the disk has free space and that the folder may be written to.</translation>
    </message>
    <message>
        <source>Qt's SQLite driver is missing; reinstall Jalaseh.</source>
        <translation>Qt's SQLite driver is missing; reinstall Jalaseh.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::DecisionRepository</name>
    <message>
        <source>This decision is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This decision is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::MeetingRepository</name>
    <message>
        <source>This meeting is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This meeting is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::MeetingSeriesRepository</name>
    <message>
        <source>This meeting series is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This meeting series is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
    <message>
        <source>This meeting series cannot be removed while it has meetings. Remove or move its meetings first.</source>
        <translation>This meeting series cannot be removed while it has meetings. Remove or move its meetings first.</translation>
    </message>
    <message>
        <source>A meeting series with this name already exists. Choose another name, or use the existing series.</source>
        <translation>A meeting series with this name already exists. Choose another name, or use the existing series.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::MembershipRepository</name>
    <message>
        <source>This membership is no longer in the database; someone may have removed it. Reload the list.</source>
        <translation>This membership is no longer in the database; someone may have removed it. Reload the list.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::ProposalRepository</name>
    <message>
        <source>This proposal is no longer in the database; someone may have removed it. Reload the meeting.</source>
        <translation>This proposal is no longer in the database; someone may have removed it. Reload the meeting.</translation>
    </message>
</context>
<context>
    <name>jalaseh::storage::Statement</name>
    <message>
        <source>The database holds a value this version of Jalaseh does not know, so it may be damaged or from a newer version. Restore it from a backup copy or update Jalaseh.</source>
        <translation>The database holds a value this version of Jalaseh does not know, so it may be damaged or from a newer version. Restore it from a backup copy or update Jalaseh.</translation>
    </message>
</context>
</TS>
