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
