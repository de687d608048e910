### `ogp explain` e `ogp rules`: as palavras em torno da documentação de uma regra (a
### documentação em si está em rules.ftl).

# en-hash: f5cb9cfe
explain-source = { $kind ->
    [handbook] Manual: { $section }
    [format] Referência: { $section }
   *[other] Fonte: { $section }
}
# en-hash: 7b7e2475
explain-severity = Gravidade padrão: { $severity }. { $source }.
# en-hash: 74b6a585
explain-since = Adicionada no ogp { $version }.
# en-hash: 1b6294be
explain-what = O que verifica
# en-hash: 0e99568a
explain-why = Por quê
# en-hash: 3798c85a
explain-example = Exemplo
# en-hash: 0d4e6eba
explain-fix = Como corrigir

# en-hash: 79d90100
severity-error = erro
# en-hash: c1b67474
severity-warning = aviso

# en-hash: b66f27e7
rules-column-code = código
# en-hash: 82e8d737
rules-column-name = nome
# en-hash: 4b1dcf77
rules-column-severity = gravidade
# en-hash: 79351cc3
rules-column-summary = resumo

# en-hash: 715f30a5
sarif-rule-description = { $what } Fonte: { $section }.
