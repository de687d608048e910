### Les pages HTML (`ogp agenda --format html` et les parties communes aux pages du site).

# en-hash: 1acd86b7
site-home = OGP Local : statut d'adhésion de chaque juridiction
# en-hash: 2c0efcce
site-footer = Produit par ogp { $version } à partir des dépôts des plans au { $date }. Les états sont écrits en toutes lettres ; les couleurs ne font que les répéter.
# en-hash: 293c9ee2
site-since = depuis le { $date }
# en-hash: 0c5cb2f8
site-records-unreadable = les documents n'ont pas pu être lus.
# en-hash: 33cbec27
site-scroll = Faites défiler latéralement pour voir la suite →
# en-hash: 3e11cc6c
site-column-was-due = Échue le
# en-hash: 55b1a31d
site-column-due = Échéance
# en-hash: abd3f06f
site-column-what = Quoi
# en-hash: 9bcb4755
site-column-who = Qui
# en-hash: 941a5861
site-column-commitment = Engagement
# en-hash: 10796205
site-column-state = État
# en-hash: 92058a96
site-column-milestones-done = Jalons réalisés
# en-hash: 12ca3492
site-column-next-milestone = Prochain jalon
# en-hash: fa735035
site-column-activity = Activité
# en-hash: afb89303
site-timeline-table = Tableau de la chronologie
# en-hash: eddd0969
site-timeline-now = ▼ marque la colonne du { $date }. Les états :
# en-hash: e1d79f0e
site-legend-count = un nombre : réunions tenues
