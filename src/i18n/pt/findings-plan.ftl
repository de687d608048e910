### Apontamentos do plano de ação, dos requisitos mínimos, da situação de adesão, do histórico do git, dos nomes, dos textos provisórios e das dispensas.

## P101
# en-hash: 5e6ff4c1
p101-no-term = o plano começa em { $start }, data que não cai em nenhum mandato de governo registrado
# en-hash: b8168741
p101-no-term-member = o plano começa em { $start }, data que não cai em nenhum mandato de governo registrado de { $member }
# en-hash: 04141777
p101-no-term-help = acrescente a jurisdiction.toml o [[term]] da gestão em exercício quando o plano começa
# en-hash: cf5ad693
p101-no-term-member-help = acrescente a jurisdiction.toml o [[term]] de { $member } da gestão em exercício quando o plano começa
# en-hash: 340995f8
p101-label-no-term = em nenhum mandato
# en-hash: 00df75d0
p101-outlasts = o plano termina em { $end }; { $term }, então o plano deve terminar até { $limit }
# en-hash: 9f95c268
p101-outlasts-pending = o plano termina em { $end }; { $term }, então o plano deve terminar até { $limit }; isso só vale se a gestão { $administration } for reeleita
# en-hash: 4db0fd23
p101-outlasts-no-later = o plano termina em { $end }; { $term }, então o plano deve terminar até { $limit }, e nenhum mandato posterior da gestão { $administration } está registrado
# en-hash: 4cf38adc
p101-term-re-elected = os mandatos da gestão reeleita { $administration } terminam em { $end }
# en-hash: 7f4f6f78
p101-term-re-elected-member = os mandatos de { $member } da gestão reeleita { $administration } terminam em { $end }
# en-hash: 0a028900
p101-term-administration = o mandato da gestão { $administration } termina em { $end }
# en-hash: b369d068
p101-term-administration-member = o mandato de { $member } da gestão { $administration } termina em { $end }
# en-hash: b90f48cf
p101-term = o mandato termina em { $end }
# en-hash: 2874bc33
p101-term-member = o mandato de { $member } termina em { $end }
# en-hash: 47e3485d
p101-outlasts-pending-help = se { $administration } for reeleita, registre o novo [[term]] com administration = "{ $administration }"; caso contrário, faça o plano terminar até { $limit }
# en-hash: 2e09235c
p101-outlasts-no-later-help = registre o [[term]] que começou depois de { $term_end } (com administration = "{ $administration }" se ela foi reeleita), ou faça o plano terminar até { $limit }
# en-hash: 74ea1675
p101-outlasts-help = faça o plano terminar até { $limit } (o último dia do segundo mês antes do mês em que o mandato termina); se a mesma gestão foi reeleita, indique-a nos dois mandatos com `administration`
# en-hash: 824233e0
p101-label-ends-too-late = termina tarde demais
# en-hash: 354bfc3d
p101-label-term-ends-here = o mandato termina aqui

## P102
# en-hash: 594a944a
p102-message = o plano começa em { $start }, antes de o membro aderir à OGP Local em { $joined }
# en-hash: 1162b97c
p102-help = faça o plano começar em { $joined } ou depois
# en-hash: b9378a7a
p102-label-before-joining = antes da adesão
# en-hash: 6553308e
p102-label-joined-here = data de adesão

## P103
# en-hash: 9b2756e0
p103-too-short = o plano vai de { $start } a { $end }; sem eleições, ele deve coincidir com a estratégia de médio prazo ou durar de um a quatro anos (terminar em { $bound } ou depois)
# en-hash: 3b5ddbad
p103-too-long = o plano vai de { $start } a { $end }; sem eleições, ele deve coincidir com a estratégia de médio prazo ou durar de um a quatro anos (terminar em { $bound } ou antes)
# en-hash: 467e1807
p103-label-too-short = curto demais
# en-hash: e07367f1
p103-label-too-long = longo demais
# en-hash: d2600f14
p103-label-strategy-period = o período da estratégia de médio prazo

## P104
# en-hash: 538b98e1
p104-message = o plano está em `{ $language }` e nenhuma versão em inglês foi indicada
# en-hash: 8d52d59d
p104-help = acrescente english_version = "<link para a tradução em inglês>" a plan.toml
# en-hash: ba1a5c4e
p104-label-not-english = não está em inglês

## P105
# en-hash: 6b988083
p105-no-strategy = o plano não tem [strategy] (o resumo da Estratégia Local de Governo Aberto)
# en-hash: 84152f6f
p105-no-strategy-help = acrescente [strategy] com vision, principles, objectives e engagement
# en-hash: 939af5df
p105-label-this-plan = este plano
# en-hash: 16bf5f08
p105-incomplete = a estratégia não tem { $missing }
# en-hash: f32a9735
p105-incomplete-more = { $head }, nem { $next }
# en-hash: e9deb323
p105-incomplete-help = preencha { $keys } em [strategy]
# en-hash: 8cc91d60
p105-keys-more = { $head }, { $next }
# en-hash: 8aa9bc0f
p105-label-incomplete = estratégia incompleta

# en-hash: 543406a7
p-deadline-moved = {" "}({ $base } antes de contar a inatividade voluntária)

## P106
# en-hash: b666326c
p106-late = o primeiro plano foi apresentado em { $submitted }, depois de vencido o prazo em { $deadline }{ $moved }
# en-hash: 603446fb
p106-late-help = não há nada a fazer agora; registre um evento de prorrogação se a Unidade de Apoio concedeu uma
# en-hash: 538455d0
p106-label-submitted-late = apresentado com atraso
# en-hash: 96dd7ed4
p106-label-the-deadline = o prazo
# en-hash: 8b1f9982
p106-missing = o primeiro plano vencia em { $deadline }{ $moved } e não foi apresentado até { $as_of }
# en-hash: 299c416e
p106-label-deadline-passed = prazo vencido
# en-hash: 8114d589
p106-label-not-submitted = este plano não tem `submitted`

## P107
# en-hash: a5406a4e
p107-late = o plano que terminou em { $end } foi seguido por um plano apresentado em { $submitted }, depois de vencido o prazo de quatro meses em { $deadline }{ $moved }
# en-hash: 2235c600
p107-late-help = não há nada a fazer agora; o plano seguinte está em vigor
# en-hash: 78abbad7
p107-label-submitted-late = apresentado com atraso
# en-hash: 35039613
p107-label-previous-ends = o plano anterior termina aqui
# en-hash: 9e12cb8e
p107-missing = o plano terminou em { $end }; o plano seguinte vencia em { $deadline }{ $moved } e nenhum foi apresentado até { $as_of }
# en-hash: 221dc6a1
p107-label-ended-here = terminou aqui

## P108
# en-hash: ead3d2c6
p108-message = o primeiro plano não foi apresentado e nenhum prazo está registrado (`submission_deadline`), então ninguém pode saber quando o membro passa a ficar inativo
# en-hash: d9926587
p108-help = registre o prazo fixado pela Unidade de Apoio: submission_deadline = AAAA-MM-DD em jurisdiction.toml
# en-hash: 2d0a474c
p108-label-no-deadline = data de adesão; nenhum prazo registrado

## P109
# en-hash: 24350f82
p109-message = o último mandato de governo registrado terminou em { $end }; registre o mandato da gestão em exercício em { $as_of }
# en-hash: 605a99b0
p109-member = o último mandato de governo registrado de { $member } terminou em { $end }; registre o mandato da gestão em exercício em { $as_of }
# en-hash: 0f7de08b
p109-help = acrescente a jurisdiction.toml um [[term]] com o início e o fim da nova gestão
# en-hash: 12858561
p109-member-help = acrescente a jurisdiction.toml um [[term]] com member = "{ $member }" e o início e o fim da nova gestão
# en-hash: 242af0e8
p109-label-last-term = o último mandato termina aqui

## R401
# en-hash: 2d95c754
r401-no-forum = nenhum fórum (espaço de participação) está registrado
# en-hash: 40944afa
r401-label-this-jurisdiction = esta jurisdição
# en-hash: bc2988af
r401-no-name = o fórum não tem nome
# en-hash: a9d4cee5
r401-label-empty = vazio
# en-hash: 39a7f369
r401-not-yet = o fórum só é estabelecido em { $date }
# en-hash: 2eca9844
r401-not-yet-help = o fórum deve existir enquanto o plano é cocriado
# en-hash: a575650a
r401-label-not-yet = ainda não estabelecido

## R402
# en-hash: ea9be948
r402-message = o plano foi apresentado em { $submitted } sem nenhuma reunião de cocriação com a presença de uma parte interessada não governamental
# en-hash: 59463275
r402-label-submitted-here = apresentado aqui

## R403
# en-hash: c80d7e96
r403-message = o ano de implementação { $year } (de { $first } a { $last }) teve { $held } com a presença de uma parte interessada não governamental; { $need }
# en-hash: 5cbde6c3
r403-held = { $n ->
    [0] { $n } reuniões de implementação
    [one] { $n } reunião de implementação
   *[other] { $n } reuniões de implementação
}
# en-hash: df723c42
r403-needed = { $n ->
    [one] é necessária { $n }
   *[other] são necessárias { $n }
}
# en-hash: 8aeb4cfe
r403-label-years-from-here = os anos de implementação contam a partir daqui

## R404
# en-hash: 9a613e31
r404-message = { $n ->
    [0] o plano não teve nenhuma reunião de cocriação com participantes governamentais e não governamentais ao mesmo tempo
    [one] a única reunião de cocriação do plano não teve participantes governamentais e não governamentais ao mesmo tempo
   *[other] nenhuma das { $n } reuniões de cocriação do plano teve participantes governamentais e não governamentais ao mesmo tempo
}
# en-hash: 9965f967
r404-label-submitted-here = apresentado aqui

## R405
# en-hash: a857a9fb
r405-no-endorsement = o plano não registra nenhum endosso de partes interessadas não governamentais
# en-hash: 25ae848d
r405-no-endorsement-help = acrescente [endorsement] com a data e os ids das partes interessadas não governamentais que endossaram o plano final
# en-hash: 78cb7afe
r405-label-this-plan = este plano
# en-hash: 39333ba3
r405-not-yet = o plano só é endossado em { $date }
# en-hash: b9c91d38
r405-label-not-yet = ainda não
# en-hash: ce9b5b16
r405-after-submission = o plano foi endossado em { $date }, depois de ser apresentado em { $submitted }
# en-hash: c76da54e
r405-after-submission-help = o plano final deve ser endossado antes de ser apresentado
# en-hash: 1cf40e4e
r405-label-after-submission = depois da apresentação
# en-hash: 93979214
r405-label-submitted-here = apresentado aqui
# en-hash: 781aec55
r405-no-endorsers = o endosso não indica quem endossa
# en-hash: 7b55bda1
r405-label-empty = vazio
# en-hash: 791932e2
r405-government = `{ $id }` é uma parte interessada governamental; só as partes interessadas não governamentais endossam o plano
# en-hash: 52756fce
r405-label-government = endosso governamental

## T501 to T504
# en-hash: 4f0365e4
t501-inactive = o membro está inativo desde { $since }: { $reason }
# en-hash: d5253a66
t502-probation = o membro está em período probatório desde { $since }: { $reason }
# en-hash: cda5c3be
t503-revoked = a adesão está revogada desde { $since }: { $reason }
# en-hash: 954a15f4
t504-voluntarily-inactive = o membro está inativo voluntariamente desde { $since }: { $reason }
# en-hash: 14c43488
t-then = { $now }; passa a { $status } em { $date }, a menos que { $unless }
# en-hash: bf8ea37c
t504-help = { $fix } Enquanto isso, os prazos de apresentação do plano são adiados por cada dia de pausa e os trimestres do acompanhamento passados quase todos em pausa são dispensados; os marcos e as datas de avaliação não mudam.
# en-hash: b48a3320
t-help-restore = a situação ativa volta com { $restore }

## C211
# en-hash: cb2b28a4
c211-changed = o commit { $commit } de { $date } alterou o compromisso { $commitment }: { $what }; nenhum [[change]] desse compromisso tem data a até 30 dias desse dia
# en-hash: e22e0cb8
c211-changed-renamed = o commit { $commit } de { $date } alterou o compromisso { $commitment } (antes chamado { $old_ids }): { $what }; nenhum [[change]] desse compromisso tem data a até 30 dias desse dia
# en-hash: 24fbacb4
c211-deleted = o commit { $commit } de { $date } excluiu o compromisso { $commitment }: { $what }; nenhum [[change]] desse compromisso tem data a até 30 dias desse dia
# en-hash: 30cb661c
c211-deleted-renamed = o commit { $commit } de { $date } excluiu o compromisso { $commitment } (antes chamado { $old_ids }): { $what }; nenhum [[change]] desse compromisso tem data a até 30 dias desse dia
# en-hash: af8983b0
c211-renamed-then = { $head }, depois { $next }
# en-hash: bfad16fb
c211-what-more = { $head }, { $next }
# en-hash: 51aa6834
c211-label-changed = alterado sem um [[change]]
# en-hash: a6e4653a
c211-what-value = `{ $key }` { $old } → { $new }
# en-hash: bdb1d934
c211-what-due = marco { $title }: `due` { $old } → { $new }
# en-hash: d1e77bbf
c211-what-milestone-title = título do marco { $old } → { $new }
# en-hash: 2e81aada
c211-what-milestone-removed = marco { $title } removido
# en-hash: b3de6f96
c211-what-milestone-added = marco { $title } acrescentado
# en-hash: 556ea833
c211-what-deleted = o arquivo foi excluído
# en-hash: 3a157824
c211-what-old-id = o id dele era { $id } então
# en-hash: 08e612c1
c211-none = (nenhum)

## S011
# en-hash: 493630b1
s011-message = outra jurisdição desta verificação também se chama "{ $name }": { $folders }
# en-hash: f4aba264
s011-folders-more = { $head }, { $next }
# en-hash: 24a58c5c
s011-and-more = { $folders } e mais { $n }
# en-hash: dc26e516
s011-label = o mesmo nome de outra jurisdição
# en-hash: 4573dbf4
s011-help = dê a cada jurisdição um nome próprio, aquele que as pessoas conhecem, por exemplo com a região: "Springfield (Oregon)"; até lá, as tabelas mostram a pasta de cada uma

## S013
# en-hash: 730a8e96
s013-key = `{ $key }` ainda tem um texto provisório: { $why }
# en-hash: 7a5690b4
s013-text = este texto ainda é provisório: { $why }
# en-hash: 6bf22a25
s013-why-init = "{ $text }" é o texto provisório que `ogp init` escreveu
# en-hash: a3f53a6d
s013-why-example = { $domain } é um domínio reservado para exemplos: ninguém recebe e-mails nem publica páginas ali
# en-hash: cb9d3bbe
s013-why-todo = ainda diz TODO
# en-hash: 5f97a34e
s013-label = substitua pelo valor real
# en-hash: d1af7224
s013-help = escreva aqui o valor real (o nome real, o endereço próprio do ponto de contato, a descrição real) antes de compartilhar o plano

## Waivers
# en-hash: 9297cdaf
waiver-two-targets = uma dispensa leva `file` ou `id`, não os dois
# en-hash: 4f135e32
waiver-two-targets-help = mantenha o alvo mais restrito, ou escreva duas dispensas
# en-hash: fb81a1ef
waiver-label-second-target = segundo alvo
# en-hash: f163b34c
waiver-unknown-file = o arquivo `{ $file }` da dispensa não é um arquivo de plano desta jurisdição
# glossary-exempt: commitment: "commitments" is part of a path and stays as it is
# glossary-exempt: plan: "plans" is part of a path and stays as it is
# en-hash: 6bfa07a8
waiver-unknown-file-help = informe o caminho relativo à pasta que contém jurisdiction.toml, por exemplo plans/2026-2029/commitments/c3.toml
# en-hash: 5627264d
waiver-label-no-such-file = esse arquivo de plano não existe
# en-hash: 5c4d78d8
waiver-unknown-id = o id `{ $id }` da dispensa não é o id de um compromisso, de uma reunião nem de uma parte interessada
# en-hash: ae79d796
waiver-unknown-id-help = use o `id` de um compromisso, de um [[meeting]] ou de um [[stakeholder]], ou aponte para um `file`
# en-hash: 395cbba9
waiver-label-unknown-id = id desconhecido
# en-hash: 48be7ce7
waiver-commit-not-c211 = o `commit` de uma dispensa indica uma alteração encontrada por C211 unrecorded-change, não um apontamento de { $code }
# en-hash: a2276e5c
waiver-commit-not-c211-help = retire `commit`, ou faça de C211 a regra da dispensa
# en-hash: 760a98de
waiver-label-only-c211 = só para C211
# en-hash: 5f794fe2
waiver-unknown-commit = o commit `{ $commit }` da dispensa não alterou nenhum dos compromissos que C211 examina
# en-hash: 98da2cec
waiver-unknown-commit-help = copie o id do commit do apontamento C211 (`ogp check` o indica), ou remova a dispensa
# en-hash: 3b599058
waiver-label-no-such-edit = essa alteração não existe
# en-hash: 3f6e019b
waiver-ambiguous-commit = o commit `{ $commit }` da dispensa é o início dos ids de { $n } commits
# en-hash: 569dcb58
waiver-ambiguous-commit-help = informe mais caracteres do id do commit, para que ele indique um só
# en-hash: 751829c8
waiver-label-ambiguous = ambíguo
# en-hash: b1d46dee
waiver-not-waivable = { $code } não pode ser dispensada; ela trata das próprias dispensas
# en-hash: d6fbfbd7
waiver-not-waivable-help = em vez disso, remova ou renove a dispensa a que ela se refere
# en-hash: ac4dca23
waiver-label-not-waivable = não admite dispensa
# en-hash: 9f9e22de
waiver-unknown-rule = a regra `{ $rule }` da dispensa não é uma regra do ogp
# glossary-exempt: milestone: milestone-overdue is a rule's name and stays in English
# en-hash: 38d554bb
waiver-unknown-rule-help = use um código como C208 ou um nome como milestone-overdue; `ogp rules` lista todos
# en-hash: df8ae427
waiver-label-unknown-rule = regra desconhecida
# en-hash: 968f5eac
waiver-no-reason = uma dispensa precisa de um `reason`: por que a exceção se justifica e quem a aprovou
# en-hash: 0c6e91a1
waiver-label-empty-reason = motivo vazio
# en-hash: 5cf28504
waiver-open-without-until = esta dispensa de { $code } { $name } não tem `until`, mas { $n ->
    [one] um apontamento que ela cobre ainda pode ser corrigido, então ele continua contando
   *[other] { $n } apontamentos que ela cobre ainda podem ser corrigidos, então eles continuam contando
}
# en-hash: 64a71efc
waiver-open-without-until-help = uma dispensa sem `until` só reconhece apontamentos sobre o passado que nenhum registro pode mudar (os encerrados); corrija o apontamento, ou dê à dispensa uma data `until`
# en-hash: fbeea90d
waiver-label-needs-until = precisa de `until`

## S009
# en-hash: 85870115
s009-expired = a dispensa de { $code } { $name } expirou em { $until }; { $n ->
    [0] ela não cobre mais nada, remova-a
    [one] o apontamento que ela cobria volta a contar
   *[other] os { $n } apontamentos que ela cobria voltam a contar
}
# en-hash: 8290e850
s009-label-expired = expirada
# en-hash: 83ca5b75
s009-label-waiver = dispensa desta regra

## S010
# en-hash: db303460
s010-message = a dispensa de { $code } { $name } não cobre nenhum apontamento
# en-hash: a8986b01
s010-label-nothing = nada a dispensar
# en-hash: 14f09fb4
s010-label-until = em vigor até aqui
