### Documentation des règles (`ogp explain`, `ogp rules`, docs/rules.md, SARIF) : pour
### chaque règle, son résumé, la section du Manuel qu'elle applique, ce qu'elle vérifie,
### pourquoi et comment corriger.

## C201 commitment-cap

# en-hash: 8365c62d
C201-summary = Le nombre d'engagements qui occupent une place au même moment dépasse le plafond (5 pour un plan individuel, 12 pour un plan conjoint).
# en-hash: 4dba04f2
C201-section = Manuel, Plan d'action (cinq au plus, ou douze pour les plans conjoints, à tout moment)
# en-hash: 0f751759
C201-what = Rejoue le plan jour par jour : un engagement initial occupe une place dès la soumission du plan, un engagement ajouté à sa date `added` ; il libère sa place à la plus tardive des dates de son achèvement et de son évaluation de fin d'engagement, à son évaluation si l'organe de suivi l'a évalué inachevé (`assessed` sans `completed`), ou lorsqu'il est retiré par une modification enregistrée (un `[[change]]` daté du jour du retrait ou jusqu'à 30 jours avant ; une simple date `withdrawn` ne libère rien, C207). Signale chaque jour où plus de 5 places (plan individuel) ou de 12 places (plan conjoint) sont occupées. Tant que le plan n'est encore qu'un projet, dépasser le plafond dans le projet donne un avertissement.
# en-hash: ef4e9d7b
C201-why = Un plan d'action peut compter au plus cinq engagements (douze pour un plan conjoint) à tout moment ; un nouvel engagement ne peut y entrer qu'une fois un engagement antérieur entièrement mis en œuvre et évalué.
# en-hash: 86cd51a6
C201-fix = N'ajoutez le nouvel engagement qu'après l'achèvement et l'évaluation d'un engagement antérieur (enregistrez `completed` et `assessed`), ou retirez-en un par une modification approuvée.

## C202 initial-commitments

# en-hash: e12ffeb6
C202-summary = Le plan a été soumis avec moins de cinq engagements.
# en-hash: 00b131ee
C202-section = Manuel, Plan d'action (les cinq premiers engagements)
# en-hash: ce89029b
C202-what = Compte les engagements soumis avec le plan (ceux qui n'ont pas de date `added` postérieure à la soumission) et avertit lorsqu'il y en a moins de cinq.
# en-hash: 588b0a2b
C202-why = Le plan se compose d'une stratégie et de ses cinq premiers engagements ; en soumettre moins laisse des places inutilisées dès le départ.
# en-hash: 203cae4a
C202-fix = Co-créez les engagements initiaux manquants avec les parties prenantes non gouvernementales.

## C203 commitment-outside-plan

# en-hash: 0d38a313
C203-summary = Un engagement commence avant son plan ou se termine après lui, ou l'échéance d'un jalon tombe en dehors de la période de l'engagement.
# en-hash: 30e0e2e4
C203-section = Manuel, Plan d'action (entièrement mis en œuvre pendant la période du plan)
# en-hash: f9102d0d
C203-what = Compare le `start` et le `end` de chaque engagement avec ceux du plan, et le `due` de chaque jalon avec le `start` de l'engagement et le `end` du plan : un jalon dont l'échéance tombe avant le début de son engagement ou après la fin du plan est aussi signalé.
# en-hash: 3cc46567
C203-why = Un engagement doit être entièrement mis en œuvre pendant la période du plan d'action, y compris un engagement ajouté plus tard, dans le temps qui reste.
# en-hash: 483c2a41
C203-fix = Ramenez les dates de l'engagement, et les échéances de ses jalons, à l'intérieur de la période du plan, ou scindez le travail.

## C204 commitment-not-measurable

# en-hash: 8dbcdaa9
C204-summary = Un engagement n'a aucun jalon assorti d'une échéance, ou aucun organisme responsable.
# en-hash: 24240610
C204-section = Manuel, Plan d'action (actions concrètes et mesurables)
# en-hash: 44074496
C204-what = Vérifie que chaque engagement indique son organisme responsable (`lead`) et compte au moins un [[milestone]] avec une date `due`.
# en-hash: 5ce52fe3
C204-why = Les engagements sont des actions concrètes et mesurables ; sans jalon daté ni organisme responsable, leur avancement ne peut pas être suivi.
# en-hash: e31fd72c
C204-fix = Ajoutez `lead` et au moins un [[milestone]] avec `title` et `due`.

## C205 commitment-not-co-created

# en-hash: fd4d6dfe
C205-summary = Aucune réunion de co-création avec un participant non gouvernemental n'est indiquée pour l'engagement.
# en-hash: 62cb3476
C205-section = Manuel, Plan d'action (tous les engagements co-créés)
# en-hash: 46c32ff3
C205-what = Cherche dans `co_created_in` une réunion qui soit une réunion de co-création, à laquelle au moins un participant non gouvernemental a assisté et qui s'est tenue au plus tard le jour où l'engagement est entré dans le plan (la soumission, ou `added`). C'est un avertissement tant que le plan est encore en co-création : les engagements d'un projet peuvent être co-créés lors de réunions encore à venir.
# en-hash: 35ccb2bd
C205-why = Tous les engagements doivent être élaborés en co-création par le gouvernement et les parties prenantes non gouvernementales, y compris ceux qui sont ajoutés plus tard.
# en-hash: d9818085
C205-fix = Indiquez la ou les réunions de co-création où l'engagement a été élaboré : co_created_in = ["m-2026-02-10"].

## C206 change-after-window

# en-hash: 256e0432
C206-summary = Un engagement a été modifié ou retiré plus de six mois après sa soumission.
# en-hash: 13c345b1
C206-section = Manuel, Plan d'action (modifications dans les six mois suivant la soumission)
# en-hash: 53078c5f
C206-what = Compare chaque [[change]] et chaque date `withdrawn` à la date qui tombe six mois calendaires après la soumission de l'engagement (la soumission du plan, ou sa date `added`).
# en-hash: 58806f56
C206-why = Les engagements ne peuvent être modifiés que dans les six mois qui suivent leur soumission.
# en-hash: 570fe2ea
C206-fix = Une fois ce délai passé, les modifications ne sont plus permises : conservez l'engagement tel qu'il a été soumis, ou menez-le à terme et co-créez-en un nouveau.

## C207 change-not-approved

# en-hash: df216f7e
C207-summary = Une modification n'a pas été approuvée par une partie prenante non gouvernementale ayant participé à son élaboration, ou n'a pas été communiquée à l'équipe OGP Local.
# en-hash: cb18669f
C207-section = Manuel, Plan d'action (modifications concertées, approuvées et communiquées)
# en-hash: 4ba6249f
C207-what = Vérifie que chaque [[change]] a un `approved_by` qui nomme une partie prenante non gouvernementale ayant assisté à une réunion de co-création du plan, et une date `communicated`. L'équipe OGP Local doit être informée dans un délai d'un mois calendaire après la modification (pour une modification du 2027-01-31, au plus tard le 2027-02-28) ; `ogp calendar` indique ce jour pour chaque modification d'un plan soumis, dans l'état même que lit cette règle. Une modification pas encore communiquée donne un avertissement jusqu'à ce jour et une erreur ensuite ; communiquée après ce jour, elle donne un avertissement (en retard), signalé pour chaque modification concernée. Un retrait est une modification : une date `withdrawn` sans [[change]] daté de ce jour ou jusqu'à 30 jours avant est signalée, et l'engagement garde sa place ; la modification qui enregistre un retrait doit être communiquée comme toute autre.
# en-hash: 89942df3
C207-why = Les modifications doivent être concertées et approuvées avec les parties prenantes non gouvernementales qui ont participé à la co-création, et les modifications convenues doivent être communiquées à l'équipe OGP Local.
# en-hash: 39f1c2e1
C207-fix = Inscrivez dans `approved_by` l'approbation d'une partie prenante non gouvernementale ayant pris part à la co-création, et informez l'équipe OGP Local dans le mois qui suit la modification, en inscrivant la date dans `communicated`.

## C208 milestone-overdue

# en-hash: cf00ac73
C208-summary = Un jalon a dépassé son échéance sans avoir été réalisé.
# en-hash: 578617d7
C208-section = Manuel, Suivi et évaluation (avancement trimestriel)
# en-hash: 7fa6aefc
C208-what = Signale un jalon dont la date `due` est passée sans date `done`, pour les engagements qui ne sont ni retirés ni évalués inachevés (`assessed` sans `completed`).
# en-hash: ec63463b
C208-why = L'avancement des engagements est suivi chaque trimestre ; un jalon en retard est le premier signe d'un engagement qui ne montrera pas de progrès.
# en-hash: 048d2c78
C208-fix = Enregistrez `done` à la date où il a été réalisé, ou convenez d'une nouvelle date par une modification.

## C209 commitment-values

# en-hash: a2f45a68
C209-summary = Un engagement ne nomme aucune des valeurs d'OGP (transparence, participation, redevabilité).
# en-hash: d17e5f86
C209-section = Déclaration pour un gouvernement ouvert (la déclaration fondatrice d'OGP : transparence, participation civique, redevabilité)
# en-hash: f2f49b51
C209-what = Vérifie que `values` nomme au moins l'une des valeurs `transparency` (transparence), `participation` et `accountability` (redevabilité).
# en-hash: b68cc2f5
C209-why = Les valeurs viennent de la Déclaration pour un gouvernement ouvert, qui a fondé le Partenariat pour un gouvernement ouvert : plus de transparence, de participation civique et de redevabilité. Un engagement de gouvernement ouvert devrait dire laquelle il fait progresser.
# en-hash: 4aae9b29
C209-fix = Indiquez la valeur que l'engagement fait progresser : values = ["transparency"].

## C210 commitment-overdue

# en-hash: f749446b
C210-summary = La fin prévue d'un engagement est passée et il n'est ni achevé ni retiré.
# en-hash: eed4eae6
C210-section = Manuel, Plan d'action (engagements entièrement mis en œuvre) et Suivi et évaluation
# en-hash: f78d100e
C210-what = Signale un engagement dont la date `end` (achèvement prévu) est antérieure à la date de référence, sans date `completed` ni `withdrawn`, sauf si l'organe de suivi l'a évalué inachevé (`assessed` sans `completed`) : son histoire est alors terminée.
# en-hash: 4f9448ec
C210-why = Chaque engagement est évalué par l'organe de suivi une fois entièrement mis en œuvre, et c'est seulement alors que sa place se libère pour un nouvel engagement. Un engagement qui a dépassé sa fin prévue sans être achevé retarde l'un et l'autre, et ses partenaires doivent le savoir.
# en-hash: 5610d013
C210-fix = Enregistrez `completed` s'il a été entièrement mis en œuvre, ou convenez d'une nouvelle fin ou d'un retrait par une modification approuvée.

## C211 unrecorded-change

# en-hash: d0ac796d
C211-summary = Un commit a modifié la substance d'un engagement soumis sans qu'aucun [[change]] soit enregistré dans les 30 jours.
# en-hash: db8dd6c1
C211-section = Manuel, Plan d'action (modifications des engagements : dans les six mois suivant la soumission, approuvées et communiquées)
# en-hash: 10207bab
C211-what = Lit l'historique git du dépôt jusqu'à la date de référence. Pour chaque commit qui modifie la substance d'un engagement soumis — son `title` (au-delà d'une faute de frappe : plus d'un dixième de ses caractères), son `start`, son `end` ou son `lead`, le `title` ou le `due` d'un jalon, un jalon ajouté ou supprimé, ou l'engagement supprimé —, cherche dans cet engagement un `[[change]]` daté à 30 jours au plus du jour où la modification est entrée dans la branche vérifiée. À défaut, signale l'identifiant du commit et ce jour. Une modification faite après la fin du délai de six mois prévu pour les modifications est une erreur ; pendant ce délai, c'est un avertissement (la modification est encore permise, elle doit seulement être enregistrée). Un engagement est suivi par son identifiant au sein de son plan : renommer ou déplacer son fichier, renommer le dossier du plan ou déplacer toute la juridiction conserve son historique, et un identifiant changé dans un fichier qui reste à sa place est un renommage, pas une suppression. L'engagement n'est considéré comme supprimé que tant qu'aucun fichier d'engagement de son plan ne porte son identifiant. Une version dont les valeurs ne peuvent pas être lues (le fichier n'est pas du TOML valide, une date n'est pas une date) est ignorée valeur par valeur : un commit défectueux suivi de sa correction ne constitue donc pas une modification. Les modifications propres à une fusion (merge) comptent (une valeur qui diffère de cette même valeur dans chacun des parents). Une modification est datée par le commit de la lignée des premiers parents de la branche qui l'a introduite (le commit lui-même, ou la fusion), à la plus tardive de ses deux dates, celle de l'auteur et celle du commit. La création du fichier d'un engagement, et toute modification antérieure à l'entrée de l'engagement dans le plan (co-création), ne sont pas des modifications. Une modification datée du jour de la révocation ou d'après ne compte pour rien, comme tout autre enregistrement ; le délai de modification est celui qu'indique `ogp calendar` (celui de l'engagement lui-même s'il a été ajouté plus tard, celui du plan sinon). Un historique illisible (un clone superficiel ou partiel, un objet endommagé, un format de dépôt qu'ogp ne sait pas lire, un dossier hors de git) est signalé une seule fois dans le résumé (« historique non disponible : ... ») et ne fait jamais échouer la vérification.
# en-hash: 232b81bd
C211-why = Un engagement ne peut être amendé que par une modification enregistrée : dans les six mois suivant la soumission, approuvée par les parties prenantes qui l'ont co-créé et communiquée à l'équipe OGP Local. Modifier le fichier sans le dire réécrit le plan qui a été soumis et cache l'amendement au forum et à l'organe de suivi ; l'historique est la preuve du moment où le texte a réellement changé.
# en-hash: a75863e6
C211-fix = Enregistrez l'amendement comme un [[change]] dans le fichier de l'engagement, daté du jour où il a été décidé, avec `approved_by` et `communicated` (voir C206 et C207). Si la modification ne faisait que corriger une erreur dans le fichier (le plan lui-même n'a pas changé), acceptez définitivement cette seule modification par une dérogation ([[waiver]]) de C211 qui nomme son commit, par exemple `rule = "C211"`, `commit = "3f2a9c1"`, `reason = "correction de forme, aucun changement de fond"` (sans `until` ; elle ne couvre aucune autre modification).

## M301 monitoring-body

# en-hash: 3668da85
M301-summary = Aucun organe de suivi indépendant, ou un organe gouvernemental, ou un organe qu'aucune partie prenante non gouvernementale n'a avalisé.
# en-hash: c79571cc
M301-section = Manuel, Suivi et évaluation (l'organe de suivi)
# en-hash: 17a4306f
M301-what = Vérifie que [monitoring_body] existe, avec un identifiant `stakeholder` qui n'appartient pas au secteur gouvernemental, et que `endorsed_by` nomme au moins une partie prenante non gouvernementale, autre que l'organe lui-même, qui a pris part au processus (elle a assisté à une réunion du plan), avec une date `endorsed_on` qui, si elle est indiquée, n'est pas dans le futur. C'est un avertissement tant que le plan est encore en co-création.
# en-hash: 7798e594
M301-why = Chaque membre choisit un organe de suivi indépendant, par exemple un institut de recherche ou une institution universitaire, avalisé par les parties prenantes non gouvernementales locales qui prennent part au processus.
# en-hash: b8e9f065
M301-fix = Choisissez un organe indépendant (université, société civile), enregistrez son identifiant de partie prenante, et indiquez dans `endorsed_by` les parties prenantes non gouvernementales des réunions du plan qui l'ont avalisé.

## M302 inception-assessment

# en-hash: c2752c88
M302-summary = L'évaluation initiale manque deux mois après la soumission, ou elle a été remise en retard.
# en-hash: 6df2e661
M302-section = Manuel, Suivi et évaluation (évaluation initiale)
# en-hash: 3be1d548
M302-what = L'évaluation initiale est due deux mois calendaires après la soumission du plan. Son absence une fois cette date passée est une erreur ; enregistrée après cette date, elle donne un avertissement.
# en-hash: 55a40672
M302-why = L'organe de suivi évalue le processus de co-création et la conception des premiers engagements deux mois après la soumission du plan.
# en-hash: e24a82b4
M302-fix = Enregistrez la date à laquelle l'organe de suivi l'a remise : [assessments] inception = AAAA-MM-JJ.

## M303 end-of-commitment-assessment

# en-hash: a3aa4663
M303-summary = Un engagement achevé n'a pas d'évaluation de fin d'engagement un mois après, ou elle a été remise en retard.
# en-hash: 459852b2
M303-section = Manuel, Suivi et évaluation (évaluation de fin d'engagement)
# en-hash: d73d66b9
M303-what = Pour chaque engagement achevé, l'évaluation de fin d'engagement est due un mois calendaire après `completed`. Son absence une fois cette date passée est une erreur ; enregistrée après cette date, elle donne un avertissement.
# en-hash: 628525dd
M303-why = L'organe de suivi apprécie les résultats de chaque engagement un mois après sa mise en œuvre complète ; c'est seulement alors qu'un nouvel engagement peut prendre sa place.
# en-hash: e2a19500
M303-fix = Enregistrez la date de l'évaluation dans l'engagement : assessed = AAAA-MM-JJ.

## M304 final-learning-exercise

# en-hash: d5fa1c1e
M304-summary = L'exercice d'apprentissage final manque deux mois après la fin du plan, ou il a été remis en retard.
# en-hash: f90b5dd0
M304-section = Manuel, Suivi et évaluation (exercice d'apprentissage final)
# en-hash: d491bc37
M304-what = Pour un plan soumis, l'exercice d'apprentissage final est dû deux mois calendaires après la date `end` du plan. Son absence une fois cette date passée est une erreur ; enregistré après cette date, il donne un avertissement. Un plan jamais soumis n'a jamais été mis en œuvre et n'a pas d'exercice d'apprentissage final : aucun constat, et aucune entrée dans le calendrier, la chronologie ou la note pour la réunion. Après une révocation, plus rien n'est dû.
# en-hash: ed85c04a
M304-why = À la fin du plan, l'organe de suivi conduit une réflexion sur son processus et ses résultats, remise deux mois après la fin.
# en-hash: fa1d1cf4
M304-fix = Enregistrez sa date : [assessments] final_learning = AAAA-MM-JJ.

## M305 tracker-update-missing

# en-hash: 52b8835b
M305-summary = Un trimestre de suivi n'a pas de mise à jour un mois après sa fin, ou la mise à jour a été faite en retard.
# en-hash: e50ecc29
M305-section = Manuel, Suivi et évaluation (suivi en ligne trimestriel)
# en-hash: be2827ee
M305-what = Pour chaque trimestre de suivi du membre (un trimestre civil qui compte au moins 30 jours de mise en œuvre de l'un de ses plans ; la mise en œuvre va de la plus tardive des dates `submitted` et `start` du plan jusqu'à sa date `end`), la mise à jour est due un mois calendaire après le dernier jour du trimestre. Le membre a un seul outil de suivi en ligne : une mise à jour du trimestre dans le tracker.toml de n'importe quel plan soumis, datée du jour de la soumission de ce plan ou d'après, y satisfait, et un trimestre commun à deux plans n'est signalé qu'une fois, dans le plus récent des deux. Son absence une fois le jour limite passé est une erreur ; enregistrée après, elle donne un avertissement (en retard). Un trimestre dont au moins la moitié des jours a été passée en inactivité volontaire est excusé.
# en-hash: f6f34277
M305-why = Le point de contact rend compte chaque trimestre de l'avancement des engagements dans l'outil de suivi en ligne ; un mois de grâce laisse le temps de recueillir les informations. Deux trimestres consécutifs au point mort rendent le membre inactif.
# en-hash: 2c11c0d5
M305-fix = Mettez à jour l'outil de suivi en ligne et enregistrez-le : [[update]] quarter = "2026-Q3", date, progress.

## P101 plan-outlasts-term

# en-hash: 428e9f86
P101-summary = Le plan se termine plus tard que ne le permet le mandat du gouvernement (au mois près, y compris au-delà de l'élection quand la même administration est réélue).
# en-hash: a50aebbe
P101-section = Manuel, Plan d'action (période alignée sur le mandat)
# en-hash: 08a638fe
P101-what = Pour une juridiction avec élections, trouve le [[term]] qui contient le début du plan et vérifie la fin du plan par mois calendaire : le plan peut se terminer n'importe quel jour du deuxième mois précédant le mois où le mandat prend fin, ou plus tôt (un mandat qui se termine le 9 décembre permet un plan qui se termine le 31 octobre ; un mandat qui se termine le 1er d'un mois compte comme se terminant le mois précédent, si bien qu'un mandat qui se termine le 2030-01-01 permet le 2029-10-31). Le mandat suivant (par date de début) prolonge la période couverte lorsque les deux nomment la même `administration` (un gouvernement réélu garde son plan) ; des mandats sans `administration` ne sont jamais réunis. Un plan qui se termine plus tard que la période ne le permet, alors qu'aucun mandat ultérieur n'est enregistré et que le dernier mandat de la période nomme son administration, donne un avertissement jusqu'à la fin de ce mandat (le plan ne tient que si l'administration est réélue), puis une erreur dès le lendemain, sauf si un mandat ultérieur de la même administration est enregistré. Un plan dont le début ne tombe dans aucun mandat enregistré est aussi signalé. Plans conjoints : les mandats du gouvernement chef de file (ceux sans `member` ou, lorsque chaque mandat en nomme un, ceux du premier de `members`) donnent des erreurs ; les mandats propres d'un autre membre donnent des avertissements. `ogp calendar` indique la même date de fin au plus tard.
# en-hash: 5461cc5c
P101-why = Le Manuel aligne le plan d'action sur l'administration en place : il doit se terminer au moins deux mois avant la fin du mandat du gouvernement en exercice, afin que les engagements pris soient ceux que ce gouvernement peut tenir et que l'exercice d'apprentissage final ait lieu pendant qu'il est encore en fonctions. OGP exprime les périodes des plans en mois, et une administration réélue poursuit son plan au-delà de l'élection.
# en-hash: 3a96eb87
P101-fix = Terminez le plan au plus tard à la date indiquée dans le message, ou enregistrez le mandat qui contient le début du plan. Si la même administration a été réélue, nommez-la avec `administration` dans les deux mandats (et enregistrez le nouveau mandat dès qu'il est connu).

## P102 plan-before-joining

# en-hash: 921397f5
P102-summary = Un plan commence avant l'adhésion du membre à OGP Local.
# en-hash: 52e771cf
P102-section = Manuel, Plan d'action (la période commence à l'adhésion de la juridiction)
# en-hash: 7a127fe3
P102-what = Compare le `start` de chaque plan avec `joined` dans jurisdiction.toml.
# en-hash: fd565672
P102-why = La période du plan d'action commence lorsque la juridiction adhère à OGP Local ; un plan ne peut pas commencer avant l'adhésion.
# en-hash: b5b47e16
P102-fix = Faites commencer le plan à la date d'adhésion ou après, ou corrigez `joined`.

## P103 plan-length

# en-hash: 41d9a082
P103-summary = Sans élections, le plan ne correspond pas à la stratégie à moyen terme et ne dure pas d'un à quatre ans.
# en-hash: 430d47d2
P103-section = Manuel, Plan d'action (juridictions sans élections)
# en-hash: 4094afef
P103-what = Pour une juridiction avec `elections = false`, accepte un plan qui correspond à `medium_term_strategy` (il commence à la plus tardive des deux dates, celle de l'adhésion et celle du début de la stratégie, de sorte qu'un membre ayant adhéré en cours de stratégie peut s'y aligner, et se termine à la fin de la stratégie), ou un plan qui dure d'un à quatre ans : du début + 1 an - 1 jour au début + 4 ans - 1 jour, bornes comprises, l'ajout d'années conservant le mois et le jour (le 29 février devient le 28 février), si bien qu'un plan du 2027-02-28 au 2028-02-27 dure un an.
# en-hash: d8e83955
P103-why = En l'absence d'élections, le Manuel permet au plan de suivre la stratégie à moyen terme du gouvernement ou une période choisie d'un à quatre ans.
# en-hash: 48676d4d
P103-fix = Faites durer le plan d'un à quatre ans, ou donnez à `medium_term_strategy` la période de la stratégie et alignez le plan sur elle.

## P104 plan-language

# en-hash: c69d6e03
P104-summary = Le plan n'est pas en anglais et aucune version anglaise n'est indiquée.
# en-hash: d44ed819
P104-section = Manuel, Plan d'action (soumis en anglais)
# en-hash: 04b3a373
P104-what = Vérifie que `language` est l'anglais ("en", "en-GB", "English"...) ou que `english_version` renvoie à une version anglaise. C'est un avertissement tant que le plan est encore en co-création.
# en-hash: 75654dd0
P104-why = Les plans sont soumis à l'Unité de soutien en anglais afin que, par-delà les frontières, chacun puisse apprendre des réformes des autres.
# en-hash: c31bae39
P104-fix = Ajoutez `english_version` avec un lien vers la traduction anglaise, ou soumettez le plan en anglais.

## P105 strategy-incomplete

# en-hash: ca7f5845
P105-summary = La stratégie locale de gouvernement ouvert n'a pas de vision, de principes, d'objectifs ou de mécanismes de participation.
# en-hash: 1bbd972b
P105-section = Manuel, Plan d'action (stratégie locale de gouvernement ouvert)
# en-hash: 140ce053
P105-what = Vérifie que [strategy] a des champs `vision`, `principles`, `objectives` et `engagement` non vides. C'est un avertissement tant que le plan est encore en co-création.
# en-hash: 886199da
P105-why = Le plan s'ouvre sur un résumé de la stratégie : la vision et les principes à long terme, les objectifs de la période, et la manière dont les parties prenantes non gouvernementales seront associées.
# en-hash: 6648594d
P105-fix = Complétez les parties manquantes de [strategy].

## P106 first-plan-late

# en-hash: 81d8660a
P106-summary = Le premier plan n'a pas été soumis avant l'échéance fixée par l'Unité de soutien (prolongations comprises).
# en-hash: eb06d9e3
P106-section = Manuel, Inactivité (premier plan des nouveaux membres)
# glossary-exempt: status: `ogp status` est le nom d'une commande
# en-hash: d05a5749
P106-what = Prend `submission_deadline` dans jurisdiction.toml, reportée au plus tardif des `until` des événements `extension` enregistrés au plus tard à la date de référence et décalée d'autant de jours que le membre en a passé en inactivité volontaire, puis vérifie la date `submitted` du premier plan. Seule une échéance encore à venir au début d'une pause est décalée ; une échéance déjà manquée le reste. Son absence après l'échéance est une erreur ; une soumission après l'échéance donne un avertissement (en retard). Après une révocation, le constat est clos : plus rien de ce qui est enregistré à partir de ce jour ne compte. `ogp status` retient la même date.
# en-hash: 1820b48e
P106-why = Un nouveau membre qui ne soumet pas son premier plan avant l'échéance fixée par l'Unité de soutien, sans prolongation accordée, devient inactif.
# en-hash: 83df8499
P106-fix = Soumettez le plan et enregistrez `submitted`, ou enregistrez la prolongation accordée par l'Unité de soutien comme un [[event]] avec kind = "extension" et `until`.

## P107 next-plan-late

# en-hash: c0222f83
P107-summary = Un plan s'est terminé et le suivant n'a pas été soumis dans les quatre mois.
# en-hash: 5abb14fa
P107-section = Manuel, Plan d'action (quatre mois entre deux plans) et Inactivité
# en-hash: 75d7c800
P107-what = Pour chaque plan soumis qui est terminé, vérifie qu'un plan ultérieur a été soumis dans les quatre mois calendaires suivant sa fin, délai décalé d'autant de jours que le membre en a passé entre-temps en inactivité volontaire (seulement tant que l'échéance était encore à venir). Son absence après l'échéance est une erreur ; une soumission en retard donne un avertissement. Après une révocation, le constat est clos : plus rien de ce qui est enregistré à partir de ce jour ne compte. Les prolongations accordées par l'Unité de soutien ne s'appliquent qu'au premier plan d'un nouveau membre (P106), pas ici.
# en-hash: efb61e28
P107-why = Les membres disposent de quatre mois au plus entre la fin d'un plan et la soumission du suivant ; au-delà, ils deviennent inactifs.
# en-hash: 4e80fc67
P107-fix = Co-créez et soumettez le plan suivant : ajoutez plans/<id-du-plan-suivant>/plan.toml avec sa date `submitted`.

## P108 no-submission-deadline

# en-hash: 3094d9f6
P108-summary = Le premier plan n'est pas soumis et aucune échéance de soumission n'est enregistrée.
# en-hash: 1e492fdb
P108-section = Manuel, Inactivité et action contraire au processus (échéance des nouveaux membres)
# en-hash: e0e91c8e
P108-what = Signale une juridiction dont le premier plan n'est pas soumis à la date de référence alors que jurisdiction.toml n'indique aucune échéance de soumission (`submission_deadline`).
# en-hash: 07d9b03e
P108-why = Un nouveau membre devient inactif lorsqu'il manque l'échéance que l'Unité de soutien a fixée pour son premier plan. Sans cette date dans les fichiers, ni le membre ni ses partenaires ne peuvent savoir quand cela arrive, et aucune vérification ne peut prévenir à temps.
# en-hash: 16d54b01
P108-fix = Enregistrez l'échéance fixée par l'Unité de soutien : submission_deadline = AAAA-MM-JJ.

## P109 term-not-recorded

# en-hash: 42c6581d
P109-summary = Avec élections, la date est postérieure à la fin du dernier mandat de gouvernement enregistré.
# en-hash: 3fd0c566
P109-section = Manuel, Plan d'action (période alignée sur le mandat)
# en-hash: a4859cd7
P109-what = Pour une juridiction avec élections, signale que la date de référence est postérieure à la fin de tous les [[term]] enregistrés d'un gouvernement : ceux du gouvernement chef de file et, dans un plan conjoint, les mandats propres de chaque membre (`member`) s'il en a.
# en-hash: 340ef701
P109-why = La période du plan est liée à l'administration en place. Une fois le dernier mandat enregistré terminé, la limite de fin du prochain plan ne peut pas être calculée tant que le mandat de la nouvelle administration n'est pas enregistré.
# en-hash: 5e730734
P109-fix = Ajoutez le [[term]] de la nouvelle administration avec son début et sa fin.

## R401 no-forum

# en-hash: c0a9d845
R401-summary = Aucun espace de participation (forum) n'est enregistré.
# en-hash: 6f372a28
R401-section = Manuel, Exigences minimales 1 (Forum)
# en-hash: b59933fc
R401-what = Vérifie que jurisdiction.toml a un [forum] avec un nom. Un forum établi après la date de référence n'existe pas encore : c'est un avertissement tant que le premier plan est en co-création, une erreur dès qu'un plan est soumis.
# en-hash: 8e2d64e9
R401-why = Le gouvernement local, avec les parties prenantes non gouvernementales, doit disposer d'un espace de participation pour élaborer et réviser le plan d'action.
# en-hash: f3fb0503
R401-fix = Enregistrez le forum : [forum] name = "...", established = AAAA-MM-JJ, description = "...".

## R402 no-co-creation-meeting

# en-hash: c71a1763
R402-summary = Aucune réunion de co-création avec un participant non gouvernemental avant la soumission du plan.
# en-hash: ceb36101
R402-section = Manuel, Exigences minimales 2 (Régularité)
# en-hash: bac2d5bb
R402-what = Pour chaque plan soumis, cherche une réunion de co-création du plan qui associe des parties prenantes non gouvernementales : `purpose = "co-creation"`, au moins un participant non gouvernemental, tenue pendant la phase de co-création du plan (à partir de la date d'adhésion pour le premier plan, à partir de la soumission du plan précédent pour les autres, de sorte qu'un membre peut co-créer son prochain plan tout en mettant en œuvre le plan en cours) et au plus tard le jour de la soumission de ce plan.
# en-hash: 92350e8d
R402-why = Au moins une réunion avec la société civile et les parties prenantes non gouvernementales doit se tenir pendant la co-création du plan d'action.
# en-hash: b5c560e9
R402-fix = Enregistrez la ou les réunions de co-création, avec leurs participants non gouvernementaux, dans meetings.toml.

## R403 implementation-meetings

# en-hash: 163e7107
R403-summary = Une année de mise en œuvre s'est close avec moins de réunions avec des parties prenantes non gouvernementales qu'il n'en faut.
# en-hash: 07ab9a2a
R403-section = Manuel, Exigences minimales 2 (Régularité)
# en-hash: fd9df915
R403-what = Découpe la mise en œuvre en années de 12 mois à partir de son début (la dernière étant écourtée par la fin du plan) et, pour chaque année close, compte les réunions du plan tenues pendant cette année auxquelles au moins une partie prenante non gouvernementale a assisté, quel que soit leur `purpose` (une réunion du forum qui co-crée un nouvel engagement est aussi une réunion sur la mise en œuvre du plan) : il en faut deux ; une dernière année écourtée de trois à six mois en demande une, et une année de moins de trois mois aucune. Une année dont au moins la moitié des jours a été passée en inactivité volontaire est excusée.
# en-hash: 9311945b
R403-why = Deux réunions par an sur la mise en œuvre du plan d'action doivent se tenir avec la société civile et les parties prenantes non gouvernementales.
# en-hash: 2966dcbe
R403-fix = Tenez les réunions de mise en œuvre avec les parties prenantes non gouvernementales et enregistrez leurs participants ; à partir de maintenant, planifiez-en deux par an.

## R404 not-multi-stakeholder

# en-hash: 4b0fae41
R404-summary = Aucune réunion de co-création n'a réuni à la fois des participants gouvernementaux et non gouvernementaux.
# en-hash: c4516fa0
R404-section = Manuel, Exigences minimales 3 (Multipartite)
# en-hash: 6739484f
R404-what = Pour chaque plan soumis, cherche une réunion de co-création du plan, tenue pendant sa phase de co-création et au plus tard à sa soumission, à laquelle ont assisté au moins une partie prenante gouvernementale et au moins une partie prenante non gouvernementale.
# en-hash: 31212d4c
R404-why = L'espace de co-création doit inclure à la fois des représentants gouvernementaux et non gouvernementaux.
# en-hash: 842d79a3
R404-fix = Enregistrez les participants gouvernementaux et non gouvernementaux des réunions de co-création (identifiants des parties prenantes avec leurs secteurs).

## R405 endorsement

# en-hash: 9fae2afa
R405-summary = Le plan n'a pas été avalisé par des parties prenantes non gouvernementales avant sa soumission.
# en-hash: 9079fbf4
R405-section = Manuel, Exigences minimales 4 (Aval)
# en-hash: 406d254a
R405-what = Vérifie que [endorsement] existe avec un `by` non vide, qu'aucun de ceux qui l'ont avalisé n'est une partie prenante gouvernementale, et qu'il est daté au plus tard du jour de la soumission. C'est un avertissement tant que le plan est encore en co-création.
# en-hash: a5b94250
R405-why = Les parties prenantes non gouvernementales doivent avaliser le plan d'action final, et le gouvernement soumet la liste de leurs noms avec le plan.
# en-hash: e8ec340e
R405-fix = Avant la soumission, enregistrez les parties prenantes non gouvernementales qui ont avalisé le plan final, et la date à laquelle elles l'ont fait.

## S001 toml-syntax

# en-hash: 40396d58
S001-summary = Un fichier n'est pas du TOML valide ou n'est pas un texte lisible.
# en-hash: 1c6beae6
S001-section = Format : le dépôt du plan (docs/format.md)
# en-hash: bbf98287
S001-what = Signale chaque faute de syntaxe d'un fichier (pas seulement la première), chacune à sa ligne et à sa colonne, avec ce qu'il faut écrire à la place, en termes simples : `C1 = 60` pour `C1 = 60%`, `quarter = "2027-Q3"` pour un trimestre sans guillemets, une liste ou un en-tête non fermé, `[point_of_contact]` pour `[point of contact]`, une virgule après une valeur, une date écrite en toutes lettres (`December 15, 2027`), un délimiteur de bloc de code Markdown collé avec le TOML. Signale aussi un fichier qui ne peut pas être lu comme du texte UTF-8. Comme avertissements : ce qu'ogp lit mais que les outils TOML des éditeurs rejettent (une marque d'ordre d'octets, une virgule avant le `{"}"}` d'une table `{"{"} {"}"}`, une table `{"{"} {"}"}` sur plusieurs lignes).
# en-hash: 41d973a9
S001-why = Rien dans un fichier illisible ne peut être vérifié : toutes les autres règles sont aveugles à son contenu. Les exigences du Manuel ne peuvent être démontrées qu'à partir de données lisibles.
# en-hash: 918aa930
S001-fix = Corrigez le TOML à l'endroit indiqué : fermez les chaînes et les crochets, écrivez une seule paire clé = valeur par ligne, et enregistrez le fichier en UTF-8.

## S002 invalid-value

# en-hash: b5523c4e
S002-summary = Une clé obligatoire manque, ou une valeur n'a pas le bon type ou sort des limites permises.
# en-hash: 2a2bfac1
S002-section = Format : le dépôt du plan (docs/format.md)
# en-hash: 0d818b15
S002-what = Signale une clé obligatoire manquante, un texte obligatoire laissé vide (`country = ""`, le `name` du membre, le `title` d'un plan), une valeur du mauvais type, une date impossible ou une date avec heure là où une date est attendue, une date dont l'année est antérieure à 1990 ou postérieure à 2100 (une faute de frappe comme 2207 pour 2027), une valeur absente de sa liste (`sector`, `purpose`, `kind`), un trimestre qui n'est pas de la forme AAAA-Q1..Q4, un pourcentage hors de l'intervalle 0 à 100, un `id` d'engagement qui contient deux identifiants (`"C3, C4"`), un plan conjoint avec moins de deux membres, une juridiction avec élections mais sans mandat de gouvernement, et un [point_of_contact] manquant (ou sans `name` ou sans `email`). Une valeur illisible n'est pas considérée comme absente : lorsque le statut d'adhésion en dépend, `ogp status` affiche le statut « inconnu » jusqu'à sa correction.
# en-hash: 420847f1
S002-why = Les échéances sont calculées à partir de ces valeurs ; une valeur erronée fausserait toutes les règles qui en dépendent. Une juridiction avec élections a besoin de ses mandats, car le Manuel lie la période du plan au mandat du gouvernement (Plan d'action).
# en-hash: 502a6e6f
S002-fix = Écrivez la valeur que la clé attend : des dates sans guillemets comme 2026-05-15, des trimestres comme 2026-Q3, des pourcentages entiers de 0 à 100 ; le dossier schema/ décrit toutes les clés.

## S003 unknown-key

# en-hash: 0299f4fd
S003-summary = Une clé que le format des fichiers ne connaît pas (probablement une faute de frappe).
# en-hash: 64cffe5c
S003-section = Format : le dépôt du plan (docs/format.md)
# en-hash: f13e319d
S003-what = Signale chaque clé qui ne fait pas partie du format des fichiers, avec la clé probablement voulue : d'après le sens (dans un jalon, `deadline` est son échéance `due`, `finished` sa réalisation `done`) ou d'après l'orthographe (`submited`). Pour une clé contenant une date qui ne correspond à rien, le message indique les dates que sa table enregistre.
# en-hash: a10dfaa7
S003-why = Une clé mal orthographiée est ignorée sans bruit par un lecteur tolérant : un fait enregistré (une soumission, une évaluation) serait perdu et une échéance semblerait manquée.
# en-hash: 1c64111c
S003-fix = Renommez la clé comme suggéré ; s'il ne s'agit que d'une note, mettez # au début de la ligne pour la garder comme commentaire.

## S004 unknown-reference

# en-hash: f1968331
S004-summary = Un identifiant renvoie à une partie prenante, une réunion ou un engagement qui n'est pas défini.
# en-hash: 6bef8ab6
S004-section = Format : identifiants référencés d'un fichier à l'autre (docs/format.md)
# en-hash: 24aa8c5b
S004-what = Vérifie, par rapport aux définitions, chaque identifiant de partie prenante (organisme responsable, organe de suivi, parties prenantes qui avalisent, participants, approbateurs), chaque identifiant de réunion dans `co_created_in`, chaque identifiant d'engagement dans le suivi et le `member` de chaque mandat (l'un des `members` d'un plan conjoint).
# en-hash: 741e9092
S004-why = Qui a avalisé le plan et qui a assisté à la co-création décident des exigences minimales 2 à 4 du Manuel ; un identifiant qui ne renvoie à rien ne peut compter pour personne.
# en-hash: 5149cc6b
S004-fix = Corrigez l'identifiant, ou ajoutez le [[stakeholder]] manquant dans jurisdiction.toml (ou la réunion, ou l'engagement).

## S005 duplicate-id

# en-hash: 2e44d4b9
S005-summary = Un identifiant est défini deux fois là où il doit être unique.
# en-hash: ffbdabc3
S005-section = Format : identifiants référencés d'un fichier à l'autre (docs/format.md)
# en-hash: d8175aa2
S005-what = Signale un identifiant de partie prenante défini deux fois dans jurisdiction.toml, un identifiant de réunion défini deux fois dans le meetings.toml d'un plan, un identifiant d'engagement défini deux fois dans un plan, et un trimestre de suivi déclaré deux fois.
# en-hash: c7aac726
S005-why = Les références doivent être sans ambiguïté, sinon une règle pourrait compter la mauvaise réunion, le mauvais engagement ou la mauvaise mise à jour.
# en-hash: 6cd5e605
S005-fix = Donnez à chacun son propre identifiant, ou fusionnez les deux entrées.

## S006 date-order

# en-hash: 47c49534
S006-summary = Dates dans le désordre : un intervalle se termine avant de commencer, ou un fait précède ce qu'il doit suivre (un achèvement, une évaluation, une modification, une mise à jour du suivi).
# en-hash: 5e886995
S006-section = Format : le dépôt du plan (docs/format.md)
# en-hash: 48edbaa2
S006-what = Vérifie que le plan, chaque mandat, chaque engagement, la période de la stratégie à moyen terme et une prolongation se terminent le jour de leur début ou après, qu'un engagement n'est pas achevé avant de commencer, qu'aucune évaluation ne précède ce qu'elle évalue (`assessed` avant `completed`, `inception` avant `submitted`, `final_learning` avant la fin du plan), qu'aucun [[change]] ni `withdrawn` n'est daté d'avant l'entrée de l'engagement dans le plan (la soumission de son plan, ou `added`), et qu'aucune mise à jour du suivi d'un plan soumis n'est datée d'avant la soumission du plan (une telle mise à jour ne compte pas). `assessed` sans `completed` est permis : l'organe de suivi a évalué un engagement inachevé. Un suivi qui enregistre des mises à jour pour un plan sans aucune date `submitted` reçoit un seul avertissement : les mises à jour ne comptent pour rien tant que la soumission n'est pas enregistrée.
# en-hash: bcc5cc49
S006-why = Toutes les échéances du Manuel se comptent à partir de ces dates ; un intervalle inversé est toujours une erreur de saisie.
# en-hash: eda98ed1
S006-fix = Corrigez les dates pour que chacune suive ce dont elle dépend : une fin le jour du début ou après, un achèvement après le début, une évaluation après ce qu'elle évalue, une modification ou une mise à jour du suivi le jour de la soumission ou après.

## S007 missing-file

# en-hash: 95137bf4
S007-summary = Un dossier de plan sans plan.toml, ou un chemin qui ne contient aucun dépôt de plan.
# en-hash: 7e3fae20
S007-section = Format : le dépôt du plan (docs/format.md)
# en-hash: 9574762d
S007-what = Signale un dossier sous plans/ qui n'a pas de plan.toml, un fichier obligatoire manquant, et un chemin donné à ogp sous lequel ne se trouve aucun jurisdiction.toml.
# en-hash: 265962ca
S007-why = Un plan d'action est le cœur de l'adhésion (Manuel : Plan d'action) ; un dossier sans son fichier de plan ne peut pas être vérifié du tout.
# en-hash: 670fd272
S007-fix = Ajoutez le fichier manquant (ogp init montre une structure complète), ou indiquez à ogp le dossier qui contient jurisdiction.toml.

## S008 future-fact

# en-hash: 1fc44384
S008-summary = Un fait est daté d'après aujourd'hui.
# en-hash: 66275d12
S008-section = Format : dates et heures (docs/format.md)
# en-hash: 2949dc9f
S008-what = Sans --as-of, signale un fait (soumission, achèvement, évaluation, réunion, mise à jour du suivi, aval, modification, événement) daté d'après aujourd'hui. Le fait est ignoré jusqu'à sa date. Avec --as-of, la date est une reconstitution, et les faits postérieurs ne sont tout simplement pas encore connus.
# en-hash: d21f2acb
S008-why = Un fait enregistre quelque chose qui s'est produit ; une date future est généralement une faute de frappe dans l'année ou un plan écrit à l'avance, et elle masquerait sinon une échéance manquée.
# en-hash: 32fb3d48
S008-fix = Corrigez la date, ou retirez le fait jusqu'à ce qu'il se soit produit.

## S009 waiver-expired

# en-hash: 8c1537d0
S009-summary = La date `until` d'une dérogation est passée ; les constats qu'elle couvrait comptent de nouveau.
# en-hash: 524ff130
S009-section = Format : dérogations dans jurisdiction.toml (docs/format.md, docs/ci.md)
# en-hash: 24bd2c67
S009-what = Signale un `[[waiver]]` de jurisdiction.toml dont la date `until` est antérieure à la date de référence. La dérogation ne s'applique plus : les constats qu'elle couvrait sont de nouveau signalés avec leur propre gravité.
# en-hash: 15d35098
S009-why = Une dérogation est une exception convenue pour un temps limité (une prolongation en cours de négociation, un jalon replanifié). La laisser expirer sans bruit cacherait un problème pour toujours ou prendrait l'équipe au dépourvu le jour où elle expire ; l'expiration est une échéance comme une autre.
# en-hash: 1eccc94d
S009-fix = Corrigez ce que couvrait la dérogation et supprimez-la, ou convenez d'une nouvelle exception et fixez une date `until` plus tardive avec une `reason` mise à jour.

## S010 waiver-unused

# en-hash: 49beb8aa
S010-summary = Une dérogation ne couvre aucun constat.
# en-hash: 40648db2
S010-section = Format : dérogations dans jurisdiction.toml (docs/format.md, docs/ci.md)
# en-hash: c89221ef
S010-what = Signale un `[[waiver]]` de jurisdiction.toml encore en vigueur qui ne correspond à aucun constat de sa règle et de sa cible.
# en-hash: f055f44e
S010-why = Une dérogation qui ne couvre rien est périmée (le problème a été corrigé) ou mal ciblée (une faute de frappe dans le fichier ou l'identifiant) ; dans les deux cas, elle couvrirait sans bruit un futur constat que personne n'a accepté de mettre sous dérogation.
# en-hash: 798ae75c
S010-fix = Supprimez la dérogation, ou corrigez son `rule`, son `file` ou son `id` pour qu'elle couvre le constat voulu.

## S011 duplicate-name

# en-hash: 2fbcd048
S011-summary = Deux juridictions vérifiées ensemble portent le même nom.
# en-hash: dafb3b53
S011-section = Format : un dépôt de plan par membre (docs/format.md)
# en-hash: e2a7719d
S011-what = Quand une même vérification porte sur plusieurs juridictions, signale chaque juridiction dont le `name` dans jurisdiction.toml est aussi celui d'une autre juridiction de la vérification. Le message nomme jusqu'à trois des autres par leur dossier et compte le reste.
# en-hash: e83e5fce
S011-why = Chaque membre est une juridiction avec son propre plan et son propre statut ; dans la vue d'ensemble du registre, un calendrier ou un tableau des statuts, deux membres portant le même nom ne peuvent pas être distingués, et une échéance pourrait être prise pour celle de l'autre.
# en-hash: 0fb0f4bd
S011-fix = Donnez à chaque juridiction le nom sous lequel on la connaît, rendu distinct si nécessaire, par exemple "Springfield (Oregon)".

## S012 unread-file

# en-hash: b0585f9d
S012-summary = Un fichier ou un dossier qui ressemble à un fichier de plan n'est pas lu : son nom ou son emplacement n'est pas de ceux que le format lit.
# en-hash: 5d29bfaa
S012-section = Format : le dépôt du plan (docs/format.md)
# en-hash: 65348d07
S012-what = Examine tout le contenu du dossier d'une juridiction et nomme ce qui ressemble à un fichier de plan mais n'est pas lu, avec le nom qu'il devrait probablement porter : tout fichier `*.toml` (quelle que soit la casse) situé hors des emplacements que le format lit ; un fichier nommé comme l'un des fichiers du format, sans tenir compte de la casse ni d'une extension `.txt` ou absente (`meeting.toml`, `Tracker.toml`, `plan.toml.txt`) ; un dossier nommé comme `plans` ou `commitments` là où ce dossier doit se trouver (`Plans/`, `commitment/`) ; un fichier de commitments/ qui se termine par `.txt` ou `.tml`, sans extension ou avec `.TOML` en majuscules ; un engagement enregistré à côté de plan.toml. C'est une erreur lorsque le fichier tient la place d'un fichier du format qui manque (`meeting.toml` dans un dossier de plan sans meetings.toml, un engagement qui ne se trouve dans aucun fichier de commitments/) : les verdicts qui ont besoin du fichier manquant ne sont pas rendus et le statut d'adhésion reste « inconnu » jusqu'à ce qu'il soit renommé. Sous un dossier qui regroupe de nombreuses juridictions, un dossier dont le `jurisdiction.toml` est mal nommé (`Jurisdiction.toml`) est aussi une erreur : ce membre serait sinon laissé hors de la vérification. Ne dit rien des README, LICENSE, docs/, fichiers et dossiers cachés (.github/, .git/), comptes rendus en PDF ou Word, images, CSV et de tout ce qui ne ressemble pas à un fichier de plan, ni de ce que nomme la liste `ignore` de jurisdiction.toml.
# en-hash: 8d03dc18
S012-why = Un vérificateur qui saute un fichier mal nommé rend son verdict sans lui : un `meeting.toml` lu comme « aucune réunion » dirait que le membre a manqué aux exigences minimales et que son adhésion est révoquée, alors que les réunions ont eu lieu et ont été enregistrées. Un enregistrement présent sous un mauvais nom est illisible, non absent, et ogp le dit au lieu de rendre un verdict qu'il ne peut pas étayer.
# en-hash: 0a9636c4
S012-fix = Renommez le fichier ou le dossier avec le nom que lit ogp (le constat indique la commande), ou, pour un fichier laissé là volontairement, inscrivez-le dans `ignore` dans jurisdiction.toml : `ignore = ["notes.toml", "site/**"]` (motifs relatifs au dossier de la juridiction).

## S013 placeholder

# en-hash: 5c9b3574
S013-summary = Une valeur contient encore un texte provisoire : ce qu'a écrit `ogp init`, une adresse d'exemple ou le mot `TODO`.
# en-hash: f193b007
S013-section = Format : le dépôt du plan (docs/format.md)
# glossary-exempt: point of contact: "Point of contact (replace with a name)" est le texte exact qu'écrit ogp init
# en-hash: 9b11a7fc
S013-what = Signale une valeur texte qui est encore exactement l'un des textes provisoires qu'écrit `ogp init` ("Point of contact (replace with a name)", "point-of-contact@example.org"...), une adresse électronique ou un lien sur example.org, example.com ou example.net, ou un texte contenant le mot `TODO` en majuscules, isolé. Les valeurs qu'`ogp init` remplit pour de bon (`language = "en"`, un mandat qui commence le jour de l'adhésion) ne sont pas des textes provisoires, pas plus que les adresses d'autres domaines (une adresse en `.example` convient). Un texte obligatoire vide relève de S002, pas de S013.
# en-hash: f5987bbc
S013-why = Un plan qui nomme encore "Point of contact (replace with a name)" ou écrit à nobody@example.org paraît terminé à un vérificateur et inachevé à tous les autres : l'équipe OGP Local, le forum et l'organe de suivi ont besoin des vrais noms et d'un moyen de joindre le point de contact.
# en-hash: 40de3b23
S013-fix = Écrivez la vraie valeur à la place du texte provisoire : le nom du membre, la véritable adresse du point de contact, la véritable description du forum.

## T501 inactive

# en-hash: d0aff65c
T501-summary = Le membre est inactif à la date de référence (et non volontairement).
# en-hash: 2fb5f82d
T501-section = Manuel, Inactivité et action contraire au processus
# en-hash: 449c927b
T501-what = Rejoue le statut d'adhésion à partir des enregistrements et signale lorsque le membre est inactif (`inactive`) à la date de référence : le premier plan ou le plan suivant n'a pas été soumis à temps ; deux trimestres de suivi consécutifs du membre sont restés au point mort (aucune mise à jour à la date limite du second, un mois après sa fin, ou une mise à jour sans aucun progrès alors qu'un engagement était en cours), les trimestres de tous ses plans étant comptés ensemble, si bien que le dernier trimestre d'un plan et le premier du suivant forment une paire ; ou un plan dû après un rétablissement n'a pas été soumis. Un membre rétabli sur preuve alors qu'un plan dont l'échéance est passée n'est toujours pas soumis doit soumettre ce plan dans les quatre mois qui suivent la preuve ; s'il manque ce jour, il redevient inactif, et seule la soumission de ce plan le rétablit alors. Un déclencheur qui survient pendant que le membre est inactif volontairement prend effet à la fin de la pause, s'il tient toujours. Les mises à jour du suivi ne comptent que si elles sont datées du jour de la soumission de leur plan ou d'après. Désigne l'enregistrement qui a déclenché l'inactivité. Aucun constat T n'est donné tant que le statut est « inconnu » parce qu'un enregistrement est illisible (un fichier qui n'est pas du TOML valide, une valeur erronée, une clé mal orthographiée dont le statut a besoin, un [[event]] sans `kind`) : les constats S disent quoi corriger.
# en-hash: 4b2d0fc3
T501-why = Un membre qui manque son échéance de soumission, ou dont le suivi en ligne ne montre aucune mise à jour ou aucun progrès pendant deux trimestres consécutifs, est déclaré inactif ; six mois plus tard, il est placé en période probatoire.
# en-hash: 0b4cf2fb
T501-fix = Montrez une activité : tenez une réunion de co-création à laquelle assiste une partie prenante non gouvernementale, soumettez le plan, ou enregistrez une mise à jour du suivi qui montre un progrès. Un événement `resumed` ne met pas fin à ce statut : il ne met fin qu'à l'inactivité volontaire. `ogp status` indique ce qui rétablit le statut actif et quand commence la période probatoire.

## T502 probation

# en-hash: b69ccbd2
T502-summary = Le membre est en période probatoire à la date de référence.
# en-hash: 2779fc0f
T502-section = Manuel, Inactivité et action contraire au processus (période probatoire)
# en-hash: 5b69790f
T502-what = Signale le statut de période probatoire (`probation`) à la date de référence : six mois consécutifs d'inactivité (le jour qui tombe six mois après le début de l'inactivité ; une preuve datée de ce jour arrive trop tard), une inactivité volontaire toujours en cours après son jour limite de reprise (le `until` de l'événement, ou six mois moins un jour), un plan soumis sans réunion de co-création à laquelle ont assisté des parties prenantes non gouvernementales, ou une année de mise en œuvre close sans aucune réunion à laquelle elles ont assisté.
# en-hash: 49fb9314
T502-why = Ne pas reprendre l'activité après six mois d'inactivité, ou ne pas démontrer la participation des parties prenantes non gouvernementales, constitue une action contraire au processus ; l'adhésion est révoquée quatre mois plus tard si les exigences ne sont pas remplies.
# glossary-exempt: status: `ogp status` est le nom d'une commande
# en-hash: 32043c70
T502-fix = Remplissez l'exigence avant la date de révocation qu'indique `ogp status` : si c'est la participation qui manque, tenez une réunion à laquelle assistent des parties prenantes non gouvernementales ; sinon, montrez une activité (réunion de co-création, soumission, progrès dans le suivi).

## T503 revoked

# en-hash: b09f49c4
T503-summary = L'adhésion est révoquée à la date de référence.
# en-hash: cae699fa
T503-section = Manuel, Inactivité et action contraire au processus (révocation)
# en-hash: a9f16813
T503-what = Signale le statut révoqué (`revoked`) : la période probatoire n'a pas pris fin dans les quatre mois (le jour qui tombe quatre mois après son début ; une preuve datée de ce jour arrive trop tard). La révocation est définitive : les enregistrements datés du jour de la révocation ou d'après (une prolongation, un événement, une soumission, toute preuve) ne changent rien, ni au statut, ni aux autres règles, ni au calendrier ; aucune échéance postérieure n'est due.
# en-hash: ac34a857
T503-why = Si, après quatre mois de période probatoire, le membre n'a pas rempli les exigences, son adhésion est révoquée.
# en-hash: 446846b8
T503-fix = Rien dans les fichiers du plan ne rétablit une adhésion révoquée ; adressez-vous à l'Unité de soutien d'OGP pour adhérer de nouveau.

## T504 voluntary-inactive

# en-hash: f91178eb
T504-summary = Le membre est inactif volontairement à la date de référence.
# en-hash: 0f2b0afb
T504-section = Manuel, Inactivité et action contraire au processus (inactivité volontaire)
# en-hash: b2495944
T504-what = Signale le statut inactif volontairement (`voluntary-inactive`) : un événement `voluntary-inactive` enregistré alors que le membre était actif, sans événement `resumed` ni activité depuis. Une pause arrête les compteurs sans les remettre à zéro : les échéances de soumission du premier plan et du plan suivant encore à venir au début de la pause sont décalées d'autant de jours que dure la pause, un trimestre de suivi ou une année de mise en œuvre au moins à moitié en pause est excusé, et un déclencheur qui survient pendant la pause prend effet le premier jour qui la suit s'il tient toujours ; les jalons, les évaluations, le délai de modification et les dates propres du plan gardent leurs dates. Le membre doit reprendre au plus tard à la date `until` de l'événement (la période convenue avec l'Unité de soutien) ou, à défaut, six mois moins un jour après l'événement ; le lendemain, il est en période probatoire. Un événement enregistré pendant l'inactivité ou la période probatoire ne change rien : c'est l'Unité de soutien, et non le membre, qui en décide.
# en-hash: 2c77e032
T504-why = Les membres peuvent demander à être placés en inactivité volontaire après des événements imprévisibles, sans préjudice pour leur adhésion ; c'est un rappel, pas une infraction.
# en-hash: c75e52f1
T504-fix = Lorsque les activités reprennent, et au plus tard le jour limite de reprise qu'indique `ogp calendar`, enregistrez [[event]] kind = "resumed" avec sa date.
