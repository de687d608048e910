### Textos comuns a todos os comandos: datas no texto, as situações de adesão, as
### contagens, as palavras em torno de um erro e os erros de uso.

# en-hash: f2bdcb19
date-prose = { $day ->
    [1] 1º
   *[other] { $day }
} de { $month } de { $year }
# en-hash: d275126e
month-1 = janeiro
# en-hash: ceac469d
month-2 = fevereiro
# en-hash: bd1cf8cd
month-3 = março
# en-hash: 6d4c97eb
month-4 = abril
# en-hash: af3eaff9
month-5 = maio
# en-hash: 2c506e13
month-6 = junho
# en-hash: 533da8e0
month-7 = julho
# en-hash: b2deb75c
month-8 = agosto
# en-hash: 1ebb1047
month-9 = setembro
# en-hash: ed27ff2a
month-10 = outubro
# en-hash: be4d008d
month-11 = novembro
# en-hash: 33dd9837
month-12 = dezembro

# en-hash: 520a991f
status-active = ativo
# en-hash: a1b5b84b
status-voluntary-inactive = inativo voluntariamente
# en-hash: d01d43cd
status-inactive = inativo
# en-hash: 1191b821
status-probation = período probatório
# en-hash: ad379725
status-revoked = revogado
# en-hash: bdd39a9d
status-unknown = desconhecido
# en-hash: d5744c00
status-not-yet-member = ainda não é membro

# en-hash: 5a551e75
count-errors = { $n ->
    [0] 0 erros
    [one] { $n } erro
   *[other] { $n } erros
}
# en-hash: 25ab3177
count-warnings = { $n ->
    [0] 0 avisos
    [one] { $n } aviso
   *[other] { $n } avisos
}
# en-hash: 889e72b4
count-jurisdictions = { $n ->
    [0] 0 jurisdições
    [one] { $n } jurisdição
   *[other] { $n } jurisdições
}
# en-hash: c2613d7e
none = nenhum

# en-hash: 1fc47b53
error-prefix = ogp: erro:
# en-hash: 9e33f893
error-help = ajuda:

# en-hash: 3e2feba6
usage-agenda-since = --since { $since } é posterior à data de avaliação { $as_of }: nada pode ter sido feito ainda
# en-hash: e4378382
usage-agenda-until = --until { $until } é anterior à data de avaliação { $as_of }; informe o dia da próxima reunião
# en-hash: db795e72
usage-calendar-range = --from { $from } é posterior a --to { $to }: nenhum dia cai nesse intervalo; informe o dia mais cedo em --from
# en-hash: a3132851
usage-timeline-range = --from { $from } é posterior a --to { $to }; informe o dia mais cedo em --from
# en-hash: ba0dddc9
usage-output-twice = --output indica `{ $path }` duas vezes: cada formato precisa de um arquivo próprio, por exemplo --output sarif=ogp.sarif --output json=ogp.json
# en-hash: 33904269
usage-output-same = --output indica `{ $first }` e `{ $second }`, que são o mesmo arquivo: cada formato precisa de um arquivo próprio, por exemplo --output sarif=ogp.sarif --output json=ogp.json
# glossary-exempt: commitment: commitment-cap é o nome de uma regra e fica em inglês
# en-hash: ef1c41ff
usage-no-rule = não existe a regra `{ $code }`; `ogp rules` lista todas (códigos como C201, nomes como commitment-cap)
# en-hash: 9c25675c
usage-unknown-lang = { $source } `{ $value }` não é um idioma do ogp; use um destes: { $all }

# en-hash: 6309b647
list-comma = { $head }, { $next }
# en-hash: c3d32e8d
list-and = { $head } e { $last }
