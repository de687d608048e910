### Constats du plan d'action, des exigences minimales, du statut d'adhésion, de l'historique git, des noms, des textes provisoires et des dérogations.

## P101
# en-hash: 5e6ff4c1
p101-no-term = le plan commence le { $start }, une date qui ne tombe dans aucun mandat de gouvernement enregistré
# en-hash: b8168741
p101-no-term-member = le plan commence le { $start }, une date qui ne tombe dans aucun mandat de gouvernement enregistré de { $member }
# en-hash: 04141777
p101-no-term-help = ajoutez à jurisdiction.toml le [[term]] de l'administration en fonctions au début du plan
# en-hash: cf5ad693
p101-no-term-member-help = ajoutez à jurisdiction.toml le [[term]] de { $member } de l'administration en fonctions au début du plan
# en-hash: 340995f8
p101-label-no-term = dans aucun mandat
# en-hash: 00df75d0
p101-outlasts = le plan se termine le { $end } ; { $term }, donc le plan doit se terminer au plus tard le { $limit }
# en-hash: 9f95c268
p101-outlasts-pending = le plan se termine le { $end } ; { $term }, donc le plan doit se terminer au plus tard le { $limit } ; cela ne vaut que si l'administration { $administration } est réélue
# en-hash: 4db0fd23
p101-outlasts-no-later = le plan se termine le { $end } ; { $term }, donc le plan doit se terminer au plus tard le { $limit }, et aucun mandat ultérieur de l'administration { $administration } n'est enregistré
# en-hash: 4cf38adc
p101-term-re-elected = les mandats de l'administration réélue { $administration } se terminent le { $end }
# en-hash: 7f4f6f78
p101-term-re-elected-member = les mandats de { $member } de l'administration réélue { $administration } se terminent le { $end }
# en-hash: 0a028900
p101-term-administration = le mandat de l'administration { $administration } se termine le { $end }
# en-hash: b369d068
p101-term-administration-member = le mandat de { $member } de l'administration { $administration } se termine le { $end }
# en-hash: b90f48cf
p101-term = le mandat se termine le { $end }
# en-hash: 2874bc33
p101-term-member = le mandat de { $member } se termine le { $end }
# en-hash: 47e3485d
p101-outlasts-pending-help = si { $administration } est réélue, enregistrez son nouveau [[term]] avec administration = "{ $administration }" ; sinon, faites terminer le plan au plus tard le { $limit }
# en-hash: 2e09235c
p101-outlasts-no-later-help = enregistrez le [[term]] qui a commencé après le { $term_end } (avec administration = "{ $administration }" si elle a été réélue), ou faites terminer le plan au plus tard le { $limit }
# en-hash: 74ea1675
p101-outlasts-help = faites terminer le plan au plus tard le { $limit } (le dernier jour du deuxième mois avant le mois où le mandat se termine) ; si la même administration a été réélue, nommez-la dans les deux mandats avec `administration`
# en-hash: 824233e0
p101-label-ends-too-late = se termine trop tard
# en-hash: 354bfc3d
p101-label-term-ends-here = le mandat se termine ici

## P102
# en-hash: 594a944a
p102-message = le plan commence le { $start }, avant l'adhésion du membre à OGP Local le { $joined }
# en-hash: 1162b97c
p102-help = faites commencer le plan le { $joined } ou après
# en-hash: b9378a7a
p102-label-before-joining = avant l'adhésion
# en-hash: 6553308e
p102-label-joined-here = date d'adhésion

## P103
# en-hash: 9b2756e0
p103-too-short = le plan court du { $start } au { $end } ; sans élections, il doit correspondre à la stratégie à moyen terme ou durer d'un à quatre ans (se terminer le { $bound } ou après)
# en-hash: 3b5ddbad
p103-too-long = le plan court du { $start } au { $end } ; sans élections, il doit correspondre à la stratégie à moyen terme ou durer d'un à quatre ans (se terminer le { $bound } ou avant)
# en-hash: 467e1807
p103-label-too-short = trop court
# en-hash: e07367f1
p103-label-too-long = trop long
# en-hash: d2600f14
p103-label-strategy-period = la période de la stratégie à moyen terme

## P104
# en-hash: 538b98e1
p104-message = le plan est en `{ $language }` et aucune version anglaise n'est indiquée
# en-hash: 8d52d59d
p104-help = ajoutez english_version = "<lien vers la traduction anglaise>" à plan.toml
# en-hash: ba1a5c4e
p104-label-not-english = pas en anglais

## P105
# en-hash: 6b988083
p105-no-strategy = le plan n'a pas de [strategy] (le résumé de la Stratégie locale pour un gouvernement ouvert)
# en-hash: 84152f6f
p105-no-strategy-help = ajoutez [strategy] avec vision, principles, objectives et engagement
# en-hash: 939af5df
p105-label-this-plan = ce plan
# en-hash: 16bf5f08
p105-incomplete = il manque à la stratégie : { $missing }
# en-hash: f32a9735
p105-incomplete-more = { $head }, { $next }
# en-hash: e9deb323
p105-incomplete-help = remplissez { $keys } dans [strategy]
# en-hash: 8cc91d60
p105-keys-more = { $head }, { $next }
# en-hash: 8aa9bc0f
p105-label-incomplete = stratégie incomplète

# en-hash: 543406a7
p-deadline-moved = {" "}({ $base } avant de compter l'inactivité volontaire)

## P106
# en-hash: b666326c
p106-late = le premier plan a été soumis le { $submitted }, après son échéance du { $deadline }{ $moved }
# en-hash: 603446fb
p106-late-help = rien à faire pour l'instant ; enregistrez un événement de prolongation si l'Unité de soutien en a accordé une
# en-hash: 538455d0
p106-label-submitted-late = soumis en retard
# en-hash: 96dd7ed4
p106-label-the-deadline = l'échéance
# en-hash: 8b1f9982
p106-missing = le premier plan était dû le { $deadline }{ $moved } et n'est pas soumis au { $as_of }
# en-hash: 299c416e
p106-label-deadline-passed = échéance dépassée
# en-hash: 8114d589
p106-label-not-submitted = ce plan n'a pas de `submitted`

## P107
# en-hash: a5406a4e
p107-late = le plan qui s'est terminé le { $end } a été suivi d'un plan soumis le { $submitted }, après l'échéance de quatre mois du { $deadline }{ $moved }
# en-hash: 2235c600
p107-late-help = rien à faire pour l'instant ; le plan suivant est en place
# en-hash: 78abbad7
p107-label-submitted-late = soumis en retard
# en-hash: 35039613
p107-label-previous-ends = le plan précédent se termine ici
# en-hash: 9e12cb8e
p107-missing = le plan s'est terminé le { $end } ; le plan suivant était dû au plus tard le { $deadline }{ $moved } et aucun n'est soumis au { $as_of }
# en-hash: 221dc6a1
p107-label-ended-here = s'est terminé ici

## P108
# en-hash: ead3d2c6
p108-message = le premier plan n'est pas soumis et aucune échéance n'est enregistrée (`submission_deadline`), si bien que personne ne peut savoir quand le membre devient inactif
# en-hash: d9926587
p108-help = enregistrez l'échéance fixée par l'Unité de soutien : submission_deadline = AAAA-MM-JJ dans jurisdiction.toml
# en-hash: 2d0a474c
p108-label-no-deadline = date d'adhésion ; aucune échéance enregistrée

## P109
# en-hash: 24350f82
p109-message = le dernier mandat de gouvernement enregistré s'est terminé le { $end } ; enregistrez le mandat de l'administration en fonctions au { $as_of }
# en-hash: 605a99b0
p109-member = le dernier mandat de gouvernement enregistré de { $member } s'est terminé le { $end } ; enregistrez le mandat de l'administration en fonctions au { $as_of }
# en-hash: 0f7de08b
p109-help = ajoutez à jurisdiction.toml un [[term]] avec le début et la fin de la nouvelle administration
# en-hash: 12858561
p109-member-help = ajoutez à jurisdiction.toml un [[term]] avec member = "{ $member }" et le début et la fin de la nouvelle administration
# en-hash: 242af0e8
p109-label-last-term = le dernier mandat se termine ici

## R401
# en-hash: 2d95c754
r401-no-forum = aucun forum (espace de participation) n'est enregistré
# en-hash: 40944afa
r401-label-this-jurisdiction = cette juridiction
# en-hash: bc2988af
r401-no-name = le forum n'a pas de nom
# en-hash: a9d4cee5
r401-label-empty = vide
# en-hash: 39a7f369
r401-not-yet = le forum n'est établi que le { $date }
# en-hash: 2eca9844
r401-not-yet-help = le forum doit exister pendant la co-création du plan
# en-hash: a575650a
r401-label-not-yet = pas encore établi

## R402
# en-hash: ea9be948
r402-message = le plan a été soumis le { $submitted } sans aucune réunion de co-création à laquelle ait assisté une partie prenante non gouvernementale
# en-hash: 59463275
r402-label-submitted-here = soumis ici

## R403
# en-hash: c80d7e96
r403-message = l'année de mise en œuvre { $year } (du { $first } au { $last }) a compté { $held } avec la présence d'une partie prenante non gouvernementale ; { $need }
# en-hash: 5cbde6c3
r403-held = { $n ->
    [one] { $n } réunion de mise en œuvre
   *[other] { $n } réunions de mise en œuvre
}
# en-hash: df723c42
r403-needed = { $n ->
    [one] { $n } est nécessaire
   *[other] { $n } sont nécessaires
}
# en-hash: 8aeb4cfe
r403-label-years-from-here = les années de mise en œuvre se comptent à partir d'ici

## R404
# en-hash: 9a613e31
r404-message = { $n ->
    [0] le plan n'a eu aucune réunion de co-création avec à la fois des participants gouvernementaux et non gouvernementaux
    [one] la seule réunion de co-création du plan n'a pas eu à la fois des participants gouvernementaux et non gouvernementaux
   *[other] aucune des { $n } réunions de co-création du plan n'a eu à la fois des participants gouvernementaux et non gouvernementaux
}
# en-hash: 9965f967
r404-label-submitted-here = soumis ici

## R405
# en-hash: a857a9fb
r405-no-endorsement = le plan n'enregistre aucune approbation par des parties prenantes non gouvernementales
# en-hash: 25ae848d
r405-no-endorsement-help = ajoutez [endorsement] avec la date et les ids des parties prenantes non gouvernementales qui ont approuvé le plan final
# en-hash: 78cb7afe
r405-label-this-plan = ce plan
# en-hash: 39333ba3
r405-not-yet = le plan n'est approuvé que le { $date }
# en-hash: b9c91d38
r405-label-not-yet = pas encore
# en-hash: ce9b5b16
r405-after-submission = le plan a été approuvé le { $date }, après sa soumission le { $submitted }
# en-hash: c76da54e
r405-after-submission-help = le plan final doit être approuvé avant d'être soumis
# en-hash: 1cf40e4e
r405-label-after-submission = après la soumission
# en-hash: 93979214
r405-label-submitted-here = soumis ici
# en-hash: 781aec55
r405-no-endorsers = l'approbation n'indique aucune partie prenante
# en-hash: 7b55bda1
r405-label-empty = vide
# en-hash: 791932e2
r405-government = `{ $id }` est une partie prenante gouvernementale ; seules les parties prenantes non gouvernementales approuvent le plan
# en-hash: 52756fce
r405-label-government = approbation gouvernementale

## T501 to T504
# en-hash: 4f0365e4
t501-inactive = le membre est inactif depuis le { $since } : { $reason }
# en-hash: d5253a66
t502-probation = le membre est en période probatoire depuis le { $since } : { $reason }
# en-hash: cda5c3be
t503-revoked = l'adhésion est révoquée depuis le { $since } : { $reason }
# en-hash: 954a15f4
t504-voluntarily-inactive = le membre est inactif volontairement depuis le { $since } : { $reason }
# en-hash: 14c43488
t-then = { $now } ; passe en { $status } le { $date }, sauf si { $unless }
# en-hash: bf8ea37c
t504-help = { $fix } Entre-temps, les échéances de soumission du plan sont repoussées d'autant de jours que dure la pause et les trimestres du suivi passés pour l'essentiel en pause sont excusés ; les jalons et les dates d'évaluation ne changent pas.
# en-hash: b48a3320
t-help-restore = le statut actif revient avec { $restore }

## C211
# en-hash: cb2b28a4
c211-changed = le commit { $commit } du { $date } a modifié l'engagement { $commitment } : { $what } ; aucun [[change]] de cet engagement n'est daté dans les 30 jours autour de ce jour
# en-hash: e22e0cb8
c211-changed-renamed = le commit { $commit } du { $date } a modifié l'engagement { $commitment } (auparavant nommé { $old_ids }) : { $what } ; aucun [[change]] de cet engagement n'est daté dans les 30 jours autour de ce jour
# en-hash: 24fbacb4
c211-deleted = le commit { $commit } du { $date } a supprimé l'engagement { $commitment } : { $what } ; aucun [[change]] de cet engagement n'est daté dans les 30 jours autour de ce jour
# en-hash: 30cb661c
c211-deleted-renamed = le commit { $commit } du { $date } a supprimé l'engagement { $commitment } (auparavant nommé { $old_ids }) : { $what } ; aucun [[change]] de cet engagement n'est daté dans les 30 jours autour de ce jour
# en-hash: af8983b0
c211-renamed-then = { $head }, puis { $next }
# en-hash: bfad16fb
c211-what-more = { $head }, { $next }
# en-hash: 51aa6834
c211-label-changed = modifié sans [[change]]
# en-hash: a6e4653a
c211-what-value = `{ $key }` { $old } → { $new }
# en-hash: bdb1d934
c211-what-due = jalon { $title } : `due` { $old } → { $new }
# en-hash: d1e77bbf
c211-what-milestone-title = titre du jalon { $old } → { $new }
# en-hash: 2e81aada
c211-what-milestone-removed = jalon { $title } supprimé
# en-hash: b3de6f96
c211-what-milestone-added = jalon { $title } ajouté
# en-hash: 556ea833
c211-what-deleted = le fichier a été supprimé
# en-hash: 3a157824
c211-what-old-id = son id était alors { $id }
# en-hash: 08e612c1
c211-none = (aucun)

## S011
# en-hash: 493630b1
s011-message = une autre juridiction de cette vérification s'appelle aussi « { $name } » : { $folders }
# en-hash: f4aba264
s011-folders-more = { $head }, { $next }
# en-hash: 24a58c5c
s011-and-more = { $folders } et { $n } de plus
# en-hash: dc26e516
s011-label = le même nom qu'une autre juridiction
# en-hash: 4573dbf4
s011-help = donnez à chaque juridiction un nom qui lui soit propre, celui que les gens connaissent, par exemple avec sa région : "Springfield (Oregon)" ; d'ici là, les tableaux montrent le dossier de chacune

## S013
# en-hash: 730a8e96
s013-key = `{ $key }` contient encore un texte provisoire : { $why }
# en-hash: 7a5690b4
s013-text = ce texte est encore provisoire : { $why }
# en-hash: 6bf22a25
s013-why-init = "{ $text }" est le texte provisoire écrit par `ogp init`
# en-hash: a3f53a6d
s013-why-example = { $domain } est un domaine réservé aux exemples : personne n'y reçoit de courriel ni n'y publie de pages
# en-hash: cb9d3bbe
s013-why-todo = il indique encore TODO
# en-hash: 5f97a34e
s013-label = remplacez-le par la vraie valeur
# en-hash: d1af7224
s013-help = écrivez ici la vraie valeur (le vrai nom, l'adresse propre du point de contact, la vraie description) avant de partager le plan

## Waivers
# en-hash: 9297cdaf
waiver-two-targets = une dérogation prend `file` ou `id`, pas les deux
# en-hash: 4f135e32
waiver-two-targets-help = gardez la cible la plus étroite, ou écrivez deux dérogations
# en-hash: fb81a1ef
waiver-label-second-target = deuxième cible
# en-hash: f163b34c
waiver-unknown-file = le fichier `{ $file }` de la dérogation n'est pas un fichier de plan de cette juridiction
# glossary-exempt: commitment: "commitments" is part of a path and stays as it is
# en-hash: 6bfa07a8
waiver-unknown-file-help = donnez le chemin relatif au dossier qui contient jurisdiction.toml, par exemple plans/2026-2029/commitments/c3.toml
# en-hash: 5627264d
waiver-label-no-such-file = aucun fichier de plan de ce nom
# en-hash: 5c4d78d8
waiver-unknown-id = l'id `{ $id }` de la dérogation n'est l'id d'aucun engagement, d'aucune réunion ni d'aucune partie prenante
# en-hash: ae79d796
waiver-unknown-id-help = utilisez l'`id` d'un engagement, d'un [[meeting]] ou d'un [[stakeholder]], ou visez plutôt un `file`
# en-hash: 395cbba9
waiver-label-unknown-id = id inconnu
# en-hash: 48be7ce7
waiver-commit-not-c211 = le `commit` d'une dérogation désigne une modification relevée par C211 unrecorded-change, pas un constat de { $code }
# en-hash: a2276e5c
waiver-commit-not-c211-help = retirez `commit`, ou faites de C211 la règle de la dérogation
# en-hash: 760a98de
waiver-label-only-c211 = seulement pour C211
# en-hash: 5f794fe2
waiver-unknown-commit = le commit `{ $commit }` de la dérogation n'a modifié aucun des engagements qu'examine C211
# en-hash: 98da2cec
waiver-unknown-commit-help = copiez l'id du commit depuis le constat C211 (`ogp check` l'indique), ou supprimez la dérogation
# en-hash: 3b599058
waiver-label-no-such-edit = aucune modification de ce nom
# en-hash: 3f6e019b
waiver-ambiguous-commit = le commit `{ $commit }` de la dérogation est le début des ids de { $n } commits
# en-hash: 569dcb58
waiver-ambiguous-commit-help = donnez plus de caractères de l'id du commit, pour qu'il en désigne un seul
# en-hash: 751829c8
waiver-label-ambiguous = ambigu
# en-hash: b1d46dee
waiver-not-waivable = { $code } ne peut pas faire l'objet d'une dérogation ; il rend compte des dérogations elles-mêmes
# en-hash: d6fbfbd7
waiver-not-waivable-help = supprimez ou renouvelez plutôt la dérogation qu'il concerne
# en-hash: ac4dca23
waiver-label-not-waivable = sans dérogation possible
# en-hash: 9f9e22de
waiver-unknown-rule = la règle `{ $rule }` de la dérogation n'est pas une règle d'ogp
# glossary-exempt: milestone: milestone-overdue is a rule's name and stays in English
# en-hash: 38d554bb
waiver-unknown-rule-help = utilisez un code comme C208 ou un nom comme milestone-overdue ; `ogp rules` les liste
# en-hash: df8ae427
waiver-label-unknown-rule = règle inconnue
# en-hash: 968f5eac
waiver-no-reason = une dérogation a besoin d'un `reason` : pourquoi l'exception est justifiée et qui l'a acceptée
# en-hash: 0c6e91a1
waiver-label-empty-reason = motif vide
# en-hash: 5cf28504
waiver-open-without-until = cette dérogation de { $code } { $name } n'a pas de `until`, mais { $n ->
    [one] un constat qu'elle couvre peut encore être corrigé, si bien qu'il continue de compter
   *[other] { $n } constats qu'elle couvre peuvent encore être corrigés, si bien qu'ils continuent de compter
}
# en-hash: 64a71efc
waiver-open-without-until-help = une dérogation sans `until` ne prend acte que des constats sur le passé qu'aucun enregistrement ne peut changer (les constats clos) ; corrigez le constat, ou donnez à la dérogation une date `until`
# en-hash: fbeea90d
waiver-label-needs-until = `until` nécessaire

## S009
# en-hash: 85870115
s009-expired = la dérogation de { $code } { $name } a expiré le { $until } ; { $n ->
    [0] elle ne couvre plus rien, supprimez-la
    [one] le constat qu'elle couvrait compte de nouveau
   *[other] les { $n } constats qu'elle couvrait comptent de nouveau
}
# en-hash: 8290e850
s009-label-expired = expirée
# en-hash: 83ca5b75
s009-label-waiver = dérogation de cette règle

## S010
# en-hash: db303460
s010-message = la dérogation de { $code } { $name } ne couvre aucun constat
# en-hash: a8986b01
s010-label-nothing = rien à couvrir
# en-hash: 14f09fb4
s010-label-until = en vigueur jusqu'ici
