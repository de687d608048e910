### `ogp check`: las líneas alrededor de los hallazgos en los formatos human, short y github.

# en-hash: 1e0d911b
check-jurisdiction-head = ── { $name } ({ $folder }): { $counts }
# en-hash: e8ac1667
check-waived = { $n } con dispensa
# en-hash: 588ae583
check-acknowledged = { $n ->
    [one] { $n } aceptado
   *[other] { $n } aceptados
}
# en-hash: 297a484a
check-followers = { $n ->
    [one] 1 hallazgo más se deriva de este y puede desaparecer
   *[other] { $n } hallazgos más se derivan de este y pueden desaparecer
} cuando se corrija:

# en-hash: e87d5be4
check-registry-head = ── { $jurisdictions } al { $date }
# en-hash: f6d1182a
check-column-jurisdiction = jurisdicción
# en-hash: 4e78d454
check-column-folder = carpeta
# en-hash: afcaf744
check-column-status = estado
# en-hash: bccbaa96
check-column-errors = errores
# en-hash: 128f7d4a
check-column-warnings = advertencias
# en-hash: 3dc25d85
check-column-next-deadline = próximo plazo

# en-hash: 88bc98d5
check-note = nota: { $note }
# en-hash: b8cd4365
check-scope-all = { $n ->
    [one] { $n } jurisdicción
   *[other] { $n } jurisdicciones
}
# en-hash: 40f7083b
check-scope-some = { $with } de { $n ->
    [one] { $n } jurisdicción
   *[other] { $n } jurisdicciones
}
# en-hash: 27f3516a
check-summary-ok = ok: { $errors }, { $warnings }{ $waived } en { $scope } al { $date }
# en-hash: 79028f2c
check-summary-failed = falló: { $errors }, { $warnings }{ $waived } en { $scope } al { $date }
# en-hash: 108c54e7
check-deny-warnings = (--deny-warnings: las advertencias hacen fallar la revisión)
# en-hash: a05882f4
check-new-since = ; solo hallazgos nuevos desde { $rev }: { $n } ya existentes no se muestran
# en-hash: 6030ae65
check-next-deadline = ; próximo plazo el { $date }: { $what }
# en-hash: a6ec5ebb
check-next-deadline-of = ; próximo plazo el { $date }: { $what } ({ $name })

# en-hash: 9c8c2e10
step-title-ok = ogp check: ok
# en-hash: 3278e7d0
step-title-failed = ogp check: falló
# en-hash: bcfb5e45
step-counts = { $jurisdictions ->
    [one] 1 jurisdicción
   *[other] { $jurisdictions } jurisdicciones
} al { $date }: **{ $errors }** { $errors ->
    [one] error
   *[other] errores
}, **{ $warnings }** { $warnings ->
    [one] advertencia
   *[other] advertencias
}{ $deny }, { $waived } con dispensa, { $acknowledged } { $acknowledged ->
    [one] aceptado
   *[other] aceptados
} (hallazgos cerrados aceptados definitivamente).
# en-hash: ab23b7f1
step-deny-warnings = (las advertencias hacen fallar la revisión: --deny-warnings)
# en-hash: 5cf059f4
step-new-since = Solo hallazgos nuevos desde { $rev }: no se muestran { $n } { $n ->
    [one] hallazgo que ya tenía
   *[other] hallazgos que ya tenía
}.
# en-hash: ececd07d
step-note = Nota: { $note }
# en-hash: 7e982ec8
step-next = Próximo plazo: { $next }

# en-hash: 29a460e3
waived-until = dispensa hasta el { $date }
# en-hash: 25c7630f
waived-acknowledged = aceptado
# en-hash: d2e8dc75
waived-heading = { $label }: { $message } (motivo: { $reason })

# en-hash: 8ee7f320
sarif-left-out = { $left } de { $total } resultados omitidos: el análisis de código acepta { $max } por ejecución; se conservan los más graves. Ejecute `ogp check` o use --format json para verlos todos.
# en-hash: 0a5e49d1
sarif-new-since = solo hallazgos nuevos desde { $rev }: se omiten { $n } { $n ->
    [one] hallazgo que ya tenía
   *[other] hallazgos que ya tenía
}
