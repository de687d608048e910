### `ogp status`: o título, os dados, os cabeçalhos das tabelas e suas palavras.

# en-hash: 076434b6
status-title = Situação de adesão em { $date }
# en-hash: 156ca13c
status-table-head = { $title }: { $jurisdictions } ({ $tally }), da pior para a melhor
# en-hash: 40dc051f
status-markdown-tally = { $jurisdictions }: { $tally }.
# en-hash: 5e8a003b
status-tally = { $status }: { $n }
# en-hash: edda5f32
status-column-jurisdiction = jurisdição
# en-hash: f9eb016c
status-column-status = situação
# en-hash: 035589c6
status-column-since = desde
# en-hash: e185fdea
status-column-why = motivo
# en-hash: 2a3159cd
status-column-next-escalation = próxima mudança

# en-hash: b6b466fa
status-head-active = Situação de { $name } em { $date }: ativo
# en-hash: 4d567790
status-head-voluntary-inactive = Situação de { $name } em { $date }: inativo voluntariamente
# en-hash: e9e2cdfe
status-head-inactive = Situação de { $name } em { $date }: inativo
# en-hash: 9dec74a3
status-head-probation = Situação de { $name } em { $date }: em período probatório
# en-hash: f84a6b7a
status-head-revoked = A adesão de { $name } está revogada em { $date }
# en-hash: 5f6b5583
status-head-not-yet-member = { $name } ainda não é membro em { $date }
# en-hash: 5752355c
status-head-unknown = { $name }: situação desconhecida em { $date }

# en-hash: 96eee17c
status-fact-status = situação
# en-hash: 03e77c7a
status-fact-why = motivo
# en-hash: 906ddfa2
status-fact-record = registro
# en-hash: 8261065e
status-fact-what-fixes-it = como corrigir
# en-hash: 79da2d91
status-fact-restores-active = para voltar a ativo
# en-hash: 4d7d77dd
status-fact-next-escalation = próxima mudança
# en-hash: b17d5a5b
status-since = { $status } desde { $date }
# en-hash: f8c4c50f
status-on = { $status } a partir de { $date }
# en-hash: 327fd59c
status-on-unless = { $status } a partir de { $date }, a menos que { $unless }

# en-hash: 964a90f1
status-history = Histórico
# en-hash: 54f8acdc
status-column-date = data
# en-hash: 2daa1974
status-column-reason = motivo
# en-hash: 7e7bcc2c
status-commitments = Compromissos do plano { $plan }
# en-hash: 95c1bb62
status-column-id = id
# en-hash: f5fa5a42
status-column-title = título
# en-hash: 9ca714aa
status-column-tracker = acompanhamento
# en-hash: f9cfcaaa
status-column-milestones = marcos
# en-hash: d8d23b6e
status-not-reported = não informado
# en-hash: 83341308
status-milestones = { $done } de { $total } concluídos; { $due ->
    [one] { $due } deveria estar concluído
   *[other] { $due } deveriam estar concluídos
} até esta data

# en-hash: 0a35e211
status-not-yet = ainda não é membro: adere em { $date }
# en-hash: 81cde6d2
status-unreadable = não foi possível ler jurisdiction.toml; `ogp check` diz por quê e como corrigir; depois a situação é reconstituída a partir de todos os registros
