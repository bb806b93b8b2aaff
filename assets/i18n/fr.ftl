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


## Dates

date-long = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-short = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-today = aujourd'hui
date-yesterday = hier
date-tomorrow = demain
date-days-ago = il y a { $count } { $count ->
    [one] jour
   *[other] jours
}
date-weeks-ago = il y a { $count } { $count ->
    [one] semaine
   *[other] semaines
}
date-months-ago = il y a { $count } mois
date-years-ago = il y a { $count } { $count ->
    [one] an
   *[other] ans
}
date-in-days = dans { $count } { $count ->
    [one] jour
   *[other] jours
}
date-in-weeks = dans { $count } { $count ->
    [one] semaine
   *[other] semaines
}
date-in-months = dans { $count } mois
date-in-years = dans { $count } { $count ->
    [one] an
   *[other] ans
}
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mer.
weekday-short-4 = jeu.
weekday-short-5 = ven.
weekday-short-6 = sam.
weekday-short-7 = dim.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.


## Le champ de date et son calendrier

date-field-hint = AAAA-MM-JJ
date-field-hover = Une date, ou des mots : hier, vendredi prochain, dans 2 semaines, 2/12…
date-field-calendar = Calendrier
date-field-calendar-hover = Choisir le jour sur un calendrier
date-field-not-yet = pas encore une date
calendar-previous-month = Mois précédent
calendar-next-month = Mois suivant
calendar-month = { $month } { $year }
calendar-today = Aujourd'hui
calendar-weekday-1 = lu
calendar-weekday-2 = ma
calendar-weekday-3 = me
calendar-weekday-4 = je
calendar-weekday-5 = ve
calendar-weekday-6 = sa
calendar-weekday-7 = di
date-compact = { $day } { $month } { $year }

## La liste des contacts

contacts-title = Contacts
contacts-add = Ajouter un contact
contacts-add-hover = Ajouter un contact et le modifier (Ctrl+Maj+N)
contacts-search = Chercher des contacts
contacts-search-hint = Chercher un nom, une organisation, un poste, une étiquette (Ctrl+F)
contacts-sort-by = Trier par
contacts-sort-name = Nom
contacts-sort-organization = Organisation
contacts-sort-last-met = Dernière rencontre en personne
contacts-count = { $total ->
    [one] { $total } contact
   *[other] { $total } contacts
}
contacts-count-shown = { $shown } sur { $total ->
    [one] { $total } contact
   *[other] { $total } contacts
}
contacts-none-yet = Aucun contact pour l'instant. Ajoutez les personnes que vous rencontrez avec « Ajouter un contact ».
contacts-no-match = Aucun contact ne correspond à cette recherche.
contacts-column-name = Nom
contacts-column-last-met = Vu en personne
contacts-column-last-met-hover = La dernière fois que vous vous êtes vus en face à face : les appels et les messages ne comptent pas, ils ne créent pas de confiance

## La fenêtre

title = Carnet — { $project } ({ $file }){ $unsaved ->
    [yes] {" •"}
   *[no] {""}
}{ $read_only ->
    [yes] {" — lecture seule"}
   *[no] {""}
}
title-not-saved = non enregistré
tab-overdue = { $tab } ({ $overdue })
status-new-project = Nouveau projet
