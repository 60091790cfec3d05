<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppStartup</name>
    <message>
        <source>Digital Literacy for All: commune office</source>
        <translation>Digital Literacy for All: commune office</translation>
    </message>
    <message>
        <source>Open this store file instead of the default one.</source>
        <translation>Open this store file instead of the default one.</translation>
    </message>
    <message>
        <source>Load the demo commune if the store is empty.</source>
        <translation>Load the demo commune if the store is empty.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>The data file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo could not be loaded: %1</source>
        <translation>The demo could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the data</source>
        <translation>Back up the data</translation>
    </message>
    <message>
        <source>hocvuso store (*.sqlite)</source>
        <translation>hocvuso store (*.sqlite)</translation>
    </message>
    <message>
        <source>The data was copied to %1.</source>
        <translation>The data was copied to %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The data in %1 will replace the current data when the application restarts. The current data is kept as %2. Continue?</source>
        <translation>The data in %1 will replace the current data when the application restarts. The current data is kept as %2. Continue?</translation>
    </message>
    <message>
        <source>The backup is valid. Restart the application to use it.</source>
        <translation>The backup is valid. Restart the application to use it.</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Creating the demo commune: %1</source>
        <translation>Creating the demo commune: %1</translation>
    </message>
    <message>
        <source>Creating the demo commune...</source>
        <translation>Creating the demo commune...</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>The backup cannot replace the open store itself.</source>
        <translation>The backup cannot replace the open store itself.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the store.</source>
        <translation>Cannot copy %1 beside the store.</translation>
    </message>
    <message>
        <source>the file is damaged (integrity check failed)</source>
        <translation>the file is damaged (integrity check failed)</translation>
    </message>
    <message>
        <source>the file records no commune</source>
        <translation>the file records no commune</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 is not a usable backup: %2</translation>
    </message>
    <message>
        <source>Cannot move the current store aside to %1.</source>
        <translation>Cannot move the current store aside to %1.</translation>
    </message>
    <message>
        <source>Cannot move the restored store into place at %1.</source>
        <translation>Cannot move the restored store into place at %1.</translation>
    </message>
</context>
<context>
    <name>hocvuso::AttendanceModel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>hocvuso::AttendanceSheet</name>
    <message>
        <source>Type a name without diacritics, or scan the ID card's QR code, then Enter</source>
        <translation>Type a name without diacritics, or scan the ID card's QR code, then Enter</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation><numerusform>%n attended</numerusform><numerusform>%n attended</numerusform></translation>
    </message>
    <message>
        <source>No resident has CCCD %1.</source>
        <translation>No resident has CCCD %1.</translation>
    </message>
    <message>
        <source>Nobody matches "%1".</source>
        <translation>Nobody matches "%1".</translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation>The card could not be read: %1</translation>
    </message>
    <message>
        <source>Register a new resident from the ID card</source>
        <translation>Register a new resident from the ID card</translation>
    </message>
    <message>
        <source>Address on the ID card: %1</source>
        <translation>Address on the ID card: %1</translation>
    </message>
    <message>
        <source>Registration cancelled; nobody was marked present.</source>
        <translation>Registration cancelled; nobody was marked present.</translation>
    </message>
    <message>
        <source>Not marked: %1</source>
        <translation>Not marked: %1</translation>
    </message>
    <message>
        <source>%1 was already marked present.</source>
        <translation>%1 was already marked present.</translation>
    </message>
    <message>
        <source>%1 marked present.</source>
        <translation>%1 marked present.</translation>
    </message>
</context>
<context>
    <name>hocvuso::BaselineModel</name>
    <message>
        <source>%1, %2: "%3" is not a whole number of people.</source>
        <translation>%1, %2: "%3" is not a whole number of people.</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>People 16+</source>
        <translation>People 16+</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Public officials</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Enterprise workers</source>
        <translation>Enterprise workers</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Women's Union members</source>
        <translation>Women's Union members</translation>
    </message>
</context>
<context>
    <name>hocvuso::ClassDialog</name>
    <message>
        <source>Using a smartphone and the internet</source>
        <translation>Using a smartphone and the internet</translation>
    </message>
    <message>
        <source>VNeID (install, level 2)</source>
        <translation>VNeID (install, level 2)</translation>
    </message>
    <message>
        <source>Online public services</source>
        <translation>Online public services</translation>
    </message>
    <message>
        <source>Cashless payment and digital banking</source>
        <translation>Cashless payment and digital banking</translation>
    </message>
    <message>
        <source>Online health care</source>
        <translation>Online health care</translation>
    </message>
    <message>
        <source>Cyber safety and fake news</source>
        <translation>Cyber safety and fake news</translation>
    </message>
    <message>
        <source>E-commerce and selling online</source>
        <translation>E-commerce and selling online</translation>
    </message>
    <message>
        <source>AI tools</source>
        <translation>AI tools</translation>
    </message>
    <message>
        <source>Online learning platforms</source>
        <translation>Online learning platforms</translation>
    </message>
    <message>
        <source>In class</source>
        <translation>In class</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Mobile (lưu động)</source>
        <translation>Mobile (lưu động)</translation>
    </message>
    <message>
        <source>Plan a class</source>
        <translation>Plan a class</translation>
    </message>
    <message>
        <source>Edit class</source>
        <translation>Edit class</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Elderly (60+)</source>
        <translation>Elderly (60+)</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>People with disabilities</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Ethnic minorities</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Public officials</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Enterprise workers</source>
        <translation>Enterprise workers</translation>
    </message>
    <message>
        <source>Small traders</source>
        <translation>Small traders</translation>
    </message>
    <message>
        <source>Women's Union members</source>
        <translation>Women's Union members</translation>
    </message>
    <message>
        <source>Youth Union members</source>
        <translation>Youth Union members</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>(whole commune)</source>
        <translation>(whole commune)</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Instructors</translation>
    </message>
    <message>
        <source>Basic digital-skills course (completing it counts as trained)</source>
        <translation>Basic digital-skills course (completing it counts as trained)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>The title is required.</translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <translation>Start date: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>hocvuso::ClassesPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Plan a class</source>
        <translation>Plan a class</translation>
    </message>
    <message>
        <source>Edit class</source>
        <translation>Edit class</translation>
    </message>
    <message>
        <source>Select a class to take attendance.</source>
        <translation>Select a class to take attendance.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Attendance: %1</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
</context>
<context>
    <name>hocvuso::FirstRunDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>This computer has no data yet. Create your commune to start, or load a demo commune to try the application.</source>
        <translation>This computer has no data yet. Create your commune to start, or load a demo commune to try the application.</translation>
    </message>
    <message>
        <source>Create my commune</source>
        <translation>Create my commune</translation>
    </message>
    <message>
        <source>e.g. 10279</source>
        <translation>e.g. 10279</translation>
    </message>
    <message>
        <source>e.g. Xã Ứng Hòa</source>
        <translation>e.g. Xã Ứng Hòa</translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation>e.g. Hà Nội</translation>
    </message>
    <message>
        <source>Commune code *</source>
        <translation>Commune code *</translation>
    </message>
    <message>
        <source>Commune name *</source>
        <translation>Commune name *</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Load the demo commune</source>
        <translation>Load the demo commune</translation>
    </message>
    <message>
        <source>Enter the commune code and name.</source>
        <translation>Enter the commune code and name.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Not created: %1</translation>
    </message>
    <message>
        <source>The demo could not be loaded: %1</source>
        <translation>The demo could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>hocvuso::HouseholdTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Digital family</source>
        <translation>Digital family</translation>
    </message>
</context>
<context>
    <name>hocvuso::HouseholdsPage</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Search household code or a member's name</source>
        <translation>Search household code or a member's name</translation>
    </message>
    <message>
        <source>Select a household to see its members.</source>
        <translation>Select a household to see its members.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation><numerusform>%n household</numerusform><numerusform>%n households</numerusform></translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>All hamlets</translation>
    </message>
    <message>
        <source>Household %1 — %2</source>
        <translation>Household %1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>Digital family (Gia đình số): yes — %n trained member(s).</source>
        <translation><numerusform>Digital family (Gia đình số): yes — %n trained member.</numerusform><numerusform>Digital family (Gia đình số): yes — %n trained members.</numerusform></translation>
    </message>
    <message>
        <source>Digital family (Gia đình số): not yet — no member has been trained.</source>
        <translation>Digital family (Gia đình số): not yet — no member has been trained.</translation>
    </message>
</context>
<context>
    <name>hocvuso::MainWindow</name>
    <message>
        <source>Digital Literacy for All</source>
        <translation>Digital Literacy for All</translation>
    </message>
    <message>
        <source>Digital Literacy for All — %1</source>
        <translation>Digital Literacy for All — %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>The dashboard (engineer building Dashboard) will appear here.</source>
        <translation>The dashboard (engineer building Dashboard) will appear here.</translation>
    </message>
    <message>
        <source>Digital ambassadors</source>
        <translation>Digital ambassadors</translation>
    </message>
    <message>
        <source>The Digital ambassadors page (engineer building Mentors) will appear here.</source>
        <translation>The Digital ambassadors page (engineer building Mentors) will appear here.</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>The Home visits page (engineer building Visits) will appear here.</source>
        <translation>The Home visits page (engineer building Visits) will appear here.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>The reports page (engineer building Reports) will appear here.</source>
        <translation>The reports page (engineer building Reports) will appear here.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Back up the data...</source>
        <translation>&amp;Back up the data...</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>&amp;Restore from a backup...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation><numerusform>%n change waiting to sync</numerusform><numerusform>%n changes waiting to sync</numerusform></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>Could not undo.</source>
        <translation>Could not undo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The page "%1" has unsaved changes. Save them?</source>
        <translation>The page "%1" has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>hocvuso::ResidentDialog</name>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation>Ethnic minority</translation>
    </message>
    <message>
        <source>Person with disabilities</source>
        <translation>Person with disabilities</translation>
    </message>
    <message>
        <source>Public official</source>
        <translation>Public official</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Enterprise / co-operative worker</source>
        <translation>Enterprise / co-operative worker</translation>
    </message>
    <message>
        <source>Small trader</source>
        <translation>Small trader</translation>
    </message>
    <message>
        <source>Women's Union member</source>
        <translation>Women's Union member</translation>
    </message>
    <message>
        <source>Youth Union member</source>
        <translation>Youth Union member</translation>
    </message>
    <message>
        <source>Influencer for the movement</source>
        <translation>Influencer for the movement</translation>
    </message>
    <message>
        <source>Owns a smartphone</source>
        <translation>Owns a smartphone</translation>
    </message>
    <message>
        <source>VNeID level 2</source>
        <translation>VNeID level 2</translation>
    </message>
    <message>
        <source>Digital bank account</source>
        <translation>Digital bank account</translation>
    </message>
    <message>
        <source>Uses online public services</source>
        <translation>Uses online public services</translation>
    </message>
    <message>
        <source>Pays cashless</source>
        <translation>Pays cashless</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation>Edit resident</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>dd/mm/yyyy or a year</source>
        <translation>dd/mm/yyyy or a year</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Basic digital skills since</source>
        <translation>Basic digital skills since</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Digital status</source>
        <translation>Digital status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>Enter the full date (day, month and year).</source>
        <translation>Enter the full date (day, month and year).</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>hocvuso::ResidentTableModel</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>VNeID 2</source>
        <translation>VNeID 2</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Digital status</source>
        <translation>Digital status</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trained</translation>
    </message>
</context>
<context>
    <name>hocvuso::ResidentsPage</name>
    <message>
        <source>Search name, CCCD or phone (diacritics optional)</source>
        <translation>Search name, CCCD or phone (diacritics optional)</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Elderly (60+)</source>
        <translation>Elderly (60+)</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>People with disabilities</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Ethnic minorities</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Public officials</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Enterprise workers</source>
        <translation>Enterprise workers</translation>
    </message>
    <message>
        <source>Small traders</source>
        <translation>Small traders</translation>
    </message>
    <message>
        <source>Women's Union members</source>
        <translation>Women's Union members</translation>
    </message>
    <message>
        <source>Youth Union members</source>
        <translation>Youth Union members</translation>
    </message>
    <message>
        <source>Any digital status</source>
        <translation>Any digital status</translation>
    </message>
    <message>
        <source>Has a smartphone</source>
        <translation>Has a smartphone</translation>
    </message>
    <message>
        <source>No smartphone</source>
        <translation>No smartphone</translation>
    </message>
    <message>
        <source>VNeID level 2</source>
        <translation>VNeID level 2</translation>
    </message>
    <message>
        <source>No VNeID level 2</source>
        <translation>No VNeID level 2</translation>
    </message>
    <message>
        <source>Digital bank</source>
        <translation>Digital bank</translation>
    </message>
    <message>
        <source>No digital bank</source>
        <translation>No digital bank</translation>
    </message>
    <message>
        <source>Trained or not</source>
        <translation>Trained or not</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>Not trained yet</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation><numerusform>%n resident</numerusform><numerusform>%n residents</numerusform></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>All hamlets</translation>
    </message>
    <message>
        <source>Resident added.</source>
        <translation>Resident added.</translation>
    </message>
    <message>
        <source>Resident saved.</source>
        <translation>Resident saved.</translation>
    </message>
    <message>
        <source>Delete resident</source>
        <translation>Delete resident</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this from the status bar.</source>
        <translation>Delete %1? You can undo this from the status bar.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
</context>
<context>
    <name>hocvuso::SettingsPage</name>
    <message>
        <source>Commune and hamlets</source>
        <translation>Commune and hamlets</translation>
    </message>
    <message>
        <source>Add hamlet...</source>
        <translation>Add hamlet...</translation>
    </message>
    <message>
        <source>Rename hamlet...</source>
        <translation>Rename hamlet...</translation>
    </message>
    <message>
        <source>Population baselines (denominators of the indicators)</source>
        <translation>Population baselines (denominators of the indicators)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>Back up the data...</source>
        <translation>Back up the data...</translation>
    </message>
    <message>
        <source>Restore from a backup...</source>
        <translation>Restore from a backup...</translation>
    </message>
    <message>
        <source>Add hamlet</source>
        <translation>Add hamlet</translation>
    </message>
    <message>
        <source>Name of the hamlet (thôn / tổ dân phố):</source>
        <translation>Name of the hamlet (thôn / tổ dân phố):</translation>
    </message>
    <message>
        <source>Rename hamlet</source>
        <translation>Rename hamlet</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The language changes the next time the application starts.</source>
        <translation>The language changes the next time the application starts.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Commune: %1 (code %2), %3</source>
        <translation>Commune: %1 (code %2), %3</translation>
    </message>
    <message>
        <source>A hamlet needs a name.</source>
        <translation>A hamlet needs a name.</translation>
    </message>
    <message>
        <source>Hamlet %1 added.</source>
        <translation>Hamlet %1 added.</translation>
    </message>
</context>
<context>
    <name>hocvuso::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>