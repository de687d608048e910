### `ogp check` : les lignes autour des constats dans les formats human, short et github.

# en-hash: 1e0d911b
check-jurisdiction-head = ── { $name } ({ $folder }) : { $counts }
# en-hash: e8ac1667
check-waived = { $n } sous dérogation
# en-hash: 588ae583
check-acknowledged = { $n ->
    [one] { $n } accepté
   *[other] { $n } acceptés
}
# en-hash: 297a484a
check-followers = { $n ->
    [one] 1 autre constat découle de celui-ci et peut disparaître
   *[other] { $n } autres constats découlent de celui-ci et peuvent disparaître
} une fois qu'il sera corrigé :

# en-hash: e87d5be4
check-registry-head = ── { $jurisdictions } au { $date }
# en-hash: f6d1182a
check-column-jurisdiction = juridiction
# en-hash: 4e78d454
check-column-folder = dossier
# en-hash: afcaf744
check-column-status = statut
# en-hash: bccbaa96
check-column-errors = erreurs
# en-hash: 128f7d4a
check-column-warnings = avertissements
# en-hash: 3dc25d85
check-column-next-deadline = prochaine échéance

# en-hash: 88bc98d5
check-note = remarque : { $note }
# en-hash: b8cd4365
check-scope-all = { $n ->
    [one] { $n } juridiction
   *[other] { $n } juridictions
}
# en-hash: 40f7083b
check-scope-some = { $with } sur { $n ->
    [one] { $n } juridiction
   *[other] { $n } juridictions
}
# en-hash: 27f3516a
check-summary-ok = ok : { $errors }, { $warnings }{ $waived } dans { $scope } au { $date }
# en-hash: 79028f2c
check-summary-failed = échec : { $errors }, { $warnings }{ $waived } dans { $scope } au { $date }
# en-hash: 108c54e7
check-deny-warnings = (--deny-warnings : les avertissements font échouer la vérification)
# en-hash: a05882f4
check-new-since = { " " }; seulement les constats nouveaux depuis { $rev } : { $n } déjà présents ne sont pas affichés
# en-hash: 6030ae65
check-next-deadline = { " " }; prochaine échéance le { $date } : { $what }
# en-hash: a6ec5ebb
check-next-deadline-of = { " " }; prochaine échéance le { $date } : { $what } ({ $name })

# en-hash: 9c8c2e10
step-title-ok = ogp check : ok
# en-hash: 3278e7d0
step-title-failed = ogp check : échec
# en-hash: bcfb5e45
step-counts = { $jurisdictions ->
    [one] { $jurisdictions } juridiction
   *[other] { $jurisdictions } juridictions
} au { $date } : **{ $errors }** { $errors ->
    [one] erreur
   *[other] erreurs
}, **{ $warnings }** { $warnings ->
    [one] avertissement
   *[other] avertissements
}{ $deny }, { $waived } sous dérogation, { $acknowledged } { $acknowledged ->
    [one] accepté
   *[other] acceptés
} (constats clos acceptés définitivement).
# en-hash: ab23b7f1
step-deny-warnings = (les avertissements font échouer la vérification : --deny-warnings)
# en-hash: 5cf059f4
step-new-since = Seulement les constats nouveaux depuis { $rev } : { $n } { $n ->
    [one] constat qu'elle avait déjà n'est pas affiché
   *[other] constats qu'elle avait déjà ne sont pas affichés
}.
# en-hash: ececd07d
step-note = Remarque : { $note }
# en-hash: 7e982ec8
step-next = Prochaine échéance : { $next }

# en-hash: 29a460e3
waived-until = dérogation jusqu'au { $date }
# en-hash: 25c7630f
waived-acknowledged = accepté
# en-hash: d2e8dc75
waived-heading = { $label } : { $message } (motif : { $reason })

# en-hash: 8ee7f320
sarif-left-out = { $left } résultats sur { $total } omis : l'analyse du code en accepte { $max } par exécution ; les plus graves sont gardés. Lancez `ogp check` ou écrivez --format json pour les voir tous.
# en-hash: 0a5e49d1
sarif-new-since = seulement les constats nouveaux depuis { $rev } : { $n } { $n ->
    [one] constat qu'elle avait déjà est omis
   *[other] constats qu'elle avait déjà sont omis
}
