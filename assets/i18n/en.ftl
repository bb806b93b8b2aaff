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
