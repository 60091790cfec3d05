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
    <message>
        <source>Print the start-up time and peak memory once the window is ready, then quit.</source>
        <translation>Print the start-up time and peak memory once the window is ready, then quit.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>The data file %1 chosen in Settings is missing (is its drive connected?). The default data file %2 opens instead.</source>
        <translation>The data file %1 chosen in Settings is missing (is its drive connected?). The default data file %2 opens instead.</translation>
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
    <message>
        <source>Backing up the data...</source>
        <translation>Backing up the data...</translation>
    </message>
    <message>
        <source>Checking the backup...</source>
        <translation>Checking the backup...</translation>
    </message>
</context>
<context>
    <name>Cccd</name>
    <message>
        <source>CCCD %1: the 4th digit says female born %2–%3 but the resident is male</source>
        <translation>CCCD %1: the 4th digit says female born %2–%3 but the resident is male</translation>
    </message>
    <message>
        <source>CCCD %1: the 4th digit says male born %2–%3 but the resident is female</source>
        <translation>CCCD %1: the 4th digit says male born %2–%3 but the resident is female</translation>
    </message>
    <message>
        <source>The CCCD number is empty; it has 12 digits</source>
        <translation>The CCCD number is empty; it has 12 digits</translation>
    </message>
    <message>
        <source>CCCD '%1' contains '%2'; a CCCD number has only digits, 12 of them</source>
        <translation>CCCD '%1' contains '%2'; a CCCD number has only digits, 12 of them</translation>
    </message>
    <message>
        <source>'%1' has 9 digits: that is an old CMND number; the CCCD number has 12 digits</source>
        <translation>'%1' has 9 digits: that is an old CMND number; the CCCD number has 12 digits</translation>
    </message>
    <message>
        <source>CCCD '%1' has %2 digits; a CCCD number has 12</source>
        <translation>CCCD '%1' has %2 digits; a CCCD number has 12</translation>
    </message>
    <message>
        <source>CCCD %1: the first 3 digits (%2) are not a province code</source>
        <translation>CCCD %1: the first 3 digits (%2) are not a province code</translation>
    </message>
    <message>
        <source>CCCD %1: digits 4–6 say born in %2 but the resident's birth year is %3</source>
        <translation>CCCD %1: digits 4–6 say born in %2 but the resident's birth year is %3</translation>
    </message>
    <message>
        <source>CCCD %1: digits 4–6 say born in %2, which is in the future</source>
        <translation>CCCD %1: digits 4–6 say born in %2, which is in the future</translation>
    </message>
    <message>
        <source>CCCD '%1' is a number in scientific notation, as a spreadsheet shows a long number: its last digits are lost. Format the column as Text and type the numbers again</source>
        <translation>CCCD '%1' is a number in scientific notation, as a spreadsheet shows a long number: its last digits are lost. Format the column as Text and type the numbers again</translation>
    </message>
    <message>
        <source>CCCD '%1' has %2 digits: its leading 0 is missing (a spreadsheet drops it when the column holds numbers). Format the column as Text and type the numbers again</source>
        <translation>CCCD '%1' has %2 digits: its leading 0 is missing (a spreadsheet drops it when the column holds numbers). Format the column as Text and type the numbers again</translation>
    </message>
</context>
<context>
    <name>CccdQr</name>
    <message>
        <source>The QR code has too few fields (%1) separated by '|'; a CCCD QR code has 7 (6 on some cards)</source>
        <translation>The QR code has too few fields (%1) separated by '|'; a CCCD QR code has 7 (6 on some cards)</translation>
    </message>
    <message>
        <source>field %1 (CCCD number): '%2' is not a 12-digit number</source>
        <translation>field %1 (CCCD number): '%2' is not a 12-digit number</translation>
    </message>
    <message>
        <source>field %1 (CCCD number): '%2' has %3 digits, expected 12</source>
        <translation>field %1 (CCCD number): '%2' has %3 digits, expected 12</translation>
    </message>
    <message>
        <source>field %1 (CCCD number): the first 3 digits of %2 (%3) are not a province code</source>
        <translation>field %1 (CCCD number): the first 3 digits of %2 (%3) are not a province code</translation>
    </message>
    <message>
        <source>field %1 (old ID number): '%2' is not a 9- or 12-digit number; kept as read</source>
        <translation>field %1 (old ID number): '%2' is not a 9- or 12-digit number; kept as read</translation>
    </message>
    <message>
        <source>field %1 (name) is empty</source>
        <translation>field %1 (name) is empty</translation>
    </message>
    <message>
        <source>field %1 (birth date): '%2' is not a valid date ddMMyyyy</source>
        <translation>field %1 (birth date): '%2' is not a valid date ddMMyyyy</translation>
    </message>
    <message>
        <source>field %1 (birth date): %2 is in the future</source>
        <translation>field %1 (birth date): %2 is in the future</translation>
    </message>
    <message>
        <source>field %1 (birth date): %2 is before 1900</source>
        <translation>field %1 (birth date): %2 is before 1900</translation>
    </message>
    <message>
        <source>field %1 (sex): '%2' is neither 'Nam' nor 'Nữ'</source>
        <translation>field %1 (sex): '%2' is neither 'Nam' nor 'Nữ'</translation>
    </message>
    <message>
        <source>field %1 (issue date): '%2' is not a valid date ddMMyyyy</source>
        <translation>field %1 (issue date): '%2' is not a valid date ddMMyyyy</translation>
    </message>
    <message>
        <source>field %1 (issue date): %2 is not between the birth date %3 and today</source>
        <translation>field %1 (issue date): %2 is not between the birth date %3 and today</translation>
    </message>
</context>
<context>
    <name>CellFormat</name>
    <message>
        <source>'%1' is not a date (dd/mm/yyyy hh:mm)</source>
        <translation>'%1' is not a date (dd/mm/yyyy hh:mm)</translation>
    </message>
    <message>
        <source>'%1' is not a time of day (hh:mm)</source>
        <translation>'%1' is not a time of day (hh:mm)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>'%1' is not a date; write dd/mm/yyyy (e.g. 15/03/1985) or the year alone</source>
        <translation>'%1' is not a date; write dd/mm/yyyy (e.g. 15/03/1985) or the year alone</translation>
    </message>
    <message>
        <source>'%1' has a two-digit year; write the year in full (e.g. 15/03/1985)</source>
        <translation>'%1' has a two-digit year; write the year in full (e.g. 15/03/1985)</translation>
    </message>
    <message>
        <source>'%1' is not a valid date: there is no year 0</source>
        <translation>'%1' is not a valid date: there is no year 0</translation>
    </message>
    <message>
        <source>'%1' is not a valid date: there is no month %2</source>
        <translation>'%1' is not a valid date: there is no month %2</translation>
    </message>
    <message>
        <source>'%1' is not a valid date: month %2/%3 has no day %4 (it has %5 days)</source>
        <translation>'%1' is not a valid date: month %2/%3 has no day %4 (it has %5 days)</translation>
    </message>
    <message>
        <source>'%1' is not a valid year</source>
        <translation>'%1' is not a valid year</translation>
    </message>
    <message>
        <source>The birth date is not a valid date</source>
        <translation>The birth date is not a valid date</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future (today is %2)</source>
        <translation>Birth date %1 is in the future (today is %2)</translation>
    </message>
    <message>
        <source>Birth date %1 is before 1900</source>
        <translation>Birth date %1 is before 1900</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future (this is %2)</source>
        <translation>Birth year %1 is in the future (this is %2)</translation>
    </message>
    <message>
        <source>Birth year %1 is before 1900</source>
        <translation>Birth year %1 is before 1900</translation>
    </message>
    <message>
        <source>The date is not a valid date</source>
        <translation>The date is not a valid date</translation>
    </message>
    <message>
        <source>Date %1 is before 2020</source>
        <translation>Date %1 is before 2020</translation>
    </message>
    <message>
        <source>Date %1 is more than a year from today (latest: %2)</source>
        <translation>Date %1 is more than a year from today (latest: %2)</translation>
    </message>
    <message>
        <source>'%1' is a date written as a number by Excel (%2?): format the column as a date (dd/mm/yyyy) in the spreadsheet and save the file again</source>
        <translation>'%1' is a date written as a number by Excel (%2?): format the column as a date (dd/mm/yyyy) in the spreadsheet and save the file again</translation>
    </message>
</context>
<context>
    <name>DemoCommune</name>
    <message>
        <source>the demo needs at least one resident</source>
        <translation>the demo needs at least one resident</translation>
    </message>
    <message>
        <source>the store has no commune yet (run init first)</source>
        <translation>the store has no commune yet (run init first)</translation>
    </message>
    <message>
        <source>cannot open a transaction</source>
        <translation>cannot open a transaction</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>commit failed: %1</translation>
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
    <name>EntityNames</name>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
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
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentor pair</source>
        <translation>Mentor pair</translation>
    </message>
    <message>
        <source>Digital team</source>
        <translation>Digital team</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Population baseline</source>
        <translation>Population baseline</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan target</source>
        <translation>Plan target</translation>
    </message>
    <message>
        <source>Commune settings</source>
        <translation>Commune settings</translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Commune name</source>
        <translation>Commune name</translation>
    </message>
    <message>
        <source>Province code</source>
        <translation>Province code</translation>
    </message>
    <message>
        <source>Province name</source>
        <translation>Province name</translation>
    </message>
    <message>
        <source>Hamlet code</source>
        <translation>Hamlet code</translation>
    </message>
    <message>
        <source>Hamlet name</source>
        <translation>Hamlet name</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>Skill code</source>
        <translation>Skill code</translation>
    </message>
    <message>
        <source>Skill name</source>
        <translation>Skill name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Market name</source>
        <translation>Market name</translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation>Plan code</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Household head</source>
        <translation>Household head</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
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
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Hamlet or residential group</source>
        <translation>Hamlet or residential group</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>Poor household</translation>
    </message>
    <message>
        <source>Near-poor household</source>
        <translation>Near-poor household</translation>
    </message>
    <message>
        <source>Person with disabilities</source>
        <translation>Person with disabilities</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Skills taught</source>
        <translation>Skills taught</translation>
    </message>
    <message>
        <source>Digital ambassador</source>
        <translation>Digital ambassador</translation>
    </message>
    <message>
        <source>Pair status</source>
        <translation>Pair status</translation>
    </message>
    <message>
        <source>Ambassador since</source>
        <translation>Ambassador since</translation>
    </message>
    <message>
        <source>Active ambassador</source>
        <translation>Active ambassador</translation>
    </message>
    <message>
        <source>Team active</source>
        <translation>Team active</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Runs the "Chợ số" 4T model</source>
        <translation>Runs the "Chợ số" 4T model</translation>
    </message>
    <message>
        <source>Adults (baseline)</source>
        <translation>Adults (baseline)</translation>
    </message>
    <message>
        <source>People aged 16 and over (baseline)</source>
        <translation>People aged 16 and over (baseline)</translation>
    </message>
    <message>
        <source>Elderly people (baseline)</source>
        <translation>Elderly people (baseline)</translation>
    </message>
    <message>
        <source>People with disabilities (baseline)</source>
        <translation>People with disabilities (baseline)</translation>
    </message>
    <message>
        <source>Households (baseline)</source>
        <translation>Households (baseline)</translation>
    </message>
    <message>
        <source>Public officials (baseline)</source>
        <translation>Public officials (baseline)</translation>
    </message>
    <message>
        <source>Students (baseline)</source>
        <translation>Students (baseline)</translation>
    </message>
    <message>
        <source>Enterprise workers (baseline)</source>
        <translation>Enterprise workers (baseline)</translation>
    </message>
    <message>
        <source>Markets (baseline)</source>
        <translation>Markets (baseline)</translation>
    </message>
    <message>
        <source>Women's Union members (baseline)</source>
        <translation>Women's Union members (baseline)</translation>
    </message>
    <message>
        <source>Mentees per ambassador (minimum)</source>
        <translation>Mentees per ambassador (minimum)</translation>
    </message>
    <message>
        <source>Class cadence</source>
        <translation>Class cadence</translation>
    </message>
    <message>
        <source>Active plan</source>
        <translation>Active plan</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation>Ethnic minority</translation>
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
        <source>Skills certified on VNeID on</source>
        <translation>Skills certified on VNeID on</translation>
    </message>
    <message>
        <source>Basic digital skills since</source>
        <translation>Basic digital skills since</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Target group</source>
        <translation>Target group</translation>
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
        <source>Basic course</source>
        <translation>Basic course</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Completed the class</source>
        <translation>Completed the class</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>Help given</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Informed about the movement</source>
        <translation>Informed about the movement</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty</source>
        <translation>The phone number is empty</translation>
    </message>
    <message>
        <source>'%1' holds more than one phone number; enter one</source>
        <translation>'%1' holds more than one phone number; enter one</translation>
    </message>
    <message>
        <source>'%1' contains '%2', which is not part of a phone number</source>
        <translation>'%1' contains '%2', which is not part of a phone number</translation>
    </message>
    <message>
        <source>'%1' has no digits</source>
        <translation>'%1' has no digits</translation>
    </message>
    <message>
        <source>'%1' is not a Vietnamese number: it should start with +84 or 0</source>
        <translation>'%1' is not a Vietnamese number: it should start with +84 or 0</translation>
    </message>
    <message>
        <source>'%1' is a 1800/1900 hotline, not a personal phone number</source>
        <translation>'%1' is a 1800/1900 hotline, not a personal phone number</translation>
    </message>
    <message>
        <source>'%1' should start with 0 or +84: a mobile number has 10 digits (0xxxxxxxxx), a landline 11 (02xxxxxxxxx)</source>
        <translation>'%1' should start with 0 or +84: a mobile number has 10 digits (0xxxxxxxxx), a landline 11 (02xxxxxxxxx)</translation>
    </message>
    <message>
        <source>'%1' is an old 11-digit mobile number; since 2018 it is %2</source>
        <translation>'%1' is an old 11-digit mobile number; since 2018 it is %2</translation>
    </message>
    <message>
        <source>'%1' has 10 digits, but a landline number (02…) has 11</source>
        <translation>'%1' has 10 digits, but a landline number (02…) has 11</translation>
    </message>
    <message>
        <source>'%1': no mobile number starts with %2; mobile numbers start with 03, 05, 07, 08 or 09</source>
        <translation>'%1': no mobile number starts with %2; mobile numbers start with 03, 05, 07, 08 or 09</translation>
    </message>
    <message>
        <source>'%1' has %2 digits; a mobile number has 10 (0xxxxxxxxx), a landline 11 (02xxxxxxxxx)</source>
        <translation>'%1' has %2 digits; a mobile number has 10 (0xxxxxxxxx), a landline 11 (02xxxxxxxxx)</translation>
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
    <name>StoreRelocation</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>The data is already in %1.</translation>
    </message>
    <message>
        <source>The folder %1 already holds a data file (%2). Choose an empty folder; nothing was copied.</source>
        <translation>The folder %1 already holds a data file (%2). Choose an empty folder; nothing was copied.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose a folder you may write in.</source>
        <translation>The folder %1 cannot be written to. Choose a folder you may write in.</translation>
    </message>
    <message>
        <source>A restore from a backup is waiting for the restart. Restart the application first, then move the data.</source>
        <translation>A restore from a backup is waiting for the restart. Restart the application first, then move the data.</translation>
    </message>
    <message>
        <source>the copy records no commune</source>
        <translation>the copy records no commune</translation>
    </message>
    <message>
        <source>The copy in %1 cannot be used: %2</source>
        <translation>The copy in %1 cannot be used: %2</translation>
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
        <source>%1 was already marked present.</source>
        <translation>%1 was already marked present.</translation>
    </message>
    <message>
        <source>%1 marked present.</source>
        <translation>%1 marked present.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take the selected person off this class's attendance (Delete)</source>
        <translation>Take the selected person off this class's attendance (Delete)</translation>
    </message>
    <message>
        <source>Is this %1, born %2?</source>
        <translation>Is this %1, born %2?</translation>
    </message>
    <message>
        <source>Is this %1, born %2, %3?</source>
        <translation>Is this %1, born %2, %3?</translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation>Already registered?</translation>
    </message>
    <message>
        <source>This resident has no CCCD yet. Yes stores the card's CCCD on them and marks them present; No registers a new resident.</source>
        <translation>This resident has no CCCD yet. Yes stores the card's CCCD on them and marks them present; No registers a new resident.</translation>
    </message>
    <message>
        <source>&amp;Yes, it is</source>
        <translation>&amp;Yes, it is</translation>
    </message>
    <message>
        <source>&amp;No, someone else</source>
        <translation>&amp;No, someone else</translation>
    </message>
    <message>
        <source>Select a person in the attendance list first.</source>
        <translation>Select a person in the attendance list first.</translation>
    </message>
    <message>
        <source>Remove from attendance</source>
        <translation>Remove from attendance</translation>
    </message>
    <message>
        <source>Remove %1 from this class's attendance? You can undo this from the status bar.</source>
        <translation>Remove %1 from this class's attendance? You can undo this from the status bar.</translation>
    </message>
    <message>
        <source>%1 removed from the attendance.</source>
        <translation>%1 removed from the attendance.</translation>
    </message>
    <message>
        <source>Removed %1 from the attendance.</source>
        <translation>Removed %1 from the attendance.</translation>
    </message>
    <message>
        <source>%1 is marked present again.</source>
        <translation>%1 is marked present again.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attended</source>
        <translation><numerusform>%Ln attended</numerusform><numerusform>%Ln attended</numerusform></translation>
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
    <name>hocvuso::ClassFormat</name>
    <message>
        <source>In class</source>
        <translation>In class</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Blended</translation>
    </message>
    <message>
        <source>Mobile (lưu động)</source>
        <translation>Mobile (lưu động)</translation>
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
    <message>
        <source>Delete class</source>
        <translation>Delete class</translation>
    </message>
    <message>
        <source>Delete the class %1 and its attendance list? You can undo this from the status bar.</source>
        <translation>Delete the class %1 and its attendance list? You can undo this from the status bar.</translation>
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
    <name>hocvuso::CsvReader</name>
    <message>
        <source>The file could not be read: it is not open.</source>
        <translation>The file could not be read: it is not open.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>A quoted field is not closed: the record starting at line %1 runs to the end of the file.</source>
        <translation>A quoted field is not closed: the record starting at line %1 runs to the end of the file.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
</context>
<context>
    <name>hocvuso::CsvWriter</name>
    <message>
        <source>The file is not open for writing.</source>
        <translation>The file is not open for writing.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>hocvuso::DashboardPage</name>
    <message>
        <source>Only the plan's indicators</source>
        <translation>Only the plan's indicators</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Select an indicator to see it per hamlet.</source>
        <translation>Select an indicator to see it per hamlet.</translation>
    </message>
    <message>
        <source>Who is counted...</source>
        <translation>Who is counted...</translation>
    </message>
    <message>
        <source>Who is missing...</source>
        <translation>Who is missing...</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>(no plan: all indicators)</source>
        <translation>(no plan: all indicators)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The plan could not be made active: %1</source>
        <translation>The plan could not be made active: %1</translation>
    </message>
    <message>
        <source>Some indicators could not be computed: %1</source>
        <translation>Some indicators could not be computed: %1</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>no plan</translation>
    </message>
    <message>
        <source>%1 — %2 (plan: %3)</source>
        <translation>%1 — %2 (plan: %3)</translation>
    </message>
    <message>
        <source>Denominators come from the population baselines of %1 (Settings).</source>
        <translation>Denominators come from the population baselines of %1 (Settings).</translation>
    </message>
    <message>
        <source>Per hamlet: %1</source>
        <translation>Per hamlet: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>All residents</translation>
    </message>
    <message>
        <source>Count only this group's residents. Indicators that are not about residents have no value for a group.</source>
        <translation>Count only this group's residents. Indicators that are not about residents have no value for a group.</translation>
    </message>
    <message>
        <source>%1 — %2 (plan: %3) — group: %4</source>
        <translation>%1 — %2 (plan: %3) — group: %4</translation>
    </message>
    <message>
        <source>For a group, the denominator is the group's baseline where it counts exactly the indicator's people, otherwise the group's residents recorded here.</source>
        <translation>For a group, the denominator is the group's baseline where it counts exactly the indicator's people, otherwise the group's residents recorded here.</translation>
    </message>
    <message>
        <source>%1 is not about residents: it has no value and no list for a group.</source>
        <translation>%1 is not about residents: it has no value and no list for a group.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s) have no birth date or year and are left out of the age-bound indicators.</source>
        <translation><numerusform>%Ln resident have no birth date or year and are left out of the age-bound indicators.</numerusform><numerusform>%Ln residents have no birth date or year and are left out of the age-bound indicators.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync · last sync: %1</source>
        <translation><numerusform>%Ln change waiting to sync · last sync: %1</numerusform><numerusform>%Ln changes waiting to sync · last sync: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::DeletedRecords</name>
    <message>
        <source>this record does not exist</source>
        <translation>this record does not exist</translation>
    </message>
    <message>
        <source>this record is not deleted</source>
        <translation>this record is not deleted</translation>
    </message>
    <message>
        <source>it belongs to a deleted %1: restore that first</source>
        <translation>it belongs to a deleted %1: restore that first</translation>
    </message>
    <message>
        <source>%n household(s)</source>
        <translation>%n household(s)</translation>
    </message>
    <message>
        <source>%n resident(s)</source>
        <translation>%n resident(s)</translation>
    </message>
    <message>
        <source>%n class(es)</source>
        <translation>%n class(es)</translation>
    </message>
    <message>
        <source>%n digital team(s)</source>
        <translation>%n digital team(s)</translation>
    </message>
    <message>
        <source>%n visit(s)</source>
        <translation>%n visit(s)</translation>
    </message>
</context>
<context>
    <name>hocvuso::DeletedRecordsDialog</name>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
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
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Deleting keeps a record aside, here, so that a mistake can be undone. A restored record comes back everywhere at the next sync.</source>
        <translation>Deleting keeps a record aside, here, so that a mistake can be undone. A restored record comes back everywhere at the next sync.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>Nothing has been deleted.</translation>
    </message>
    <message>
        <source>Select the records to restore first.</source>
        <translation>Select the records to restore first.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation><numerusform>%Ln record restored.</numerusform><numerusform>%Ln records restored.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored. Not restored: %1</source>
        <translation><numerusform>%Ln record restored. Not restored: %1</numerusform><numerusform>%Ln records restored. Not restored: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::EditDialog</name>
    <message>
        <source>"%1" has changes that are not saved. Save them?</source>
        <translation>"%1" has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>hocvuso::ExportDialog</name>
    <message>
        <source>Export a list</source>
        <translation>Export a list</translation>
    </message>
    <message>
        <source>The file opens in Excel with the Vietnamese letters intact and can be imported back.</source>
        <translation>The file opens in Excel with the Vietnamese letters intact and can be imported back.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>%1 rows written...</source>
        <translation>%1 rows written...</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>%1 row(s) written to %2.</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>The list could not be exported: %1</translation>
    </message>
    <message>
        <source>Exporting the list...</source>
        <translation>Exporting the list...</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>hocvuso::FileField</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
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
    <name>hocvuso::HamletCombo</name>
    <message>
        <source>All hamlets</source>
        <translation>All hamlets</translation>
    </message>
</context>
<context>
    <name>hocvuso::HouseholdDialog</name>
    <message>
        <source>Register a household</source>
        <translation>Register a household</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>Hamlet *</source>
        <translation>Hamlet *</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>Poor household</translation>
    </message>
    <message>
        <source>Near-poor household</source>
        <translation>Near-poor household</translation>
    </message>
    <message>
        <source>Choose the hamlet (add hamlets in Settings first).</source>
        <translation>Choose the hamlet (add hamlets in Settings first).</translation>
    </message>
    <message>
        <source>Enter the household code or the head of household: one of them tells the household apart.</source>
        <translation>Enter the household code or the head of household: one of them tells the household apart.</translation>
    </message>
    <message>
        <source>A household is poor or near poor, not both.</source>
        <translation>A household is poor or near poor, not both.</translation>
    </message>
    <message>
        <source>Another household of this hamlet already has the code %1.</source>
        <translation>Another household of this hamlet already has the code %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
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
    <message>
        <source>Households</source>
        <translation>Households</translation>
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
    <message>
        <source>Delete household</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <source>Household %1 is not deleted: it still has %2. Move or delete them first.</source>
        <translation>Household %1 is not deleted: it still has %2. Move or delete them first.</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this from the status bar.</source>
        <translation>Delete %1? You can undo this from the status bar.</translation>
    </message>
    <message>
        <source>household %1</source>
        <translation>household %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>New household...</source>
        <translation>New household...</translation>
    </message>
    <message>
        <source>Register a household (Ctrl+N)</source>
        <translation>Register a household (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Household registered.</source>
        <translation>Household registered.</translation>
    </message>
    <message>
        <source>Household saved.</source>
        <translation>Household saved.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation><numerusform>%Ln household</numerusform><numerusform>%Ln households</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::ImportDialog</name>
    <message>
        <source>Import a list</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel (UTF-8)</source>
        <translation>A CSV file saved from Excel (UTF-8)</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the list and the file, then check the file. Nothing is stored before you confirm.</source>
        <translation>Choose the list and the file, then check the file. Nothing is stored before you confirm.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import only valid rows</source>
        <translation>Import only valid rows</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Import nothing</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>%1 rows checked...</source>
        <translation>%1 rows checked...</translation>
    </message>
    <message>
        <source>%1 rows imported...</source>
        <translation>%1 rows imported...</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was stored.</source>
        <translation>The check was cancelled. Nothing was stored.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>%1 row(s) checked: %2 valid, %3 with errors, %4 warning(s). Nothing has been stored yet.</source>
        <translation>%1 row(s) checked: %2 valid, %3 with errors, %4 warning(s). Nothing has been stored yet.</translation>
    </message>
    <message>
        <source>Correct the file and check it again, import only the valid rows, or import nothing.</source>
        <translation>Correct the file and check it again, import only the valid rows, or import nothing.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 row(s) left out.</source>
        <translation>Imported: %1 new, %2 updated, %3 unchanged, %4 row(s) left out.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>The import was cancelled. Nothing was stored.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>the file has errors</source>
        <translation>the file has errors</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
</context>
<context>
    <name>hocvuso::ImportIssue</name>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>row %1, %2</translation>
    </message>
</context>
<context>
    <name>hocvuso::ImportIssueModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
</context>
<context>
    <name>hocvuso::ImportReport</name>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nothing imported: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected</translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>Imported %1. %2</translation>
    </message>
    <message>
        <source>Nothing imported (all or nothing): %1 row(s) have errors. %2</source>
        <translation>Nothing imported (all or nothing): %1 row(s) have errors. %2</translation>
    </message>
    <message>
        <source>Checked %1 (dry run, nothing stored). %2</source>
        <translation>Checked %1 (dry run, nothing stored). %2</translation>
    </message>
</context>
<context>
    <name>hocvuso::ImportRun</name>
    <message>
        <source>column not recognised: ignored</source>
        <translation>column not recognised: ignored</translation>
    </message>
    <message>
        <source>column appears twice: the first one is used</source>
        <translation>column appears twice: the first one is used</translation>
    </message>
    <message>
        <source>the file has no column %1, which is required</source>
        <translation>the file has no column %1, which is required</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>'%1' is not an id exported by this program</source>
        <translation>'%1' is not an id exported by this program</translation>
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' is not a whole number</translation>
    </message>
    <message>
        <source>'%1' is not yes or no: write x for yes, leave it empty for no</source>
        <translation>'%1' is not yes or no: write x for yes, leave it empty for no</translation>
    </message>
    <message>
        <source>'%1' is only a year; a full date (dd/mm/yyyy) is needed</source>
        <translation>'%1' is only a year; a full date (dd/mm/yyyy) is needed</translation>
    </message>
    <message>
        <source>'%1' is not Nam or Nữ</source>
        <translation>'%1' is not Nam or Nữ</translation>
    </message>
    <message>
        <source>'%1' is not a class format: write Trực tiếp, Trực tuyến, Kết hợp or Lưu động</source>
        <translation>'%1' is not a class format: write Trực tiếp, Trực tuyến, Kết hợp or Lưu động</translation>
    </message>
    <message>
        <source>two hamlets are called '%1': write the hamlet code instead</source>
        <translation>two hamlets are called '%1': write the hamlet code instead</translation>
    </message>
    <message>
        <source>no hamlet is called '%1' (import the hamlets first)</source>
        <translation>no hamlet is called '%1' (import the hamlets first)</translation>
    </message>
    <message>
        <source>no household has the code '%1'</source>
        <translation>no household has the code '%1'</translation>
    </message>
    <message>
        <source>no record has the id '%1'</source>
        <translation>no record has the id '%1'</translation>
    </message>
    <message>
        <source>no resident has the CCCD '%1'</source>
        <translation>no resident has the CCCD '%1'</translation>
    </message>
    <message>
        <source>two classes are called '%1': write the class id (Mã lớp) instead</source>
        <translation>two classes are called '%1': write the class id (Mã lớp) instead</translation>
    </message>
    <message>
        <source>two teams are called '%1': write the team id (Mã tổ) instead</source>
        <translation>two teams are called '%1': write the team id (Mã tổ) instead</translation>
    </message>
    <message>
        <source>no class is called '%1'</source>
        <translation>no class is called '%1'</translation>
    </message>
    <message>
        <source>no team is called '%1'</source>
        <translation>no team is called '%1'</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2: the extra cells are ignored</source>
        <translation>the row has %1 cells but the header only %2: the extra cells are ignored</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>the same id as row %1</source>
        <translation>the same id as row %1</translation>
    </message>
    <message>
        <source>the same CCCD as row %1</source>
        <translation>the same CCCD as row %1</translation>
    </message>
    <message>
        <source>the hamlet could not be created: %1</source>
        <translation>the hamlet could not be created: %1</translation>
    </message>
    <message>
        <source>the household could not be created: %1</source>
        <translation>the household could not be created: %1</translation>
    </message>
    <message>
        <source>the same name, birth date and household as row %1</source>
        <translation>the same name, birth date and household as row %1</translation>
    </message>
    <message>
        <source>the same record as row %1</source>
        <translation>the same record as row %1</translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>could not be stored: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>cannot start a transaction on the store</source>
        <translation>cannot start a transaction on the store</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>the import was cancelled: nothing was stored</source>
        <translation>the import was cancelled: nothing was stored</translation>
    </message>
    <message>
        <source>the store refused the import: %1</source>
        <translation>the store refused the import: %1</translation>
    </message>
    <message>
        <source>contains a NUL character: the file may be damaged or not a text file</source>
        <translation>contains a NUL character: the file may be damaged or not a text file</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (it looks like UTF-16 without a byte order mark, or not a text file): save it from the spreadsheet as "CSV UTF-8"</source>
        <translation>the file is not UTF-8 text (it looks like UTF-16 without a byte order mark, or not a text file): save it from the spreadsheet as "CSV UTF-8"</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it from the spreadsheet as "CSV UTF-8"</source>
        <translation>the file is not UTF-8 text: save it from the spreadsheet as "CSV UTF-8"</translation>
    </message>
    <message>
        <source>row 1 names none of the columns of this list: the column names must be in the first row (delete any title rows above them)</source>
        <translation>row 1 names none of the columns of this list: the column names must be in the first row (delete any title rows above them)</translation>
    </message>
    <message>
        <source>'%1' is below zero: a count cannot be negative</source>
        <translation>'%1' is below zero: a count cannot be negative</translation>
    </message>
    <message>
        <source>'%1' is not a year from %2 to %3: write the year in full</source>
        <translation>'%1' is not a year from %2 to %3: write the year in full</translation>
    </message>
    <message>
        <source>'%1' is not a pair status: write Đang kèm cặp, Hoàn thành or Kết thúc</source>
        <translation>'%1' is not a pair status: write Đang kèm cặp, Hoàn thành or Kết thúc</translation>
    </message>
    <message>
        <source>this CCCD already belongs to another resident, %1</source>
        <translation>this CCCD already belongs to another resident, %1</translation>
    </message>
    <message>
        <source>'%1' is not one of the listed target groups: kept as written</source>
        <translation>'%1' is not one of the listed target groups: kept as written</translation>
    </message>
    <message>
        <source>is %1 characters long: a field holds at most %2 (a missing closing quote can run a cell on over the rows below it)</source>
        <translation>is %1 characters long: a field holds at most %2 (a missing closing quote can run a cell on over the rows below it)</translation>
    </message>
</context>
<context>
    <name>hocvuso::KpiHamletModel</name>
    <message>
        <source>(no hamlet)</source>
        <translation>(no hamlet)</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>hocvuso::KpiMembersDialog</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Digital ambassador</source>
        <translation>Digital ambassador</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>All hamlets</translation>
    </message>
    <message>
        <source>(no hamlet)</source>
        <translation>(no hamlet)</translation>
    </message>
    <message>
        <source>Export to CSV...</source>
        <translation>Export to CSV...</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>"Still missing" lists only the people recorded in this application; the rest of the baseline is not known by name.</source>
        <translation>"Still missing" lists only the people recorded in this application; the rest of the baseline is not known by name.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be written: %1</source>
        <translation>The list could not be written: %1</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>The list could not be loaded: %1</translation>
    </message>
    <message>
        <source>Writing the list...</source>
        <translation>Writing the list...</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in all.</source>
        <translation><numerusform>%Ln in all.</numerusform><numerusform>%Ln in all.</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::KpiTableModel</name>
    <message>
        <source>%1 points behind</source>
        <translation>%1 points behind</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>on target</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Counted / baseline</source>
        <translation>Counted / baseline</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>not applicable to a group</source>
        <translation>not applicable to a group</translation>
    </message>
    <message>
        <source>This indicator is not about residents, so it has no value for a group.</source>
        <translation>This indicator is not about residents, so it has no value for a group.</translation>
    </message>
    <message>
        <source>Counted / population</source>
        <translation>Counted / population</translation>
    </message>
    <message>
        <source>Out of the group's residents recorded here: the baseline has no count of exactly these people.</source>
        <translation>Out of the group's residents recorded here: the baseline has no count of exactly these people.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more counted where no baseline was entered for the year (not in the result)</source>
        <translation><numerusform>%Ln more counted where no baseline was entered for the year (not in the result)</numerusform><numerusform>%Ln more counted where no baseline was entered for the year (not in the result)</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::ListCombo</name>
    <message>
        <source>Hamlets</source>
        <translation>Hamlets</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Digital ambassadors</source>
        <translation>Digital ambassadors</translation>
    </message>
    <message>
        <source>Mentor pairs</source>
        <translation>Mentor pairs</translation>
    </message>
    <message>
        <source>Community digital teams</source>
        <translation>Community digital teams</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Door-to-door visits</source>
        <translation>Door-to-door visits</translation>
    </message>
    <message>
        <source>Population baselines</source>
        <translation>Population baselines</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
</context>
<context>
    <name>hocvuso::ListExporter</name>
    <message>
        <source>unknown list '%1' (known: %2)</source>
        <translation>unknown list '%1' (known: %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>hocvuso::ListImporter</name>
    <message>
        <source>unknown list '%1' (known: %2)</source>
        <translation>unknown list '%1' (known: %2)</translation>
    </message>
    <message>
        <source>the store has no commune yet (run init first)</source>
        <translation>the store has no commune yet (run init first)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
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
        <source>The page "%1" has unsaved changes. Save them?</source>
        <translation>The page "%1" has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>&amp;Import a list...</source>
        <translation>&amp;Import a list...</translation>
    </message>
    <message>
        <source>&amp;Export a list...</source>
        <translation>&amp;Export a list...</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Sync &amp;problems...</source>
        <translation>Sync &amp;problems...</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>Server reachable</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server unreachable</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <source>Cancelling the sync...</source>
        <translation>Cancelling the sync...</translation>
    </message>
    <message>
        <source>Changes the server refused or decided otherwise: click to review them.</source>
        <translation>Changes the server refused or decided otherwise: click to review them.</translation>
    </message>
    <message>
        <source>&amp;Deleted records...</source>
        <translation>&amp;Deleted records...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation><numerusform>%Ln change waiting to sync</numerusform><numerusform>%Ln changes waiting to sync</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync problem(s)</source>
        <translation><numerusform>%Ln sync problem</numerusform><numerusform>%Ln sync problems</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::MentorTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Guides %1 mentee(s); the plan asks for at least %2.</source>
        <translation>Guides %1 mentee(s); the plan asks for at least %2.</translation>
    </message>
    <message>
        <source>Guides %1 mentee(s): the plan's minimum of %2 is met.</source>
        <translation>Guides %1 mentee(s): the plan's minimum of %2 is met.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Mentor since</source>
        <translation>Mentor since</translation>
    </message>
    <message>
        <source>Mentees / minimum</source>
        <translation>Mentees / minimum</translation>
    </message>
    <message>
        <source>Trained to completion</source>
        <translation>Trained to completion</translation>
    </message>
</context>
<context>
    <name>hocvuso::MentorsPage</name>
    <message>
        <source>&amp;Hamlet:</source>
        <translation>&amp;Hamlet:</translation>
    </message>
    <message>
        <source>Digital ambassadors</source>
        <translation>Digital ambassadors</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>&amp;Completed: reached basic skills</source>
        <translation>&amp;Completed: reached basic skills</translation>
    </message>
    <message>
        <source>&amp;End pair</source>
        <translation>&amp;End pair</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Type a name (diacritics optional), CCCD or phone</source>
        <translation>Type a name (diacritics optional), CCCD or phone</translation>
    </message>
    <message>
        <source>Make a &amp;mentor</source>
        <translation>Make a &amp;mentor</translation>
    </message>
    <message>
        <source>&amp;Pair with the selected mentor</source>
        <translation>&amp;Pair with the selected mentor</translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation>Find a resident</translation>
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
        <source>Poor or near-poor households</source>
        <translation>Poor or near-poor households</translation>
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
        <source>Residents 16 or older (or of unknown age) of the hamlet and group, not trained yet, with no active mentor and not ambassadors themselves.</source>
        <translation>Residents 16 or older (or of unknown age) of the hamlet and group, not trained yet, with no active mentor and not ambassadors themselves.</translation>
    </message>
    <message>
        <source>Pair with the &amp;selected mentor</source>
        <translation>Pair with the &amp;selected mentor</translation>
    </message>
    <message>
        <source>Who still needs a mentor</source>
        <translation>Who still needs a mentor</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Select a resident in the list first.</source>
        <translation>Select a resident in the list first.</translation>
    </message>
    <message>
        <source>Enter: make the highlighted resident a digital ambassador.</source>
        <translation>Enter: make the highlighted resident a digital ambassador.</translation>
    </message>
    <message>
        <source>Enter: pair the highlighted resident with %1.</source>
        <translation>Enter: pair the highlighted resident with %1.</translation>
    </message>
    <message>
        <source>Select a mentor in the list, then type the mentee's name and press Enter.</source>
        <translation>Select a mentor in the list, then type the mentee's name and press Enter.</translation>
    </message>
    <message>
        <source>Each ambassador should guide at least %1 mentee(s) (plan %2).</source>
        <translation>Each ambassador should guide at least %1 mentee(s) (plan %2).</translation>
    </message>
    <message>
        <source>Each ambassador should guide at least %1 mentee(s) (no plan chosen: default).</source>
        <translation>Each ambassador should guide at least %1 mentee(s) (no plan chosen: default).</translation>
    </message>
    <message>
        <source>%1 ambassador(s), %2 below the minimum.</source>
        <translation>%1 ambassador(s), %2 below the minimum.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Mentees of %1</source>
        <translation>Mentees of %1</translation>
    </message>
    <message>
        <source>Select an ambassador to see their mentees.</source>
        <translation>Select an ambassador to see their mentees.</translation>
    </message>
    <message>
        <source>%1 is now a digital ambassador.</source>
        <translation>%1 is now a digital ambassador.</translation>
    </message>
    <message>
        <source>%1 now guides %2.</source>
        <translation>%1 now guides %2.</translation>
    </message>
    <message>
        <source>Select a mentee in the list first.</source>
        <translation>Select a mentee in the list first.</translation>
    </message>
    <message>
        <source>%1 completed the mentoring and counts as trained.</source>
        <translation>%1 completed the mentoring and counts as trained.</translation>
    </message>
    <message>
        <source>The pair with %1 was ended.</source>
        <translation>The pair with %1 was ended.</translation>
    </message>
</context>
<context>
    <name>hocvuso::Page</name>
    <message>
        <source>Everything on this page is saved.</source>
        <translation>Everything on this page is saved.</translation>
    </message>
</context>
<context>
    <name>hocvuso::PeriodSelector</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>First half</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>Second half</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
</context>
<context>
    <name>hocvuso::RefusalText</name>
    <message>
        <source>This resident is not in the store (deleted?).</source>
        <translation>This resident is not in the store (deleted?).</translation>
    </message>
    <message>
        <source>The date is missing, invalid or in the future.</source>
        <translation>The date is missing, invalid or in the future.</translation>
    </message>
    <message>
        <source>Choose an active digital ambassador first.</source>
        <translation>Choose an active digital ambassador first.</translation>
    </message>
    <message>
        <source>This ambassador still guides mentees: end or complete those pairs first.</source>
        <translation>This ambassador still guides mentees: end or complete those pairs first.</translation>
    </message>
    <message>
        <source>An ambassador cannot be their own mentee.</source>
        <translation>An ambassador cannot be their own mentee.</translation>
    </message>
    <message>
        <source>This resident already has a mentor: %1.</source>
        <translation>This resident already has a mentor: %1.</translation>
    </message>
    <message>
        <source>This ambassador already guided this resident to completion (%1).</source>
        <translation>This ambassador already guided this resident to completion (%1).</translation>
    </message>
    <message>
        <source>This pair no longer exists.</source>
        <translation>This pair no longer exists.</translation>
    </message>
    <message>
        <source>This pair is already closed.</source>
        <translation>This pair is already closed.</translation>
    </message>
    <message>
        <source>A pair cannot end before it started.</source>
        <translation>A pair cannot end before it started.</translation>
    </message>
    <message>
        <source>Choose the household that was visited.</source>
        <translation>Choose the household that was visited.</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future.</source>
        <translation>The visit date %1 is in the future.</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>This team no longer exists.</translation>
    </message>
    <message>
        <source>A visitor is not a member of the chosen team.</source>
        <translation>A visitor is not a member of the chosen team.</translation>
    </message>
    <message>
        <source>A resident helped is not a member of this household.</source>
        <translation>A resident helped is not a member of this household.</translation>
    </message>
    <message>
        <source>Unknown task "%1".</source>
        <translation>Unknown task "%1".</translation>
    </message>
    <message>
        <source>A follow-up needs a date.</source>
        <translation>A follow-up needs a date.</translation>
    </message>
    <message>
        <source>Say what the follow-up is for.</source>
        <translation>Say what the follow-up is for.</translation>
    </message>
    <message>
        <source>The follow-up date %1 is before the visit.</source>
        <translation>The follow-up date %1 is before the visit.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>A team needs a name.</translation>
    </message>
    <message>
        <source>Choose the hamlet of the team first.</source>
        <translation>Choose the hamlet of the team first.</translation>
    </message>
    <message>
        <source>This resident is not a member of the team.</source>
        <translation>This resident is not a member of the team.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>This class is not in the store (deleted?).</source>
        <translation>This class is not in the store (deleted?).</translation>
    </message>
    <message>
        <source>This resident is not marked present at this class.</source>
        <translation>This resident is not marked present at this class.</translation>
    </message>
    <message>
        <source>This resident already has another CCCD (%1).</source>
        <translation>This resident already has another CCCD (%1).</translation>
    </message>
    <message>
        <source>This CCCD already belongs to %1.</source>
        <translation>This CCCD already belongs to %1.</translation>
    </message>
</context>
<context>
    <name>hocvuso::ReportsPage</name>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Save...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <source>Choose a period and a plan, then press Preview.</source>
        <translation>Choose a period and a plan, then press Preview.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>(no plan: all indicators)</source>
        <translation>(no plan: all indicators)</translation>
    </message>
    <message>
        <source>The period is not valid: the start must come before the end.</source>
        <translation>The period is not valid: the start must come before the end.</translation>
    </message>
    <message>
        <source>Assembling the report for %1...</source>
        <translation>Assembling the report for %1...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The report could not be assembled: %1</source>
        <translation>The report could not be assembled: %1</translation>
    </message>
    <message>
        <source>Report for %1, %2.</source>
        <translation>Report for %1, %2.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>The preview could not be drawn: %1</translation>
    </message>
    <message>
        <source>No report has been assembled yet.</source>
        <translation>No report has been assembled yet.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>The report was saved to %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>The report could not be printed: %1</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
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
    <message>
        <source>Another resident already has this CCCD: %1.</source>
        <translation>Another resident already has this CCCD: %1.</translation>
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
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
</context>
<context>
    <name>hocvuso::ResidentValidator</name>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>Sex '%1' is not one of Nam/Nữ (M/F).</source>
        <translation>Sex '%1' is not one of Nam/Nữ (M/F).</translation>
    </message>
    <message>
        <source>'%1' is a year, a full date is needed.</source>
        <translation>'%1' is a year, a full date is needed.</translation>
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
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
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
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation><numerusform>%Ln resident</numerusform><numerusform>%Ln residents</numerusform></translation>
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
        <source>A hamlet needs a name.</source>
        <translation>A hamlet needs a name.</translation>
    </message>
    <message>
        <source>Hamlet %1 added.</source>
        <translation>Hamlet %1 added.</translation>
    </message>
    <message>
        <source>Province server</source>
        <translation>Province server</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Not enrolled: %1</source>
        <translation>Not enrolled: %1</translation>
    </message>
    <message>
        <source>Sync with the province server is not available in this window.</source>
        <translation>Sync with the province server is not available in this window.</translation>
    </message>
    <message>
        <source>Enrolled as device %1.</source>
        <translation>Enrolled as device %1.</translation>
    </message>
    <message>
        <source>Not enrolled yet: enter the server address and the code from the province.</source>
        <translation>Not enrolled yet: enter the server address and the code from the province.</translation>
    </message>
    <message>
        <source>Enter both the server address and the enrolment code.</source>
        <translation>Enter both the server address and the enrolment code.</translation>
    </message>
    <message>
        <source>Enrolling...</source>
        <translation>Enrolling...</translation>
    </message>
    <message>
        <source>Delete hamlet</source>
        <translation>Delete hamlet</translation>
    </message>
    <message>
        <source>Select a hamlet first.</source>
        <translation>Select a hamlet first.</translation>
    </message>
    <message>
        <source>%1 is not deleted: it still has %2. Move or delete them first.</source>
        <translation>%1 is not deleted: it still has %2. Move or delete them first.</translation>
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
        <source>Hamlet %1 deleted.</source>
        <translation>Hamlet %1 deleted.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>The code the province knows the commune by; it cannot be changed.</source>
        <translation>The code the province knows the commune by; it cannot be changed.</translation>
    </message>
    <message>
        <source>Save commune</source>
        <translation>Save commune</translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Commune &amp;name</source>
        <translation>Commune &amp;name</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>Hamlets</source>
        <translation>Hamlets</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Active plan:</source>
        <translation>&amp;Active plan:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Move data to another folder...</source>
        <translation>Move data to another folder...</translation>
    </message>
    <message>
        <source>Not saved: the commune needs a name.</source>
        <translation>Not saved: the commune needs a name.</translation>
    </message>
    <message>
        <source>Commune %1 saved.</source>
        <translation>Commune %1 saved.</translation>
    </message>
    <message>
        <source>(no plan: all indicators)</source>
        <translation>(no plan: all indicators)</translation>
    </message>
    <message>
        <source>The plan could not be made active: %1</source>
        <translation>The plan could not be made active: %1</translation>
    </message>
    <message>
        <source>No plan is active: the overview shows every indicator, with no targets.</source>
        <translation>No plan is active: the overview shows every indicator, with no targets.</translation>
    </message>
    <message>
        <source>Each digital ambassador guides at least %1 people.</source>
        <translation>Each digital ambassador guides at least %1 people.</translation>
    </message>
    <message>
        <source>Community classes every week.</source>
        <translation>Community classes every week.</translation>
    </message>
    <message>
        <source>Community classes every month.</source>
        <translation>Community classes every month.</translation>
    </message>
    <message>
        <source>The targets come with the plan (set by the province); they are read-only here.</source>
        <translation>The targets come with the plan (set by the province); they are read-only here.</translation>
    </message>
    <message>
        <source>Move data to another folder</source>
        <translation>Move data to another folder</translation>
    </message>
    <message>
        <source>The data was not moved: %1</source>
        <translation>The data was not moved: %1</translation>
    </message>
    <message>
        <source>Copying the data to %1...</source>
        <translation>Copying the data to %1...</translation>
    </message>
    <message>
        <source>The data was copied to %1. Restart the application now: it opens the new file from then on. Until the restart it keeps working in %2, which stays where it is; changes made before the restart do not reach the new file.</source>
        <translation>The data was copied to %1. Restart the application now: it opens the new file from then on. Until the restart it keeps working in %2, which stays where it is; changes made before the restart do not reach the new file.</translation>
    </message>
</context>
<context>
    <name>hocvuso::StoreError</name>
    <message>
        <source>commit failed</source>
        <translation>commit failed</translation>
    </message>
    <message>
        <source>unknown entity</source>
        <translation>unknown entity</translation>
    </message>
    <message>
        <source>no such field</source>
        <translation>no such field</translation>
    </message>
    <message>
        <source>the store has no commune yet (run init first)</source>
        <translation>the store has no commune yet (run init first)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>commit failed: %1</translation>
    </message>
    <message>
        <source>no record with id %1</source>
        <translation>no record with id %1</translation>
    </message>
    <message>
        <source>contains a NUL character (U+0000)</source>
        <translation>contains a NUL character (U+0000)</translation>
    </message>
    <message>
        <source>is %1 characters long: a field holds at most %2</source>
        <translation>is %1 characters long: a field holds at most %2</translation>
    </message>
</context>
<context>
    <name>hocvuso::StoredValueText</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
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
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>hocvuso::SyncBackendAdapter</name>
    <message>
        <source>Sending changes</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Receiving changes</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an enrolment is already running</source>
        <translation>an enrolment is already running</translation>
    </message>
    <message>
        <source>Synchronising...</source>
        <translation>Synchronising...</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received.</source>
        <translation>Sync finished: %1 sent, %2 received.</translation>
    </message>
    <message>
        <source>Not synchronised: enrol this laptop in Settings first.</source>
        <translation>Not synchronised: enrol this laptop in Settings first.</translation>
    </message>
    <message>
        <source>Not synchronised: the province server needs a newer version of this application.</source>
        <translation>Not synchronised: the province server needs a newer version of this application.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to review (File &gt; Sync problems).</source>
        <translation><numerusform>%Ln problem to review (File &gt; Sync problems).</numerusform><numerusform>%Ln problems to review (File &gt; Sync problems).</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <source>Records the province server refused need correcting: edit them and sync again. Conflicts were decided by the latest edit; check that the kept value is right.</source>
        <translation>Records the province server refused need correcting: edit them and sync again. Conflicts were decided by the latest edit; check that the kept value is right.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nothing waits for review.</translation>
    </message>
    <message>
        <source>Select the problems you have checked first.</source>
        <translation>Select the problems you have checked first.</translation>
    </message>
    <message>
        <source>Could not mark: %1</source>
        <translation>Could not mark: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) marked reviewed.</source>
        <translation><numerusform>%Ln problem marked reviewed.</numerusform><numerusform>%Ln problems marked reviewed.</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::SyncProblemsModel</name>
    <message>
        <source>kept "%1", replaced "%2"</source>
        <translation>kept "%1", replaced "%2"</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>must be yes or no</translation>
    </message>
    <message>
        <source>must be a valid date</source>
        <translation>must be a valid date</translation>
    </message>
    <message>
        <source>must be a valid date and time</source>
        <translation>must be a valid date and time</translation>
    </message>
    <message>
        <source>contains an invalid character (NUL)</source>
        <translation>contains an invalid character (NUL)</translation>
    </message>
    <message>
        <source>the record's id is invalid (1 to 64 characters)</source>
        <translation>the record's id is invalid (1 to 64 characters)</translation>
    </message>
    <message>
        <source>unknown record type "%1"</source>
        <translation>unknown record type "%1"</translation>
    </message>
    <message>
        <source>%1 records are written by the province only</source>
        <translation>%1 records are written by the province only</translation>
    </message>
    <message>
        <source>unknown operation "%1"</source>
        <translation>unknown operation "%1"</translation>
    </message>
    <message>
        <source>no such field in a %1 record</source>
        <translation>no such field in a %1 record</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>is longer than %1 characters</translation>
    </message>
</context>
<context>
    <name>hocvuso::TargetGroup</name>
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
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>hocvuso::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>hocvuso::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>hocvuso::VisitForm</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
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
        <source>Household code or a member's name, then Enter</source>
        <translation>Household code or a member's name, then Enter</translation>
    </message>
    <message>
        <source>No household chosen yet.</source>
        <translation>No household chosen yet.</translation>
    </message>
    <message>
        <source>Installed VNeID</source>
        <translation>Installed VNeID</translation>
    </message>
    <message>
        <source>Activated VNeID level 2</source>
        <translation>Activated VNeID level 2</translation>
    </message>
    <message>
        <source>Opened a digital bank account</source>
        <translation>Opened a digital bank account</translation>
    </message>
    <message>
        <source>Submitted an online public service</source>
        <translation>Submitted an online public service</translation>
    </message>
    <message>
        <source>Set up cashless payment</source>
        <translation>Set up cashless payment</translation>
    </message>
    <message>
        <source>Informed about the movement</source>
        <translation>Informed about the movement</translation>
    </message>
    <message>
        <source>What to come back for (leave empty when nothing)</source>
        <translation>What to come back for (leave empty when nothing)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>&amp;Save visit (Enter)</source>
        <translation>&amp;Save visit (Enter)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Visitors:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Done:</translation>
    </message>
    <message>
        <source>(no team: commune staff)</source>
        <translation>(no team: commune staff)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Visiting %1 — %2 (%3)</source>
        <translation>Visiting %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Visit to %1 saved.</source>
        <translation>Visit to %1 saved.</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>Residents hel&amp;ped:</source>
        <translation>Residents hel&amp;ped:</translation>
    </message>
    <message>
        <source>Follo&amp;w-up:</source>
        <translation>Follo&amp;w-up:</translation>
    </message>
</context>
<context>
    <name>hocvuso::VisitsPage</name>
    <message>
        <source>&amp;Hamlet:</source>
        <translation>&amp;Hamlet:</translation>
    </message>
    <message>
        <source>&amp;Log a visit</source>
        <translation>&amp;Log a visit</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>T&amp;eams</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>Visit saved.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>Number of members</translation>
    </message>
    <message>
        <source>Name of the new team, then Enter</source>
        <translation>Name of the new team, then Enter</translation>
    </message>
    <message>
        <source>&amp;Create team in this hamlet</source>
        <translation>&amp;Create team in this hamlet</translation>
    </message>
    <message>
        <source>Community digital technology teams</source>
        <translation>Community digital technology teams</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Add a member: type a name (diacritics optional), then Enter</source>
        <translation>Add a member: type a name (diacritics optional), then Enter</translation>
    </message>
    <message>
        <source>Members of the selected team</source>
        <translation>Members of the selected team</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Households never visited</source>
        <translation>Households never visited</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-ups due (today or earlier)</source>
        <translation>Follow-ups due (today or earlier)</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>Team %1 created. Add its members below.</source>
        <translation>Team %1 created. Add its members below.</translation>
    </message>
    <message>
        <source>%1 joined the team.</source>
        <translation>%1 joined the team.</translation>
    </message>
    <message>
        <source>Select a member in the list first.</source>
        <translation>Select a member in the list first.</translation>
    </message>
    <message>
        <source>%1 left the team.</source>
        <translation>%1 left the team.</translation>
    </message>
    <message>
        <source>&amp;Recent visits</source>
        <translation>&amp;Recent visits</translation>
    </message>
    <message>
        <source>&amp;Delete team</source>
        <translation>&amp;Delete team</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>The visit being logged is not saved. Save it?</source>
        <translation>The visit being logged is not saved. Save it?</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Remove %1 from the team? You can undo this from the status bar.</source>
        <translation>Remove %1 from the team? You can undo this from the status bar.</translation>
    </message>
    <message>
        <source>Removed %1 from the team.</source>
        <translation>Removed %1 from the team.</translation>
    </message>
    <message>
        <source>Select a team in the list first.</source>
        <translation>Select a team in the list first.</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <source>Delete the team %1? Its visits stay recorded. You can undo this from the status bar.</source>
        <translation>Delete the team %1? Its visits stay recorded. You can undo this from the status bar.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>Team %1 deleted.</source>
        <translation>Team %1 deleted.</translation>
    </message>
    <message>
        <source>Deleted the team %1.</source>
        <translation>Deleted the team %1.</translation>
    </message>
    <message>
        <source>the visit to %1 on %2</source>
        <translation>the visit to %1 on %2</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this from the status bar.</source>
        <translation>Delete %1? You can undo this from the status bar.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;Delete visit</source>
        <translation>&amp;Delete visit</translation>
    </message>
    <message>
        <source>The latest visits of the hamlet, newest first. Del deletes the selected one.</source>
        <translation>The latest visits of the hamlet, newest first. Del deletes the selected one.</translation>
    </message>
    <message>
        <source>Select a visit in the list first.</source>
        <translation>Select a visit in the list first.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation><numerusform>%Ln task</numerusform><numerusform>%Ln tasks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s) never visited.</source>
        <translation><numerusform>%Ln household never visited.</numerusform><numerusform>%Ln households never visited.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due.</source>
        <translation><numerusform>%Ln follow-up due.</numerusform><numerusform>%Ln follow-ups due.</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::kpi</name>
    <message>
        <source>could not commit the plan</source>
        <translation>could not commit the plan</translation>
    </message>
    <message>
        <source>no plan with code '%1'</source>
        <translation>no plan with code '%1'</translation>
    </message>
</context>
<context>
    <name>hocvuso::kpi::Group</name>
    <message>
        <source>Elderly (60+)</source>
        <translation>Elderly (60+)</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>People with disabilities</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Ethnic minorities</translation>
    </message>
    <message>
        <source>Poor and near-poor households</source>
        <translation>Poor and near-poor households</translation>
    </message>
    <message>
        <source>Enterprise and co-operative workers</source>
        <translation>Enterprise and co-operative workers</translation>
    </message>
    <message>
        <source>Small traders</source>
        <translation>Small traders</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Public officials</translation>
    </message>
    <message>
        <source>Pupils and students</source>
        <translation>Pupils and students</translation>
    </message>
    <message>
        <source>Women's Union members</source>
        <translation>Women's Union members</translation>
    </message>
    <message>
        <source>Youth Union members</source>
        <translation>Youth Union members</translation>
    </message>
</context>
<context>
    <name>hocvuso::kpi::Indicator</name>
    <message>
        <source>Adults with basic digital knowledge and skills</source>
        <translation>Adults with basic digital knowledge and skills</translation>
    </message>
    <message>
        <source>Adults certified on VNeID at the universal digital-skills level</source>
        <translation>Adults certified on VNeID at the universal digital-skills level</translation>
    </message>
    <message>
        <source>Adults owning a smartphone</source>
        <translation>Adults owning a smartphone</translation>
    </message>
    <message>
        <source>Citizens 16+ with a digital identity (VNeID level 2)</source>
        <translation>Citizens 16+ with a digital identity (VNeID level 2)</translation>
    </message>
    <message>
        <source>Citizens 16+ with a digital bank account</source>
        <translation>Citizens 16+ with a digital bank account</translation>
    </message>
    <message>
        <source>Public officials with digital skills</source>
        <translation>Public officials with digital skills</translation>
    </message>
    <message>
        <source>Pupils and students equipped with digital skills</source>
        <translation>Pupils and students equipped with digital skills</translation>
    </message>
    <message>
        <source>Enterprise and co-operative workers with basic digital skills</source>
        <translation>Enterprise and co-operative workers with basic digital skills</translation>
    </message>
    <message>
        <source>Digital households (at least one trained member)</source>
        <translation>Digital households (at least one trained member)</translation>
    </message>
    <message>
        <source>Households informed of the movement</source>
        <translation>Households informed of the movement</translation>
    </message>
    <message>
        <source>Elderly (60+) who attended a class</source>
        <translation>Elderly (60+) who attended a class</translation>
    </message>
    <message>
        <source>People with disabilities who attended a specialised class</source>
        <translation>People with disabilities who attended a specialised class</translation>
    </message>
    <message>
        <source>Digital ambassadors guiding at least N mentees</source>
        <translation>Digital ambassadors guiding at least N mentees</translation>
    </message>
    <message>
        <source>Hamlets with an active community digital technology team</source>
        <translation>Hamlets with an active community digital technology team</translation>
    </message>
    <message>
        <source>Hamlets with at least one influencer promoting the movement</source>
        <translation>Hamlets with at least one influencer promoting the movement</translation>
    </message>
    <message>
        <source>Markets running the "Chợ số" 4T model</source>
        <translation>Markets running the "Chợ số" 4T model</translation>
    </message>
    <message>
        <source>Weeks or months with at least one community class</source>
        <translation>Weeks or months with at least one community class</translation>
    </message>
    <message>
        <source>Women's Union members 18+ reached by training or outreach</source>
        <translation>Women's Union members 18+ reached by training or outreach</translation>
    </message>
</context>
<context>
    <name>hocvuso::kpi::Period</name>
    <message>
        <source>month %1 does not exist in '%2'</source>
        <translation>month %1 does not exist in '%2'</translation>
    </message>
    <message>
        <source>'%1' holds a date that does not exist</source>
        <translation>'%1' holds a date that does not exist</translation>
    </message>
    <message>
        <source>'%1' ends before it starts</source>
        <translation>'%1' ends before it starts</translation>
    </message>
    <message>
        <source>'%1' is not a period (use 2025, 2025-Q3, 2025-H1, 2025-07 or 2025-01-01..2025-06-30)</source>
        <translation>'%1' is not a period (use 2025, 2025-Q3, 2025-H1, 2025-07 or 2025-01-01..2025-06-30)</translation>
    </message>
</context>
<context>
    <name>hocvuso::kpi::PlanCatalog</name>
    <message>
        <source>could not commit the plan templates</source>
        <translation>could not commit the plan templates</translation>
    </message>
    <message>
        <source>the new plan needs a code</source>
        <translation>the new plan needs a code</translation>
    </message>
    <message>
        <source>a plan with code '%1' exists already</source>
        <translation>a plan with code '%1' exists already</translation>
    </message>
    <message>
        <source>unknown indicator '%1'</source>
        <translation>unknown indicator '%1'</translation>
    </message>
    <message>
        <source>a target is a percentage from 0 to 100, not %1</source>
        <translation>a target is a percentage from 0 to 100, not %1</translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation>could not be written</translation>
    </message>
    <message>
        <source>the year must be from 2000 to 2100, not %1</source>
        <translation>the year must be from 2000 to 2100, not %1</translation>
    </message>
    <message>
        <source>the mentor minimum must be from 1 to 100, not %1</source>
        <translation>the mentor minimum must be from 1 to 100, not %1</translation>
    </message>
    <message>
        <source>a plan code has at most 32 characters</source>
        <translation>a plan code has at most 32 characters</translation>
    </message>
    <message>
        <source>a plan code has only letters, digits and - _ . (not '%1')</source>
        <translation>a plan code has only letters, digits and - _ . (not '%1')</translation>
    </message>
</context>
<context>
    <name>hocvuso::report</name>
    <message>
        <source>Progress against target</source>
        <translation>Progress against target</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>(no hamlet)</source>
        <translation>(no hamlet)</translation>
    </message>
    <message>
        <source>%1: no baseline for %2, so no result.</source>
        <translation>%1: no baseline for %2, so no result.</translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3, %4 points behind</source>
        <translation>%1: %2 against a target of %3, %4 points behind</translation>
    </message>
    <message>
        <source> (%1 more needed)</source>
        <translation> (%1 more needed)</translation>
    </message>
    <message>
        <source>; lowest in %1 (%2)</source>
        <translation>; lowest in %1 (%2)</translation>
    </message>
    <message>
        <source>Every indicator of the plan is on or above its target.</source>
        <translation>Every indicator of the plan is on or above its target.</translation>
    </message>
    <message>
        <source>%1 indicator(s) of the plan are behind target:</source>
        <translation>%1 indicator(s) of the plan are behind target:</translation>
    </message>
    <message>
        <source>%1 resident(s) have no birth date or year and are left out of age-bound indicators.</source>
        <translation>%1 resident(s) have no birth date or year and are left out of age-bound indicators.</translation>
    </message>
    <message>
        <source>no plan selected</source>
        <translation>no plan selected</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Some hamlets have no baseline for %1: the people counted there appear in the per-hamlet table but not in the percentages.</source>
        <translation>Some hamlets have no baseline for %1: the people counted there appear in the per-hamlet table but not in the percentages.</translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (part %2 of %3)</translation>
    </message>
</context>
</TS>