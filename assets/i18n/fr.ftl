# Le catalogue français de Carnet. Chaque message a son jumeau dans en.ftl (un test le vérifie).

## Nombres

count-encounters = { $count ->
    [one] { $count } rencontre
   *[other] { $count } rencontres
}

## La barre de menus

menu-file = Fichier
menu-new = Nouveau
menu-open = Ouvrir…
menu-open-recent = Ouvrir un fichier récent
menu-save = Enregistrer
menu-save-as = Enregistrer sous…
menu-import = Importer
menu-merge-project = Fusionner un projet…
menu-export = Exporter
menu-map-image = Image de la carte…
menu-quit = Quitter
menu-edit = Édition
menu-undo = Annuler
menu-undo-step = Annuler : { $step }
menu-redo = Rétablir
menu-redo-step = Rétablir : { $step }
menu-add-contact = Ajouter un contact
menu-log-encounter = Noter une rencontre…
menu-log-event = Noter un événement…
menu-plan-meeting = Prévoir un rendez-vous…
menu-view = Affichage
menu-contact-list = Liste des contacts
menu-contact-editor = Fiche du contact
menu-theme = Thème
menu-language = Langue
menu-clear-recent = Effacer la liste
menu-format = { $format }…
menu-calendar-to-debrief = Rendez-vous à débriefer, depuis un agenda (.ics)…

## Formats de fichier

import-format-linkedin = Relations LinkedIn
format-vcard = Contacts (vCard)
format-csv = Tableau (CSV)
format-excel-csv = Tableau pour Excel (CSV, UTF-8 avec BOM)
format-calendar = Agenda (.ics)
format-vcard-explained = Chaque contact en vCard 4.0, pour un carnet d'adresses ou un téléphone
format-csv-explained = Une ligne par contact, en UTF-8 : LibreOffice, Numbers, Google Sheets, scripts
format-excel-csv-explained = Le même tableau, précédé d'une marque d'ordre des octets : sans elle, Excel lit mal les accents (« InÃ¨s » pour « Inès »)
format-calendar-explained = Rendez-vous prévus, relances dues et rappels pour garder le contact


## Le menu Affichage et les onglets

menu-zoom-in = Zoom avant
menu-zoom-out = Zoom arrière
menu-zoom-reset = Taille réelle
view-map = Carte
view-agenda = Agenda
view-prepare = Préparer
view-introductions = Mises en relation
view-project = Projet
theme-system = Comme le système
theme-light = Clair
theme-dark = Sombre
