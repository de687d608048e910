### `ogp agenda` (Markdown): os títulos, as colunas e as frases do informe.

# en-hash: 91e9245e
agenda-title = Informe para a reunião do fórum de { $date }: { $name }
# en-hash: ceacb9b3
agenda-period = Desde { $since } ({ $why }); prazos até { $until }.

# en-hash: 056122ad
agenda-status = Situação
# en-hash: c3340a82
agenda-status-since = **{ $status }** desde { $date }
# en-hash: 7a8e2b60
agenda-status-now = **{ $status }**
# en-hash: 2edb5680
agenda-status-reason = { $status }: { $reason }.
# en-hash: 7c24ef41
agenda-change = O que mudaria isso: { $change }.
# en-hash: 0a35f57c
agenda-status-unreadable = Não determinada: os registros não puderam ser lidos.
# en-hash: e1b70a6a
agenda-status-active = ativo
# en-hash: 8c029cd4
agenda-status-voluntary-inactive = inativo voluntariamente
# en-hash: a3a04c80
agenda-status-inactive = inativo
# en-hash: 5fbd8330
agenda-status-probation = período probatório
# en-hash: f9b5035c
agenda-status-revoked = revogado
# en-hash: 54612041
agenda-status-unknown = não determinada
# en-hash: c8f90b09
agenda-status-not-yet-member = ainda não é membro

# en-hash: e5ac92f8
agenda-done-since = Feito desde { $date }
# en-hash: f45be914
agenda-nothing-done = Nada registrado.
# en-hash: 5a26786b
agenda-overdue = Vencidos
# en-hash: 8d309c00
agenda-nothing-overdue = Nada vencido.
# en-hash: 5405928c
agenda-due-by = Vencem até { $date }
# en-hash: 408cdfa6
agenda-nothing-due = Nada vence.
# en-hash: c893f3ea
agenda-column-date = data
# en-hash: f31e4b9a
agenda-column-what = o quê
# en-hash: 9ddcce40
agenda-column-who = quem
# en-hash: a399a301
agenda-column-was-due = venceu em
# en-hash: cb966aa8
agenda-column-due = vence em

# en-hash: 95947013
agenda-commitments = Compromissos
# en-hash: bfbfbe68
agenda-column-commitment = compromisso
# en-hash: 9a08e340
agenda-column-state = estado
# en-hash: 840d71df
agenda-column-milestones-done = marcos concluídos
# en-hash: 6c705d3b
agenda-column-next-milestone = próximo marco
# en-hash: 8bede832
agenda-milestones-done = { $done } de { $total }
# en-hash: 15d0f54d
agenda-milestone-overdue = { $title } (vencido desde { $date })
# en-hash: fcaed873
agenda-milestone-due = { $title } (vence em { $date })
# en-hash: cc98262f
agenda-milestone-none = nenhum restante
# en-hash: 96c4c354
agenda-no-commitments = Ainda não há compromissos.

# en-hash: 572da5ef
agenda-timeline = Linha do tempo

# en-hash: c3f0c066
agenda-since-asked = o dia indicado
# en-hash: 854b599a
agenda-since-meeting = a reunião anterior
# en-hash: b65c59c2
agenda-since-not-yet = ainda não é membro: adere em { $date }
# en-hash: 0db709c2
agenda-since-joining = adesão à OGP Local; ainda sem reuniões

# en-hash: a6a9f780
agenda-change-restore = volta a ficar ativo com { $restore }
# en-hash: 677d4ae2
agenda-change-next = passa a { $status } em { $date }
# en-hash: ac281d59
agenda-change-next-unless = passa a { $status } em { $date }, a menos que { $unless }
# en-hash: 2b9cdc1a
agenda-change-none = nenhuma mudança prevista
# en-hash: 9cddc63d
agenda-joins = adere à OGP Local em { $date }
# en-hash: cc0cf517
agenda-membership-begins = a adesão começa em { $date }

# en-hash: d011453c
agenda-state-at = { " " }em { $percent } % ({ $quarter })
# en-hash: f200bb03
agenda-state-under-way = em andamento{ $progress }
# en-hash: ae266838
agenda-state-no-progress = em andamento, ainda sem progresso informado
# en-hash: a19670d2
agenda-state-withdrawn = retirado em { $date }
# en-hash: aed504e6
agenda-state-completed = concluído em { $date }
# en-hash: 79ee8737
agenda-state-overdue = atrasado: deveria terminar em { $date }{ $progress }
# en-hash: 8ce8a2da
agenda-state-not-started = começa em { $date }

# en-hash: a6849636
agenda-done-submitted = plano { $plan } enviado
# en-hash: ea0f7865
agenda-done-inception = avaliação inicial do plano { $plan }
# en-hash: 2c47e454
agenda-done-final-learning = exercício final de aprendizagem do plano { $plan }
# en-hash: b0ff9e8a
agenda-done-co-creation-meeting = reunião de cocriação do fórum
# en-hash: ead29178
agenda-done-implementation-meeting = reunião de implementação do fórum
# en-hash: 5f63cb3b
agenda-done-tracker = acompanhamento on-line atualizado para { $quarter }
# en-hash: 596a085c
agenda-done-added = { $commitment } incluído no plano: { $title }
# en-hash: 3fb6f40b
agenda-done-milestone = marco de { $commitment } cumprido: { $title }
# en-hash: 8f843a7f
agenda-done-changed = { $commitment } alterado: { $summary }
# en-hash: b2ad3021
agenda-done-completed = { $commitment } concluído: { $title }
# en-hash: 711accf6
agenda-done-assessed = avaliação de fim de compromisso de { $commitment }
# en-hash: fe810f55
agenda-done-withdrawn = { $commitment } retirado: { $title }
