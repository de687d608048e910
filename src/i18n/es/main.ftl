### Textos que comparten todos los comandos: fechas en el texto, los estados de membresía,
### los recuentos, las palabras alrededor de un error y los errores de uso.

# en-hash: f2bdcb19
date-prose = { $day } de { $month } de { $year }
# en-hash: d275126e
month-1 = enero
# en-hash: ceac469d
month-2 = febrero
# en-hash: bd1cf8cd
month-3 = marzo
# en-hash: 6d4c97eb
month-4 = abril
# en-hash: af3eaff9
month-5 = mayo
# en-hash: 2c506e13
month-6 = junio
# en-hash: 533da8e0
month-7 = julio
# en-hash: b2deb75c
month-8 = agosto
# en-hash: 1ebb1047
month-9 = septiembre
# en-hash: ed27ff2a
month-10 = octubre
# en-hash: be4d008d
month-11 = noviembre
# en-hash: 33dd9837
month-12 = diciembre

# en-hash: 520a991f
status-active = activo
# en-hash: a1b5b84b
status-voluntary-inactive = inactivo voluntariamente
# en-hash: d01d43cd
status-inactive = inactivo
# en-hash: 1191b821
status-probation = período de prueba
# en-hash: ad379725
status-revoked = revocado
# en-hash: bdd39a9d
status-unknown = desconocido
# en-hash: d5744c00
status-not-yet-member = aún no es miembro

# en-hash: 5a551e75
count-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errores
}
# en-hash: 25ab3177
count-warnings = { $n ->
    [one] { $n } advertencia
   *[other] { $n } advertencias
}
# en-hash: 889e72b4
count-jurisdictions = { $n ->
    [one] { $n } jurisdicción
   *[other] { $n } jurisdicciones
}
# en-hash: c2613d7e
none = ninguno

# en-hash: 1fc47b53
error-prefix = ogp: error:
# en-hash: 9e33f893
error-help = ayuda:

# en-hash: 3e2feba6
usage-agenda-since = --since { $since } es posterior a la fecha de evaluación { $as_of }: todavía no puede haberse hecho nada
# en-hash: e4378382
usage-agenda-until = --until { $until } es anterior a la fecha de evaluación { $as_of }; indique el día de la próxima reunión
# en-hash: db795e72
usage-calendar-range = --from { $from } es posterior a --to { $to }: ningún día cae en ese intervalo; indique el día más temprano en --from
# en-hash: a3132851
usage-timeline-range = --from { $from } es posterior a --to { $to }; indique el día más temprano en --from
# en-hash: ba0dddc9
usage-output-twice = --output nombra `{ $path }` dos veces: cada formato necesita su propio archivo, por ejemplo --output sarif=ogp.sarif --output json=ogp.json
# en-hash: 33904269
usage-output-same = --output nombra `{ $first }` y `{ $second }`, que son el mismo archivo: cada formato necesita su propio archivo, por ejemplo --output sarif=ogp.sarif --output json=ogp.json
# glossary-exempt: commitment: commitment-cap es el nombre de una regla y queda en inglés
# en-hash: ef1c41ff
usage-no-rule = no existe la regla `{ $code }`; `ogp rules` las muestra todas (códigos como C201, nombres como commitment-cap)
# en-hash: 9c25675c
usage-unknown-lang = { $source } `{ $value }` no es un idioma de ogp; use uno de estos: { $all }

# en-hash: 6309b647
list-comma = { $head }, { $next }
# en-hash: c3d32e8d
list-and = { $head } y { $last }
