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
