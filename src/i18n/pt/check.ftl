### `ogp check`: as linhas em torno dos apontamentos nos formatos human, short e github.

# en-hash: 1e0d911b
check-jurisdiction-head = ── { $name } ({ $folder }): { $counts }
# en-hash: e8ac1667
check-waived = { $n } com dispensa
# en-hash: 588ae583
check-acknowledged = { $n ->
    [0] 0 aceitos
    [one] { $n } aceito
   *[other] { $n } aceitos
}
# en-hash: 297a484a
check-followers = { $n ->
    [one] mais 1 apontamento decorre deste e pode desaparecer
   *[other] mais { $n } apontamentos decorrem deste e podem desaparecer
} quando ele for corrigido:

# en-hash: e87d5be4
check-registry-head = ── { $jurisdictions } (situação em { $date })
# en-hash: f6d1182a
check-column-jurisdiction = jurisdição
# en-hash: 4e78d454
check-column-folder = pasta
# en-hash: afcaf744
check-column-status = situação
# en-hash: bccbaa96
check-column-errors = erros
# en-hash: 128f7d4a
check-column-warnings = avisos
# en-hash: 3dc25d85
check-column-next-deadline = próximo prazo

# en-hash: 88bc98d5
check-note = observação: { $note }
# en-hash: b8cd4365
check-scope-all = { $n ->
    [0] 0 jurisdições
    [one] { $n } jurisdição
   *[other] { $n } jurisdições
}
# en-hash: 40f7083b
check-scope-some = { $with } de { $n ->
    [one] { $n } jurisdição
   *[other] { $n } jurisdições
}
# en-hash: 27f3516a
check-summary-ok = ok: { $errors }, { $warnings }{ $waived } em { $scope } (situação em { $date })
# en-hash: 79028f2c
check-summary-failed = falhou: { $errors }, { $warnings }{ $waived } em { $scope } (situação em { $date })
# en-hash: 108c54e7
check-deny-warnings = (--deny-warnings: os avisos fazem a verificação falhar)
# en-hash: a05882f4
check-new-since = ; somente apontamentos novos desde { $rev }: { $n } já existentes não são exibidos
# en-hash: 6030ae65
check-next-deadline = ; próximo prazo em { $date }: { $what }
# en-hash: a6ec5ebb
check-next-deadline-of = ; próximo prazo em { $date }: { $what } ({ $name })

# en-hash: 9c8c2e10
step-title-ok = ogp check: ok
# en-hash: 3278e7d0
step-title-failed = ogp check: falhou
# en-hash: bcfb5e45
step-counts = { $jurisdictions ->
    [one] 1 jurisdição
   *[other] { $jurisdictions } jurisdições
} (situação em { $date }): **{ $errors }** { $errors ->
    [one] erro
   *[other] erros
}, **{ $warnings }** { $warnings ->
    [one] aviso
   *[other] avisos
}{ $deny }, { $waived } com dispensa, { $acknowledged } { $acknowledged ->
    [one] aceito
   *[other] aceitos
} (apontamentos encerrados aceitos definitivamente).
# en-hash: ab23b7f1
step-deny-warnings = (os avisos fazem a verificação falhar: --deny-warnings)
# en-hash: 5cf059f4
step-new-since = Somente apontamentos novos desde { $rev }: { $n } { $n ->
    [one] apontamento que ela já tinha não é exibido
   *[other] apontamentos que ela já tinha não são exibidos
}.
# en-hash: ececd07d
step-note = Observação: { $note }
# en-hash: 7e982ec8
step-next = Próximo prazo: { $next }

# en-hash: 29a460e3
waived-until = dispensa até { $date }
# en-hash: 25c7630f
waived-acknowledged = aceito
# en-hash: d2e8dc75
waived-heading = { $label }: { $message } (motivo: { $reason })

# en-hash: 8ee7f320
sarif-left-out = { $left } de { $total } resultados omitidos: a análise de código aceita { $max } por execução; os mais graves são mantidos. Execute `ogp check` ou use --format json para ver todos.
# en-hash: 0a5e49d1
sarif-new-since = somente apontamentos novos desde { $rev }: { $n } { $n ->
    [one] apontamento que ela já tinha é omitido
   *[other] apontamentos que ela já tinha são omitidos
}
