### The plan cycle: the deadlines and who they fall to, the reasons of a status, the history.

# en-hash: e0fcaee8
cycle-who-point-of-contact = ponto de contato
# en-hash: 81f93dc1
cycle-who-monitoring-body = órgão de monitoramento
# en-hash: 9b026a04
cycle-who-lead = { $name } (responsável)
# en-hash: 78c6c40c
cycle-who-point-of-contact-and-stakeholders = ponto de contato e partes interessadas

# en-hash: 20fb6dbc
cycle-what-first-plan = enviar o primeiro plano de ação
# en-hash: 203b42e1
cycle-what-latest-end = término mais tardio permitido do plano { $plan } ({ $note })
# en-hash: 84eaf151
cycle-what-latest-end-bare = término mais tardio permitido do plano { $plan }
# en-hash: 0e3ad2af
cycle-what-inception = avaliação inicial do plano { $plan }
# en-hash: 7694595c
cycle-what-change-window = último dia para alterar os compromissos iniciais do plano { $plan }
# en-hash: 1ab7b8e0
cycle-what-change-window-commitment = último dia para alterar o compromisso { $commitment }
# en-hash: 5d250ede
cycle-what-final-learning = exercício final de aprendizagem do plano { $plan }
# en-hash: b5a763c1
cycle-what-tracker = atualização do acompanhamento on-line de { $quarter }
# en-hash: 5eccab38
cycle-what-tracker-of-plan = atualização do acompanhamento on-line de { $quarter } (plano { $plan })
# en-hash: a9d14a13
cycle-what-year = { $need ->
    [one] { $need } reunião de implementação
   *[other] { $need } reuniões de implementação
} com partes interessadas não governamentais no ano { $year } do plano { $plan } (de { $first } a { $last }); { $held ->
    [one] { $held } realizada
   *[other] { $held } realizadas
}
# en-hash: 9cef7e32
cycle-what-next-plan = enviar o plano que sucede o plano { $plan }
# en-hash: 63b76a1a
cycle-what-communicate = informar a equipe da OGP Local sobre a alteração de { $date } no compromisso { $commitment }
# en-hash: ed366cd2
cycle-what-communicate-withdrawal = informar a equipe da OGP Local sobre a retirada do compromisso { $commitment } (alteração de { $date })
# en-hash: aecdb733
cycle-what-milestone = marco de { $commitment }: { $title }
# en-hash: a4b622fc
cycle-what-commitment-end = { $commitment } totalmente implementado: { $title }
# en-hash: 60c83ef9
cycle-what-assessment = avaliação de fim de compromisso de { $commitment }
# en-hash: f2b773ef
cycle-what-planned-assessment = avaliação de fim de compromisso de { $commitment } (se concluído conforme previsto)

# en-hash: 4d8c7af4
cycle-term-ends = o mandato termina em { $end }
# en-hash: 461ab3b8
cycle-term-re-elected = os mandatos da administração reeleita { $administration } terminam em { $end }
# en-hash: 23500596
cycle-term-of-member = { $member }: { $note }
# en-hash: d085d5e1
cycle-term-plan-after = { $note }; o plano termina em { $end }, depois dessa data
# en-hash: 2810855f
cycle-term-plan-after-open = { $note }; o plano termina em { $end }, depois dessa data, o que só vale se a administração for reeleita

# en-hash: cfaefa57
cycle-label-added-here = incluído aqui
# en-hash: 88670770
cycle-label-assessed = avaliado
# en-hash: 41946c43
cycle-label-changed-here = alterado aqui
# en-hash: ccc52ac8
cycle-label-communicated = comunicado
# en-hash: e0df5eb4
cycle-label-completed = concluído
# en-hash: ce3f8f38
cycle-label-completed-on = concluído em { $date }
# en-hash: 9675703e
cycle-label-done = cumprido
# en-hash: 6bb17648
cycle-label-due = prazo
# en-hash: 4b41d96b
cycle-label-final-learning = aprendizagem final
# en-hash: 5a98da7a
cycle-label-implementation-started = a implementação começou aqui; nenhuma atualização do acompanhamento desde então
# en-hash: e285c0d5
cycle-label-years-count-from-here = os anos de implementação contam a partir daqui
# en-hash: a30e4900
cycle-label-inception = avaliação inicial
# en-hash: e67958ff
cycle-label-joined-here = adesão aqui
# en-hash: 34f476c9
cycle-label-planned-end = término previsto
# en-hash: 81a292d5
cycle-label-submitted-here = enviado aqui
# en-hash: a1ba8688
cycle-label-submitted-on = enviado em { $date }
# en-hash: a2466763
cycle-label-plan-ends-here = o plano termina aqui
# en-hash: 1c9aadca
cycle-label-plan-ends-on = o plano termina em { $date }
# en-hash: 6ea4dcb1
cycle-label-term-ends-here = o mandato termina aqui
# en-hash: 01e7b415
cycle-label-this-event = este evento
# en-hash: d5e95df3
cycle-label-this-meeting = esta reunião
# en-hash: fce2f4a7
cycle-label-this-update = esta atualização
# en-hash: 9adbe431
cycle-label-the-deadline = o prazo
# en-hash: 6530acfb
cycle-label-last-tracker-update = a última atualização do acompanhamento

# en-hash: 643c4ca3
cycle-reason-joined = aderiu à OGP Local
# en-hash: 0b7dfcb5
cycle-reason-voluntary = passou a inativo voluntariamente a pedido do membro, com retomada até { $date }
# en-hash: a4feff96
cycle-reason-resumed = retomou após a inatividade voluntária
# en-hash: f9b5a606
cycle-reason-submitted = plano { $plan } enviado
# en-hash: 6ebd9fdc
cycle-reason-submitted-no-engagement = o plano { $plan } foi enviado sem nenhuma reunião de cocriação com a presença de uma parte interessada não governamental
# en-hash: cce48d08
cycle-reason-co-creation-meeting = reunião de cocriação { $meeting } realizada com partes interessadas não governamentais
# en-hash: 95107df7
cycle-reason-engaged-meeting = reunião { $meeting } realizada com partes interessadas não governamentais
# en-hash: 88d1b90a
cycle-reason-progress = a atualização do acompanhamento de { $quarter } mostra avanços
# en-hash: c80371e5
cycle-reason-year = o ano de implementação { $year } do plano { $plan } (de { $first } a { $last }) terminou sem nenhuma reunião com a presença de uma parte interessada não governamental
# en-hash: 974e5908
cycle-reason-no-updates = nenhuma atualização do acompanhamento de { $first } nem de { $second }
# en-hash: c8eba061
cycle-reason-no-progress = as atualizações do acompanhamento de { $first } e { $second } não mostram avanços
# en-hash: 577a2891
cycle-reason-none-then-no-progress = nenhuma atualização do acompanhamento de { $first }, e a de { $second } não mostra avanços
# en-hash: d3da2cfa
cycle-reason-no-progress-then-none = a atualização do acompanhamento de { $first } não mostra avanços, e nenhuma foi registrada para { $second }
# en-hash: 9ea0c55b
cycle-reason-six-months = inativo por seis meses consecutivos desde { $date }
# en-hash: c3f63115
cycle-reason-four-months = o período probatório iniciado em { $date } não terminou em quatro meses
# en-hash: a38e6cec
cycle-reason-not-resumed = inativo voluntariamente desde { $since } e sem retomada até { $by }, o dia combinado para a retomada
# en-hash: 0a680e60
cycle-reason-held = { $reason } (suspenso durante a inatividade voluntária)
# en-hash: c021e63f
cycle-reason-plan-due = o { $what } vencia em { $due } e não foi enviado
# en-hash: 7ce20b52
cycle-reason-plan-due-moved = o { $what } vencia em { $due } ({ $moved } contando a inatividade voluntária) e não foi enviado
# en-hash: 02b7560a
cycle-reason-owed = o { $what } era devido até { $due }, quatro meses após o retorno à situação ativa, e não foi enviado

## Sem artigo: as mensagens que o usam põem «o» ou «do».
# en-hash: 11211a37
cycle-owe-first-plan = primeiro plano
# en-hash: 74b35e67
cycle-owe-following = plano que sucede o plano { $plan } (encerrado em { $end })

# en-hash: 54ff61ff
cycle-unless-comes-first = antes ocorra { $restore }
# en-hash: 8fc86dd5
cycle-unless-submitted = o { $what } seja enviado até { $date }
# en-hash: 03f84b6e
cycle-unless-year = seja realizada até { $date } uma reunião com a presença de uma parte interessada não governamental
# en-hash: c188ba5e
cycle-unless-stalled = seja registrada até { $date } uma atualização do acompanhamento de { $first } ou { $second } que mostre avanços

# en-hash: 9a2af334
cycle-restore-any = uma reunião de cocriação participativa (com a presença de uma parte interessada não governamental), o envio de um plano ou uma atualização do acompanhamento que mostre avanços
# en-hash: ed7c5e30
cycle-restore-owed = o envio do { $what } (era devido após o retorno à situação ativa, então nada mais conta)
# en-hash: 1bc8e2ee
cycle-restore-voluntary = um evento `resumed`, { $any }
# en-hash: 0741b369
cycle-restore-both = { $general }, e uma reunião com a presença de uma parte interessada não governamental
# en-hash: 121dbfae
cycle-restore-engagement = uma reunião com a presença de uma parte interessada não governamental
# en-hash: e66266d7
cycle-restore-revoked = nada: a revogação é definitiva
# en-hash: 285af5d4
cycle-restore-unknown = corrigir o arquivo para que possa ser lido (`ogp check` diz onde e como); a situação é então reconstituída a partir de todos os registros

# en-hash: 7231f324
cycle-unread-misspelt = { $path } tem `{ $written }`, que parece um erro de digitação de `{ $meant }`, uma chave da qual depende { $what }; renomeie-a para `{ $meant }`{ $fix ->
    [yes] { " " }(`ogp check --fix` faz isso)
   *[no] {""}
}
# en-hash: 318116f0
cycle-unread-needs-latest-end = o término mais tardio permitido do plano
# en-hash: 5a71695c
cycle-unread-needs-inception = a avaliação inicial
# en-hash: 1f5499bb
cycle-unread-needs-final-learning = o exercício final de aprendizagem
# en-hash: 5c0c70aa
cycle-unread-needs-deadline = um prazo
# en-hash: 54f46197
cycle-unread-needs-plan = os prazos do plano
# en-hash: 64cccdba
cycle-unread-needs-status = a situação
# en-hash: f501d223
cycle-unread-said = { $path } não pode ser lido ({ $message })
# en-hash: baa7b17b
cycle-unread-key = { $path } não pode ser lido (`{ $key }`)
# en-hash: 43139f1a
cycle-unread-key-in = { $path } não pode ser lido (`{ $key }` em { $table })
# en-hash: 305fc92a
cycle-unread-file = { $path } não pode ser lido
# en-hash: 0304ff0e
cycle-unread-tracker = { $path } tem uma atualização do acompanhamento que não pode ser lida (são necessários um trimestre como 2026-Q3 e percentuais de 0 a 100)


# en-hash: 53681614
history-not-available = histórico indisponível: { $why }
# en-hash: 375f94dd
history-not-in-git = `{ $path }` não está em um repositório git
# en-hash: 9400a13a
history-shallow = o clone é raso; baixe o histórico completo (no GitHub Actions: actions/checkout com fetch-depth: 0)
# en-hash: 1cfc1350
history-partial = clone parcial: o repositório git em { $path } é um clone parcial ("blobless"), sem os arquivos dos commits anteriores; clone-o por inteiro (no GitHub Actions: actions/checkout sem `filter`, com fetch-depth: 0)
# en-hash: 4733400e
history-damaged = o repositório git em { $path } está danificado: { $what }
# en-hash: 2ba6fd5f
history-format = formato de repositório não suportado ({ $what }): o repositório git em { $path } usa um formato que o ogp ainda não consegue ler; um clone feito com o formato padrão do git pode ser verificado
# en-hash: acf278b4
history-no-common-ancestor = --new-since { $rev }: { $rev } e HEAD não têm nenhum ancestral comum neste clone (um clone raso baixa apenas { $rev }), então a verificação compara com o próprio { $rev }
