### As páginas HTML (`ogp agenda --format html` e as partes comuns às páginas do site).

# en-hash: 1acd86b7
site-home = OGP Local: situação de adesão de cada jurisdição
# en-hash: 2c0efcce
site-footer = Gerado pelo ogp { $version } a partir dos repositórios dos planos em { $date }. As situações são escritas por extenso; as cores apenas as repetem.
# en-hash: 293c9ee2
site-since = desde { $date }
# en-hash: 0c5cb2f8
site-records-unreadable = os registros não puderam ser lidos.
# en-hash: 33cbec27
site-scroll = Role para o lado para ver mais →
# en-hash: 3e11cc6c
site-column-was-due = Venceu em
# en-hash: 55b1a31d
site-column-due = Vence em
# en-hash: abd3f06f
site-column-what = O quê
# en-hash: 9bcb4755
site-column-who = Quem
# en-hash: 941a5861
site-column-commitment = Compromisso
# en-hash: 10796205
site-column-state = Estado
# en-hash: 92058a96
site-column-milestones-done = Marcos concluídos
# en-hash: 12ca3492
site-column-next-milestone = Próximo marco
# en-hash: fa735035
site-column-activity = Atividade
# en-hash: afb89303
site-timeline-table = Tabela da linha do tempo
# en-hash: eddd0969
site-timeline-now = ▼ marca a coluna de { $date }. Os estados:
# en-hash: e1d79f0e
site-legend-count = um número: reuniões realizadas

# en-hash: 65d4f33b
site-wrote = { $n ->
    [one] ogp: { $n } arquivo escrito em { $out } (abra index.html)
   *[other] ogp: { $n } arquivos escritos em { $out } (abra index.html)
}
# en-hash: c5ebb5a4
site-languages = Idiomas

# en-hash: a807035b
site-index-title = Situação no OGP Local em { $date }
# en-hash: 2e7d5e3e
site-index-heading = Situação de adesão em { $date }
# en-hash: 21d2ce2b
site-index-total = { $n ->
    [one] { $n } membro: { $tally }.
   *[other] { $n } membros: { $tally }.
}
# en-hash: a74f1871
site-index-pages = Páginas do índice
# en-hash: a87883a9
site-index-members = Membros
# en-hash: 0d505a6d
site-index-countries = Países
# en-hash: aaa76908
site-index-by-country = Por país:
# en-hash: d0fa0921
site-index-overdue = { $n ->
    [one] { $n } vencido
   *[other] { $n } vencidos
}
# en-hash: 6623dba0
site-index-nothing-overdue = nada vencido
# en-hash: d65746f1
site-index-next = próximo prazo em { $date }: { $what }
# en-hash: 9818d8c3
site-index-no-deadline = nenhum prazo pela frente
# en-hash: e23255be
site-country-unknown = País não registrado
# en-hash: abe4f36f
site-last-known = não estabelecida; última conhecida: { $status }

# en-hash: f7370865
site-member-title = { $name }: situação no OGP Local
# en-hash: e85961d5
site-member-country = País
# en-hash: 16e138dc
site-member-joint = Plano de ação conjunto de
# en-hash: e854d2c3
site-member-plan = Plano de ação
# en-hash: 06059e7b
site-member-plan-submitted = { $title }, de { $start } a { $end } (apresentado em { $submitted })
# en-hash: bd9ea85c
site-member-plan-cocreated = { $title }, de { $start } a { $end } (em cocriação)
# en-hash: fc0aad41
site-member-forum = Fórum
# en-hash: 6126f0c9
site-member-contact = Contato
# en-hash: 6b44865f
site-member-status = Situação
# en-hash: 4a6b9360
site-member-kept = Esta é a última situação que pôde ser estabelecida, em { $kept }: os registros do membro não puderam ser lidos em { $date }. O ponto de contato tem os detalhes.
# en-hash: 1811ff36
site-member-not-established = A situação não pode ser estabelecida até que os registros possam ser lidos novamente; o ponto de contato tem os detalhes.
# en-hash: 28325239
site-member-history = Histórico
# en-hash: e845a086
site-member-no-status = Ainda não há situação.
# en-hash: 2a557c2b
site-unreadable = os registros do membro não puderam ser lidos
# en-hash: cf6b7920
site-status-correct = o ponto de contato corrige os registros; a situação é então calculada de novo
# en-hash: 026d29b4
site-member-assessment = Avaliação de fim de compromisso: { $assessment }.
# en-hash: a665c9e6
site-assessment-withdrawn = nenhuma: o compromisso foi retirado
# en-hash: d483cc04
site-assessment-submitted = apresentada em { $date }
# en-hash: f4a0df08
site-assessment-late = apresentada com atraso, em { $date } (vencia em { $due })
# en-hash: 38a04ae5
site-assessment-overdue = vencida: vencia em { $due }
# en-hash: 4bb97c48
site-assessment-excused = dispensada (o membro estava voluntariamente inativo)
# en-hash: 5cd3d283
site-assessment-planned = vence um mês após a conclusão (prevista para { $due })
# en-hash: 11342789
site-assessment-due = vence em { $due }
# en-hash: 50461e61
site-assessment-after = vence um mês após a conclusão
# en-hash: 01a300a8
site-member-milestone-due = , vence em { $date }
# en-hash: ae318028
site-milestone-no-date = sem data definida
# en-hash: 57017dc0
site-member-no-milestones = Nenhum marco.
# en-hash: ab2ebe5f
site-member-no-commitments = Nenhum compromisso no plano em andamento.
# en-hash: 3535d57e
site-member-timeline-plan = Cronograma do plano
# en-hash: 77611b6d
site-member-timeline-coming = Cronograma dos próximos meses
# en-hash: 5e986712
site-member-timeline-phone = Os próximos meses; o plano inteiro é desenhado numa tela mais larga e na impressão.
# en-hash: 1f9e843c
site-member-states = Os estados:
# en-hash: 0e71b349
site-member-no-plan = Nenhum plano legível para desenhar.
# en-hash: 6364a7c6
site-member-meetings = Reuniões do fórum
# en-hash: a8e92794
site-member-meeting-co-creation = { $date }, reunião de cocriação
# en-hash: 1c0fb69a
site-member-meeting-implementation = { $date }, reunião de implementação
# en-hash: 49863b9d
site-member-minutes = ata
# en-hash: a731271a
site-member-minutes-file = ata { $minutes } (nos arquivos do plano do membro)
# en-hash: fd996336
site-member-no-meetings = Ainda não há reuniões registradas para este plano.
# en-hash: 20f19dcf
site-member-calendar = Calendário
# en-hash: 22eabfbf
site-member-ics = Adicionar estes prazos a um calendário (calendar.ics)
# en-hash: 3995cb33
site-member-was-due = vencia em { $date }: { $what } ({ $who })
# en-hash: bb1e25e1
site-member-coming = Próximos
# en-hash: 6827ae3e
site-member-due = vence em { $date }: { $what } ({ $who })
# en-hash: 3813a9ae
site-member-nothing-scheduled = Nada programado.
# en-hash: 427cb9f4
site-member-done = Feito ({ $n })
# en-hash: ba29a0dc
site-member-findings = O que a verificação encontrou
# en-hash: 1c5a429f
site-member-counts = { $errors ->
    [one] { $errors } erro
   *[other] { $errors } erros
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}.
# en-hash: 79a887ca
site-member-finding-in = Em { $place }.
# en-hash: 22d2ac54
site-severity-error = erro
# en-hash: e42e71a8
site-severity-warning = aviso
# en-hash: d602ef59
site-finding-waived-until = { $severity } (com dispensa até { $until })
# en-hash: 43c69c74
site-finding-acknowledged = { $severity } (reconhecido: encerrado)
# en-hash: cecd09c6
site-finding-closed = { $severity } (encerrado)

# en-hash: 0cbd9548
site-rules-title = O que cada regra verifica
# en-hash: 17c1f64e
site-rule-severity = Gravidade padrão: { $severity }. Fonte: { $source }.
# en-hash: 0807762c
site-rule-source-handbook = o manual, seção { $section }
# en-hash: 4445517b
site-rule-source-format = o formato dos arquivos do plano: { $section }
# en-hash: c0434765
site-rule-what = O que verifica
# en-hash: a91b7eb1
site-rule-why = Por quê
# en-hash: cc9d45ab
site-rule-example = Exemplo que a descumpre
# en-hash: 9f94ff97
site-rule-fix = Como corrigir
# en-hash: 4d435502
site-rule-all = Todas as regras

# en-hash: 769e88bd
site-tally-active = { $n ->
    [one] { $n } ativo
   *[other] { $n } ativos
}
# en-hash: ccd2697f
site-tally-voluntary-inactive = { $n ->
    [one] { $n } inativo voluntariamente
   *[other] { $n } inativos voluntariamente
}
# en-hash: 202b8b45
site-tally-inactive = { $n ->
    [one] { $n } inativo
   *[other] { $n } inativos
}
# en-hash: b58ef9b3
site-tally-probation = { $n } em período probatório
# en-hash: 035ee6ab
site-tally-revoked = { $n ->
    [one] { $n } revogado
   *[other] { $n } revogados
}
# en-hash: 88015eda
site-tally-unknown = { $n } com situação não determinada
# en-hash: 01389838
site-tally-not-yet-member = { $n ->
    [one] { $n } que ainda não é membro
   *[other] { $n } que ainda não são membros
}
