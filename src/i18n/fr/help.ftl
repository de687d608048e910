### `--help` de chaque commande. Les options, les valeurs, les noms de fichiers et les
### variables (--out, DIR, YYYY-MM-DD, OGP_LANG, plan.toml) s'écrivent tels quels.

# en-hash: 2c303252
help-cmd = Vérifie les plans d'action OGP Local tenus en fichiers TOML au regard du Manuel OGP Local.
# en-hash: 58be080e
help-after =
    Codes de sortie :
      0  aucune erreur (les avertissements ne comptent pas, sauf avec --deny-warnings)
      1  des constats avec des erreurs (avec --deny-warnings : ou des avertissements)
      2  une erreur d'utilisation, ou un chemin qui ne peut pas être lu
# en-hash: 1fefdc1b
help-arg-lang = La langue des messages : en, es, fr ou pt [par défaut : OGP_LANG, puis la langue du système (LC_ALL, LC_MESSAGES, LANG), puis en]

# en-hash: 300f7447
help-common-as-of = Évaluer à ce jour (YYYY-MM-DD) au lieu d'aujourd'hui : les faits datés d'après sont ignorés
# en-hash: dfab0484
help-common-color = Quand utiliser la couleur ; NO_COLOR dans l'environnement la désactive pour auto
# en-hash: 5ea23290
help-common-paths = Racines de juridictions ou dossiers qui en contiennent plusieurs
# en-hash: bc3da9a3
help-common-path = La racine d'une juridiction
# en-hash: c8e2fd02
help-common-width = Ajuster les tableaux à ce nombre de colonnes (par défaut : la largeur du terminal, ou 100)
# en-hash: 82384143
help-common-format = Format de sortie

# en-hash: 8f00b2ec
help-cmd-check = Vérifier des dépôts de plans au regard de chaque règle du manuel
# en-hash: b771e5c1
help-after-check = { help-after }
# en-hash: 72434726
help-arg-check-paths = Racines de juridictions (dossiers contenant jurisdiction.toml), dossiers qui en contiennent plusieurs, ou tout fichier ou dossier à l'intérieur d'un dépôt de plan (ce dépôt est vérifié). Sans PATH : le dossier courant, ou le dépôt de plan qui le contient
# en-hash: 81844e93
help-value-check-format-human = Des rapports avec la valeur en cause soulignée, pour les personnes
# en-hash: 7130c292
help-value-check-format-short = Une ligne par constat (`path:line:col: CODE [severity] message`), puis le résumé
# en-hash: c3e29852
help-value-check-format-json = Le rapport stable et versionné (ses clés sont dans docs/format.md)
# en-hash: d33991a6
help-value-check-format-github = Des annotations GitHub Actions, plus un résumé Markdown dans $GITHUB_STEP_SUMMARY
# en-hash: 0b44ac44
help-value-check-format-sarif = SARIF 2.1.0, pour l'analyse de code de GitHub et d'autres visionneuses
# en-hash: a4ba538b
help-value-check-format-junit = JUnit XML : une suite de tests par juridiction, un cas de test par règle
# en-hash: a4265338
help-arg-check-deny-warnings = Sortir avec 1 aussi quand il y a des avertissements
# en-hash: 0f3a37de
help-arg-check-new-since = Ne signaler que les constats que le commit REV n'avait pas (une branche, une étiquette ou un id de commit, p. ex. la base d'une pull request) ; les autres sont comptés dans le résumé. Lit REV dans les objets git : pas de checkout, rien n'est écrit
# en-hash: b5fda4c3
help-arg-check-no-history = Ne pas lire l'historique git (pas de C211 unrecorded-change, pas de « historique non disponible »)
# en-hash: c01acc97
help-arg-check-fix = Réparer sur place les erreurs sûres et mécaniques (dates écrites 20/08/2026, 2026-8-20 ou entre guillemets ; guillemets typographiques ; une clé inconnue avec une seule suggestion claire), dire ce qui a changé, puis vérifier à nouveau. Seuls ces octets changent ; un fichier qui ne pourrait plus être lu est laissé tel quel
# en-hash: 046b3fb7
help-arg-check-diff = Montrer sous forme de diff les réparations que ferait --fix, sans rien écrire (sort avec 1 quand il y a quelque chose à réparer)
# en-hash: 0d075b06
help-arg-check-output = Écrire aussi FORMAT dans PATH (répétable), p. ex. --output sarif=ogp.sarif --output json=report.json
# en-hash: 8f6c308a
help-arg-check-select = Ne signaler que ces règles : codes (C208), familles (C, C2) ou noms ; répétable ou séparé par des virgules
# en-hash: 832aa29a
help-arg-check-ignore = Ne pas signaler ces règles : codes (C208), familles (C, C2) ou noms ; répétable ou séparé par des virgules

# en-hash: ace0fc90
help-cmd-status = Statut d'adhésion de chaque juridiction : depuis quand, pourquoi, historique, prochain changement
# en-hash: 37a975a6
help-cmd-calendar = Chaque échéance qui découle du manuel, avec qui en est responsable et son état
# en-hash: 5cfe5351
help-arg-calendar-path = La racine d'une juridiction (ou un dossier de juridictions)
# en-hash: e0186bab
help-arg-calendar-from = Seulement les échéances à partir de ce jour
# en-hash: 64e626e9
help-arg-calendar-to = Seulement les échéances jusqu'à ce jour inclus

# en-hash: 28d3a89b
help-cmd-timeline = Le cycle du plan mois par mois (la figure 1 du manuel pour le plan réel)
# en-hash: edfefccd
help-arg-timeline-by = Une colonne par mois ou par trimestre (par défaut : des trimestres pour Markdown, des mois sinon)
# en-hash: b1d9f13b
help-arg-timeline-from = Commencer le graphique au mois de ce jour (par défaut : le début de la co-création du plan)
# en-hash: f5cd4a13
help-arg-timeline-to = Terminer le graphique au mois de ce jour (par défaut : la dernière échéance du plan)
# en-hash: 4f6a4e16
help-arg-timeline-plan = Le plan à dessiner : son id (nom du dossier sous plans/), `current` (par défaut : le plan en co-création ou en mise en œuvre) ou `all`
# en-hash: d8373a6e
help-arg-timeline-width = Ajuster le tableau à ce nombre de colonnes, en coupant les mois en blocs (par défaut : la largeur du terminal, ou 100)

# en-hash: ee7ecf80
help-cmd-agenda = La note pour une réunion du forum : ce qui a été fait depuis la précédente, ce qui est en retard, ce qui arrive à échéance avant la suivante
# en-hash: ce114d91
help-arg-agenda-since = Rendre compte de ce qui a été fait après ce jour (par défaut : la réunion précédente dans meetings.toml)
# en-hash: 0bc298cb
help-arg-agenda-until = Lister ce qui arrive à échéance jusqu'à ce jour (par défaut : 90 jours après la date d'évaluation)
# en-hash: 56ac1f8d
help-value-agenda-format-markdown = Des titres et des tableaux qui se collent dans un compte rendu et s'affichent sur GitHub
# en-hash: bee8869a
help-value-agenda-format-html = Une page à imprimer ou à partager
# en-hash: 502d32bf
help-value-agenda-format-json = Le JSON versionné de la note

# en-hash: 6767afc0
help-cmd-site = Écrire un site public statique : le statut, les engagements, le calendrier et les constats de chaque juridiction
# en-hash: 6428a9ab
help-after-site = Avec plusieurs langues (--lang fr,en), chaque langue est écrite dans un dossier à elle (DIR/fr/, DIR/en/), chaque page renvoie à la même page dans les autres langues et DIR/index.html mène à la première.
# en-hash: 95d70698
help-arg-site-out = Le dossier où écrire le site (créé s'il n'existe pas)
# en-hash: bfaf0fd1
help-arg-site-overwrite = Remplacer les fichiers de DIR qu'un `ogp site` précédent n'a pas écrits

# en-hash: 3a62b9bc
help-cmd-rules = Lister chaque règle avec son code, son nom, sa gravité par défaut et son résumé

# en-hash: cf8b6d88
help-cmd-explain = Afficher la documentation d'une règle (par code ou par nom)
# glossary-exempt: commitment: commitment-cap est le nom d'une règle et reste en anglais
# en-hash: 0e99e46f
help-arg-explain-code = Un code de règle comme C201, ou un nom comme commitment-cap
# en-hash: a997081b
help-arg-explain-format = text : pour lire dans un terminal ; markdown : la même chose avec ses marques Markdown, comme dans docs/rules.md [par défaut : text dans un terminal, markdown quand la sortie est redirigée]

# en-hash: 8827f084
help-cmd-schema = Afficher les JSON Schema des fichiers du plan (ou les écrire dans un dossier)
# en-hash: fb21c247
help-arg-schema-out = Écrire chaque schéma sous <DIR>/<kind>.schema.json au lieu de les afficher
# en-hash: 2f51c250
help-arg-schema-overwrite = Remplacer les fichiers de schéma de DIR qui diffèrent de ce qu'écrit cette version d'ogp (un fichier qui dit déjà la même chose est laissé tel quel)

# en-hash: e2ee7fe6
help-cmd-init = Créer un nouveau dépôt de plan dans DIR : tous les fichiers, commentés, prêts pour `ogp check`
# en-hash: 2706ee56
help-arg-init-dir = Le dossier à créer (ou un dossier existant sans fichiers du plan, p. ex. un clone tout neuf) ; le dossier courant s'il n'est pas donné
# en-hash: 7c3778cc
help-arg-init-name = Le nom du membre [par défaut : le nom du dossier]
# en-hash: c73a828c
help-arg-init-country = Le pays du membre [par défaut : un TODO à compléter]
# en-hash: 50d14f9d
help-arg-init-joined = La date à laquelle le membre a rejoint OGP Local, YYYY-MM-DD [par défaut : aujourd'hui]
# en-hash: 900a1d6c
help-arg-init-joint = Un plan d'action conjoint de ces juridictions membres (séparées par des virgules, deux ou plus)
# en-hash: 76becc87
help-arg-init-term-end = La fin du mandat actuel du gouvernement, YYYY-MM-DD [par défaut : quatre ans après l'adhésion]

# en-hash: 0577f3ea
help-cmd-completions = Afficher un script de complétion pour le shell, ou l'écrire là où le shell le charge (`--install`)
# en-hash: 832e9af9
help-after-completions =
    Exemples :
      ogp completions bash --install    # ~/.local/share/bash-completion/completions/ogp
      ogp completions fish --install    # ~/.config/fish/completions/ogp.fish
      ogp completions zsh --install     # ~/.zfunc/_ogp (ajoutez ~/.zfunc à fpath dans ~/.zshrc)
      ogp completions powershell --out ogp.ps1

    Un fichier existant n'est remplacé qu'avec --overwrite.
# en-hash: 82ec7bbb
help-arg-completions-shell = Le shell pour lequel compléter
# en-hash: 8b1e09ba
help-arg-completions-out = Écrire le script dans PATH au lieu de l'afficher ; quand PATH est un dossier, dedans, sous le nom habituel du shell (ogp, _ogp, ogp.fish, _ogp.ps1, ogp.elv). Les dossiers manquants sont créés
# en-hash: 68e72ef1
help-arg-completions-install = Écrire le script là où le shell le charge pour votre utilisateur : bash (avec le paquet bash-completion) $XDG_DATA_HOME/bash-completion/completions/ogp, fish $XDG_CONFIG_HOME/fish/completions/ogp.fish, zsh ~/.zfunc/_ogp. Les dossiers manquants sont créés
# en-hash: 87a42889
help-arg-completions-overwrite = Remplacer le fichier s'il existe (sans cette option, ogp ne remplace jamais un fichier)

# en-hash: 60d9a0e5
help-cmd-man = Afficher la page de manuel (roff), ou écrire une page par sous-commande (`--out DIR`, `--install`)
# en-hash: 90e7b286
help-arg-man-out = Écrire ogp.1 et ogp-<subcommand>.1 pour chaque sous-commande dans DIR (créé s'il n'existe pas)
# en-hash: 260c8071
help-arg-man-install = Écrire chaque page dans $XDG_DATA_HOME/man/man1 (~/.local/share/man/man1, créé s'il n'existe pas), où `man ogp` les trouve quand ~/.local/bin est dans le PATH
# en-hash: 10af4eff
help-arg-man-overwrite = Remplacer les pages qui existent (sans cette option, ogp ne remplace jamais un fichier)

# en-hash: 3c07b77e
help-usage = Utilisation :
# en-hash: 6e33c645
help-heading-commands = Commandes
# en-hash: a67209e3
help-heading-arguments = Arguments
# en-hash: 6bbce173
help-heading-options = Options
# en-hash: 3498aae8
help-flag-help = Afficher l'aide
# en-hash: cf2dcfff
help-flag-help-short = Afficher l'aide (plus de détails avec '--help')
# en-hash: d36ec01d
help-flag-help-long = Afficher l'aide (un résumé avec '-h')
# en-hash: 930ec7da
help-flag-version = Afficher la version
# en-hash: 2a9a9ace
help-subcommand-help = Afficher ce message ou l'aide des sous-commandes indiquées
# en-hash: 33086b0f
help-subcommand-help-arg = Afficher l'aide des sous-commandes
# en-hash: fa218a19
help-default = [par défaut : { $value }]
# en-hash: 256c288f
help-env = [variable d'environnement : { $name }]
# en-hash: 7c2f3eee
help-possible = [valeurs possibles : { $values }]
# en-hash: 2f1403d1
help-possible-heading = Valeurs possibles :

# en-hash: b8cbb9e8
usage-one-lang = --lang { $langs } désigne plusieurs langues ; seul `ogp site` écrit en plusieurs à la fois. Indiquez-en une, p. ex. --lang { $lang }

# en-hash: 49b5bd0d
clap-error = erreur :
# en-hash: 9d31e84a
clap-unknown-argument = l'option { $arg } n'existe pas
# en-hash: e7f21d96
clap-invalid-subcommand = la commande { $value } n'existe pas
# en-hash: 747c202b
clap-invalid-value = { $value } n'est pas une valeur de { $arg } ; elle accepte : { $valid }
# en-hash: 36a56d96
clap-missing-required = il manque : { $arg }
# en-hash: 8d9baeaf
clap-value-validation = { $value } n'est pas une valeur de { $arg } : { $reason }
# en-hash: ed551e50
clap-tip-similar = conseil : vouliez-vous dire { $suggested } ?
# en-hash: 9741b4cf
clap-more-info = Pour en savoir plus, essayez '--help'.
# en-hash: 70a60f58
clap-reason-date = écrivez-la sous la forme AAAA-MM-JJ, par ex. 2027-01-15
# en-hash: 5f81f081
clap-reason-output = écrivez FORMAT=CHEMIN avec un format parmi human, json, github, sarif ou junit, par ex. sarif=ogp.sarif
