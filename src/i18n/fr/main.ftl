### Textes communs à toutes les commandes : dates dans le texte, statuts d'adhésion,
### décomptes, mots autour d'une erreur et erreurs d'utilisation.

# en-hash: f2bdcb19
date-prose = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# en-hash: d275126e
month-1 = janvier
# en-hash: ceac469d
month-2 = février
# en-hash: bd1cf8cd
month-3 = mars
# en-hash: 6d4c97eb
month-4 = avril
# en-hash: af3eaff9
month-5 = mai
# en-hash: 2c506e13
month-6 = juin
# en-hash: 533da8e0
month-7 = juillet
# en-hash: b2deb75c
month-8 = août
# en-hash: 1ebb1047
month-9 = septembre
# en-hash: ed27ff2a
month-10 = octobre
# en-hash: be4d008d
month-11 = novembre
# en-hash: 33dd9837
month-12 = décembre

# en-hash: 520a991f
status-active = actif
# en-hash: a1b5b84b
status-voluntary-inactive = inactif volontairement
# en-hash: d01d43cd
status-inactive = inactif
# en-hash: 1191b821
status-probation = période probatoire
# en-hash: ad379725
status-revoked = révoqué
# en-hash: bdd39a9d
status-unknown = inconnu
# en-hash: d5744c00
status-not-yet-member = pas encore membre

# en-hash: 5a551e75
count-errors = { $n ->
    [one] { $n } erreur
   *[other] { $n } erreurs
}
# en-hash: 25ab3177
count-warnings = { $n ->
    [one] { $n } avertissement
   *[other] { $n } avertissements
}
# en-hash: 889e72b4
count-jurisdictions = { $n ->
    [one] { $n } juridiction
   *[other] { $n } juridictions
}
# en-hash: c2613d7e
none = aucune

# en-hash: 1fc47b53
error-prefix = ogp : erreur :
# en-hash: 9e33f893
error-help = aide :

# en-hash: 3e2feba6
usage-agenda-since = --since { $since } est postérieur à la date d'évaluation { $as_of } : rien ne peut encore avoir été fait
# en-hash: e4378382
usage-agenda-until = --until { $until } est antérieur à la date d'évaluation { $as_of } ; indiquez le jour de la prochaine réunion
# en-hash: db795e72
usage-calendar-range = --from { $from } est postérieur à --to { $to } : aucun jour ne tombe dans cet intervalle ; donnez le jour le plus tôt à --from
# en-hash: a3132851
usage-timeline-range = --from { $from } est postérieur à --to { $to } ; donnez le jour le plus tôt à --from
# en-hash: ba0dddc9
usage-output-twice = --output nomme `{ $path }` deux fois : chaque format a besoin de son propre fichier, par exemple --output sarif=ogp.sarif --output json=ogp.json
# en-hash: 33904269
usage-output-same = --output nomme `{ $first }` et `{ $second }`, qui sont le même fichier : chaque format a besoin de son propre fichier, par exemple --output sarif=ogp.sarif --output json=ogp.json
# glossary-exempt: commitment: commitment-cap est le nom d'une règle et reste en anglais
# en-hash: ef1c41ff
usage-no-rule = aucune règle `{ $code }` ; `ogp rules` les liste toutes (des codes comme C201, des noms comme commitment-cap)
# en-hash: 9c25675c
usage-unknown-lang = { $source } `{ $value }` n'est pas une langue d'ogp ; utilisez l'une de celles-ci : { $all }

# en-hash: 6309b647
list-comma = { $head }, { $next }
# en-hash: c3d32e8d
list-and = { $head } et { $last }
