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

# en-hash: 65d4f33b
site-wrote = { $n ->
    [one] ogp : { $n } fichier écrit dans { $out } (ouvrez index.html)
   *[other] ogp : { $n } fichiers écrits dans { $out } (ouvrez index.html)
}
# en-hash: c5ebb5a4
site-languages = Langues

# en-hash: a807035b
site-index-title = Statut OGP Local au { $date }
# en-hash: 2e7d5e3e
site-index-heading = Statut d'adhésion au { $date }
# en-hash: 21d2ce2b
site-index-total = { $n ->
    [one] { $n } membre : { $tally }.
   *[other] { $n } membres : { $tally }.
}
# en-hash: a74f1871
site-index-pages = Pages de l'index
# en-hash: a87883a9
site-index-members = Membres
# en-hash: 0d505a6d
site-index-countries = Pays
# en-hash: aaa76908
site-index-by-country = Par pays :
# en-hash: d0fa0921
site-index-overdue = { $n ->
    [one] { $n } en retard
   *[other] { $n } en retard
}
# en-hash: 6623dba0
site-index-nothing-overdue = rien en retard
# en-hash: d65746f1
site-index-next = prochaine échéance le { $date } : { $what }
# en-hash: 9818d8c3
site-index-no-deadline = aucune échéance à venir
# en-hash: e23255be
site-country-unknown = Pays non renseigné
# en-hash: abe4f36f
site-last-known = non établi ; dernier connu : { $status }

# en-hash: f7370865
site-member-title = { $name } : statut OGP Local
# en-hash: e85961d5
site-member-country = Pays
# en-hash: 16e138dc
site-member-joint = Plan d'action conjoint de
# en-hash: e854d2c3
site-member-plan = Plan d'action
# en-hash: 06059e7b
site-member-plan-submitted = { $title }, du { $start } au { $end } (soumis le { $submitted })
# en-hash: bd9ea85c
site-member-plan-cocreated = { $title }, du { $start } au { $end } (en cours de co-création)
# en-hash: fc0aad41
site-member-forum = Forum
# en-hash: 6126f0c9
site-member-contact = Contact
# en-hash: 6b44865f
site-member-status = Statut
# en-hash: 4a6b9360
site-member-kept = Voici le dernier statut qui a pu être établi, au { $kept } : les documents du membre n'ont pas pu être lus au { $date }. Le point de contact dispose des détails.
# en-hash: 1811ff36
site-member-not-established = Le statut ne peut pas être établi tant que les documents ne peuvent pas être relus ; le point de contact dispose des détails.
# en-hash: 28325239
site-member-history = Historique
# en-hash: e845a086
site-member-no-status = Pas encore de statut.
# en-hash: 2a557c2b
site-unreadable = les documents du membre n'ont pas pu être lus
# en-hash: cf6b7920
site-status-correct = le point de contact corrige les documents ; le statut est alors recalculé
# en-hash: 026d29b4
site-member-assessment = Évaluation de fin d'engagement : { $assessment }.
# en-hash: a665c9e6
site-assessment-withdrawn = aucune : l'engagement a été retiré
# en-hash: d483cc04
site-assessment-submitted = remise le { $date }
# en-hash: f4a0df08
site-assessment-late = remise en retard, le { $date } (elle était due le { $due })
# en-hash: 38a04ae5
site-assessment-overdue = en retard : elle était due le { $due }
# en-hash: 4bb97c48
site-assessment-excused = dispensée (le membre était volontairement inactif)
# en-hash: 5cd3d283
site-assessment-planned = due un mois après l'achèvement (prévue pour le { $due })
# en-hash: 11342789
site-assessment-due = due le { $due }
# en-hash: 50461e61
site-assessment-after = due un mois après l'achèvement
# en-hash: 01a300a8
site-member-milestone-due = , échéance le { $date }
# en-hash: ae318028
site-milestone-no-date = aucune date fixée
# en-hash: 57017dc0
site-member-no-milestones = Aucun jalon.
# en-hash: ab2ebe5f
site-member-no-commitments = Aucun engagement dans le plan en cours.
# en-hash: 3535d57e
site-member-timeline-plan = Chronologie du plan
# en-hash: 77611b6d
site-member-timeline-coming = Chronologie des prochains mois
# en-hash: 5e986712
site-member-timeline-phone = Les prochains mois ; le plan entier est dessiné sur un écran plus large et à l'impression.
# en-hash: 1f9e843c
site-member-states = Les états :
# en-hash: 0e71b349
site-member-no-plan = Aucun plan lisible à dessiner.
# en-hash: 6364a7c6
site-member-meetings = Réunions du forum
# en-hash: a8e92794
site-member-meeting-co-creation = { $date }, réunion de co-création
# en-hash: 1c0fb69a
site-member-meeting-implementation = { $date }, réunion de mise en œuvre
# en-hash: 49863b9d
site-member-minutes = compte rendu
# en-hash: a731271a
site-member-minutes-file = compte rendu { $minutes } (dans les fichiers du plan du membre)
# en-hash: fd996336
site-member-no-meetings = Aucune réunion enregistrée pour ce plan pour l'instant.
# en-hash: 20f19dcf
site-member-calendar = Calendrier
# en-hash: 22eabfbf
site-member-ics = Ajouter ces échéances à un agenda (calendar.ics)
# en-hash: 3995cb33
site-member-was-due = échue le { $date } : { $what } ({ $who })
# en-hash: bb1e25e1
site-member-coming = À venir
# en-hash: 6827ae3e
site-member-due = échéance le { $date } : { $what } ({ $who })
# en-hash: 3813a9ae
site-member-nothing-scheduled = Rien de prévu.
# en-hash: 427cb9f4
site-member-done = Fait ({ $n })
# en-hash: ba29a0dc
site-member-findings = Ce que la vérification a relevé
# en-hash: 1c5a429f
site-member-counts = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}.
# en-hash: 79a887ca
site-member-finding-in = Dans { $place }.
# en-hash: 22d2ac54
site-severity-error = erreur
# en-hash: e42e71a8
site-severity-warning = avertissement
# en-hash: d602ef59
site-finding-waived-until = { $severity } (dérogation jusqu'au { $until })
# en-hash: 43c69c74
site-finding-acknowledged = { $severity } (reconnu : clos)
# en-hash: cecd09c6
site-finding-closed = { $severity } (clos)

# en-hash: 0cbd9548
site-rules-title = Ce que vérifie chaque règle
# en-hash: 17c1f64e
site-rule-severity = Gravité par défaut : { $severity }. Source : { $source }.
# en-hash: 0807762c
site-rule-source-handbook = le manuel, section { $section }
# en-hash: 4445517b
site-rule-source-format = le format des fichiers du plan : { $section }
# en-hash: c0434765
site-rule-what = Ce qu'elle vérifie
# en-hash: a91b7eb1
site-rule-why = Pourquoi
# en-hash: cc9d45ab
site-rule-example = Exemple qui l'enfreint
# en-hash: 9f94ff97
site-rule-fix = Comment corriger
# en-hash: 4d435502
site-rule-all = Toutes les règles

# en-hash: 769e88bd
site-tally-active = { $n ->
    [one] { $n } actif
   *[other] { $n } actifs
}
# en-hash: ccd2697f
site-tally-voluntary-inactive = { $n ->
    [one] { $n } inactif volontairement
   *[other] { $n } inactifs volontairement
}
# en-hash: 202b8b45
site-tally-inactive = { $n ->
    [one] { $n } inactif
   *[other] { $n } inactifs
}
# en-hash: b58ef9b3
site-tally-probation = { $n } en période probatoire
# en-hash: 035ee6ab
site-tally-revoked = { $n ->
    [one] { $n } révoqué
   *[other] { $n } révoqués
}
# en-hash: 88015eda
site-tally-unknown = { $n ->
    [one] { $n } non établi
   *[other] { $n } non établis
}
# en-hash: 01389838
site-tally-not-yet-member = { $n ->
    [one] { $n } pas encore membre
   *[other] { $n } pas encore membres
}
