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
