### The plan cycle: the deadlines and who they fall to, the reasons of a status, the history.

# en-hash: e0fcaee8
cycle-who-point-of-contact = point de contact
# en-hash: 81f93dc1
cycle-who-monitoring-body = organe de suivi
# en-hash: 9b026a04
cycle-who-lead = { $name } (responsable)
# en-hash: 78c6c40c
cycle-who-point-of-contact-and-stakeholders = point de contact et parties prenantes

# en-hash: 20fb6dbc
cycle-what-first-plan = déposer le premier plan d'action
# en-hash: 203b42e1
cycle-what-latest-end = fin la plus tardive autorisée du plan { $plan } ({ $note })
# en-hash: 84eaf151
cycle-what-latest-end-bare = fin la plus tardive autorisée du plan { $plan }
# en-hash: 0e3ad2af
cycle-what-inception = évaluation initiale du plan { $plan }
# en-hash: 7694595c
cycle-what-change-window = dernier jour pour modifier les engagements initiaux du plan { $plan }
# en-hash: 1ab7b8e0
cycle-what-change-window-commitment = dernier jour pour modifier l'engagement { $commitment }
# en-hash: 5d250ede
cycle-what-final-learning = exercice d'apprentissage final du plan { $plan }
# en-hash: b5a763c1
cycle-what-tracker = mise à jour du suivi en ligne pour { $quarter }
# en-hash: 5eccab38
cycle-what-tracker-of-plan = mise à jour du suivi en ligne pour { $quarter } (plan { $plan })
# en-hash: a9d14a13
cycle-what-year = { $need ->
    [one] { $need } réunion de mise en œuvre
   *[other] { $need } réunions de mise en œuvre
} avec des parties prenantes non gouvernementales pendant l'année { $year } du plan { $plan } (du { $first } au { $last }) ; { $held ->
    [one] { $held } tenue
   *[other] { $held } tenues
}
# en-hash: 9cef7e32
cycle-what-next-plan = déposer le plan qui suit le plan { $plan }
# en-hash: 63b76a1a
cycle-what-communicate = informer l'équipe d'OGP Local de la modification du { $date } de l'engagement { $commitment }
# en-hash: ed366cd2
cycle-what-communicate-withdrawal = informer l'équipe d'OGP Local du retrait de l'engagement { $commitment } (modification du { $date })
# en-hash: aecdb733
cycle-what-milestone = jalon de { $commitment } : { $title }
# en-hash: a4b622fc
cycle-what-commitment-end = { $commitment } entièrement mis en œuvre : { $title }
# en-hash: 60c83ef9
cycle-what-assessment = évaluation de fin d'engagement de { $commitment }
# en-hash: f2b773ef
cycle-what-planned-assessment = évaluation de fin d'engagement de { $commitment } (s'il est achevé comme prévu)

# en-hash: 4d8c7af4
cycle-term-ends = le mandat se termine le { $end }
# en-hash: 461ab3b8
cycle-term-re-elected = les mandats de l'administration réélue { $administration } se terminent le { $end }
# en-hash: 23500596
cycle-term-of-member = { $member } : { $note }
# en-hash: d085d5e1
cycle-term-plan-after = { $note } ; le plan se termine le { $end }, après cette date
# en-hash: 2810855f
cycle-term-plan-after-open = { $note } ; le plan se termine le { $end }, après cette date, ce qui ne vaut que si l'administration est réélue

# en-hash: cfaefa57
cycle-label-added-here = ajouté ici
# en-hash: 88670770
cycle-label-assessed = évalué
# en-hash: 41946c43
cycle-label-changed-here = modifié ici
# en-hash: ccc52ac8
cycle-label-communicated = communiqué
# en-hash: e0df5eb4
cycle-label-completed = achevé
# en-hash: ce3f8f38
cycle-label-completed-on = achevé le { $date }
# en-hash: 9675703e
cycle-label-done = réalisé
# en-hash: 6bb17648
cycle-label-due = attendu
# en-hash: 4b41d96b
cycle-label-final-learning = apprentissage final
# en-hash: 5a98da7a
cycle-label-implementation-started = la mise en œuvre a commencé ici ; aucune mise à jour du suivi depuis
# en-hash: e285c0d5
cycle-label-years-count-from-here = les années de mise en œuvre se comptent à partir d'ici
# en-hash: a30e4900
cycle-label-inception = évaluation initiale
# en-hash: e67958ff
cycle-label-joined-here = adhésion ici
# en-hash: 34f476c9
cycle-label-planned-end = fin prévue
# en-hash: 81a292d5
cycle-label-submitted-here = déposé ici
# en-hash: a1ba8688
cycle-label-submitted-on = déposé le { $date }
# en-hash: a2466763
cycle-label-plan-ends-here = le plan se termine ici
# en-hash: 1c9aadca
cycle-label-plan-ends-on = le plan se termine le { $date }
# en-hash: 6ea4dcb1
cycle-label-term-ends-here = le mandat se termine ici
# en-hash: 01e7b415
cycle-label-this-event = cet événement
# en-hash: d5e95df3
cycle-label-this-meeting = cette réunion
# en-hash: fce2f4a7
cycle-label-this-update = cette mise à jour
# en-hash: 9adbe431
cycle-label-the-deadline = l'échéance
# en-hash: 6530acfb
cycle-label-last-tracker-update = la dernière mise à jour du suivi

# en-hash: 643c4ca3
cycle-reason-joined = adhésion à OGP Local
# en-hash: 0b7dfcb5
cycle-reason-voluntary = mis en inactivité volontaire à la demande du membre, avec reprise au plus tard le { $date }
# en-hash: a4feff96
cycle-reason-resumed = reprise après l'inactivité volontaire
# en-hash: f9b5a606
cycle-reason-submitted = plan { $plan } déposé
# en-hash: 6ebd9fdc
cycle-reason-submitted-no-engagement = le plan { $plan } a été déposé sans aucune réunion de co-création à laquelle ait assisté une partie prenante non gouvernementale
# en-hash: cce48d08
cycle-reason-co-creation-meeting = réunion de co-création { $meeting } tenue avec des parties prenantes non gouvernementales
# en-hash: 95107df7
cycle-reason-engaged-meeting = réunion { $meeting } tenue avec des parties prenantes non gouvernementales
# en-hash: 88d1b90a
cycle-reason-progress = la mise à jour du suivi pour { $quarter } montre des progrès
# en-hash: c80371e5
cycle-reason-year = l'année de mise en œuvre { $year } du plan { $plan } (du { $first } au { $last }) s'est close sans aucune réunion à laquelle ait assisté une partie prenante non gouvernementale
# en-hash: 974e5908
cycle-reason-no-updates = aucune mise à jour du suivi pour { $first } ni pour { $second }
# en-hash: c8eba061
cycle-reason-no-progress = les mises à jour du suivi pour { $first } et { $second } ne montrent aucun progrès
# en-hash: 577a2891
cycle-reason-none-then-no-progress = aucune mise à jour du suivi pour { $first }, et celle pour { $second } ne montre aucun progrès
# en-hash: d3da2cfa
cycle-reason-no-progress-then-none = la mise à jour du suivi pour { $first } ne montre aucun progrès, et aucune n'a été enregistrée pour { $second }
# en-hash: 9ea0c55b
cycle-reason-six-months = inactif pendant six mois consécutifs depuis le { $date }
# en-hash: c3f63115
cycle-reason-four-months = la période probatoire commencée le { $date } n'a pas pris fin dans les quatre mois
# en-hash: a38e6cec
cycle-reason-not-resumed = inactif volontairement depuis le { $since } sans reprise au { $by }, le jour convenu pour la reprise
# en-hash: 0a680e60
cycle-reason-held = { $reason } (en attente pendant l'inactivité volontaire)
# en-hash: c021e63f
cycle-reason-plan-due = le { $what } était attendu le { $due } et n'a pas été déposé
# en-hash: 7ce20b52
cycle-reason-plan-due-moved = le { $what } était attendu le { $due } (le { $moved } en comptant l'inactivité volontaire) et n'a pas été déposé
# en-hash: 02b7560a
cycle-reason-owed = le { $what } était dû au plus tard le { $due }, quatre mois après le retour au statut actif, et n'a pas été déposé

## Sans article : les messages qui l'utilisent mettent « le » ou « du ».
# en-hash: 11211a37
cycle-owe-first-plan = premier plan
# en-hash: 74b35e67
cycle-owe-following = plan qui suit le plan { $plan } (terminé le { $end })

# en-hash: 54ff61ff
cycle-unless-comes-first = { $restore } intervient avant
# en-hash: 8fc86dd5
cycle-unless-submitted = le { $what } est déposé au plus tard le { $date }
# en-hash: 03f84b6e
cycle-unless-year = une réunion à laquelle assiste une partie prenante non gouvernementale est tenue au plus tard le { $date }
# en-hash: c188ba5e
cycle-unless-stalled = une mise à jour du suivi pour { $first } ou { $second } montrant des progrès est enregistrée au plus tard le { $date }

# en-hash: 9a2af334
cycle-restore-any = une réunion de co-création ouverte (à laquelle assiste une partie prenante non gouvernementale), le dépôt d'un plan ou une mise à jour du suivi montrant des progrès
# en-hash: ed7c5e30
cycle-restore-owed = le dépôt du { $what } (il était dû après le retour au statut actif, donc rien d'autre ne compte)
# en-hash: 1bc8e2ee
cycle-restore-voluntary = un événement `resumed`, { $any }
# en-hash: 0741b369
cycle-restore-both = { $general }, et une réunion à laquelle assiste une partie prenante non gouvernementale
# en-hash: 121dbfae
cycle-restore-engagement = une réunion à laquelle assiste une partie prenante non gouvernementale
# en-hash: e66266d7
cycle-restore-revoked = rien : la révocation est définitive
# en-hash: 285af5d4
cycle-restore-unknown = corriger le fichier pour qu'il puisse être lu (`ogp check` indique où et comment) ; le statut est alors reconstitué à partir de tous les documents

# en-hash: 7231f324
cycle-unread-misspelt = { $path } contient `{ $written }`, qui se lit comme une faute de frappe pour `{ $meant }`, une clé dont dépend { $what } ; renommez-la en `{ $meant }`{ $fix ->
    [yes] { " " }(`ogp check --fix` le fait)
   *[no] {""}
}
# en-hash: 318116f0
cycle-unread-needs-latest-end = la fin la plus tardive autorisée du plan
# en-hash: 5a71695c
cycle-unread-needs-inception = l'évaluation initiale
# en-hash: 1f5499bb
cycle-unread-needs-final-learning = l'exercice d'apprentissage final
# en-hash: 5c0c70aa
cycle-unread-needs-deadline = une échéance
# en-hash: 54f46197
cycle-unread-needs-plan = les échéances du plan
# en-hash: 64cccdba
cycle-unread-needs-status = le statut
# en-hash: f501d223
cycle-unread-said = { $path } ne peut pas être lu ({ $message })
# en-hash: baa7b17b
cycle-unread-key = { $path } ne peut pas être lu (`{ $key }`)
# en-hash: 43139f1a
cycle-unread-key-in = { $path } ne peut pas être lu (`{ $key }` dans { $table })
# en-hash: 305fc92a
cycle-unread-file = { $path } ne peut pas être lu
# en-hash: 0304ff0e
cycle-unread-tracker = { $path } contient une mise à jour du suivi illisible (il faut un trimestre comme 2026-Q3 et des pourcentages de 0 à 100)


# en-hash: 53681614
history-not-available = historique indisponible : { $why }
# en-hash: 375f94dd
history-not-in-git = `{ $path }` n'est pas dans un dépôt git
# en-hash: 9400a13a
history-shallow = le clone est superficiel ; récupérez tout l'historique (dans GitHub Actions : actions/checkout avec fetch-depth: 0)
# en-hash: 1cfc1350
history-partial = clone partiel : le dépôt git situé dans { $path } est un clone partiel (« blobless »), sans les fichiers des commits passés ; clonez-le en entier (dans GitHub Actions : actions/checkout sans `filter`, avec fetch-depth: 0)
# en-hash: 4733400e
history-damaged = le dépôt git situé dans { $path } est endommagé : { $what }
# en-hash: 2ba6fd5f
history-format = format de dépôt non pris en charge ({ $what }) : le dépôt git situé dans { $path } utilise un format qu'ogp ne sait pas encore lire ; un clone fait avec le format par défaut de git peut être vérifié
# en-hash: acf278b4
history-no-common-ancestor = --new-since { $rev } : { $rev } et HEAD n'ont aucun ancêtre commun dans ce clone (un clone superficiel ne récupère que { $rev }), la vérification compare donc avec { $rev } lui-même
