### `ogp status`: el titular, los datos, los encabezados de las tablas y sus palabras.

# en-hash: 076434b6
status-title = Estado de membresía al { $date }
# en-hash: 156ca13c
status-table-head = { $title }: { $jurisdictions } ({ $tally }), de peor a mejor
# en-hash: 40dc051f
status-markdown-tally = { $jurisdictions }: { $tally }.
# en-hash: 5e8a003b
status-tally = { $status }: { $n }
# en-hash: edda5f32
status-column-jurisdiction = jurisdicción
# en-hash: f9eb016c
status-column-status = estado
# en-hash: 035589c6
status-column-since = desde
# en-hash: e185fdea
status-column-why = motivo
# en-hash: 2a3159cd
status-column-next-escalation = próximo cambio

# en-hash: b6b466fa
status-head-active = Estado de { $name } al { $date }: activo
# en-hash: 4d567790
status-head-voluntary-inactive = Estado de { $name } al { $date }: inactivo voluntariamente
# en-hash: e9e2cdfe
status-head-inactive = Estado de { $name } al { $date }: inactivo
# en-hash: 9dec74a3
status-head-probation = Estado de { $name } al { $date }: en período de prueba
# en-hash: f84a6b7a
status-head-revoked = La membresía de { $name } está revocada al { $date }
# en-hash: 5f6b5583
status-head-not-yet-member = { $name } aún no es miembro al { $date }
# en-hash: 5752355c
status-head-unknown = { $name }: estado desconocido al { $date }

# en-hash: 96eee17c
status-fact-status = estado
# en-hash: 03e77c7a
status-fact-why = motivo
# en-hash: 906ddfa2
status-fact-record = registro
# en-hash: 8261065e
status-fact-what-fixes-it = cómo se corrige
# en-hash: 79da2d91
status-fact-restores-active = para volver a activo
# en-hash: 4d7d77dd
status-fact-next-escalation = próximo cambio
# en-hash: b17d5a5b
status-since = { $status } desde el { $date }
# en-hash: f8c4c50f
status-on = { $status } a partir del { $date }
# en-hash: 327fd59c
status-on-unless = { $status } a partir del { $date }, salvo que { $unless }

# en-hash: 964a90f1
status-history = Historial
# en-hash: 54f8acdc
status-column-date = fecha
# en-hash: 2daa1974
status-column-reason = motivo
# en-hash: 7e7bcc2c
status-commitments = Compromisos del plan { $plan }
# en-hash: 95c1bb62
status-column-id = id
# en-hash: f5fa5a42
status-column-title = título
# en-hash: 9ca714aa
status-column-tracker = seguimiento
# en-hash: f9cfcaaa
status-column-milestones = hitos
# en-hash: d8d23b6e
status-not-reported = sin informar
# en-hash: 83341308
status-milestones = { $done } de { $total } cumplidos; { $due ->
    [one] { $due } debía estar cumplido
   *[other] { $due } debían estar cumplidos
} a esta fecha

# en-hash: 0a35e211
status-not-yet = aún no es miembro: se incorpora el { $date }
# en-hash: 81cde6d2
status-unreadable = no se pudo leer jurisdiction.toml; `ogp check` explica por qué y cómo corregirlo; después el estado se reconstruye a partir de todos los registros
