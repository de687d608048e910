### `ogp status` : le titre, les faits, les en-têtes des tableaux et leurs mots.

# en-hash: 076434b6
status-title = Statut d'adhésion au { $date }
# en-hash: 156ca13c
status-table-head = { $title } : { $jurisdictions } ({ $tally }), du pire au meilleur
# en-hash: 40dc051f
status-markdown-tally = { $jurisdictions } : { $tally }.
# en-hash: 5e8a003b
status-tally = { $status } : { $n }
# en-hash: edda5f32
status-column-jurisdiction = juridiction
# en-hash: f9eb016c
status-column-status = statut
# en-hash: 035589c6
status-column-since = depuis
# en-hash: e185fdea
status-column-why = motif
# en-hash: 2a3159cd
status-column-next-escalation = prochain changement

# en-hash: b6b466fa
status-head-active = Statut de { $name } au { $date } : actif
# en-hash: 4d567790
status-head-voluntary-inactive = Statut de { $name } au { $date } : inactif volontairement
# en-hash: e9e2cdfe
status-head-inactive = Statut de { $name } au { $date } : inactif
# en-hash: 9dec74a3
status-head-probation = Statut de { $name } au { $date } : en période probatoire
# en-hash: f84a6b7a
status-head-revoked = L'adhésion de { $name } est révoquée au { $date }
# en-hash: 5f6b5583
status-head-not-yet-member = { $name } n'est pas encore membre au { $date }
# en-hash: 5752355c
status-head-unknown = { $name } : statut inconnu au { $date }

# en-hash: 96eee17c
status-fact-status = statut
# en-hash: 03e77c7a
status-fact-why = motif
# en-hash: 906ddfa2
status-fact-record = preuve
# en-hash: 8261065e
status-fact-what-fixes-it = comment corriger
# en-hash: 79da2d91
status-fact-restores-active = pour redevenir actif
# en-hash: 4d7d77dd
status-fact-next-escalation = prochain changement
# en-hash: b17d5a5b
status-since = { $status } depuis le { $date }
# en-hash: f8c4c50f
status-on = { $status } à partir du { $date }
# en-hash: 327fd59c
status-on-unless = { $status } à partir du { $date }, sauf si { $unless }

# en-hash: 964a90f1
status-history = Historique
# en-hash: 54f8acdc
status-column-date = date
# en-hash: 2daa1974
status-column-reason = motif
# en-hash: 7e7bcc2c
status-commitments = Engagements du plan { $plan }
# en-hash: 95c1bb62
status-column-id = id
# en-hash: f5fa5a42
status-column-title = titre
# en-hash: 9ca714aa
status-column-tracker = suivi
# en-hash: f9cfcaaa
status-column-milestones = jalons
# en-hash: d8d23b6e
status-not-reported = non renseigné
# en-hash: 83341308
status-milestones = { $done } sur { $total } réalisés ; { $due ->
    [one] { $due } devait l'être
   *[other] { $due } devaient l'être
} à cette date

# en-hash: 0a35e211
status-not-yet = pas encore membre : adhère le { $date }
# en-hash: 81cde6d2
status-unreadable = jurisdiction.toml n'a pas pu être lu ; `ogp check` dit pourquoi et comment le corriger ; le statut est ensuite reconstitué à partir de tous les documents
