### `ogp explain` et `ogp rules` : les mots autour de la documentation d'une règle (la
### documentation elle-même est dans rules.ftl).

# en-hash: f5cb9cfe
explain-source = { $kind ->
    [handbook] Manuel : { $section }
    [format] Référence : { $section }
   *[other] Source : { $section }
}
# en-hash: 7b7e2475
explain-severity = Gravité par défaut : { $severity }. { $source }.
# en-hash: 74b6a585
explain-since = Ajoutée dans ogp { $version }.
# en-hash: 1b6294be
explain-what = Ce qu'elle vérifie
# en-hash: 0e99568a
explain-why = Pourquoi
# en-hash: 3798c85a
explain-example = Exemple
# en-hash: 0d4e6eba
explain-fix = Comment corriger

# en-hash: 79d90100
severity-error = erreur
# en-hash: c1b67474
severity-warning = avertissement

# en-hash: b66f27e7
rules-column-code = code
# en-hash: 82e8d737
rules-column-name = nom
# en-hash: 4b1dcf77
rules-column-severity = gravité
# en-hash: 79351cc3
rules-column-summary = résumé

# en-hash: 715f30a5
sarif-rule-description = { $what } Source : { $section }.
