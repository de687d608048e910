### Apontamentos sobre os compromissos, a estrutura dos registros e o monitoramento.

## Família C: os compromissos de um plano.
# en-hash: 3396511e
c201-draft-over-cap = o rascunho do plano tem { $n } compromissos; { $kind ->
    [joint] um plano de ação conjunto
   *[single] uma única jurisdição
} pode ter { $limit } ao mesmo tempo
# en-hash: 38867385
c201-label-one-too-many = o compromisso nº { $n } excede o limite
# en-hash: 7fb206af
c201-over-cap = { $n } compromissos ocupam vagas em { $day }; { $kind ->
    [joint] um plano de ação conjunto
   *[single] uma única jurisdição
} pode ter { $limit }
# en-hash: 05e3c02a
c201-over-cap-help = um compromisso libera sua vaga quando é concluído e sua avaliação de fim de compromisso é registrada, ou quando é retirado; adicione novos compromissos depois disso
# en-hash: 59f4a889
c201-label-takes-slot = o compromisso { $id } ocupa a vaga { $n }
# en-hash: 2f159299
c201-label-submitted-with-plan = enviado aqui com o plano
# en-hash: a8aa2863
c202-submitted-with-fewer = o plano foi enviado em { $day } com { $n ->
    [0] nenhum compromisso
    [one] { $n } compromisso
   *[other] { $n } compromissos
}; ele deve começar com cinco
# en-hash: 21c76cf6
c202-draft-with-fewer = o rascunho do plano tem { $n ->
    [0] nenhum compromisso
    [one] { $n } compromisso
   *[other] { $n } compromissos
}; ele deve ser enviado com cinco
# en-hash: c0df03da
c202-label-submitted-here = enviado aqui
# en-hash: e25d6ae4
c202-label-this-plan = este plano
# en-hash: 293cb0e4
c203-starts-before-plan = o compromisso { $id } começa em { $start }, antes do início do seu plano, em { $plan_start }
# en-hash: 6b70f41e
c203-starts-before-plan-help = faça o compromisso começar em { $plan_start } ou depois
# en-hash: 378a5c73
c203-ends-after-plan = o compromisso { $id } termina em { $end }, depois do fim do seu plano, em { $plan_end }
# glossary-exempt: plan: aqui "plan" é o verbo inglês (planejar), não o plano de ação
# en-hash: 31655399
c203-ends-after-plan-help = programe o compromisso para estar totalmente implementado até { $plan_end }
# en-hash: 091e703e
c203-label-before-plan = antes do plano
# en-hash: a75a1ec5
c203-label-plan-starts-here = o plano começa aqui
# en-hash: 9f9319b8
c203-label-after-plan = depois do plano
# en-hash: f13bfdeb
c203-label-plan-ends-here = o plano termina aqui
# en-hash: 06ff0695
c203-milestone-before-start = o marco "{ $title }" do compromisso { $id } vence em { $due }, antes do início do compromisso, em { $start }
# en-hash: 0e339f00
c203-milestone-before-start-help = defina o vencimento do marco em { $start } ou depois, ou faça o compromisso começar antes (dentro do plano)
# en-hash: dbdb0967
c203-milestone-after-plan = o marco "{ $title }" do compromisso { $id } vence em { $due }, depois do fim do seu plano, em { $plan_end }
# en-hash: c3c2d206
c203-milestone-after-plan-help = defina o vencimento do marco em { $plan_end } ou antes: o compromisso é totalmente implementado dentro do plano
# en-hash: 39e7e0d9
c203-label-before-commitment-starts = antes do início do compromisso
# en-hash: 84457ee9
c203-label-commitment-starts-here = o compromisso começa aqui
# en-hash: 9725f58d
c204-no-lead = o compromisso { $id } não indica o órgão responsável pela implementação
# en-hash: 56438372
c204-no-lead-help = adicione lead = "<id da parte interessada>" com o órgão responsável
# en-hash: 5e3e555e
c204-label-no-lead = sem órgão responsável
# en-hash: d66b13c9
c204-no-dated-milestone = o compromisso { $id } não tem nenhum marco com data de vencimento
# en-hash: 2332f987
c204-no-dated-milestone-help = adicione [[milestone]] com title e due, para que o avanço possa ser medido
# en-hash: ae7f6c71
c204-label-no-dated-milestone = nenhum marco com data
# en-hash: 12ee54d3
c205-no-co-creation = o compromisso { $id } ({ $when }) não indica nenhuma reunião de cocriação com participante não governamental realizada até então
# en-hash: e33327da
c205-when-added = adicionado em { $day }
# en-hash: 43503a16
c205-when-submitted = enviado em { $day }
# en-hash: 6b1365fe
c205-when-draft = no rascunho
# en-hash: 7df9d696
c205-label-no-qualifying-meeting = nenhuma reunião válida aqui
# en-hash: 6b746fc3
c205-label-no-co-created-in = sem co_created_in
# en-hash: 600c3f3a
c206-after-window = o compromisso { $id } foi { $what ->
    [withdrawn] retirado
   *[changed] alterado
} em { $day }, mais de seis meses depois de ser enviado em { $entered } (o período de alterações terminou em { $closed })
# en-hash: 834cc129
c206-label-after-window = fora do período de alterações
# en-hash: dc484dde
c206-label-submitted-here = enviado aqui
# en-hash: 66960676
c207-withdrawn-without-change = o compromisso { $id } foi retirado em { $day } sem nenhum [[change]] com data desse dia ou de até 30 dias antes; a retirada não libera nenhuma vaga
# en-hash: dc98bd34
c207-withdrawn-without-change-help = registre a retirada como um [[change]] com sua date, summary, approved_by e communicated
# en-hash: 08f71c7d
c207-label-withdrawn-without-change = retirado sem alteração registrada
# en-hash: 42021b7f
c207-no-approval = a alteração de { $day } no compromisso { $id } não registra nenhuma aprovação
# en-hash: ada97d5a
c207-approved-by-others = a alteração de { $day } no compromisso { $id } foi aprovada por { $approvers }, mas nenhum deles é uma parte interessada não governamental que participou da cocriação
# en-hash: 6ac7ca1a
c207-approval-help = registre em approved_by as partes interessadas não governamentais das reuniões de cocriação que aprovaram a alteração
# en-hash: dd02c783
c207-label-not-approved = sem aprovação de uma parte interessada não governamental da cocriação
# en-hash: 0a9dfab9
c207-communicated-late = a alteração de { $day } no compromisso { $id } foi comunicada à equipe do OGP Local em { $told }, depois do mês seguinte à alteração (prazo: { $by })
# en-hash: d9b533c7
c207-communicated-late-help = nada a corrigir agora; comunique a próxima alteração à equipe do OGP Local em até um mês
# en-hash: 90853aff
c207-label-communicated-late = comunicada com atraso
# en-hash: 01c8ee8f
c207-label-changed-here = alterado aqui
# en-hash: 1da61b9d
c207-not-communicated = a alteração de { $day } no compromisso { $id } não foi comunicada à equipe do OGP Local (prazo: { $by })
# en-hash: b29b1d7f
c207-not-communicated-help = comunique à equipe do OGP Local e registre a data em `communicated`
# en-hash: b65e518f
c207-label-not-communicated = não comunicada
# en-hash: 1241ad84
c208-overdue = o marco "{ $title }" do compromisso { $id } vencia em { $due } e não foi cumprido
# en-hash: 08126723
c208-help-window-open = registre `done` quando tiver sido cumprido, ou combine uma nova data de vencimento por meio de uma alteração aprovada (possível até { $close })
# en-hash: b755a3c3
c208-help-window-closed = registre `done` quando tiver sido cumprido; o período de alterações terminou em { $close }, então o marco continua vencendo como planejado e o acompanhamento pode explicar o atraso
# en-hash: 20f6b979
c208-help = registre `done` quando tiver sido cumprido, ou combine uma nova data de vencimento por meio de uma alteração aprovada
# en-hash: 7bb3d7a5
c208-label-overdue = vencido
# en-hash: 53e640d2
c209-no-value = o compromisso { $id } não indica nenhum dos valores transparency, participation, accountability
# en-hash: ab76acbc
c209-label-no-ogp-value = nenhum valor da OGP
# en-hash: 8f6b302d
c209-label-no-values = sem valores
# en-hash: e4343def
c210-not-ended = o compromisso { $id } deveria terminar em { $due } e, em { $as_of }, não está concluído nem retirado
# en-hash: 4f729063
c210-label-end-passed = término previsto já passou

## Família M: o órgão de monitoramento, as avaliações e o acompanhamento.
# en-hash: d25acc25
m301-no-body = o plano não indica nenhum órgão de monitoramento
# en-hash: db9e5a64
m301-no-body-help = adicione [monitoring_body] com name, stakeholder e endorsed_by
# en-hash: 914b9da4
m301-label-this-plan = este plano
# en-hash: 1134c213
m301-no-stakeholder = o órgão de monitoramento não tem um id em `stakeholder`, então ninguém pode saber se ele é independente
# en-hash: 41b3352a
m301-no-stakeholder-help = adicione o órgão a [[stakeholder]] em jurisdiction.toml e escreva stakeholder = "<seu id>"
# en-hash: 5c7bf2b1
m301-label-no-stakeholder = sem id de parte interessada
# en-hash: 2d53d73d
m301-government = o órgão de monitoramento `{ $id }` é uma parte interessada governamental; ele deve ser independente
# en-hash: 4f1d7a5e
m301-government-help = escolha um órgão independente, como uma universidade ou um instituto de pesquisa
# en-hash: 81dccc23
m301-label-government = setor governamental
# en-hash: a99024a0
m301-endorsed-later = o órgão de monitoramento só tem endosso a partir de { $day }
# en-hash: 572f640b
m301-no-endorser = nenhuma parte interessada não governamental endossa o órgão de monitoramento
# en-hash: 39c5f8d9
m301-no-ngs-endorser = nenhuma das partes que endossam o órgão de monitoramento é uma parte interessada não governamental
# en-hash: 9399cfe5
m301-endorses-itself = o órgão de monitoramento endossa a si mesmo; ele deve ser endossado pelas partes interessadas não governamentais que participam do processo
# en-hash: cd5ab73c
m301-endorsers-absent = nenhuma das partes que endossam o órgão de monitoramento ({ $endorsers }) participou de uma reunião do plano; ele deve ser endossado por partes interessadas não governamentais que participam do processo
# en-hash: f12692f4
m301-endorsement-help = indique em endorsed_by as partes interessadas não governamentais que endossaram o órgão de monitoramento
# en-hash: 734d6e3c
m301-label-not-endorsed = sem endosso de uma parte interessada não governamental

## O que vence para M302, M303 e M304: o $what das duas mensagens abaixo (com artigo).
# en-hash: 2876657f
m302-what = a avaliação inicial
# en-hash: 18a3c413
m302-help = registre [assessments] inception = <data> quando o órgão de monitoramento a entregar
# en-hash: ba4c7f04
m303-what = a avaliação de fim de compromisso de { $id }
# en-hash: 7dbabed6
m303-help = registre assessed = <data> no compromisso quando o órgão de monitoramento a entregar
# en-hash: ac334636
m304-what = o exercício final de aprendizagem
# en-hash: 3cdbc0b6
m304-help = registre [assessments] final_learning = <data> quando ele for entregue
# en-hash: b2c80e50
m-due-late = { $what } foi entregue em { $on }, depois do prazo de { $due }
# en-hash: 13cc8aa9
m-due-late-help = nada a corrigir agora: está registrado
# en-hash: 7cfc4be5
m-due-missing = o prazo para { $what } era { $due } e, em { $as_of }, nada está registrado
# en-hash: 0a4f8dfe
m-still-missing = ainda falta registrar: { $what } (prazo: { $due })
# en-hash: 7ba4c3ff
m-label-late = com atraso
# en-hash: 53f703e9
m-label-due = { $what }: prazo em { $due }
# en-hash: 68441125
m305-late = a atualização do acompanhamento de { $quarter } foi registrada em { $on }, depois do prazo de { $due }
# en-hash: bee19270
m305-late-help = nada a corrigir agora; registre a atualização do próximo trimestre em até um mês depois do fim dele
# en-hash: fbc9298d
m305-missing = não há atualização do acompanhamento de { $quarter } (o trimestre terminou em { $ended }; o prazo da atualização era { $due })
# en-hash: 8140592a
m305-missing-help = atualize o acompanhamento on-line e adicione [[update]] quarter = "{ $quarter }" a tracker.toml
# en-hash: 2cd65f02
m305-label-last-update = a última atualização anterior é a de { $quarter }
# en-hash: 6399325a
m305-label-implementation-started = a implementação começou aqui

## Família S: os valores e as referências dos registros. As chaves, tabelas e nomes de
## arquivo (`members`, [[term]], jurisdiction.toml) são escritos nos arquivos como estão.
# en-hash: 82c11756
s002-joint-too-few-members = um plano de ação conjunto precisa de dois ou mais membros; { $n ->
    [one] { $n } indicado
   *[other] { $n } indicados
}
# en-hash: 7ced06e3
s002-label-too-few-members = menos de dois membros
# en-hash: 60352740
s002-joint-no-members = um plano de ação conjunto precisa de `members`, as jurisdições que participam
# en-hash: f7e59935
s002-label-joint = conjunto
# en-hash: 8e605f2f
s002-joint-no-members-help = adicione members = ["...", "..."] com as jurisdições do plano conjunto
# en-hash: 77f8c17e
s002-several-ids = `{ $value }` não é um só id: um compromisso tem um id, e cada compromisso um arquivo próprio
# en-hash: f057b7d7
s002-label-several-ids = mais de um id
# en-hash: bb387919
s002-several-ids-help = deixe um só id aqui, como em id = "{ $first }", e escreva o outro compromisso em um arquivo próprio em commitments/
# en-hash: f8c6e5f6
s002-empty = `{ $key }` está vazio; é obrigatório
# en-hash: c5dda8bd
s002-label-empty = vazio
# en-hash: 76992bd6
s002-empty-help = escreva o valor de { $key } entre as aspas
# en-hash: 13c8bd80
s002-no-point-of-contact = nenhum [point_of_contact] está registrado; ele precisa de `name` e `email`
# en-hash: c1bf6282
s002-label-this-jurisdiction = esta jurisdição
# en-hash: d1ba2d83
s002-no-point-of-contact-help = adicione [point_of_contact] com name, email e office da pessoa que coordena a participação do membro
# en-hash: 78296402
s002-incomplete-point-of-contact = o [point_of_contact] não tem { $missing ->
    [name] `name`
    [email] `email`
   *[both] `name` nem `email`
}
# en-hash: c5ccacfc
s002-label-incomplete-point-of-contact = ponto de contato incompleto
# en-hash: 396fffa8
s002-incomplete-point-of-contact-help = informe o nome e o e-mail do ponto de contato, para que os parceiros e a Unidade de Apoio possam contatar essa pessoa
# en-hash: 55d61582
s002-no-term = nenhum mandato de governo está registrado; uma jurisdição com eleições precisa do start e do end do seu [[term]]
# en-hash: 489a8a07
s002-no-term-help = adicione [[term]] com start e end da gestão atual, ou escreva elections = false
# en-hash: 0e1a31ba
s002-extension-no-until = um evento de prorrogação precisa de `until`, o novo prazo
# en-hash: 0458c192
s002-label-extension-no-until = prorrogação sem until
# en-hash: d06b2bde
s002-extension-no-until-help = adicione until = AAAA-MM-DD, o prazo concedido pela Unidade de Apoio
# en-hash: c1361952
s002-not-a-quarter = `{ $value }` não é um trimestre; escreva o ano e o trimestre assim: 2026-Q3
# en-hash: f4a04254
s002-no-such-quarter = `{ $value }` não tem o trimestre Q{ $q }; um ano tem os trimestres Q1 a Q4
# en-hash: b408d575
s002-label-not-a-quarter = não é um trimestre
# en-hash: e8c8f13d
s002-quarter-fix-help = escreva quarter = "{ $quarter }"; `ogp check --fix` faz essa alteração para você
# en-hash: a3000218
s002-progress-range = o avanço de { $id } é { $value }%; uma porcentagem fica entre 0 e 100
# en-hash: 4254bdb7
s002-label-progress-range = fora de 0..=100

# en-hash: cd86b731
s004-unknown-stakeholder = { $role ->
    [monitoring-body] o órgão de monitoramento
    [monitoring-body-endorser] a parte que endossa o órgão de monitoramento
    [endorser] a parte que endossa o plano
    [attendee] o participante
    [lead] o órgão responsável
   *[approver] a parte que aprova
} `{ $id }` não é uma parte interessada definida em jurisdiction.toml
# en-hash: 50c46089
s004-unknown-stakeholder-hint = você quis dizer `{ $hint }`? Se não, adicione um [[stakeholder]] com este id
# en-hash: 63351f25
s004-unknown-stakeholder-help = adicione um [[stakeholder]] com este id em jurisdiction.toml, ou corrija o id
# en-hash: 6fca9916
s004-label-unknown-stakeholder = parte interessada desconhecida
# en-hash: ef0b2738
s004-name-for-id-help = `{ $name }` é o nome da parte interessada `{ $id }`; os outros arquivos indicam uma parte interessada pelo id: escreva `{ $id }` (`ogp check --fix` faz essa alteração para você)
# en-hash: 1dbd97ff
s004-unknown-meeting = a reunião `{ $id }` não está no meetings.toml deste plano
# en-hash: 51d3d35b
s004-unknown-meeting-hint = você quis dizer `{ $hint }`? Se não, adicione a reunião ([[meeting]]) a meetings.toml
# en-hash: b826da1e
s004-unknown-meeting-help = adicione a reunião ([[meeting]]) ao meetings.toml do plano (plans/<id-do-plano>/meetings.toml), ou corrija o id
# en-hash: 6eb82156
s004-label-unknown-meeting = reunião desconhecida
# en-hash: 45e4e749
s004-unknown-commitment = o compromisso `{ $id }` não é um compromisso deste plano
# en-hash: 4d543a46
s004-did-you-mean = você quis dizer `{ $hint }`?
# en-hash: c3bd9536
s004-unknown-commitment-help = use o `id` de um dos compromissos da pasta commitments/ deste plano
# en-hash: b458cdea
s004-label-unknown-commitment = compromisso desconhecido
# en-hash: 7c3b3656
s004-recased-help = escreva `{ $id }`, como está definido; `ogp check --fix` faz essa alteração para você
# en-hash: d24f2254
s004-unknown-member = o membro `{ $id }` do mandato não é um dos `members` do plano conjunto
# en-hash: 6be8e3ea
s004-unknown-member-hint = você quis dizer `{ $hint }`? `member` indica um dos `members`
# en-hash: bf85e6c4
s004-unknown-member-help = indique um dos `members` ({ $members }), ou retire `member` para o mandato do governo principal
# en-hash: d4386736
s004-member-not-joint-help = `member` serve para os mandatos dos membros de um plano conjunto (kind = "joint" com `members`); retire-o em uma única jurisdição
# en-hash: 74ac79f4
s004-label-unknown-member = membro desconhecido

# en-hash: 6ea629c6
s005-defined-twice = { $what ->
    [stakeholder] há duas partes interessadas com o id `{ $id }`
    [commitment] há dois compromissos com o id `{ $id }`
    [meeting] há duas reuniões com o id `{ $id }`
   *[tracker-quarter] há duas atualizações do acompanhamento do trimestre `{ $id }`
}
# en-hash: 2f679f74
s005-defined-twice-help = dê a cada um o seu próprio id, ou junte as duas entradas
# en-hash: a0d82b8d
s005-label-defined-again = id definido de novo aqui
# en-hash: a36e1789
s005-label-first-defined = id definido pela primeira vez aqui

# en-hash: 9e8b2171
s006-ends-before-start = { $what } termina em { $end }, antes de começar em { $start }
# en-hash: 3129364e
s006-what-plan = o plano
# en-hash: b1aa59fa
s006-what-strategy = a estratégia de médio prazo
# en-hash: 6fe44eb4
s006-what-commitment = o compromisso { $id }
# en-hash: d7725d64
s006-what-term = o mandato
# en-hash: 31134448
s006-what-extension = a prorrogação
# en-hash: 623a0b70
s006-what-inactivity = a inatividade voluntária
# en-hash: 9c6490ba
s006-label-ends-here = termina aqui
# en-hash: 0d9ec0a6
s006-label-starts-here = começa aqui
# en-hash: 06eb25da
s006-inception-before-submission = a avaliação inicial tem data de { $day }, antes do envio do plano em { $submitted }
# en-hash: 72715f62
s006-label-assessed-here = avaliado aqui
# en-hash: b206da1c
s006-label-submitted-here = enviado aqui
# en-hash: 07173380
s006-final-learning-before-end = o exercício final de aprendizagem tem data de { $day }, antes do fim do plano em { $end }
# en-hash: f0e62296
s006-label-dated-here = com data aqui
# en-hash: a6cf745a
s006-label-plan-ends-here = o plano termina aqui
# en-hash: 89e9746f
s006-update-before-submission = a atualização do acompanhamento de { $quarter } tem data de { $day }, antes do envio do plano em { $submitted }; ela não conta como atualização
# en-hash: 4d7642d2
s006-update-before-submission-help = corrija a data da atualização, ou remova-a: o acompanhamento é atualizado depois que o plano é enviado
# en-hash: f810abeb
s006-label-before-submission = antes do envio
# en-hash: 516d0cba
s006-before-entry = o compromisso { $id } foi { $what ->
    [withdrawn] retirado
   *[changed] alterado
} em { $day }, antes de entrar no plano em { $entered }
# en-hash: 44e6b3ac
s006-before-entry-help = corrija a data: um compromisso só pode ser alterado ou retirado depois que faz parte do plano enviado
# en-hash: 9bc6b64d
s006-label-before-entry = antes de o compromisso entrar no plano
# en-hash: 20caa4ea
s006-label-added-here = adicionado aqui
# en-hash: b51f5252
s006-label-this-commitment = este compromisso
# en-hash: 1673361f
s006-assessed-before-completed = o compromisso { $id } foi avaliado em { $assessed }, antes de ser concluído em { $completed }
# en-hash: 30024d58
s006-label-completed-here = concluído aqui
# en-hash: 89965bd9
s006-completed-before-start = o compromisso { $id } foi concluído em { $completed }, antes de começar em { $start }
# en-hash: f150c4d4
s006-updates-without-submission = o acompanhamento registra { $n ->
    [one] { $n } atualização
   *[other] { $n } atualizações
} do plano { $plan }, que não registra nenhum envio; até que `submitted` seja registrado em plan.toml, nenhuma atualização conta
# en-hash: 51630e44
s006-updates-without-submission-help = se o plano foi enviado, registre `submitted = <data>` em plan.toml; um plano ainda em cocriação não tem atualizações do acompanhamento
# en-hash: e272a302
s006-label-no-submission = nenhum envio registrado
# en-hash: 6728b63f
s006-label-plan-no-submitted = este plano não registra `submitted`

# en-hash: 3c545823
s008-future = { $what ->
    [submission] o envio
    [endorsement] o endosso
    [monitoring-body-endorsement] o endosso do órgão de monitoramento
    [inception] a avaliação inicial
    [final-learning] o exercício final de aprendizagem
    [addition] a inclusão
    [completion] a conclusão
    [assessment] a avaliação de fim de compromisso
    [withdrawal] a retirada
    [milestone-completion] o cumprimento do marco
    [change] a alteração
    [communication] a comunicação de uma alteração
    [meeting] a reunião
    [tracker-update] a atualização do acompanhamento
   *[event] o evento
} tem data de { $day }, posterior a hoje ({ $today }); não é considerado até lá
# en-hash: a628e6d7
s008-label-future = no futuro
