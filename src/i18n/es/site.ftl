### Las páginas HTML (`ogp agenda --format html` y las partes que comparten las páginas del sitio).

# en-hash: 1acd86b7
site-home = OGP Local: estado de membresía de cada jurisdicción
# en-hash: 2c0efcce
site-footer = Generado por ogp { $version } a partir de los repositorios de los planes al { $date }. Los estados se escriben con palabras; los colores solo los repiten.
# en-hash: 293c9ee2
site-since = desde el { $date }
# en-hash: 0c5cb2f8
site-records-unreadable = no se pudieron leer los registros.
# en-hash: 33cbec27
site-scroll = Desplácese hacia el costado para ver más →
# en-hash: 3e11cc6c
site-column-was-due = Vencía
# en-hash: 55b1a31d
site-column-due = Vence
# en-hash: abd3f06f
site-column-what = Qué
# en-hash: 9bcb4755
site-column-who = Quién
# en-hash: 941a5861
site-column-commitment = Compromiso
# en-hash: 10796205
site-column-state = Estado
# en-hash: 92058a96
site-column-milestones-done = Hitos cumplidos
# en-hash: 12ca3492
site-column-next-milestone = Próximo hito
# en-hash: fa735035
site-column-activity = Actividad
# en-hash: afb89303
site-timeline-table = Tabla del cronograma
# en-hash: eddd0969
site-timeline-now = ▼ marca la columna del { $date }. Los estados:
# en-hash: e1d79f0e
site-legend-count = un número: reuniones realizadas

# en-hash: 65d4f33b
site-wrote = { $n ->
    [one] ogp: se escribió { $n } archivo en { $out } (abra index.html)
   *[other] ogp: se escribieron { $n } archivos en { $out } (abra index.html)
}
# en-hash: c5ebb5a4
site-languages = Idiomas

# en-hash: a807035b
site-index-title = Estado de OGP Local al { $date }
# en-hash: 2e7d5e3e
site-index-heading = Estado de membresía al { $date }
# en-hash: 21d2ce2b
site-index-total = { $n ->
    [one] { $n } miembro: { $tally }.
   *[other] { $n } miembros: { $tally }.
}
# en-hash: a74f1871
site-index-pages = Páginas del índice
# en-hash: a87883a9
site-index-members = Miembros
# en-hash: 0d505a6d
site-index-countries = Países
# en-hash: aaa76908
site-index-by-country = Por país:
# en-hash: d0fa0921
site-index-overdue = { $n ->
    [one] { $n } vencido
   *[other] { $n } vencidos
}
# en-hash: 6623dba0
site-index-nothing-overdue = nada vencido
# en-hash: d65746f1
site-index-next = próximo plazo el { $date }: { $what }
# en-hash: 9818d8c3
site-index-no-deadline = ningún plazo por delante
# en-hash: e23255be
site-country-unknown = País no registrado
# en-hash: abe4f36f
site-last-known = no establecido; último conocido: { $status }

# en-hash: f7370865
site-member-title = { $name }: estado en OGP Local
# en-hash: e85961d5
site-member-country = País
# en-hash: 16e138dc
site-member-joint = Plan de acción conjunto de
# en-hash: e854d2c3
site-member-plan = Plan de acción
# en-hash: 06059e7b
site-member-plan-submitted = { $title }, del { $start } al { $end } (presentado el { $submitted })
# en-hash: bd9ea85c
site-member-plan-cocreated = { $title }, del { $start } al { $end } (en cocreación)
# en-hash: fc0aad41
site-member-forum = Foro
# en-hash: 6126f0c9
site-member-contact = Contacto
# en-hash: 6b44865f
site-member-status = Estado
# en-hash: 4a6b9360
site-member-kept = Este es el último estado que se pudo establecer, al { $kept }: los registros del miembro no se pudieron leer al { $date }. El punto de contacto tiene los detalles.
# en-hash: 1811ff36
site-member-not-established = El estado no se puede establecer hasta que los registros puedan volver a leerse; el punto de contacto tiene los detalles.
# en-hash: 28325239
site-member-history = Historial
# en-hash: e845a086
site-member-no-status = Todavía no hay estado.
# en-hash: 2a557c2b
site-unreadable = no se pudieron leer los registros del miembro
# en-hash: cf6b7920
site-status-correct = el punto de contacto corrige los registros; luego el estado se vuelve a calcular
# en-hash: 026d29b4
site-member-assessment = Evaluación de fin de compromiso: { $assessment }.
# en-hash: a665c9e6
site-assessment-withdrawn = ninguna: el compromiso fue retirado
# en-hash: d483cc04
site-assessment-submitted = presentada el { $date }
# en-hash: f4a0df08
site-assessment-late = presentada con retraso, el { $date } (vencía el { $due })
# en-hash: 38a04ae5
site-assessment-overdue = vencida: vencía el { $due }
# en-hash: 4bb97c48
site-assessment-excused = dispensada (el miembro estaba inactivo voluntariamente)
# en-hash: 5cd3d283
site-assessment-planned = vence un mes después de completarse (prevista para el { $due })
# en-hash: 11342789
site-assessment-due = vence el { $due }
# en-hash: 50461e61
site-assessment-after = vence un mes después de completarse
# en-hash: 01a300a8
site-member-milestone-due = , vence el { $date }
# en-hash: ae318028
site-milestone-no-date = sin fecha fijada
# en-hash: 57017dc0
site-member-no-milestones = Sin hitos.
# en-hash: ab2ebe5f
site-member-no-commitments = No hay compromisos en el plan en curso.
# en-hash: 3535d57e
site-member-timeline-plan = Cronograma del plan
# en-hash: 77611b6d
site-member-timeline-coming = Cronograma de los próximos meses
# en-hash: 5e986712
site-member-timeline-phone = Los próximos meses; el plan completo se dibuja en una pantalla más ancha y al imprimir.
# en-hash: 1f9e843c
site-member-states = Los estados:
# en-hash: 0e71b349
site-member-no-plan = No hay un plan legible para dibujar.
# en-hash: 6364a7c6
site-member-meetings = Reuniones del foro
# en-hash: a8e92794
site-member-meeting-co-creation = { $date }, reunión de cocreación
# en-hash: 1c0fb69a
site-member-meeting-implementation = { $date }, reunión de implementación
# en-hash: 49863b9d
site-member-minutes = acta
# en-hash: a731271a
site-member-minutes-file = acta { $minutes } (en los archivos del plan del miembro)
# en-hash: fd996336
site-member-no-meetings = Todavía no hay reuniones registradas para este plan.
# en-hash: 20f19dcf
site-member-calendar = Calendario
# en-hash: 22eabfbf
site-member-ics = Agregar estos plazos a un calendario (calendar.ics)
# en-hash: 3995cb33
site-member-was-due = vencía el { $date }: { $what } ({ $who })
# en-hash: bb1e25e1
site-member-coming = Próximos
# en-hash: 6827ae3e
site-member-due = vence el { $date }: { $what } ({ $who })
# en-hash: 3813a9ae
site-member-nothing-scheduled = Nada programado.
# en-hash: 427cb9f4
site-member-done = Hecho ({ $n })
# en-hash: ba29a0dc
site-member-findings = Lo que encontró la verificación
# en-hash: 1c5a429f
site-member-counts = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}.
# en-hash: 79a887ca
site-member-finding-in = En { $place }.
# en-hash: 22d2ac54
site-severity-error = error
# en-hash: e42e71a8
site-severity-warning = advertencia
# en-hash: d602ef59
site-finding-waived-until = { $severity } (con dispensa hasta el { $until })
# en-hash: 43c69c74
site-finding-acknowledged = { $severity } (reconocido: cerrado)
# en-hash: cecd09c6
site-finding-closed = { $severity } (cerrado)

# en-hash: 0cbd9548
site-rules-title = Qué verifica cada regla
# en-hash: 17c1f64e
site-rule-severity = Gravedad predeterminada: { $severity }. Fuente: { $source }.
# en-hash: 0807762c
site-rule-source-handbook = el manual, sección { $section }
# en-hash: 4445517b
site-rule-source-format = el formato de los archivos del plan: { $section }
# en-hash: c0434765
site-rule-what = Qué verifica
# en-hash: a91b7eb1
site-rule-why = Por qué
# en-hash: cc9d45ab
site-rule-example = Ejemplo que la incumple
# en-hash: 9f94ff97
site-rule-fix = Cómo corregirlo
# en-hash: 4d435502
site-rule-all = Todas las reglas

# en-hash: 769e88bd
site-tally-active = { $n ->
    [one] { $n } activo
   *[other] { $n } activos
}
# en-hash: ccd2697f
site-tally-voluntary-inactive = { $n ->
    [one] { $n } inactivo voluntariamente
   *[other] { $n } inactivos voluntariamente
}
# en-hash: 202b8b45
site-tally-inactive = { $n ->
    [one] { $n } inactivo
   *[other] { $n } inactivos
}
# en-hash: b58ef9b3
site-tally-probation = { $n } en período de prueba
# en-hash: 035ee6ab
site-tally-revoked = { $n ->
    [one] { $n } revocado
   *[other] { $n } revocados
}
# en-hash: 88015eda
site-tally-unknown = { $n } sin determinar
# en-hash: 01389838
site-tally-not-yet-member = { $n ->
    [one] { $n } que aún no es miembro
   *[other] { $n } que aún no son miembros
}
