# Carnet's English catalogue. Every message here has a twin in fr.ftl (a test checks it).

## Counts

count-encounters = { $count ->
    [one] { $count } encounter
   *[other] { $count } encounters
}

## The menu bar

menu-file = File
menu-new = New
menu-open = Open…
menu-open-recent = Open recent
menu-save = Save
menu-save-as = Save as…
menu-import = Import
menu-merge-project = Merge project…
menu-export = Export
menu-map-image = Map image…
menu-quit = Quit
menu-edit = Edit
menu-undo = Undo
menu-undo-step = Undo { $step }
menu-redo = Redo
menu-redo-step = Redo { $step }
menu-add-contact = Add contact
menu-log-encounter = Log encounter…
menu-log-event = Log event…
menu-plan-meeting = Plan meeting…
menu-view = View
menu-contact-list = Contact list
menu-contact-editor = Contact editor
menu-theme = Theme
menu-language = Language
menu-clear-recent = Clear recent files
menu-format = { $format }…
menu-calendar-to-debrief = Meetings to debrief from a calendar (.ics)…

## File formats

import-format-linkedin = LinkedIn connections
format-vcard = Contacts (vCard)
format-csv = Table (CSV)
format-excel-csv = Table for Excel (CSV, UTF-8 with BOM)
format-calendar = Calendar (.ics)
format-vcard-explained = Every contact as vCard 4.0, for an address book or a phone
format-csv-explained = One row per contact, in UTF-8: LibreOffice, Numbers, Google Sheets, scripts
format-excel-csv-explained = The same table, starting with a byte-order mark: without it Excel reads accents wrongly ("InÃ¨s" for "Inès")
format-calendar-explained = Planned meetings, follow-ups due and keep-in-touch reminders

## The View menu and the tabs

menu-zoom-in = Zoom in
menu-zoom-out = Zoom out
menu-zoom-reset = Actual size
view-map = Map
view-agenda = Agenda
view-prepare = Prepare
view-introductions = Introductions
view-project = Project
theme-system = Follow the system
theme-light = Light
theme-dark = Dark

## The welcome page

welcome-title = Welcome to Carnet
welcome-intro = Carnet maps the people you know for a project — a job search, a venture — and how well you really know them. Trust is built face to face: people you import stay "online only" until you meet them and log it.
welcome-your-name = Your name
welcome-name-hint = First and last name
welcome-centre = You are at the centre of the map.
welcome-import-linkedin = Import LinkedIn connections…
welcome-import-linkedin-hover = LinkedIn › Settings › Data privacy › Get a copy of your data › Connections: the Connections.csv file
welcome-import-vcard = Import contacts (vCard)…
welcome-import-vcard-hover = A .vcf file from your phone, Google or Apple Contacts
welcome-add-contact = Add a contact
welcome-add-contact-hover = Someone you just met
welcome-open-demo = Open the demo project
welcome-open-demo-hover = A job search with 40 people, their meetings and introductions
welcome-open-project = Open a project…
welcome-open-project-hover = A Carnet project file (.ron)
welcome-start = Start with your network
welcome-look-around = Or look around first
welcome-recent = Recent projects

## The status bar

status-counts = { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
} · { $encounters ->
    [one] { $encounters } encounter
   *[other] { $encounters } encounters
} · { $introductions ->
    [one] { $introductions } introduction
   *[other] { $introductions } introductions
}
status-unsaved = Unsaved changes
status-read-only = Read-only
status-read-only-hover = Another Carnet window has this project open

## Dates

date-long = { $weekday } { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month } { $year }
date-today = today
date-yesterday = yesterday
date-tomorrow = tomorrow
date-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
date-weeks-ago = { $count ->
    [one] { $count } week ago
   *[other] { $count } weeks ago
}
date-months-ago = { $count ->
    [one] { $count } month ago
   *[other] { $count } months ago
}
date-years-ago = { $count ->
    [one] { $count } year ago
   *[other] { $count } years ago
}
date-in-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}
date-in-weeks = { $count ->
    [one] in { $count } week
   *[other] in { $count } weeks
}
date-in-months = { $count ->
    [one] in { $count } month
   *[other] in { $count } months
}
date-in-years = { $count ->
    [one] in { $count } year
   *[other] in { $count } years
}
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## The date field and its calendar

date-field-hint = YYYY-MM-DD
date-field-hover = A date, or words: yesterday, next friday, in 2 weeks, 12/2…
date-field-calendar = Calendar
date-field-calendar-hover = Pick the day on a calendar
date-field-not-yet = not a date yet
calendar-previous-month = Previous month
calendar-next-month = Next month
calendar-month = { $month } { $year }
calendar-today = Today
calendar-weekday-1 = Mo
calendar-weekday-2 = Tu
calendar-weekday-3 = We
calendar-weekday-4 = Th
calendar-weekday-5 = Fr
calendar-weekday-6 = Sa
calendar-weekday-7 = Su
date-compact = { $day } { $month } { $year }

## The contact list

contacts-title = Contacts
contacts-add = Add contact
contacts-add-hover = Add a contact and edit it (Ctrl+Shift+N)
contacts-search = Search contacts
contacts-search-hint = Search people and notes (Ctrl+F)
contacts-sort-by = Sort by
contacts-sort-name = Name
contacts-sort-organization = Organization
contacts-sort-last-met = Last met in person
contacts-count = { $total ->
    [one] { $total } contact
   *[other] { $total } contacts
}
contacts-count-shown = { $shown } of { $total ->
    [one] { $total } contact
   *[other] { $total } contacts
}
contacts-none-yet = No contacts yet. Add the people you meet with “Add contact”.
contacts-no-match = No contact matches this search.
contacts-column-name = Name
contacts-column-last-met = Last in person
contacts-column-last-met-hover = The last time you met face to face: calls and messages do not count, as they build no trust

## The window

title = Carnet — { $project } ({ $file }){ $unsaved ->
    [yes] {" •"}
   *[no] {""}
}{ $read_only ->
    [yes] {" — read-only"}
   *[no] {""}
}
title-not-saved = not saved
tab-overdue = { $tab } ({ $overdue })
status-new-project = New project

## The Agenda

agenda-title = Agenda for { $date }
agenda-empty = Nothing planned, nothing due. Plan a meeting from a contact, or set a keep-in-touch cadence on the people you want to see regularly.
agenda-this-week = This week
agenda-this-week-explained = The few things most worth doing now, and why.
agenda-group = { $title } ({ $count })
agenda-group-debrief = To debrief, from your calendar
agenda-group-meetings = Meetings ahead
agenda-group-watch = Watch: news from people you trust
agenda-group-see-again = Time to see again
agenda-group-worth-meeting = Worth meeting in person
agenda-group-introductions = Introductions waiting
agenda-group-due-soon = Due soon
agenda-group-late-month = Late by up to a month
agenda-group-late-quarter = Late by one to three months
agenda-group-older = Older: settle them or set them aside
agenda-promises-heading = Promises due within { $days } days or overdue ({ $count })
agenda-show-fewer = Show fewer
agenda-show-all = Show all { $count }
agenda-meeting = { $date }{ $time } · { $kind } with { $names }
agenda-at-place = at { $place }
agenda-prepare = Prepare
agenda-prepare-name = Prepare the meeting of { $date } with { $names }
agenda-edit = Edit…
agenda-edit-hover = Change the date, or write the debrief once it happened
agenda-i-promised = I promised { $people }
agenda-they-promised = { $people } promised
agenda-overdue-since = Overdue since { $date }
agenda-due = Due { $date }
agenda-promise = { $who }: { $what }
agenda-done = Done
agenda-done-hover = Mark this promise as kept
agenda-done-name = Done: { $what }
agenda-cadence-overdue = every { $cadence } days; last in touch { $last }, { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
agenda-cadence-never = every { $cadence } days; never in touch yet
agenda-worth-meeting = online only; introduced by { $introducer } (your trust: { $trust })
agenda-date-time = { $date } { $time }
agenda-a-meeting = A meeting
agenda-debrief-line = { $when } · { $title }
agenda-with = with { $names }
agenda-debrief = Debrief…
agenda-debrief-name = Debrief { $title } of { $date }
agenda-debrief-hover = Log what was said and the trust it built: the day, the place and the people are filled in
agenda-not-a-meeting = Not a meeting
agenda-not-a-meeting-name = { $title } of { $date } is not a meeting
agenda-not-a-meeting-hover = Off the Agenda, with every occurrence of this calendar event, and not queued again
agenda-moved-when = { $weeks ->
    [0] this week
    [1] a week ago
   *[other] { $weeks } weeks ago
}
agenda-their-new-place = their new place
agenda-moved = moved to { $now } { $when } (was { $was }): congratulate them; they now bridge to { $place }
agenda-not-linked = not linked on LinkedIn: connect, and mention the { $kind } of { $date }
agenda-stalled = { $days ->
    [0] { $status } today
   *[other] { $status } since { $since } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    })
}
agenda-introductions = Introductions…
agenda-introduction-name = See the introduction: { $what }
agenda-reason = — { $reason }
agenda-open = Open
agenda-open-hover = Show { $name } in the contact panel
agenda-open-name = Open { $name }
agenda-log = Log…
agenda-log-name = Log encounter with { $name }
agenda-plan = Plan…
agenda-plan-name = Plan meeting with { $name }
agenda-more = More…
agenda-more-name = More: { $what }
agenda-more-hover = Snooze it, or take it off the Agenda
agenda-snooze = Snooze
agenda-snooze-week = A week
agenda-snooze-month = A month
agenda-snooze-quarter = Three months
agenda-snooze-name = Snooze: { $what }
agenda-snooze-hover = Take it off the Agenda for a while
agenda-not-relevant = Not relevant
agenda-not-relevant-hover = Take it off the Agenda for good (Ctrl+Z brings it back)
agenda-not-relevant-name = Not relevant: { $what }

## Kinds of encounter, trust, origins, introduction steps

kind-coffee = Coffee
kind-meal = Meal
kind-meeting = Meeting
kind-event = Event
kind-call = Call
kind-video = Video call
kind-message = Message
trust-none = none
trust-low = low
trust-medium = medium
trust-high = high
trust-full = full
origin-by-hand = Added by hand
origin-introduced = Introduced by someone
origin-linkedin = Imported from LinkedIn
origin-vcard = Imported from vCard
intro-planned = planned
intro-asked = asked
intro-accepted = accepted
intro-made = made
intro-met = they met
intro-declined = declined
intro-dropped = dropped

## The encounter form

form-save = Save
# The Escape key, as its keycap reads.
key-escape = Esc
form-cancel = Cancel
form-plan-meeting = Plan meeting
form-log-encounter = Log encounter
form-log-event = Log event
form-edit-encounter = Edit encounter
form-edit-event = Edit event
form-date = Date
form-kind = Kind
form-in-person = In person: builds trust.
form-remote = Remote: keeps the tie warm, never raises trust above low.
form-event = Event
form-event-hint = VivaTech 2026, team dinner…
form-event-name = Event name
form-place = Place
form-place-hint = Where
form-enter-completes = Enter completes:
form-people-met = People met
form-with = With
form-new-person = { $name } (new)
form-people-hint = Type a name, Enter adds
form-add-person = Add person
form-new-contact = New contact: { $name }
form-new-contact-hover = Adds this person to your contacts when you save
form-notes = Notes
form-notes-hint = What was said, what they are looking for…
form-trust = Trust felt
form-trust-later = Recorded after the meeting, when you debrief it.
form-trust-not-recorded = not recorded
form-trust-remote = Counts as low: trust comes from meeting in person.
form-follow-ups = Follow-ups
form-promiser-me = I
form-promiser-them = They
form-promise = Promise
form-promise-hint = promised to…
form-promise-due = due
form-promise-due-name = Due
form-remove-follow-up = Remove this follow-up
form-i-promised = I promised…
form-they-promised = They promised…
form-remove = Remove { $name }
form-error-date = "{ $text }" is not a date: type it as YYYY-MM-DD, or pick it on the calendar.
form-error-unfinished-name = Press Enter to add "{ $name }" to the people met, or clear that field.
form-error-nobody = Add at least one person you met.
form-error-due = The due date of "{ $what }" is not a date: type it as YYYY-MM-DD.

## The preparation sheet (window, Markdown and PDF)

prep-title = Preparing to meet { $name }
prep-before = Before: { $jobs }
prep-goal = Project goal
prep-goal-line = Project goal: { $goal }
prep-open-contact = Open contact
prep-who = Who they are
prep-how-we-met = How we met: { $how }
prep-tags = Tags: { $tags }
prep-next-meeting = Next meeting: { $heading }
prep-last-encounters = Last encounters
prep-none-yet = None yet.
prep-open-promises = Open promises
prep-none = None.
prep-mutual = People we both know
prep-nobody = Nobody in this project.
prep-my-trust = my trust { $trust }
prep-online-only = online only
prep-mutual-line = { $name } ({ $link }; { $met })
prep-mutual-standing = { $link }; { $met }
prep-introductions = Introductions in progress
prep-introduction = { $introducer } introduces { $a } to { $b } ({ $status })
prep-promise = { $who ->
    [me] I promised
   *[them] They promised
}: { $what } (on { $on })
prep-promise-due = { $who ->
    [me] I promised
   *[them] They promised
}: { $what } (on { $on }, due { $due })
prep-encounter-heading = { $date } · { $kind }
prep-encounter-heading-title = { $date } · { $kind } · { $title }
prep-encounter-heading-place = { $date } · { $kind } · { $place }
prep-encounter-heading-title-place = { $date } · { $kind } · { $title } · { $place }
prep-planned = { $heading } (planned)
prep-standing = Met in person { $count ->
    [one] { $count } time
   *[other] { $count } times
}, last on { $last }; trust { $trust }
prep-standing-online = Online only: never met in person; trust { $trust }
prep-met-introduced-by = introduced by { $name }
prep-met-introduced = introduced by someone
prep-met-linkedin-since = LinkedIn connection since { $date }
prep-met-linkedin = LinkedIn connection
prep-met-vcard = from my address book
prep-met-first = first met in person on { $heading }
prep-met-not-recorded = not recorded
prep-link-introduced-us = introduced us
prep-link-they-introduced = they introduced us
prep-link-introduction = in an introduction together
prep-link-met = met together on { $date }
pdf-day-title = Meetings of { $date }
pdf-the-day = The day
pdf-meeting-title = Meeting of { $date }
pdf-meeting-line = { $time }{ $kind } with { $names }
pdf-meeting-line-place = { $time }{ $kind } with { $names } — { $place }
pdf-labelled = { $label }: { $text }
pdf-footer = { $project } · Carnet · page { $page }
pdf-describe-sheet-for = the preparation sheet for { $name }
pdf-describe-sheet = the preparation sheet
pdf-describe-meeting-of = the meeting of { $date }
pdf-describe-meeting = the meeting
pdf-describe-day = the booklet of { $date }
pdf-describe-review = the network review

## Why a line is in "This week"

reason-prepare = { $days ->
    [0] today: prepare it
    [1] tomorrow: prepare it
   *[other] in { $days } days: prepare it
}
reason-late = { $days ->
    [one] { $days } day late: a promise kept builds trust
   *[other] { $days } days late: a promise kept builds trust
}
reason-due = { $days ->
    [0] due today: a promise kept builds trust
    [one] due in { $days } day: a promise kept builds trust
   *[other] due in { $days } days: a promise kept builds trust
}
reason-remind = a friendly reminder to { $people } keeps it alive
reason-fades = trust { $trust }: it fades without meeting
reason-nudge = a short nudge moves it
reason-vouched = someone you trust vouches for them: meet in person
reason-new-job = a word now says you keep track

## Status messages and file prompts

status-opened = Opened { $path }
status-opened-demo = Opened the demo project: look around; Save as… keeps a copy of your changes
status-saving = Saving { $path }…
status-saved = Saved { $path }
status-saved-pdf = Saved { $what } to { $path } ({ $paper })
status-printing = Sending { $what } to the printer…
status-printed = Sent { $what } to the printer
status-printed-said = Sent { $what } to the printer ({ $said })
status-exported-map = Exported the map to { $path }
status-exported = Exported { $holds } to { $path }
this-project = This project
dialog-open = Open project
dialog-open-button = Open
dialog-import = Import contacts
dialog-import-button = Import
dialog-read-calendar = Meetings to debrief from a calendar
dialog-read-button = Read
dialog-merge = Merge another project
dialog-merge-button = Merge
dialog-export-map = Export the map
dialog-export = Export contacts
dialog-export-button = Export
dialog-save-pdf = Save as PDF
dialog-save-as = Save project as
dialog-save-button = Save

## The contact panel

contact-none-selected = No contact selected
contact-none-selected-hint = Select a contact in the list to see and edit it.
contact-encounters = Encounters ({ $count })
contact-details = Details
contact-delete = Delete contact…
contact-maybe-same = Maybe the same person as { $name } ({ $why })
contact-merge = Merge…
contact-merge-hover = Combine the two records into this one
contact-show = Show
contact-no-name = (no name)
contact-left-linkedin = No longer in your LinkedIn export since { $date }
contact-left-linkedin-hover = They were missing from a LinkedIn export you imported: perhaps they left LinkedIn or removed the connection. Kept here; the flag goes when an export lists them again.
contact-met-in-person = Met in person
contact-times = { $count ->
    [one] { $count } time
   *[other] { $count } times
}
contact-last = · last { $date }
contact-online-only = Online only
contact-online-only-hover = You have never met this person face to face.
contact-trust = Trust: { $trust }
contact-trust-rule = Trust comes from meeting in person: it is the trust you felt at your latest in-person encounter. Calls, video calls and messages never raise it above low.
contact-warmth = · warmth { $percent }%
contact-warmth-hover = How warm the tie is today: it fades with time since you last met in person (halving every 6 months); calls and messages keep it at most half warm.
contact-next-meeting = Next meeting planned on { $date }
likeness-profile = same LinkedIn profile
likeness-email = same email
likeness-phone = same phone number
likeness-name-organization = same name, same organization now or before
likeness-name = same name
field-name = Name
field-organization = Organization
field-role = Role
field-emails = Emails
field-phones = Phones
field-links = Links
field-tags = Tags
contact-fields-hint = One email, phone or link per line; tags separated by commas.
contact-pinned = Pinned on the map at ({ $x }, { $y })
contact-unpin = Unpin
contact-origin = Origin
contact-introduced-by = Introduced by
contact-someone-not-in-carnet = someone not in Carnet
contact-connected-on = Connected on
contact-delete-title = Delete { $name }?
contact-delete-undo = You can undo this with Ctrl+Z.
contact-delete-button = Delete
contact-linkedin-says = LinkedIn says: { $job }
contact-linkedin-says-hover = Your latest LinkedIn export gives another job than the one you wrote. Yours is kept until you choose.
contact-use-linkedin = Use LinkedIn's
contact-use-linkedin-hover = Yours goes to their past jobs
contact-online-note = From your LinkedIn archive. Writing keeps the tie warm, up to half as warm as meeting; only meeting in person builds trust.
contact-selected = { $count } contacts selected
contact-selected-hint = Ctrl+click a contact in the list or on the map to add or remove it.
contact-show-only = Show only this contact
contact-merge-two-hover = The same person recorded twice: combine the two records into one
contact-merge-two-disabled = Select exactly two contacts to merge them
contact-log-all = Log encounter with all…
contact-log-all-hover = One encounter where you met all of them
contact-plan-all = Plan meeting with all…
contact-clear-selection = Clear selection
contact-log-hover = Write down a meeting, a call or a message with this person
contact-plan-hover = An encounter dated in the future is a planned meeting
contact-prepare-hover = The meeting preparation sheet for this person
contact-introduce = Introduce to…
contact-introduce-hover = Introduce this person to someone, if the trust gate allows (or drag them onto someone on the map)
contact-who-can-introduce = Who can introduce me?
contact-who-can-introduce-hover = Warm paths to this person through people you trust
contact-keep-in-touch = Keep in touch every
contact-days-suffix = { " " }days
contact-keep-in-touch-days = Keep in touch every (days)
contact-no-encounter = No encounter yet. Log one after you meet: trust comes from meeting in person.
contact-show-all-encounters = Show all { $count } encounters
contact-with = With { $names }
contact-trust-felt = Trust felt: { $trust }
contact-trust-felt-remote = Trust felt: { $trust } (counts as low: not in person)
contact-promise = { $who ->
    [me] I
   *[them] They
}: { $what }
contact-promise-due = { $who ->
    [me] I
   *[them] They
}: { $what } (due { $due })
contact-edit-encounter-name = Edit encounter of { $date }
contact-delete-encounter-hover = Delete this encounter (Ctrl+Z undoes it)
contact-delete-encounter-name = Delete encounter of { $date }
contact-introductions = Introductions ({ $count })
contact-introduction = { $introducer } introduces { $a } to { $b } — { $status }

## Introductions and warm paths

looking-person = a person
looking-organization = anyone at
looking-tag = anyone tagged
step-asked = Asked them
step-agreed = Both agreed
step-introduced = Introduced
step-met = They met
step-declined = Declined
step-drop = Drop
intro-me = I
intro-unknown-contact = contact { $id }
intro-i-introduce = I introduce { $a } to { $b }
intro-introduces-me-to = { $introducer } introduces me to { $b }
intro-introduces-to-me = { $introducer } introduces { $a } to me
intro-introduces = { $introducer } introduces { $a } to { $b }
intro-filter-hint = Filter by name
intro-filter = Filter introductions
intro-show-ended = Show ended ones
intro-more = … and { $count } more: filter by name to find them
intro-none = No introductions here yet. Drag one contact onto another on the map, or name two people above.
intro-despite-gate = Planned despite the trust gate: { $reason }
intro-show-on-map = Show on map
intro-notes-hint = How it was made, why they fit
intro-notes-name = Notes on: { $what }
intro-outcome-hint = What came of it?
intro-outcome-name = Outcome of: { $what }
paths-who = Who can introduce me to
paths-looking-for = Looking for
paths-hint-name = a name
paths-hint-organization = an organization
paths-hint-tag = a tag
paths-whom = Whom to reach
paths-find = Find paths
paths-none = No warm path: nobody you trust (met in person, recently) is known to know them. Meet people first, or record who knows whom.
paths-strength-explained = Strength: how warm each tie along the path is (trust, and how recently you met), multiplied; 100 % means everyone on it was met lately and is fully trusted.
paths-already-known = You already know { $name }: { $how }. No introduction needed: contact them yourself.
paths-formerly = { $name } ({ $formerly })
paths-formerly-at = formerly at { $organization }
paths-path = { $rank }. You > { $names }   (strength { $strength } %)
paths-path-hover = How warm each tie along the path is, multiplied: trust and how recently you met for your own ties, how the two know each other for the others.
paths-weakest = { $line }  - weak: { $remedy }
paths-show = Show path { $rank } on map
paths-plan = Plan path { $rank } introductions
paths-plan-hover = Each introducer on the path introduces you to the next person
paths-you-know = You know { $to }: { $how }
paths-tie-introduced = one introduced the other
paths-tie-met-together = you met them together
paths-can-introduce = { $from } can introduce you to { $to }: { $how }
remedy-see-again = see { $to } again first (last met { $last })
remedy-meet = meet { $to } in person first
remedy-trust = build trust with { $to } first
remedy-ask = ask { $from } how well they know { $to }
propose-introduce = Introduce
propose-to = to
propose-another-name = another name
propose-first = First person to introduce
propose-second = Second person to introduce
propose-check = Check trust…
propose-same-person = Those are the same person.
know-met = met in person { $count ->
    [one] { $count } time
   *[other] { $count } times
}, last on { $last }; trust { $trust }
know-remote = never met in person ({ $count ->
    [one] { $count } remote contact
   *[other] { $count } remote contacts
}); trust { $trust }
know-online = online only: never met

## The introduction card and the trust gate

card-known = { $name }: { $how }
card-known-about = { $name }, { $about }: { $how }
card-title = Introduce { $a } to { $b }?
card-why = Why they fit
card-why-none = Nothing in their records says so yet: tags, organization, notes.
card-reason = - { $reason }
card-how-known = How you know them
card-under-way = Already under way: this introduction is { $status } since { $since }.
card-show-open = Show the open introduction
card-gate-passes = The trust gate passes: you have met both in person, recently, and trust them at least { $threshold }.
card-plan = Plan introduction
card-gate-fails = Not yet: the trust gate does not pass
card-anyway = Or go ahead anyway, and say why (kept with the introduction):
card-anyway-hint = e.g. Marc asked me for exactly this contact
card-anyway-name = Reason to proceed
card-proceed = Proceed anyway
card-proceed-disabled = Write why you go ahead first
gate-never-met = You have never met { $name } in person.
gate-trust-low = Your trust in { $name } is { $trust }; this project asks for at least { $threshold }.
gate-not-recent = You last met { $name } in person on { $last }, more than { $months } months ago.
gate-remedy-plan = Plan a meeting with { $name } first.
gate-remedy-see-again = See { $name } again: trust is built face to face.
fit-tags = Both tagged { $tags }
fit-organization = Both at { $organization }
fit-note = { $name }: “{ $line }”
fit-relation = They already know each other (a relation is recorded)

## The Project tab

project-untitled = Untitled project
project-explained = The project: what this network is for, and the rules you keep.
project-name = Project name
project-goal = Goal
project-your-organization = Your organization
project-your-role = Your role
project-threshold = Introduce only people I trust at least
project-threshold-name = Trust threshold
project-recency = and met in person within the last
project-months-suffix = { " " }months
project-recency-name = Recency in months
project-at-a-glance = At a glance
project-met-value = { $met } ({ $online } online only)
project-encounters = Encounters
project-encounters-value = { $count } ({ $planned } planned)
project-relations = Relations between contacts

## The map's toolbar

map-fit = Fit
map-fit-hover = Fit the whole network in view (F, or double-click the background)
map-clear-highlight = Clear highlight
map-clear-highlight-hover = Stop lighting up the path or introduction
map-find = Find on map
map-filter-hint = Filter: tag, organization, name
map-filter = Filter the map
map-filters = Filters
map-filters-active = Filters ({ $count })
map-show = Show
map-min-trust = Min. trust
map-min-trust-name = Minimum trust
map-not-met = Not met for
map-months-suffix = { " " }mo
map-not-met-name = Not met in person for months
map-not-met-hover = Only people not met in person for at least this many months (0: everyone)
map-hide-rest = Hide the rest
map-focus-on = Focus on { $name } within
map-focus-steps = Focus steps
map-focus-steps-hover = Show the people within this many steps (1 to 3)
map-steps = { $count ->
    [one] step
   *[other] steps
}
map-whole = Whole map
map-whole-hover = Leave the focus and show everyone (Esc)
map-focus = Focus
map-focus-hover = Show only the selected person and the people within a few steps of them, around them (Esc returns)
map-focus-disabled = Select a person to focus on them
map-no-lens = No lens
map-lens = Lens
map-lens-hover = A saved combination of filters and focus
map-save-lens = Save lens…
map-save-lens-hover = Save these filters and this focus under a name
map-lens-name-hint = Lens name, e.g. Doctolib push
map-lens-name = Lens name
map-replace = Replace
map-delete-lens = Delete lens
map-delete-lens-hover = Remove the lens "{ $name }" from the project
presence-all = Everyone

## The map: names, menus, tooltips, legend

map-you = { $name } (you)
map-this-is-you = This is you: the centre of your network.
map-focus-person = Focus on this person
map-delete = Delete…
map-you-centre = You: the centre of your network.
map-tooltip-met = Met in person { $count ->
    [one] { $count } time
   *[other] { $count } times
}, last on { $last }
map-tooltip-online = Online only: never met in person
legend-hide = Hide legend
legend-show = Legend
legend-hover = What sizes, colours, lines and rings mean
legend-rings = Rings: the nearer me, the closer (named on the map)
legend-ring-line = { $ring }: { $explanation }.
legend-met = Met in person (size and colour: trust)
legend-online = Online only: never met
legend-trust = Trust, from meeting in person
legend-paler = Paler: not seen in person lately
legend-ties = Ties
legend-encounters = Encounters with me (thicker: more in person)
legend-introduced = Introduced by (arrow to who was introduced)
legend-planned = Planned introduction
legend-know = They know each other
legend-met-together = Met together (same event or meeting)
legend-bubble = Zoomed out: a group's online-only people as one bubble (click to open)
circle-trusted = Trusted, seen lately
circle-met = Met
circle-trusted-explained = Met in person, trusted (medium or more), and seen in the last 12 months
circle-met-explained = Met in person at least once
circle-online-explained = Never met in person: known online or imported
ring-steps = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
ring-name = Ring: { $name }
bubble-opens = { $group }: { $count } people known only online; click or zoom in to see them
image-title-lens = { $project } — { $lens }
image-subtitle = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
} · as of { $date }
image-rings = Rings: the nearer, the closer
image-paler = Paler: not seen lately
image-bubble = A group's online-only people
image-introduced = Introduced by
image-met-together = Met together
image-encounters = Encounters with me

## Questions: unsaved changes, recovery, another window, a change on disk

unsaved-title = Save your changes?
unsaved-question = “{ $project }” has changes that are not saved. Save them before { $doing ->
    [new] starting a new project
    [open] opening another project
   *[quit] quitting
}?
unsaved-discard = Don't save
path-prompt-name = File path
path-prompt-empty = No folders or .{ $extensions } files here.
recovery-title = Recover unsaved changes?
recovery-explained = Carnet closed without saving these changes (a crash, a kill, a power cut). Its recovery copies hold them:
recovery-restore = Restore
recovery-restore-hover = Open these changes, unsaved, for you to look at and save
recovery-discard = Discard
recovery-discard-hover = Delete this recovery copy; the file stays as it is
recovery-later = Decide later
elsewhere-title = Already open in another window
elsewhere-explained = { $file } is open in another Carnet window. If both change it, one will overwrite the other's work.
elsewhere-read-only = Open read-only
elsewhere-read-only-hover = Look without changing; Save as… keeps a copy of your own
elsewhere-edit = Edit anyway
conflict-title = Changed by another program
conflict-explained = { $file } was changed on disk (a sync, a git pull, another Carnet) since you opened or saved it, and you have unsaved changes. Nothing is overwritten unless you say so.
conflict-reload = Reload theirs
conflict-reload-hover = Open the version on disk; your unsaved changes are lost
conflict-keep-mine = Keep mine as a copy…
conflict-keep-mine-hover = Save your version to another file; theirs stays
conflict-overwrite = Overwrite
conflict-overwrite-hover = Write your version over theirs (theirs is kept as .bak)
recovery-counts = { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $encounters ->
    [one] { $encounters } encounter
   *[other] { $encounters } encounters
}, { $introductions ->
    [one] { $introductions } introduction
   *[other] { $introductions } introductions
}
recovery-never-saved = A project never saved: { $name }
recovery-of-file = { $name } ({ $path })
recovery-written = Written { $when }: { $counts }.
recovery-file-has = { $written } The file has { $counts }.
recovery-file-gone = { $written } The file no longer exists.
recovery-discarded = Recovery copy discarded
recovery-restored = Restored the changes of { $when }: save to keep them
elsewhere-opened-read-only = Opened read-only: another Carnet window has this project open
elsewhere-editing = Editing although another Carnet window has this project open
conflict-not-saved = Not saved
conflict-reloaded = Reloaded { $path }
banner-changed = { $file } was changed by another program.
banner-unsaved = You have unsaved changes: saving will ask what to do.
banner-reload-theirs = Reload theirs (discard mine)
banner-reload = Reload
banner-dismiss = Dismiss
dismissed-nothing-imported = Nothing imported
dismissed-no-introduction = No introduction planned
dismissed-nothing-merged = Nothing merged
status-copied = Copied { $what }: paste it where you like
prep-heading = Prepare a meeting
prep-heading-hint = Select a contact, or choose Prepare on a meeting in the Agenda.
prep-copy-markdown = Copy as Markdown
prep-copy-markdown-hover = Copy the sheet, to paste in notes or an email
prep-copied-what = the preparation sheet, as Markdown
prep-save-pdf = Save as PDF…
prep-save-pdf-hover = A PDF on { $paper } paper, to print or to read on the way
prep-print = Print…
prep-print-hover = Send it to the default printer ({ $command }), on { $paper } paper
prep-print-none = No print command on this system (lp or lpr): Save as PDF… and print it from a PDF viewer
prep-booklet = Day booklet as PDF…
prep-booklet-hover = Every meeting planned on { $date }: a cover listing the day, then one sheet per person
prep-paper-hover = The paper PDFs are laid out for
paper-a4 = A4
paper-letter = Letter

## The import and merge preview

preview-merge-title = Merge { $source }
preview-merge-people = { $added ->
    [one] { $added } new contact
   *[other] { $added } new contacts
}, { $matched } already here ({ $updated } with empty fields to fill).
preview-merge-brings = Brings { $encounters ->
    [one] { $encounters } encounter
   *[other] { $encounters } encounters
}, { $introductions ->
    [one] { $introductions } introduction
   *[other] { $introductions } introductions
} and { $relations ->
    [one] { $relations } relation
   *[other] { $relations } relations
}{ $already ->
    [0] .
    [one] ; 1 record already here is not copied.
   *[other] ; { $already } records already here are not copied.
}
preview-merge-matching = People are matched by LinkedIn profile, email, then name and organization. Nothing you wrote is overwritten.
preview-import-title = Import { $source }
preview-import-counts = { $added } new, { $matched } already here ({ $updated } with empty fields to fill), { $skipped } skipped.
preview-file-rows = { $file } ({ $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
})
preview-read = Read { $files }.
preview-online = Online ties: { $ties }.
preview-online-hover = Messages keep people warm on the map, up to a cap; only meeting in person builds trust. Invitation notes show as how you connected, recommendations and endorsements as vouching for you online.
preview-import-rule = Imported people are online only until you meet them. Nothing you wrote is overwritten.
preview-partial = This export lists only { $listed } of your { $total } LinkedIn connections: is it a partial export? The { $missing } it leaves out are kept, and flagged only if you say so.
preview-flag-missing = Flag the { $count } as no longer in my LinkedIn export
preview-new = New
preview-new-line = { $name } — { $about }
preview-new-job = New job
preview-new-job-line = { $name }: was { $was }, now { $now }
preview-missing-flagged = No longer in your LinkedIn export (kept, flagged)
preview-missing-not-flagged = No longer in your LinkedIn export (kept, not flagged)
preview-kept-yours = You wrote their job yourself: kept
preview-kept-yours-line = { $name }: { $yours } (LinkedIn says { $theirs })
preview-take-theirs = Take LinkedIn's for these (yours goes to their past jobs)
preview-updated = Already here, empty fields filled
preview-updated-line = { $name } ({ $by }): { $fields }
preview-skipped = Skipped
preview-skipped-line = line { $line }: { $reason }
preview-enter = Enter
preview-esc = Esc
preview-nothing-new = Everything in this file is already here
preview-more = … and { $count } more

## Merging two contacts

merge-keep-in-touch = Keep in touch
merge-pin = Map pin
merge-every = Every { $days } days
merge-where-pinned = Where { $name } is pinned
merge-title = Merge two contacts
merge-explained = { $kept } and { $absorbed } become one contact. Emails, phones, links and tags are combined; encounters, introductions and relations follow.
merge-no-conflict = Their records do not disagree: nothing to choose.
merge-keep = Where they disagree, keep:
merge-both = Both, one after the other
merge-field-value = { $field } ({ $value })
merge-only = Only { $name } has: { $fields }.

## Errors

error-save-thread = Could not start saving: { $error }
error-save-read-only = This project is open read-only (another Carnet window has it open): Save as… writes a copy of your own.
error-edit-read-only = Read-only: this project is open in another Carnet window. Save as… to keep a copy you can change.
error-import = Nothing imported: { $error }
error-calendar = Nothing read: { $error }
error-merge = Nothing merged: { $error }
error-export = Nothing exported: { $error }
error-pdf = PDF not saved: { $error }
error-no-printer = No print command on this system (lp or lpr): Save as PDF… and print it from a PDF viewer.
error-print = Not printed: { $error }
error-map = Map not exported: { $error }
error-reload = Kept your version: { $error }
error-dropped = Only Carnet projects (.ron files) can be opened by dropping them — { $path }
group-caption = { $name } · { $size }{ $met ->
    [0] {""}
   *[other] {" · "}{ $met } met
}{ $formerly ->
    [0] {""}
   *[other] {" · "}{ $formerly } formerly
}
group-no-organization = No organization
group-around = Around { $name }

## Opening and saving project files

load-read = Could not read the file ({ $error }) — { $path }
load-folder = This is a folder, not a project file — { $path }
load-empty = The file is empty — { $path }
load-too-large = The file is too large to be a Carnet project ({ $size } bytes; the limit is { $limit }) — { $path }
load-not-text = { $what }: Carnet projects are UTF-8 text — { $path }
load-utf16 = The file is UTF-16 encoded
load-binary = The file is binary, not text
load-not-utf8 = The file is not valid UTF-8 text
load-syntax = Not a readable Carnet project: { $message } (line { $line }, column { $column }) — { $path }
load-future = This project was saved by a newer Carnet (format version { $found }; this one reads up to { $supported }). Update Carnet to open it — { $path }
load-inconsistent = The project is inconsistent: { $error } — { $path }
save-folder = Could not save: this is a folder — { $path }
save-write = Could not save ({ $error }); the file on disk is unchanged — { $path }
save-serialize = Could not write the project as text: { $message } — { $path }
save-read-only = Could not save: the file is read-only (it has no write permission); the file on disk is unchanged. Save as… writes a copy — { $path }
save-too-large = Could not save: the project would be { $size } bytes, larger than Carnet opens ({ $limit } bytes); the file on disk is unchanged — { $path }

## What a change did (the status bar), and the undo steps (Edit menu)

outcome-undid = Undid { $step }
outcome-redid = Redid { $step }
outcome-nothing-to-undo = Nothing to undo
outcome-nothing-to-redo = Nothing to redo
new-contact-name = New contact
step-add-contact = add contact
outcome-added-contact = Added a contact: type their name
step-edit = edit { $field ->
    [name] name
    [organization] organization
    [role] role
    [emails] emails
    [phones] phones
    [links] links
    [tags] tags
    [notes] notes
    [origin] origin
    [introducer] introducer
    [connection-date] connection date
    [keep-in-touch-cadence] keep-in-touch cadence
    [map-position] map position
    [project-name] project name
    [goal] goal
    [your-name] your name
    [your-organization] your organization
    [your-role] your role
    [trust-threshold] trust threshold
    [recency] recency
    [pitch] pitch
    [goal-version] goal version
    [shared-trust] shared trust
    [meeting-reminder] meeting reminder
    [follow-up-reminder] follow-up reminder
    [on-phone] whether they go to the phone
   *[other] a field
}
step-delete = delete { $name }
outcome-deleted = Deleted { $name }.
step-pin = pin on the map
step-unpin = unpin
step-save-lens = save lens { $name }
step-delete-lens = delete lens { $name }
step-delete-encounter = delete the encounter of { $date }
outcome-deleted-encounter = Deleted the encounter of { $date } (Ctrl+Z brings it back)
step-mark-done = mark "{ $what }" done
step-mark-not-done = mark "{ $what }" not done
outcome-done = Done: "{ $what }"
outcome-not-done = Not done: "{ $what }"
step-mark-introduction = mark introduction { $status }
outcome-introduction = Introduction: { $status }
intro-field-notes = notes
intro-field-outcome = outcome
step-edit-introduction = edit the introduction's { $field }
step-snooze = snooze until { $date }
outcome-snoozed = Snoozed until { $date } (Ctrl+Z brings it back)
step-set-aside = set aside as no longer relevant
outcome-set-aside = No longer on the Agenda (Ctrl+Z brings it back)
step-read-calendar = read calendar { $source }
outcome-calendar-nothing = { $source }: { $message }
outcome-calendar-queued = { $source }: { $message }. They are in the Agenda (Ctrl+Z takes them back)
step-not-a-meeting = not a meeting
outcome-not-a-meeting = “{ $title }” is not a meeting: off the Agenda, and not queued again (Ctrl+Z brings it back)
step-encounter = { $kind ->
    [edited] edit encounter
    [planned] plan meeting
   *[logged] log encounter
}
outcome-encounter = { $kind ->
    [edited] Encounter updated.
    [planned] Meeting planned: it is in the Agenda.
   *[logged] Encounter logged.
}{ $new_people ->
    [0] {""}
    [one] {" "}Added { $new_people } new contact.
   *[other] {" "}Added { $new_people } new contacts.
}{ $referrals ->
    [0] {""}
    [one] {" "}{ $referrals } name they gave you: an introduction agreed, in the Introductions tab.
   *[other] {" "}{ $referrals } names they gave you: introductions agreed, in the Introductions tab.
}
names-a-to-b = { $a } to { $b }
step-plan-introduction = plan introducing { $a } to { $b }
outcome-planned-introduction = Planned: introduce { $a } to { $b }. It is in the Introductions tab.
path-introduction-note = From a warm path
step-plan-path = plan { $count ->
    [one] { $count } introduction
   *[other] { $count } introductions
}
outcome-planned-path = Planned { $count ->
    [one] { $count } introduction
   *[other] { $count } introductions
} along the path: ask each introducer in turn.
step-merge = merge { $absorbed } into { $kept }
outcome-merged = Merged { $absorbed } into { $kept }.
outcome-merged-summary = { $merged } { $summary }

## Files that cannot be read, imports refused, changes refused

file-read = Cannot read { $path }: { $error }
file-problem = { $problem } — { $path }
file-same = { $path } is this project's own file
import-empty = The file is empty
import-too-large = The file is { $size } bytes, larger than Carnet imports ({ $limit } bytes): no address book or export is that large
import-too-many-people = The file lists { $count } people, more than one import brings ({ $limit }): no LinkedIn export or address book is that large
import-not-text = This is not a text file (is it an image or a document renamed?)
import-not-utf8 = The file is not UTF-8 text (byte { $byte } is invalid)
import-not-in-encoding = The file says it is { $encoding } text, but it is not valid { $encoding }
import-no-cards = No vCard was found in this file (no BEGIN:VCARD line)
import-archive = This archive was not imported: { $why }
import-no-archive-header = no header row with the columns LinkedIn writes in { $file } was found
import-no-header = No header row with { $expected } was found: is this a LinkedIn Connections.csv?
command-refused = That change was refused: { $error }
command-gate = Not planned: { $reasons }
command-not-merged = Not merged: { $error }
command-under-way = Not planned: the introduction of { $names } is already under way ({ $status } since { $since }). It is in the Introductions tab.
command-gone = Nothing changed: { $what } no longer exists
gone-contact = that contact
gone-encounter = that encounter
gone-follow-up = that follow-up
gone-introduction = that introduction
model-missing-contact = There is no contact with id { $id }
model-missing-encounter = There is no encounter with id { $id }
model-missing-introduction = There is no introduction with id { $id }
model-missing-relation = There is no relation with id { $id }
model-unallocated = Id { $id } was never allocated by this network
model-no-participants = Encounter { $id } has no participants
model-duplicate-participant = Encounter { $id } lists a participant twice
model-self-introduction = Introduction { $id } must involve three different people
model-no-steps = Introduction { $id } has no status history
model-self-relation = Relation { $id } links a contact to themselves
model-self-introduced = Contact { $id } cannot be introduced by themselves
model-still-referenced = Contact { $id } is still referred to by other records
model-self-merge = Contact { $id } cannot be merged with itself
model-duplicate-id = Id { $id } is used twice
calendar-not-calendar = No BEGIN:VCALENDAR line: is this a calendar (.ics) file?
calendar-broken = Line { $line }: { $why }
pdf-error-font = The font to write the PDF with could not be read
pdf-error-write = The PDF could not be written: { $why }
pdf-error-no-meeting = No meeting is planned on { $date }
pdf-error-no-contact = This contact is no longer in the project
pdf-error-no-meeting-left = This meeting is no longer in the project
print-error-spool = Could not write the file to print: { $error }
print-error-run = Could not run { $program }: { $error }
print-error-refused = { $program } refused to print: { $message }
map-error-draw = Could not draw the map: { $why }
map-error-write = Could not write { $path }: { $message }

## The calendar export, and meetings to debrief from a calendar

ics-counts = { $events ->
    [one] { $events } event
   *[other] { $events } events
}: { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
}, { $follow_ups ->
    [one] { $follow_ups } follow-up
   *[other] { $follow_ups } follow-ups
}, { $reminders ->
    [one] { $reminders } keep-in-touch reminder
   *[other] { $reminders } keep-in-touch reminders
}
ics-follow-up-mine = Follow-up: { $what } (promised to { $names })
ics-follow-up-theirs = Follow-up: { $names } promised { $what }
ics-promised-on = Promised on { $date } ({ $kind }).
ics-late = Due { $due }: late. { $promised }
ics-cadence-last = You want to see them every { $cadence } days (last { $last }).
ics-cadence-never = You want to see them every { $cadence } days (never in touch yet).
ics-see-again = See { $name } again
ics-someone = someone
ics-meeting-title = { $kind } with { $names }
ics-with = With { $names }.
ics-planned-in-carnet = Planned in Carnet ({ $project }).
debrief-already = { $count } already queued
debrief-dismissed = { $count } not meetings
debrief-without-contacts = { $count ->
    [one] { $count } event
   *[other] { $count } events
} without any of your contacts
debrief-queued = { $count ->
    [0] No new meeting with your contacts to debrief
    [one] { $count } meeting with your contacts to debrief
   *[other] { $count } meetings with your contacts to debrief
}
debrief-with-also = { $queued } ({ $also })
csv-trust = Trust
csv-introduced-by = Introduced by { $name }
csv-yes = yes
csv-no = no

## The command line

cli-dry-run = { $report }
    Nothing written (--dry-run)
cli-nothing-to-change = { $report }
    Nothing to change in { $path }
cli-saved = { $report }
    Saved { $path }
cli-open-in-window = Not changed: the project is open in a Carnet window, which has it locked — close it there, or import from the window's File menu — { $path }
cli-busy = Not changed: another Carnet command has been changing the project for 30 seconds; try again when it is done — { $path }
cli-changed-meanwhile = Not changed: another program kept rewriting the file while Carnet read it (three tries); nothing was written over it — { $path }
cli-imported-project = Imported
cli-merge-itself = { $path } cannot be merged into itself
cli-bom-csv-only = --bom is for the CSV table only
cli-wrote = Wrote { $what } to { $path }
cli-no-lens-none = No lens named "{ $name }": { $path } has no lens
cli-no-lens = No lens named "{ $name }" (lenses: { $lenses })
cli-wrote-map = Wrote the map of { $file } to { $path }
cli-no-contact = No contact named "{ $name }" — { $path }
cli-window-arguments-with-command = a project file, --screenshot and --select open the window: they do not go with a command
cli-check-valid = { $path }: a valid Carnet project (format version { $version })
cli-check-project = Project
cli-check-contacts = Contacts
cli-check-encounters = Encounters
cli-check-introductions = Introductions
cli-check-relations = Relations
cli-check-contacts-detail = { $count } ({ $met } met in person, { $online } online only)
cli-check-encounters-detail = { $count } ({ $planned } planned)
cli-check-with-detail = { $count } ({ $detail })
cli-wrote-archive = Wrote { $path }: LinkedIn's archive of { $count ->
    [one] { $count } connection
   *[other] { $count } connections
}
cli-wrote-generated = Wrote { $path }: { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $encounters ->
    [one] { $encounters } encounter
   *[other] { $encounters } encounters
}, { $introductions ->
    [one] { $introductions } introduction
   *[other] { $introductions } introductions
}, { $relations ->
    [one] { $relations } relation
   *[other] { $relations } relations
}

## How two contacts know each other

person-me = Me
person-deleted = (deleted contact)
relation-colleagues = colleagues
relation-former-colleagues = former colleagues
relation-friends = friends
relation-family = family
relation-knows = know each other

## Ties online (LinkedIn's archive)

online-wrote-on = { $who ->
    [me] You wrote
   *[them] They wrote
} on { $date }: “{ $message }”
online-wrote = { $who ->
    [me] You wrote
   *[them] They wrote
}: “{ $message }”
online-how-we-connected = How we connected: { $how }
online-messages = LinkedIn messages: { $days ->
    [one] { $days } day
   *[other] { $days } days
}, last { $last }
online-vouches = Vouches for you online: { $vouches }
online-recommended = { $count ->
    [one] recommended you
   *[other] recommended you { $count } times
}
online-endorsed = endorsed { $skills }

## What goes with a deleted or merged contact

count-introductions = { $count ->
    [one] { $count } introduction
   *[other] { $count } introductions
}
count-relations = { $count ->
    [one] { $count } relation
   *[other] { $count } relations
}
count-introduced-contacts = { $count ->
    [one] { $count } contact they introduced
   *[other] { $count } contacts they introduced
}
removal-also-deletes = Also deletes { $what }.
removal-shared = Removes them from { $count ->
    [one] { $count } shared encounter
   *[other] { $count } shared encounters
}.
merge-moving = Moving to the merged contact: { $what }.
merge-dropped = Dropped: { $count ->
    [one] { $count } link
   *[other] { $count } links
} between the two records or already recorded.
two-sentences = { $first } { $second }

## The import report (command line)

matched-card = same card
matched-name-organization = same name and organization
news-messages = { $days ->
    [one] { $days } day of messages
   *[other] { $days } days of messages
} with { $people ->
    [one] { $people } person
   *[other] { $people } people
}
news-invitations = { $count ->
    [one] { $count } invitation note
   *[other] { $count } invitation notes
}
news-recommendations = { $count ->
    [one] { $count } recommendation
   *[other] { $count } recommendations
}
news-endorsements = { $count ->
    [one] { $count } endorsement
   *[other] { $count } endorsements
}
news-posts = { $count ->
    [one] { $count } post or comment of yours online
   *[other] { $count } posts and comments of yours online
}
import-post-no-date = { $file }: a post without a readable date, left out
report-read = Read { $files }
report-summary = { $added } new, { $matched } matched ({ $updated } with empty fields filled), { $skipped } skipped
report-and = { $first }; { $second }
report-linkedin = { $jobs } with a new job, { $missing } no longer in your LinkedIn export
report-online = online: { $news } (warmth, never trust)
report-new-job = new job: { $name }: was { $was }, now { $now }
report-partial = this export lists only { $listed } of your { $total } LinkedIn connections: a partial export? The { $missing } missing are not flagged
report-missing = no longer in your LinkedIn export: { $name } (kept)
report-kept = kept what you wrote for { $name }: { $yours } (LinkedIn says { $theirs })
report-matched = matched { $name } ({ $by }): filled { $fields }
report-skipped = skipped line { $line }: { $reason }

## Imports and merges, done

outcome-nothing-to-import = Nothing to import: everyone is already here
step-import = import from { $source }
done-new-contacts = { $count ->
    [one] { $count } new contact
   *[other] { $count } new contacts
}
done-filled = filled empty fields of { $count }
done-new-jobs = { $count } with a new job
done-missing = { $count } no longer in your LinkedIn export (kept)
done-online = online ties: { $news }
outcome-imported = Imported { $done } (Ctrl+Z takes it all back)
merged-project-summary = { $contacts ->
    [one] { $contacts } new contact
   *[other] { $contacts } new contacts
}, { $encounters ->
    [one] { $encounters } encounter
   *[other] { $encounters } encounters
}, { $introductions ->
    [one] { $introductions } introduction
   *[other] { $introductions } introductions
} and { $relations ->
    [one] { $relations } relation
   *[other] { $relations } relations
}
outcome-nothing-to-merge = Nothing to merge: everything is already here
step-merge-project = merge { $source }
outcome-merged-project = Merged { $source }: { $summary } (Ctrl+Z takes it all back)
project-merge-summary = { $contacts ->
    [one] { $contacts } new contact
   *[other] { $contacts } new contacts
}, { $matched } already here ({ $updated } with empty fields filled); { $encounters ->
    [one] { $encounters } encounter
   *[other] { $encounters } encounters
}, { $introductions ->
    [one] { $introductions } introduction
   *[other] { $introductions } introductions
} and { $relations ->
    [one] { $relations } relation
   *[other] { $relations } relations
} to add; { $already ->
    [one] { $already } record
   *[other] { $already } records
} already here

## The command line's help (carnet --help)

# clap writes the colon after each heading; French puts a no-break space before it.

cli-help-template = {"{"}before-help{"}"}{"{"}about-with-newline{"}"}
    Usage: {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-command = COMMAND
cli-help-help = Print help
cli-help-version = Print version
cli-help-carnet = Map your professional network: contacts, who introduced whom, and the face-to-face encounters that built trust.
cli-help-carnet-file = The project file to open in the window
cli-help-carnet-screenshot = Open the window, let the map settle, save a PNG of the window here, and exit
cli-help-carnet-select = Select this contact when the window opens (a unique part of the name is enough)
cli-help-carnet-lang = The language to speak: en or fr (by default, LC_ALL, LC_MESSAGES or LANG's; in the window, the one chosen in View, else the system's)
cli-help-check = Check a project file and print a summary (exit 1 if it cannot be read)
cli-help-check-file = The project file
cli-help-check-json = Print one JSON object instead of text
cli-help-prep = Print the meeting preparation sheet for a contact, as Markdown (or write it as PDF)
cli-help-prep-file = The project file
cli-help-prep-name = The contact's name (case and accents do not matter; a unique part is enough)
cli-help-prep-pdf = Write the sheet as a PDF here instead of printing Markdown
cli-help-prep-paper = The paper the PDF is laid out for: a4 or letter (default: the locale's, Letter in the US and Canada, A4 elsewhere)
cli-help-booklet = Write the day booklet: a cover listing the meetings of a day, then one preparation sheet per person met, as PDF
cli-help-booklet-file = The project file
cli-help-booklet-date = The day (YYYY-MM-DD)
cli-help-booklet-pdf = Where to write the PDF
cli-help-booklet-paper = The paper the PDF is laid out for: a4 or letter (default: the locale's, Letter in the US and Canada, A4 elsewhere)
cli-help-import = Import contacts into a project (created if missing), and print what was new, matched and skipped. People already there are matched, never duplicated; only their empty fields are filled
cli-help-import-format = The kind of file: linkedin (LinkedIn's archive or its Connections.csv), vcard (a .vcf file, one or many cards) or ics (a calendar: its meetings of the last 90 days with your contacts are queued to debrief)
cli-help-import-src = The file to import. For LinkedIn: the data archive's .zip, its unpacked folder, or its Connections.csv (messages.csv, Invitations.csv, Recommendations_Received.csv and Endorsement_Received_Info.csv beside it are read too)
cli-help-import-into = The project file to import into
cli-help-import-dry-run = Print what the import would do, and write nothing
cli-help-merge = Merge another project into a project (created if missing): its contacts are matched like an import, and their encounters, introductions and relations come along; nothing already there is copied twice
cli-help-merge-src = The project to bring in
cli-help-merge-into = The project file to merge into
cli-help-export = Export every contact of a project: vCard 4.0 (which `carnet import vcard` reads back), a CSV table with trust, met in person and the last in-person date, or a calendar
cli-help-export-format = The format to write: vcard, csv, or ics (planned meetings with their preparation sheets, follow-ups due and keep-in-touch reminders)
cli-help-export-file = The project file
cli-help-export-out = Where to write
cli-help-export-bom = Start a CSV table with a UTF-8 byte-order mark, so that Excel reads its accents
cli-help-render = Draw the map of a project into an image: PNG, or SVG when OUT ends in .svg. The same rings, groups, bubbles and colours as the window; with --lens, that lens's filters and focus
cli-help-render-file = The project file
cli-help-render-out = Where to write (map.png or map.svg)
cli-help-render-lens = A lens saved in the project, by name
cli-help-generate = Write a realistic synthetic network, for benchmarks and demos
cli-help-generate-contacts = How many contacts
cli-help-generate-imported = Instead: the demo project with this many LinkedIn connections imported into it, as a new user's first import
cli-help-generate-linkedin-archive = Instead: LinkedIn's data archive (a .zip) with this many connections, their messages, invitations, recommendations and endorsements
cli-help-generate-seed = The random seed: the same seed gives the same network
cli-help-generate-out = Where to write the project file

## The system's file dialogs

file-dialog-open = Open project
file-dialog-merge-project = Merge another project into this one
file-dialog-save-as = Save project as
file-dialog-import = Import { $format }
file-dialog-read-calendar = Meetings to debrief from a calendar
file-dialog-save-pdf = Save as PDF
file-dialog-export-map = Export the map
file-dialog-export = Export { $format }
file-dialog-filter-project = Carnet project
file-dialog-filter-calendar = Calendar
file-dialog-filter-png = PNG image
file-dialog-filter-svg = SVG drawing

## Fields an import fills

filled-vcard-uid = vCard UID
filled-organization = organization
filled-role = role
filled-emails = emails
filled-phones = phones
filled-linkedin-profile = LinkedIn profile
filled-tags = tags
filled-notes = notes
filled-connection-date = connection date

## A job someone held before

past-job = { $job }{ $period ->
    [between] , { $from } – { $until }
    [until] , until { $until }
    [from] , from { $from }
   *[none] {""}
}{ $sourced ->
    [yes] {" "}({ $source })
   *[no] {""}
}
past-job-from-linkedin = LinkedIn export
past-job-typed-by-hand = typed by hand

## What an import could not read

import-file-not-read = { $file } was not read: { $error }
import-twice-in-file = { $name } appears twice in the file
import-unreadable-row = unreadable row ({ $error })
import-file-unreadable-row = { $file }: unreadable row ({ $error })
import-hidden-profile = no name (a hidden profile: LinkedIn exports only the date)
archive-not-zip = it cannot be read as a zip archive ({ $error })
archive-too-many-files = it holds { $count } files, more than a LinkedIn export
archive-file-damaged = file { $number } is damaged ({ $error })
archive-file-unnamed = file { $number } has no readable name ({ $error })
archive-path-outside = it names a path outside itself ({ $name }), as a malicious archive would
archive-inflates-to = { $name } would inflate to { $megabytes } MB, more than a LinkedIn export holds
archive-no-connections = it has no Connections.csv: is it LinkedIn's data archive?
archive-folder-no-connections = this folder has no Connections.csv: is it LinkedIn's data archive?
archive-named-damaged = { $name } is damaged ({ $error })
archive-inflates = { $name } inflates beyond what a LinkedIn export holds
vcard-no-end-before-next = no END:VCARD for the card of line { $start } before this line: that card is kept
vcard-no-end-before-eof = the file ends before END:VCARD: this card is kept
vcard-no-name = a card without a name (no FN or N, near line { $line })
ics-end-closes-other = END:{ $component } closes BEGIN:{ $open } of line { $at }
ics-end-without-begin = END:{ $component } without BEGIN
ics-never-closed = BEGIN:{ $open } is never closed
ics-lone-continuation = a continuation with nothing before it
ics-not-name-value = “{ $text }” is not NAME:value
ics-no-property-name = a line without a property name
ics-not-a-date = { $name } “{ $value }” is not a date or a date-time
ics-rrule-unreadable = RRULE “{ $rule }” cannot be read ({ $error })
ics-rrule-without-freq = RRULE without FREQ
ics-no-dtstart = an event without DTSTART

## Finding a contact by name (carnet prep, --select)

find-give-a-name = Give the name of a contact.
find-nobody = No contact is named "{ $name }".
find-ambiguous = "{ $name }" could be { $count } contacts: { $names }. Give more of the name.

## Odds and ends

recovery-not-written = Could not write the recovery copy: { $why }
screenshot-not-saved = Could not save the screenshot ({ $error }) — { $path }
cli-could-not-start = Carnet could not start: { $error }
map-drop-to-introduce = Drop to introduce { $a } to { $b }
map-empty-hint = Add the people you meet: they will appear around you.
map-image-no-size = the image has no size
presence-met-hover = Met in person
presence-online-hover = Online only: never met in person
load-id-twice = id { $id } is used twice

## Closing the loop: thanking who introduced you

agenda-group-thanks = Thank who introduced you
agenda-thank = Tell { $name } how it went, and thank them
agenda-thank-why = { $what }: it went somewhere on { $since }
agenda-thanked = Thanked
agenda-thanked-hover = You thanked { $name } and told them how it went: the line leaves the Agenda
agenda-thanked-name = Thanked { $name }
reason-thank = a thank-you keeps the door open for the next introduction
step-thanked = thank { $name }
outcome-thanked = Thanked { $name }: dated today (Ctrl+Z takes it back)
intro-thanked-on = Thanked on { $date }

## Referrals: names they gave me

form-referrals = Names they gave me
form-referrals-hint = Julie Martin (Alan), Marc Dupont
form-referrals-explained = People to meet through them, with their organization in parentheses: each becomes a contact they introduce you to
form-referrals-will = { $count ->
    [one] Saving adds { $count } person, introduced by { $giver }: the introduction is already agreed
   *[other] Saving adds { $count } people, introduced by { $giver }: the introductions are already agreed
}

## The ask ledger

ask-kind-introduction = an introduction
ask-kind-advice = advice
ask-kind-favour = a favour
contact-ask = { $way ->
    [asked] I asked them for { $kind }
   *[gave] I gave them { $kind }
}
contact-ask-with-what = { $way ->
    [asked] I asked them for { $kind }: { $what }
   *[gave] I gave them { $kind }: { $what }
}
contact-ask-settled-hover = Ticked when the favour was done or let go: until then, the ask is open, and asking them again waits
contact-balance = Favours: { $asked ->
    [0] none asked
    [one] { $asked } asked
   *[other] { $asked } asked
}{ $open ->
    [0] {""}
   *[other] {" "}({ $open } open, the latest { $when })
}, { $gave ->
    [0] none given
    [one] { $gave } given
   *[other] { $gave } given
}
contact-balance-hover = What you asked of them (introductions, advice, favours) and what you gave them, from your debriefs and the introductions: the network is a one-shot gun, give before asking again
step-ask-settled = settle "{ $what }"
step-ask-open = reopen "{ $what }"
outcome-ask-settled = Settled: "{ $what }"
outcome-ask-open = Open again: "{ $what }"
gone-ask = that favour
form-asks = Favours
form-i-asked-for = I asked them for
form-i-gave = I gave them
form-ask-hint = in a few words
form-ask-what = What the favour was
form-remove-ask = Remove this favour
form-add-asked = I asked a favour
form-add-gave = I did them a favour
paths-asked-already = You asked { $name } { $when }, and that ask is still open: an equally trusted bridge comes first
card-asked-already = You asked { $name } { $when }, and that ask is still open: giving first keeps the balance

## Shared trust

signal-introduced-me = introduced you to someone
signal-accepted = said yes to an introduction you proposed
signal-recommended = recommended you
contact-trust-one-sided = · one-sided
contact-trust-one-sided-hover = The trust you felt; nothing from them says it goes both ways yet (an introduction from them, a yes to yours, a recommendation)
contact-trust-shared = · shared
contact-trust-shared-hover = Both ways: they { $signals }
project-shared-trust = Introduce only when trust is shared
project-shared-trust-hover = The trust gate then also asks for a sign of their trust: they introduced you, said yes to an introduction you proposed, or recommended you
gate-not-shared = You trust { $name }, but nothing says { $name } trusts you yet: this project introduces only when trust is shared.
gate-remedy-shared = Give { $name } a reason first: help them, or ask for their advice, and see whether they open their address book for you.
form-goal = Goal
form-told-goal = I told them my goal
form-told-goal-hover = Your network must know what you are looking for. The project's goal: { $goal }
form-told-goal-hover-none = Your network must know what you are looking for: write the project's goal in the Project tab

## Who knows my goal

project-pitch = Pitch
project-goal-first = { $earlier ->
    [0] The goal's first version
    [one] { $earlier } earlier version
   *[other] { $earlier } earlier versions
}
project-goal-since = This version since { $date }{ $earlier ->
    [0] {""}
    [one] ; { $earlier } earlier version
   *[other] ; { $earlier } earlier versions
}
project-new-goal = New version of the goal…
project-new-goal-hover = Keeps the goal and pitch as they read now, dated, then edit them: Carnet then knows who heard which version
project-ambassadors = Ambassadors
project-ambassadors-value = { $count }{ $older ->
    [0] {""}
   *[other] {" "}({ $older } heard an older goal)
}
agenda-group-older-goal = Trusted people who last heard an older goal
agenda-older-goal = last heard your goal on { $date }, before its latest version: tell them where you are now
prep-pitch = Pitch
prep-pitch-line = Pitch: { $pitch }
prep-goal-told = You told them your current goal on { $date }.
prep-goal-older = They last heard your goal on { $date }, an older version: tell them the current one.
calendar-nothing-read = No event of this calendar could be read. { $problem }
ics-event-skipped = event skipped (up to line { $end }): { $why }
ics-property-skipped = { $why }; the line is skipped, the event kept
debrief-assumed-encoding = The file is not UTF-8: read as { $encoding }
debrief-skipped = { $count ->
    [one] { $count } part of the file was skipped
   *[other] { $count } parts of the file were skipped
} (first: { $first })
report-debrief = to debrief: { $when } { $title } with { $names }
vcard-line-left-out = this line is not NAME:value and was left out; its card is kept
vcard-assumed-encoding = The file is not UTF-8 and declares no charset: its 8-bit text was read as { $encoding }
filled-more-emails = more emails
filled-more-phones = more phones
project-reminders = Calendar reminders
project-reminders-hover = The reminders the calendar export (.ics) carries, so that your calendar reminds you even when Carnet is closed
project-reminder-meeting = Before a meeting:
project-minutes-suffix = { " " }min
project-reminder-meeting-name = Minutes before a meeting
project-reminder-follow-up = On a follow-up's day, at
project-reminder-follow-up-name = Hour of a follow-up's reminder
paths-know-there = You already know { $name } at { $organization }: { $how }
paths-colleagues-may-know = No warm path to them, but you know { $count ->
    [one] { $count } person
   *[other] { $count } people
} at { $organization } who may know them: { $names }
card-meeting-planned = You see { $name } on { $date }: this card comes back after the debrief.
card-after-debrief = Come back after the debrief

## Help menu
menu-help = Help
menu-guide = User guide
menu-shortcuts = Keyboard shortcuts
menu-about = About Carnet
help-guide = User guide
help-shortcuts = Keyboard shortcuts
help-about = About Carnet
shortcuts-mac = On a Mac, Cmd instead of Ctrl.
about-name = Carnet { $version }
about-license = License
about-project = This project
about-project-unsaved = Not saved yet
about-data = Carnet's own data
about-data-none = None (no data folder on this system)
about-data-holds = Carnet's folder holds your preferences, the recovery copies of unsaved work and the locks that keep two windows from editing one project. Your projects live where you save them.
keys-new-open = New project / Open…
keys-save = Save / Save as…
keys-undo = Undo / Redo
keys-add-contact = Add a contact (its name is selected, ready to type)
keys-log-encounter = Log an encounter with the selected contact
keys-search = Search people and notes; Up / Down move through the results, Enter opens one
keys-delete-key = Delete
keys-delete = Delete the selected contact (asks first; Ctrl+Z undoes it)
keys-escape-key = Esc
keys-escape = Clear a path lit on the map, then leave the map's focus, then clear the selection
keys-fit-key = F
keys-fit = On the map: fit the whole network in view
keys-zoom = Zoom in / out / back to 100 %
keys-form-key = Tab, Enter, Ctrl+Enter, Esc
keys-form = In the debrief form: next field; add the person typed (or complete the place); save; cancel
keys-preview-key = Enter / Esc
keys-preview = In an import preview: import / cancel
keys-help = This sheet
keys-quit = Quit

## Preparation sheet: reaching them, favours, what I want from the meeting
prep-reach = How to reach them
prep-reach-email = Email: { $list }
prep-reach-phone = Phone: { $list }
prep-reach-links = Links: { $list }
prep-favours = Favours between us
prep-favour-open = { $ask } ({ $date }; still open: asking them again waits)
prep-favour-given = { $ask } ({ $date })
prep-aims = What I want from this meeting
prep-aims-empty = Not written yet: what you want from this meeting, and the questions to ask.
prep-aims-edit = Write it…
form-aims = What I want from it
form-aims-hint = What you want from this meeting, the questions to ask…
form-person-at = { $name } ({ $organization })

## Agenda: next steps after a first import
agenda-next-steps = Next steps
agenda-step-log-met = Nobody among your { $contacts } contacts is recorded as met in person yet. Log the people you have already met (a coffee, a meeting, an event): trust, the rings and this agenda start from them.
agenda-step-name = Set your name: it is the centre of the map and signs your sheets and exports.
agenda-step-goal = Write your goal: each preparation sheet carries it, and the agenda follows who knows it.
agenda-step-open-project = Open the Project tab

## Sync with the owner's CardDAV/CalDAV server
sync-error-no-account = This project has no sync account yet: set one in the Project tab (Sync with your phone), or give --server and --user
sync-error-bad-address = “{ $address }” is not a server address: type it as https://cloud.example.com
sync-error-unreachable = The server { $host } could not be reached ({ $why }). Nothing changed; the next sync takes up from here
sync-error-timeout = The server { $host } did not answer in time. Nothing was lost; the next sync takes up from here
sync-error-wrong-password = The server refused the user name or password. Check them (iCloud and Fastmail need an app-specific password)
sync-error-quota = The server says the account's storage is full (507). Nothing was lost; free some space, then sync again
sync-error-not-dav = No contacts or calendar server answers at { $address }. Check the address (see the README for Nextcloud, iCloud, Fastmail, Radicale)
sync-error-refused = The server refused a request ({ $status }) at { $address }
sync-error-protocol = The server answered something Carnet could not read: { $detail }
sync-error-no-password = No password: none in the system keyring and none given
sync-cards-created = { $count ->
    [one] { $count } card sent to the phone
   *[other] { $count } cards sent to the phone
}
sync-cards-updated = { $count ->
    [one] { $count } card updated
   *[other] { $count } cards updated
}
sync-cards-deleted = { $count ->
    [one] { $count } card removed
   *[other] { $count } cards removed
}
sync-events-created = { $count ->
    [one] { $count } event added
   *[other] { $count } events added
}
sync-events-updated = { $count ->
    [one] { $count } event updated
   *[other] { $count } events updated
}
sync-events-deleted = { $count ->
    [one] { $count } event removed
   *[other] { $count } events removed
}
sync-cards-to-review = { $count ->
    [one] { $count } card from the phone to review
   *[other] { $count } cards from the phone to review
}
sync-stopped-sharing = { $count ->
    [one] { $count } card deleted on the phone (the person stays in Carnet and no longer goes there)
   *[other] { $count } cards deleted on the phone (the people stay in Carnet and no longer go there)
}
sync-to-debrief = { $count ->
    [one] { $count } meeting from your calendar to debrief
   *[other] { $count } meetings from your calendar to debrief
}
sync-nothing-changed = In sync: nothing changed on either side
sync-dry-run = Dry run, nothing written: { $summary }
sync-card-conflict = { $name }'s card was changed on the phone too: Carnet did not overwrite it; review it
sync-card-kept = A card was changed on the phone after Carnet stopped sharing it: it stays on the phone
sync-card-refused = The server refused { $name }'s card ({ $status }); the other cards went
sync-event-changed-there = An event Carnet made was changed in your calendar: it stays as you made it there
outcome-sync-account-set = Sync account saved (Ctrl+Z takes it back)
outcome-sync-account-removed = This project no longer syncs
step-sync-settings = sync settings
step-sync = sync with the server
step-review-phone-cards = cards from the phone
outcome-phone-cards-reviewed = From the phone: { $added ->
    [one] { $added } new contact
   *[other] { $added } new contacts
}, { $updated ->
    [one] { $updated } contact completed
   *[other] { $updated } contacts completed
}
sync-collection-name = Carnet
cli-help-sync = Sync a project with your own CardDAV/CalDAV server (Nextcloud, iCloud, Fastmail, Radicale…): the people you chose go to its address book, planned meetings and reminders to its calendar; cards made or changed on the phone wait for review in Carnet
cli-help-sync-file = The project file
cli-help-sync-server = The server's address (sets the project's account, with --user)
cli-help-sync-user = The user name on the server
cli-help-sync-password-file = A file whose first line is the password (else the system keyring, else the terminal asks)
cli-help-sync-dry-run = Print what would go each way, and write nothing anywhere
cli-sync-no-project = No project at { $path }
cli-sync-password-file = The password file could not be read ({ $why }): { $path }
cli-sync-no-password = No password for { $account }: the system keyring has none and there is no terminal to ask in; give --password-file
cli-sync-password-prompt = Password for { $account }:{" "}
cli-sync-created-address-book = Made the address book “{ $name }” on the server
cli-sync-created-calendar = Made the calendar “{ $name }” on the server
cli-sync-changed-on-phone = Changed on the phone: { $name }
cli-sync-new-on-phone = New on the phone: { $name }
cli-sync-review-in-window = Open the project in Carnet and choose Sync now to review them: only empty fields are filled, nothing is overwritten
sync-title = Sync with your phone
sync-explained = Your phone's address book and calendar already sync with a server (Nextcloud, iCloud, Fastmail, Radicale…). Carnet can use it too: the people you choose go to an address book, planned meetings and reminders to a calendar, and cards made on the phone come back for review. Carnet runs no server of its own.
sync-server = Server
sync-user = User name
sync-password = Password
sync-password-hover = Kept in the system's keyring, never in the project file. iCloud and Fastmail need an app-specific password.
sync-connect = Connect
sync-connected = Connected: { $books ->
    [one] { $books } address book
   *[other] { $books } address books
}, { $calendars ->
    [one] { $calendars } calendar
   *[other] { $calendars } calendars
} found. Pick where Carnet writes, then Save
sync-address-book = Address book
sync-calendar = Calendar
sync-make-carnet = Make “Carnet”
sync-off = Not synced
sync-save-account = Save and sync
sync-account = Syncs as { $user } with { $server }
sync-collections = Address book: { $book } · Calendar: { $calendar }
sync-who = Who goes to the phone:
sync-scope-met = Everyone met in person
sync-scope-everyone = Every contact
sync-scope-chosen = Only those I switch on
sync-share-notes = Send my notes about them too
sync-what-leaves = What leaves this computer: the name, organization, role, emails, phones, links and tags of { $count ->
    [one] { $count } person
   *[other] { $count } people
}, and your planned meetings (with their preparation sheets), follow-ups and keep-in-touch dates. Never your notes, trust or encounters.
sync-what-leaves-notes = What leaves this computer: the name, organization, role, emails, phones, links, tags and your notes of { $count ->
    [one] { $count } person
   *[other] { $count } people
}, and your planned meetings (with their preparation sheets), follow-ups and keep-in-touch dates. Never your trust or encounters.
sync-now = Sync now
sync-now-hover = Also on opening the project and after each save
sync-progress = { $done } / { $total }
sync-review = { $count ->
    [one] Review { $count } card from the phone
   *[other] Review { $count } cards from the phone
}
sync-disconnect = Stop syncing
sync-disconnect-hover = Carnet forgets the account and its password; what is on the server stays there
sync-no-keyring = No system keyring here ({ $why }): the password is asked once each time Carnet starts.
sync-thread = The sync could not start: { $error }
sync-needs-password = Not synced yet: choose Sync now to give the password
sync-last = Last sync at { $time }: { $result }
sync-from-phone = your phone
sync-password-title = Password for { $account }
sync-password-why = The system's keyring has no password for this account yet.
sync-password-why-no-keyring = There is no system keyring here ({ $why }), so Carnet asks once each time it starts and keeps it only in memory.
preview-phone-title = From your phone: cards to review
preview-phone-explained = Made or changed on the phone since the last sync. Only the empty fields of your contacts are filled, new people are added, and nothing of yours is overwritten. Cancel: they wait for the next sync.
preview-phone-button = Take them
contact-on-phone = On my phone
contact-on-phone-rule = By the project's rule (Project tab, Sync with your phone)
contact-on-phone-own = Your choice for this person, whatever the project's rule
menu-sync-now = Sync now
menu-sync-now-disabled = Set up a sync account in the Project tab first
sync-keyring-off = turned off for Carnet by CARNET_NO_KEYRING
phone-new-title = New since the last sync
phone-new-explained = Saved on your phone: { $names }. Log the encounter where you met, while you remember it?
phone-new-log = Log the encounter
phone-new-not-now = Not now
cli-sync-would-create-address-book = Would make the address book “{ $name }” on the server (then send the cards)
cli-sync-would-create-calendar = Would make the calendar “{ $name }” on the server (then send the events)

## Three-way merge of two copies of a project
merge3-kind-contacts = People
merge3-kind-encounters = Encounters
merge3-kind-introductions = Introductions
merge3-kind-relations = Relations
merge3-counts = { $kind }: { $added } new, { $changed } changed, { $removed } removed
merge3-project-fields = The project: { $fields }
merge3-person-fields = { $name }: { $fields }
merge3-record-project = The project
merge3-record-gone = A record since deleted
merge3-record-encounter = Encounter of { $date } with { $people }
merge3-record-introduction = Introduction of { $a } to { $b }
merge3-record-relation = A relation
merge3-empty = (empty)
merge3-conflict-deleted = { $record }: deleted in one copy, changed in the other — kept
merge3-conflict-record = { $record }: changed in both copies in ways that do not combine — this copy's kept
merge3-conflict-field = { $record } — { $field }: kept “{ $kept }”, the other copy has “{ $other }”
merge3-no-base = No common version of the two copies is known: the other copy's people and records were added (people matched, nothing removed), as "Merge another project" in the File menu does
merge3-nothing-new = Nothing new in the other copy
merge3-conflicts-to-review = { $count ->
    [one] One conflict to review in Carnet (Project tab, Review conflicts):
   *[other] { $count } conflicts to review in Carnet (Project tab, Review conflicts):
}
merge3-wrote = Merged into { $path }
merge3-merged = Merged { $path }
merge3-from-git = the other branch (git), { $path }
cli-help-merge3 = Three-way merge of two copies of a project that parted from BASE: every change of both kept, record by record and field by field; a field both changed keeps MINE's value and the other is listed for review in the window (exit 0: clean, 1: conflicts to review, 2: not merged)
cli-help-merge3-base = The last version both copies had
cli-help-merge3-mine = This copy (its values win conflicts)
cli-help-merge3-theirs = The other copy
cli-help-merge3-out = Where to write the merged project
cli-help-merge-driver = Git's merge driver for Carnet projects (see the README): merges %A with %B from their common version %O and writes the result to %A, always a valid project, never conflict markers (exit 0: clean, 1: conflicts recorded in the project, 2: not merged)
cli-help-merge-driver-base = %O: the common version (empty when there is none)
cli-help-merge-driver-current = %A: the current branch's version, replaced by the merge
cli-help-merge-driver-other = %B: the other branch's version
cli-help-merge-driver-path = %P: the project's path in the repository, for messages
model-missing-conflict = That conflict is no longer listed
step-merge-copy = merge the copy { $source }
step-take-other-value = take the other copy's value
step-keep-merged-value = keep the merged value
step-keep-merged-values = keep every merged value
outcome-copy-nothing-new = Nothing new in the other copy: this project already has all of it
outcome-merged-copy = Merged { $source } (Ctrl+Z takes it back)
outcome-merged-copy-conflicts = Merged { $source }: { $count ->
    [one] one conflict to review
   *[other] { $count } conflicts to review
} in the Project tab (Ctrl+Z takes it back)
outcome-conflict-settled = Conflict settled
copy-made-by-device = { $tool } copy from { $device }
copy-on-disk = the version on disk of { $file }
banner-copy = Another copy of this project was changed elsewhere ({ $made_by }, last changed { $when }): merge it so that no edit is lost
banner-copy-merge = Merge it…
banner-copy-later = Not now
banner-merge = Merge both…
banner-merge-hover = Keep your changes and theirs: a three-way merge from the version you opened, previewed before anything changes
status-copy-put-away = { $message }. The copy was renamed { $file }
status-conflicts-to-review = { $count ->
    [one] A merge left one conflict to review: Project tab, Review conflicts
   *[other] A merge left { $count } conflicts to review: Project tab, Review conflicts
}
preview-copy-title = Merge { $source }
preview-copy-conflicts = { $count ->
    [one] One conflict: this copy's value is kept, the other listed for review
   *[other] { $count } conflicts: this copy's values are kept, the others listed for review
}
preview-copy-more = … and { $count } more, listed in the Project tab after the merge
preview-copy-rule = Added on either side: added. Deleted on one side and untouched on the other: deleted. Changed on both: merged field by field, text line by line. Ctrl+Z takes the merge back.
preview-copy-put-away = Put the copy away
review-conflicts-heading = Review conflicts ({ $count })
review-conflicts-explained = Two copies of this project changed the same thing. Carnet kept one value and lists the other here: choose, or keep what is there.
review-keep = Keep
review-keep-hover = Keep the value the project has now
review-take-other = Take the other
review-take-other-hover = Take the other copy's value: { $value }
review-delete = Delete it
review-delete-hover = The other copy deleted it: delete it here too
review-keep-all = Keep all as they are
review-from = from { $from }, { $day }
merge3-field-name = name
merge3-field-organization = organization
merge3-field-role = role
merge3-field-emails = emails
merge3-field-phones = phones
merge3-field-links = links
merge3-field-tags = tags
merge3-field-notes = notes
merge3-field-origin = origin
merge3-field-keep-in-touch-days = keep in touch
merge3-field-pinned = place on the map
merge3-field-uid = card identifier
merge3-field-past-jobs = past jobs
merge3-field-job-since = job since
merge3-field-linkedin-job = job on LinkedIn
merge3-field-left-linkedin-export = left the LinkedIn export
merge3-field-online = online ties
merge3-field-card-keys = cards imported
merge3-field-on-phone = on the phone
merge3-field-date = date
merge3-field-time = time
merge3-field-title = title
merge3-field-place = place
merge3-field-kind = kind
merge3-field-participants = people met
merge3-field-aims = aims
merge3-field-trust = trust
merge3-field-follow-ups = follow-ups
merge3-field-asks = favours
merge3-field-told-goal = told the goal
merge3-field-steps = steps
merge3-field-outcome = outcome
merge3-field-thanked = thanked
merge3-field-goal = goal
merge3-field-pitch = pitch
merge3-field-goal-since = goal since
merge3-field-earlier-goals = earlier goals
merge3-field-me = you
merge3-field-settings = settings
merge3-field-lenses = lenses
merge3-field-set-aside = lines set aside
merge3-field-calendar = meetings from the calendar
merge3-field-sync = phone sync

## Network health (the Health tab, `carnet health`, the network review PDF)
view-health = Health
health-title = Network health
health-as-of = As of { $date }
health-share = { $count } of { $of } ({ $percent }%)
health-none-yet = none yet
health-month = { $month } { $year }
health-six-months-ago = 6 months ago: { $value }
health-pair = { $first } / { $second }
health-seen-6-months = Trusted people seen in person, last 6 months
health-seen-6-months-meaning = Trust is built face to face and fades without it: see them again.
health-seen-12-months = Trusted people seen in person, last 12 months
health-seen-12-months-meaning = Over a year, everyone you trust should have had a coffee with you.
health-dormant = Dormant strong ties
health-dormant-meaning = Trusted people not met in person for over { $days } days: a meeting wakes them up.
health-favours = Favours given / asked
health-favours-meaning = Give before you ask: a network lives on reciprocity.
health-introductions = Introductions made / received
health-introductions-meaning = Open your address book for those you trust, as they open theirs for you.
health-ambassadors = Ambassadors of your goal
health-ambassadors-value = { $count } ({ $lately } heard it in the last { $days } days)
health-ambassadors-meaning = Trusted people who know what you are looking for, and can say it for you.
health-no-goal = no goal written yet
health-top-three = People met at your top 3 organizations
health-top-three-meaning = The lower, the more worlds you can reach.
health-effective-size = Effective size (non-redundant people met)
health-effective-size-value = { $size }
health-effective-size-of = { $size } of { $met }
health-effective-size-meaning = People met who do not all know each other: each opens a different door.
health-dormant-line = { $name }, last met { $date }
health-target-nobody = Nobody in this project is at { $target } yet: meet someone there.
health-target-no-path = { $there } people are at { $target }, and no warm path reaches them: meet one of them, or someone who knows them.
health-target-several = Several warm paths lead to { $target }: no single point of failure.
health-target-one-there = Every warm path to { $target } goes through { $names }: meet a second person there.
health-target-one-bridge = Every warm path to { $target } goes through { $names }: meet someone else who knows people there.
health-activity = Activity over the last 24 months
health-chart-encounters = Encounters
health-chart-in-person = In person
health-chart-other = Calls and messages
health-chart-new-met = New people met in person
health-chart-introductions = Introductions
health-chart-made = Made for others
health-chart-received = Received
health-chart-online = Your visibility online
health-chart-posts = Posts and shares
health-chart-comments = Comments
health-chart-no-posts = No posts read yet: import LinkedIn's archive (its Shares.csv and Comments.csv) to see your visibility beside your handshakes.
health-chart-hint = Hover a bar for the month's figures; click it to list the month.
health-month-encounters = { $month }: { $count ->
    [one] 1 encounter
   *[other] { $count } encounters
}
health-month-posts = { $month }: { $count ->
    [one] 1 post or comment
   *[other] { $count } posts and comments
}
health-month-new-met = { $month }: { $count ->
    [one] 1 person met in person for the first time
   *[other] { $count } people met in person for the first time
}
health-month-introductions = { $month }: { $count ->
    [one] 1 introduction made
   *[other] { $count } introductions made
}
health-introduced-by = { $date } · { $by } introduced you to { $name }
health-month-nothing = Nothing this month.
health-figures = Health figures
health-dormant-title = Dormant strong ties
health-no-dormant = No trusted person left unseen for over a year.
health-more-dormant = …and { $count } more.
health-targets = Single points of failure to your goal
health-targets-hint = Name an organization, or a tag as #tag, that your goal aims at. Organizations named in your goal are watched too.
health-target-add = Watch
health-target-new = Doctolib, #healthtech…
health-target-remove = Stop watching { $target }
health-target-from-goal = from your goal
health-no-targets = No target yet: name an organization or a #tag your goal aims at, or name organizations in your goal.
health-show-on-map = Show on map
health-diversity = Diversity of the people met
health-diversity-none = Nobody met in person yet.
health-review-pdf = Network review (PDF)…
health-review-chart-key = Dark: in person. Light: calls and messages.
health-review-pdf-hover = One page on your network's health — figures, a year of encounters, dormant ties, targets — for your weekly review
health-review-title = Network review
health-trend-better = better than 6 months ago
health-trend-worse = worse than 6 months ago
health-targets-watched = Watched targets
cli-help-health = Print the network's health: activity, trusted people seen lately, dormant ties, reciprocity, ambassadors, single points of failure, diversity (or write the one-page review as PDF)
cli-help-health-file = The project file
cli-help-health-json = Print one JSON object instead of text
cli-help-health-pdf = Write the one-page network review as a PDF here
cli-help-health-paper = The paper the PDF is laid out for
cli-health-activity = Activity (in person / other / new met / posts), last 6 months:
cli-health-month = { $month }: { $in_person } / { $other } / { $new_met } / { $posts }
cli-health-figure = { $label }: { $value }
cli-health-targets = Targets:
cli-health-dormant = Dormant strong ties:
step-watch-target = watch { $target }
step-unwatch-target = stop watching { $target }
merge3-field-targets = targets
merge3-field-posts = posts online
cli-help-health-as-of = The day the report is as of (YYYY-MM-DD; default: today)
