### Findings of reading the files: syntax, the schema, what could not be read.

-fix = `ogp check --fix` faz essa alteração por você

### Erros de digitação reconhecidos em torno de um erro de leitura.

# en-hash: 6588a9f4
s001-fix-help = { -fix }
# en-hash: 06eb3d0f
s001-curly-quotes = este texto está entre aspas tipográficas (“ ”), como um processador de texto as digita; o TOML precisa de aspas retas: { $key } = { $fixed }
# en-hash: 70a406d1
s001-curly-quotes-label = aspas tipográficas
# en-hash: 8e822ae4
s001-curly-quotes-help = digite de novo as aspas como " em um editor de texto simples, ou deixe que `ogp check --fix` faça isso
# en-hash: ed7ed539
s001-curly-quotes-help-inside = digite de novo as aspas como " em um editor de texto simples (uma " dentro do texto se escreve \")
# en-hash: 604fbc48
s001-list-header-mixed = `[{ $name }]` e `[[{ $name }]]` não podem ser misturados: cada { $name } da lista começa com `[[{ $name }]]`, entre colchetes duplos
# en-hash: 6852ab95
s001-list-header-mixed-help = escreva cada cabeçalho da lista como `[[{ $name }]]`
# en-hash: ae1ec69f
s001-list-header-mixed-first = o primeiro `{ $name }` começa aqui
# en-hash: efea9c33
s001-second-one = o segundo
# en-hash: eccca7c5
s001-first-one = o primeiro
# en-hash: 15fde814
s001-table-twice = a tabela `[{ $name }]` aparece duas vezes; escreva-a uma só vez, com todas as suas chaves
# en-hash: fa3dbeac
s001-table-twice-help = leve as chaves abaixo deste cabeçalho para o primeiro `[{ $name }]` e remova este
# en-hash: d8cc88df
s001-key-twice-in-entry = `{ $key }` aparece duas vezes neste { $name }; se outro { $name } começa aqui, coloque [[{ $name }]] na linha de cima
# en-hash: 32451a10
s001-key-twice-in-entry-help = cada { $name } começa com a sua própria linha [[{ $name }]]; se for o mesmo { $name }, mantenha o `{ $key }` correto
# en-hash: 44524e98
s001-given-again = repetida aqui
# en-hash: c7d454b0
s001-first-given = primeira vez aqui
# en-hash: a2951fed
s001-key-twice = `{ $key }` aparece duas vezes nesta tabela; mantenha só uma
# en-hash: 38ffefb3
s001-key-twice-help = remova uma das duas linhas `{ $key }` (mantenha o valor correto)
# en-hash: 4af5d02e
s002-single-for-list = `[{ $name }]` abre uma tabela única; este arquivo guarda uma lista delas, cada uma começando com `[[{ $name }]]`, entre colchetes duplos
# en-hash: bb05e5a9
s002-single-for-list-label = colchetes simples
# en-hash: 35e8557e
s002-single-for-list-help = escreva `[[{ $name }]]` aqui (e em cada { $name } seguinte)
# en-hash: 7e727af3
s001-date-label = não é uma data que o TOML leia
# en-hash: 27117997
s001-date-quoted-label = uma data entre aspas é texto
# en-hash: bde94298
s001-date = escreva as datas como AAAA-MM-DD, sem aspas: { $key } = { $date }
# en-hash: d7e3d69d
s001-date-either = escreva as datas como AAAA-MM-DD, sem aspas: { $key } = { $first } para { $first_day }, ou { $key } = { $second } para { $second_day }
# en-hash: a3ec37a6
s001-date-either-help = o dia e o mês podem estar em qualquer ordem: escreva a data que você quer dizer
# en-hash: 539618df
s001-date-day-month = { $day } de { $month }

### Erros de sintaxe em cabeçalhos de tabela e chaves.

# en-hash: a84a84b9
s001-header = { $why }: escreva { $fixed }
# en-hash: 6a4a1ced
s001-header-unknown = { $why }: escreva { $fixed } (as tabelas conhecidas aqui são: { $tables })
# en-hash: f249f225
s001-header-label = não é um cabeçalho de tabela que o TOML leia
# en-hash: 38d8275a
s001-header-help = escreva o cabeçalho como { $fixed }; { -fix }
# en-hash: 3fd4e863
s001-header-why-spaces = o nome de uma tabela não tem espaços
# en-hash: d720360a
s001-header-why-after = depois de um cabeçalho de tabela, na mesma linha, só pode vir um comentário com #
# en-hash: 308adcab
s001-header-why-unclosed = o cabeçalho da tabela não está fechado com ]
# en-hash: e93cfc8e
s001-header-why-list = o cabeçalho de uma lista tem dois colchetes de cada lado
# en-hash: 8cb52b32
s001-header-why-single = esta tabela não é uma lista: o seu cabeçalho tem um colchete de cada lado
# en-hash: 4c016b77
s001-header-why-letters = o nome de uma tabela se escreve com letras, dígitos, _ e -
# en-hash: db107871
s001-colon = escreva `chave = valor`, com = (não :): { $word } = { $value }
# en-hash: cc13d4b3
s001-colon-label = : em vez de =
# en-hash: 480c3010
s001-colon-help = coloque = no lugar dos dois-pontos; { -fix }
# en-hash: cb0db354
s001-no-equals = coloque = entre a chave e o seu valor: { $word } = { $value }
# en-hash: 06bb471c
s001-no-equals-label = falta =
# en-hash: baf4844a
s001-no-equals-help = escreva `{ $word } = ` antes do valor; { -fix }
# en-hash: 611b30ef
s001-not-a-statement = esta linha não é nem `chave = valor` nem um cabeçalho [tabela]; se for uma nota, comece-a com #
# en-hash: af8203e2
s001-not-a-statement-label = não é TOML
# en-hash: ca9a9275
s001-not-a-statement-help = transforme-a em comentário colocando # no início (ou leve o texto para um valor entre aspas); { -fix }
# en-hash: 391e817c
s001-no-key = falta a chave antes de =: escreva a chave, como em title = { $value }
# en-hash: e7fcb78f
s001-no-key-label = sem chave
# en-hash: 07b04344
s001-no-key-help = escreva o nome da chave antes de =
# en-hash: 7e525cc6
s001-key = { $why }: escreva { $key } = { $value }
# en-hash: 7b780f94
s001-key-meant = { $why }; você quis dizer `{ $key }`? escreva { $key } = { $value }
# en-hash: 803ef5cd
s001-key-known = { $why }: escreva { $key } = { $value } (as chaves conhecidas aqui são: { $keys })
# en-hash: ceb4484d
s001-key-why-spaces = uma chave não tem espaços
# en-hash: 441063ed
s001-key-why-letters = uma chave se escreve com letras sem acento, dígitos, _ e -
# en-hash: 10a5803b
s001-key-label = não é uma chave que o TOML leia
# en-hash: a2d2c93f
s001-key-help = renomeie a chave para `{ $key }`; { -fix }
# en-hash: a00fce77
s001-key-help-letters = escreva a chave com letras, dígitos e _
# en-hash: ef0e159e
s001-no-value = `{ $key }` não tem valor: escreva o valor depois de =, como em { $key } = { $example }
# en-hash: e82b0347
s001-no-value-label = sem valor
# en-hash: 2990a0f1
s001-no-value-help = escreva o valor depois de =; docs/format.md mostra o que cada chave aceita

### Valores do tipo errado.

# en-hash: e4220ada
s002-value-spelling = escreva o valor como o formato o escreve: { $key } = "{ $value }"
# en-hash: b8996a0e
s002-value-meant = valor desconhecido `{ $found }`; você quis dizer { $key } = "{ $value }"?
# en-hash: 5012dea5
s002-value-label = não é um valor permitido
# en-hash: c4ccc2f5
s002-value-help = os valores permitidos são { $allowed }; { -fix }
# en-hash: 1b0607ee
s001-bool = escreva true ou false, em minúsculas e sem aspas: { $key } = { $value }
# en-hash: 92d2e7f9
s001-bool-help = o TOML só lê true e false; { -fix }
# en-hash: 292a75b4
s002-quoted-bool-label = texto, não true ou false
# en-hash: ddcb805a
s002-double-for-single = `[[{ $name }]]` abre uma lista, mas há um só { $name }: escreva { $fixed }, entre colchetes simples
# en-hash: ca6fe511
s002-double-for-single-label = colchetes duplos
# en-hash: dcc6da3d
s002-one-for-list = uma lista se escreve entre colchetes, mesmo com um só item: { $key } = { $fixed }
# en-hash: bc991fe6
s002-one-for-list-label = um texto, não uma lista
# en-hash: b8eb4eba
s002-one-for-list-help = coloque o texto entre [ ]; { -fix }
# en-hash: 600f7c9c
s002-quoted-number = escreva o número sem aspas nem sinal de %: { $key } = { $value }
# en-hash: 43fc40be
s002-quoted-number-label = um número entre aspas é texto
# en-hash: 39ed3f7a
s001-percent-help = porcentagens são números simples de 0 a 100; { -fix }

### Formas que o ogp lê mas que outras ferramentas TOML rejeitam (avisos).

# en-hash: 789f0e5d
s001-portable-comma = o ogp lê uma vírgula antes de {"}"}, mas as ferramentas TOML dos editores a rejeitam: remova-a: { $key } = { $kept }
# en-hash: 2ab90e47
s001-portable-lines = o ogp lê uma tabela {"{"} {"}"} distribuída em várias linhas, mas as ferramentas TOML dos editores a rejeitam: escreva `{ $key } = {"{"} ... {"}"}` em uma só linha
# en-hash: 58711279
s001-portable-help = o TOML 1.0, que a maioria das ferramentas dos editores segue, não permite isso; { -fix }
# en-hash: b0eb6049
s001-portable-help-plain = o TOML 1.0, que a maioria das ferramentas dos editores segue, não permite isso
# en-hash: 2ed078fd
s001-portable-label = outras ferramentas TOML rejeitam isto

### Erros na forma de uma instrução.

# en-hash: 85713483
s001-long-text-unclosed = o texto de `{ $key }` aberto com { $quote } na linha { $line } nunca é fechado: termine-o com { $quote }
# en-hash: 5856c9f0
s001-never-closed = nunca é fechado
# en-hash: 5c4de359
s001-quote-help = coloque { $quote } onde o texto termina
# en-hash: 0586e7ee
s001-parentheses = uma lista se escreve entre colchetes [ ], não entre parênteses ( ): { $key } = { $fixed }
# en-hash: e0066179
s001-parentheses-label = parênteses
# en-hash: 54166789
s001-parentheses-help = escreva [ e ] em vez de ( e ); { -fix }
# en-hash: ac116a8c
s001-bare-item = o texto de uma lista precisa de aspas: { $fixed }
# en-hash: dd6835e4
s001-bare-text-label = texto sem aspas
# en-hash: 699d74f0
s001-bare-text-help = coloque o texto entre aspas duplas; { -fix }
# en-hash: 6fb3a287
s001-brackets-for-table = `{ $key }` é uma tabela {"{"} {"}"}, escrita entre chaves: { $key } = { $fixed }
# en-hash: 3632c4fe
s001-brackets-for-table-label = colchetes para uma tabela
# en-hash: 51fe98d6
s001-brackets-for-table-help = escreva {"{"} e {"}"} em vez de [ e ]; { -fix }
# en-hash: 75d924c6
s001-comma-between-entries = coloque uma vírgula entre as entradas de uma tabela {"{"} {"}"}: { $key } = { $fixed }
# en-hash: 3b03842c
s001-comma-between-items = coloque uma vírgula entre os itens de uma lista: { $key } = { $fixed }
# en-hash: ccf5a201
s001-comma-missing-label = falta uma vírgula
# en-hash: d4800487
s001-comma-missing-help = acrescente a vírgula; { -fix }
# en-hash: f91f59aa
s001-colon-in-table = dentro de {"{"} {"}"}, escreva chave = valor, com = (não :): { $key } = { $fixed }
# en-hash: 786b1e2f
s001-colon-in-table-help = coloque = no lugar de cada dois-pontos; { -fix }
# en-hash: bc1d6386
s001-two-keys = coloque cada chave = valor em sua própria linha: { $key } = { $value }, e { $second } = { $second_value } na linha seguinte
# en-hash: 570a268d
s001-two-keys-label = uma segunda chave na mesma linha
# en-hash: a5578e66
s001-two-keys-help = comece uma nova linha antes da segunda chave
# en-hash: 7b07ee4a
s001-fence = esta linha é uma marca de bloco de código do Markdown (```), copiada com o TOML; remova as linhas de marca do início e do fim
# en-hash: 54b2b3cf
s001-fence-label = marca do Markdown
# en-hash: 3b284d99
s001-fence-help = apague as linhas que começam com ```; { -fix }
# en-hash: 8f4f1b34
s001-slash-comment = os comentários começam com #, não com { $mark }: escreva # { $comment }
# en-hash: 6b16d77f
s001-slash-comment-label = não é um comentário em TOML
# en-hash: db060ad0
s001-slash-comment-help = coloque # no início do comentário; { -fix }
# en-hash: 97043910
s001-unclosed-list = { $kind ->
    [list] a lista
   *[table] a tabela {"{"} {"}"}
} `{ $key }` que começa na linha { $line } não está fechada: acrescente { $close } depois do seu último item
# en-hash: bd9ab33b
s001-unclosed-list-example = { $kind ->
    [list] a lista
   *[table] a tabela {"{"} {"}"}
} `{ $key }` que começa na linha { $line } não está fechada: acrescente { $close } depois do seu último item: { $fixed }
# en-hash: 7850f249
s001-unclosed-list-label = { $kind ->
    [list] esta lista
   *[table] esta tabela {"{"} {"}"}
} nunca é fechada
# en-hash: 4625ac69
s001-unclosed-list-help = feche-a com { $close } onde ela termina; { -fix }
# en-hash: 079620ee
s001-unclosed-list-next = a linha seguinte é lida como parte dela
# en-hash: 216e711f
s001-bare-list = o texto de uma lista também precisa de aspas: { $key } = { $fixed }
# en-hash: f7ddc3a5
s001-bare-list-help = coloque cada item entre aspas duplas; { -fix }
# en-hash: 1d719eb8
s001-decimal-comma = escreva o número com ponto, não com vírgula: { $key } = { $number }
# en-hash: 0eb19ddf
s001-decimal-comma-label = aqui uma vírgula encerra o valor
# en-hash: 9cf78832
s001-decimal-comma-help = em TOML a vírgula separa valores, e os números usam ponto decimal; { -fix }
# en-hash: bf3fa1fd
s001-invalid = isto não é TOML válido: { $why }
# en-hash: dd78b957
s001-invalid-label = aqui
# en-hash: 7877905b
s001-invalid-help = Corrija o TOML na posição marcada; docs/format.md mostra cada arquivo completo
# en-hash: 6260bdcd
s001-invalid-after-value = algo vem depois do valor nesta linha: coloque cada chave = valor em sua própria linha, e comece as notas com #
# en-hash: c66cf2d5
s001-invalid-no-value = uma chave precisa de = e de um valor: escreva chave = valor
# en-hash: dbec567a
s001-invalid-list-header = o cabeçalho de uma lista tem dois colchetes de cada lado: [[nome]]
# en-hash: 61ece601
s001-invalid-list = uma lista se escreve ["a", "b"]: itens entre aspas, separados por vírgulas, fechada com ]
# en-hash: e34dbfcd
s001-invalid-table = uma tabela {"{"} {"}"} se escreve {"{"} a = 1, b = 2 {"}"}, em uma só linha, fechada com {"}"}
# en-hash: 0dbdc0eb
s001-invalid-extra-comma = há uma vírgula a mais aqui: remova-a
# en-hash: c7e087ce
s001-invalid-text = o texto se escreve entre aspas duplas retas: "assim"
# en-hash: 53840da1
s001-invalid-value = não é assim que o TOML escreve um valor: texto entre aspas, datas como 2026-05-15, números em dígitos

### Valores em que o leitor de TOML parou.

# en-hash: c504b053
s001-percent = escreva o número sem %: { $key } = { $value }
# en-hash: 1d3c58bb
s001-percent-label = % não faz parte de um número
# en-hash: 9d0613e9
s001-quarter = um trimestre é texto entre aspas: { $key } = { $fixed }
# en-hash: faa2806d
s001-quarter-label = trimestre sem aspas
# en-hash: 14be1e48
s001-quarter-help = coloque o trimestre entre aspas; { -fix }
# en-hash: b355b423
s001-bool-label = não é true nem false
# en-hash: 54068409
s001-unbracketed-list = uma lista se escreve entre colchetes: { $key } = { $fixed }
# en-hash: 2d082f5c
s001-unbracketed-list-label = faltam os colchetes
# en-hash: dded9961
s001-unbracketed-list-help = coloque [ antes do primeiro item e ] depois do último; { -fix }
# en-hash: 83693beb
s001-quote-inside-single = o ' dentro do texto o encerra antes da hora: escreva o texto entre aspas duplas: { $key } = { $fixed }
# en-hash: 65c84c75
s001-quote-inside-double = a " dentro do texto o encerra antes da hora: escreva o texto entre aspas simples (ou escreva \" para cada aspa interna): { $key } = { $fixed }
# en-hash: 15b6b03a
s001-quote-inside-label = uma aspa dentro do texto
# en-hash: eb63281e
s001-quote-inside-help = troque as aspas externas; { -fix }
# en-hash: 80ac2978
s001-quote-inside-help-escape = troque as aspas externas, e escreva \" para cada aspa dupla dentro de aspas duplas
# en-hash: f380524d
s001-trailing-comma = remova a vírgula depois do valor: { $key } = { $kept } (o TOML coloca cada chave = valor em sua própria linha, sem vírgulas)
# en-hash: 45df43fd
s001-trailing-comma-label = vírgula depois do valor
# en-hash: 9281fdc1
s001-trailing-comma-help = apague a vírgula; { -fix }
# en-hash: fed3ac6b
s001-thousands = escreva o número sem separadores de milhar: { $key } = { $number }
# en-hash: afcc6423
s001-thousands-label = não é um número que o TOML leia
# en-hash: 5addd3a6
s001-thousands-help = remova as vírgulas; { -fix }
# en-hash: 0658f93d
s001-note-after-value = depois do valor, na mesma linha, só pode vir um comentário; comece a nota com #: { $key } = { $kept }  # { $note }
# en-hash: ab6ef34a
s001-note-after-value-label = não faz parte do valor
# en-hash: 46d6f1dd
s001-note-after-value-help = coloque # antes da nota, ou coloque todo o texto dentro das aspas; { -fix }
# en-hash: 034696ff
s001-backslash = uma barra invertida (\) em um texto entre aspas duplas inicia um código como \n: escreva o texto entre aspas simples, que o mantêm como está: { $key } = { $fixed }
# en-hash: 3cffc6e4
s001-backslash-label = barra invertida
# en-hash: 1f38cc67
s001-backslash-help = use aspas simples em volta do texto, ou escreva cada \ como \\ (ou use / nos caminhos); { -fix }
# en-hash: ecd9099b
s001-mismatched-quotes = o texto abre com { $open } e fecha com { $close }: use a mesma aspa nas duas pontas: { $key } = { $fixed }
# en-hash: d719b710
s001-mismatched-quotes-label = aspas que não combinam
# en-hash: 24b4b464
s001-mismatched-quotes-help = escreva " nas duas pontas; { -fix }
# en-hash: 77813b7c
s001-long-text-never-closed = o texto de `{ $key }` aberto com { $quote } nunca é fechado: termine-o com { $quote }
# en-hash: c5a8cfa0
s001-text-lines = o texto de `{ $key }` ocupa várias linhas: escreva-o em uma só linha, ou entre { $three } e { $three }
# en-hash: 87b42b29
s001-text-lines-label = texto em várias linhas
# en-hash: e72336ce
s001-text-lines-help = junte as linhas, ou coloque { $three } nas duas pontas do texto em vez de { $quote }
# en-hash: 931e2260
s001-text-unclosed = o texto não está fechado: coloque { $quote } no final: { $key } = { $fixed }
# en-hash: 144cb392
s001-quote-help-fix = coloque { $quote } onde o texto termina; { -fix }
# en-hash: 0bda2516
s001-takes-date = `{ $key }` aceita uma data escrita como AAAA-MM-DD, sem aspas, por exemplo { $key } = 2026-05-15
# en-hash: d622819f
s001-takes-date-label = não é uma data
# en-hash: 10e73116
s001-takes-date-help = escreva o dia como ano-mês-dia em dígitos
# en-hash: 0c682d4c
s001-takes-number = `{ $key }` aceita um número, sem aspas nem sinal de %, por exemplo { $key } = 50
# en-hash: 4ae2d635
s001-takes-number-label = não é um número
# en-hash: 01806e7d
s001-takes-number-help = escreva o número em dígitos
# en-hash: 5d4e8190
s001-takes-bool = `{ $key }` aceita true ou false, sem aspas: { $key } = true
# en-hash: 65f51497
s001-takes-bool-help = escreva true ou false
# en-hash: 2995b023
s001-no-opening-quote = falta a aspa de abertura do texto: { $key } = { $fixed }
# en-hash: 6d9358af
s001-no-opening-quote-label = falta a aspa de abertura
# en-hash: dda16383
s001-no-opening-quote-help = coloque { $quote } antes do texto; { -fix }
# en-hash: 2014b524
s001-bare-text = o texto deve estar entre aspas: { $key } = { $fixed }
# en-hash: 1c199de1
s001-bare-text-help-single = coloque o texto entre aspas simples

### Leitura de um arquivo.

# en-hash: cc86d1c1
s007-file-missing = falta este arquivo obrigatório
# en-hash: 355963ba
s001-unreadable-file = o arquivo não pode ser lido: { $why }
# en-hash: 8ecfb600
s001-unreadable-file-help = transforme-o em um arquivo de texto UTF-8 no formato TOML
# en-hash: f005e87d
s001-bom = este arquivo começa com uma marca de ordem de bytes (BOM): o ogp o lê, mas as ferramentas TOML dos editores e outros programas rejeitam o arquivo
# en-hash: 2372861b
s001-bom-help = salve o arquivo como UTF-8 sem BOM (no Bloco de Notas: Salvar como, Codificação "UTF-8", não "UTF-8 com BOM")
# en-hash: 7a59a9ca
s001-bom-label = marca de ordem de bytes
# en-hash: 2a1e6591
s001-stopped = o ogp parou de procurar erros neste arquivo depois de { $n }; pode haver mais
# en-hash: c1d130fa
s001-stopped-help = corrija os erros apontados acima e execute o ogp de novo
# en-hash: d229b04c
s002-empty-file = este arquivo está vazio; ele precisa de pelo menos { $keys }
# en-hash: cd69e1f0
s002-comments-only = este arquivo só tem comentários; ele precisa de pelo menos { $keys }
# en-hash: 219641b8
s002-empty-file-help = escreva as chaves do arquivo (docs/format.md mostra cada arquivo completo, e `ogp init` escreve um exemplo completo), ou remova o arquivo
# en-hash: a2f79f17
s002-empty-file-label = nada para ler
# en-hash: ff218508
s001-too-deep = isto não é TOML válido para o ogp: os valores estão aninhados demais ({ $parser })
# en-hash: 5ebac303
s001-too-deep-help = os arquivos do plano aninham tabelas e listas em poucos níveis; remova os colchetes a mais
# en-hash: fa15acf1
s001-too-deep-label = aninhado demais
# en-hash: 0c2f5173
s002-impossible-date = esta não é uma data real: { $parser }
# en-hash: 04dac58c
s002-impossible-date-help = escreva uma data que exista, por exemplo 2026-02-28
# en-hash: c9f89b0e
s002-impossible-date-label = data impossível
# en-hash: e9dbf9f5
s002-stopped = o ogp parou de ler este arquivo depois de { $n } valores errados; pode haver mais
# en-hash: adbf8efc
s002-stopped-help = corrija os valores apontados acima e execute o ogp de novo
# en-hash: c71499e3
load-why-symlink = é um link simbólico, que o ogp não segue; coloque aqui o próprio arquivo
# en-hash: 2fbb7e76
load-why-folder = é uma pasta, não um arquivo
# en-hash: 7b6fc69c
load-why-special = não é um arquivo comum (é um dispositivo, um socket ou um pipe)
# en-hash: f747f3c0
load-why-not-from-git = não foi lido do git
# en-hash: 638b7aec
load-why-not-in-tree = não está na árvore
# en-hash: 94058b0a
load-why-too-big = tem { $bytes } bytes, mais do que os { $mib } MiB que um arquivo do plano pode ter
# en-hash: 655a7766
load-why-grew = tem mais do que os { $mib } MiB que um arquivo do plano pode ter
# en-hash: de1740c6
load-why-not-utf8 = não é texto UTF-8 (byte inválido na posição { $offset }); salve-o como UTF-8

### O que o esquema rejeita em um TOML válido.

# en-hash: f8244379
s003-unknown-key-meant = chave desconhecida `{ $key }`; você quis dizer `{ $meant }`?
# en-hash: 305ccaaa
s003-unknown-key-meant-help = renomeie-a para `{ $meant }`
# en-hash: 298c0669
s003-unknown-key-dates = chave desconhecida `{ $key }`; as datas que esta tabela registra são { $dates }
# en-hash: 6c154f09
s003-unknown-key-dates-help = renomeie-a para a data que ela é (docs/format.md explica o que cada uma significa); se for só uma nota, coloque # antes da linha
# en-hash: 59ef7345
s003-unknown-key = chave desconhecida `{ $key }`
# en-hash: c0522a00
s003-unknown-key-help = o ogp não a lê: se for uma nota, coloque # antes da linha para mantê-la como comentário
# en-hash: c0572c10
s003-unknown-key-help-known = o ogp não a lê: se ela registra uma das chaves conhecidas aqui ({ $keys }), renomeie-a; se for uma nota, coloque # antes da linha para mantê-la como comentário
# en-hash: 0b3acc88
s003-unknown-key-label = não é uma chave desta tabela
# en-hash: 8eb07ff4
s003-needless-header = tabela desconhecida `{ $header }`: as chaves abaixo dela não precisam de um cabeçalho próprio; remova a linha { $header } e mantenha as chaves
# en-hash: ef263ec5
s003-needless-header-help = apague só a linha do cabeçalho; as chaves abaixo dela ficam como estão
# en-hash: 53d75978
s003-needless-header-label = não é uma tabela deste arquivo
# en-hash: 4bf8fbbc
s002-missing-key = falta a chave obrigatória `{ $key }`
# en-hash: f011f54d
s002-missing-key-label = `{ $key }` vai nesta tabela
# en-hash: af93a50f
s002-missing-key-help = acrescente a chave; docs/format.md e `ogp schema` listam todas as chaves obrigatórias
# en-hash: b07d75a9
s002-date-help = escreva uma data TOML sem aspas, por exemplo 2026-05-15
# en-hash: 9c7dee40
s002-value-help-schema = corrija o valor; o esquema em schema/ diz o que cada chave aceita
# en-hash: 89d4a4d3
s002-wrong-type = tipo errado: { $found }, esperava-se { $expected }
# en-hash: dbe1fcaf
s002-wrong-type-alone = tipo errado: { $found }
# en-hash: 89be9cb6
s002-wrong-type-label = tipo errado
# en-hash: 5ef0bdc6
s002-wrong-type-date = esperava-se uma data como 2026-05-15 e encontrou-se { $found }; escreva as datas sem aspas
# en-hash: 7105c61f
s002-found-number = o número { $value }
# en-hash: 5f0f2473
s002-found-text = o texto { $value }
# en-hash: cfc0b13a
s002-found-list = uma lista [ ]
# en-hash: c5ad6e02
s002-found-table = uma tabela {"{"} {"}"}
# en-hash: 30c6f7d0
s002-expected-number = um número
# en-hash: 0139357b
s002-expected-whole-number = um número inteiro
# en-hash: 1811e744
s002-expected-list = uma lista [ ]
# en-hash: 82636266
s002-expected-table = uma tabela
# en-hash: b0fa52e5
s002-expected-text = texto entre aspas
# en-hash: 1c2b664a
s002-expected-bool = true ou false
# en-hash: a23f4c9a
s002-unknown-value = valor desconhecido `{ $value }`, esperava-se { $n ->
    [1] { $first }
    [2] { $first } ou { $second }
   *[other] um destes: { $allowed }
}
# en-hash: dbb77b29
s002-unknown-value-raw = valor desconhecido { $parser }
# en-hash: 763352b0
s002-invalid-value = { $parser }
# en-hash: 93aeb894
s002-invalid-value-label = valor inválido
# en-hash: 37e912f8
s002-implausible-year = { $date } tem o ano { $year }, { $side ->
    [before] anterior a
   *[after] posterior a
} { $bound }, o que nenhum registro de um plano pode querer dizer; corrija o ano (um erro de digitação como 2207 em vez de 2027)
# en-hash: 0b90c6d7
s002-not-a-calendar-date = { $date } não é uma data real do calendário
# en-hash: abafa739
s002-date-time = esperava-se uma data e encontrou-se a data e hora { $found }; escreva só a data: { $date }
# en-hash: e973d3e1
s002-not-a-date = esperava-se uma data como 2026-05-15 e encontrou-se { $found }

### As pastas de uma jurisdição.

# en-hash: 6f03c691
s007-no-plan-file = a pasta do plano `{ $folder }` não tem plan.toml
# en-hash: c0251f32
s007-no-plan-file-help = acrescente plans/<plan-id>/plan.toml com o título, o início e o fim do plano, ou remova a pasta
# en-hash: 4d31c508
s001-folder-symlink = a pasta não pode ser lida: é um link simbólico, que o ogp não segue; coloque aqui a própria pasta
# en-hash: df717b2e
s001-folder-is-file = a pasta não pode ser lida: é um arquivo, não uma pasta
# en-hash: 82f8bae6
s001-folder-help = transforme-a em uma pasta de arquivos do plano

### Arquivos e pastas que parecem arquivos do plano mas não são lidos.

# en-hash: 538382b3
s012-what-plan = o plano de ação
# en-hash: f993a70e
s012-what-meetings = as reuniões do fórum
# en-hash: 485f7061
s012-what-tracker = as atualizações do acompanhamento
# en-hash: 17bac5dd
s012-what-jurisdiction = o registro do membro
# en-hash: 25415b3e
s012-keep = se ele fica aqui de propósito, acrescente "{ $path }" a `ignore` em jurisdiction.toml
# en-hash: ae290f9d
s012-rename = renomeie-o: { $command }
# en-hash: ab93094a
s012-rename-folder = renomeie a pasta: { $command }
# en-hash: f59b74eb
s012-rename-keep = renomeie-o: { $command }; { $keep }
# en-hash: ff6fc6a3
s012-move-keep = mova-o: { $command }; { $keep }
# en-hash: 6c432bcf
s012-merge = passe o conteúdo dele para { $target } e remova-o; { $keep }
# en-hash: 783184d5
s012-move-where-read = mova-o para onde o ogp o lê se ele contiver registros do plano (docs/format.md mostra a estrutura); { $keep }
# en-hash: 2546b24f
s012-misnamed-root = `{ $name }` não é lido: a pasta de uma jurisdição é marcada por um arquivo chamado exatamente `jurisdiction.toml`, então esta jurisdição não é verificada
# en-hash: 2cf61913
s012-plans-folder-twin = a pasta `{ $name }` não é lida: o ogp lê os planos de ação de `plans/`, que também está aqui
# en-hash: 4a147e5c
s012-plans-folder-twin-help = passe o conteúdo dela para plans/, a pasta dos planos, e remova-a; { $keep }
# en-hash: d5168237
s012-plans-folder = a pasta `{ $name }` não é lida: o ogp lê os planos de ação só de uma pasta chamada `plans` (em minúsculas), e não há nenhuma, então os planos desta jurisdição são desconhecidos
# en-hash: 094eaf45
s012-stray-meant = `{ $path }` não é lido: provavelmente deveria ser { $target } ({ $what }), que o ogp lê só com esse nome e nesse lugar
# en-hash: 3aaf6c48
s012-stray-meant-help = mova-o para a pasta do seu plano com esse nome, por exemplo { $command }; { $keep }
# en-hash: 0409fff8
s012-stray-root = `{ $path }` não é lido: o ogp lê aqui jurisdiction.toml e os arquivos do plano em plans/<plan-id>/
# en-hash: 036e7720
s012-stray-plans = `{ $path }` não é lido: o ogp lê aqui jurisdiction.toml e os arquivos do plano em plans/<plan-id>/ (os arquivos de um plano ficam em uma pasta própria, plans/<plan-id>/)
# en-hash: 67f285f3
s012-plan-file-meant = `{ $name }` não é lido: provavelmente deveria ser `{ $target }` ({ $what }), que falta nesta pasta do plano, então os veredictos que precisam dele não são dados
# en-hash: 1601bd2f
s012-plan-file-twin = `{ $name }` não é lido: ele se parece com `{ $target }` ({ $what }), que também está aqui e é o arquivo que o ogp lê
# en-hash: cc7969f7
s012-commitment-beside-twin = `{ $name }` parece um compromisso mas não é lido: o ogp lê os compromissos de um plano só da sua pasta commitments/, que também tem um arquivo com esse nome
# en-hash: 8f17690f
s012-commitment-beside = `{ $name }` parece um compromisso mas não é lido: o ogp lê os compromissos de um plano só da sua pasta commitments/, então este compromisso não faz parte do plano
# en-hash: 32417800
s012-beside-plan = `{ $name }` não é lido: a pasta de um plano contém plan.toml, meetings.toml, tracker.toml e commitments/*.toml (os compromissos), e este não é nenhum deles
# en-hash: 0c01e62b
s012-beside-plan-help = se for um compromisso, mova-o para commitments/; se contiver reuniões ou atualizações do acompanhamento, passe-as para meetings.toml ou tracker.toml; { $keep }
# en-hash: bd008dba
s012-commitments-folder-twin = a pasta `{ $name }` não é lida: o ogp lê os compromissos do plano de `commitments/`, que também está aqui
# en-hash: 1b99ec2f
s012-commitments-folder-twin-help = passe os arquivos de compromissos dela para commitments/ e remova-a; { $keep }
# en-hash: 82be3cc2
s012-commitments-folder = a pasta `{ $name }` não é lida: o ogp lê os compromissos do plano só de uma pasta chamada `commitments`, então os compromissos do plano são desconhecidos
# en-hash: 54ef4d2c
s012-commitment-name = `{ $name }` não é lido: { $why ->
    [case] o ogp lê os arquivos de compromissos cujos nomes terminam em `.toml` em minúsculas
   *[extension] o ogp lê só os arquivos `.toml` de commitments/ (os compromissos)
}, então este compromisso não faz parte do plano
# en-hash: 04c0540f
s012-commitment-name-twin = `{ $name }` não é lido: { $why ->
    [case] o ogp lê os arquivos de compromissos cujos nomes terminam em `.toml` em minúsculas
   *[extension] o ogp lê só os arquivos `.toml` de commitments/ (os compromissos)
}, e `{ $target }` também está aqui
# en-hash: 3b211066
s012-nested-jurisdiction = `{ $path }` não é verificado: está dentro da pasta de outra jurisdição, e o ogp verifica a pasta de uma jurisdição como um todo
# en-hash: 60342cb3
s012-nested-jurisdiction-help = dê a essa jurisdição uma pasta própria ao lado desta; { $keep }
# en-hash: 4381ac24
s012-commitment-elsewhere = `{ $path }` parece um compromisso mas não é lido: o ogp lê os compromissos de um plano só de plans/<plan-id>/commitments/
# en-hash: 61e25c09
s012-unread-toml = `{ $path }` não é lido: o ogp lê jurisdiction.toml e os arquivos do plano em plans/<plan-id>/ (plan.toml, meetings.toml, tracker.toml, commitments/*.toml para os compromissos)

### `ogp check --fix` e `--diff`.

# en-hash: d37ff5c8
fix-does-not-fit = uma correção não cabe no arquivo; nada foi alterado
# en-hash: 49c2799c
fix-still-invalid = o arquivo continuaria não sendo TOML válido depois da correção ({ $mistake }); nada foi alterado
# en-hash: a169b267
fix-too-many = correções demais em um só arquivo; nada foi alterado
# en-hash: 488962a2
fix-cannot-read = não é possível lê-lo: { $why }
# en-hash: 6bfb2b3a
fix-not-a-file = não é um arquivo comum; nada foi alterado
# en-hash: 13348667
fix-changed = ele mudou desde que foi verificado; nada foi alterado
# en-hash: 2dc6acd8
fix-cannot-write = não é possível gravá-lo: { $why }
# en-hash: 4482469a
fix-not-fixed = não corrigido { $path }: { $why }
# en-hash: 9014b26e
fix-not-fixable = não corrigível { $path }: { $why }
# en-hash: 99c47d66
fix-fixed-line = corrigido { $path }:{ $line }
# en-hash: c73b129f
fix-summary = { $mistakes ->
    [0] nada para corrigir automaticamente
    [one] 1 erro corrigido em 1 arquivo
   *[other] { $mistakes } erros corrigidos em { $files ->
        [one] 1 arquivo
       *[other] { $files } arquivos
    }
}

### Os caminhos dados ao ogp.

# en-hash: 88bbeee0
s007-no-repository = { $path } não contém nenhum repositório de planos e não está dentro de um (não há jurisdiction.toml nesse lugar, abaixo nem acima)
# en-hash: f25dcb85
s007-no-repository-help = indique ao ogp uma pasta que contenha jurisdiction.toml, ou uma pasta de pastas assim; `ogp init PASTA` cria uma nova
# en-hash: e46c432c
usage-cannot-read = não é possível ler { $path }: { $why }
# en-hash: 7e9669b3
usage-skipped = ogp: { $path } ignorado: { $why }
# en-hash: f13dd0dd
usage-orphan = ogp: { $message } ({ $help })
# en-hash: ed07c264
usage-many-jurisdictions = { $path } contém { $n } jurisdições; indique a pasta de uma delas

### Por que uma situação é desconhecida quando um arquivo do formato está presente com outro nome.

# en-hash: f8c3fc9c
s012-reason-plans-folder = { $path } não é lido (a pasta dos planos deve se chamar `plans`): renomeie-a para plans
# en-hash: 8b677c1b
s012-reason-stray-plan = { $path } não é lido (o plan.toml de um plano fica em plans/<plan-id>/): mova-o para lá
# en-hash: db3810a5
s012-reason-plan-file = { $path } não é lido (provavelmente deveria ser { $target }): renomeie-o para { $target }
# en-hash: d44a410e
s012-reason-commitment-beside = { $path } é um compromisso fora de commitments/ (não é lido): mova-o para commitments/
# en-hash: 8785cbcd
s012-reason-commitments-folder = { $path } não é lido (a pasta dos compromissos deve se chamar `commitments`): renomeie-a
# en-hash: f0986c95
s012-reason-commitment-name = { $path } não é lido (os arquivos de compromissos terminam em .toml): renomeie-o para { $target }
