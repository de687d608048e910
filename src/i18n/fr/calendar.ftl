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
