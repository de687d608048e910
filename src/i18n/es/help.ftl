### `--help` de cada comando. Las opciones, los valores, los nombres de archivo y las
### variables (--out, DIR, YYYY-MM-DD, OGP_LANG, plan.toml) se escriben tal cual.

# en-hash: 2c303252
help-cmd = Verifica los planes de acción de OGP Local guardados como archivos TOML según el Manual de OGP Local.
# en-hash: 58be080e
help-after =
    Códigos de salida:
      0  sin errores (las advertencias no cuentan, salvo con --deny-warnings)
      1  hallazgos con errores (con --deny-warnings: o advertencias)
      2  un error de uso, o una ruta que no se puede leer
# en-hash: 1fefdc1b
help-arg-lang = El idioma de los mensajes: en, es, fr o pt [predeterminado: OGP_LANG, luego el idioma del sistema (LC_ALL, LC_MESSAGES, LANG), luego en]

# en-hash: 300f7447
help-common-as-of = Evaluar a este día (YYYY-MM-DD) en lugar de hoy: se ignoran los hechos con fecha posterior
# en-hash: dfab0484
help-common-color = Cuándo usar colores; NO_COLOR en el entorno los desactiva para auto
# en-hash: 5ea23290
help-common-paths = Raíces de jurisdicciones o carpetas que contienen varias
# en-hash: bc3da9a3
help-common-path = La raíz de una jurisdicción
# en-hash: c8e2fd02
help-common-width = Ajustar las tablas a este número de columnas (predeterminado: el ancho de la terminal, o 100)
# en-hash: 82384143
help-common-format = Formato de salida

# en-hash: 8f00b2ec
help-cmd-check = Verificar repositorios de planes con cada regla del manual
# en-hash: b771e5c1
help-after-check = { help-after }
# en-hash: 72434726
help-arg-check-paths = Raíces de jurisdicciones (carpetas con jurisdiction.toml), carpetas que contienen varias, o cualquier archivo o carpeta dentro de un repositorio de plan (se verifica ese repositorio). Sin PATH: la carpeta actual, o el repositorio de plan en el que está
# en-hash: 81844e93
help-value-check-format-human = Informes con el valor problemático subrayado, para personas
# en-hash: 7130c292
help-value-check-format-short = Una línea por hallazgo (`path:line:col: CODE [severity] message`), y luego el resumen
# en-hash: c3e29852
help-value-check-format-json = El informe estable y versionado (sus claves están en docs/format.md)
# en-hash: d33991a6
help-value-check-format-github = Anotaciones de GitHub Actions, más un resumen en Markdown en $GITHUB_STEP_SUMMARY
# en-hash: 0b44ac44
help-value-check-format-sarif = SARIF 2.1.0, para el análisis de código de GitHub y otros visores
# en-hash: a4ba538b
help-value-check-format-junit = JUnit XML: un conjunto de pruebas por jurisdicción, un caso de prueba por regla
# en-hash: a4265338
help-arg-check-deny-warnings = Salir con 1 también cuando haya advertencias
# en-hash: 0f3a37de
help-arg-check-new-since = Informar solo los hallazgos que el commit REV no tenía (una rama, etiqueta o id de commit, p. ej. la base de un pull request); los demás se cuentan en el resumen. Lee REV de los objetos de git: sin checkout, sin escribir nada
# en-hash: b5fda4c3
help-arg-check-no-history = No leer el historial de git (sin C211 unrecorded-change, sin "historial no disponible")
# en-hash: c01acc97
help-arg-check-fix = Reparar en el lugar los errores seguros y mecánicos (fechas escritas 20/08/2026, 2026-8-20 o entre comillas; comillas tipográficas; una clave desconocida con una única sugerencia clara), decir qué cambió y volver a verificar. Solo cambian esos bytes; un archivo que dejaría de poder leerse queda como estaba
# en-hash: 046b3fb7
help-arg-check-diff = Mostrar como diff las reparaciones que haría --fix, sin escribir nada (sale con 1 cuando hay algo que reparar)
# en-hash: 0d075b06
help-arg-check-output = Escribir además FORMAT en PATH (repetible), p. ej. --output sarif=ogp.sarif --output json=report.json
# en-hash: 8f6c308a
help-arg-check-select = Informar solo estas reglas: códigos (C208), familias (C, C2) o nombres; repetible o separado por comas
# en-hash: 832aa29a
help-arg-check-ignore = No informar estas reglas: códigos (C208), familias (C, C2) o nombres; repetible o separado por comas

# en-hash: ace0fc90
help-cmd-status = Estado de membresía de cada jurisdicción: desde cuándo, por qué, historial, próximo cambio
# en-hash: 37a975a6
help-cmd-calendar = Cada plazo que se deriva del manual, con quién es responsable y su estado
# en-hash: 5cfe5351
help-arg-calendar-path = La raíz de una jurisdicción (o una carpeta de ellas)
# en-hash: e0186bab
help-arg-calendar-from = Solo los plazos de este día en adelante
# en-hash: 64e626e9
help-arg-calendar-to = Solo los plazos hasta este día inclusive

# en-hash: 28d3a89b
help-cmd-timeline = El ciclo del plan mes a mes (la Figura 1 del manual para el plan real)
# en-hash: edfefccd
help-arg-timeline-by = Una columna por mes o por trimestre (predeterminado: trimestres para Markdown, meses en los demás casos)
# en-hash: b1d9f13b
help-arg-timeline-from = Empezar el gráfico en el mes de este día (predeterminado: el inicio de la cocreación del plan)
# en-hash: f5cd4a13
help-arg-timeline-to = Terminar el gráfico en el mes de este día (predeterminado: el último plazo del plan)
# en-hash: 4f6a4e16
help-arg-timeline-plan = El plan a dibujar: su id (nombre de la carpeta en plans/), `current` (el predeterminado: el plan en cocreación o en implementación) o `all`
# en-hash: d8373a6e
help-arg-timeline-width = Ajustar la tabla a este número de columnas, partiendo los meses en bloques (predeterminado: el ancho de la terminal, o 100)

# en-hash: ee7ecf80
help-cmd-agenda = El informe para una reunión del foro: lo hecho desde la anterior, lo vencido, lo que vence antes de la próxima
# en-hash: ce114d91
help-arg-agenda-since = Informar lo hecho después de este día (predeterminado: la reunión anterior en meetings.toml)
# en-hash: 0bc298cb
help-arg-agenda-until = Listar lo que vence hasta este día (predeterminado: 90 días después de la fecha de evaluación)
# en-hash: 56ac1f8d
help-value-agenda-format-markdown = Títulos y tablas que se pegan en un acta y se muestran en GitHub
# en-hash: bee8869a
help-value-agenda-format-html = Una página para imprimir o compartir
# en-hash: 502d32bf
help-value-agenda-format-json = El JSON versionado del informe

# en-hash: 6767afc0
help-cmd-site = Escribir un sitio público estático: el estado, los compromisos, el calendario y los hallazgos de cada jurisdicción
# en-hash: 6428a9ab
help-after-site = Con varios idiomas (--lang es,en), cada idioma se escribe en una carpeta propia (DIR/es/, DIR/en/), cada página enlaza a la misma página en los demás idiomas y DIR/index.html lleva al primero.
# en-hash: 95d70698
help-arg-site-out = La carpeta en la que escribir el sitio (se crea si no existe)
# en-hash: bfaf0fd1
help-arg-site-overwrite = Reemplazar archivos de DIR que no escribió un `ogp site` anterior

# en-hash: 3a62b9bc
help-cmd-rules = Listar cada regla con su código, nombre, gravedad predeterminada y resumen

# en-hash: cf8b6d88
help-cmd-explain = Mostrar la documentación de una regla (por código o por nombre)
# glossary-exempt: commitment: commitment-cap es el nombre de una regla y queda en inglés
# en-hash: 0e99e46f
help-arg-explain-code = Un código de regla como C201, o un nombre como commitment-cap
# en-hash: a997081b
help-arg-explain-format = text: para leer en una terminal; markdown: lo mismo con sus marcas de Markdown, como en docs/rules.md [predeterminado: text en una terminal, markdown cuando se redirige]

# en-hash: 8827f084
help-cmd-schema = Mostrar los JSON Schema de los archivos del plan (o escribirlos en una carpeta)
# en-hash: fb21c247
help-arg-schema-out = Escribir cada esquema como <DIR>/<kind>.schema.json en lugar de mostrarlos
# en-hash: 2f51c250
help-arg-schema-overwrite = Reemplazar los archivos de esquema de DIR que difieren de lo que escribe esta versión de ogp (un archivo que ya dice lo mismo se deja como está)

# en-hash: e2ee7fe6
help-cmd-init = Crear un nuevo repositorio de plan en DIR: todos los archivos, comentados, listos para `ogp check`
# en-hash: 2706ee56
help-arg-init-dir = La carpeta a crear (o una carpeta existente sin archivos del plan, p. ej. un clon recién hecho); la carpeta actual si no se indica
# en-hash: 7c3778cc
help-arg-init-name = El nombre del miembro [predeterminado: el nombre de la carpeta]
# en-hash: c73a828c
help-arg-init-country = El país del miembro [predeterminado: un TODO por completar]
# en-hash: 50d14f9d
help-arg-init-joined = La fecha en que el miembro se unió a OGP Local, YYYY-MM-DD [predeterminado: hoy]
# en-hash: 900a1d6c
help-arg-init-joint = Un plan de acción conjunto de estas jurisdicciones miembro (separadas por comas, dos o más)
# en-hash: 76becc87
help-arg-init-term-end = El fin del mandato actual del gobierno, YYYY-MM-DD [predeterminado: cuatro años después de unirse]

# en-hash: 0577f3ea
help-cmd-completions = Mostrar un script de autocompletado del shell, o escribirlo donde el shell lo carga (`--install`)
# en-hash: 832e9af9
help-after-completions =
    Ejemplos:
      ogp completions bash --install    # ~/.local/share/bash-completion/completions/ogp
      ogp completions fish --install    # ~/.config/fish/completions/ogp.fish
      ogp completions zsh --install     # ~/.zfunc/_ogp (agregue ~/.zfunc a fpath en ~/.zshrc)
      ogp completions powershell --out ogp.ps1

    Un archivo existente solo se reemplaza con --overwrite.
# en-hash: 82ec7bbb
help-arg-completions-shell = El shell para el que completar
# en-hash: 8b1e09ba
help-arg-completions-out = Escribir el script en PATH en lugar de mostrarlo; si PATH es una carpeta, dentro de ella con el nombre habitual del shell (ogp, _ogp, ogp.fish, _ogp.ps1, ogp.elv). Las carpetas que faltan se crean
# en-hash: 68e72ef1
help-arg-completions-install = Escribir el script donde el shell lo carga para su usuario: bash (con el paquete bash-completion) $XDG_DATA_HOME/bash-completion/completions/ogp, fish $XDG_CONFIG_HOME/fish/completions/ogp.fish, zsh ~/.zfunc/_ogp. Las carpetas que faltan se crean
# en-hash: 87a42889
help-arg-completions-overwrite = Reemplazar el archivo si existe (sin esta opción, ogp nunca reemplaza un archivo)

# en-hash: 60d9a0e5
help-cmd-man = Mostrar la página del manual (roff), o escribir una página por subcomando (`--out DIR`, `--install`)
# en-hash: 90e7b286
help-arg-man-out = Escribir ogp.1 y ogp-<subcommand>.1 de cada subcomando en DIR (se crea si no existe)
# en-hash: 260c8071
help-arg-man-install = Escribir cada página en $XDG_DATA_HOME/man/man1 (~/.local/share/man/man1, se crea si no existe), donde `man ogp` las encuentra cuando ~/.local/bin está en el PATH
# en-hash: 10af4eff
help-arg-man-overwrite = Reemplazar las páginas que existen (sin esta opción, ogp nunca reemplaza un archivo)

# en-hash: 3c07b77e
help-usage = Uso:
# en-hash: 6e33c645
help-heading-commands = Comandos
# en-hash: a67209e3
help-heading-arguments = Argumentos
# en-hash: 6bbce173
help-heading-options = Opciones
# en-hash: 3498aae8
help-flag-help = Mostrar la ayuda
# en-hash: cf2dcfff
help-flag-help-short = Mostrar la ayuda (más detalles con '--help')
# en-hash: d36ec01d
help-flag-help-long = Mostrar la ayuda (un resumen con '-h')
# en-hash: 930ec7da
help-flag-version = Mostrar la versión
# en-hash: 2a9a9ace
help-subcommand-help = Mostrar este mensaje o la ayuda de los subcomandos indicados
# en-hash: 33086b0f
help-subcommand-help-arg = Mostrar la ayuda de los subcomandos
# en-hash: fa218a19
help-default = [predeterminado: { $value }]
# en-hash: 256c288f
help-env = [variable de entorno: { $name }]
# en-hash: 7c2f3eee
help-possible = [valores posibles: { $values }]
# en-hash: 2f1403d1
help-possible-heading = Valores posibles:

# en-hash: b8cbb9e8
usage-one-lang = --lang { $langs } indica varios idiomas; solo `ogp site` escribe en varios a la vez. Indique uno, p. ej. --lang { $lang }

# en-hash: 49b5bd0d
clap-error = error:
# en-hash: 9d31e84a
clap-unknown-argument = la opción { $arg } no existe
# en-hash: e7f21d96
clap-invalid-subcommand = el comando { $value } no existe
# en-hash: 747c202b
clap-invalid-value = { $value } no es un valor de { $arg }; acepta: { $valid }
# en-hash: 36a56d96
clap-missing-required = falta lo siguiente: { $arg }
# en-hash: 8d9baeaf
clap-value-validation = { $value } no es un valor de { $arg }: { $reason }
# en-hash: ed551e50
clap-tip-similar = sugerencia: ¿quiso decir { $suggested }?
# en-hash: 9741b4cf
clap-more-info = Para más información, pruebe '--help'.
# en-hash: 70a60f58
clap-reason-date = escríbalo como AAAA-MM-DD, p. ej. 2027-01-15
# en-hash: 5f81f081
clap-reason-output = escriba FORMATO=RUTA con un formato entre human, json, github, sarif o junit, p. ej. sarif=ogp.sarif
