### Documentação das regras (`ogp explain`, `ogp rules`, docs/rules.md, SARIF): para
### cada regra, o resumo, a seção do Manual que ela aplica, o que verifica, por que e
### como corrigir.

## C201 commitment-cap

# en-hash: 8365c62d
C201-summary = O número de compromissos que ocupam vagas ao mesmo tempo ultrapassa o limite (5 em plano individual, 12 em plano conjunto).
# en-hash: 4dba04f2
C201-section = Manual, Plano de Ação (até cinco, ou doze nos planos conjuntos, a qualquer momento)
# en-hash: 0f751759
C201-what = Reconstitui o plano dia a dia: um compromisso inicial ocupa uma vaga quando o plano é enviado, e um compromisso acrescentado, na sua data `added`; ele libera a vaga na mais tardia entre a data da sua conclusão e a da sua avaliação de conclusão do compromisso, na data da sua avaliação quando o órgão de monitoramento o avaliou como não concluído (`assessed` sem `completed`), ou quando é retirado por uma alteração registrada (um `[[change]]` com data do dia da retirada ou de até 30 dias antes; uma simples data `withdrawn` não libera nada, C207). Aponta cada dia em que mais de 5 vagas (plano individual) ou de 12 vagas (plano conjunto) estão ocupadas. Enquanto o plano ainda é uma minuta, ultrapassar o limite na minuta gera um aviso.
# en-hash: ef4e9d7b
C201-why = Um plano de ação pode ter no máximo cinco compromissos (doze em um plano conjunto) a qualquer momento; um novo compromisso só pode entrar depois que um compromisso anterior tiver sido totalmente implementado e avaliado.
# en-hash: 86cd51a6
C201-fix = Acrescente o novo compromisso somente depois que um compromisso anterior tiver sido concluído e avaliado (registre `completed` e `assessed`), ou retire um deles por meio de uma alteração aprovada.

## C202 initial-commitments

# en-hash: e12ffeb6
C202-summary = O plano foi enviado com menos de cinco compromissos.
# en-hash: 00b131ee
C202-section = Manual, Plano de Ação (os cinco primeiros compromissos)
# en-hash: ce89029b
C202-what = Conta os compromissos enviados com o plano (os que não têm data `added` posterior ao envio) e avisa quando são menos de cinco.
# en-hash: 588b0a2b
C202-why = O plano é formado por uma estratégia e seus cinco primeiros compromissos; enviar menos deixa vagas sem uso desde o início.
# en-hash: 203cae4a
C202-fix = Cocrie os compromissos iniciais que faltam com as partes interessadas não governamentais.

## C203 commitment-outside-plan

# en-hash: 0d38a313
C203-summary = Um compromisso começa antes do seu plano ou termina depois dele, ou o prazo de um marco cai fora do período do compromisso.
# en-hash: 30e0e2e4
C203-section = Manual, Plano de Ação (totalmente implementado dentro do período do plano)
# en-hash: f9102d0d
C203-what = Compara o `start` e o `end` de cada compromisso com os do plano, e o `due` de cada marco com o `start` do compromisso e o `end` do plano: um marco cujo prazo cai antes do início do seu compromisso ou depois do fim do plano também é apontado.
# en-hash: 3cc46567
C203-why = Um compromisso deve ser totalmente implementado dentro do período do plano de ação, inclusive um compromisso acrescentado mais tarde, no tempo que resta.
# en-hash: 483c2a41
C203-fix = Traga as datas do compromisso, e os prazos dos seus marcos, para dentro do período do plano, ou divida o trabalho.

## C204 commitment-not-measurable

# en-hash: 8dbcdaa9
C204-summary = Um compromisso não tem nenhum marco com prazo, ou nenhum órgão responsável.
# en-hash: 24240610
C204-section = Manual, Plano de Ação (ações concretas e mensuráveis)
# en-hash: 44074496
C204-what = Verifica se cada compromisso indica o seu órgão responsável (`lead`) e tem pelo menos um [[milestone]] com data `due`.
# en-hash: 5ce52fe3
C204-why = Os compromissos são ações concretas e mensuráveis; sem um marco com data ou um órgão responsável, não é possível acompanhar o seu andamento.
# en-hash: e31fd72c
C204-fix = Acrescente `lead` e pelo menos um [[milestone]] com `title` e `due`.

## C205 commitment-not-co-created

# en-hash: fd4d6dfe
C205-summary = Nenhuma reunião de cocriação com um participante não governamental está indicada para o compromisso.
# en-hash: 62cb3476
C205-section = Manual, Plano de Ação (todos os compromissos cocriados)
# en-hash: 46c32ff3
C205-what = Procura em `co_created_in` uma reunião que seja uma reunião de cocriação, da qual tenha participado pelo menos um participante não governamental e que tenha sido realizada até o dia em que o compromisso entrou no plano (o envio, ou `added`). É um aviso enquanto o plano ainda está em cocriação: os compromissos de uma minuta podem ser cocriados em reuniões que ainda vão acontecer.
# en-hash: 35ccb2bd
C205-why = Todos os compromissos devem ser elaborados por meio da cocriação entre o governo e as partes interessadas não governamentais, inclusive os acrescentados mais tarde.
# en-hash: d9818085
C205-fix = Indique a(s) reunião(ões) de cocriação em que o compromisso foi elaborado: co_created_in = ["m-2026-02-10"].

## C206 change-after-window

# en-hash: 256e0432
C206-summary = Um compromisso foi alterado ou retirado mais de seis meses depois do seu envio.
# en-hash: 13c345b1
C206-section = Manual, Plano de Ação (alterações dentro de seis meses após o envio)
# en-hash: 53078c5f
C206-what = Compara cada [[change]] e cada data `withdrawn` com a data que cai seis meses corridos depois do envio do compromisso (o envio do plano, ou a sua data `added`).
# en-hash: 58806f56
C206-why = Os compromissos só podem ser alterados dentro dos seis meses seguintes ao seu envio.
# en-hash: 570fe2ea
C206-fix = Depois desse prazo, alterações não são permitidas: mantenha o compromisso como foi enviado, ou conclua-o e cocrie um novo.

## C207 change-not-approved

# en-hash: df216f7e
C207-summary = Uma alteração não foi aprovada por uma parte interessada não governamental que participou da sua elaboração, ou não foi comunicada à equipe da OGP Local.
# en-hash: cb18669f
C207-section = Manual, Plano de Ação (alterações consultadas, aprovadas e comunicadas)
# en-hash: 4ba6249f
C207-what = Verifica se cada [[change]] tem um `approved_by` que indica uma parte interessada não governamental que participou de uma reunião de cocriação do plano, e uma data `communicated`. A equipe da OGP Local deve ser informada dentro de um mês corrido após a alteração (para uma alteração de 2027-01-31, até 2027-02-28); `ogp calendar` mostra esse dia para cada alteração de um plano enviado, na mesma situação que esta regra lê. Uma alteração ainda não comunicada gera um aviso até esse dia e um erro depois dele; comunicada depois desse dia, gera um aviso (com atraso), apontado para cada alteração nesse caso. Uma retirada é uma alteração: uma data `withdrawn` sem [[change]] com data desse dia ou de até 30 dias antes é apontada, e o compromisso mantém a sua vaga; a alteração que registra uma retirada deve ser comunicada como qualquer outra.
# en-hash: 89942df3
C207-why = As alterações devem ser consultadas e aprovadas com as partes interessadas não governamentais que participaram da cocriação, e as alterações acordadas devem ser comunicadas à equipe da OGP Local.
# en-hash: 39f1c2e1
C207-fix = Registre em `approved_by` a aprovação de uma parte interessada não governamental que participou da cocriação, e informe a equipe da OGP Local dentro de um mês após a alteração, registrando a data em `communicated`.

## C208 milestone-overdue

# en-hash: cf00ac73
C208-summary = Um marco passou do prazo e não foi cumprido.
# en-hash: 578617d7
C208-section = Manual, Monitoramento e Avaliação (andamento trimestral)
# en-hash: 7fa6aefc
C208-what = Aponta um marco cuja data `due` já passou sem data `done`, nos compromissos que não foram retirados nem avaliados como não concluídos (`assessed` sem `completed`).
# en-hash: ec63463b
C208-why = O andamento dos compromissos é acompanhado a cada trimestre; um marco atrasado é o primeiro sinal de um compromisso que não vai mostrar avanço.
# en-hash: 048d2c78
C208-fix = Registre `done` com a data em que foi cumprido, ou acorde uma nova data por meio de uma alteração.

## C209 commitment-values

# en-hash: a2f45a68
C209-summary = Um compromisso não indica nenhum dos valores da OGP (transparência, participação, prestação de contas).
# en-hash: d17e5f86
C209-section = Declaração de Governo Aberto (a declaração fundadora da OGP: transparência, participação cidadã, prestação de contas)
# en-hash: f2f49b51
C209-what = Verifica se `values` indica pelo menos um dos valores `transparency` (transparência), `participation` (participação) e `accountability` (prestação de contas).
# en-hash: b68cc2f5
C209-why = Os valores vêm da Declaração de Governo Aberto, que fundou a Parceria para Governo Aberto: mais transparência, participação cidadã e prestação de contas. Um compromisso de governo aberto deve dizer qual deles promove.
# en-hash: 4aae9b29
C209-fix = Indique o valor que o compromisso promove: values = ["transparency"].

## C210 commitment-overdue

# en-hash: f749446b
C210-summary = O fim previsto de um compromisso já passou e ele não foi concluído nem retirado.
# en-hash: eed4eae6
C210-section = Manual, Plano de Ação (compromissos totalmente implementados) e Monitoramento e Avaliação
# en-hash: f78d100e
C210-what = Aponta um compromisso cujo `end` (conclusão prevista) é anterior à data de referência, sem data `completed` nem `withdrawn`, a menos que o órgão de monitoramento o tenha avaliado como não concluído (`assessed` sem `completed`): nesse caso, a sua história terminou.
# en-hash: 4f9448ec
C210-why = Cada compromisso é avaliado pelo órgão de monitoramento depois de totalmente implementado, e só então a sua vaga se libera para um novo compromisso. Um compromisso que passou do fim previsto sem ser concluído atrasa as duas coisas, e os seus parceiros precisam saber.
# en-hash: 5610d013
C210-fix = Registre `completed` se ele foi totalmente implementado, ou acorde um novo fim ou uma retirada por meio de uma alteração aprovada.

## C211 unrecorded-change

# en-hash: d0ac796d
C211-summary = Um commit alterou a substância de um compromisso enviado sem nenhum [[change]] registrado dentro de 30 dias.
# en-hash: db8dd6c1
C211-section = Manual, Plano de Ação (alterações de compromissos: dentro de seis meses após o envio, aprovadas e comunicadas)
# en-hash: 10207bab
C211-what = Lê o histórico git do repositório até a data de referência. Para cada commit que altera a substância de um compromisso enviado — o seu `title` (além de um erro de digitação: mais de um décimo dos seus caracteres), `start`, `end` ou `lead`, o `title` ou o `due` de um marco, um marco acrescentado ou removido, ou o compromisso excluído —, procura nesse compromisso um `[[change]]` com data de no máximo 30 dias de distância do dia em que a edição entrou na branch verificada. Sem ele, aponta o identificador do commit e esse dia. Uma edição feita depois do prazo de seis meses para alterações é um erro; dentro desse prazo, é um aviso (a alteração ainda é permitida, só precisa ser registrada). Um compromisso é acompanhado pelo seu identificador dentro do seu plano: renomear ou mover o seu arquivo, renomear a pasta do plano ou mover a jurisdição inteira mantém o seu histórico, e um identificador alterado em um arquivo que continua no mesmo lugar é uma renomeação, não uma exclusão. O compromisso só é considerado excluído enquanto nenhum arquivo de compromisso do seu plano tiver o seu identificador. Uma versão cujos valores não podem ser lidos (o arquivo não é TOML válido, uma data não é uma data) é ignorada valor por valor: um commit com defeito seguido da sua correção não é, portanto, uma alteração. As edições próprias de um merge contam (um valor que difere desse mesmo valor em cada um dos pais). Uma alteração recebe a data do commit da linha de primeiros pais da branch que a trouxe (o próprio commit, ou o merge), a mais tardia entre a data de autor e a data de commit. Criar o arquivo de um compromisso, e toda edição anterior à entrada do compromisso no plano (cocriação), não são alterações. Uma edição com data do dia da revogação ou posterior não conta para nada, como qualquer outro registro; o prazo para alterações é o que `ogp calendar` mostra (o do próprio compromisso, quando ele foi acrescentado mais tarde, e o do plano nos demais casos). Um histórico que não pode ser lido (um clone raso ou parcial, um objeto danificado, um formato de repositório que o ogp não sabe ler, uma pasta fora do git) é informado uma única vez no resumo ("histórico indisponível: ...") e nunca faz a verificação falhar.
# en-hash: 232b81bd
C211-why = Um compromisso só pode ser modificado por meio de uma alteração registrada: dentro de seis meses após o envio, aprovada pelas partes interessadas que o cocriaram e comunicada à equipe da OGP Local. Editar o arquivo sem avisar reescreve o plano que foi enviado e esconde a alteração do fórum e do órgão de monitoramento; o histórico é a prova de quando o texto realmente mudou.
# en-hash: a75863e6
C211-fix = Registre a alteração como um [[change]] no arquivo do compromisso, com a data do dia em que foi decidida, com `approved_by` e `communicated` (ver C206 e C207). Se a edição apenas corrigiu um erro no arquivo (o plano em si não mudou), aceite de vez essa única edição com uma dispensa ([[waiver]]) de C211 que indique o seu commit, por exemplo `rule = "C211"`, `commit = "3f2a9c1"`, `reason = "correção de redação, sem alteração de substância"` (sem `until`; ela não cobre nenhuma outra edição).

## M301 monitoring-body

# en-hash: 3668da85
M301-summary = Não há órgão de monitoramento independente, ou ele é governamental, ou nenhuma parte interessada não governamental o endossou.
# en-hash: c79571cc
M301-section = Manual, Monitoramento e Avaliação (o órgão de monitoramento)
# en-hash: 17a4306f
M301-what = Verifica se [monitoring_body] existe, com um identificador `stakeholder` que não pertence ao setor governamental, e se `endorsed_by` indica pelo menos uma parte interessada não governamental, diferente do próprio órgão, que participou do processo (participou de uma reunião do plano), com uma data `endorsed_on` que, se informada, não está no futuro. É um aviso enquanto o plano ainda está em cocriação.
# en-hash: 7798e594
M301-why = Cada membro escolhe um órgão de monitoramento independente, como uma instituição de pesquisa ou acadêmica, endossado pelas partes interessadas não governamentais locais que participam do processo.
# en-hash: b8e9f065
M301-fix = Escolha um órgão independente (universidade, sociedade civil), registre o seu identificador de parte interessada e liste em `endorsed_by` as partes interessadas não governamentais das reuniões do plano que o endossaram.

## M302 inception-assessment

# en-hash: c2752c88
M302-summary = A avaliação inicial está faltando dois meses após o envio, ou foi entregue com atraso.
# en-hash: 6df2e661
M302-section = Manual, Monitoramento e Avaliação (avaliação inicial)
# en-hash: 3be1d548
M302-what = A avaliação inicial vence dois meses corridos após o envio do plano. A falta dela depois dessa data é um erro; registrada depois dessa data, gera um aviso.
# en-hash: 55a40672
M302-why = O órgão de monitoramento avalia o processo de cocriação e o desenho dos primeiros compromissos dois meses após o envio do plano.
# en-hash: e24a82b4
M302-fix = Registre a data em que o órgão de monitoramento a entregou: [assessments] inception = AAAA-MM-DD.

## M303 end-of-commitment-assessment

# en-hash: a3aa4663
M303-summary = Um compromisso concluído não tem avaliação de conclusão do compromisso um mês depois, ou ela foi entregue com atraso.
# en-hash: 459852b2
M303-section = Manual, Monitoramento e Avaliação (avaliação de conclusão do compromisso)
# en-hash: d73d66b9
M303-what = Para cada compromisso concluído, a avaliação de conclusão do compromisso vence um mês corrido após `completed`. A falta dela depois dessa data é um erro; registrada depois dessa data, gera um aviso.
# en-hash: 628525dd
M303-why = O órgão de monitoramento analisa os resultados de cada compromisso um mês depois da sua implementação total; só então um novo compromisso pode ocupar a sua vaga.
# en-hash: e2a19500
M303-fix = Registre a data da avaliação no compromisso: assessed = AAAA-MM-DD.

## M304 final-learning-exercise

# en-hash: d5fa1c1e
M304-summary = O exercício final de aprendizagem está faltando dois meses após o fim do plano, ou foi entregue com atraso.
# en-hash: f90b5dd0
M304-section = Manual, Monitoramento e Avaliação (exercício final de aprendizagem)
# en-hash: d491bc37
M304-what = Para um plano enviado, o exercício final de aprendizagem vence dois meses corridos após o `end` do plano. A falta dele depois dessa data é um erro; registrado depois dessa data, gera um aviso. Um plano nunca enviado nunca foi implementado e não tem exercício final de aprendizagem: nenhum apontamento, e nenhuma entrada no calendário, na linha do tempo ou no informe para a reunião. Depois de uma revogação, nada mais é devido.
# en-hash: ed85c04a
M304-why = Ao fim do plano, o órgão de monitoramento conduz uma reflexão sobre o seu processo e os seus resultados, entregue dois meses após o fim.
# en-hash: fa1d1cf4
M304-fix = Registre a data: [assessments] final_learning = AAAA-MM-DD.

## M305 tracker-update-missing

# en-hash: 52b8835b
M305-summary = Um trimestre de acompanhamento não tem atualização um mês depois do seu fim, ou a atualização foi feita com atraso.
# en-hash: e50ecc29
M305-section = Manual, Monitoramento e Avaliação (acompanhamento on-line trimestral)
# en-hash: be2827ee
M305-what = Para cada trimestre de acompanhamento do membro (um trimestre do calendário que tenha pelo menos 30 dias de implementação de um dos seus planos; a implementação vai da mais tardia entre as datas `submitted` e `start` do plano até o seu `end`), a atualização vence um mês corrido após o último dia do trimestre. O membro tem um único acompanhamento on-line: uma atualização do trimestre no tracker.toml de qualquer plano enviado, com data do dia do envio desse plano ou posterior, cumpre essa obrigação, e um trimestre que dois planos compartilham é apontado uma só vez, no plano mais recente. A falta dela depois do dia do vencimento é um erro; registrada depois dele, gera um aviso (com atraso). Um trimestre em que pelo menos metade dos dias foi passada em inatividade voluntária fica isento.
# en-hash: f6f34277
M305-why = O ponto de contato informa o andamento dos compromissos a cada trimestre no acompanhamento on-line; um mês de tolerância cobre o tempo necessário para reunir as informações. Dois trimestres seguidos sem avanço tornam o membro inativo.
# en-hash: 2c11c0d5
M305-fix = Atualize o acompanhamento on-line e registre a atualização: [[update]] quarter = "2026-Q3", date, progress.

## P101 plan-outlasts-term

# en-hash: 428e9f86
P101-summary = O plano termina depois do que o mandato do governo permite (contado por mês, inclusive além da eleição quando a mesma gestão é reeleita).
# en-hash: a50aebbe
P101-section = Manual, Plano de Ação (período alinhado ao mandato)
# en-hash: 08a638fe
P101-what = Para uma jurisdição com eleições, encontra o [[term]] que contém o início do plano e verifica o fim do plano por mês do calendário: o plano pode terminar em qualquer dia do segundo mês anterior ao mês em que o mandato termina, ou antes (um mandato que termina em 9 de dezembro permite um plano que termina em 31 de outubro; um mandato que termina no dia 1º de um mês conta como terminado no mês anterior, de modo que um mandato que termina em 2030-01-01 permite 2029-10-31). O mandato seguinte (pela data de início) se soma ao período coberto quando os dois indicam a mesma `administration` (um governo reeleito mantém o seu plano); mandatos sem `administration` nunca são somados. Um plano que termina depois do que o período permite, quando nenhum mandato posterior está registrado e o último mandato do período indica a sua gestão, gera um aviso até o fim desse mandato (o plano só se mantém se a gestão for reeleita) e um erro a partir do dia seguinte, a menos que esteja registrado um mandato posterior da mesma gestão. Um plano cujo início não cai em nenhum mandato registrado também é apontado. Planos conjuntos: os mandatos do governo líder (os que não têm `member` ou, quando todos os mandatos indicam um, os do primeiro de `members`) geram erros; os mandatos próprios de outro membro geram avisos. `ogp calendar` mostra a mesma data-limite de término.
# en-hash: 5461cc5c
P101-why = O Manual alinha o plano de ação à gestão em exercício: ele deve terminar pelo menos dois meses antes do fim do mandato do governo atual, para que os compromissos assumidos sejam os que esse governo pode cumprir e o exercício final de aprendizagem aconteça enquanto ele ainda está no cargo. A OGP define os períodos dos planos em meses, e uma gestão reeleita mantém o seu plano em andamento além da eleição.
# en-hash: 3a96eb87
P101-fix = Termine o plano até a data indicada na mensagem, ou registre o mandato que contém o início do plano. Se a mesma gestão foi reeleita, indique-a com `administration` nos dois mandatos (e registre o novo mandato assim que for conhecido).

## P102 plan-before-joining

# en-hash: 921397f5
P102-summary = Um plano começa antes da adesão do membro à OGP Local.
# en-hash: 52e771cf
P102-section = Manual, Plano de Ação (o período começa com a adesão da jurisdição)
# en-hash: 7a127fe3
P102-what = Compara o `start` de cada plano com `joined` em jurisdiction.toml.
# en-hash: fd565672
P102-why = O período do plano de ação começa quando a jurisdição adere à OGP Local; um plano não pode começar antes da adesão.
# en-hash: b5b47e16
P102-fix = Faça o plano começar na data de adesão ou depois dela, ou corrija `joined`.

## P103 plan-length

# en-hash: 41d9a082
P103-summary = Sem eleições, o plano não corresponde à estratégia de médio prazo nem dura de um a quatro anos.
# en-hash: 430d47d2
P103-section = Manual, Plano de Ação (jurisdições sem eleições)
# en-hash: 4094afef
P103-what = Para uma jurisdição com `elections = false`, aceita um plano que corresponda a `medium_term_strategy` (ele começa na mais tardia entre a data de adesão e o início da estratégia, de modo que um membro que aderiu no meio da estratégia possa se alinhar a ela, e termina no fim da estratégia), ou um plano que dure de um a quatro anos: de início + 1 ano - 1 dia a início + 4 anos - 1 dia, ambos incluídos, sendo que somar anos mantém o mês e o dia (29 de fevereiro vira 28 de fevereiro), de modo que um plano de 2027-02-28 a 2028-02-27 dura um ano.
# en-hash: d8e83955
P103-why = Onde não há eleições, o Manual permite que o plano siga a estratégia de médio prazo do governo ou um período escolhido de um a quatro anos.
# en-hash: 48676d4d
P103-fix = Faça o plano durar de um a quatro anos, ou defina `medium_term_strategy` com o período da estratégia e alinhe o plano a ela.

## P104 plan-language

# en-hash: c69d6e03
P104-summary = O plano não está em inglês e nenhuma versão em inglês foi informada.
# en-hash: d44ed819
P104-section = Manual, Plano de Ação (enviado em inglês)
# en-hash: 04b3a373
P104-what = Verifica se `language` é inglês ("en", "en-GB", "English"...) ou se `english_version` aponta para uma versão em inglês. É um aviso enquanto o plano ainda está em cocriação.
# en-hash: 75654dd0
P104-why = Os planos são enviados à Unidade de Apoio em inglês para que pessoas de outros países possam aprender com as reformas umas das outras.
# en-hash: c31bae39
P104-fix = Acrescente `english_version` com um link para a tradução em inglês, ou envie o plano em inglês.

## P105 strategy-incomplete

# en-hash: ca7f5845
P105-summary = A Estratégia Local de Governo Aberto não tem visão, princípios, objetivos ou mecanismos de participação.
# en-hash: 1bbd972b
P105-section = Manual, Plano de Ação (Estratégia Local de Governo Aberto)
# en-hash: 140ce053
P105-what = Verifica se [strategy] tem `vision`, `principles`, `objectives` e `engagement` preenchidos. É um aviso enquanto o plano ainda está em cocriação.
# en-hash: 886199da
P105-why = O plano começa com um resumo da estratégia: a visão e os princípios de longo prazo, os objetivos do período e a forma como as partes interessadas não governamentais serão envolvidas.
# en-hash: 6648594d
P105-fix = Preencha as partes que faltam em [strategy].

## P106 first-plan-late

# en-hash: 81d8660a
P106-summary = O primeiro plano não foi enviado dentro do prazo da Unidade de Apoio (com as prorrogações).
# en-hash: eb06d9e3
P106-section = Manual, Inatividade (primeiro plano dos novos membros)
# glossary-exempt: status: `ogp status` é o nome de um comando
# en-hash: d05a5749
P106-what = Toma `submission_deadline` de jurisdiction.toml, prorrogado até o `until` mais tardio dos eventos `extension` registrados até a data de referência e adiado por cada dia que o membro passou em inatividade voluntária, e verifica o `submitted` do primeiro plano. Só é adiado um prazo ainda em curso quando uma pausa começa; um prazo já perdido continua perdido. A falta de envio depois do prazo é um erro; o envio depois do prazo gera um aviso (com atraso). Depois de uma revogação, o apontamento é encerrado: nada do que for registrado a partir de então conta. `ogp status` usa a mesma data.
# en-hash: 1820b48e
P106-why = Um novo membro que não envia o seu primeiro plano dentro do prazo definido pela Unidade de Apoio, sem prorrogação concedida, torna-se inativo.
# en-hash: 83df8499
P106-fix = Envie o plano e registre `submitted`, ou registre a prorrogação concedida pela Unidade de Apoio como um [[event]] com kind = "extension" e `until`.

## P107 next-plan-late

# en-hash: c0222f83
P107-summary = Um plano terminou e o seguinte não foi enviado dentro de quatro meses.
# en-hash: 5abb14fa
P107-section = Manual, Plano de Ação (quatro meses entre planos) e Inatividade
# en-hash: 75d7c800
P107-what = Para cada plano enviado que já terminou, verifica se um plano posterior foi enviado dentro de quatro meses corridos após o seu fim, prazo adiado por cada dia que o membro passou nesse meio-tempo em inatividade voluntária (só enquanto o prazo ainda estava em curso). A falta de envio depois do prazo é um erro; o envio com atraso gera um aviso. Depois de uma revogação, o apontamento é encerrado: nada do que for registrado a partir de então conta. As prorrogações concedidas pela Unidade de Apoio valem apenas para o primeiro plano de um novo membro (P106), não aqui.
# en-hash: efb61e28
P107-why = Os membros têm até quatro meses entre o fim de um plano e o envio do seguinte; depois disso, tornam-se inativos.
# en-hash: 4e80fc67
P107-fix = Cocrie e envie o próximo plano: acrescente plans/<id-do-proximo-plano>/plan.toml com a sua data `submitted`.

## P108 no-submission-deadline

# en-hash: 3094d9f6
P108-summary = O primeiro plano não foi enviado e nenhum prazo de envio está registrado.
# en-hash: 1e492fdb
P108-section = Manual, Inatividade e Atuação Contrária ao Processo (prazo dos novos membros)
# en-hash: e0e91c8e
P108-what = Aponta uma jurisdição cujo primeiro plano não foi enviado até a data de referência enquanto jurisdiction.toml não tem prazo de envio (`submission_deadline`).
# en-hash: 07d9b03e
P108-why = Um novo membro torna-se inativo quando perde o prazo que a Unidade de Apoio definiu para o seu primeiro plano. Sem essa data registrada, nem o membro nem os seus parceiros conseguem saber quando isso acontece, e nenhuma verificação pode avisar a tempo.
# en-hash: 16d54b01
P108-fix = Registre o prazo definido pela Unidade de Apoio: submission_deadline = AAAA-MM-DD.

## P109 term-not-recorded

# en-hash: 42c6581d
P109-summary = Com eleições, a data é posterior ao fim do último mandato de governo registrado.
# en-hash: 3fd0c566
P109-section = Manual, Plano de Ação (período alinhado ao mandato)
# en-hash: a4859cd7
P109-what = Para uma jurisdição com eleições, aponta quando a data de referência é posterior ao fim de todos os [[term]] registrados de um governo: os do governo líder e, em um plano conjunto, os mandatos próprios de cada membro (`member`), quando ele os tem.
# en-hash: 340ef701
P109-why = O período do plano está ligado à gestão em exercício. Depois que o último mandato registrado termina, o limite para o fim do próximo plano não pode ser calculado até que o mandato da nova gestão seja registrado.
# en-hash: 5e730734
P109-fix = Acrescente o [[term]] da nova gestão com o seu início e o seu fim.

## R401 no-forum

# en-hash: c0a9d845
R401-summary = Nenhum espaço de participação (fórum) está registrado.
# en-hash: 6f372a28
R401-section = Manual, Requisitos Mínimos 1 (Fórum)
# en-hash: b59933fc
R401-what = Verifica se jurisdiction.toml tem um [forum] com nome. Um fórum criado depois da data de referência ainda não existe: é um aviso enquanto o primeiro plano está em cocriação e um erro quando um plano é enviado.
# en-hash: 8e2d64e9
R401-why = O governo local, com as partes interessadas não governamentais, deve ter um espaço de participação para elaborar e revisar o plano de ação.
# en-hash: f3fb0503
R401-fix = Registre o fórum: [forum] name = "...", established = AAAA-MM-DD, description = "...".

## R402 no-co-creation-meeting

# en-hash: c71a1763
R402-summary = Nenhuma reunião de cocriação com um participante não governamental antes do envio do plano.
# en-hash: ceb36101
R402-section = Manual, Requisitos Mínimos 2 (Regularidade)
# en-hash: bac2d5bb
R402-what = Para cada plano enviado, procura uma reunião de cocriação do plano que envolva partes interessadas não governamentais: `purpose = "co-creation"`, pelo menos um participante não governamental, realizada na fase de cocriação do plano (a partir da data de adesão, para o primeiro plano, e a partir do envio do plano anterior, para os demais, de modo que um membro pode cocriar o próximo plano enquanto implementa o atual) e até o dia do envio deste plano.
# en-hash: 92350e8d
R402-why = Pelo menos uma reunião com a sociedade civil e as partes interessadas não governamentais deve ser realizada durante a cocriação do plano de ação.
# en-hash: b5c560e9
R402-fix = Registre a(s) reunião(ões) de cocriação, com os seus participantes não governamentais, em meetings.toml.

## R403 implementation-meetings

# en-hash: 163e7107
R403-summary = Um ano de implementação terminou com menos reuniões com partes interessadas não governamentais do que o necessário.
# en-hash: 07ab9a2a
R403-section = Manual, Requisitos Mínimos 2 (Regularidade)
# en-hash: fd9df915
R403-what = Divide a implementação em anos de 12 meses a partir do seu início (o último encurtado pelo fim do plano) e, para cada ano encerrado, conta as reuniões do plano realizadas nele das quais participou pelo menos uma parte interessada não governamental, qualquer que seja o seu `purpose` (uma reunião do fórum que cocria um novo compromisso também é uma reunião sobre a implementação do plano): são necessárias duas; um último ano encurtado, de três a seis meses, precisa de uma, e um de menos de três meses, de nenhuma. Um ano em que pelo menos metade dos dias foi passada em inatividade voluntária fica isento.
# en-hash: 9311945b
R403-why = Devem ser realizadas duas reuniões por ano sobre a implementação do plano de ação com a sociedade civil e as partes interessadas não governamentais.
# en-hash: 2966dcbe
R403-fix = Realize as reuniões de implementação com as partes interessadas não governamentais e registre os seus participantes; daqui em diante, programe no plano duas por ano.

## R404 not-multi-stakeholder

# en-hash: 4b0fae41
R404-summary = Nenhuma reunião de cocriação teve ao mesmo tempo participantes governamentais e não governamentais.
# en-hash: c4516fa0
R404-section = Manual, Requisitos Mínimos 3 (Multissetorial)
# en-hash: 6739484f
R404-what = Para cada plano enviado, procura uma reunião de cocriação do plano, realizada na sua fase de cocriação até o seu envio, da qual tenham participado pelo menos uma parte interessada governamental e pelo menos uma parte interessada não governamental.
# en-hash: 31212d4c
R404-why = O espaço de cocriação deve incluir representantes governamentais e não governamentais.
# en-hash: 842d79a3
R404-fix = Registre os participantes governamentais e não governamentais das reuniões de cocriação (identificadores das partes interessadas com os seus setores).

## R405 endorsement

# en-hash: 9fae2afa
R405-summary = O plano não foi endossado por partes interessadas não governamentais antes do envio.
# en-hash: 9079fbf4
R405-section = Manual, Requisitos Mínimos 4 (Endosso)
# en-hash: 406d254a
R405-what = Verifica se [endorsement] existe com um `by` preenchido, se nenhum dos que endossaram é uma parte interessada governamental e se a data é igual ou anterior à do envio. É um aviso enquanto o plano ainda está em cocriação.
# en-hash: a5b94250
R405-why = As partes interessadas não governamentais devem endossar o plano de ação final, e o governo envia a lista dos seus nomes como parte do plano.
# en-hash: e8ec340e
R405-fix = Antes do envio, registre as partes interessadas não governamentais que endossaram o plano final e a data em que o fizeram.

## S001 toml-syntax

# en-hash: 40396d58
S001-summary = Um arquivo não é TOML válido ou não é um texto legível.
# en-hash: 1c6beae6
S001-section = Formato: o repositório do plano (docs/format.md)
# en-hash: bbf98287
S001-what = Aponta cada erro de sintaxe de um arquivo (não só o primeiro), cada um na sua linha e coluna, com o que escrever no lugar, em palavras simples: `C1 = 60` em vez de `C1 = 60%`, `quarter = "2027-Q3"` em vez de um trimestre sem aspas, uma lista ou um cabeçalho não fechado, `[point_of_contact]` em vez de `[point of contact]`, uma vírgula depois de um valor, uma data escrita por extenso (`December 15, 2027`), um delimitador de bloco de código Markdown colado junto com o TOML. Também um arquivo que não pode ser lido como texto UTF-8. Como avisos: o que o ogp lê mas as ferramentas de TOML dos editores rejeitam (uma marca de ordem de bytes, uma vírgula antes do `{"}"}` de uma tabela `{"{"} {"}"}`, uma tabela `{"{"} {"}"}` em várias linhas).
# en-hash: 41d973a9
S001-why = Nada em um arquivo que não pode ser lido pode ser verificado, então todas as outras regras ficam cegas para ele. Os requisitos do Manual só podem ser demonstrados a partir de registros legíveis.
# en-hash: 918aa930
S001-fix = Corrija o TOML na posição marcada: feche as strings e os colchetes, escreva um só par chave = valor por linha e salve o arquivo em UTF-8.

## S002 invalid-value

# en-hash: b5523c4e
S002-summary = Falta uma chave obrigatória, ou um valor tem o tipo errado ou está fora dos limites.
# en-hash: 2a2bfac1
S002-section = Formato: o repositório do plano (docs/format.md)
# en-hash: 0d818b15
S002-what = Aponta uma chave obrigatória ausente, um texto obrigatório deixado vazio (`country = ""`, o `name` do membro, o `title` de um plano), um valor do tipo errado, uma data impossível ou uma data com hora onde cabe uma data, uma data cujo ano é anterior a 1990 ou posterior a 2100 (um erro de digitação como 2207 em vez de 2027), um valor fora da sua lista (`sector`, `purpose`, `kind`), um trimestre que não está no formato AAAA-Q1..Q4, uma porcentagem fora do intervalo de 0 a 100, um `id` de compromisso que contém dois identificadores (`"C3, C4"`), um plano conjunto com menos de dois membros, uma jurisdição com eleições mas sem mandato de governo, e a falta de [point_of_contact] (ou um sem `name` ou sem `email`). Um valor que não pode ser lido não é tratado como ausente: quando a situação de adesão depende dele, `ogp status` mostra a situação "desconhecido" até que ele seja corrigido.
# en-hash: 420847f1
S002-why = Os prazos são calculados a partir desses valores; um valor errado tornaria errada toda regra que depende dele. Uma jurisdição com eleições precisa dos seus mandatos porque o Manual vincula o período do plano ao mandato do governo (Plano de Ação).
# en-hash: 502a6e6f
S002-fix = Escreva o valor que a chave espera: datas sem aspas como 2026-05-15, trimestres como 2026-Q3, porcentagens inteiras de 0 a 100; a pasta schema/ descreve todas as chaves.

## S003 unknown-key

# en-hash: 0299f4fd
S003-summary = Uma chave que o formato dos arquivos não conhece (provavelmente um erro de digitação).
# en-hash: 64cffe5c
S003-section = Formato: o repositório do plano (docs/format.md)
# en-hash: f13e319d
S003-what = Aponta cada chave que não faz parte do formato dos arquivos, com a chave provavelmente pretendida: pelo sentido (em um marco, `deadline` é o seu prazo `due`, e `finished`, o seu cumprimento `done`) ou pela grafia (`submited`). Para uma chave com uma data que não corresponde a nada, a mensagem indica as datas que a sua tabela registra.
# en-hash: a10dfaa7
S003-why = Uma chave com erro de grafia é ignorada sem aviso por um leitor tolerante, de modo que um fato registrado (um envio, uma avaliação) se perderia e um prazo pareceria perdido.
# en-hash: 1c64111c
S003-fix = Renomeie a chave para a sugerida; se for apenas uma anotação, ponha # no início da linha para mantê-la como comentário.

## S004 unknown-reference

# en-hash: f1968331
S004-summary = Um identificador se refere a uma parte interessada, reunião ou compromisso que não está definido.
# en-hash: 6bef8ab6
S004-section = Formato: identificadores referenciados entre arquivos (docs/format.md)
# en-hash: 24aa8c5b
S004-what = Confere com as definições cada identificador de parte interessada (órgão responsável, órgão de monitoramento, quem endossou, participantes, quem aprovou), cada identificador de reunião em `co_created_in`, cada identificador de compromisso no acompanhamento e o `member` de cada mandato (um dos `members` de um plano conjunto).
# en-hash: 741e9092
S004-why = Quem endossou o plano e quem participou da cocriação decidem os requisitos mínimos 2 a 4 do Manual; um identificador que não aponta para nada não pode contar como ninguém.
# en-hash: 5149cc6b
S004-fix = Corrija o identificador, ou acrescente o [[stakeholder]] que falta em jurisdiction.toml (ou a reunião, ou o compromisso).

## S005 duplicate-id

# en-hash: 2e44d4b9
S005-summary = Um identificador está definido duas vezes onde deveria ser único.
# en-hash: ffbdabc3
S005-section = Formato: identificadores referenciados entre arquivos (docs/format.md)
# en-hash: d8175aa2
S005-what = Aponta um identificador de parte interessada definido duas vezes em jurisdiction.toml, um identificador de reunião definido duas vezes no meetings.toml de um plano, um identificador de compromisso definido duas vezes em um plano e um trimestre de acompanhamento informado duas vezes.
# en-hash: c7aac726
S005-why = As referências devem ser inequívocas; do contrário, uma regra poderia contar a reunião, o compromisso ou a atualização errada.
# en-hash: 6cd5e605
S005-fix = Dê a cada um o seu próprio identificador, ou junte as duas entradas.

## S006 date-order

# en-hash: 47c49534
S006-summary = Datas fora de ordem: um intervalo termina antes de começar, ou algo acontece antes daquilo que deveria seguir (uma conclusão, uma avaliação, uma alteração, uma atualização do acompanhamento).
# en-hash: 5e886995
S006-section = Formato: o repositório do plano (docs/format.md)
# en-hash: 48edbaa2
S006-what = Verifica se o plano, cada mandato, cada compromisso, o período da estratégia de médio prazo e uma prorrogação terminam no dia em que começam ou depois, se um compromisso não é concluído antes de começar, se nenhuma avaliação vem antes do que ela avalia (`assessed` antes de `completed`, `inception` antes de `submitted`, `final_learning` antes do fim do plano), se nenhum [[change]] ou `withdrawn` tem data anterior à entrada do compromisso no plano (o envio do seu plano, ou `added`) e se nenhuma atualização do acompanhamento de um plano enviado tem data anterior ao envio do plano (essa atualização não conta). `assessed` sem `completed` é permitido: o órgão de monitoramento avaliou um compromisso não concluído. Um acompanhamento que registra atualizações de um plano sem nenhum `submitted` recebe um único aviso: as atualizações não contam para nada até que o envio seja registrado.
# en-hash: bcc5cc49
S006-why = Todos os prazos do Manual são contados a partir dessas datas; um intervalo invertido é sempre um erro de digitação.
# en-hash: eda98ed1
S006-fix = Corrija as datas para que cada uma venha depois daquilo de que depende: um fim no dia do início ou depois, uma conclusão depois do início, uma avaliação depois do que ela avalia, uma alteração ou uma atualização do acompanhamento no dia do envio ou depois.

## S007 missing-file

# en-hash: 95137bf4
S007-summary = Uma pasta de plano sem plan.toml, ou um caminho que não contém nenhum repositório de plano.
# en-hash: 7e3fae20
S007-section = Formato: o repositório do plano (docs/format.md)
# en-hash: 9574762d
S007-what = Aponta uma pasta de plano, dentro de plans/, que não tem plan.toml, um arquivo obrigatório que está faltando e um caminho dado ao ogp que não tem nenhum jurisdiction.toml em lugar nenhum abaixo dele.
# en-hash: 265962ca
S007-why = Um plano de ação é o núcleo da adesão (Manual: Plano de Ação); uma pasta sem o seu arquivo de plano não pode ser verificada de forma alguma.
# en-hash: 670fd272
S007-fix = Acrescente o arquivo que falta (ogp init mostra uma estrutura completa), ou indique ao ogp a pasta que contém jurisdiction.toml.

## S008 future-fact

# en-hash: 1fc44384
S008-summary = Um fato tem data posterior a hoje.
# en-hash: 66275d12
S008-section = Formato: datas e horários (docs/format.md)
# en-hash: 2949dc9f
S008-what = Sem --as-of, aponta um fato (envio, conclusão, avaliação, reunião, atualização do acompanhamento, endosso, alteração, evento) com data posterior a hoje. O fato é ignorado até a sua data. Com --as-of, a data é uma reconstituição, e os fatos posteriores a ela simplesmente ainda não são conhecidos.
# en-hash: d21f2acb
S008-why = Um fato registra algo que aconteceu; uma data futura costuma ser um erro de digitação no ano ou um plano escrito antes da hora, e, além disso, esconderia um prazo perdido.
# en-hash: 32fb3d48
S008-fix = Corrija a data, ou retire o fato até que ele tenha acontecido.

## S009 waiver-expired

# en-hash: 8c1537d0
S009-summary = A data `until` de uma dispensa já passou; os apontamentos que ela cobria voltam a contar.
# en-hash: 524ff130
S009-section = Formato: dispensas em jurisdiction.toml (docs/format.md, docs/ci.md)
# en-hash: 24bd2c67
S009-what = Aponta um `[[waiver]]` de jurisdiction.toml cuja data `until` é anterior à data de referência. A dispensa não vale mais, e os apontamentos que ela cobria voltam a ser informados com a sua própria gravidade.
# en-hash: 15d35098
S009-why = Uma dispensa é uma exceção acordada por um tempo limitado (uma prorrogação em negociação, um marco reprogramado). Deixá-la vencer sem aviso esconderia um problema para sempre ou pegaria a equipe de surpresa no dia em que vence; o vencimento é um prazo como qualquer outro.
# en-hash: 1eccc94d
S009-fix = Corrija o que a dispensa cobria e remova-a, ou acorde uma nova exceção e defina um `until` posterior com um `reason` atualizado.

## S010 waiver-unused

# en-hash: 49beb8aa
S010-summary = Uma dispensa não cobre nenhum apontamento.
# en-hash: 40648db2
S010-section = Formato: dispensas em jurisdiction.toml (docs/format.md, docs/ci.md)
# en-hash: c89221ef
S010-what = Aponta um `[[waiver]]` de jurisdiction.toml ainda em vigor que não corresponde a nenhum apontamento da sua regra e do seu alvo.
# en-hash: f055f44e
S010-why = Uma dispensa que não cobre nada está obsoleta (o problema foi corrigido) ou mal direcionada (um erro de digitação no arquivo ou no identificador); nos dois casos, ela cobriria sem aviso um apontamento futuro que ninguém concordou em dispensar.
# en-hash: 798ae75c
S010-fix = Remova a dispensa, ou corrija o seu `rule`, `file` ou `id` para que ela cubra o apontamento pretendido.

## S011 duplicate-name

# en-hash: 2fbcd048
S011-summary = Duas jurisdições verificadas juntas têm o mesmo nome.
# en-hash: dafb3b53
S011-section = Formato: um repositório de plano por membro (docs/format.md)
# en-hash: e2a7719d
S011-what = Quando uma mesma verificação abrange várias jurisdições, aponta cada jurisdição cujo `name` em jurisdiction.toml também é o de outra jurisdição da verificação. A mensagem indica até três das outras pela pasta e conta as demais.
# en-hash: e83e5fce
S011-why = Cada membro é uma jurisdição com o seu próprio plano e a sua própria situação; em uma visão do registro, em um calendário ou em uma tabela de situações, dois membros com o mesmo nome não podem ser distinguidos, e um prazo poderia ser tomado como o do outro.
# en-hash: 0fb0f4bd
S011-fix = Dê a cada jurisdição o nome pelo qual ela é conhecida, diferenciado quando necessário, por exemplo "Springfield (Oregon)".

## S012 unread-file

# en-hash: b0585f9d
S012-summary = Um arquivo ou pasta que parece um arquivo do plano não é lido: o seu nome ou lugar não é um dos que o formato lê.
# en-hash: 5d29bfaa
S012-section = Formato: o repositório do plano (docs/format.md)
# en-hash: 65348d07
S012-what = Examina tudo o que há dentro da pasta de uma jurisdição e indica o que parece um arquivo do plano mas não é lido, com o nome que ele provavelmente deveria ter: qualquer arquivo `*.toml` (em maiúsculas ou minúsculas) fora dos lugares que o formato lê; um arquivo com o nome de um dos arquivos do formato, sem considerar maiúsculas e minúsculas nem uma extensão `.txt` ou ausente (`meeting.toml`, `Tracker.toml`, `plan.toml.txt`); uma pasta com nome parecido com `plans` ou `commitments` onde essa pasta deve ficar (`Plans/`, `commitment/`); um arquivo em commitments/ que termina em `.txt` ou `.tml`, sem extensão ou com `.TOML` em maiúsculas; um compromisso salvo ao lado de plan.toml. É um erro quando o arquivo ocupa o lugar de um arquivo do formato que está faltando (`meeting.toml` em uma pasta de plano sem meetings.toml, um compromisso que não está em nenhum arquivo de commitments/): os vereditos que precisam do arquivo ausente não são dados e a situação de adesão aparece como "desconhecido" até que ele seja renomeado. Dentro de uma pasta com muitas jurisdições, uma pasta cujo `jurisdiction.toml` tem o nome errado (`Jurisdiction.toml`) também é um erro: esse membro ficaria de fora da verificação. Não diz nada sobre README, LICENSE, docs/, arquivos e pastas ocultos (.github/, .git/), atas em PDF ou Word, imagens, CSV e tudo o mais que não parece um arquivo do plano, nem sobre o que a lista `ignore` de jurisdiction.toml indica.
# en-hash: 8d03dc18
S012-why = Um verificador que pula um arquivo com nome errado chega ao veredito sem ele: um `meeting.toml` lido como "nenhuma reunião" diria que o membro descumpriu os requisitos mínimos e teve a adesão revogada, quando as reuniões foram realizadas e registradas. Um registro presente com o nome errado está ilegível, não ausente, e o ogp diz isso em vez de dar um veredito que não pode sustentar.
# en-hash: 0a9636c4
S012-fix = Renomeie o arquivo ou a pasta para o nome que o ogp lê (o apontamento mostra o comando), ou, para um arquivo mantido ali de propósito, inclua-o em `ignore` em jurisdiction.toml: `ignore = ["notes.toml", "site/**"]` (padrões relativos à pasta da jurisdição).

## S013 placeholder

# en-hash: 5c9b3574
S013-summary = Um valor ainda contém um texto provisório: o que o `ogp init` escreveu, um endereço de exemplo ou a palavra `TODO`.
# en-hash: f193b007
S013-section = Formato: o repositório do plano (docs/format.md)
# glossary-exempt: point of contact: "Point of contact (replace with a name)" é o texto exato que o ogp init escreve
# en-hash: 9b11a7fc
S013-what = Aponta um valor de texto que ainda é exatamente um dos textos provisórios que o `ogp init` escreve ("Point of contact (replace with a name)", "point-of-contact@example.org"...), um endereço de e-mail ou link em example.org, example.com ou example.net, ou um texto que contém a palavra `TODO` em maiúsculas, isolada. Os valores que o `ogp init` preenche de verdade (`language = "en"`, um mandato que começa no dia da adesão) não são textos provisórios, nem os endereços de outros domínios (um endereço `.example` é aceito). Um texto obrigatório vazio é caso de S002, não de S013.
# en-hash: f5987bbc
S013-why = Um plano que ainda indica "Point of contact (replace with a name)" ou escreve para nobody@example.org parece concluído para um verificador e inacabado para todos os demais: a equipe da OGP Local, o fórum e o órgão de monitoramento precisam dos nomes reais e de uma forma de contatar o ponto de contato.
# en-hash: 40de3b23
S013-fix = Escreva o valor real no lugar do texto provisório: o nome do membro, o endereço real do ponto de contato, a descrição real do fórum.

## T501 inactive

# en-hash: d0aff65c
T501-summary = O membro está inativo na data de referência (não voluntariamente).
# en-hash: 2fb5f82d
T501-section = Manual, Inatividade e Atuação Contrária ao Processo
# en-hash: 449c927b
T501-what = Reconstitui a situação de adesão a partir dos registros e aponta quando o membro está inativo (`inactive`) na data de referência: o primeiro plano ou o plano seguinte não foi enviado a tempo; dois trimestres de acompanhamento seguidos do membro ficaram parados (nenhuma atualização até o vencimento do segundo, um mês depois do seu fim, ou uma atualização sem nenhum avanço enquanto um compromisso estava em aberto), contando juntos os trimestres de todos os seus planos, de modo que o último trimestre de um plano e o primeiro do seguinte formam um par; ou um plano devido após um restabelecimento não foi enviado. Um membro restabelecido por evidência enquanto um plano cujo prazo passou ainda não foi enviado deve enviar esse plano até quatro meses depois da evidência; se perder esse dia, fica inativo de novo, e então só o envio desse plano o restabelece. Um gatilho que ocorre enquanto o membro está inativo voluntariamente passa a valer quando a pausa termina, se ainda se aplicar. As atualizações do acompanhamento só contam quando têm data do dia do envio do seu plano ou posterior. Indica o registro que desencadeou a inatividade. Nenhum apontamento T é dado enquanto a situação aparece como "desconhecido" porque um registro não pode ser lido (um arquivo que não é TOML válido, um valor errado, uma chave com erro de grafia de que a situação precisa, um [[event]] sem `kind`): os apontamentos S dizem o que corrigir.
# en-hash: 4b2d0fc3
T501-why = Um membro que perde o seu prazo de envio, ou cujo acompanhamento on-line não mostra nenhuma atualização ou nenhum avanço em dois trimestres seguidos, torna-se inativo; seis meses depois, entra em período probatório.
# en-hash: 0b4cf2fb
T501-fix = Mostre atividade: realize uma reunião de cocriação com a participação de uma parte interessada não governamental, envie o plano ou registre uma atualização do acompanhamento que mostre avanço. Um evento `resumed` não encerra essa situação: ele só encerra a inatividade voluntária. `ogp status` diz o que restabelece a situação de ativo e quando começa o período probatório.

## T502 probation

# en-hash: b69ccbd2
T502-summary = O membro está em período probatório na data de referência.
# en-hash: 2779fc0f
T502-section = Manual, Inatividade e Atuação Contrária ao Processo (período probatório)
# en-hash: 5b69790f
T502-what = Aponta a situação de período probatório (`probation`) na data de referência: seis meses seguidos de inatividade (no dia que cai seis meses após o início da inatividade; uma evidência com data desse dia chega tarde demais), uma inatividade voluntária não encerrada até o seu dia-limite de retomada (o `until` do evento, ou seis meses menos um dia), um plano enviado sem nenhuma reunião de cocriação com a participação de partes interessadas não governamentais, ou um ano de implementação encerrado sem nenhuma reunião com a participação delas.
# en-hash: 49fb9314
T502-why = Não retomar a atividade após seis meses de inatividade, ou não demonstrar o envolvimento das partes interessadas não governamentais, é atuação contrária ao processo; a adesão é revogada quatro meses depois, a menos que os requisitos sejam cumpridos.
# glossary-exempt: status: `ogp status` é o nome de um comando
# en-hash: 32043c70
T502-fix = Cumpra o requisito antes da data de revogação que `ogp status` mostra: se falta envolvimento, realize uma reunião com a participação de partes interessadas não governamentais; caso contrário, mostre atividade (reunião de cocriação, envio, avanço no acompanhamento).

## T503 revoked

# en-hash: b09f49c4
T503-summary = A adesão está revogada na data de referência.
# en-hash: cae699fa
T503-section = Manual, Inatividade e Atuação Contrária ao Processo (revogação)
# en-hash: a9f16813
T503-what = Aponta a situação de adesão revogada (`revoked`): o período probatório não terminou dentro de quatro meses (no dia que cai quatro meses após o seu início; uma evidência com data desse dia chega tarde demais). A revogação é definitiva: os registros com data do dia da revogação ou posterior (uma prorrogação, um evento, um envio, qualquer evidência) não mudam nada, nem na situação, nem nas demais regras, nem no calendário; nenhum prazo posterior é devido.
# en-hash: ac34a857
T503-why = Se, após quatro meses de período probatório, o membro não tiver cumprido os requisitos, a sua adesão é revogada.
# en-hash: 446846b8
T503-fix = Nada nos arquivos do plano restabelece uma adesão revogada; fale com a Unidade de Apoio da OGP sobre uma nova adesão.

## T504 voluntary-inactive

# en-hash: f91178eb
T504-summary = O membro está inativo voluntariamente na data de referência.
# en-hash: 0f2b0afb
T504-section = Manual, Inatividade e Atuação Contrária ao Processo (inatividade voluntária)
# en-hash: b2495944
T504-what = Aponta a situação de inatividade voluntária (`voluntary-inactive`): um evento `voluntary-inactive` registrado quando o membro estava ativo, sem evento `resumed` nem atividade desde então. Uma pausa interrompe a contagem, mas não a zera: os prazos de envio do primeiro plano e do plano seguinte ainda em curso quando ela começa são adiados por cada dia de pausa, um trimestre de acompanhamento ou um ano de implementação com pelo menos metade dos dias em pausa fica isento, e um gatilho que ocorre durante a pausa passa a valer no primeiro dia depois dela, se ainda se aplicar; os marcos, os prazos de avaliação, o prazo para alterações e as datas do próprio plano não mudam. O membro deve retomar as atividades até a data `until` do evento (o período acordado com a Unidade de Apoio) ou, na falta dele, seis meses menos um dia após o evento; no dia seguinte, entra em período probatório. Um evento registrado durante a inatividade ou o período probatório não muda nada: quem decide sobre eles é a Unidade de Apoio, não o membro.
# en-hash: 2c77e032
T504-why = Os membros podem pedir para ficar inativos voluntariamente após acontecimentos imprevisíveis, sem prejuízo para a sua adesão; é um lembrete, não uma violação.
# en-hash: c75e52f1
T504-fix = Quando as atividades forem retomadas, e até o dia-limite de retomada que `ogp calendar` mostra, registre [[event]] kind = "resumed" com a data.
