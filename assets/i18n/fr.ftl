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


## La page d'accueil

welcome-title = Bienvenue dans Carnet
welcome-intro = Carnet dessine les personnes que vous connaissez pour un projet — une recherche d'emploi, une création d'entreprise — et à quel point vous les connaissez vraiment. La confiance naît en face à face : les personnes importées restent « en ligne seulement » tant que vous ne les avez pas rencontrées et noté la rencontre.
welcome-your-name = Votre nom
welcome-name-hint = Prénom et nom
welcome-centre = Vous êtes au centre de la carte.
welcome-import-linkedin = Importer vos relations LinkedIn…
welcome-import-linkedin-hover = LinkedIn › Préférences › Confidentialité des données › Obtenir une copie de vos données › Relations : le fichier Connections.csv
welcome-import-vcard = Importer des contacts (vCard)…
welcome-import-vcard-hover = Un fichier .vcf de votre téléphone, de Google ou d'Apple Contacts
welcome-add-contact = Ajouter un contact
welcome-add-contact-hover = Quelqu'un que vous venez de rencontrer
welcome-open-demo = Ouvrir le projet de démonstration
welcome-open-demo-hover = Une recherche d'emploi avec 40 personnes, leurs rendez-vous et leurs mises en relation
welcome-open-project = Ouvrir un projet…
welcome-open-project-hover = Un fichier de projet Carnet (.ron)
welcome-start = Commencez par votre réseau
welcome-look-around = Ou faites d'abord le tour
welcome-recent = Projets récents

## La barre d'état

status-counts = { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
} · { $encounters ->
    [one] { $encounters } rencontre
   *[other] { $encounters } rencontres
} · { $introductions ->
    [one] { $introductions } mise en relation
   *[other] { $introductions } mises en relation
}
status-unsaved = Modifications non enregistrées
status-read-only = Lecture seule
status-read-only-hover = Une autre fenêtre de Carnet a ce projet ouvert
