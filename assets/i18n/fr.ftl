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
date-compact = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }

## La liste des contacts

contacts-title = Contacts
contacts-add = Ajouter un contact
contacts-add-hover = Ajouter un contact et le modifier (Ctrl+Maj+N)
contacts-search = Chercher des contacts
contacts-search-hint = Chercher personnes et notes (Ctrl+F)
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

## L'agenda

agenda-title = Agenda du { $date }
agenda-empty = Rien de prévu, rien à faire. Prévoyez un rendez-vous depuis un contact, ou fixez un rythme pour garder le contact avec les personnes que vous voulez revoir régulièrement.
agenda-this-week = Cette semaine
agenda-this-week-explained = Les quelques choses qui valent le plus d'être faites maintenant, et pourquoi.
agenda-group = { $title } ({ $count })
agenda-group-debrief = À débriefer, depuis votre agenda
agenda-group-meetings = Rendez-vous à venir
agenda-group-watch = Veille : des nouvelles des personnes de confiance
agenda-group-see-again = À revoir
agenda-group-worth-meeting = À rencontrer en personne
agenda-group-introductions = Mises en relation en attente
agenda-group-due-soon = Bientôt dues
agenda-group-late-month = En retard de moins d'un mois
agenda-group-late-quarter = En retard d'un à trois mois
agenda-group-older = Plus anciennes : à régler ou à écarter
agenda-promises-heading = Promesses dues d'ici { $days } jours ou en retard ({ $count })
agenda-show-fewer = Afficher moins
agenda-show-all = Afficher les { $count }
agenda-meeting = { $date }{ $time } · { $kind } avec { $names }
agenda-at-place = à { $place }
agenda-prepare = Préparer
agenda-prepare-name = Préparer le rendez-vous du { $date } avec { $names }
agenda-edit = Modifier…
agenda-edit-hover = Changer la date, ou écrire le débrief une fois le rendez-vous passé
agenda-i-promised = J'ai promis à { $people }
agenda-they-promised = { $people } a promis
agenda-overdue-since = En retard depuis le { $date }
agenda-due = Pour le { $date }
agenda-promise = { $who } : { $what }
agenda-done = Fait
agenda-done-hover = Marquer cette promesse comme tenue
agenda-done-name = Fait : { $what }
agenda-cadence-overdue = tous les { $cadence } jours ; dernier contact le { $last }, { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
agenda-cadence-never = tous les { $cadence } jours ; jamais en contact pour l'instant
agenda-worth-meeting = en ligne seulement ; présenté par { $introducer } (votre confiance : { $trust })
agenda-date-time = { $date } { $time }
agenda-a-meeting = Un rendez-vous
agenda-debrief-line = { $when } · { $title }
agenda-with = avec { $names }
agenda-debrief = Débriefer…
agenda-debrief-name = Débriefer { $title } du { $date }
agenda-debrief-hover = Noter ce qui s'est dit et la confiance créée : le jour, le lieu et les personnes sont déjà remplis
agenda-not-a-meeting = Pas un rendez-vous
agenda-not-a-meeting-name = { $title } du { $date } n'est pas un rendez-vous
agenda-not-a-meeting-hover = Retiré de l'agenda, avec toutes les occurrences de cet événement, et plus jamais proposé
agenda-moved-when = { $weeks ->
    [0] cette semaine
    [1] il y a une semaine
   *[other] il y a { $weeks } semaines
}
agenda-their-new-place = leur nouvelle structure
agenda-moved = nouveau poste : { $now } { $when } (avant : { $was }) : à féliciter ; fait désormais le pont vers { $place }
agenda-not-linked = pas en relation sur LinkedIn : connectez-vous, et rappelez le { $kind } du { $date }
agenda-stalled = { $days ->
    [0] { $status } aujourd'hui
   *[other] { $status } depuis le { $since } ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
}
agenda-introductions = Mises en relation…
agenda-introduction-name = Voir la mise en relation : { $what }
agenda-reason = — { $reason }
agenda-open = Ouvrir
agenda-open-hover = Afficher { $name } dans la fiche du contact
agenda-open-name = Ouvrir { $name }
agenda-log = Noter…
agenda-log-name = Noter une rencontre avec { $name }
agenda-plan = Prévoir…
agenda-plan-name = Prévoir un rendez-vous avec { $name }
agenda-more = Plus…
agenda-more-name = Plus : { $what }
agenda-more-hover = La remettre à plus tard, ou l'ôter de l'Agenda
agenda-snooze = Reporter
agenda-snooze-week = D'une semaine
agenda-snooze-month = D'un mois
agenda-snooze-quarter = De trois mois
agenda-snooze-name = Reporter : { $what }
agenda-snooze-hover = Retirer de l'agenda pour un temps
agenda-not-relevant = Sans objet
agenda-not-relevant-hover = Retirer de l'agenda pour de bon (Ctrl+Z le fait revenir)
agenda-not-relevant-name = Sans objet : { $what }

## Types de rencontre, confiance, origines, étapes d'une mise en relation

kind-coffee = Café
kind-meal = Repas
kind-meeting = Réunion
kind-event = Événement
kind-call = Appel
kind-video = Visio
kind-message = Message
trust-none = aucune
trust-low = faible
trust-medium = moyenne
trust-high = forte
trust-full = totale
origin-by-hand = Ajouté à la main
origin-introduced = Présenté par quelqu'un
origin-linkedin = Importé de LinkedIn
origin-vcard = Importé d'une vCard
intro-planned = prévue
intro-asked = demandée
intro-accepted = acceptée
intro-made = faite
intro-met = ils se sont rencontrés
intro-declined = refusée
intro-dropped = abandonnée

## Le formulaire de rencontre

form-save = Enregistrer
# La touche Échap, comme sur le clavier.
key-escape = Échap
form-cancel = Annuler
form-plan-meeting = Prévoir un rendez-vous
form-log-encounter = Noter une rencontre
form-log-event = Noter un événement
form-edit-encounter = Modifier la rencontre
form-edit-event = Modifier l'événement
form-date = Date
form-kind = Type
form-in-person = En personne : crée de la confiance.
form-remote = À distance : garde le lien, sans jamais porter la confiance au-delà de faible.
form-event = Événement
form-event-hint = VivaTech 2026, dîner d'équipe…
form-event-name = Nom de l'événement
form-place = Lieu
form-place-hint = Où
form-enter-completes = Entrée complète :
form-people-met = Personnes rencontrées
form-with = Avec
form-new-person = { $name } (nouveau contact)
form-people-hint = Tapez un nom, Entrée l'ajoute
form-add-person = Ajouter une personne
form-new-contact = Nouveau contact : { $name }
form-new-contact-hover = Ajoute cette personne à vos contacts à l'enregistrement
form-notes = Notes
form-notes-hint = Ce qui s'est dit, ce qu'ils cherchent…
form-trust = Confiance ressentie
form-trust-later = Notée après le rendez-vous, au débrief.
form-trust-not-recorded = non notée
form-trust-remote = Compte comme faible : la confiance naît en personne.
form-follow-ups = Suites
form-promiser-me = J'ai
form-promiser-them = Ils ont
form-promise = Promesse
form-promise-hint = promis de…
form-promise-due = pour le
form-promise-due-name = Échéance
form-remove-follow-up = Retirer cette suite
form-i-promised = J'ai promis…
form-they-promised = Ils ont promis…
form-remove = Retirer { $name }
form-error-date = « { $text } » n'est pas une date : tapez-la sous la forme AAAA-MM-JJ, ou choisissez-la sur le calendrier.
form-error-unfinished-name = Appuyez sur Entrée pour ajouter « { $name } » aux personnes rencontrées, ou videz ce champ.
form-error-nobody = Ajoutez au moins une personne rencontrée.
form-error-due = L'échéance de « { $what } » n'est pas une date : tapez-la sous la forme AAAA-MM-JJ.

## La fiche de préparation (fenêtre, Markdown et PDF)

prep-title = Préparer le rendez-vous avec { $name }
prep-before = Avant : { $jobs }
prep-goal = Objectif du projet
prep-goal-line = Objectif du projet : { $goal }
prep-open-contact = Ouvrir le contact
prep-who = Qui c'est
prep-how-we-met = Comment on s'est connus : { $how }
prep-tags = Étiquettes : { $tags }
prep-next-meeting = Prochain rendez-vous : { $heading }
prep-last-encounters = Dernières rencontres
prep-none-yet = Aucune pour l'instant.
prep-open-promises = Promesses en cours
prep-none = Aucune.
prep-mutual = Connaissances communes
prep-nobody = Personne dans ce projet.
prep-my-trust = ma confiance : { $trust }
prep-online-only = en ligne seulement
prep-mutual-line = { $name } ({ $link } ; { $met })
prep-mutual-standing = { $link } ; { $met }
prep-introductions = Mises en relation en cours
prep-introduction = { $introducer } présente { $a } à { $b } ({ $status })
prep-promise = { $who ->
    [me] J'ai promis
   *[them] Promis par eux
} : { $what } (le { $on })
prep-promise-due = { $who ->
    [me] J'ai promis
   *[them] Promis par eux
} : { $what } (le { $on }, pour le { $due })
prep-encounter-heading = { $date } · { $kind }
prep-encounter-heading-title = { $date } · { $kind } · { $title }
prep-encounter-heading-place = { $date } · { $kind } · { $place }
prep-encounter-heading-title-place = { $date } · { $kind } · { $title } · { $place }
prep-planned = { $heading } (prévu)
prep-standing = Vu en personne { $count ->
    [one] { $count } fois
   *[other] { $count } fois
}, la dernière le { $last } ; confiance { $trust }
prep-standing-online = En ligne seulement : jamais vu en personne ; confiance { $trust }
prep-met-introduced-by = présenté par { $name }
prep-met-introduced = présenté par quelqu'un
prep-met-linkedin-since = relation LinkedIn depuis le { $date }
prep-met-linkedin = relation LinkedIn
prep-met-vcard = de mon carnet d'adresses
prep-met-first = première rencontre en personne : { $heading }
prep-met-not-recorded = non renseigné
prep-link-introduced-us = nous a présentés
prep-link-they-introduced = présenté par son intermédiaire
prep-link-introduction = dans une mise en relation commune
prep-link-met = rencontrés ensemble le { $date }
pdf-day-title = Rendez-vous du { $date }
pdf-the-day = La journée
pdf-meeting-title = Rendez-vous du { $date }
pdf-meeting-line = { $time }{ $kind } avec { $names }
pdf-meeting-line-place = { $time }{ $kind } avec { $names } — { $place }
pdf-labelled = { $label } : { $text }
pdf-footer = { $project } · Carnet · page { $page }
pdf-describe-sheet-for = la fiche de préparation pour { $name }
pdf-describe-sheet = la fiche de préparation
pdf-describe-meeting-of = le rendez-vous du { $date }
pdf-describe-meeting = le rendez-vous
pdf-describe-day = le livret du { $date }
pdf-describe-review = le bilan du réseau

## Pourquoi une ligne est dans « Cette semaine »

reason-prepare = { $days ->
    [0] aujourd'hui : à préparer
    [1] demain : à préparer
   *[other] dans { $days } jours : à préparer
}
reason-late = { $days ->
    [one] { $days } jour de retard : une promesse tenue crée la confiance
   *[other] { $days } jours de retard : une promesse tenue crée la confiance
}
reason-due = { $days ->
    [0] pour aujourd'hui : une promesse tenue crée la confiance
    [one] dans { $days } jour : une promesse tenue crée la confiance
   *[other] dans { $days } jours : une promesse tenue crée la confiance
}
reason-remind = un rappel amical à { $people } la fait vivre
reason-fades = confiance { $trust } : elle s'use sans rencontre
reason-nudge = une petite relance la fait avancer
reason-vouched = quelqu'un de confiance se porte garant : à rencontrer en personne
reason-new-job = un mot maintenant montre que vous suivez

## Messages d'état et champs de chemin

status-opened = Ouvert : { $path }
status-opened-demo = Projet de démonstration ouvert : faites le tour ; Enregistrer sous… garde une copie de vos changements
status-saving = Enregistrement de { $path }…
status-saved = Enregistré : { $path }
status-saved-pdf = Enregistré dans { $path } ({ $paper }) : { $what }
status-printing = Envoi de { $what } à l'imprimante…
status-printed = Envoyé à l'imprimante : { $what }
status-printed-said = Envoyé à l'imprimante ({ $said }) : { $what }
status-exported-map = Carte exportée dans { $path }
status-exported = Exporté dans { $path } : { $holds }
this-project = Ce projet
dialog-open = Ouvrir un projet
dialog-open-button = Ouvrir
dialog-import = Importer des contacts
dialog-import-button = Importer
dialog-read-calendar = Rendez-vous à débriefer, depuis un agenda
dialog-read-button = Lire
dialog-merge = Fusionner un autre projet
dialog-merge-button = Fusionner
dialog-export-map = Exporter la carte
dialog-export = Exporter les contacts
dialog-export-button = Exporter
dialog-save-pdf = Enregistrer en PDF
dialog-save-as = Enregistrer le projet sous
dialog-save-button = Enregistrer

## La fiche du contact

contact-none-selected = Aucun contact sélectionné
contact-none-selected-hint = Sélectionnez un contact dans la liste pour le voir et le modifier.
contact-encounters = Rencontres ({ $count })
contact-details = Détails
contact-delete = Supprimer le contact…
contact-maybe-same = Peut-être la même personne que { $name } ({ $why })
contact-merge = Fusionner…
contact-merge-hover = Réunir les deux fiches en celle-ci
contact-show = Afficher
contact-no-name = (sans nom)
contact-left-linkedin = Absent de votre export LinkedIn depuis le { $date }
contact-left-linkedin-hover = Absent d'un export LinkedIn que vous avez importé : peut-être a-t-il quitté LinkedIn ou retiré la relation. Gardé ici ; la marque disparaît quand un export le mentionne à nouveau.
contact-met-in-person = Vu en personne
contact-times = { $count } fois
contact-last = · dernière fois le { $date }
contact-online-only = En ligne seulement
contact-online-only-hover = Vous n'avez jamais rencontré cette personne en face à face.
contact-trust = Confiance : { $trust }
contact-trust-rule = La confiance naît de la rencontre en personne : c'est la confiance ressentie lors de votre dernière rencontre en personne. Les appels, les visios et les messages ne la portent jamais au-delà de faible.
contact-warmth = · chaleur { $percent } %
contact-warmth-hover = La chaleur du lien aujourd'hui : elle baisse avec le temps depuis votre dernière rencontre en personne (de moitié tous les 6 mois) ; les appels et les messages la gardent au plus à moitié.
contact-next-meeting = Prochain rendez-vous prévu le { $date }
likeness-profile = même profil LinkedIn
likeness-email = même e-mail
likeness-phone = même numéro de téléphone
likeness-name-organization = même nom, même organisation actuelle ou passée
likeness-name = même nom
field-name = Nom
field-organization = Organisation
field-role = Poste
field-emails = E-mails
field-phones = Téléphones
field-links = Liens
field-tags = Étiquettes
contact-fields-hint = Un e-mail, un téléphone ou un lien par ligne ; étiquettes séparées par des virgules.
contact-pinned = Épinglé sur la carte en ({ $x }, { $y })
contact-unpin = Désépingler
contact-origin = Origine
contact-introduced-by = Présenté par
contact-someone-not-in-carnet = quelqu'un qui n'est pas dans Carnet
contact-connected-on = Relation depuis le
contact-delete-title = Supprimer { $name } ?
contact-delete-undo = Ctrl+Z permet d'annuler.
contact-delete-button = Supprimer
contact-linkedin-says = LinkedIn indique : { $job }
contact-linkedin-says-hover = Votre dernier export LinkedIn donne un autre poste que celui que vous avez saisi. Le vôtre est gardé tant que vous ne choisissez pas.
contact-use-linkedin = Prendre celui de LinkedIn
contact-use-linkedin-hover = Le vôtre passe dans ses postes précédents
contact-online-note = D'après votre archive LinkedIn. Écrire garde le lien, au plus à moitié aussi chaud qu'une rencontre ; seule la rencontre en personne crée la confiance.
contact-selected = { $count } contacts sélectionnés
contact-selected-hint = Ctrl+clic sur un contact, dans la liste ou sur la carte, pour l'ajouter ou le retirer.
contact-show-only = Afficher seulement ce contact
contact-merge-two-hover = La même personne saisie deux fois : réunir les deux fiches en une
contact-merge-two-disabled = Sélectionnez exactement deux contacts pour les fusionner
contact-log-all = Noter une rencontre avec tous…
contact-log-all-hover = Une rencontre où vous les avez tous vus
contact-plan-all = Prévoir un rendez-vous avec tous…
contact-clear-selection = Effacer la sélection
contact-log-hover = Noter un rendez-vous, un appel ou un message avec cette personne
contact-plan-hover = Une rencontre datée dans le futur est un rendez-vous prévu
contact-prepare-hover = La fiche de préparation du rendez-vous avec cette personne
contact-introduce = Présenter à…
contact-introduce-hover = Présenter cette personne à quelqu'un, si le seuil de confiance le permet (ou la glisser sur quelqu'un sur la carte)
contact-who-can-introduce = Qui peut me présenter ?
contact-who-can-introduce-hover = Les chemins de confiance jusqu'à cette personne
contact-keep-in-touch = Garder le contact tous les
contact-days-suffix = { " " }jours
contact-keep-in-touch-days = Garder le contact tous les (jours)
contact-no-encounter = Aucune rencontre pour l'instant. Notez-en une après vous être vus : la confiance naît de la rencontre en personne.
contact-show-all-encounters = Afficher les { $count } rencontres
contact-with = Avec { $names }
contact-trust-felt = Confiance ressentie : { $trust }
contact-trust-felt-remote = Confiance ressentie : { $trust } (compte comme faible : pas en personne)
contact-promise = { $who ->
    [me] Moi
   *[them] Eux
} : { $what }
contact-promise-due = { $who ->
    [me] Moi
   *[them] Eux
} : { $what } (pour le { $due })
contact-edit-encounter-name = Modifier la rencontre du { $date }
contact-delete-encounter-hover = Supprimer cette rencontre (Ctrl+Z l'annule)
contact-delete-encounter-name = Supprimer la rencontre du { $date }
contact-introductions = Mises en relation ({ $count })
contact-introduction = { $introducer } présente { $a } à { $b } — { $status }

## Mises en relation et chemins de confiance

looking-person = une personne
looking-organization = quelqu'un chez
looking-tag = quelqu'un avec l'étiquette
step-asked = Demandé
step-agreed = Tous deux d'accord
step-introduced = Présentés
step-met = Ils se sont vus
step-declined = Refusé
step-drop = Abandonner
intro-me = Moi
intro-unknown-contact = contact { $id }
intro-i-introduce = Je présente { $a } à { $b }
intro-introduces-me-to = { $introducer } me présente à { $b }
intro-introduces-to-me = { $introducer } me présente { $a }
intro-introduces = { $introducer } présente { $a } à { $b }
intro-filter-hint = Filtrer par nom
intro-filter = Filtrer les mises en relation
intro-show-ended = Afficher les terminées
intro-more = … et { $count } de plus : filtrez par nom pour les trouver
intro-none = Aucune mise en relation pour l'instant. Glissez un contact sur un autre sur la carte, ou nommez deux personnes ci-dessus.
intro-despite-gate = Prévue malgré le seuil de confiance : { $reason }
intro-show-on-map = Voir sur la carte
intro-notes-hint = Comment elle s'est faite, pourquoi ils vont bien ensemble
intro-notes-name = Notes sur : { $what }
intro-outcome-hint = Qu'en est-il sorti ?
intro-outcome-name = Résultat de : { $what }
paths-who = Qui peut me présenter à
paths-looking-for = Je cherche
paths-hint-name = un nom
paths-hint-organization = une organisation
paths-hint-tag = une étiquette
paths-whom = Qui joindre
paths-find = Chercher des chemins
paths-none = Aucun chemin de confiance : personne en qui vous avez confiance (rencontré en personne, récemment) n'est connu pour le connaître. Rencontrez d'abord des gens, ou notez qui connaît qui.
paths-strength-explained = Force : la chaleur de chaque lien du chemin (la confiance, et l'ancienneté de la dernière rencontre), multipliée ; 100 % veut dire que tous ont été vus récemment et ont toute votre confiance.
paths-already-known = Vous connaissez déjà { $name } : { $how }. Pas besoin d'être présenté : contactez cette personne vous-même.
paths-formerly = { $name } ({ $formerly })
paths-formerly-at = anciennement chez { $organization }
paths-path = { $rank }. Vous > { $names }   (force { $strength } %)
paths-path-hover = La chaleur de chaque lien du chemin, multipliée : la confiance et l'ancienneté de la rencontre pour vos propres liens, la façon dont les deux se connaissent pour les autres.
paths-weakest = { $line }  - maillon faible : { $remedy }
paths-show = Voir le chemin { $rank } sur la carte
paths-plan = Prévoir les mises en relation du chemin { $rank }
paths-plan-hover = Chaque intermédiaire du chemin vous présente à la personne suivante
paths-you-know = Vous connaissez { $to } : { $how }
paths-tie-introduced = l'un a présenté l'autre
paths-tie-met-together = vous les avez rencontrés ensemble
paths-can-introduce = { $from } peut vous présenter à { $to } : { $how }
remedy-see-again = revoir d'abord { $to } (dernière rencontre le { $last })
remedy-meet = rencontrer d'abord { $to } en personne
remedy-trust = gagner d'abord la confiance de { $to }
remedy-ask = demander à { $from } s'il connaît bien { $to }
propose-introduce = Présenter
propose-to = à
propose-another-name = un autre nom
propose-first = Première personne à présenter
propose-second = Seconde personne à présenter
propose-check = Vérifier la confiance…
propose-same-person = C'est la même personne.
know-met = vu en personne { $count } fois, la dernière le { $last } ; confiance { $trust }
know-remote = jamais vu en personne ({ $count ->
    [one] { $count } contact à distance
   *[other] { $count } contacts à distance
}) ; confiance { $trust }
know-online = en ligne seulement : jamais rencontré

## La carte de mise en relation et le seuil de confiance

card-known = { $name } : { $how }
card-known-about = { $name }, { $about } : { $how }
card-title = Présenter { $a } à { $b } ?
card-why = Pourquoi ils vont bien ensemble
card-why-none = Rien dans leurs fiches ne le dit encore : étiquettes, organisation, notes.
card-reason = - { $reason }
card-how-known = Comment vous les connaissez
card-under-way = Déjà en cours : cette mise en relation est { $status } depuis le { $since }.
card-show-open = Voir la mise en relation en cours
card-gate-passes = Le seuil de confiance est atteint : vous les avez rencontrés tous deux en personne, récemment, et votre confiance est au moins { $threshold }.
card-plan = Prévoir la mise en relation
card-gate-fails = Pas encore : le seuil de confiance n'est pas atteint
card-anyway = Ou allez-y quand même, en disant pourquoi (gardé avec la mise en relation) :
card-anyway-hint = p. ex. Marc m'a demandé exactement ce contact
card-anyway-name = Raison de passer outre
card-proceed = Passer outre
card-proceed-disabled = Écrivez d'abord pourquoi vous passez outre
gate-never-met = Vous n'avez jamais rencontré { $name } en personne.
gate-trust-low = Votre confiance en { $name } est { $trust } ; ce projet demande au moins { $threshold }.
gate-not-recent = Votre dernière rencontre en personne avec { $name } date du { $last }, il y a plus de { $months } mois.
gate-remedy-plan = Prévoyez d'abord un rendez-vous avec { $name }.
gate-remedy-see-again = Revoyez { $name } : la confiance se construit en face à face.
fit-tags = Même étiquette : { $tags }
fit-organization = Tous deux chez { $organization }
fit-note = { $name } : « { $line } »
fit-relation = Ils se connaissent déjà (une relation est notée)

## L'onglet Projet

project-untitled = Projet sans titre
project-explained = Le projet : à quoi sert ce réseau, et les règles que vous suivez.
project-name = Nom du projet
project-goal = Objectif
project-your-organization = Votre organisation
project-your-role = Votre poste
project-threshold = Ne présenter que des personnes en qui j'ai au moins une confiance
project-threshold-name = Seuil de confiance
project-recency = et rencontrées en personne dans les derniers
project-months-suffix = { " " }mois
project-recency-name = Ancienneté en mois
project-at-a-glance = En bref
project-met-value = { $met } ({ $online } en ligne seulement)
project-encounters = Rencontres
project-encounters-value = { $count } ({ $planned ->
    [one] { $planned } prévue
   *[other] { $planned } prévues
})
project-relations = Relations entre contacts

## La barre d'outils de la carte

map-fit = Tout voir
map-fit-hover = Faire tenir tout le réseau à l'écran (F, ou double-clic sur le fond)
map-clear-highlight = Effacer la mise en évidence
map-clear-highlight-hover = Ne plus éclairer le chemin ou la mise en relation
map-find = Chercher sur la carte
map-filter-hint = Filtre : étiquette, organisation, nom
map-filter = Filtrer la carte
map-filters = Filtres
map-filters-active = Filtres ({ $count })
map-show = Afficher
map-min-trust = Confiance min.
map-min-trust-name = Confiance minimale
map-not-met = Pas vu depuis
map-months-suffix = { " " }mois
map-not-met-name = Pas vu en personne depuis (mois)
map-not-met-hover = Seulement les personnes pas vues en personne depuis au moins ce nombre de mois (0 : tout le monde)
map-hide-rest = Masquer le reste
map-focus-on = Centrer sur { $name } à
map-focus-steps = Pas du centrage
map-focus-steps-hover = Afficher les personnes à ce nombre de pas au plus (1 à 3)
map-steps = { $count ->
    [one] pas
   *[other] pas
}
map-whole = Toute la carte
map-whole-hover = Quitter le centrage et afficher tout le monde (Échap)
map-focus = Centrer
map-focus-hover = N'afficher que la personne sélectionnée et celles à quelques pas d'elle, autour d'elle (Échap pour revenir)
map-focus-disabled = Sélectionnez une personne pour centrer sur elle
map-no-lens = Aucune vue
map-lens = Vue
map-lens-hover = Une combinaison enregistrée de filtres et de centrage
map-save-lens = Enregistrer la vue…
map-save-lens-hover = Enregistrer ces filtres et ce centrage sous un nom
map-lens-name-hint = Nom de la vue, p. ex. Objectif Doctolib
map-lens-name = Nom de la vue
map-replace = Remplacer
map-delete-lens = Supprimer la vue
map-delete-lens-hover = Retirer la vue « { $name } » du projet
presence-all = Tout le monde

## La carte : noms, menus, infobulles, légende

map-you = { $name } (vous)
map-this-is-you = C'est vous : le centre de votre réseau.
map-focus-person = Centrer sur cette personne
map-delete = Supprimer…
map-you-centre = Vous : le centre de votre réseau.
map-tooltip-met = Vu en personne { $count } fois, la dernière le { $last }
map-tooltip-online = En ligne seulement : jamais vu en personne
legend-hide = Masquer la légende
legend-show = Légende
legend-hover = Ce que veulent dire les tailles, les couleurs, les traits et les cercles
legend-rings = Cercles : plus près de moi, plus proche (nommés sur la carte)
legend-ring-line = { $ring } : { $explanation }.
legend-met = Vu en personne (taille et couleur : confiance)
legend-online = En ligne seulement : jamais vu
legend-trust = La confiance, née de la rencontre en personne
legend-paler = Plus pâle : pas vu en personne récemment
legend-ties = Liens
legend-encounters = Rencontres avec moi (plus épais : plus en personne)
legend-introduced = Présenté par (la flèche va vers la personne présentée)
legend-planned = Mise en relation prévue
legend-know = Ils se connaissent
legend-met-together = Vus ensemble (même événement ou rendez-vous)
legend-bubble = En vue d'ensemble : les personnes en ligne seulement d'un groupe en une bulle (clic pour l'ouvrir)
circle-trusted = De confiance, vus récemment
circle-met = Rencontrés
circle-trusted-explained = Vus en personne, de confiance (moyenne ou plus), et vus dans les 12 derniers mois
circle-met-explained = Vus en personne au moins une fois
circle-online-explained = Jamais vus en personne : connus en ligne ou importés
ring-steps = { $count } pas
ring-name = Cercle : { $name }
bubble-opens = { $count ->
    [one] { $group } : { $count } personne connue seulement en ligne ; cliquez ou zoomez pour la voir
   *[other] { $group } : { $count } personnes connues seulement en ligne ; cliquez ou zoomez pour les voir
}
image-title-lens = { $project } — { $lens }
image-subtitle = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
} · au { $date }
image-rings = Cercles : plus près, plus proche
image-paler = Plus pâle : pas vu récemment
image-bubble = Les personnes en ligne seulement d'un groupe
image-introduced = Présenté par
image-met-together = Vus ensemble
image-encounters = Rencontres avec moi

## Questions : modifications non enregistrées, récupération, autre fenêtre, changement sur le disque

unsaved-title = Enregistrer vos modifications ?
unsaved-question = « { $project } » a des modifications non enregistrées. Les enregistrer avant { $doing ->
    [new] de commencer un nouveau projet
    [open] d'ouvrir un autre projet
   *[quit] de quitter
} ?
unsaved-discard = Ne pas enregistrer
path-prompt-name = Chemin du fichier
path-prompt-empty = Aucun dossier ni fichier .{ $extensions } ici.
recovery-title = Récupérer les modifications non enregistrées ?
recovery-explained = Carnet s'est fermé sans enregistrer ces modifications (un plantage, un arrêt forcé, une coupure de courant). Ses copies de récupération les contiennent :
recovery-restore = Restaurer
recovery-restore-hover = Ouvrir ces modifications, non enregistrées, pour les regarder et les enregistrer
recovery-discard = Jeter
recovery-discard-hover = Supprimer cette copie de récupération ; le fichier reste tel quel
recovery-later = Décider plus tard
elsewhere-title = Déjà ouvert dans une autre fenêtre
elsewhere-explained = { $file } est ouvert dans une autre fenêtre de Carnet. Si les deux le modifient, l'une écrasera le travail de l'autre.
elsewhere-read-only = Ouvrir en lecture seule
elsewhere-read-only-hover = Regarder sans modifier ; Enregistrer sous… garde votre propre copie
elsewhere-edit = Modifier quand même
conflict-title = Modifié par un autre programme
conflict-explained = { $file } a été modifié sur le disque (une synchronisation, un git pull, un autre Carnet) depuis que vous l'avez ouvert ou enregistré, et vous avez des modifications non enregistrées. Rien n'est écrasé sans votre accord.
conflict-reload = Recharger la leur
conflict-reload-hover = Ouvrir la version du disque ; vos modifications non enregistrées sont perdues
conflict-keep-mine = Garder la mienne en copie…
conflict-keep-mine-hover = Enregistrer votre version dans un autre fichier ; la leur reste
conflict-overwrite = Écraser
conflict-overwrite-hover = Écrire votre version par-dessus la leur (la leur est gardée en .bak)
recovery-counts = { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $encounters ->
    [one] { $encounters } rencontre
   *[other] { $encounters } rencontres
}, { $introductions ->
    [one] { $introductions } mise en relation
   *[other] { $introductions } mises en relation
}
recovery-never-saved = Un projet jamais enregistré : { $name }
recovery-of-file = { $name } ({ $path })
recovery-written = Écrite le { $when } : { $counts }.
recovery-file-has = { $written } Le fichier a { $counts }.
recovery-file-gone = { $written } Le fichier n'existe plus.
recovery-discarded = Copie de récupération jetée
recovery-restored = Modifications du { $when } restaurées : enregistrez pour les garder
elsewhere-opened-read-only = Ouvert en lecture seule : une autre fenêtre de Carnet a ce projet ouvert
elsewhere-editing = Modification malgré une autre fenêtre de Carnet qui a ce projet ouvert
conflict-not-saved = Non enregistré
conflict-reloaded = Rechargé : { $path }
banner-changed = { $file } a été modifié par un autre programme.
banner-unsaved = Vous avez des modifications non enregistrées : l'enregistrement vous demandera quoi faire.
banner-reload-theirs = Recharger la leur (jeter la mienne)
banner-reload = Recharger
banner-dismiss = Ignorer
dismissed-nothing-imported = Rien d'importé
dismissed-no-introduction = Aucune mise en relation prévue
dismissed-nothing-merged = Rien de fusionné
status-copied = Copié : { $what }. Collez-le où vous voulez
prep-heading = Préparer un rendez-vous
prep-heading-hint = Sélectionnez un contact, ou choisissez Préparer sur un rendez-vous de l'agenda.
prep-copy-markdown = Copier en Markdown
prep-copy-markdown-hover = Copier la fiche, pour la coller dans des notes ou un e-mail
prep-copied-what = la fiche de préparation, en Markdown
prep-save-pdf = Enregistrer en PDF…
prep-save-pdf-hover = Un PDF au format { $paper }, à imprimer ou à lire en chemin
prep-print = Imprimer…
prep-print-hover = L'envoyer à l'imprimante par défaut ({ $command }), au format { $paper }
prep-print-none = Aucune commande d'impression sur ce système (lp ou lpr) : Enregistrer en PDF…, puis imprimez depuis un lecteur de PDF
prep-booklet = Livret du jour en PDF…
prep-booklet-hover = Tous les rendez-vous prévus le { $date } : une couverture qui liste la journée, puis une fiche par personne
prep-paper-hover = Le format de papier des PDF
paper-a4 = A4
paper-letter = Lettre US

## L'aperçu d'import et de fusion

preview-merge-title = Fusionner { $source }
preview-merge-people = { $added ->
    [one] { $added } nouveau contact
   *[other] { $added } nouveaux contacts
}, { $matched } déjà là ({ $updated } avec des champs vides à remplir).
preview-merge-brings = Apporte { $encounters ->
    [one] { $encounters } rencontre
   *[other] { $encounters } rencontres
}, { $introductions ->
    [one] { $introductions } mise en relation
   *[other] { $introductions } mises en relation
} et { $relations ->
    [one] { $relations } relation
   *[other] { $relations } relations
}{ $already ->
    [0] .
    [one] ; { $already } élément déjà là n'est pas copié.
   *[other] ; { $already } éléments déjà là ne sont pas copiés.
}
preview-merge-matching = Les personnes sont reconnues par leur profil LinkedIn, leur e-mail, puis leur nom et leur organisation. Rien de ce que vous avez écrit n'est écrasé.
preview-import-title = Importer { $source }
preview-import-counts = { $added ->
    [one] { $added } nouveau
   *[other] { $added } nouveaux
}, { $matched } déjà là ({ $updated } avec des champs vides à remplir), { $skipped ->
    [one] { $skipped } ignoré
   *[other] { $skipped } ignorés
}.
preview-file-rows = { $file } ({ $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
})
preview-read = Lu : { $files }.
preview-online = Liens en ligne : { $ties }.
preview-online-hover = Les messages gardent les gens au chaud sur la carte, jusqu'à un plafond ; seule la rencontre en personne crée la confiance. Les notes d'invitation disent comment vous êtes entrés en relation, les recommandations et les validations qu'on se porte garant de vous en ligne.
preview-import-rule = Les personnes importées restent en ligne seulement tant que vous ne les avez pas rencontrées. Rien de ce que vous avez écrit n'est écrasé.
preview-partial = Cet export ne liste que { $listed } de vos { $total } relations LinkedIn : est-ce un export partiel ? Les { $missing } qu'il omet sont gardées, et marquées seulement si vous le demandez.
preview-flag-missing = Marquer les { $count } comme absentes de mon export LinkedIn
preview-new = Nouveaux
preview-new-line = { $name } — { $about }
preview-new-job = Nouveau poste
preview-new-job-line = { $name } : avant { $was }, maintenant { $now }
preview-missing-flagged = Absents de votre export LinkedIn (gardés, marqués)
preview-missing-not-flagged = Absents de votre export LinkedIn (gardés, non marqués)
preview-kept-yours = Vous avez saisi leur poste vous-même : gardé
preview-kept-yours-line = { $name } : { $yours } (LinkedIn indique { $theirs })
preview-take-theirs = Prendre celui de LinkedIn pour eux (le vôtre passe dans leurs postes précédents)
preview-updated = Déjà là, champs vides remplis
preview-updated-line = { $name } ({ $by }) : { $fields }
preview-skipped = Ignorés
preview-skipped-line = ligne { $line } : { $reason }
preview-enter = Entrée
preview-esc = Échap
preview-nothing-new = Tout ce fichier est déjà là
preview-more = … et { $count } de plus

## Fusionner deux contacts

merge-keep-in-touch = Garder le contact
merge-pin = Épingle sur la carte
merge-every = Tous les { $days } jours
merge-where-pinned = Là où { $name } est épinglé
merge-title = Fusionner deux contacts
merge-explained = { $kept } et { $absorbed } deviennent un seul contact. Les e-mails, téléphones, liens et étiquettes sont réunis ; les rencontres, mises en relation et relations suivent.
merge-no-conflict = Leurs fiches ne se contredisent pas : rien à choisir.
merge-keep = Là où elles diffèrent, garder :
merge-both = Les deux, l'un après l'autre
merge-field-value = { $field } ({ $value })
merge-only = Seul { $name } a : { $fields }.

## Erreurs

error-save-thread = Impossible de lancer l'enregistrement : { $error }
error-save-read-only = Ce projet est ouvert en lecture seule (une autre fenêtre de Carnet l'a ouvert) : Enregistrer sous… en écrit votre propre copie.
error-edit-read-only = Lecture seule : ce projet est ouvert dans une autre fenêtre de Carnet. Enregistrer sous… pour garder une copie modifiable.
error-import = Rien d'importé : { $error }
error-calendar = Rien de lu : { $error }
error-merge = Rien de fusionné : { $error }
error-export = Rien d'exporté : { $error }
error-pdf = PDF non enregistré : { $error }
error-no-printer = Aucune commande d'impression sur ce système (lp ou lpr) : Enregistrer en PDF…, puis imprimez depuis un lecteur de PDF.
error-print = Non imprimé : { $error }
error-map = Carte non exportée : { $error }
error-reload = Votre version est gardée : { $error }
error-dropped = Seuls les projets Carnet (fichiers .ron) s'ouvrent en les déposant — { $path }
group-caption = { $name } · { $size }{ $met ->
    [0] {""}
    [one] {" · "}{ $met } vu
   *[other] {" · "}{ $met } vus
}{ $formerly ->
    [0] {""}
   *[other] {" · "}{ $formerly } { $formerly ->
        [one] ancien
       *[other] anciens
    }
}
group-no-organization = Sans organisation
group-around = Autour de { $name }

## Ouvrir et enregistrer les fichiers de projet

load-read = Impossible de lire le fichier ({ $error }) — { $path }
load-folder = C'est un dossier, pas un fichier de projet — { $path }
load-empty = Le fichier est vide — { $path }
load-too-large = Le fichier est trop gros pour être un projet Carnet ({ $size } octets ; la limite est { $limit }) — { $path }
load-not-text = { $what } : les projets Carnet sont du texte UTF-8 — { $path }
load-utf16 = Le fichier est encodé en UTF-16
load-binary = Le fichier est binaire, pas du texte
load-not-utf8 = Le fichier n'est pas du texte UTF-8 valide
load-syntax = Pas un projet Carnet lisible : { $message } (ligne { $line }, colonne { $column }) — { $path }
load-future = Ce projet a été enregistré par un Carnet plus récent (version de format { $found } ; celui-ci lit jusqu'à la { $supported }). Mettez Carnet à jour pour l'ouvrir — { $path }
load-inconsistent = Le projet est incohérent : { $error } — { $path }
save-folder = Impossible d'enregistrer : c'est un dossier — { $path }
save-write = Impossible d'enregistrer ({ $error }) ; le fichier sur le disque est inchangé — { $path }
save-serialize = Impossible d'écrire le projet en texte : { $message } — { $path }
save-read-only = Impossible d'enregistrer : le fichier est en lecture seule (il n'a pas le droit d'écriture) ; le fichier sur le disque est inchangé. Enregistrer sous… en écrit une copie — { $path }
save-too-large = Impossible d'enregistrer : le projet ferait { $size } octets, plus que ce que Carnet ouvre ({ $limit } octets) ; le fichier sur le disque est inchangé — { $path }

## Ce qu'a fait un changement (barre d'état), et les étapes d'annulation (menu Édition)

outcome-undid = Annulé : { $step }
outcome-redid = Rétabli : { $step }
outcome-nothing-to-undo = Rien à annuler
outcome-nothing-to-redo = Rien à rétablir
new-contact-name = Nouveau contact
step-add-contact = ajout d'un contact
outcome-added-contact = Contact ajouté : tapez son nom
step-edit = modification { $field ->
    [name] du nom
    [organization] de l'organisation
    [role] du poste
    [emails] des e-mails
    [phones] des téléphones
    [links] des liens
    [tags] des étiquettes
    [notes] des notes
    [origin] de l'origine
    [introducer] de l'intermédiaire
    [connection-date] de la date de relation
    [keep-in-touch-cadence] du rythme de contact
    [map-position] de la position sur la carte
    [project-name] du nom du projet
    [goal] de l'objectif
    [your-name] de votre nom
    [your-organization] de votre organisation
    [your-role] de votre poste
    [trust-threshold] du seuil de confiance
    [recency] de l'ancienneté
    [pitch] du pitch
    [goal-version] de la version de l'objectif
    [shared-trust] de la confiance partagée
    [meeting-reminder] du rappel de rendez-vous
    [follow-up-reminder] du rappel de relance
    [on-phone] du partage avec le téléphone
   *[other] d'un champ
}
step-delete = suppression de { $name }
outcome-deleted = { $name } supprimé.
step-pin = épinglage sur la carte
step-unpin = désépinglage
step-save-lens = enregistrement de la vue { $name }
step-delete-lens = suppression de la vue { $name }
step-delete-encounter = suppression de la rencontre du { $date }
outcome-deleted-encounter = Rencontre du { $date } supprimée (Ctrl+Z la fait revenir)
step-mark-done = « { $what } » marqué fait
step-mark-not-done = « { $what } » marqué non fait
outcome-done = Fait : « { $what } »
outcome-not-done = Pas fait : « { $what } »
step-mark-introduction = mise en relation marquée { $status }
outcome-introduction = Mise en relation : { $status }
intro-field-notes = notes
intro-field-outcome = résultat
step-edit-introduction = modification des { $field } de la mise en relation
step-snooze = report jusqu'au { $date }
outcome-snoozed = Reporté jusqu'au { $date } (Ctrl+Z le fait revenir)
step-set-aside = mise à l'écart
outcome-set-aside = Retiré de l'agenda (Ctrl+Z le fait revenir)
step-read-calendar = lecture de l'agenda { $source }
outcome-calendar-nothing = { $source } : { $message }
outcome-calendar-queued = { $source } : { $message }. Ils sont dans l'agenda (Ctrl+Z les retire)
step-not-a-meeting = pas un rendez-vous
outcome-not-a-meeting = « { $title } » n'est pas un rendez-vous : retiré de l'agenda, et plus jamais proposé (Ctrl+Z le fait revenir)
step-encounter = { $kind ->
    [edited] modification de la rencontre
    [planned] rendez-vous prévu
   *[logged] rencontre notée
}
outcome-encounter = { $kind ->
    [edited] Rencontre mise à jour.
    [planned] Rendez-vous prévu : il est dans l'agenda.
   *[logged] Rencontre notée.
}{ $new_people ->
    [0] {""}
    [one] {" "}{ $new_people } nouveau contact ajouté.
   *[other] {" "}{ $new_people } nouveaux contacts ajoutés.
}{ $referrals ->
    [0] {""}
    [one] {" "}{ $referrals } nom donné : une mise en relation acceptée, dans l'onglet Mises en relation.
   *[other] {" "}{ $referrals } noms donnés : des mises en relation acceptées, dans l'onglet Mises en relation.
}
names-a-to-b = { $a } à { $b }
step-plan-introduction = mise en relation prévue de { $a } avec { $b }
outcome-planned-introduction = Prévu : présenter { $a } à { $b }. C'est dans l'onglet Mises en relation.
path-introduction-note = D'un chemin de confiance
step-plan-path = { $count ->
    [one] { $count } mise en relation prévue
   *[other] { $count } mises en relation prévues
}
outcome-planned-path = { $count ->
    [one] { $count } mise en relation prévue
   *[other] { $count } mises en relation prévues
} le long du chemin : demandez à chaque intermédiaire à son tour.
step-merge = fusion de { $absorbed } dans { $kept }
outcome-merged = { $absorbed } fusionné dans { $kept }.
outcome-merged-summary = { $merged } { $summary }

## Fichiers illisibles, imports refusés, changements refusés

file-read = Impossible de lire { $path } : { $error }
file-problem = { $problem } — { $path }
file-same = { $path } est le fichier de ce projet
import-empty = Le fichier est vide
import-too-large = Le fichier fait { $size } octets, plus que ce que Carnet importe ({ $limit } octets) : aucun carnet d'adresses ni export n'est si gros
import-too-many-people = Le fichier compte { $count } personnes, plus qu'une importation n'en apporte ({ $limit }) : aucun export LinkedIn ni carnet d'adresses n'est si gros
import-not-text = Ce n'est pas un fichier texte (une image ou un document renommé ?)
import-not-utf8 = Le fichier n'est pas du texte UTF-8 (l'octet { $byte } est invalide)
import-not-in-encoding = Le fichier se dit en { $encoding }, mais ce n'est pas du { $encoding } valide
import-no-cards = Aucune vCard dans ce fichier (pas de ligne BEGIN:VCARD)
import-archive = Cette archive n'a pas été importée : { $why }
import-no-archive-header = aucune ligne d'en-tête avec les colonnes que LinkedIn écrit dans { $file }
import-no-header = Aucune ligne d'en-tête avec { $expected } : est-ce bien un Connections.csv de LinkedIn ?
command-refused = Ce changement a été refusé : { $error }
command-gate = Non prévu : { $reasons }
command-not-merged = Non fusionné : { $error }
command-under-way = Non prévu : la mise en relation de { $names } est déjà en cours ({ $status } depuis le { $since }). Elle est dans l'onglet Mises en relation.
command-gone = Rien n'a changé : { $what } n'existe plus
gone-contact = ce contact
gone-encounter = cette rencontre
gone-follow-up = cette suite
gone-introduction = cette mise en relation
model-missing-contact = Il n'y a pas de contact d'identifiant { $id }
model-missing-encounter = Il n'y a pas de rencontre d'identifiant { $id }
model-missing-introduction = Il n'y a pas de mise en relation d'identifiant { $id }
model-missing-relation = Il n'y a pas de relation d'identifiant { $id }
model-unallocated = L'identifiant { $id } n'a jamais été attribué par ce réseau
model-no-participants = La rencontre { $id } n'a aucun participant
model-duplicate-participant = La rencontre { $id } cite deux fois le même participant
model-self-introduction = La mise en relation { $id } doit concerner trois personnes différentes
model-no-steps = La mise en relation { $id } n'a aucun historique
model-self-relation = La relation { $id } relie un contact à lui-même
model-self-introduced = Le contact { $id } ne peut pas être présenté par lui-même
model-still-referenced = D'autres éléments renvoient encore au contact { $id }
model-self-merge = Le contact { $id } ne peut pas être fusionné avec lui-même
model-duplicate-id = L'identifiant { $id } est utilisé deux fois
calendar-not-calendar = Pas de ligne BEGIN:VCALENDAR : est-ce bien un agenda (.ics) ?
calendar-broken = Ligne { $line } : { $why }
pdf-error-font = Impossible de lire la police du PDF
pdf-error-write = Impossible d'écrire le PDF : { $why }
pdf-error-no-meeting = Aucun rendez-vous prévu le { $date }
pdf-error-no-contact = Ce contact n'est plus dans le projet
pdf-error-no-meeting-left = Ce rendez-vous n'est plus dans le projet
print-error-spool = Impossible d'écrire le fichier à imprimer : { $error }
print-error-run = Impossible de lancer { $program } : { $error }
print-error-refused = { $program } a refusé d'imprimer : { $message }
map-error-draw = Impossible de dessiner la carte : { $why }
map-error-write = Impossible d'écrire { $path } : { $message }

## L'export d'agenda, et les rendez-vous à débriefer depuis un agenda

ics-counts = { $events ->
    [one] { $events } événement
   *[other] { $events } événements
} : { $meetings ->
    [one] { $meetings } rendez-vous
   *[other] { $meetings } rendez-vous
}, { $follow_ups ->
    [one] { $follow_ups } suite
   *[other] { $follow_ups } suites
}, { $reminders ->
    [one] { $reminders } rappel pour garder le contact
   *[other] { $reminders } rappels pour garder le contact
}
ics-follow-up-mine = Suite : { $what } (promis à { $names })
ics-follow-up-theirs = Suite : { $names } a promis { $what }
ics-promised-on = Promis le { $date } ({ $kind }).
ics-late = Pour le { $due } : en retard. { $promised }
ics-cadence-last = Vous voulez les voir tous les { $cadence } jours (dernière fois le { $last }).
ics-cadence-never = Vous voulez les voir tous les { $cadence } jours (jamais en contact pour l'instant).
ics-see-again = Revoir { $name }
ics-someone = quelqu'un
ics-meeting-title = { $kind } avec { $names }
ics-with = Avec { $names }.
ics-planned-in-carnet = Prévu dans Carnet ({ $project }).
debrief-already = { $count } déjà en attente
debrief-dismissed = { $count ->
    [one] { $count } qui n'est pas un rendez-vous
   *[other] { $count } qui ne sont pas des rendez-vous
}
debrief-without-contacts = { $count ->
    [one] { $count } événement sans aucun de vos contacts
   *[other] { $count } événements sans aucun de vos contacts
}
debrief-queued = { $count ->
    [0] Aucun nouveau rendez-vous avec vos contacts à débriefer
    [one] { $count } rendez-vous avec vos contacts à débriefer
   *[other] { $count } rendez-vous avec vos contacts à débriefer
}
debrief-with-also = { $queued } ({ $also })
csv-trust = Confiance
csv-introduced-by = Présenté par { $name }
csv-yes = oui
csv-no = non

## La ligne de commande

cli-dry-run = { $report }
    Rien d'écrit (--dry-run)
cli-nothing-to-change = { $report }
    Rien à changer dans { $path }
cli-saved = { $report }
    Enregistré : { $path }
cli-open-in-window = Rien de changé : le projet est ouvert dans une fenêtre de Carnet, qui le verrouille — fermez-le là, ou importez depuis le menu Fichier de la fenêtre — { $path }
cli-busy = Rien de changé : une autre commande de Carnet modifie le projet depuis 30 secondes ; réessayez quand elle aura fini — { $path }
cli-changed-meanwhile = Rien de changé : un autre programme réécrivait le fichier pendant que Carnet le lisait (trois essais) ; rien n'a été écrit par-dessus — { $path }
cli-imported-project = Importé
cli-merge-itself = { $path } ne peut pas être fusionné avec lui-même
cli-bom-csv-only = --bom ne vaut que pour le tableau CSV
cli-wrote = Écrit dans { $path } : { $what }
cli-no-lens-none = Aucune vue nommée « { $name } » : { $path } n'a aucune vue
cli-no-lens = Aucune vue nommée « { $name } » (vues : { $lenses })
cli-wrote-map = Carte de { $file } écrite dans { $path }
cli-no-contact = Aucun contact nommé « { $name } » — { $path }
cli-window-arguments-with-command = un fichier de projet, --screenshot et --select ouvrent la fenêtre : ils ne vont pas avec une commande
cli-check-valid = { $path } : un projet Carnet valide (format version { $version })
cli-check-project = Projet
cli-check-contacts = Contacts
cli-check-encounters = Rencontres
cli-check-introductions = Présentations
cli-check-relations = Relations
cli-check-contacts-detail = { $count } ({ $met ->
    [one] { $met } rencontré en personne
   *[other] { $met } rencontrés en personne
}, { $online ->
    [one] { $online } seulement en ligne
   *[other] { $online } seulement en ligne
})
cli-check-encounters-detail = { $count } ({ $planned ->
    [one] { $planned } prévue
   *[other] { $planned } prévues
})
cli-check-with-detail = { $count } ({ $detail })
cli-wrote-archive = Écrit : { $path }, l'archive LinkedIn de { $count ->
    [one] { $count } relation
   *[other] { $count } relations
}
cli-wrote-generated = Écrit : { $path }, { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $encounters ->
    [one] { $encounters } rencontre
   *[other] { $encounters } rencontres
}, { $introductions ->
    [one] { $introductions } présentation
   *[other] { $introductions } présentations
}, { $relations ->
    [one] { $relations } relation
   *[other] { $relations } relations
}

## Comment deux contacts se connaissent

person-me = Moi
person-deleted = (contact supprimé)
relation-colleagues = collègues
relation-former-colleagues = anciens collègues
relation-friends = amis
relation-family = famille
relation-knows = se connaissent

## Liens en ligne (l'archive LinkedIn)

online-wrote-on = { $who ->
    [me] Vous avez écrit
   *[them] Ils ont écrit
} le { $date } : « { $message } »
online-wrote = { $who ->
    [me] Vous avez écrit
   *[them] Ils ont écrit
} : « { $message } »
online-how-we-connected = Comment vous êtes entrés en relation : { $how }
online-messages = Messages LinkedIn : { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}, le dernier le { $last }
online-vouches = Se porte garant de vous en ligne : { $vouches }
online-recommended = { $count ->
    [one] vous a recommandé
   *[other] vous a recommandé { $count } fois
}
online-endorsed = a validé { $skills }

## Ce qui part avec un contact supprimé ou fusionné

count-introductions = { $count ->
    [one] { $count } mise en relation
   *[other] { $count } mises en relation
}
count-relations = { $count ->
    [one] { $count } relation
   *[other] { $count } relations
}
count-introduced-contacts = { $count ->
    [one] { $count } contact présenté par cette personne
   *[other] { $count } contacts présentés par cette personne
}
removal-also-deletes = Supprime aussi { $what }.
removal-shared = Retire cette personne { $count ->
    [one] d'une rencontre partagée
   *[other] de { $count } rencontres partagées
}.
merge-moving = Passent au contact fusionné : { $what }.
merge-dropped = Abandonnés : { $count ->
    [one] { $count } lien
   *[other] { $count } liens
} entre les deux fiches ou déjà notés.
two-sentences = { $first } { $second }

## Le compte rendu d'import (ligne de commande)

matched-card = même fiche
matched-name-organization = même nom et même organisation
news-messages = { $days ->
    [one] { $days } jour de messages
   *[other] { $days } jours de messages
} avec { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}
news-invitations = { $count ->
    [one] { $count } note d'invitation
   *[other] { $count } notes d'invitation
}
news-recommendations = { $count ->
    [one] { $count } recommandation
   *[other] { $count } recommandations
}
news-endorsements = { $count ->
    [one] { $count } validation
   *[other] { $count } validations
}
news-posts = { $count ->
    [one] { $count } de vos publications ou commentaires en ligne
   *[other] { $count } de vos publications et commentaires en ligne
}
import-post-no-date = { $file } : une publication sans date lisible, laissée de côté
report-read = Lu : { $files }
report-summary = { $added ->
    [one] { $added } nouveau
   *[other] { $added } nouveaux
}, { $matched } reconnus ({ $updated } aux champs vides remplis), { $skipped ->
    [one] { $skipped } ignoré
   *[other] { $skipped } ignorés
}
report-and = { $first } ; { $second }
report-linkedin = { $jobs } avec un nouveau poste, { $missing } absents de votre export LinkedIn
report-online = en ligne : { $news } (chaleur, jamais confiance)
report-new-job = nouveau poste : { $name } : avant { $was }, maintenant { $now }
report-partial = cet export ne liste que { $listed } de vos { $total } relations LinkedIn : un export partiel ? Les { $missing } absentes ne sont pas marquées
report-missing = absent de votre export LinkedIn : { $name } (gardé)
report-kept = gardé ce que vous avez saisi pour { $name } : { $yours } (LinkedIn indique { $theirs })
report-matched = reconnu { $name } ({ $by }) : rempli { $fields }
report-skipped = ligne { $line } ignorée : { $reason }

## Imports et fusions, faits

outcome-nothing-to-import = Rien à importer : tout le monde est déjà là
step-import = import depuis { $source }
done-new-contacts = { $count ->
    [one] { $count } nouveau contact
   *[other] { $count } nouveaux contacts
}
done-filled = champs vides remplis pour { $count }
done-new-jobs = { $count } avec un nouveau poste
done-missing = { $count } absents de votre export LinkedIn (gardés)
done-online = liens en ligne : { $news }
outcome-imported = Importé : { $done } (Ctrl+Z annule tout)
merged-project-summary = { $contacts ->
    [one] { $contacts } nouveau contact
   *[other] { $contacts } nouveaux contacts
}, { $encounters ->
    [one] { $encounters } rencontre
   *[other] { $encounters } rencontres
}, { $introductions ->
    [one] { $introductions } mise en relation
   *[other] { $introductions } mises en relation
} et { $relations ->
    [one] { $relations } relation
   *[other] { $relations } relations
}
outcome-nothing-to-merge = Rien à fusionner : tout est déjà là
step-merge-project = fusion de { $source }
outcome-merged-project = Fusionné { $source } : { $summary } (Ctrl+Z annule tout)
project-merge-summary = { $contacts ->
    [one] { $contacts } nouveau contact
   *[other] { $contacts } nouveaux contacts
}, { $matched } déjà là ({ $updated } aux champs vides remplis) ; { $encounters ->
    [one] { $encounters } rencontre
   *[other] { $encounters } rencontres
}, { $introductions ->
    [one] { $introductions } mise en relation
   *[other] { $introductions } mises en relation
} et { $relations ->
    [one] { $relations } relation
   *[other] { $relations } relations
} à ajouter ; { $already ->
    [one] { $already } élément déjà là
   *[other] { $already } éléments déjà là
}

## L'aide de la ligne de commande (carnet --help)

cli-help-template = {"{"}before-help{"}"}{"{"}about-with-newline{"}"}
    Utilisation : {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
cli-heading-commands = {"Commandes "}
cli-heading-arguments = {"Arguments "}
cli-heading-options = {"Options "}
cli-value-command = COMMANDE
cli-help-help = Afficher l'aide
cli-help-version = Afficher la version
cli-help-carnet = Dessinez votre réseau professionnel : vos contacts, qui vous a présenté à qui, et les rencontres en face à face qui ont créé la confiance.
cli-help-carnet-file = Le fichier de projet à ouvrir dans la fenêtre
cli-help-carnet-screenshot = Ouvrir la fenêtre, laisser la carte se poser, enregistrer ici une image PNG de la fenêtre, et quitter
cli-help-carnet-select = Sélectionner ce contact à l'ouverture (une partie du nom suffit si elle est unique)
cli-help-carnet-lang = La langue à parler : en ou fr (par défaut, celle de LC_ALL, LC_MESSAGES ou LANG ; dans la fenêtre, celle choisie dans Affichage, sinon celle du système)
cli-help-check = Vérifier un fichier de projet et afficher son résumé (code de sortie 1 s'il est illisible)
cli-help-check-file = Le fichier de projet
cli-help-check-json = Afficher un objet JSON au lieu du texte
cli-help-prep = Afficher la fiche de préparation d'un rendez-vous avec un contact, en Markdown (ou l'écrire en PDF)
cli-help-prep-file = Le fichier de projet
cli-help-prep-name = Le nom du contact (sans tenir compte de la casse ni des accents ; une partie suffit si elle est unique)
cli-help-prep-pdf = Écrire la fiche en PDF à cet endroit au lieu d'afficher le Markdown
cli-help-prep-paper = Le papier du PDF : a4 ou letter (par défaut, celui de la région : Letter aux États-Unis et au Canada, A4 ailleurs)
cli-help-booklet = Écrire le livret du jour : une couverture qui liste les rendez-vous du jour, puis une fiche de préparation par personne rencontrée, en PDF
cli-help-booklet-file = Le fichier de projet
cli-help-booklet-date = Le jour (AAAA-MM-JJ)
cli-help-booklet-pdf = Où écrire le PDF
cli-help-booklet-paper = Le papier du PDF : a4 ou letter (par défaut, celui de la région : Letter aux États-Unis et au Canada, A4 ailleurs)
cli-help-import = Importer des contacts dans un projet (créé s'il n'existe pas), et afficher ce qui est nouveau, reconnu ou ignoré. Les personnes déjà là sont reconnues, jamais en double ; seuls leurs champs vides sont remplis
cli-help-import-format = Le type de fichier : linkedin (l'archive LinkedIn ou son Connections.csv), vcard (un fichier .vcf, une ou plusieurs fiches) ou ics (un calendrier : ses rendez-vous des 90 derniers jours avec vos contacts sont mis à débriefer)
cli-help-import-src = Le fichier à importer. Pour LinkedIn : le .zip de l'archive de vos données, son dossier décompressé, ou son Connections.csv (messages.csv, Invitations.csv, Recommendations_Received.csv et Endorsement_Received_Info.csv à côté sont lus aussi)
cli-help-import-into = Le fichier de projet où importer
cli-help-import-dry-run = Afficher ce que l'import ferait, sans rien écrire
cli-help-merge = Fusionner un autre projet dans un projet (créé s'il n'existe pas) : ses contacts sont reconnus comme à l'import, leurs rencontres, mises en relation et relations suivent ; rien de ce qui est déjà là n'est copié deux fois
cli-help-merge-src = Le projet à apporter
cli-help-merge-into = Le fichier de projet où fusionner
cli-help-export = Exporter tous les contacts d'un projet : en vCard 4.0 (que `carnet import vcard` relit), en tableau CSV avec la confiance, la rencontre en personne et la dernière date, ou en agenda
cli-help-export-format = Le format à écrire : vcard, csv, ou ics (les rendez-vous prévus avec leurs fiches de préparation, les suivis dus et les rappels de relance)
cli-help-export-file = Le fichier de projet
cli-help-export-out = Où écrire
cli-help-export-bom = Commencer le tableau CSV par une marque d'ordre des octets UTF-8, pour qu'Excel lise les accents
cli-help-render = Dessiner la carte d'un projet dans une image : PNG, ou SVG si OUT finit par .svg. Les mêmes cercles, groupes, bulles et couleurs que la fenêtre ; avec --lens, les filtres et le centrage de cette vue
cli-help-render-file = Le fichier de projet
cli-help-render-out = Où écrire (carte.png ou carte.svg)
cli-help-render-lens = Une vue enregistrée dans le projet, par son nom
cli-help-generate = Écrire un réseau synthétique réaliste, pour les mesures et les démonstrations
cli-help-generate-contacts = Combien de contacts
cli-help-generate-imported = À la place : le projet de démonstration avec autant de relations LinkedIn importées, comme le premier import d'un nouvel utilisateur
cli-help-generate-linkedin-archive = À la place : l'archive de données LinkedIn (un .zip) avec autant de relations, leurs messages, invitations, recommandations et validations
cli-help-generate-seed = La graine du hasard : la même graine donne le même réseau
cli-help-generate-out = Où écrire le fichier de projet

## Les boîtes de dialogue de fichiers du système

file-dialog-open = Ouvrir un projet
file-dialog-merge-project = Fusionner un autre projet dans celui-ci
file-dialog-save-as = Enregistrer le projet sous
file-dialog-import = Importer { $format }
file-dialog-read-calendar = Rendez-vous à débriefer, depuis un agenda
file-dialog-save-pdf = Enregistrer en PDF
file-dialog-export-map = Exporter la carte
file-dialog-export = Exporter { $format }
file-dialog-filter-project = Projet Carnet
file-dialog-filter-calendar = Agenda
file-dialog-filter-png = Image PNG
file-dialog-filter-svg = Dessin SVG

## Les champs qu'un import remplit

filled-vcard-uid = UID vCard
filled-organization = organisation
filled-role = poste
filled-emails = e-mails
filled-phones = téléphones
filled-linkedin-profile = profil LinkedIn
filled-tags = étiquettes
filled-notes = notes
filled-connection-date = date de mise en relation

## Un poste occupé avant

past-job = { $job }{ $period ->
    [between] , du { $from } au { $until }
    [until] , jusqu'au { $until }
    [from] , depuis le { $from }
   *[none] {""}
}{ $sourced ->
    [yes] {" "}({ $source })
   *[no] {""}
}
past-job-from-linkedin = export LinkedIn
past-job-typed-by-hand = saisi à la main

## Ce qu'un import n'a pas pu lire

import-file-not-read = { $file } n'a pas été lu : { $error }
import-twice-in-file = { $name } apparaît deux fois dans le fichier
import-unreadable-row = ligne illisible ({ $error })
import-file-unreadable-row = { $file } : ligne illisible ({ $error })
import-hidden-profile = pas de nom (un profil masqué : LinkedIn n'exporte que la date)
archive-not-zip = elle ne se lit pas comme une archive zip ({ $error })
archive-too-many-files = elle contient { $count } fichiers, plus qu'un export LinkedIn
archive-file-damaged = le fichier { $number } est abîmé ({ $error })
archive-file-unnamed = le fichier { $number } n'a pas de nom lisible ({ $error })
archive-path-outside = elle désigne un chemin hors d'elle-même ({ $name }), comme le ferait une archive malveillante
archive-inflates-to = { $name } se décompresserait en { $megabytes } Mo, plus que ne contient un export LinkedIn
archive-no-connections = elle ne contient pas de Connections.csv : est-ce bien l'archive de vos données LinkedIn ?
archive-folder-no-connections = ce dossier ne contient pas de Connections.csv : est-ce bien l'archive de vos données LinkedIn ?
archive-named-damaged = { $name } est abîmé ({ $error })
archive-inflates = { $name } se décompresse au-delà de ce que contient un export LinkedIn
vcard-no-end-before-next = pas de END:VCARD pour la fiche de la ligne { $start } avant cette ligne : cette fiche est gardée
vcard-no-end-before-eof = le fichier finit avant END:VCARD : cette fiche est gardée
vcard-no-name = une fiche sans nom (ni FN ni N, vers la ligne { $line })
ics-end-closes-other = END:{ $component } ferme le BEGIN:{ $open } de la ligne { $at }
ics-end-without-begin = END:{ $component } sans BEGIN
ics-never-closed = BEGIN:{ $open } n'est jamais fermé
ics-lone-continuation = une ligne de continuation sans rien avant elle
ics-not-name-value = « { $text } » n'est pas de la forme NOM:valeur
ics-no-property-name = une ligne sans nom de propriété
ics-not-a-date = { $name } « { $value } » n'est ni une date ni une date et heure
ics-rrule-unreadable = RRULE « { $rule } » est illisible ({ $error })
ics-rrule-without-freq = RRULE sans FREQ
ics-no-dtstart = un événement sans DTSTART

## Trouver un contact par son nom (carnet prep, --select)

find-give-a-name = Donnez le nom d'un contact.
find-nobody = Aucun contact ne s'appelle « { $name } ».
find-ambiguous = « { $name } » pourrait désigner { $count } contacts : { $names }. Donnez une plus grande partie du nom.

## Divers

recovery-not-written = Impossible d'écrire la copie de secours : { $why }
screenshot-not-saved = Impossible d'enregistrer la capture ({ $error }) — { $path }
cli-could-not-start = Carnet n'a pas pu démarrer : { $error }
map-drop-to-introduce = Déposer pour présenter { $a } à { $b }
map-empty-hint = Ajoutez les personnes que vous rencontrez : elles apparaîtront autour de vous.
map-image-no-size = l'image n'a pas de taille
presence-met-hover = Rencontré en personne
presence-online-hover = En ligne seulement : jamais rencontré en personne
load-id-twice = l'identifiant { $id } est utilisé deux fois

## Boucler la boucle : remercier qui vous a présenté

agenda-group-thanks = Dire merci à qui vous a présenté
agenda-thank = Dire à { $name } comment ça s'est passé, et lui dire merci
agenda-thank-why = { $what } : suite donnée le { $since }
agenda-thanked = Merci dit
agenda-thanked-hover = Vous avez remercié { $name } et lui avez dit comment ça s'est passé : la ligne quitte l'Agenda
agenda-thanked-name = Merci dit à { $name }
reason-thank = un merci garde la porte ouverte pour la prochaine présentation
step-thanked = dire merci à { $name }
outcome-thanked = Merci dit à { $name } : daté d'aujourd'hui (Ctrl+Z l'annule)
intro-thanked-on = Merci dit le { $date }

## Recommandations : les noms qu'on m'a donnés

form-referrals = Noms qu'on m'a donnés
form-referrals-hint = Julie Martin (Alan), Marc Dupont
form-referrals-explained = Des personnes à rencontrer par leur intermédiaire, l'organisation entre parenthèses : chacune devient un contact qui vous est présenté
form-referrals-will = { $count ->
    [one] L'enregistrement ajoute { $count } personne, présentée par { $giver } : la mise en relation est déjà acceptée
   *[other] L'enregistrement ajoute { $count } personnes, présentées par { $giver } : les mises en relation sont déjà acceptées
}

## Le registre des demandes

ask-kind-introduction = une mise en relation
ask-kind-advice = un conseil
ask-kind-favour = un service
contact-ask = { $way ->
    [asked] Je lui ai demandé { $kind }
   *[gave] Je lui ai offert { $kind }
}
contact-ask-with-what = { $way ->
    [asked] Je lui ai demandé { $kind } : { $what }
   *[gave] Je lui ai offert { $kind } : { $what }
}
contact-ask-settled-hover = À cocher quand la demande a abouti ou a été abandonnée : jusque-là, elle reste ouverte, et redemander attend
contact-balance = Services : { $asked ->
    [0] aucun demandé
    [one] { $asked } demandé
   *[other] { $asked } demandés
}{ $open ->
    [0] {""}
    [one] {" "}({ $open } ouvert, { $when })
   *[other] {" "}({ $open } ouverts, le dernier { $when })
}, { $gave ->
    [0] aucun rendu
    [one] { $gave } rendu
   *[other] { $gave } rendus
}
contact-balance-hover = Ce que vous lui avez demandé (mises en relation, conseils, services) et ce que vous lui avez rendu, d'après vos débriefs et les mises en relation : le réseau est un fusil à un coup, donnez avant de redemander
step-ask-settled = clore « { $what } »
step-ask-open = rouvrir « { $what } »
outcome-ask-settled = Close : « { $what } »
outcome-ask-open = À nouveau ouverte : « { $what } »
gone-ask = cette demande
form-asks = Services
form-i-asked-for = Je lui ai demandé
form-i-gave = Je lui ai offert
form-ask-hint = en quelques mots
form-ask-what = Quel service
form-remove-ask = Retirer ce service
form-add-asked = J'ai demandé un service
form-add-gave = Je lui ai rendu service
paths-asked-already = Vous avez demandé quelque chose à { $name } { $when }, et la demande est toujours ouverte : un intermédiaire de même confiance passe avant
card-asked-already = Vous avez demandé quelque chose à { $name } { $when }, et la demande est toujours ouverte : donner d'abord garde l'équilibre

## La confiance partagée

signal-introduced-me = vous a présenté quelqu'un
signal-accepted = a accepté une mise en relation que vous proposiez
signal-recommended = vous a recommandé
contact-trust-one-sided = · à sens unique
contact-trust-one-sided-hover = La confiance que vous avez ressentie ; rien de sa part ne dit encore qu'elle est réciproque (une présentation, un oui à la vôtre, une recommandation)
contact-trust-shared = · partagée
contact-trust-shared-hover = Dans les deux sens : cette personne { $signals }
project-shared-trust = Ne présenter que si la confiance est partagée
project-shared-trust-hover = Le seuil de confiance demande alors aussi un signe de sa confiance : vous avoir présenté quelqu'un, avoir accepté une mise en relation que vous proposiez, ou vous avoir recommandé
gate-not-shared = Vous faites confiance à { $name }, mais rien ne dit encore que c'est réciproque : ce projet ne présente que si la confiance est partagée.
gate-remedy-shared = Donnez d'abord à { $name } une raison : rendez-lui service, ou demandez son avis, et voyez si cette personne vous ouvre son carnet d'adresses.
form-goal = Objectif
form-told-goal = Je lui ai dit mon objectif
form-told-goal-hover = Votre réseau doit savoir ce que vous cherchez. L'objectif du projet : { $goal }
form-told-goal-hover-none = Votre réseau doit savoir ce que vous cherchez : écrivez l'objectif du projet dans l'onglet Projet

## Qui connaît mon objectif

project-pitch = Pitch
project-goal-first = { $earlier ->
    [0] Première version de l'objectif
    [one] { $earlier } version précédente
   *[other] { $earlier } versions précédentes
}
project-goal-since = Cette version depuis le { $date }{ $earlier ->
    [0] {""}
    [one] ; { $earlier } version précédente
   *[other] ; { $earlier } versions précédentes
}
project-new-goal = Nouvelle version de l'objectif…
project-new-goal-hover = Garde l'objectif et le pitch tels qu'ils sont, datés, puis modifiez-les : Carnet sait alors qui a entendu quelle version
project-ambassadors = Ambassadeurs
project-ambassadors-value = { $count }{ $older ->
    [0] {""}
   *[other] {" "}({ $older } ont entendu un ancien objectif)
}
agenda-group-older-goal = Personnes de confiance qui ont entendu un ancien objectif
agenda-older-goal = a entendu votre objectif le { $date }, avant sa dernière version : dites-lui où vous en êtes
prep-pitch = Pitch
prep-pitch-line = Pitch : { $pitch }
prep-goal-told = Vous lui avez dit votre objectif actuel le { $date }.
prep-goal-older = Cette personne a entendu votre objectif le { $date }, dans une version plus ancienne : dites-lui l'actuelle.
calendar-nothing-read = Aucun événement de ce calendrier n'a pu être lu. { $problem }
ics-event-skipped = événement ignoré (jusqu'à la ligne { $end }) : { $why }
ics-property-skipped = { $why } ; la ligne est ignorée, l'événement gardé
debrief-assumed-encoding = Le fichier n'est pas en UTF-8 : lu comme { $encoding }
debrief-skipped = { $count ->
    [one] { $count } partie du fichier a été ignorée
   *[other] { $count } parties du fichier ont été ignorées
} (première : { $first })
report-debrief = à débriefer : { $when } { $title } avec { $names }
vcard-line-left-out = cette ligne n'est pas NOM:valeur et a été écartée ; sa fiche est gardée
vcard-assumed-encoding = Le fichier n'est pas en UTF-8 et ne déclare pas de jeu de caractères : son texte 8 bits a été lu comme { $encoding }
filled-more-emails = d'autres e-mails
filled-more-phones = d'autres téléphones
project-reminders = Rappels dans l'agenda
project-reminders-hover = Les rappels que porte l'export d'agenda (.ics), pour que votre agenda vous prévienne même quand Carnet est fermé
project-reminder-meeting = Avant un rendez-vous :
project-minutes-suffix = { " " }min
project-reminder-meeting-name = Minutes avant un rendez-vous
project-reminder-follow-up = Le jour d'une relance, à
project-reminder-follow-up-name = Heure du rappel d'une relance
paths-know-there = Vous connaissez déjà { $name } chez { $organization } : { $how }
paths-colleagues-may-know = Pas de chemin vers cette personne, mais vous connaissez { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
} chez { $organization } qui la connaissent peut-être : { $names }
card-meeting-planned = Vous voyez { $name } le { $date } : cette fiche reviendra après le débrief.
card-after-debrief = Revenir après le débrief

## Help menu
menu-help = Aide
menu-guide = Guide d'utilisation
menu-shortcuts = Raccourcis clavier
menu-about = À propos de Carnet
help-guide = Guide d'utilisation
help-shortcuts = Raccourcis clavier
help-about = À propos de Carnet
shortcuts-mac = Sur Mac, Cmd au lieu de Ctrl.
about-name = Carnet { $version }
about-license = Licence
about-project = Ce projet
about-project-unsaved = Pas encore enregistré
about-data = Données de Carnet
about-data-none = Aucune (pas de dossier de données sur ce système)
about-data-holds = Le dossier de Carnet garde vos préférences, les copies de secours du travail non enregistré et les verrous qui empêchent deux fenêtres de modifier un même projet. Vos projets sont là où vous les enregistrez.
keys-new-open = Nouveau projet / Ouvrir…
keys-save = Enregistrer / Enregistrer sous…
keys-undo = Annuler / Rétablir
keys-add-contact = Ajouter un contact (son nom est sélectionné, prêt à taper)
keys-log-encounter = Noter une rencontre avec le contact sélectionné
keys-search = Chercher des personnes et des notes ; Haut / Bas parcourent les résultats, Entrée en ouvre un
keys-delete-key = Suppr
keys-delete = Supprimer le contact sélectionné (demande d'abord ; Ctrl+Z l'annule)
keys-escape-key = Échap
keys-escape = Éteindre un chemin éclairé sur la carte, puis quitter le focus, puis effacer la sélection
keys-fit-key = F
keys-fit = Sur la carte : faire tenir tout le réseau à l'écran
keys-zoom = Zoom avant / arrière / retour à 100 %
keys-form-key = Tab, Entrée, Ctrl+Entrée, Échap
keys-form = Dans le formulaire de débrief : champ suivant ; ajouter la personne tapée (ou compléter le lieu) ; enregistrer ; annuler
keys-preview-key = Entrée / Échap
keys-preview = Dans un aperçu d'import : importer / annuler
keys-help = Cette liste
keys-quit = Quitter

## Preparation sheet: reaching them, favours, what I want from the meeting
prep-reach = Comment les joindre
prep-reach-email = E-mail : { $list }
prep-reach-phone = Téléphone : { $list }
prep-reach-links = Liens : { $list }
prep-favours = Services entre nous
prep-favour-open = { $ask } ({ $date } ; toujours en cours : leur redemander attendra)
prep-favour-given = { $ask } ({ $date })
prep-aims = Ce que j'attends de ce rendez-vous
prep-aims-empty = Pas encore écrit : ce que vous attendez de ce rendez-vous, et les questions à poser.
prep-aims-edit = L'écrire…
form-aims = Ce que j'en attends
form-aims-hint = Ce que vous attendez de ce rendez-vous, les questions à poser…
form-person-at = { $name } ({ $organization })

## Agenda: next steps after a first import
agenda-next-steps = Prochaines étapes
agenda-step-log-met = Aucun de vos { $contacts } contacts n'est encore noté comme rencontré en personne. Notez les personnes que vous avez déjà rencontrées (un café, un rendez-vous, un événement) : la confiance, les cercles et cet agenda partent d'elles.
agenda-step-name = Indiquez votre nom : il est au centre de la carte et signe vos fiches et vos exports.
agenda-step-goal = Écrivez votre objectif : chaque fiche de préparation le porte, et l'agenda suit qui le connaît.
agenda-step-open-project = Ouvrir l'onglet Projet

## Synchronisation avec le serveur CardDAV/CalDAV de l'utilisateur
sync-error-no-account = Ce projet n'a pas encore de compte de synchronisation : réglez-le dans l'onglet Projet (Synchroniser avec votre téléphone), ou donnez --server et --user
sync-error-bad-address = « { $address } » n'est pas une adresse de serveur : écrivez-la ainsi : https://cloud.example.com
sync-error-unreachable = Le serveur { $host } est injoignable ({ $why }). Rien n'a changé ; la prochaine synchronisation reprendra d'ici
sync-error-timeout = Le serveur { $host } n'a pas répondu à temps. Rien n'est perdu ; la prochaine synchronisation reprendra d'ici
sync-error-wrong-password = Le serveur a refusé l'identifiant ou le mot de passe. Vérifiez-les (iCloud et Fastmail demandent un mot de passe d'application)
sync-error-quota = Le serveur indique que l'espace du compte est plein (507). Rien n'est perdu ; libérez de la place, puis synchronisez à nouveau
sync-error-not-dav = Aucun serveur de contacts ou d'agenda ne répond à { $address }. Vérifiez l'adresse (voir le README pour Nextcloud, iCloud, Fastmail, Radicale)
sync-error-refused = Le serveur a refusé une requête ({ $status }) à { $address }
sync-error-protocol = Le serveur a répondu quelque chose que Carnet ne sait pas lire : { $detail }
sync-error-no-password = Pas de mot de passe : aucun dans le trousseau du système, aucun donné
sync-cards-created = { $count ->
    [one] { $count } fiche envoyée au téléphone
   *[other] { $count } fiches envoyées au téléphone
}
sync-cards-updated = { $count ->
    [one] { $count } fiche mise à jour
   *[other] { $count } fiches mises à jour
}
sync-cards-deleted = { $count ->
    [one] { $count } fiche retirée
   *[other] { $count } fiches retirées
}
sync-events-created = { $count ->
    [one] { $count } événement ajouté
   *[other] { $count } événements ajoutés
}
sync-events-updated = { $count ->
    [one] { $count } événement mis à jour
   *[other] { $count } événements mis à jour
}
sync-events-deleted = { $count ->
    [one] { $count } événement retiré
   *[other] { $count } événements retirés
}
sync-cards-to-review = { $count ->
    [one] { $count } fiche du téléphone à revoir
   *[other] { $count } fiches du téléphone à revoir
}
sync-stopped-sharing = { $count ->
    [one] { $count } fiche supprimée sur le téléphone (la personne reste dans Carnet et n'y va plus)
   *[other] { $count } fiches supprimées sur le téléphone (les personnes restent dans Carnet et n'y vont plus)
}
sync-to-debrief = { $count ->
    [one] { $count } rendez-vous de votre agenda à débriefer
   *[other] { $count } rendez-vous de votre agenda à débriefer
}
sync-nothing-changed = Synchronisé : rien n'a changé, ni d'un côté ni de l'autre
sync-dry-run = Essai à blanc, rien d'écrit : { $summary }
sync-card-conflict = La fiche de { $name } a aussi changé sur le téléphone : Carnet ne l'a pas écrasée ; revoyez-la
sync-card-kept = Une fiche a changé sur le téléphone après que Carnet a cessé de la partager : elle reste sur le téléphone
sync-card-refused = Le serveur a refusé la fiche de { $name } ({ $status }) ; les autres sont parties
sync-event-changed-there = Un événement créé par Carnet a été modifié dans votre agenda : il reste tel que vous l'y avez laissé
outcome-sync-account-set = Compte de synchronisation enregistré (Ctrl+Z pour revenir en arrière)
outcome-sync-account-removed = Ce projet ne se synchronise plus
step-sync-settings = réglages de synchronisation
step-sync = synchronisation avec le serveur
step-review-phone-cards = fiches du téléphone
outcome-phone-cards-reviewed = Du téléphone : { $added ->
    [one] { $added } nouveau contact
   *[other] { $added } nouveaux contacts
}, { $updated ->
    [one] { $updated } contact complété
   *[other] { $updated } contacts complétés
}
sync-collection-name = Carnet
cli-help-sync = Synchroniser un projet avec votre propre serveur CardDAV/CalDAV (Nextcloud, iCloud, Fastmail, Radicale…) : les personnes choisies vont dans son carnet d'adresses, les rendez-vous prévus et les rappels dans son agenda ; les fiches créées ou modifiées sur le téléphone attendent d'être revues dans Carnet
cli-help-sync-file = Le fichier de projet
cli-help-sync-server = L'adresse du serveur (règle le compte du projet, avec --user)
cli-help-sync-user = L'identifiant sur le serveur
cli-help-sync-password-file = Un fichier dont la première ligne est le mot de passe (sinon le trousseau du système, sinon le terminal le demande)
cli-help-sync-dry-run = Afficher ce qui irait dans chaque sens, sans rien écrire nulle part
cli-sync-no-project = Aucun projet à { $path }
cli-sync-password-file = Le fichier du mot de passe n'a pas pu être lu ({ $why }) : { $path }
cli-sync-no-password = Pas de mot de passe pour { $account } : le trousseau du système n'en a pas et aucun terminal ne permet de le demander ; donnez --password-file
cli-sync-password-prompt = Mot de passe pour { $account } :{" "}
cli-sync-created-address-book = Carnet d'adresses « { $name } » créé sur le serveur
cli-sync-created-calendar = Agenda « { $name } » créé sur le serveur
cli-sync-changed-on-phone = Modifiée sur le téléphone : { $name }
cli-sync-new-on-phone = Nouvelle sur le téléphone : { $name }
cli-sync-review-in-window = Ouvrez le projet dans Carnet et choisissez Synchroniser pour les revoir : seuls les champs vides sont remplis, rien n'est écrasé
sync-title = Synchroniser avec votre téléphone
sync-explained = Le carnet d'adresses et l'agenda de votre téléphone se synchronisent déjà avec un serveur (Nextcloud, iCloud, Fastmail, Radicale…). Carnet peut s'en servir aussi : les personnes choisies vont dans un carnet d'adresses, les rendez-vous prévus et les rappels dans un agenda, et les fiches créées sur le téléphone reviennent pour être revues. Carnet n'a pas de serveur à lui.
sync-server = Serveur
sync-user = Identifiant
sync-password = Mot de passe
sync-password-hover = Gardé dans le trousseau du système, jamais dans le fichier du projet. iCloud et Fastmail demandent un mot de passe d'application.
sync-connect = Se connecter
sync-connected = Connecté : { $books ->
    [one] { $books } carnet d'adresses
   *[other] { $books } carnets d'adresses
}, { $calendars ->
    [one] { $calendars } agenda
   *[other] { $calendars } agendas
} trouvés. Choisissez où Carnet écrit, puis enregistrez
sync-address-book = Carnet d'adresses
sync-calendar = Agenda
sync-make-carnet = Créer « Carnet »
sync-off = Non synchronisé
sync-save-account = Enregistrer et synchroniser
sync-account = Synchronisé en tant que { $user } avec { $server }
sync-collections = Carnet d'adresses : { $book } · Agenda : { $calendar }
sync-who = Qui va sur le téléphone :
sync-scope-met = Les personnes rencontrées en vrai
sync-scope-everyone = Tous les contacts
sync-scope-chosen = Seulement celles que j'active
sync-share-notes = Envoyer aussi mes notes à leur sujet
sync-what-leaves = Ce qui quitte cet ordinateur : le nom, l'organisation, le rôle, les e-mails, téléphones, liens et étiquettes de { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}, et vos rendez-vous prévus (avec leurs fiches de préparation), relances et dates pour garder le contact. Jamais vos notes, la confiance ni les rencontres.
sync-what-leaves-notes = Ce qui quitte cet ordinateur : le nom, l'organisation, le rôle, les e-mails, téléphones, liens, étiquettes et vos notes de { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}, et vos rendez-vous prévus (avec leurs fiches de préparation), relances et dates pour garder le contact. Jamais la confiance ni les rencontres.
sync-now = Synchroniser
sync-now-hover = Aussi à l'ouverture du projet et après chaque enregistrement
sync-progress = { $done } / { $total }
sync-review = { $count ->
    [one] Revoir { $count } fiche du téléphone
   *[other] Revoir { $count } fiches du téléphone
}
sync-disconnect = Arrêter la synchronisation
sync-disconnect-hover = Carnet oublie le compte et son mot de passe ; ce qui est sur le serveur y reste
sync-no-keyring = Pas de trousseau système ici ({ $why }) : le mot de passe est demandé une fois à chaque lancement de Carnet.
sync-thread = La synchronisation n'a pas pu démarrer : { $error }
sync-needs-password = Pas encore synchronisé : choisissez Synchroniser pour donner le mot de passe
sync-last = Dernière synchronisation à { $time } : { $result }
sync-from-phone = votre téléphone
sync-password-title = Mot de passe pour { $account }
sync-password-why = Le trousseau du système n'a pas encore de mot de passe pour ce compte.
sync-password-why-no-keyring = Il n'y a pas de trousseau système ici ({ $why }) : Carnet le demande une fois à chaque lancement et ne le garde qu'en mémoire.
preview-phone-title = De votre téléphone : fiches à revoir
preview-phone-explained = Créées ou modifiées sur le téléphone depuis la dernière synchronisation. Seuls les champs vides de vos contacts sont remplis, les nouvelles personnes sont ajoutées, et rien de ce que vous avez écrit n'est écrasé. Annuler : elles attendent la prochaine synchronisation.
preview-phone-button = Les prendre
contact-on-phone = Sur mon téléphone
contact-on-phone-rule = Selon la règle du projet (onglet Projet, Synchroniser avec votre téléphone)
contact-on-phone-own = Votre choix pour cette personne, quelle que soit la règle du projet
menu-sync-now = Synchroniser
menu-sync-now-disabled = Réglez d'abord un compte de synchronisation dans l'onglet Projet
sync-keyring-off = désactivé pour Carnet par CARNET_NO_KEYRING
phone-new-title = Nouveau depuis la dernière synchronisation
phone-new-explained = Enregistré sur votre téléphone : { $names }. Noter la rencontre pendant que vous vous en souvenez ?
phone-new-log = Noter la rencontre
phone-new-not-now = Pas maintenant
cli-sync-would-create-address-book = Créerait le carnet d'adresses « { $name } » sur le serveur (puis enverrait les fiches)
cli-sync-would-create-calendar = Créerait l'agenda « { $name } » sur le serveur (puis enverrait les événements)

## Fusion à trois de deux copies d'un projet
merge3-kind-contacts = Personnes
merge3-kind-encounters = Rencontres
merge3-kind-introductions = Mises en relation
merge3-kind-relations = Liens
merge3-counts = { $kind } : { $added } nouveaux, { $changed } modifiés, { $removed } supprimés
merge3-project-fields = Le projet : { $fields }
merge3-person-fields = { $name } : { $fields }
merge3-record-project = Le projet
merge3-record-gone = Un élément supprimé depuis
merge3-record-encounter = Rencontre du { $date } avec { $people }
merge3-record-introduction = Mise en relation de { $a } avec { $b }
merge3-record-relation = Un lien
merge3-empty = (vide)
merge3-conflict-deleted = { $record } : supprimé dans une copie, modifié dans l'autre — conservé
merge3-conflict-record = { $record } : modifié dans les deux copies de façons qui ne se combinent pas — celui de cette copie est gardé
merge3-conflict-field = { $record } — { $field } : « { $kept } » gardé, l'autre copie a « { $other } »
merge3-no-base = Aucune version commune des deux copies n'est connue : les personnes et éléments de l'autre copie ont été ajoutés (personnes rapprochées, rien supprimé), comme « Fusionner un autre projet » du menu Fichier
merge3-nothing-new = Rien de nouveau dans l'autre copie
merge3-conflicts-to-review = { $count ->
    [one] Un conflit à revoir dans Carnet (onglet Projet, Revoir les conflits) :
   *[other] { $count } conflits à revoir dans Carnet (onglet Projet, Revoir les conflits) :
}
merge3-wrote = Fusionné dans { $path }
merge3-merged = { $path } fusionné
merge3-from-git = l'autre branche (git), { $path }
cli-help-merge3 = Fusion à trois de deux copies d'un projet parties de BASE : chaque modification des deux est gardée, élément par élément et champ par champ ; un champ modifié des deux côtés garde la valeur de MINE et l'autre est listée pour revue dans la fenêtre (code 0 : sans conflit, 1 : conflits à revoir, 2 : rien fusionné)
cli-help-merge3-base = La dernière version commune aux deux copies
cli-help-merge3-mine = Cette copie (ses valeurs l'emportent en cas de conflit)
cli-help-merge3-theirs = L'autre copie
cli-help-merge3-out = Où écrire le projet fusionné
cli-help-merge-driver = Pilote de fusion git pour les projets Carnet (voir le README) : fusionne %A avec %B depuis leur version commune %O et écrit le résultat dans %A, toujours un projet valide, jamais de marqueurs de conflit (code 0 : sans conflit, 1 : conflits inscrits dans le projet, 2 : rien fusionné)
cli-help-merge-driver-base = %O : la version commune (vide s'il n'y en a pas)
cli-help-merge-driver-current = %A : la version de la branche courante, remplacée par la fusion
cli-help-merge-driver-other = %B : la version de l'autre branche
cli-help-merge-driver-path = %P : le chemin du projet dans le dépôt, pour les messages
model-missing-conflict = Ce conflit n'est plus dans la liste
step-merge-copy = fusion de la copie { $source }
step-take-other-value = prendre la valeur de l'autre copie
step-keep-merged-value = garder la valeur fusionnée
step-keep-merged-values = garder toutes les valeurs fusionnées
outcome-copy-nothing-new = Rien de nouveau dans l'autre copie : ce projet a déjà tout
outcome-merged-copy = Fusionné : { $source } (Ctrl+Z l'annule)
outcome-merged-copy-conflicts = Fusionné : { $source }, { $count ->
    [one] un conflit à revoir
   *[other] { $count } conflits à revoir
} dans l'onglet Projet (Ctrl+Z l'annule)
outcome-conflict-settled = Conflit réglé
copy-made-by-device = copie { $tool } venant de { $device }
copy-on-disk = la version sur le disque de { $file }
banner-copy = Une autre copie de ce projet a été modifiée ailleurs ({ $made_by }, modifiée le { $when }) : fusionnez-la pour ne perdre aucune modification
banner-copy-merge = La fusionner…
banner-copy-later = Plus tard
banner-merge = Fusionner les deux…
banner-merge-hover = Garder vos modifications et les leurs : une fusion à trois depuis la version ouverte, prévisualisée avant tout changement
status-copy-put-away = { $message }. La copie a été renommée { $file }
status-conflicts-to-review = { $count ->
    [one] Une fusion a laissé un conflit à revoir : onglet Projet, Revoir les conflits
   *[other] Une fusion a laissé { $count } conflits à revoir : onglet Projet, Revoir les conflits
}
preview-copy-title = Fusionner { $source }
preview-copy-conflicts = { $count ->
    [one] Un conflit : la valeur de cette copie est gardée, l'autre listée pour revue
   *[other] { $count } conflits : les valeurs de cette copie sont gardées, les autres listées pour revue
}
preview-copy-more = … et { $count } de plus, listés dans l'onglet Projet après la fusion
preview-copy-rule = Ajouté d'un côté : ajouté. Supprimé d'un côté et intact de l'autre : supprimé. Modifié des deux côtés : fusionné champ par champ, texte ligne par ligne. Ctrl+Z annule la fusion.
preview-copy-put-away = Ranger la copie
review-conflicts-heading = Revoir les conflits ({ $count })
review-conflicts-explained = Deux copies de ce projet ont modifié la même chose. Carnet a gardé une valeur et liste l'autre ici : choisissez, ou gardez ce qui est là.
review-keep = Garder
review-keep-hover = Garder la valeur que le projet a maintenant
review-take-other = Prendre l'autre
review-take-other-hover = Prendre la valeur de l'autre copie : { $value }
review-delete = Le supprimer
review-delete-hover = L'autre copie l'a supprimé : le supprimer ici aussi
review-keep-all = Tout garder tel quel
review-from = de { $from }, le { $day }
merge3-field-name = nom
merge3-field-organization = organisation
merge3-field-role = fonction
merge3-field-emails = e-mails
merge3-field-phones = téléphones
merge3-field-links = liens
merge3-field-tags = étiquettes
merge3-field-notes = notes
merge3-field-origin = origine
merge3-field-keep-in-touch-days = garder le contact
merge3-field-pinned = place sur la carte
merge3-field-uid = identifiant de fiche
merge3-field-past-jobs = postes précédents
merge3-field-job-since = poste depuis
merge3-field-linkedin-job = poste sur LinkedIn
merge3-field-left-linkedin-export = sorti de l'export LinkedIn
merge3-field-online = liens en ligne
merge3-field-card-keys = fiches importées
merge3-field-on-phone = sur le téléphone
merge3-field-date = date
merge3-field-time = heure
merge3-field-title = titre
merge3-field-place = lieu
merge3-field-kind = type
merge3-field-participants = personnes rencontrées
merge3-field-aims = objectifs
merge3-field-trust = confiance
merge3-field-follow-ups = suites
merge3-field-asks = services
merge3-field-told-goal = objectif dit
merge3-field-steps = étapes
merge3-field-outcome = résultat
merge3-field-thanked = remercié
merge3-field-goal = objectif
merge3-field-pitch = présentation
merge3-field-goal-since = objectif depuis
merge3-field-earlier-goals = objectifs précédents
merge3-field-me = vous
merge3-field-settings = réglages
merge3-field-lenses = vues
merge3-field-set-aside = lignes mises de côté
merge3-field-calendar = rendez-vous de l'agenda
merge3-field-sync = synchro du téléphone

## Santé du réseau (l'onglet Santé, `carnet health`, le bilan PDF)
view-health = Santé
health-title = Santé du réseau
health-as-of = Au { $date }
health-share = { $count } sur { $of } ({ $percent } %)
health-none-yet = aucun pour l'instant
health-month = { $month } { $year }
health-six-months-ago = il y a 6 mois : { $value }
health-pair = { $first } / { $second }
health-seen-6-months = Personnes de confiance vues en personne, 6 derniers mois
health-seen-6-months-meaning = La confiance se crée en face à face et s'use sans lui : revoyez-les.
health-seen-12-months = Personnes de confiance vues en personne, 12 derniers mois
health-seen-12-months-meaning = En un an, chaque personne de confiance devrait avoir pris un café avec vous.
health-dormant = Liens forts en sommeil
health-dormant-meaning = Personnes de confiance pas rencontrées en personne depuis plus de { $days } jours : une rencontre les réveille.
health-favours = Services rendus / demandés
health-favours-meaning = Donnez avant de demander : un réseau vit de réciprocité.
health-introductions = Mises en relation faites / reçues
health-introductions-meaning = Ouvrez votre carnet d'adresses à qui vous fait confiance, comme on vous ouvre le sien.
health-ambassadors = Ambassadeurs de votre objectif
health-ambassadors-value = { $count } ({ $lately } l'ont entendu ces { $days } derniers jours)
health-ambassadors-meaning = Personnes de confiance qui savent ce que vous cherchez et peuvent le dire pour vous.
health-no-goal = pas encore d'objectif écrit
health-top-three = Personnes rencontrées dans vos 3 premières organisations
health-top-three-meaning = Plus c'est bas, plus vous touchez de mondes différents.
health-effective-size = Taille effective (personnes rencontrées non redondantes)
health-effective-size-value = { $size }
health-effective-size-of = { $size } sur { $met }
health-effective-size-meaning = Des personnes rencontrées qui ne se connaissent pas toutes : chacune ouvre une autre porte.
health-dormant-line = { $name }, vu·e le { $date }
health-target-nobody = Personne de ce projet n'est encore chez { $target } : rencontrez quelqu'un là-bas.
health-target-no-path = { $there } personnes sont chez { $target }, et aucun chemin de confiance ne les atteint : rencontrez l'une d'elles, ou quelqu'un qui les connaît.
health-target-several = Plusieurs chemins de confiance mènent à { $target } : aucun point de passage unique.
health-target-one-there = Tous les chemins de confiance vers { $target } passent par { $names } : rencontrez une deuxième personne là-bas.
health-target-one-bridge = Tous les chemins de confiance vers { $target } passent par { $names } : rencontrez une autre personne qui y connaît du monde.
health-activity = Activité des 24 derniers mois
health-chart-encounters = Rencontres
health-chart-in-person = En personne
health-chart-other = Appels et messages
health-chart-new-met = Nouvelles personnes rencontrées en personne
health-chart-introductions = Mises en relation
health-chart-made = Faites pour d'autres
health-chart-received = Reçues
health-chart-online = Votre visibilité en ligne
health-chart-posts = Publications et partages
health-chart-comments = Commentaires
health-chart-no-posts = Aucune publication lue : importez l'archive LinkedIn (ses Shares.csv et Comments.csv) pour voir votre visibilité à côté de vos poignées de main.
health-chart-hint = Survolez une barre pour les chiffres du mois ; cliquez pour lister le mois.
health-month-encounters = { $month } : { $count ->
    [one] 1 rencontre
   *[other] { $count } rencontres
}
health-month-posts = { $month } : { $count ->
    [one] 1 publication ou commentaire
   *[other] { $count } publications et commentaires
}
health-month-new-met = { $month } : { $count ->
    [one] 1 personne rencontrée en personne pour la première fois
   *[other] { $count } personnes rencontrées en personne pour la première fois
}
health-month-introductions = { $month } : { $count ->
    [one] 1 mise en relation faite
   *[other] { $count } mises en relation faites
}
health-introduced-by = { $date } · { $by } vous a présenté { $name }
health-month-nothing = Rien ce mois-ci.
health-figures = Indicateurs de santé
health-dormant-title = Liens forts en sommeil
health-no-dormant = Aucune personne de confiance perdue de vue depuis plus d'un an.
health-more-dormant = …et { $count } de plus.
health-targets = Points de passage uniques vers votre objectif
health-targets-hint = Nommez une organisation, ou un mot-clé sous la forme #mot, que vise votre objectif. Les organisations nommées dans votre objectif sont suivies aussi.
health-target-add = Suivre
health-target-new = Doctolib, #santé…
health-target-remove = Ne plus suivre { $target }
health-target-from-goal = tiré de votre objectif
health-no-targets = Aucune cible : nommez une organisation ou un #mot-clé que vise votre objectif, ou nommez des organisations dans votre objectif.
health-show-on-map = Voir sur la carte
health-diversity = Diversité des personnes rencontrées
health-diversity-none = Personne rencontré en personne pour l'instant.
health-review-pdf = Bilan du réseau (PDF)…
health-review-chart-key = Foncé : en personne. Clair : appels et messages.
health-review-pdf-hover = Une page sur la santé de votre réseau — indicateurs, un an de rencontres, liens en sommeil, cibles — pour votre revue hebdomadaire
health-review-title = Bilan du réseau
health-trend-better = mieux qu'il y a 6 mois
health-trend-worse = moins bien qu'il y a 6 mois
health-targets-watched = Cibles suivies
cli-help-health = Afficher la santé du réseau : activité, personnes de confiance vues récemment, liens en sommeil, réciprocité, ambassadeurs, points de passage uniques, diversité (ou écrire le bilan d'une page en PDF)
cli-help-health-file = Le fichier du projet
cli-help-health-json = Afficher un seul objet JSON au lieu du texte
cli-help-health-pdf = Écrire ici le bilan du réseau d'une page, en PDF
cli-help-health-paper = Le papier pour lequel le PDF est mis en page
cli-health-activity = Activité (en personne / autre / nouvelles personnes / publications), 6 derniers mois :
cli-health-month = { $month } : { $in_person } / { $other } / { $new_met } / { $posts }
cli-health-figure = { $label } : { $value }
cli-health-targets = Cibles :
cli-health-dormant = Liens forts en sommeil :
step-watch-target = suivi de { $target }
step-unwatch-target = arrêt du suivi de { $target }
merge3-field-targets = cibles
merge3-field-posts = publications en ligne
cli-help-health-as-of = Le jour du bilan (AAAA-MM-JJ ; par défaut : aujourd’hui)
