### `ogp timeline` (et la chronologie de `ogp agenda` et `ogp site`) : le titre, les lignes,
### la légende et l'erreur quand il n'y a rien à dessiner.

# en-hash: 7e778de9
timeline-title = { $name } : { $n ->
    [one] plan
   *[other] plans
} { $plans }
# en-hash: 41735c5f
timeline-no-plan = { $root } n'a aucun plan lisible à dessiner ; `ogp check` dit pourquoi
# en-hash: fe39d318
timeline-no-such-plan = { $root } n'a pas de plan `{ $id }` ; ses plans sont : { $plans } (ou utilisez --plan all)

# en-hash: 40344a6c
timeline-row-co-creation = Co-création et dépôt
# en-hash: c34c0234
timeline-row-latest-end = Fin la plus tardive autorisée
# en-hash: 57c40063
timeline-latest-end-title = { $days } selon le mandat (P101)
# en-hash: 06576ee1
timeline-row-inception = Évaluation initiale
# en-hash: f77a40a2
timeline-row-assessment = Évaluation de { $id }
# en-hash: bb74cbeb
timeline-row-meetings = Réunions
# en-hash: 93a1d083
timeline-row-tracker = Mises à jour du suivi
# en-hash: a256b2f8
timeline-row-final-learning = Exercice d'apprentissage final

# en-hash: 62d16ef3
timeline-mark-under-way = en cours
# en-hash: 7fc17568
timeline-mark-done = réalisé
# en-hash: 31c11984
timeline-mark-late = en retard
# en-hash: 06693656
timeline-mark-overdue = dépassé
# en-hash: 5aef9df2
timeline-mark-due = attendu
# en-hash: 2e8da30b
timeline-mark-latest-end = fin la plus tardive autorisée
# en-hash: 71a3a009
timeline-mark-meetings-held = réunions tenues

# en-hash: 59cbb699
timeline-as-of = ▼ au { $date }
# en-hash: 1ee92f73
timeline-markdown-as-of = Au { $date } (la colonne marquée ▼).
# en-hash: 51d90ed3
timeline-svg-title = { $title } : chronologie au { $date }
# en-hash: 262359ec
timeline-continues-before = se poursuit avant cette période
# en-hash: f30f0780
timeline-continues-after = se poursuit après cette période
# en-hash: 60f7f117
month-initial-1 = J
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
timeline-column-activity = activité
# en-hash: 365c0b72
timeline-svg-as-of = au { $date }
