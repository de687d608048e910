### Findings of reading the files: syntax, the schema, what could not be read.

-fix = `ogp check --fix` fait cette modification pour vous

### Fautes de frappe reconnues autour d'une erreur de lecture.

# en-hash: 6588a9f4
s001-fix-help = { -fix }
# en-hash: 06eb3d0f
s001-curly-quotes = ce texte est entre guillemets typographiques (“ ”), tels qu'un traitement de texte les saisit ; TOML exige des guillemets droits : { $key } = { $fixed }
# en-hash: 70a406d1
s001-curly-quotes-label = guillemets typographiques
# en-hash: 8e822ae4
s001-curly-quotes-help = ressaisissez les guillemets sous la forme " dans un éditeur de texte brut, ou laissez `ogp check --fix` le faire
# en-hash: ed7ed539
s001-curly-quotes-help-inside = ressaisissez les guillemets sous la forme " dans un éditeur de texte brut (un " à l'intérieur du texte s'écrit \")
# en-hash: 604fbc48
s001-list-header-mixed = `[{ $name }]` et `[[{ $name }]]` ne peuvent pas être mélangés : chaque { $name } de la liste commence par `[[{ $name }]]`, entre doubles crochets
# en-hash: 6852ab95
s001-list-header-mixed-help = écrivez chaque en-tête de la liste sous la forme `[[{ $name }]]`
# en-hash: ae1ec69f
s001-list-header-mixed-first = le premier `{ $name }` commence ici
# en-hash: efea9c33
s001-second-one = le second
# en-hash: eccca7c5
s001-first-one = le premier
# en-hash: 15fde814
s001-table-twice = la table `[{ $name }]` figure deux fois ; écrivez-la une seule fois, avec toutes ses clés
# en-hash: fa3dbeac
s001-table-twice-help = remontez les clés sous cet en-tête dans le premier `[{ $name }]` et supprimez celui-ci
# en-hash: d8cc88df
s001-key-twice-in-entry = `{ $key }` figure deux fois dans ce { $name } ; si un autre { $name } commence ici, mettez [[{ $name }]] sur la ligne au-dessus
# en-hash: 32451a10
s001-key-twice-in-entry-help = chaque { $name } commence par sa propre ligne [[{ $name }]] ; s'il s'agit du même { $name }, gardez le bon `{ $key }`
# en-hash: 44524e98
s001-given-again = répétée ici
# en-hash: c7d454b0
s001-first-given = première occurrence ici
# en-hash: a2951fed
s001-key-twice = `{ $key }` figure deux fois dans cette table ; gardez-en un seul
# en-hash: 38ffefb3
s001-key-twice-help = supprimez l'une des deux lignes `{ $key }` (gardez la bonne valeur)
# en-hash: 4af5d02e
s002-single-for-list = `[{ $name }]` ouvre une table unique ; ce fichier tient une liste de ces tables, chacune commençant par `[[{ $name }]]`, entre doubles crochets
# en-hash: bb05e5a9
s002-single-for-list-label = crochets simples
# en-hash: 35e8557e
s002-single-for-list-help = écrivez `[[{ $name }]]` ici (et pour chaque { $name } suivant)
# en-hash: 7e727af3
s001-date-label = pas une date que TOML lit
# en-hash: 27117997
s001-date-quoted-label = une date entre guillemets est du texte
# en-hash: bde94298
s001-date = écrivez les dates sous la forme AAAA-MM-JJ, sans guillemets : { $key } = { $date }
# en-hash: d7e3d69d
s001-date-either = écrivez les dates sous la forme AAAA-MM-JJ, sans guillemets : { $key } = { $first } pour le { $first_day }, ou { $key } = { $second } pour le { $second_day }
# en-hash: a3ec37a6
s001-date-either-help = le jour et le mois pourraient être dans un sens ou dans l'autre : écrivez la date voulue
# en-hash: 539618df
s001-date-day-month = { $day } { $month }

### Erreurs de syntaxe dans les en-têtes de table et les clés.

# en-hash: a84a84b9
s001-header = { $why } : écrivez { $fixed }
# en-hash: 6a4a1ced
s001-header-unknown = { $why } : écrivez { $fixed } (les tables connues ici sont : { $tables })
# en-hash: f249f225
s001-header-label = pas un en-tête de table que TOML lit
# en-hash: 38d8275a
s001-header-help = écrivez l'en-tête sous la forme { $fixed } ; { -fix }
# en-hash: 3fd4e863
s001-header-why-spaces = un nom de table ne contient pas d'espaces
# en-hash: d720360a
s001-header-why-after = seul un commentaire # peut suivre un en-tête de table sur sa ligne
# en-hash: 308adcab
s001-header-why-unclosed = l'en-tête de table n'est pas fermé par ]
# en-hash: e93cfc8e
s001-header-why-list = l'en-tête d'une liste a deux crochets de chaque côté
# en-hash: 8cb52b32
s001-header-why-single = cette table n'est pas une liste : son en-tête a un crochet de chaque côté
# en-hash: 4c016b77
s001-header-why-letters = un nom de table s'écrit en lettres, chiffres, _ et -
# en-hash: db107871
s001-colon = écrivez `clé = valeur`, avec = (pas :) : { $word } = { $value }
# en-hash: cc13d4b3
s001-colon-label = : au lieu de =
# en-hash: 480c3010
s001-colon-help = mettez = à la place des deux-points ; { -fix }
# en-hash: cb0db354
s001-no-equals = mettez = entre la clé et sa valeur : { $word } = { $value }
# en-hash: 06bb471c
s001-no-equals-label = = manquant
# en-hash: baf4844a
s001-no-equals-help = écrivez `{ $word } = ` avant la valeur ; { -fix }
# en-hash: 611b30ef
s001-not-a-statement = cette ligne n'est ni `clé = valeur` ni un en-tête [table] ; si c'est une note, commencez-la par #
# en-hash: af8203e2
s001-not-a-statement-label = pas du TOML
# en-hash: ca9a9275
s001-not-a-statement-help = faites-en un commentaire en mettant # au début (ou placez le texte dans une valeur entre guillemets) ; { -fix }
# en-hash: 391e817c
s001-no-key = la clé manque avant = : écrivez la clé, comme dans title = { $value }
# en-hash: e7fcb78f
s001-no-key-label = pas de clé
# en-hash: 07b04344
s001-no-key-help = écrivez le nom de la clé avant =
# en-hash: 7e525cc6
s001-key = { $why } : écrivez { $key } = { $value }
# en-hash: 7b780f94
s001-key-meant = { $why } ; vouliez-vous dire `{ $key }` ? écrivez { $key } = { $value }
# en-hash: 803ef5cd
s001-key-known = { $why } : écrivez { $key } = { $value } (les clés connues ici sont : { $keys })
# en-hash: ceb4484d
s001-key-why-spaces = une clé ne contient pas d'espaces
# en-hash: 441063ed
s001-key-why-letters = une clé s'écrit en lettres sans accents, chiffres, _ et -
# en-hash: 10a5803b
s001-key-label = pas une clé que TOML lit
# en-hash: a2d2c93f
s001-key-help = renommez la clé en `{ $key }` ; { -fix }
# en-hash: a00fce77
s001-key-help-letters = écrivez la clé en lettres, chiffres et _
# en-hash: ef0e159e
s001-no-value = `{ $key }` n'a pas de valeur : écrivez la valeur après =, comme dans { $key } = { $example }
# en-hash: e82b0347
s001-no-value-label = pas de valeur
# en-hash: 2990a0f1
s001-no-value-help = écrivez la valeur après = ; docs/format.md indique ce que prend chaque clé

### Valeurs du mauvais type.

# en-hash: e4220ada
s002-value-spelling = écrivez la valeur telle que le format l'orthographie : { $key } = "{ $value }"
# en-hash: b8996a0e
s002-value-meant = valeur inconnue `{ $found }` ; vouliez-vous dire { $key } = "{ $value }" ?
# en-hash: 5012dea5
s002-value-label = pas une valeur autorisée
# en-hash: c4ccc2f5
s002-value-help = les valeurs autorisées sont { $allowed } ; { -fix }
# en-hash: 1b0607ee
s001-bool = écrivez true ou false, en minuscules et sans guillemets : { $key } = { $value }
# en-hash: 92d2e7f9
s001-bool-help = TOML ne lit que true et false ; { -fix }
# en-hash: 292a75b4
s002-quoted-bool-label = du texte, pas true ou false
# en-hash: ddcb805a
s002-double-for-single = `[[{ $name }]]` ouvre une liste, mais il n'y a qu'un seul { $name } : écrivez { $fixed }, entre crochets simples
# en-hash: ca6fe511
s002-double-for-single-label = doubles crochets
# en-hash: dcc6da3d
s002-one-for-list = une liste s'écrit entre crochets, même avec un seul élément : { $key } = { $fixed }
# en-hash: bc991fe6
s002-one-for-list-label = un texte, pas une liste
# en-hash: b8eb4eba
s002-one-for-list-help = mettez le texte entre [ ] ; { -fix }
# en-hash: 600f7c9c
s002-quoted-number = écrivez le nombre sans guillemets ni signe % : { $key } = { $value }
# en-hash: 43fc40be
s002-quoted-number-label = un nombre entre guillemets est du texte
# en-hash: 39ed3f7a
s001-percent-help = les pourcentages sont de simples nombres de 0 à 100 ; { -fix }

### Formes qu'ogp lit mais que d'autres outils TOML rejettent (avertissements).

# en-hash: 789f0e5d
s001-portable-comma = ogp lit une virgule avant {"}"}, mais les outils TOML des éditeurs la rejettent : supprimez-la : { $key } = { $kept }
# en-hash: 2ab90e47
s001-portable-lines = ogp lit une table {"{"} {"}"} répartie sur plusieurs lignes, mais les outils TOML des éditeurs la rejettent : écrivez `{ $key } = {"{"} ... {"}"}` sur une seule ligne
# en-hash: 58711279
s001-portable-help = TOML 1.0, que suivent la plupart des outils des éditeurs, ne le permet pas ; { -fix }
# en-hash: b0eb6049
s001-portable-help-plain = TOML 1.0, que suivent la plupart des outils des éditeurs, ne le permet pas
# en-hash: 2ed078fd
s001-portable-label = d'autres outils TOML rejettent ceci

### Erreurs dans la forme d'une instruction.

# en-hash: 85713483
s001-long-text-unclosed = le texte de `{ $key }` ouvert par { $quote } à la ligne { $line } n'est jamais fermé : terminez-le par { $quote }
# en-hash: 5856c9f0
s001-never-closed = jamais fermé
# en-hash: 5c4de359
s001-quote-help = mettez { $quote } là où le texte se termine
# en-hash: 0586e7ee
s001-parentheses = une liste s'écrit entre crochets [ ], pas entre parenthèses ( ) : { $key } = { $fixed }
# en-hash: e0066179
s001-parentheses-label = parenthèses
# en-hash: 54166789
s001-parentheses-help = écrivez [ et ] au lieu de ( et ) ; { -fix }
# en-hash: ac116a8c
s001-bare-item = le texte d'une liste doit être entre guillemets : { $fixed }
# en-hash: dd6835e4
s001-bare-text-label = texte sans guillemets
# en-hash: 699d74f0
s001-bare-text-help = mettez le texte entre guillemets doubles ; { -fix }
# en-hash: 6fb3a287
s001-brackets-for-table = `{ $key }` est une table {"{"} {"}"}, qui s'écrit entre accolades : { $key } = { $fixed }
# en-hash: 3632c4fe
s001-brackets-for-table-label = crochets pour une table
# en-hash: 51fe98d6
s001-brackets-for-table-help = écrivez {"{"} et {"}"} au lieu de [ et ] ; { -fix }
# en-hash: 75d924c6
s001-comma-between-entries = mettez une virgule entre les entrées d'une table {"{"} {"}"} : { $key } = { $fixed }
# en-hash: 3b03842c
s001-comma-between-items = mettez une virgule entre les éléments d'une liste : { $key } = { $fixed }
# en-hash: ccf5a201
s001-comma-missing-label = virgule manquante
# en-hash: d4800487
s001-comma-missing-help = ajoutez la virgule ; { -fix }
# en-hash: f91f59aa
s001-colon-in-table = dans {"{"} {"}"}, écrivez clé = valeur, avec = (pas :) : { $key } = { $fixed }
# en-hash: 786b1e2f
s001-colon-in-table-help = mettez = à la place de chaque deux-points ; { -fix }
# en-hash: bc1d6386
s001-two-keys = mettez chaque clé = valeur sur sa propre ligne : { $key } = { $value }, puis { $second } = { $second_value } sur la ligne suivante
# en-hash: 570a268d
s001-two-keys-label = une deuxième clé sur la même ligne
# en-hash: a5578e66
s001-two-keys-help = commencez une nouvelle ligne avant la deuxième clé
# en-hash: 7b07ee4a
s001-fence = cette ligne est une clôture de bloc de code Markdown (```), copiée avec le TOML ; supprimez les lignes de clôture en haut et en bas
# en-hash: 54b2b3cf
s001-fence-label = clôture Markdown
# en-hash: 3b284d99
s001-fence-help = supprimez les lignes qui commencent par ``` ; { -fix }
# en-hash: 8f4f1b34
s001-slash-comment = les commentaires commencent par #, pas par { $mark } : écrivez # { $comment }
# en-hash: 6b16d77f
s001-slash-comment-label = pas un commentaire en TOML
# en-hash: db060ad0
s001-slash-comment-help = mettez # au début du commentaire ; { -fix }
# en-hash: 97043910
s001-unclosed-list = { $kind ->
    [list] la liste
   *[table] la table {"{"} {"}"}
} `{ $key }` qui commence à la ligne { $line } n'est pas fermée : ajoutez { $close } après son dernier élément
# en-hash: bd9ab33b
s001-unclosed-list-example = { $kind ->
    [list] la liste
   *[table] la table {"{"} {"}"}
} `{ $key }` qui commence à la ligne { $line } n'est pas fermée : ajoutez { $close } après son dernier élément : { $fixed }
# en-hash: 7850f249
s001-unclosed-list-label = { $kind ->
    [list] cette liste
   *[table] cette table {"{"} {"}"}
} n'est jamais fermée
# en-hash: 4625ac69
s001-unclosed-list-help = fermez-la par { $close } là où elle se termine ; { -fix }
# en-hash: 079620ee
s001-unclosed-list-next = la ligne suivante est lue comme en faisant partie
# en-hash: 216e711f
s001-bare-list = le texte d'une liste doit aussi être entre guillemets : { $key } = { $fixed }
# en-hash: f7ddc3a5
s001-bare-list-help = mettez chaque élément entre guillemets doubles ; { -fix }
# en-hash: 1d719eb8
s001-decimal-comma = écrivez le nombre avec un point, pas une virgule : { $key } = { $number }
# en-hash: 0eb19ddf
s001-decimal-comma-label = ici une virgule termine la valeur
# en-hash: 9cf78832
s001-decimal-comma-help = en TOML une virgule sépare les valeurs, et les nombres prennent un point décimal ; { -fix }
# en-hash: bf3fa1fd
s001-invalid = ceci n'est pas du TOML valide : { $why }
# en-hash: dd78b957
s001-invalid-label = ici
# en-hash: 7877905b
s001-invalid-help = Corrigez le TOML à l'endroit marqué ; docs/format.md montre chaque fichier en entier
# en-hash: 6260bdcd
s001-invalid-after-value = quelque chose suit la valeur sur cette ligne : mettez chaque clé = valeur sur sa propre ligne, et commencez les notes par #
# en-hash: c66cf2d5
s001-invalid-no-value = une clé a besoin de = et d'une valeur : écrivez clé = valeur
# en-hash: dbec567a
s001-invalid-list-header = l'en-tête d'une liste a deux crochets de chaque côté : [[nom]]
# en-hash: 61ece601
s001-invalid-list = une liste s'écrit ["a", "b"] : éléments entre guillemets, séparés par des virgules, fermée par ]
# en-hash: e34dbfcd
s001-invalid-table = une table {"{"} {"}"} s'écrit {"{"} a = 1, b = 2 {"}"}, sur une seule ligne, fermée par {"}"}
# en-hash: 0dbdc0eb
s001-invalid-extra-comma = il y a une virgule de trop ici : supprimez-la
# en-hash: c7e087ce
s001-invalid-text = le texte s'écrit entre guillemets doubles droits : "comme ceci"
# en-hash: 53840da1
s001-invalid-value = ce n'est pas ainsi que TOML écrit une valeur : le texte entre guillemets, les dates sous la forme 2026-05-15, les nombres en chiffres

### Valeurs où le lecteur TOML s'est arrêté.

# en-hash: c504b053
s001-percent = écrivez le nombre sans % : { $key } = { $value }
# en-hash: 1d3c58bb
s001-percent-label = % ne fait pas partie d'un nombre
# en-hash: 9d0613e9
s001-quarter = un trimestre est du texte entre guillemets : { $key } = { $fixed }
# en-hash: faa2806d
s001-quarter-label = trimestre sans guillemets
# en-hash: 14be1e48
s001-quarter-help = mettez le trimestre entre guillemets ; { -fix }
# en-hash: b355b423
s001-bool-label = ni true ni false
# en-hash: 54068409
s001-unbracketed-list = une liste s'écrit entre crochets : { $key } = { $fixed }
# en-hash: 2d082f5c
s001-unbracketed-list-label = crochets manquants
# en-hash: dded9961
s001-unbracketed-list-help = mettez [ avant le premier élément et ] après le dernier ; { -fix }
# en-hash: 83693beb
s001-quote-inside-single = le ' à l'intérieur du texte le termine trop tôt : écrivez le texte entre guillemets doubles : { $key } = { $fixed }
# en-hash: 65c84c75
s001-quote-inside-double = le " à l'intérieur du texte le termine trop tôt : écrivez le texte entre guillemets simples (ou écrivez \" pour chaque guillemet intérieur) : { $key } = { $fixed }
# en-hash: 15b6b03a
s001-quote-inside-label = un guillemet à l'intérieur du texte
# en-hash: eb63281e
s001-quote-inside-help = changez les guillemets extérieurs ; { -fix }
# en-hash: 80ac2978
s001-quote-inside-help-escape = changez les guillemets extérieurs, et écrivez \" pour un guillemet double à l'intérieur de guillemets doubles
# en-hash: f380524d
s001-trailing-comma = supprimez la virgule après la valeur : { $key } = { $kept } (TOML met chaque clé = valeur sur sa propre ligne, sans virgule)
# en-hash: 45df43fd
s001-trailing-comma-label = virgule après la valeur
# en-hash: 9281fdc1
s001-trailing-comma-help = supprimez la virgule ; { -fix }
# en-hash: fed3ac6b
s001-thousands = écrivez le nombre sans séparateur de milliers : { $key } = { $number }
# en-hash: afcc6423
s001-thousands-label = pas un nombre que TOML lit
# en-hash: 5addd3a6
s001-thousands-help = supprimez les virgules ; { -fix }
# en-hash: 0658f93d
s001-note-after-value = seul un commentaire peut suivre la valeur sur sa ligne ; commencez la note par # : { $key } = { $kept }  # { $note }
# en-hash: ab6ef34a
s001-note-after-value-label = ne fait pas partie de la valeur
# en-hash: 46d6f1dd
s001-note-after-value-help = mettez # avant la note, ou mettez tout le texte entre les guillemets ; { -fix }
# en-hash: 034696ff
s001-backslash = une barre oblique inverse (\) dans un texte entre guillemets doubles commence un code comme \n : écrivez le texte entre guillemets simples, qui le gardent tel quel : { $key } = { $fixed }
# en-hash: 3cffc6e4
s001-backslash-label = barre oblique inverse
# en-hash: 1f38cc67
s001-backslash-help = utilisez des guillemets simples autour du texte, ou écrivez chaque \ sous la forme \\ (ou utilisez / dans les chemins) ; { -fix }
# en-hash: ecd9099b
s001-mismatched-quotes = le texte s'ouvre par { $open } et se ferme par { $close } : utilisez le même guillemet aux deux bouts : { $key } = { $fixed }
# en-hash: d719b710
s001-mismatched-quotes-label = guillemets qui ne correspondent pas
# en-hash: 24b4b464
s001-mismatched-quotes-help = écrivez " aux deux bouts ; { -fix }
# en-hash: 77813b7c
s001-long-text-never-closed = le texte de `{ $key }` ouvert par { $quote } n'est jamais fermé : terminez-le par { $quote }
# en-hash: c5a8cfa0
s001-text-lines = le texte de `{ $key }` s'étend sur plusieurs lignes : écrivez-le sur une seule ligne, ou entre { $three } et { $three }
# en-hash: 87b42b29
s001-text-lines-label = texte sur plusieurs lignes
# en-hash: e72336ce
s001-text-lines-help = joignez les lignes, ou mettez { $three } aux deux bouts du texte au lieu de { $quote }
# en-hash: 931e2260
s001-text-unclosed = le texte n'est pas fermé : mettez { $quote } à sa fin : { $key } = { $fixed }
# en-hash: 144cb392
s001-quote-help-fix = mettez { $quote } là où le texte se termine ; { -fix }
# en-hash: 0bda2516
s001-takes-date = `{ $key }` prend une date écrite sous la forme AAAA-MM-JJ, sans guillemets, par exemple { $key } = 2026-05-15
# en-hash: d622819f
s001-takes-date-label = pas une date
# en-hash: 10e73116
s001-takes-date-help = écrivez le jour sous la forme année-mois-jour en chiffres
# en-hash: 0c682d4c
s001-takes-number = `{ $key }` prend un nombre, sans guillemets ni signe %, par exemple { $key } = 50
# en-hash: 4ae2d635
s001-takes-number-label = pas un nombre
# en-hash: 01806e7d
s001-takes-number-help = écrivez le nombre en chiffres
# en-hash: 5d4e8190
s001-takes-bool = `{ $key }` prend true ou false, sans guillemets : { $key } = true
# en-hash: 65f51497
s001-takes-bool-help = écrivez true ou false
# en-hash: 2995b023
s001-no-opening-quote = il manque le guillemet ouvrant du texte : { $key } = { $fixed }
# en-hash: 6d9358af
s001-no-opening-quote-label = guillemet ouvrant manquant
# en-hash: dda16383
s001-no-opening-quote-help = mettez { $quote } avant le texte ; { -fix }
# en-hash: 2014b524
s001-bare-text = le texte doit être entre guillemets : { $key } = { $fixed }
# en-hash: 1c199de1
s001-bare-text-help-single = mettez le texte entre guillemets simples

### Lecture d'un fichier.

# en-hash: cc86d1c1
s007-file-missing = ce fichier obligatoire est absent
# en-hash: 355963ba
s001-unreadable-file = le fichier ne peut pas être lu : { $why }
# en-hash: 8ecfb600
s001-unreadable-file-help = faites-en un fichier texte UTF-8 au format TOML
# en-hash: f005e87d
s001-bom = ce fichier commence par une marque d'ordre des octets (BOM) : ogp le lit, mais les outils TOML des éditeurs et d'autres programmes rejettent le fichier
# en-hash: 2372861b
s001-bom-help = enregistrez le fichier en UTF-8 sans BOM (dans le Bloc-notes : Enregistrer sous, Encodage « UTF-8 », pas « UTF-8 avec BOM »)
# en-hash: 7a59a9ca
s001-bom-label = marque d'ordre des octets
# en-hash: 2a1e6591
s001-stopped = ogp a cessé de chercher des erreurs dans ce fichier après { $n } ; il peut y en avoir d'autres
# en-hash: c1d130fa
s001-stopped-help = corrigez les erreurs signalées ci-dessus et relancez ogp
# en-hash: d229b04c
s002-empty-file = ce fichier est vide ; il lui faut au moins { $keys }
# en-hash: cd69e1f0
s002-comments-only = ce fichier ne contient que des commentaires ; il lui faut au moins { $keys }
# en-hash: 219641b8
s002-empty-file-help = écrivez les clés du fichier (docs/format.md montre chaque fichier en entier, et `ogp init` écrit un exemple complet), ou supprimez le fichier
# en-hash: a2f79f17
s002-empty-file-label = rien à lire
# en-hash: ff218508
s001-too-deep = ceci n'est pas du TOML valide pour ogp : les valeurs sont imbriquées trop profondément ({ $parser })
# en-hash: 5ebac303
s001-too-deep-help = les fichiers du plan n'imbriquent tables et listes que sur quelques niveaux ; supprimez les crochets en trop
# en-hash: fa15acf1
s001-too-deep-label = imbriqué trop profondément
# en-hash: 0c2f5173
s002-impossible-date = ce n'est pas une date réelle : { $parser }
# en-hash: 04dac58c
s002-impossible-date-help = écrivez une date qui existe, par exemple 2026-02-28
# en-hash: c9f89b0e
s002-impossible-date-label = date impossible
# en-hash: e9dbf9f5
s002-stopped = ogp a cessé de lire ce fichier après { $n } valeurs erronées ; il peut y en avoir d'autres
# en-hash: adbf8efc
s002-stopped-help = corrigez les valeurs signalées ci-dessus et relancez ogp
# en-hash: c71499e3
load-why-symlink = c'est un lien symbolique, qu'ogp ne suit pas ; mettez ici le fichier lui-même
# en-hash: 2fbb7e76
load-why-folder = c'est un dossier, pas un fichier
# en-hash: 7b6fc69c
load-why-special = ce n'est pas un fichier ordinaire (un périphérique, un socket ou un tube)
# en-hash: f747f3c0
load-why-not-from-git = il n'a pas été lu depuis git
# en-hash: 638b7aec
load-why-not-in-tree = il n'est pas dans l'arborescence
# en-hash: 94058b0a
load-why-too-big = il fait { $bytes } octets, plus que les { $mib } Mio qu'un fichier du plan peut avoir
# en-hash: 655a7766
load-why-grew = il dépasse les { $mib } Mio qu'un fichier du plan peut avoir
# en-hash: de1740c6
load-why-not-utf8 = ce n'est pas du texte UTF-8 (octet invalide à la position { $offset }) ; enregistrez-le en UTF-8

### Ce que le schéma rejette dans un TOML valide.

# en-hash: f8244379
s003-unknown-key-meant = clé inconnue `{ $key }` ; vouliez-vous dire `{ $meant }` ?
# en-hash: 305ccaaa
s003-unknown-key-meant-help = renommez-la en `{ $meant }`
# en-hash: 298c0669
s003-unknown-key-dates = clé inconnue `{ $key }` ; les dates que cette table enregistre sont { $dates }
# en-hash: 6c154f09
s003-unknown-key-dates-help = renommez-la selon la date qu'elle représente (docs/format.md explique chacune) ; si ce n'est qu'une note, mettez # devant la ligne
# en-hash: 59ef7345
s003-unknown-key = clé inconnue `{ $key }`
# en-hash: c0522a00
s003-unknown-key-help = ogp ne la lit pas : si c'est une note, mettez # devant la ligne pour la garder en commentaire
# en-hash: c0572c10
s003-unknown-key-help-known = ogp ne la lit pas : si elle enregistre l'une des clés connues ici ({ $keys }), renommez-la ; si c'est une note, mettez # devant la ligne pour la garder en commentaire
# en-hash: 0b3acc88
s003-unknown-key-label = pas une clé de cette table
# en-hash: 8eb07ff4
s003-needless-header = table inconnue `{ $header }` : les clés qui suivent n'ont pas besoin d'un en-tête à elles ; supprimez la ligne { $header } et gardez les clés
# en-hash: ef263ec5
s003-needless-header-help = supprimez seulement la ligne d'en-tête ; les clés qui suivent restent telles quelles
# en-hash: 53d75978
s003-needless-header-label = pas une table de ce fichier
# en-hash: 4bf8fbbc
s002-missing-key = la clé obligatoire `{ $key }` est absente
# en-hash: f011f54d
s002-missing-key-label = `{ $key }` a sa place dans cette table
# en-hash: af93a50f
s002-missing-key-help = ajoutez la clé ; docs/format.md et `ogp schema` listent toutes les clés obligatoires
# en-hash: b07d75a9
s002-date-help = écrivez une date TOML sans guillemets, par exemple 2026-05-15
# en-hash: 9c7dee40
s002-value-help-schema = corrigez la valeur ; le schéma dans schema/ indique ce que prend chaque clé
# en-hash: 89d4a4d3
s002-wrong-type = mauvais type : { $found }, attendu : { $expected }
# en-hash: dbe1fcaf
s002-wrong-type-alone = mauvais type : { $found }
# en-hash: 89be9cb6
s002-wrong-type-label = mauvais type
# en-hash: 5ef0bdc6
s002-wrong-type-date = une date comme 2026-05-15 était attendue, trouvé : { $found } ; écrivez les dates sans guillemets
# en-hash: 7105c61f
s002-found-number = le nombre { $value }
# en-hash: 5f0f2473
s002-found-text = le texte { $value }
# en-hash: cfc0b13a
s002-found-list = une liste [ ]
# en-hash: c5ad6e02
s002-found-table = une table {"{"} {"}"}
# en-hash: 30c6f7d0
s002-expected-number = un nombre
# en-hash: 0139357b
s002-expected-whole-number = un nombre entier
# en-hash: 1811e744
s002-expected-list = une liste [ ]
# en-hash: 82636266
s002-expected-table = une table
# en-hash: b0fa52e5
s002-expected-text = du texte entre guillemets
# en-hash: 1c2b664a
s002-expected-bool = true ou false
# en-hash: a23f4c9a
s002-unknown-value = valeur inconnue `{ $value }`, attendu : { $n ->
    [1] { $first }
    [2] { $first } ou { $second }
   *[other] l'une de ces valeurs : { $allowed }
}
# en-hash: dbb77b29
s002-unknown-value-raw = valeur inconnue { $parser }
# en-hash: 763352b0
s002-invalid-value = { $parser }
# en-hash: 93aeb894
s002-invalid-value-label = valeur invalide
# en-hash: 37e912f8
s002-implausible-year = { $date } a l'année { $year }, { $side ->
    [before] antérieure à
   *[after] postérieure à
} { $bound }, ce qu'aucun document d'un plan ne peut vouloir dire ; corrigez l'année (une faute de frappe comme 2207 pour 2027)
# en-hash: 0b90c6d7
s002-not-a-calendar-date = { $date } n'est pas une date réelle du calendrier
# en-hash: abafa739
s002-date-time = une date était attendue, trouvé la date et l'heure { $found } ; écrivez seulement la date : { $date }
# en-hash: e973d3e1
s002-not-a-date = une date comme 2026-05-15 était attendue, trouvé : { $found }

### Les dossiers d'une juridiction.

# en-hash: 6f03c691
s007-no-plan-file = le dossier du plan `{ $folder }` n'a pas de plan.toml
# en-hash: c0251f32
s007-no-plan-file-help = ajoutez plans/<plan-id>/plan.toml avec le titre, le début et la fin du plan, ou supprimez le dossier
# en-hash: 4d31c508
s001-folder-symlink = le dossier ne peut pas être lu : c'est un lien symbolique, qu'ogp ne suit pas ; mettez ici le dossier lui-même
# en-hash: df717b2e
s001-folder-is-file = le dossier ne peut pas être lu : c'est un fichier, pas un dossier
# en-hash: 82f8bae6
s001-folder-help = faites-en un dossier de fichiers du plan

### Fichiers et dossiers qui ressemblent à des fichiers du plan mais ne sont pas lus.

# en-hash: 538382b3
s012-what-plan = le plan d'action
# en-hash: f993a70e
s012-what-meetings = les réunions du forum
# en-hash: 485f7061
s012-what-tracker = les mises à jour du suivi
# en-hash: 17bac5dd
s012-what-jurisdiction = la fiche du membre
# en-hash: 25415b3e
s012-keep = s'il est gardé ici exprès, ajoutez "{ $path }" à `ignore` dans jurisdiction.toml
# en-hash: ae290f9d
s012-rename = renommez-le : { $command }
# en-hash: ab93094a
s012-rename-folder = renommez le dossier : { $command }
# en-hash: f59b74eb
s012-rename-keep = renommez-le : { $command } ; { $keep }
# en-hash: ff6fc6a3
s012-move-keep = déplacez-le : { $command } ; { $keep }
# en-hash: 6c432bcf
s012-merge = reportez son contenu dans { $target } et supprimez-le ; { $keep }
# en-hash: 783184d5
s012-move-where-read = déplacez-le là où ogp le lit s'il contient des données du plan (docs/format.md montre l'organisation) ; { $keep }
# en-hash: 2546b24f
s012-misnamed-root = `{ $name }` n'est pas lu : le dossier d'une juridiction se reconnaît à un fichier nommé exactement `jurisdiction.toml`, donc cette juridiction n'est pas vérifiée
# en-hash: 2cf61913
s012-plans-folder-twin = le dossier `{ $name }` n'est pas lu : ogp lit les plans d'action dans `plans/`, qui est aussi présent
# en-hash: 4a147e5c
s012-plans-folder-twin-help = déplacez son contenu dans plans/ et supprimez-le ; { $keep }
# en-hash: d5168237
s012-plans-folder = le dossier `{ $name }` n'est pas lu : ogp lit les plans d'action uniquement dans un dossier nommé `plans` (en minuscules), et il n'y en a pas, donc les plans de cette juridiction sont inconnus
# en-hash: 094eaf45
s012-stray-meant = `{ $path }` n'est pas lu : il devrait sans doute être { $target } ({ $what }), qu'ogp lit uniquement sous ce nom et à cet endroit
# en-hash: 3aaf6c48
s012-stray-meant-help = déplacez-le dans le dossier de son plan sous ce nom, par exemple { $command } ; { $keep }
# en-hash: 0409fff8
s012-stray-root = `{ $path }` n'est pas lu : ogp lit ici jurisdiction.toml et les fichiers du plan sous plans/<plan-id>/
# en-hash: 036e7720
s012-stray-plans = `{ $path }` n'est pas lu : ogp lit ici jurisdiction.toml et les fichiers du plan sous plans/<plan-id>/ (les fichiers d'un plan vont dans un dossier à eux, plans/<plan-id>/)
# en-hash: 67f285f3
s012-plan-file-meant = `{ $name }` n'est pas lu : il devrait sans doute être `{ $target }` ({ $what }), qui manque dans ce dossier du plan, donc les verdicts qui en ont besoin ne sont pas donnés
# en-hash: 1601bd2f
s012-plan-file-twin = `{ $name }` n'est pas lu : il ressemble à `{ $target }` ({ $what }), qui est aussi présent et qui est le fichier qu'ogp lit
# en-hash: cc7969f7
s012-commitment-beside-twin = `{ $name }` ressemble à un engagement mais n'est pas lu : ogp lit les engagements d'un plan uniquement dans son dossier commitments/, qui contient aussi un fichier de ce nom
# en-hash: 8f17690f
s012-commitment-beside = `{ $name }` ressemble à un engagement mais n'est pas lu : ogp lit les engagements d'un plan uniquement dans son dossier commitments/, donc cet engagement ne fait pas partie du plan
# en-hash: 32417800
s012-beside-plan = `{ $name }` n'est pas lu : le dossier d'un plan contient plan.toml, meetings.toml, tracker.toml et commitments/*.toml (les engagements), et ce fichier n'est aucun d'eux
# en-hash: 0c01e62b
s012-beside-plan-help = si c'est un engagement, déplacez-le dans commitments/ ; s'il contient des réunions ou des mises à jour du suivi, reportez-les dans meetings.toml ou tracker.toml ; { $keep }
# en-hash: bd008dba
s012-commitments-folder-twin = le dossier `{ $name }` n'est pas lu : ogp lit les engagements du plan dans `commitments/`, qui est aussi présent
# en-hash: 1b99ec2f
s012-commitments-folder-twin-help = déplacez ses fichiers d'engagements dans commitments/ et supprimez-le ; { $keep }
# en-hash: 82be3cc2
s012-commitments-folder = le dossier `{ $name }` n'est pas lu : ogp lit les engagements du plan uniquement dans un dossier nommé `commitments`, donc les engagements du plan sont inconnus
# en-hash: 54ef4d2c
s012-commitment-name = `{ $name }` n'est pas lu : { $why ->
    [case] ogp lit les fichiers d'engagements dont le nom se termine par `.toml` en minuscules
   *[extension] ogp lit uniquement les fichiers `.toml` de commitments/ (les engagements)
}, donc cet engagement ne fait pas partie du plan
# en-hash: 04c0540f
s012-commitment-name-twin = `{ $name }` n'est pas lu : { $why ->
    [case] ogp lit les fichiers d'engagements dont le nom se termine par `.toml` en minuscules
   *[extension] ogp lit uniquement les fichiers `.toml` de commitments/ (les engagements)
}, et `{ $target }` est aussi présent
# en-hash: 3b211066
s012-nested-jurisdiction = `{ $path }` n'est pas vérifié : il se trouve dans le dossier d'une autre juridiction, et ogp vérifie le dossier d'une juridiction d'un seul tenant
# en-hash: 60342cb3
s012-nested-jurisdiction-help = donnez à cette juridiction un dossier à elle à côté de celui-ci ; { $keep }
# en-hash: 4381ac24
s012-commitment-elsewhere = `{ $path }` ressemble à un engagement mais n'est pas lu : ogp lit les engagements d'un plan uniquement dans plans/<plan-id>/commitments/
# en-hash: 61e25c09
s012-unread-toml = `{ $path }` n'est pas lu : ogp lit jurisdiction.toml et les fichiers du plan sous plans/<plan-id>/ (plan.toml, meetings.toml, tracker.toml, commitments/*.toml pour les engagements)

### `ogp check --fix` et `--diff`.

# en-hash: d37ff5c8
fix-does-not-fit = une correction ne tient pas dans le fichier ; rien n'a été modifié
# en-hash: 49c2799c
fix-still-invalid = le fichier ne serait toujours pas du TOML valide après la correction ({ $mistake }) ; rien n'a été modifié
# en-hash: a169b267
fix-too-many = trop de corrections dans un seul fichier ; rien n'a été modifié
# en-hash: 488962a2
fix-cannot-read = impossible de le lire : { $why }
# en-hash: 6bfb2b3a
fix-not-a-file = ce n'est pas un fichier ordinaire ; rien n'a été modifié
# en-hash: 13348667
fix-changed = il a changé depuis la vérification ; rien n'a été modifié
# en-hash: 2dc6acd8
fix-cannot-write = impossible de l'écrire : { $why }
# en-hash: 4482469a
fix-not-fixed = non corrigé { $path } : { $why }
# en-hash: 9014b26e
fix-not-fixable = impossible à corriger { $path } : { $why }
# en-hash: 99c47d66
fix-fixed-line = corrigé { $path }:{ $line }
# en-hash: c73b129f
fix-summary = { $mistakes ->
    [0] rien à corriger automatiquement
    [one] { $mistakes } erreur corrigée dans 1 fichier
   *[other] { $mistakes } erreurs corrigées dans { $files ->
        [one] 1 fichier
       *[other] { $files } fichiers
    }
}

### Les chemins donnés à ogp.

# en-hash: 88bbeee0
s007-no-repository = { $path } ne contient aucun dépôt de plans et ne se trouve dans aucun (pas de jurisdiction.toml à cet endroit, en dessous ni au-dessus)
# en-hash: f25dcb85
s007-no-repository-help = indiquez à ogp un dossier contenant jurisdiction.toml, ou un dossier de tels dossiers ; `ogp init DOSSIER` en crée un nouveau
# en-hash: e46c432c
usage-cannot-read = impossible de lire { $path } : { $why }
# en-hash: 7e9669b3
usage-skipped = ogp : ignoré { $path } : { $why }
# en-hash: f13dd0dd
usage-orphan = ogp : { $message } ({ $help })
# en-hash: ed07c264
usage-many-jurisdictions = { $path } contient { $n } juridictions ; indiquez le dossier de l'une d'elles

### Pourquoi un statut est inconnu quand un fichier du format est présent sous un autre nom.

# en-hash: f8c3fc9c
s012-reason-plans-folder = { $path } n'est pas lu (le dossier des plans doit s'appeler `plans`) : renommez-le en plans
# en-hash: 8b677c1b
s012-reason-stray-plan = { $path } n'est pas lu (le plan.toml d'un plan va dans plans/<plan-id>/) : déplacez-le là
# en-hash: db3810a5
s012-reason-plan-file = { $path } n'est pas lu (il devrait sans doute être { $target }) : renommez-le en { $target }
# en-hash: d44a410e
s012-reason-commitment-beside = { $path } est un engagement hors de commitments/ (non lu) : déplacez-le dans commitments/
# en-hash: 8785cbcd
s012-reason-commitments-folder = { $path } n'est pas lu (le dossier des engagements doit s'appeler `commitments`) : renommez-le
# en-hash: f0986c95
s012-reason-commitment-name = { $path } n'est pas lu (les fichiers d'engagements se terminent par .toml) : renommez-le en { $target }
