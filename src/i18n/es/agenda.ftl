### `ogp agenda` (Markdown): los encabezados, las columnas y las frases del informe.

# en-hash: 91e9245e
agenda-title = Informe para el foro del { $date }: { $name }
# en-hash: ceacb9b3
agenda-period = Desde el { $since } ({ $why }); plazos hasta el { $until }.

# en-hash: 056122ad
agenda-status = Estado
# en-hash: c3340a82
agenda-status-since = **{ $status }** desde el { $date }
# en-hash: 7a8e2b60
agenda-status-now = **{ $status }**
# en-hash: 2edb5680
agenda-status-reason = { $status }: { $reason }.
# en-hash: 7c24ef41
agenda-change = Qué lo cambiaría: { $change }.
# en-hash: 0a35f57c
agenda-status-unreadable = Sin determinar: no se pudieron leer los registros.
# en-hash: e1b70a6a
agenda-status-active = activo
# en-hash: 8c029cd4
agenda-status-voluntary-inactive = inactivo voluntariamente
# en-hash: a3a04c80
agenda-status-inactive = inactivo
# en-hash: 5fbd8330
agenda-status-probation = período de prueba
# en-hash: f9b5035c
agenda-status-revoked = revocado
# en-hash: 54612041
agenda-status-unknown = sin determinar
# en-hash: c8f90b09
agenda-status-not-yet-member = aún no es miembro

# en-hash: e5ac92f8
agenda-done-since = Hecho desde el { $date }
# en-hash: f45be914
agenda-nothing-done = No hay nada registrado.
# en-hash: 5a26786b
agenda-overdue = Vencido
# en-hash: 8d309c00
agenda-nothing-overdue = Nada vencido.
# en-hash: 5405928c
agenda-due-by = Vence hasta el { $date }
# en-hash: 408cdfa6
agenda-nothing-due = No vence nada.
# en-hash: c893f3ea
agenda-column-date = fecha
# en-hash: f31e4b9a
agenda-column-what = qué
# en-hash: 9ddcce40
agenda-column-who = quién
# en-hash: a399a301
agenda-column-was-due = vencía
# en-hash: cb966aa8
agenda-column-due = vence

# en-hash: 95947013
agenda-commitments = Compromisos
# en-hash: bfbfbe68
agenda-column-commitment = compromiso
# en-hash: 9a08e340
agenda-column-state = estado
# en-hash: 840d71df
agenda-column-milestones-done = hitos cumplidos
# en-hash: 6c705d3b
agenda-column-next-milestone = próximo hito
# en-hash: 8bede832
agenda-milestones-done = { $done } de { $total }
# en-hash: 15d0f54d
agenda-milestone-overdue = { $title } (vencido desde { $date })
# en-hash: fcaed873
agenda-milestone-due = { $title } (vence { $date })
# en-hash: cc98262f
agenda-milestone-none = no quedan
# en-hash: 96c4c354
agenda-no-commitments = Todavía no hay compromisos.

# en-hash: 572da5ef
agenda-timeline = Cronograma

# en-hash: c3f0c066
agenda-since-asked = el día indicado
# en-hash: 854b599a
agenda-since-meeting = la reunión anterior
# en-hash: b65c59c2
agenda-since-not-yet = aún no es miembro: se incorpora el { $date }
# en-hash: 0db709c2
agenda-since-joining = incorporación a OGP Local; todavía no hubo reuniones

# en-hash: a6a9f780
agenda-change-restore = vuelve a estar activo con { $restore }
# en-hash: 677d4ae2
agenda-change-next = pasa a { $status } el { $date }
# en-hash: ac281d59
agenda-change-next-unless = pasa a { $status } el { $date }, salvo que { $unless }
# en-hash: 2b9cdc1a
agenda-change-none = no hay ningún cambio previsto
# en-hash: 9cddc63d
agenda-joins = se incorpora a OGP Local el { $date }
# en-hash: cc0cf517
agenda-membership-begins = la membresía comienza el { $date }

# en-hash: d011453c
agenda-state-at = { " " }al { $percent } % ({ $quarter })
# en-hash: f200bb03
agenda-state-under-way = en curso{ $progress }
# en-hash: ae266838
agenda-state-no-progress = en curso, todavía sin avances informados
# en-hash: a19670d2
agenda-state-withdrawn = retirado el { $date }
# en-hash: aed504e6
agenda-state-completed = completado el { $date }
# en-hash: 79ee8737
agenda-state-overdue = vencido: debía terminar el { $date }{ $progress }
# en-hash: 8ce8a2da
agenda-state-not-started = comienza el { $date }

# en-hash: a6849636
agenda-done-submitted = plan { $plan } presentado
# en-hash: ea0f7865
agenda-done-inception = evaluación inicial del plan { $plan }
# en-hash: 2c47e454
agenda-done-final-learning = ejercicio final de aprendizaje del plan { $plan }
# en-hash: b0ff9e8a
agenda-done-co-creation-meeting = reunión de cocreación del foro
# en-hash: ead29178
agenda-done-implementation-meeting = reunión de implementación del foro
# en-hash: 5f63cb3b
agenda-done-tracker = seguimiento en línea actualizado para { $quarter }
# en-hash: 596a085c
agenda-done-added = { $commitment } agregado al plan: { $title }
# en-hash: 3fb6f40b
agenda-done-milestone = hito de { $commitment } cumplido: { $title }
# en-hash: 8f843a7f
agenda-done-changed = { $commitment } modificado: { $summary }
# en-hash: b2ad3021
agenda-done-completed = { $commitment } completado: { $title }
# en-hash: 711accf6
agenda-done-assessed = evaluación de fin de compromiso de { $commitment }
# en-hash: fe810f55
agenda-done-withdrawn = { $commitment } retirado: { $title }
