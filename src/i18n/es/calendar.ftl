### `ogp calendar`: el título, las columnas y los estados de un plazo.

# en-hash: e3f48219
calendar-title = Plazos al { $date }
# en-hash: 1517046c
calendar-column-date = fecha
# en-hash: 92e29202
calendar-column-jurisdiction = jurisdicción
# en-hash: c93f50da
calendar-column-state = estado
# en-hash: 1d10991c
calendar-column-what = qué
# en-hash: 1ef1a68a
calendar-column-who = quién

# en-hash: 47f565a9
calendar-state-done = cumplido el { $date }
# en-hash: 840fe3ad
calendar-state-late = cumplido con retraso el { $date }
# en-hash: 7a4a2669
calendar-state-overdue = vencido
# en-hash: c129e0e0
calendar-state-due-soon = vence pronto
# en-hash: e71c2b0f
calendar-state-upcoming = próximo
# en-hash: e4b5cf33
calendar-state-closed = cerrado
# en-hash: 36ec2dd5
calendar-state-excused = eximido
# en-hash: 946b74ad
calendar-state-missed = incumplido
# en-hash: dc43ed69
calendar-state-unknown = desconocido
