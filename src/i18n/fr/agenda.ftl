### `ogp agenda` (Markdown) : les titres, les colonnes et les phrases de la note.

# en-hash: 91e9245e
agenda-title = Note pour la réunion du forum du { $date } : { $name }
# en-hash: ceacb9b3
agenda-period = Depuis le { $since } ({ $why }) ; échéances jusqu'au { $until }.

# en-hash: 056122ad
agenda-status = Statut
# en-hash: c3340a82
agenda-status-since = **{ $status }** depuis le { $date }
# en-hash: 7a8e2b60
agenda-status-now = **{ $status }**
# en-hash: 2edb5680
agenda-status-reason = { $status } : { $reason }.
# en-hash: 7c24ef41
agenda-change = Ce qui le changerait : { $change }.
# en-hash: 0a35f57c
agenda-status-unreadable = Non établi : les documents n'ont pas pu être lus.
# en-hash: e1b70a6a
agenda-status-active = actif
# en-hash: 8c029cd4
agenda-status-voluntary-inactive = inactif volontairement
# en-hash: a3a04c80
agenda-status-inactive = inactif
# en-hash: 5fbd8330
agenda-status-probation = période probatoire
# en-hash: f9b5035c
agenda-status-revoked = révoqué
# en-hash: 54612041
agenda-status-unknown = non établi
# en-hash: c8f90b09
agenda-status-not-yet-member = pas encore membre

# en-hash: e5ac92f8
agenda-done-since = Réalisé depuis le { $date }
# en-hash: f45be914
agenda-nothing-done = Rien d'enregistré.
# en-hash: 5a26786b
agenda-overdue = En retard
# en-hash: 8d309c00
agenda-nothing-overdue = Rien en retard.
# en-hash: 5405928c
agenda-due-by = À échéance d'ici le { $date }
# en-hash: 408cdfa6
agenda-nothing-due = Rien n'arrive à échéance.
# en-hash: c893f3ea
agenda-column-date = date
# en-hash: f31e4b9a
agenda-column-what = quoi
# en-hash: 9ddcce40
agenda-column-who = qui
# en-hash: a399a301
agenda-column-was-due = échue le
# en-hash: cb966aa8
agenda-column-due = échéance

# en-hash: 95947013
agenda-commitments = Engagements
# en-hash: bfbfbe68
agenda-column-commitment = engagement
# en-hash: 9a08e340
agenda-column-state = état
# en-hash: 840d71df
agenda-column-milestones-done = jalons réalisés
# en-hash: 6c705d3b
agenda-column-next-milestone = prochain jalon
# en-hash: 8bede832
agenda-milestones-done = { $done } sur { $total }
# en-hash: 15d0f54d
agenda-milestone-overdue = { $title } (en retard depuis le { $date })
# en-hash: fcaed873
agenda-milestone-due = { $title } (pour le { $date })
# en-hash: cc98262f
agenda-milestone-none = aucun restant
# en-hash: 96c4c354
agenda-no-commitments = Pas encore d'engagements.

# en-hash: 572da5ef
agenda-timeline = Chronologie

# en-hash: c3f0c066
agenda-since-asked = le jour demandé
# en-hash: 854b599a
agenda-since-meeting = la réunion précédente
# en-hash: b65c59c2
agenda-since-not-yet = pas encore membre : adhère le { $date }
# en-hash: 0db709c2
agenda-since-joining = adhésion à OGP Local ; pas encore de réunion

# en-hash: a6a9f780
agenda-change-restore = redevient actif avec { $restore }
# en-hash: 677d4ae2
agenda-change-next = passe en { $status } le { $date }
# en-hash: ac281d59
agenda-change-next-unless = passe en { $status } le { $date }, sauf si { $unless }
# en-hash: 2b9cdc1a
agenda-change-none = aucun changement n'est prévu
# en-hash: 9cddc63d
agenda-joins = adhère à OGP Local le { $date }
# en-hash: cc0cf517
agenda-membership-begins = l'adhésion commence le { $date }

# en-hash: d011453c
agenda-state-at = { " " }à { $percent } % ({ $quarter })
# en-hash: f200bb03
agenda-state-under-way = en cours{ $progress }
# en-hash: ae266838
agenda-state-no-progress = en cours, aucun avancement déclaré pour l'instant
# en-hash: a19670d2
agenda-state-withdrawn = retiré le { $date }
# en-hash: aed504e6
agenda-state-completed = achevé le { $date }
# en-hash: 79ee8737
agenda-state-overdue = en retard : devait se terminer le { $date }{ $progress }
# en-hash: 8ce8a2da
agenda-state-not-started = commence le { $date }

# en-hash: a6849636
agenda-done-submitted = plan { $plan } déposé
# en-hash: ea0f7865
agenda-done-inception = évaluation initiale du plan { $plan }
# en-hash: 2c47e454
agenda-done-final-learning = exercice d'apprentissage final du plan { $plan }
# en-hash: b0ff9e8a
agenda-done-co-creation-meeting = réunion de co-création du forum
# en-hash: ead29178
agenda-done-implementation-meeting = réunion de mise en œuvre du forum
# en-hash: 5f63cb3b
agenda-done-tracker = suivi en ligne mis à jour pour { $quarter }
# en-hash: 596a085c
agenda-done-added = { $commitment } ajouté au plan : { $title }
# en-hash: 3fb6f40b
agenda-done-milestone = jalon de { $commitment } réalisé : { $title }
# en-hash: 8f843a7f
agenda-done-changed = { $commitment } modifié : { $summary }
# en-hash: b2ad3021
agenda-done-completed = { $commitment } achevé : { $title }
# en-hash: 711accf6
agenda-done-assessed = évaluation de fin d'engagement de { $commitment }
# en-hash: fe810f55
agenda-done-withdrawn = { $commitment } retiré : { $title }
