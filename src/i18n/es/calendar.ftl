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

# en-hash: e2bf6ef2
calendar-what-status = el estado pasa a ser { $status }
# en-hash: 12e0934f
calendar-what-status-unless = el estado pasa a ser { $status }, salvo que { $unless }
# en-hash: 03de354b
calendar-what-resume-by = reanudar a más tardar este día tras la inactividad voluntaria (registre un evento `resumed`); si no, el miembro pasa a período de prueba al día siguiente
# en-hash: d2d7bb1f
calendar-what-owed = presentar el { $what }: se debe desde que se recuperó el estado activo
# en-hash: 39b4673b
calendar-what-waiver = vence la dispensa de { $rule } para { $target } (renuévela o corrija el hallazgo)
# en-hash: 0ca3230a
calendar-ics-description = Responsable: { $who }
    Estado al { $date }: { $state }
# en-hash: bc7ea3c7
calendar-ics-rule = Verificado por la regla { $rule } (ogp explain { $rule })
