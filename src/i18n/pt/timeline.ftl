### `ogp timeline` (e a linha do tempo de `ogp agenda` e `ogp site`): o título, as linhas, a
### legenda e o erro quando não há nada para desenhar.

# en-hash: 7e778de9
timeline-title = { $name }: { $n ->
    [one] plano
   *[other] planos
} { $plans }
# en-hash: 41735c5f
timeline-no-plan = { $root } não tem nenhum plano legível para desenhar; `ogp check` diz por quê
# en-hash: fe39d318
timeline-no-such-plan = { $root } não tem o plano `{ $id }`; seus planos são: { $plans } (ou use --plan all)

# en-hash: 40344a6c
timeline-row-co-creation = Cocriação e envio
# en-hash: c34c0234
timeline-row-latest-end = Término mais tardio permitido
# en-hash: 57c40063
timeline-latest-end-title = { $days } pelo mandato (P101)
# en-hash: 06576ee1
timeline-row-inception = Avaliação inicial
# en-hash: f77a40a2
timeline-row-assessment = Avaliação de { $id }
# en-hash: bb74cbeb
timeline-row-meetings = Reuniões
# en-hash: 93a1d083
timeline-row-tracker = Atualizações do acompanhamento
# en-hash: a256b2f8
timeline-row-final-learning = Exercício final de aprendizagem

# en-hash: 62d16ef3
timeline-mark-under-way = em andamento
# en-hash: 7fc17568
timeline-mark-done = concluído
# en-hash: 31c11984
timeline-mark-late = com atraso
# en-hash: 06693656
timeline-mark-overdue = vencido
# en-hash: 5aef9df2
timeline-mark-due = previsto
# en-hash: 2e8da30b
timeline-mark-latest-end = término mais tardio permitido
# en-hash: 71a3a009
timeline-mark-meetings-held = reuniões realizadas

# en-hash: 59cbb699
timeline-as-of = ▼ em { $date }
# en-hash: 1ee92f73
timeline-markdown-as-of = Em { $date } (a coluna marcada com ▼).
# en-hash: 51d90ed3
timeline-svg-title = { $title }: linha do tempo em { $date }
# en-hash: 262359ec
timeline-continues-before = continua antes deste período
# en-hash: f30f0780
timeline-continues-after = continua depois deste período
# en-hash: 60f7f117
month-initial-1 = J
# en-hash: 3e310a56
month-initial-2 = F
# en-hash: 230e9c38
month-initial-3 = M
# en-hash: 4f5c26e9
month-initial-4 = A
# en-hash: 5051452a
month-initial-5 = M
# en-hash: a7e40eee
month-initial-6 = J
# en-hash: 13c88fb1
month-initial-7 = J
# en-hash: ac7147dd
month-initial-8 = A
# en-hash: 8ec6d324
month-initial-9 = S
# en-hash: 9ee62c14
month-initial-10 = O
# en-hash: c1476b24
month-initial-11 = N
# en-hash: 7614588f
month-initial-12 = D
# en-hash: f58a3b5d
timeline-column-activity = atividade
# en-hash: 365c0b72
timeline-svg-as-of = em { $date }
