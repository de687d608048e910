### `ogp timeline` (y el cronograma de `ogp agenda` y `ogp site`): el título, las filas, la
### leyenda y el error cuando no hay nada que dibujar.

# en-hash: 7e778de9
timeline-title = { $name }: { $n ->
    [one] plan
   *[other] planes
} { $plans }
# en-hash: 41735c5f
timeline-no-plan = { $root } no tiene ningún plan legible para dibujar; `ogp check` explica por qué
# en-hash: fe39d318
timeline-no-such-plan = { $root } no tiene el plan `{ $id }`; sus planes son: { $plans } (o use --plan all)

# en-hash: 40344a6c
timeline-row-co-creation = Cocreación y presentación
# en-hash: c34c0234
timeline-row-latest-end = Fin más tardío permitido
# en-hash: 57c40063
timeline-latest-end-title = { $days } según el mandato (P101)
# en-hash: 06576ee1
timeline-row-inception = Evaluación inicial
# en-hash: f77a40a2
timeline-row-assessment = Evaluación de { $id }
# en-hash: bb74cbeb
timeline-row-meetings = Reuniones
# en-hash: 93a1d083
timeline-row-tracker = Actualizaciones del seguimiento
# en-hash: a256b2f8
timeline-row-final-learning = Ejercicio final de aprendizaje

# en-hash: 62d16ef3
timeline-mark-under-way = en curso
# en-hash: 7fc17568
timeline-mark-done = cumplido
# en-hash: 31c11984
timeline-mark-late = con retraso
# en-hash: 06693656
timeline-mark-overdue = vencido
# en-hash: 5aef9df2
timeline-mark-due = pendiente
# en-hash: 2e8da30b
timeline-mark-latest-end = fin más tardío permitido
# en-hash: 71a3a009
timeline-mark-meetings-held = reuniones realizadas

# en-hash: 59cbb699
timeline-as-of = ▼ al { $date }
# en-hash: 1ee92f73
timeline-markdown-as-of = Al { $date } (la columna marcada con ▼).
# en-hash: 51d90ed3
timeline-svg-title = { $title }: cronograma al { $date }
# en-hash: 262359ec
timeline-continues-before = continúa antes de este período
# en-hash: f30f0780
timeline-continues-after = continúa después de este período
# en-hash: 60f7f117
month-initial-1 = E
# en-hash: 3e310a56
month-initial-2 = F
# en-hash: 230e9c38
month-initial-3 = M
# en-hash: 4f5c26e9
month-initial-4 = A
# en-hash: 5051452a
month-initial-5 = M
# en-hash: a7e40eee
month-initial-6 = J
# en-hash: 13c88fb1
month-initial-7 = J
# en-hash: ac7147dd
month-initial-8 = A
# en-hash: 8ec6d324
month-initial-9 = S
# en-hash: 9ee62c14
month-initial-10 = O
# en-hash: c1476b24
month-initial-11 = N
# en-hash: 7614588f
month-initial-12 = D
# en-hash: f58a3b5d
timeline-column-activity = actividad
# en-hash: 365c0b72
timeline-svg-as-of = al { $date }
