### `ogp calendar` : le titre, les colonnes et les états d'une échéance.

# en-hash: e3f48219
calendar-title = Échéances au { $date }
# en-hash: 1517046c
calendar-column-date = date
# en-hash: 92e29202
calendar-column-jurisdiction = juridiction
# en-hash: c93f50da
calendar-column-state = état
# en-hash: 1d10991c
calendar-column-what = quoi
# en-hash: 1ef1a68a
calendar-column-who = qui

# en-hash: 47f565a9
calendar-state-done = respectée le { $date }
# en-hash: 840fe3ad
calendar-state-late = respectée en retard le { $date }
# en-hash: 7a4a2669
calendar-state-overdue = dépassée
# en-hash: c129e0e0
calendar-state-due-soon = imminente
# en-hash: e71c2b0f
calendar-state-upcoming = à venir
# en-hash: e4b5cf33
calendar-state-closed = close
# en-hash: 36ec2dd5
calendar-state-excused = dispensée
# en-hash: 946b74ad
calendar-state-missed = manquée
# en-hash: dc43ed69
calendar-state-unknown = inconnue

# en-hash: e2bf6ef2
calendar-what-status = le statut devient { $status }
# en-hash: 12e0934f
calendar-what-status-unless = le statut devient { $status }, sauf si { $unless }
# en-hash: 03de354b
calendar-what-resume-by = reprendre au plus tard ce jour après l'inactivité volontaire (enregistrer un événement `resumed`), sinon le membre passe en période probatoire le lendemain
# en-hash: d2d7bb1f
calendar-what-owed = déposer le { $what } : dû depuis le retour au statut actif
# en-hash: 39b4673b
calendar-what-waiver = la dérogation à { $rule } pour { $target } expire (la renouveler ou corriger le constat)
# en-hash: 0ca3230a
calendar-ics-description = Responsable : { $who }
    État au { $date } : { $state }
# en-hash: bc7ea3c7
calendar-ics-rule = Vérifié par la règle { $rule } (ogp explain { $rule })
