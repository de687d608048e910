### Constats sur les engagements, la structure des registres et le suivi.

## Famille C : les engagements d'un plan.
# en-hash: 3396511e
c201-draft-over-cap = le projet de plan compte { $n } engagements ; { $kind ->
    [joint] un plan d'action conjoint
   *[single] une juridiction seule
} peut en avoir { $limit } à la fois
# en-hash: 38867385
c201-label-one-too-many = l'engagement n° { $n } dépasse le plafond
# en-hash: 7fb206af
c201-over-cap = { $n } engagements occupent une place le { $day } ; { $kind ->
    [joint] un plan d'action conjoint
   *[single] une juridiction seule
} peut en avoir { $limit }
# en-hash: 05e3c02a
c201-over-cap-help = un engagement libère sa place une fois achevé et son évaluation de fin d'engagement enregistrée, ou lorsqu'il est retiré ; ajoutez les nouveaux engagements après cela
# en-hash: 59f4a889
c201-label-takes-slot = l'engagement { $id } occupe la place { $n }
# en-hash: 2f159299
c201-label-submitted-with-plan = déposé ici avec le plan
# en-hash: a8aa2863
c202-submitted-with-fewer = le plan a été déposé le { $day } avec { $n ->
    [one] { $n } engagement
   *[other] { $n } engagements
} ; il doit commencer avec cinq
# en-hash: 21c76cf6
c202-draft-with-fewer = le projet de plan compte { $n ->
    [one] { $n } engagement
   *[other] { $n } engagements
} ; il doit être déposé avec cinq
# en-hash: c0df03da
c202-label-submitted-here = déposé ici
# en-hash: e25d6ae4
c202-label-this-plan = ce plan
# en-hash: 293cb0e4
c203-starts-before-plan = l'engagement { $id } commence le { $start }, avant le début de son plan, le { $plan_start }
# en-hash: 6b70f41e
c203-starts-before-plan-help = faites commencer l'engagement le { $plan_start } ou après
# en-hash: 378a5c73
c203-ends-after-plan = l'engagement { $id } se termine le { $end }, après la fin de son plan, le { $plan_end }
# glossary-exempt: plan: ici « plan » est le verbe anglais (prévoir), pas le plan d'action
# en-hash: 31655399
c203-ends-after-plan-help = prévoyez la pleine mise en œuvre de l'engagement au plus tard le { $plan_end }
# en-hash: 091e703e
c203-label-before-plan = avant le plan
# en-hash: a75a1ec5
c203-label-plan-starts-here = le plan commence ici
# en-hash: 9f9319b8
c203-label-after-plan = après le plan
# en-hash: f13bfdeb
c203-label-plan-ends-here = le plan se termine ici
# en-hash: 06ff0695
c203-milestone-before-start = le jalon « { $title } » de l'engagement { $id } est prévu le { $due }, avant le début de l'engagement, le { $start }
# en-hash: 0e339f00
c203-milestone-before-start-help = fixez l'échéance du jalon le { $start } ou après, ou faites commencer l'engagement plus tôt (dans les limites du plan)
# en-hash: dbdb0967
c203-milestone-after-plan = le jalon « { $title } » de l'engagement { $id } est prévu le { $due }, après la fin de son plan, le { $plan_end }
# en-hash: c3c2d206
c203-milestone-after-plan-help = fixez l'échéance du jalon le { $plan_end } ou avant : l'engagement est pleinement mis en œuvre pendant le plan
# en-hash: 39e7e0d9
c203-label-before-commitment-starts = avant le début de l'engagement
# en-hash: 84457ee9
c203-label-commitment-starts-here = l'engagement commence ici
# en-hash: 9725f58d
c204-no-lead = l'engagement { $id } ne désigne aucun organisme chef de file de la mise en œuvre
# en-hash: 56438372
c204-no-lead-help = ajoutez lead = "<id de la partie prenante>" pour l'organisme responsable
# en-hash: 5e3e555e
c204-label-no-lead = aucun chef de file
# en-hash: d66b13c9
c204-no-dated-milestone = l'engagement { $id } n'a aucun jalon avec une échéance
# en-hash: 2332f987
c204-no-dated-milestone-help = ajoutez [[milestone]] avec title et due, pour que l'avancement puisse être mesuré
# en-hash: ae7f6c71
c204-label-no-dated-milestone = aucun jalon daté
# en-hash: 12ee54d3
c205-no-co-creation = l'engagement { $id } ({ $when }) ne cite aucune réunion de co-création tenue à cette date avec un participant non gouvernemental
# en-hash: e33327da
c205-when-added = ajouté le { $day }
# en-hash: 43503a16
c205-when-submitted = déposé le { $day }
# en-hash: 6b1365fe
c205-when-draft = dans le projet
# en-hash: 7df9d696
c205-label-no-qualifying-meeting = aucune réunion valable ici
# en-hash: 6b746fc3
c205-label-no-co-created-in = pas de co_created_in
# en-hash: 600c3f3a
c206-after-window = l'engagement { $id } a été { $what ->
    [withdrawn] retiré
   *[changed] modifié
} le { $day }, plus de six mois après son dépôt le { $entered } (la période de modification a pris fin le { $closed })
# en-hash: 834cc129
c206-label-after-window = après la période de modification
# en-hash: dc484dde
c206-label-submitted-here = déposé ici
# en-hash: 66960676
c207-withdrawn-without-change = l'engagement { $id } est retiré le { $day } sans aucun [[change]] daté de ce jour ou des 30 jours précédents ; le retrait ne libère aucune place
# en-hash: dc98bd34
c207-withdrawn-without-change-help = enregistrez le retrait comme un [[change]] avec sa date, summary, approved_by et communicated
# en-hash: 08f71c7d
c207-label-withdrawn-without-change = retiré sans modification enregistrée
# en-hash: 42021b7f
c207-no-approval = la modification du { $day } de l'engagement { $id } n'enregistre aucune approbation
# en-hash: ada97d5a
c207-approved-by-others = la modification du { $day } de l'engagement { $id } est approuvée par { $approvers }, mais aucune de ces parties n'est une partie prenante non gouvernementale ayant participé à la co-création
# en-hash: 6ac7ca1a
c207-approval-help = indiquez dans approved_by les parties prenantes non gouvernementales des réunions de co-création qui ont approuvé la modification
# en-hash: dd02c783
c207-label-not-approved = non approuvée par une partie prenante non gouvernementale de la co-création
# en-hash: 0a9dfab9
c207-communicated-late = la modification du { $day } de l'engagement { $id } a été communiquée à l'équipe d'OGP Local le { $told }, après le mois qui l'a suivie (au plus tard le { $by })
# en-hash: d9b533c7
c207-communicated-late-help = rien à corriger maintenant ; informez l'équipe d'OGP Local de la prochaine modification dans le mois
# en-hash: 90853aff
c207-label-communicated-late = communiquée en retard
# en-hash: 01c8ee8f
c207-label-changed-here = modifié ici
# en-hash: 1da61b9d
c207-not-communicated = la modification du { $day } de l'engagement { $id } n'a pas été communiquée à l'équipe d'OGP Local (à faire au plus tard le { $by })
# en-hash: b29b1d7f
c207-not-communicated-help = informez l'équipe d'OGP Local et inscrivez la date dans `communicated`
# en-hash: b65e518f
c207-label-not-communicated = non communiquée
# en-hash: 1241ad84
c208-overdue = le jalon « { $title } » de l'engagement { $id } était prévu le { $due } et n'est pas réalisé
# en-hash: 08126723
c208-help-window-open = inscrivez `done` à la date où il a été réalisé, ou convenez d'une nouvelle échéance par une modification approuvée (possible jusqu'au { $close })
# en-hash: b755a3c3
c208-help-window-closed = inscrivez `done` à la date où il a été réalisé ; la période de modification a pris fin le { $close }, le jalon reste donc prévu comme planifié et le suivi peut expliquer son retard
# en-hash: 20f6b979
c208-help = inscrivez `done` à la date où il a été réalisé, ou convenez d'une nouvelle échéance par une modification approuvée
# en-hash: 7bb3d7a5
c208-label-overdue = en retard
# en-hash: 53e640d2
c209-no-value = l'engagement { $id } ne cite aucune des valeurs transparency, participation, accountability
# en-hash: ab76acbc
c209-label-no-ogp-value = aucune valeur d'OGP
# en-hash: 8f6b302d
c209-label-no-values = aucune valeur
# en-hash: e4343def
c210-not-ended = l'engagement { $id } devait se terminer le { $due } et n'est ni achevé ni retiré au { $as_of }
# en-hash: 4f729063
c210-label-end-passed = fin prévue dépassée

## Famille M : l'organe de suivi, les évaluations et le suivi trimestriel.
# en-hash: d25acc25
m301-no-body = le plan ne désigne aucun organe de suivi
# en-hash: db9e5a64
m301-no-body-help = ajoutez [monitoring_body] avec name, stakeholder et endorsed_by
# en-hash: 914b9da4
m301-label-this-plan = ce plan
# en-hash: 1134c213
m301-no-stakeholder = l'organe de suivi n'a pas d'id `stakeholder` : personne ne peut donc savoir s'il est indépendant
# en-hash: 41b3352a
m301-no-stakeholder-help = ajoutez l'organe à [[stakeholder]] dans jurisdiction.toml et indiquez stakeholder = "<son id>"
# en-hash: 5c7bf2b1
m301-label-no-stakeholder = pas d'id de partie prenante
# en-hash: 2d53d73d
m301-government = l'organe de suivi `{ $id }` est une partie prenante gouvernementale ; il doit être indépendant
# en-hash: 4f1d7a5e
m301-government-help = choisissez un organe indépendant, comme une université ou un institut de recherche
# en-hash: 81dccc23
m301-label-government = secteur gouvernemental
# en-hash: a99024a0
m301-endorsed-later = l'organe de suivi n'est approuvé qu'à partir du { $day }
# en-hash: 572f640b
m301-no-endorser = aucune partie prenante non gouvernementale n'approuve l'organe de suivi
# en-hash: 39c5f8d9
m301-no-ngs-endorser = aucune des parties qui approuvent l'organe de suivi n'est une partie prenante non gouvernementale
# en-hash: 9399cfe5
m301-endorses-itself = l'organe de suivi s'approuve lui-même ; il doit être approuvé par les parties prenantes non gouvernementales qui participent au processus
# en-hash: cd5ab73c
m301-endorsers-absent = aucune des parties qui approuvent l'organe de suivi ({ $endorsers }) n'a assisté à une réunion du plan ; il doit être approuvé par des parties prenantes non gouvernementales qui participent au processus
# en-hash: f12692f4
m301-endorsement-help = indiquez dans endorsed_by les parties prenantes non gouvernementales qui ont approuvé l'organe de suivi
# en-hash: 734d6e3c
m301-label-not-endorsed = non approuvé par une partie prenante non gouvernementale

## Ce qui est dû pour M302, M303 et M304 : le $what des deux messages plus bas. Chaque texte
## commence par « l' » : m-due-late l'emploie après « de ».
# en-hash: 2876657f
m302-what = l'évaluation initiale
# en-hash: 18a3c413
m302-help = inscrivez [assessments] inception = <date> quand l'organe de suivi la remet
# en-hash: ba4c7f04
m303-what = l'évaluation de fin d'engagement de { $id }
# en-hash: 7dbabed6
m303-help = inscrivez assessed = <date> dans l'engagement quand l'organe de suivi la remet
# en-hash: ac334636
m304-what = l'exercice d'apprentissage final
# en-hash: 3cdbc0b6
m304-help = inscrivez [assessments] final_learning = <date> quand il est remis
# en-hash: b2c80e50
m-due-late = la remise de { $what } date du { $on }, après l'échéance du { $due }
# en-hash: 13cc8aa9
m-due-late-help = rien à corriger maintenant : c'est enregistré
# en-hash: 7cfc4be5
m-due-missing = l'échéance pour { $what } était le { $due } et rien n'est enregistré au { $as_of }
# en-hash: 0a4f8dfe
m-still-missing = reste à enregistrer : { $what } (échéance : { $due })
# en-hash: 7ba4c3ff
m-label-late = en retard
# en-hash: 53f703e9
m-label-due = { $what } : échéance le { $due }
# en-hash: 68441125
m305-late = la mise à jour du suivi de { $quarter } a été enregistrée le { $on }, après l'échéance du { $due }
# en-hash: bee19270
m305-late-help = rien à corriger maintenant ; enregistrez la mise à jour du prochain trimestre dans le mois qui suit sa fin
# en-hash: fbc9298d
m305-missing = aucune mise à jour du suivi pour { $quarter } (le trimestre s'est terminé le { $ended } ; l'échéance de la mise à jour était le { $due })
# en-hash: 8140592a
m305-missing-help = mettez à jour le suivi en ligne et ajoutez [[update]] quarter = "{ $quarter }" à tracker.toml
# en-hash: 2cd65f02
m305-label-last-update = la dernière mise à jour avant celle-ci est celle de { $quarter }
# en-hash: 6399325a
m305-label-implementation-started = la mise en œuvre a commencé ici

## Famille S : les valeurs et les références des registres. Les clés, tables et noms de
## fichiers (`members`, [[term]], jurisdiction.toml) s'écrivent tels quels dans les fichiers.
# en-hash: 82c11756
s002-joint-too-few-members = un plan d'action conjoint a besoin d'au moins deux membres ; { $n ->
    [one] { $n } indiqué
   *[other] { $n } indiqués
}
# en-hash: 7ced06e3
s002-label-too-few-members = moins de deux membres
# en-hash: 60352740
s002-joint-no-members = un plan d'action conjoint a besoin de `members`, les juridictions qui y participent
# en-hash: f7e59935
s002-label-joint = conjoint
# en-hash: 8e605f2f
s002-joint-no-members-help = ajoutez members = ["...", "..."] avec les juridictions du plan conjoint
# en-hash: 77f8c17e
s002-several-ids = `{ $value }` n'est pas un seul id : un engagement a un id, et chaque engagement son propre fichier
# en-hash: f057b7d7
s002-label-several-ids = plus d'un id
# en-hash: bb387919
s002-several-ids-help = gardez un seul id ici, comme dans id = "{ $first }", et écrivez l'autre engagement dans son propre fichier dans commitments/
# en-hash: f8c6e5f6
s002-empty = `{ $key }` est vide ; il est obligatoire
# en-hash: c5dda8bd
s002-label-empty = vide
# en-hash: 76992bd6
s002-empty-help = écrivez la valeur de { $key } entre les guillemets
# en-hash: 13c8bd80
s002-no-point-of-contact = aucun [point_of_contact] n'est enregistré ; il faut un `name` et un `email`
# en-hash: c1bf6282
s002-label-this-jurisdiction = cette juridiction
# en-hash: d1ba2d83
s002-no-point-of-contact-help = ajoutez [point_of_contact] avec name, email et office de la personne qui coordonne la participation du membre
# en-hash: 78296402
s002-incomplete-point-of-contact = le [point_of_contact] n'a pas de { $missing ->
    [name] `name`
    [email] `email`
   *[both] `name` ni d'`email`
}
# en-hash: c5ccacfc
s002-label-incomplete-point-of-contact = point de contact incomplet
# en-hash: 396fffa8
s002-incomplete-point-of-contact-help = indiquez le nom et l'adresse électronique du point de contact, pour que les partenaires et l'Unité de soutien puissent le joindre
# en-hash: 55d61582
s002-no-term = aucun mandat de gouvernement n'est enregistré ; une juridiction avec des élections a besoin du start et du end de son [[term]]
# en-hash: 489a8a07
s002-no-term-help = ajoutez [[term]] avec start et end de l'administration actuelle, ou indiquez elections = false
# en-hash: 0e1a31ba
s002-extension-no-until = un événement de prolongation a besoin de `until`, la nouvelle échéance
# en-hash: 0458c192
s002-label-extension-no-until = prolongation sans until
# en-hash: d06b2bde
s002-extension-no-until-help = ajoutez until = AAAA-MM-JJ, l'échéance accordée par l'Unité de soutien
# en-hash: c1361952
s002-not-a-quarter = `{ $value }` n'est pas un trimestre ; écrivez l'année et le trimestre ainsi : 2026-Q3
# en-hash: f4a04254
s002-no-such-quarter = `{ $value }` n'a pas de trimestre Q{ $q } ; une année a les trimestres Q1 à Q4
# en-hash: b408d575
s002-label-not-a-quarter = pas un trimestre
# en-hash: e8c8f13d
s002-quarter-fix-help = écrivez quarter = "{ $quarter }" ; `ogp check --fix` fait cette modification pour vous
# en-hash: a3000218
s002-progress-range = l'avancement de { $id } est de { $value } % ; un pourcentage est compris entre 0 et 100
# en-hash: 4254bdb7
s002-label-progress-range = hors de 0..=100

# en-hash: cd86b731
s004-unknown-stakeholder = { $role ->
    [monitoring-body] l'organe de suivi
    [monitoring-body-endorser] la partie qui approuve l'organe de suivi
    [endorser] la partie qui approuve le plan
    [attendee] le participant
    [lead] le chef de file
   *[approver] la partie qui approuve
} `{ $id }` n'est pas une partie prenante définie dans jurisdiction.toml
# en-hash: 50c46089
s004-unknown-stakeholder-hint = vouliez-vous dire `{ $hint }` ? Sinon, ajoutez un [[stakeholder]] avec cet id
# en-hash: 63351f25
s004-unknown-stakeholder-help = ajoutez un [[stakeholder]] avec cet id dans jurisdiction.toml, ou corrigez l'id
# en-hash: 6fca9916
s004-label-unknown-stakeholder = partie prenante inconnue
# en-hash: ef0b2738
s004-name-for-id-help = `{ $name }` est le nom de la partie prenante `{ $id }` ; les autres fichiers désignent une partie prenante par son id : écrivez `{ $id }` (`ogp check --fix` fait cette modification pour vous)
# en-hash: 1dbd97ff
s004-unknown-meeting = la réunion `{ $id }` n'est pas dans le meetings.toml de ce plan
# en-hash: 51d3d35b
s004-unknown-meeting-hint = vouliez-vous dire `{ $hint }` ? Sinon, ajoutez la réunion ([[meeting]]) à meetings.toml
# en-hash: b826da1e
s004-unknown-meeting-help = ajoutez la réunion ([[meeting]]) à plans/<id-du-plan>/meetings.toml, ou corrigez l'id
# en-hash: 6eb82156
s004-label-unknown-meeting = réunion inconnue
# en-hash: 45e4e749
s004-unknown-commitment = l'engagement `{ $id }` n'est pas un engagement de ce plan
# en-hash: 4d543a46
s004-did-you-mean = vouliez-vous dire `{ $hint }` ?
# en-hash: c3bd9536
s004-unknown-commitment-help = utilisez l'`id` de l'un des engagements du dossier commitments/ de ce plan
# en-hash: b458cdea
s004-label-unknown-commitment = engagement inconnu
# en-hash: 7c3b3656
s004-recased-help = écrivez `{ $id }`, tel qu'il est défini ; `ogp check --fix` fait cette modification pour vous
# en-hash: d24f2254
s004-unknown-member = le membre `{ $id }` du mandat n'est pas l'un des `members` du plan conjoint
# en-hash: 6be8e3ea
s004-unknown-member-hint = vouliez-vous dire `{ $hint }` ? `member` désigne l'un des `members`
# en-hash: bf85e6c4
s004-unknown-member-help = indiquez l'un des `members` ({ $members }), ou supprimez `member` pour le mandat du gouvernement chef de file
# en-hash: d4386736
s004-member-not-joint-help = `member` sert aux mandats des membres d'un plan conjoint (kind = "joint" avec `members`) ; supprimez-le pour une juridiction seule
# en-hash: 74ac79f4
s004-label-unknown-member = membre inconnu

# en-hash: 6ea629c6
s005-defined-twice = { $what ->
    [stakeholder] il y a deux parties prenantes avec l'id `{ $id }`
    [commitment] il y a deux engagements avec l'id `{ $id }`
    [meeting] il y a deux réunions avec l'id `{ $id }`
   *[tracker-quarter] il y a deux mises à jour du suivi pour le trimestre `{ $id }`
}
# en-hash: 2f679f74
s005-defined-twice-help = donnez à chacun son propre id, ou fusionnez les deux entrées
# en-hash: a0d82b8d
s005-label-defined-again = id défini de nouveau ici
# en-hash: a36e1789
s005-label-first-defined = id défini une première fois ici

# en-hash: 9e8b2171
s006-ends-before-start = { $what } se termine le { $end }, avant de commencer le { $start }
# en-hash: 3129364e
s006-what-plan = le plan
# en-hash: b1aa59fa
s006-what-strategy = la stratégie à moyen terme
# en-hash: 6fe44eb4
s006-what-commitment = l'engagement { $id }
# en-hash: d7725d64
s006-what-term = le mandat
# en-hash: 31134448
s006-what-extension = la prolongation
# en-hash: 623a0b70
s006-what-inactivity = l'inactivité volontaire
# en-hash: 9c6490ba
s006-label-ends-here = se termine ici
# en-hash: 0d9ec0a6
s006-label-starts-here = commence ici
# en-hash: 06eb25da
s006-inception-before-submission = l'évaluation initiale est datée du { $day }, avant le dépôt du plan le { $submitted }
# en-hash: 72715f62
s006-label-assessed-here = évalué ici
# en-hash: b206da1c
s006-label-submitted-here = déposé ici
# en-hash: 07173380
s006-final-learning-before-end = l'exercice d'apprentissage final est daté du { $day }, avant la fin du plan le { $end }
# en-hash: f0e62296
s006-label-dated-here = daté ici
# en-hash: a6cf745a
s006-label-plan-ends-here = le plan se termine ici
# en-hash: 89e9746f
s006-update-before-submission = la mise à jour du suivi de { $quarter } est datée du { $day }, avant le dépôt du plan le { $submitted } ; elle ne compte pas comme mise à jour
# en-hash: 4d7642d2
s006-update-before-submission-help = corrigez la date de la mise à jour, ou supprimez-la : le suivi est mis à jour une fois le plan déposé
# en-hash: f810abeb
s006-label-before-submission = avant le dépôt
# en-hash: 516d0cba
s006-before-entry = l'engagement { $id } est { $what ->
    [withdrawn] retiré
   *[changed] modifié
} le { $day }, avant son entrée dans le plan le { $entered }
# en-hash: 44e6b3ac
s006-before-entry-help = corrigez la date : un engagement ne peut être modifié ou retiré qu'une fois qu'il fait partie du plan déposé
# en-hash: 9bc6b64d
s006-label-before-entry = avant l'entrée de l'engagement dans le plan
# en-hash: 20caa4ea
s006-label-added-here = ajouté ici
# en-hash: b51f5252
s006-label-this-commitment = cet engagement
# en-hash: 1673361f
s006-assessed-before-completed = l'engagement { $id } est évalué le { $assessed }, avant d'être achevé le { $completed }
# en-hash: 30024d58
s006-label-completed-here = achevé ici
# en-hash: 89965bd9
s006-completed-before-start = l'engagement { $id } est achevé le { $completed }, avant de commencer le { $start }
# en-hash: f150c4d4
s006-updates-without-submission = le suivi enregistre { $n ->
    [one] { $n } mise à jour
   *[other] { $n } mises à jour
} pour le plan { $plan }, qui n'enregistre aucun dépôt ; tant que `submitted` n'est pas enregistré dans plan.toml, aucune mise à jour ne compte
# en-hash: 51630e44
s006-updates-without-submission-help = si le plan a été déposé, inscrivez `submitted = <date>` dans plan.toml ; un plan encore en co-création n'a pas encore de mises à jour du suivi
# en-hash: e272a302
s006-label-no-submission = aucun dépôt enregistré
# en-hash: 6728b63f
s006-label-plan-no-submitted = ce plan n'enregistre pas `submitted`

# en-hash: 3c545823
s008-future = { $what ->
    [submission] le dépôt
    [endorsement] l'approbation
    [monitoring-body-endorsement] l'approbation de l'organe de suivi
    [inception] l'évaluation initiale
    [final-learning] l'exercice d'apprentissage final
    [addition] l'ajout
    [completion] l'achèvement
    [assessment] l'évaluation de fin d'engagement
    [withdrawal] le retrait
    [milestone-completion] la réalisation du jalon
    [change] la modification
    [communication] la communication d'une modification
    [meeting] la réunion
    [tracker-update] la mise à jour du suivi
   *[event] l'événement
} porte la date du { $day }, postérieure à aujourd'hui ({ $today }) ; il n'en est pas tenu compte d'ici là
# en-hash: a628e6d7
s008-label-future = dans le futur
