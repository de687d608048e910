### Findings of reading the files: syntax, the schema, what could not be read.

-fix = `ogp check --fix` hace este cambio por usted

### Errores de escritura reconocidos alrededor de un error de lectura.

# en-hash: 6588a9f4
s001-fix-help = { -fix }
# en-hash: 06eb3d0f
s001-curly-quotes = este texto está entre comillas tipográficas (“ ”), como las escribe un procesador de textos; TOML necesita comillas rectas: { $key } = { $fixed }
# en-hash: 70a406d1
s001-curly-quotes-label = comillas tipográficas
# en-hash: 8e822ae4
s001-curly-quotes-help = vuelva a escribir las comillas como " en un editor de texto plano, o deje que lo haga `ogp check --fix`
# en-hash: ed7ed539
s001-curly-quotes-help-inside = vuelva a escribir las comillas como " en un editor de texto plano (una " dentro del texto se escribe \")
# en-hash: 604fbc48
s001-list-header-mixed = `[{ $name }]` y `[[{ $name }]]` no pueden mezclarse: cada { $name } de la lista empieza con `[[{ $name }]]`, entre corchetes dobles
# en-hash: 6852ab95
s001-list-header-mixed-help = escriba cada encabezado de la lista como `[[{ $name }]]`
# en-hash: ae1ec69f
s001-list-header-mixed-first = aquí empieza el primer `{ $name }`
# en-hash: efea9c33
s001-second-one = el segundo
# en-hash: eccca7c5
s001-first-one = el primero
# en-hash: 15fde814
s001-table-twice = la tabla `[{ $name }]` aparece dos veces; escríbala una sola vez, con todas sus claves
# en-hash: fa3dbeac
s001-table-twice-help = suba las claves que siguen a este encabezado al primer `[{ $name }]` y elimine este
# en-hash: d8cc88df
s001-key-twice-in-entry = `{ $key }` aparece dos veces en este { $name }; si aquí empieza otro { $name }, ponga [[{ $name }]] en la línea de arriba
# en-hash: 32451a10
s001-key-twice-in-entry-help = cada { $name } empieza con su propia línea [[{ $name }]]; si es el mismo { $name }, conserve el `{ $key }` correcto
# en-hash: 44524e98
s001-given-again = repetida aquí
# en-hash: c7d454b0
s001-first-given = primera vez aquí
# en-hash: a2951fed
s001-key-twice = `{ $key }` aparece dos veces en esta tabla; conserve una sola
# en-hash: 38ffefb3
s001-key-twice-help = elimine una de las dos líneas `{ $key }` (conserve el valor correcto)
# en-hash: 4af5d02e
s002-single-for-list = `[{ $name }]` abre una tabla única; este archivo guarda una lista de ellas, cada una empezando con `[[{ $name }]]`, entre corchetes dobles
# en-hash: bb05e5a9
s002-single-for-list-label = corchetes simples
# en-hash: 35e8557e
s002-single-for-list-help = escriba `[[{ $name }]]` aquí (y en cada { $name } siguiente)
# en-hash: 7e727af3
s001-date-label = no es una fecha que TOML lea
# en-hash: 27117997
s001-date-quoted-label = una fecha entre comillas es texto
# en-hash: bde94298
s001-date = escriba las fechas como AAAA-MM-DD, sin comillas: { $key } = { $date }
# en-hash: d7e3d69d
s001-date-either = escriba las fechas como AAAA-MM-DD, sin comillas: { $key } = { $first } para el { $first_day }, o { $key } = { $second } para el { $second_day }
# en-hash: a3ec37a6
s001-date-either-help = el día y el mes podrían estar en cualquier orden: escriba la fecha que corresponde
# en-hash: 539618df
s001-date-day-month = { $day } de { $month }

### Errores de sintaxis en encabezados de tabla y claves.

# en-hash: a84a84b9
s001-header = { $why }: escriba { $fixed }
# en-hash: 6a4a1ced
s001-header-unknown = { $why }: escriba { $fixed } (las tablas conocidas aquí son: { $tables })
# en-hash: f249f225
s001-header-label = no es un encabezado de tabla que TOML lea
# en-hash: 38d8275a
s001-header-help = escriba el encabezado como { $fixed }; { -fix }
# en-hash: 3fd4e863
s001-header-why-spaces = el nombre de una tabla no lleva espacios
# en-hash: d720360a
s001-header-why-after = después de un encabezado de tabla, en su misma línea, solo puede ir un comentario con #
# en-hash: 308adcab
s001-header-why-unclosed = el encabezado de la tabla no está cerrado con ]
# en-hash: e93cfc8e
s001-header-why-list = el encabezado de una lista lleva dos corchetes a cada lado
# en-hash: 8cb52b32
s001-header-why-single = esta tabla no es una lista: su encabezado lleva un corchete a cada lado
# en-hash: 4c016b77
s001-header-why-letters = el nombre de una tabla se escribe con letras, dígitos, _ y -
# en-hash: db107871
s001-colon = escriba `clave = valor`, con = (no :): { $word } = { $value }
# en-hash: cc13d4b3
s001-colon-label = : en lugar de =
# en-hash: 480c3010
s001-colon-help = ponga = en lugar de los dos puntos; { -fix }
# en-hash: cb0db354
s001-no-equals = ponga = entre la clave y su valor: { $word } = { $value }
# en-hash: 06bb471c
s001-no-equals-label = falta =
# en-hash: baf4844a
s001-no-equals-help = escriba `{ $word } = ` antes del valor; { -fix }
# en-hash: 611b30ef
s001-not-a-statement = esta línea no es ni `clave = valor` ni un encabezado [tabla]; si es una nota, empiécela con #
# en-hash: af8203e2
s001-not-a-statement-label = no es TOML
# en-hash: ca9a9275
s001-not-a-statement-help = conviértala en comentario poniendo # al principio (o lleve el texto a un valor entre comillas); { -fix }
# en-hash: 391e817c
s001-no-key = falta la clave antes de =: escriba la clave, como en title = { $value }
# en-hash: e7fcb78f
s001-no-key-label = sin clave
# en-hash: 07b04344
s001-no-key-help = escriba el nombre de la clave antes de =
# en-hash: 7e525cc6
s001-key = { $why }: escriba { $key } = { $value }
# en-hash: 7b780f94
s001-key-meant = { $why }; ¿quiso decir `{ $key }`? escriba { $key } = { $value }
# en-hash: 803ef5cd
s001-key-known = { $why }: escriba { $key } = { $value } (las claves conocidas aquí son: { $keys })
# en-hash: ceb4484d
s001-key-why-spaces = una clave no lleva espacios
# en-hash: 441063ed
s001-key-why-letters = una clave se escribe con letras sin acentos, dígitos, _ y -
# en-hash: 10a5803b
s001-key-label = no es una clave que TOML lea
# en-hash: a2d2c93f
s001-key-help = cambie el nombre de la clave a `{ $key }`; { -fix }
# en-hash: a00fce77
s001-key-help-letters = escriba la clave con letras, dígitos y _
# en-hash: ef0e159e
s001-no-value = `{ $key }` no tiene valor: escriba el valor después de =, como en { $key } = { $example }
# en-hash: e82b0347
s001-no-value-label = sin valor
# en-hash: 2990a0f1
s001-no-value-help = escriba el valor después de =; docs/format.md muestra qué admite cada clave

### Valores del tipo equivocado.

# en-hash: e4220ada
s002-value-spelling = escriba el valor como lo escribe el formato: { $key } = "{ $value }"
# en-hash: b8996a0e
s002-value-meant = valor desconocido `{ $found }`; ¿quiso decir { $key } = "{ $value }"?
# en-hash: 5012dea5
s002-value-label = no es un valor admitido
# en-hash: c4ccc2f5
s002-value-help = los valores admitidos son { $allowed }; { -fix }
# en-hash: 1b0607ee
s001-bool = escriba true o false, en minúsculas y sin comillas: { $key } = { $value }
# en-hash: 92d2e7f9
s001-bool-help = TOML solo lee true y false; { -fix }
# en-hash: 292a75b4
s002-quoted-bool-label = texto, no true ni false
# en-hash: ddcb805a
s002-double-for-single = `[[{ $name }]]` abre una lista, pero hay un solo { $name }: escriba { $fixed }, entre corchetes simples
# en-hash: ca6fe511
s002-double-for-single-label = corchetes dobles
# en-hash: dcc6da3d
s002-one-for-list = una lista se escribe entre corchetes, aunque tenga un solo elemento: { $key } = { $fixed }
# en-hash: bc991fe6
s002-one-for-list-label = un texto, no una lista
# en-hash: b8eb4eba
s002-one-for-list-help = ponga el texto entre [ ]; { -fix }
# en-hash: 600f7c9c
s002-quoted-number = escriba el número sin comillas ni signo %: { $key } = { $value }
# en-hash: 43fc40be
s002-quoted-number-label = un número entre comillas es texto
# en-hash: 39ed3f7a
s001-percent-help = los porcentajes son números simples de 0 a 100; { -fix }

### Formas que ogp lee pero que otras herramientas TOML rechazan (advertencias).

# en-hash: 789f0e5d
s001-portable-comma = ogp lee una coma antes de {"}"}, pero las herramientas TOML de los editores la rechazan: quítela: { $key } = { $kept }
# en-hash: 2ab90e47
s001-portable-lines = ogp lee una tabla {"{"} {"}"} repartida en varias líneas, pero las herramientas TOML de los editores la rechazan: escriba `{ $key } = {"{"} ... {"}"}` en una sola línea
# en-hash: 58711279
s001-portable-help = TOML 1.0, que siguen la mayoría de las herramientas de los editores, no lo permite; { -fix }
# en-hash: b0eb6049
s001-portable-help-plain = TOML 1.0, que siguen la mayoría de las herramientas de los editores, no lo permite
# en-hash: 2ed078fd
s001-portable-label = otras herramientas TOML rechazan esto

### Errores en la forma de una instrucción.

# en-hash: 85713483
s001-long-text-unclosed = el texto de `{ $key }` abierto con { $quote } en la línea { $line } nunca se cierra: termínelo con { $quote }
# en-hash: 5856c9f0
s001-never-closed = nunca se cierra
# en-hash: 5c4de359
s001-quote-help = ponga { $quote } donde termina el texto
# en-hash: 0586e7ee
s001-parentheses = una lista se escribe entre corchetes [ ], no entre paréntesis ( ): { $key } = { $fixed }
# en-hash: e0066179
s001-parentheses-label = paréntesis
# en-hash: 54166789
s001-parentheses-help = escriba [ y ] en lugar de ( y ); { -fix }
# en-hash: ac116a8c
s001-bare-item = el texto de una lista necesita comillas: { $fixed }
# en-hash: dd6835e4
s001-bare-text-label = texto sin comillas
# en-hash: 699d74f0
s001-bare-text-help = ponga el texto entre comillas dobles; { -fix }
# en-hash: 6fb3a287
s001-brackets-for-table = `{ $key }` es una tabla {"{"} {"}"}, que se escribe entre llaves: { $key } = { $fixed }
# en-hash: 3632c4fe
s001-brackets-for-table-label = corchetes para una tabla
# en-hash: 51fe98d6
s001-brackets-for-table-help = escriba {"{"} y {"}"} en lugar de [ y ]; { -fix }
# en-hash: 75d924c6
s001-comma-between-entries = ponga una coma entre las entradas de una tabla {"{"} {"}"}: { $key } = { $fixed }
# en-hash: 3b03842c
s001-comma-between-items = ponga una coma entre los elementos de una lista: { $key } = { $fixed }
# en-hash: ccf5a201
s001-comma-missing-label = falta una coma
# en-hash: d4800487
s001-comma-missing-help = añada la coma; { -fix }
# en-hash: f91f59aa
s001-colon-in-table = dentro de {"{"} {"}"}, escriba clave = valor, con = (no :): { $key } = { $fixed }
# en-hash: 786b1e2f
s001-colon-in-table-help = ponga = en lugar de cada dos puntos; { -fix }
# en-hash: bc1d6386
s001-two-keys = ponga cada clave = valor en su propia línea: { $key } = { $value }, y { $second } = { $second_value } en la línea siguiente
# en-hash: 570a268d
s001-two-keys-label = una segunda clave en la misma línea
# en-hash: a5578e66
s001-two-keys-help = empiece una línea nueva antes de la segunda clave
# en-hash: 7b07ee4a
s001-fence = esta línea es una marca de bloque de código de Markdown (```), copiada con el TOML; elimine las líneas de marca del principio y del final
# en-hash: 54b2b3cf
s001-fence-label = marca de Markdown
# en-hash: 3b284d99
s001-fence-help = borre las líneas que empiezan con ```; { -fix }
# en-hash: 8f4f1b34
s001-slash-comment = los comentarios empiezan con #, no con { $mark }: escriba # { $comment }
# en-hash: 6b16d77f
s001-slash-comment-label = no es un comentario en TOML
# en-hash: db060ad0
s001-slash-comment-help = ponga # al principio del comentario; { -fix }
# en-hash: 97043910
s001-unclosed-list = { $kind ->
    [list] la lista
   *[table] la tabla {"{"} {"}"}
} `{ $key }` que empieza en la línea { $line } no está cerrada: añada { $close } después de su último elemento
# en-hash: bd9ab33b
s001-unclosed-list-example = { $kind ->
    [list] la lista
   *[table] la tabla {"{"} {"}"}
} `{ $key }` que empieza en la línea { $line } no está cerrada: añada { $close } después de su último elemento: { $fixed }
# en-hash: 7850f249
s001-unclosed-list-label = { $kind ->
    [list] esta lista
   *[table] esta tabla {"{"} {"}"}
} nunca se cierra
# en-hash: 4625ac69
s001-unclosed-list-help = ciérrela con { $close } donde termina; { -fix }
# en-hash: 079620ee
s001-unclosed-list-next = la línea siguiente se lee como parte de ella
# en-hash: 216e711f
s001-bare-list = el texto de una lista también necesita comillas: { $key } = { $fixed }
# en-hash: f7ddc3a5
s001-bare-list-help = ponga cada elemento entre comillas dobles; { -fix }
# en-hash: 1d719eb8
s001-decimal-comma = escriba el número con punto, no con coma: { $key } = { $number }
# en-hash: 0eb19ddf
s001-decimal-comma-label = aquí una coma termina el valor
# en-hash: 9cf78832
s001-decimal-comma-help = en TOML la coma separa valores, y los números llevan punto decimal; { -fix }
# en-hash: bf3fa1fd
s001-invalid = esto no es TOML válido: { $why }
# en-hash: dd78b957
s001-invalid-label = aquí
# en-hash: 7877905b
s001-invalid-help = Corrija el TOML en la posición marcada; docs/format.md muestra cada archivo completo
# en-hash: 6260bdcd
s001-invalid-after-value = algo sigue al valor en esta línea: ponga cada clave = valor en su propia línea, y empiece las notas con #
# en-hash: c66cf2d5
s001-invalid-no-value = una clave necesita = y un valor: escriba clave = valor
# en-hash: dbec567a
s001-invalid-list-header = el encabezado de una lista lleva dos corchetes a cada lado: [[nombre]]
# en-hash: 61ece601
s001-invalid-list = una lista se escribe ["a", "b"]: elementos entre comillas, separados por comas, cerrada con ]
# en-hash: e34dbfcd
s001-invalid-table = una tabla {"{"} {"}"} se escribe {"{"} a = 1, b = 2 {"}"}, en una sola línea, cerrada con {"}"}
# en-hash: 0dbdc0eb
s001-invalid-extra-comma = aquí sobra una coma: quítela
# en-hash: c7e087ce
s001-invalid-text = el texto se escribe entre comillas dobles rectas: "así"
# en-hash: 53840da1
s001-invalid-value = TOML no escribe así un valor: el texto va entre comillas, las fechas como 2026-05-15, los números en dígitos

### Valores en los que se detuvo el lector de TOML.

# en-hash: c504b053
s001-percent = escriba el número sin %: { $key } = { $value }
# en-hash: 1d3c58bb
s001-percent-label = % no forma parte de un número
# en-hash: 9d0613e9
s001-quarter = un trimestre es texto entre comillas: { $key } = { $fixed }
# en-hash: faa2806d
s001-quarter-label = trimestre sin comillas
# en-hash: 14be1e48
s001-quarter-help = ponga el trimestre entre comillas; { -fix }
# en-hash: b355b423
s001-bool-label = no es true ni false
# en-hash: 54068409
s001-unbracketed-list = una lista se escribe entre corchetes: { $key } = { $fixed }
# en-hash: 2d082f5c
s001-unbracketed-list-label = faltan los corchetes
# en-hash: dded9961
s001-unbracketed-list-help = ponga [ antes del primer elemento y ] después del último; { -fix }
# en-hash: 83693beb
s001-quote-inside-single = el ' dentro del texto lo termina antes de tiempo: escriba el texto entre comillas dobles: { $key } = { $fixed }
# en-hash: 65c84c75
s001-quote-inside-double = la " dentro del texto lo termina antes de tiempo: escriba el texto entre comillas simples (o escriba \" por cada comilla interior): { $key } = { $fixed }
# en-hash: 15b6b03a
s001-quote-inside-label = una comilla dentro del texto
# en-hash: eb63281e
s001-quote-inside-help = cambie las comillas exteriores; { -fix }
# en-hash: 80ac2978
s001-quote-inside-help-escape = cambie las comillas exteriores, y escriba \" por cada comilla doble dentro de comillas dobles
# en-hash: f380524d
s001-trailing-comma = quite la coma después del valor: { $key } = { $kept } (TOML pone cada clave = valor en su propia línea, sin comas)
# en-hash: 45df43fd
s001-trailing-comma-label = coma después del valor
# en-hash: 9281fdc1
s001-trailing-comma-help = borre la coma; { -fix }
# en-hash: fed3ac6b
s001-thousands = escriba el número sin separadores de miles: { $key } = { $number }
# en-hash: afcc6423
s001-thousands-label = no es un número que TOML lea
# en-hash: 5addd3a6
s001-thousands-help = quite las comas; { -fix }
# en-hash: 0658f93d
s001-note-after-value = después del valor, en su línea, solo puede ir un comentario; empiece la nota con #: { $key } = { $kept }  # { $note }
# en-hash: ab6ef34a
s001-note-after-value-label = no forma parte del valor
# en-hash: 46d6f1dd
s001-note-after-value-help = ponga # antes de la nota, o ponga todo el texto dentro de las comillas; { -fix }
# en-hash: 034696ff
s001-backslash = una barra invertida (\) en un texto entre comillas dobles inicia un código como \n: escriba el texto entre comillas simples, que lo conservan tal cual: { $key } = { $fixed }
# en-hash: 3cffc6e4
s001-backslash-label = barra invertida
# en-hash: 1f38cc67
s001-backslash-help = use comillas simples alrededor del texto, o escriba cada \ como \\ (o use / en las rutas); { -fix }
# en-hash: ecd9099b
s001-mismatched-quotes = el texto se abre con { $open } y se cierra con { $close }: use la misma comilla en los dos extremos: { $key } = { $fixed }
# en-hash: d719b710
s001-mismatched-quotes-label = comillas que no coinciden
# en-hash: 24b4b464
s001-mismatched-quotes-help = escriba " en los dos extremos; { -fix }
# en-hash: 77813b7c
s001-long-text-never-closed = el texto de `{ $key }` abierto con { $quote } nunca se cierra: termínelo con { $quote }
# en-hash: c5a8cfa0
s001-text-lines = el texto de `{ $key }` ocupa varias líneas: escríbalo en una sola línea, o entre { $three } y { $three }
# en-hash: 87b42b29
s001-text-lines-label = texto en varias líneas
# en-hash: e72336ce
s001-text-lines-help = una las líneas, o ponga { $three } en los dos extremos del texto en lugar de { $quote }
# en-hash: 931e2260
s001-text-unclosed = el texto no está cerrado: ponga { $quote } al final: { $key } = { $fixed }
# en-hash: 144cb392
s001-quote-help-fix = ponga { $quote } donde termina el texto; { -fix }
# en-hash: 0bda2516
s001-takes-date = `{ $key }` admite una fecha escrita como AAAA-MM-DD, sin comillas, por ejemplo { $key } = 2026-05-15
# en-hash: d622819f
s001-takes-date-label = no es una fecha
# en-hash: 10e73116
s001-takes-date-help = escriba el día como año-mes-día en dígitos
# en-hash: 0c682d4c
s001-takes-number = `{ $key }` admite un número, sin comillas ni signo %, por ejemplo { $key } = 50
# en-hash: 4ae2d635
s001-takes-number-label = no es un número
# en-hash: 01806e7d
s001-takes-number-help = escriba el número en dígitos
# en-hash: 5d4e8190
s001-takes-bool = `{ $key }` admite true o false, sin comillas: { $key } = true
# en-hash: 65f51497
s001-takes-bool-help = escriba true o false
# en-hash: 2995b023
s001-no-opening-quote = al texto le falta la comilla de apertura: { $key } = { $fixed }
# en-hash: 6d9358af
s001-no-opening-quote-label = falta la comilla de apertura
# en-hash: dda16383
s001-no-opening-quote-help = ponga { $quote } antes del texto; { -fix }
# en-hash: 2014b524
s001-bare-text = el texto debe ir entre comillas: { $key } = { $fixed }
# en-hash: 1c199de1
s001-bare-text-help-single = ponga el texto entre comillas simples

### Lectura de un archivo.

# en-hash: cc86d1c1
s007-file-missing = falta este archivo obligatorio
# en-hash: 355963ba
s001-unreadable-file = no se puede leer el archivo: { $why }
# en-hash: 8ecfb600
s001-unreadable-file-help = conviértalo en un archivo de texto UTF-8 en formato TOML
# en-hash: f005e87d
s001-bom = este archivo empieza con una marca de orden de bytes (BOM): ogp lo lee, pero las herramientas TOML de los editores y otros programas rechazan el archivo
# en-hash: 2372861b
s001-bom-help = guarde el archivo como UTF-8 sin BOM (en el Bloc de notas: Guardar como, Codificación "UTF-8", no "UTF-8 con BOM")
# en-hash: 7a59a9ca
s001-bom-label = marca de orden de bytes
# en-hash: 2a1e6591
s001-stopped = ogp dejó de buscar errores en este archivo después de { $n }; puede haber más
# en-hash: c1d130fa
s001-stopped-help = corrija los errores indicados arriba y vuelva a ejecutar ogp
# en-hash: d229b04c
s002-empty-file = este archivo está vacío; necesita al menos { $keys }
# en-hash: cd69e1f0
s002-comments-only = este archivo solo contiene comentarios; necesita al menos { $keys }
# en-hash: 219641b8
s002-empty-file-help = escriba las claves del archivo (docs/format.md muestra cada archivo completo, y `ogp init` escribe un ejemplo completo), o elimine el archivo
# en-hash: a2f79f17
s002-empty-file-label = nada que leer
# en-hash: ff218508
s001-too-deep = esto no es TOML válido para ogp: los valores están anidados demasiado ({ $parser })
# en-hash: 5ebac303
s001-too-deep-help = los archivos del plan anidan tablas y listas pocos niveles; quite los corchetes de más
# en-hash: fa15acf1
s001-too-deep-label = anidado demasiado
# en-hash: 0c2f5173
s002-impossible-date = esta no es una fecha real: { $parser }
# en-hash: 04dac58c
s002-impossible-date-help = escriba una fecha que exista, por ejemplo 2026-02-28
# en-hash: c9f89b0e
s002-impossible-date-label = fecha imposible
# en-hash: e9dbf9f5
s002-stopped = ogp dejó de leer este archivo después de { $n } valores erróneos; puede haber más
# en-hash: adbf8efc
s002-stopped-help = corrija los valores indicados arriba y vuelva a ejecutar ogp
# en-hash: c71499e3
load-why-symlink = es un enlace simbólico, que ogp no sigue; ponga aquí el archivo mismo
# en-hash: 2fbb7e76
load-why-folder = es una carpeta, no un archivo
# en-hash: 7b6fc69c
load-why-special = no es un archivo normal (es un dispositivo, un socket o una tubería)
# en-hash: f747f3c0
load-why-not-from-git = no se leyó de git
# en-hash: 638b7aec
load-why-not-in-tree = no está en el árbol
# en-hash: 94058b0a
load-why-too-big = mide { $bytes } bytes, más de los { $mib } MiB que puede tener un archivo del plan
# en-hash: 655a7766
load-why-grew = supera los { $mib } MiB que puede tener un archivo del plan
# en-hash: de1740c6
load-why-not-utf8 = no es texto UTF-8 (byte no válido en la posición { $offset }); guárdelo como UTF-8

### Lo que el esquema rechaza en un TOML válido.

# en-hash: f8244379
s003-unknown-key-meant = clave desconocida `{ $key }`; ¿quiso decir `{ $meant }`?
# en-hash: 305ccaaa
s003-unknown-key-meant-help = cámbiele el nombre a `{ $meant }`
# en-hash: 298c0669
s003-unknown-key-dates = clave desconocida `{ $key }`; las fechas que registra esta tabla son { $dates }
# en-hash: 6c154f09
s003-unknown-key-dates-help = cámbiele el nombre a la fecha que es (docs/format.md explica qué significa cada una); si es solo una nota, ponga # delante de la línea
# en-hash: 59ef7345
s003-unknown-key = clave desconocida `{ $key }`
# en-hash: c0522a00
s003-unknown-key-help = ogp no la lee: si es una nota, ponga # delante de la línea para conservarla como comentario
# en-hash: c0572c10
s003-unknown-key-help-known = ogp no la lee: si registra una de las claves conocidas aquí ({ $keys }), cámbiele el nombre; si es una nota, ponga # delante de la línea para conservarla como comentario
# en-hash: 0b3acc88
s003-unknown-key-label = no es una clave de esta tabla
# en-hash: 8eb07ff4
s003-needless-header = tabla desconocida `{ $header }`: las claves que siguen no necesitan un encabezado propio; quite la línea { $header } y conserve las claves
# en-hash: ef263ec5
s003-needless-header-help = borre solo la línea del encabezado; las claves que siguen quedan como están
# en-hash: 53d75978
s003-needless-header-label = no es una tabla de este archivo
# en-hash: 4bf8fbbc
s002-missing-key = falta la clave obligatoria `{ $key }`
# en-hash: f011f54d
s002-missing-key-label = `{ $key }` va en esta tabla
# en-hash: af93a50f
s002-missing-key-help = añada la clave; docs/format.md y `ogp schema` muestran todas las claves obligatorias
# en-hash: b07d75a9
s002-date-help = escriba una fecha TOML sin comillas, por ejemplo 2026-05-15
# en-hash: 9c7dee40
s002-value-help-schema = corrija el valor; el esquema en schema/ indica qué admite cada clave
# en-hash: 89d4a4d3
s002-wrong-type = tipo equivocado: { $found }, se esperaba { $expected }
# en-hash: dbe1fcaf
s002-wrong-type-alone = tipo equivocado: { $found }
# en-hash: 89be9cb6
s002-wrong-type-label = tipo equivocado
# en-hash: 5ef0bdc6
s002-wrong-type-date = se esperaba una fecha como 2026-05-15 y se encontró { $found }; escriba las fechas sin comillas
# en-hash: 7105c61f
s002-found-number = el número { $value }
# en-hash: 5f0f2473
s002-found-text = el texto { $value }
# en-hash: cfc0b13a
s002-found-list = una lista [ ]
# en-hash: c5ad6e02
s002-found-table = una tabla {"{"} {"}"}
# en-hash: 30c6f7d0
s002-expected-number = un número
# en-hash: 0139357b
s002-expected-whole-number = un número entero
# en-hash: 1811e744
s002-expected-list = una lista [ ]
# en-hash: 82636266
s002-expected-table = una tabla
# en-hash: b0fa52e5
s002-expected-text = texto entre comillas
# en-hash: 1c2b664a
s002-expected-bool = true o false
# en-hash: a23f4c9a
s002-unknown-value = valor desconocido `{ $value }`, se esperaba { $n ->
    [1] { $first }
    [2] { $first } o { $second }
   *[other] uno de estos: { $allowed }
}
# en-hash: dbb77b29
s002-unknown-value-raw = valor desconocido { $parser }
# en-hash: 763352b0
s002-invalid-value = { $parser }
# en-hash: 93aeb894
s002-invalid-value-label = valor no válido
# en-hash: 37e912f8
s002-implausible-year = { $date } tiene el año { $year }, { $side ->
    [before] anterior a
   *[after] posterior a
} { $bound }, que ningún registro de un plan puede querer decir; corrija el año (un error como 2207 por 2027)
# en-hash: 0b90c6d7
s002-not-a-calendar-date = { $date } no es una fecha real del calendario
# en-hash: abafa739
s002-date-time = se esperaba una fecha y se encontró la fecha y hora { $found }; escriba solo la fecha: { $date }
# en-hash: e973d3e1
s002-not-a-date = se esperaba una fecha como 2026-05-15 y se encontró { $found }

### Las carpetas de una jurisdicción.

# en-hash: 6f03c691
s007-no-plan-file = la carpeta del plan `{ $folder }` no tiene plan.toml
# en-hash: c0251f32
s007-no-plan-file-help = añada plans/<plan-id>/plan.toml con el título, el inicio y el fin del plan, o elimine la carpeta
# en-hash: 4d31c508
s001-folder-symlink = no se puede leer la carpeta: es un enlace simbólico, que ogp no sigue; ponga aquí la carpeta misma
# en-hash: df717b2e
s001-folder-is-file = no se puede leer la carpeta: es un archivo, no una carpeta
# en-hash: 82f8bae6
s001-folder-help = conviértala en una carpeta de archivos del plan

### Archivos y carpetas que parecen archivos del plan pero no se leen.

# en-hash: 538382b3
s012-what-plan = el plan de acción
# en-hash: f993a70e
s012-what-meetings = las reuniones del foro
# en-hash: 485f7061
s012-what-tracker = las actualizaciones del seguimiento
# en-hash: 17bac5dd
s012-what-jurisdiction = el registro del miembro
# en-hash: 25415b3e
s012-keep = si se guarda aquí a propósito, añada "{ $path }" a `ignore` en jurisdiction.toml
# en-hash: ae290f9d
s012-rename = cámbiele el nombre: { $command }
# en-hash: ab93094a
s012-rename-folder = cambie el nombre de la carpeta: { $command }
# en-hash: f59b74eb
s012-rename-keep = cámbiele el nombre: { $command }; { $keep }
# en-hash: ff6fc6a3
s012-move-keep = muévalo: { $command }; { $keep }
# en-hash: 6c432bcf
s012-merge = pase su contenido a { $target } y elimínelo; { $keep }
# en-hash: 783184d5
s012-move-where-read = si contiene registros del plan, muévalo adonde ogp lo lee (docs/format.md muestra la estructura); { $keep }
# en-hash: 2546b24f
s012-misnamed-root = `{ $name }` no se lee: la carpeta de una jurisdicción se reconoce por un archivo llamado exactamente `jurisdiction.toml`, así que esta jurisdicción no se revisa
# en-hash: 2cf61913
s012-plans-folder-twin = la carpeta `{ $name }` no se lee: ogp lee los planes de acción de `plans/`, que también está aquí
# en-hash: 4a147e5c
s012-plans-folder-twin-help = pase su contenido a plans/ y elimínela; { $keep }
# en-hash: d5168237
s012-plans-folder = la carpeta `{ $name }` no se lee: ogp lee los planes de acción solo de una carpeta llamada `plans` (en minúsculas), y no hay ninguna, así que los planes de esta jurisdicción son desconocidos
# en-hash: 094eaf45
s012-stray-meant = `{ $path }` no se lee: probablemente debería ser { $target } ({ $what }), que ogp lee solo con ese nombre y en ese lugar
# en-hash: 3aaf6c48
s012-stray-meant-help = muévalo a la carpeta de su plan con ese nombre, por ejemplo { $command }; { $keep }
# en-hash: 0409fff8
s012-stray-root = `{ $path }` no se lee: ogp lee aquí jurisdiction.toml y los archivos del plan en plans/<plan-id>/
# en-hash: 036e7720
s012-stray-plans = `{ $path }` no se lee: ogp lee aquí jurisdiction.toml y los archivos del plan en plans/<plan-id>/ (los archivos de un plan van en una carpeta propia, plans/<plan-id>/)
# en-hash: 67f285f3
s012-plan-file-meant = `{ $name }` no se lee: probablemente debería ser `{ $target }` ({ $what }), que falta en esta carpeta del plan, así que no se dan los veredictos que lo necesitan
# en-hash: 1601bd2f
s012-plan-file-twin = `{ $name }` no se lee: se parece a `{ $target }` ({ $what }), que también está aquí y es el archivo que ogp lee
# en-hash: cc7969f7
s012-commitment-beside-twin = `{ $name }` parece un compromiso pero no se lee: ogp lee los compromisos de un plan solo de su carpeta commitments/, que también tiene un archivo con ese nombre
# en-hash: 8f17690f
s012-commitment-beside = `{ $name }` parece un compromiso pero no se lee: ogp lee los compromisos de un plan solo de su carpeta commitments/, así que este compromiso no forma parte del plan
# en-hash: 32417800
s012-beside-plan = `{ $name }` no se lee: la carpeta de un plan contiene plan.toml, meetings.toml, tracker.toml y commitments/*.toml (los compromisos), y este no es ninguno de ellos
# en-hash: 0c01e62b
s012-beside-plan-help = si es un compromiso, muévalo a commitments/; si contiene reuniones o actualizaciones del seguimiento, páselas a meetings.toml o a tracker.toml; { $keep }
# en-hash: bd008dba
s012-commitments-folder-twin = la carpeta `{ $name }` no se lee: ogp lee los compromisos del plan de `commitments/`, que también está aquí
# en-hash: 1b99ec2f
s012-commitments-folder-twin-help = pase sus archivos de compromisos a commitments/ y elimínela; { $keep }
# en-hash: 82be3cc2
s012-commitments-folder = la carpeta `{ $name }` no se lee: ogp lee los compromisos del plan solo de una carpeta llamada `commitments`, así que los compromisos del plan son desconocidos
# en-hash: 54ef4d2c
s012-commitment-name = `{ $name }` no se lee: { $why ->
    [case] ogp lee los archivos de compromisos cuyos nombres terminan en `.toml` en minúsculas
   *[extension] ogp lee solo los archivos `.toml` de commitments/
}, así que este compromiso no forma parte del plan
# en-hash: 04c0540f
s012-commitment-name-twin = `{ $name }` no se lee: { $why ->
    [case] ogp lee los archivos de compromisos cuyos nombres terminan en `.toml` en minúsculas
   *[extension] ogp lee solo los archivos `.toml` de commitments/ (los compromisos)
}, y `{ $target }` también está aquí
# en-hash: 3b211066
s012-nested-jurisdiction = `{ $path }` no se revisa: está dentro de la carpeta de otra jurisdicción, y ogp revisa la carpeta de una jurisdicción como un todo
# en-hash: 60342cb3
s012-nested-jurisdiction-help = dé a esa jurisdicción una carpeta propia junto a esta; { $keep }
# en-hash: 4381ac24
s012-commitment-elsewhere = `{ $path }` parece un compromiso pero no se lee: ogp lee los compromisos de un plan solo de plans/<plan-id>/commitments/
# en-hash: 61e25c09
s012-unread-toml = `{ $path }` no se lee: ogp lee jurisdiction.toml y los archivos del plan en plans/<plan-id>/ (plan.toml, meetings.toml, tracker.toml, commitments/*.toml para los compromisos)

### `ogp check --fix` y `--diff`.

# en-hash: d37ff5c8
fix-does-not-fit = una corrección no cabe en el archivo; no se cambió nada
# en-hash: 49c2799c
fix-still-invalid = el archivo seguiría sin ser TOML válido después de la corrección ({ $mistake }); no se cambió nada
# en-hash: a169b267
fix-too-many = demasiadas correcciones en un solo archivo; no se cambió nada
# en-hash: 488962a2
fix-cannot-read = no se puede leer: { $why }
# en-hash: 6bfb2b3a
fix-not-a-file = no es un archivo normal; no se cambió nada
# en-hash: 13348667
fix-changed = cambió desde que se revisó; no se cambió nada
# en-hash: 2dc6acd8
fix-cannot-write = no se puede escribir: { $why }
# en-hash: 4482469a
fix-not-fixed = sin corregir { $path }: { $why }
# en-hash: 9014b26e
fix-not-fixable = no se puede corregir { $path }: { $why }
# en-hash: 99c47d66
fix-fixed-line = corregido { $path }:{ $line }
# en-hash: c73b129f
fix-summary = { $mistakes ->
    [0] nada que corregir automáticamente
    [one] se corrigió 1 error en 1 archivo
   *[other] se corrigieron { $mistakes } errores en { $files ->
        [one] 1 archivo
       *[other] { $files } archivos
    }
}

### Las rutas dadas a ogp.

# en-hash: 88bbeee0
s007-no-repository = { $path } no contiene ningún repositorio de planes ni está dentro de uno (no hay jurisdiction.toml en esa carpeta, debajo ni encima)
# en-hash: f25dcb85
s007-no-repository-help = indique a ogp una carpeta que contenga jurisdiction.toml, o una carpeta de carpetas así; `ogp init CARPETA` crea una nueva
# en-hash: e46c432c
usage-cannot-read = no se puede leer { $path }: { $why }
# en-hash: 7e9669b3
usage-skipped = ogp: se omitió { $path }: { $why }
# en-hash: f13dd0dd
usage-orphan = ogp: { $message } ({ $help })
# en-hash: ed07c264
usage-many-jurisdictions = { $path } contiene { $n } jurisdicciones; indique la carpeta de una de ellas

### Por qué un estado es desconocido cuando un archivo del formato está presente con otro nombre.

# en-hash: f8c3fc9c
s012-reason-plans-folder = { $path } no se lee (la carpeta de los planes debe llamarse `plans`): cámbiele el nombre a plans
# en-hash: 8b677c1b
s012-reason-stray-plan = { $path } no se lee (el plan.toml de un plan va en plans/<plan-id>/): muévalo allí
# en-hash: db3810a5
s012-reason-plan-file = { $path } no se lee (probablemente debería ser { $target }): cámbiele el nombre a { $target }
# en-hash: d44a410e
s012-reason-commitment-beside = { $path } es un compromiso fuera de commitments/ (no se lee): muévalo a commitments/
# en-hash: 8785cbcd
s012-reason-commitments-folder = { $path } no se lee (la carpeta de los compromisos debe llamarse `commitments`): cámbiele el nombre
# en-hash: f0986c95
s012-reason-commitment-name = { $path } no se lee (los archivos de compromisos terminan en .toml): cámbiele el nombre a { $target }
