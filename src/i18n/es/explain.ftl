### `ogp explain` y `ogp rules`: las palabras alrededor de la documentación de una regla (la
### documentación misma está en rules.ftl).

# en-hash: f5cb9cfe
explain-source = { $kind ->
    [handbook] Manual: { $section }
    [format] Referencia: { $section }
   *[other] Fuente: { $section }
}
# en-hash: 7b7e2475
explain-severity = Gravedad por defecto: { $severity }. { $source }.
# en-hash: 74b6a585
explain-since = Añadida en ogp { $version }.
# en-hash: 1b6294be
explain-what = Qué hace
# en-hash: 0e99568a
explain-why = Por qué
# en-hash: 3798c85a
explain-example = Ejemplo
# en-hash: 0d4e6eba
explain-fix = Cómo corregirlo

# en-hash: 79d90100
severity-error = error
# en-hash: c1b67474
severity-warning = advertencia

# en-hash: b66f27e7
rules-column-code = código
# en-hash: 82e8d737
rules-column-name = nombre
# en-hash: 4b1dcf77
rules-column-severity = gravedad
# en-hash: 79351cc3
rules-column-summary = resumen

# en-hash: 715f30a5
sarif-rule-description = { $what } Fuente: { $section }.
