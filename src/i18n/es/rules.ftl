### La documentación de cada regla, tal como la muestran `ogp explain`, `ogp rules` y SARIF:
### para cada código de regla, su resumen de una línea, la fuente que aplica ("Manual, ..." o
### "Formato: ..."; la primera palabra va seguida de una coma o de dos puntos, como en
### inglés), qué hace, por qué y cómo corregir un hallazgo (la ayuda por defecto de un
### hallazgo). El ejemplo TOML de cada regla no se traduce y está en src/catalog/.
### Las claves, los nombres de archivo, los valores y las fechas ISO quedan como se escriben
### en los archivos.

## S: los archivos mismos

# en-hash: 40396d58
S001-summary = Un archivo no es TOML válido o no es texto legible.
# en-hash: 1c6beae6
S001-section = Formato: el repositorio del plan (docs/format.md)
# en-hash: bbf98287
S001-what = Señala cada error de sintaxis de un archivo (no solo el primero), cada uno en su línea y columna, con lo que debe escribirse en su lugar en palabras sencillas: `C1 = 60` en vez de `C1 = 60%`, `quarter = "2027-Q3"` en vez de un trimestre sin comillas, una lista o un encabezado sin cerrar, `[point_of_contact]` en vez de `[point of contact]`, una coma después de un valor, una fecha escrita `December 15, 2027`, un bloque de código Markdown pegado con el TOML. También un archivo que no puede leerse como texto UTF-8. Como advertencias: lo que ogp lee pero las herramientas TOML de los editores rechazan (una marca de orden de bytes, una coma antes de la `{"}"}` de una tabla `{"{"} {"}"}`, una tabla `{"{"} {"}"}` escrita en varias líneas).
# en-hash: 41d973a9
S001-why = Nada de un archivo que no puede analizarse puede verificarse, de modo que ninguna otra regla lo ve. Los requisitos del Manual solo pueden demostrarse con registros que se pueden leer.
# en-hash: 918aa930
S001-fix = Corrija el TOML en la posición marcada: cierre las cadenas y los corchetes, escriba una clave = valor por línea y guarde el archivo en UTF-8.

# en-hash: b5523c4e
S002-summary = Falta una clave obligatoria o un valor tiene un tipo o un rango incorrecto.
# en-hash: 2a2bfac1
S002-section = Formato: el repositorio del plan (docs/format.md)
# en-hash: 0d818b15
S002-what = Señala una clave obligatoria que falta, un texto obligatorio vacío (`country = ""`, el `name` del miembro, el `title` de un plan), un valor de tipo incorrecto, una fecha imposible o una fecha con hora donde corresponde una fecha, una fecha cuyo año es anterior a 1990 o posterior a 2100 (un error de tipeo como 2207 por 2027), un valor fuera de su lista (sector, purpose, kind), un trimestre que no tiene la forma AAAA-Q1..Q4, un porcentaje fuera del rango de 0 a 100, un `id` de compromiso que contiene dos identificadores (`"C3, C4"`), un plan conjunto con menos de dos miembros, una jurisdicción con elecciones pero sin mandato de gobierno, y un [point_of_contact] que falta (o uno sin `name` o `email`). Un valor que no puede leerse no se toma como ausente: cuando el estado de membresía depende de él, `ogp status` muestra `unknown` hasta que se corrige.
# en-hash: 420847f1
S002-why = Los plazos se calculan a partir de estos valores; uno incorrecto haría incorrectas todas las reglas siguientes. Una jurisdicción con elecciones necesita sus mandatos porque el Manual vincula el período del plan de acción al mandato del gobierno (Plan de acción).
# en-hash: 502a6e6f
S002-fix = Escriba el valor que la clave espera: fechas sin comillas como 2026-05-15, trimestres como 2026-Q3, porcentajes enteros de 0 a 100; schema/ enumera todas las claves.

# en-hash: 0299f4fd
S003-summary = Una clave que el formato de los archivos no conoce (probablemente un error de tipeo).
# en-hash: 64cffe5c
S003-section = Formato: el repositorio del plan (docs/format.md)
# glossary-exempt: deadline: `deadline` is a key a person may write, kept as written
# en-hash: f13e319d
S003-what = Señala cada clave que no forma parte del formato de los archivos, cada una con la clave que probablemente se quiso escribir: por su sentido (`deadline` en un hito es su `due`, `finished` su `done`) o por su ortografía (`submited`). Para una clave con una fecha que no corresponde a nada se indican las fechas que registra su tabla.
# en-hash: a10dfaa7
S003-why = Un lector tolerante ignora sin avisar una clave mal escrita, de modo que un hecho registrado (una presentación, una evaluación) se perdería y un plazo parecería incumplido.
# en-hash: 1c64111c
S003-fix = Cambie el nombre de la clave por el sugerido; si es solo una nota, ponga # al comienzo de la línea para conservarla como comentario.

# en-hash: f1968331
S004-summary = Un identificador remite a una parte interesada, una reunión o un compromiso que no está definido.
# en-hash: 6bef8ab6
S004-section = Formato: identificadores citados entre archivos (docs/format.md)
# en-hash: 24aa8c5b
S004-what = Compara con las definiciones cada identificador de parte interesada (quien lidera, el órgano de monitoreo, quienes respaldan, quienes asisten, quienes aprueban), cada identificador de reunión en `co_created_in`, cada identificador de compromiso en el seguimiento y el `member` de cada mandato (uno de los `members` de un plan conjunto).
# en-hash: 741e9092
S004-why = Quién respaldó el plan y quién asistió a la cocreación deciden los requisitos mínimos 2 a 4 del Manual; un identificador que no remite a nada no puede contar como nadie.
# en-hash: 5149cc6b
S004-fix = Corrija el identificador o agregue el [[stakeholder]] que falta en jurisdiction.toml (o la reunión, o el compromiso).

# en-hash: 2e44d4b9
S005-summary = Un identificador está definido dos veces en su ámbito.
# en-hash: ffbdabc3
S005-section = Formato: identificadores citados entre archivos (docs/format.md)
# en-hash: d8175aa2
S005-what = Señala un identificador de parte interesada definido dos veces en jurisdiction.toml, un identificador de reunión repetido en el meetings.toml de un plan, un identificador de compromiso repetido en un plan y un trimestre del seguimiento informado dos veces.
# en-hash: c7aac726
S005-why = Las referencias deben ser inequívocas; si no, una regla podría contar la reunión, el compromiso o la actualización equivocados.
# en-hash: 6cd5e605
S005-fix = Dé a cada uno su propio identificador o combine las dos entradas.

# en-hash: 47c49534
S006-summary = Fechas fuera de orden: un intervalo termina antes de empezar, o algo ocurre antes de aquello a lo que sigue (una finalización, una evaluación, un cambio, una actualización del seguimiento).
# en-hash: 5e886995
S006-section = Formato: el repositorio del plan (docs/format.md)
# en-hash: 48edbaa2
S006-what = Verifica que el plan, cada mandato, cada compromiso, el período de la estrategia de mediano plazo y una prórroga terminen el mismo día en que empiezan o después, que un compromiso no se complete antes de empezar, que ninguna evaluación sea anterior a lo que evalúa (`assessed` antes de `completed`, `inception` antes de `submitted`, `final_learning` antes del fin del plan), que ningún [[change]] ni `withdrawn` tenga una fecha anterior a la entrada del compromiso en el plan (la presentación de su plan, o `added`), y que ninguna actualización del seguimiento de un plan presentado tenga una fecha anterior a la presentación del plan (esa actualización no cuenta). `assessed` sin `completed` está permitido: el órgano de monitoreo evaluó un compromiso no terminado. Un seguimiento que registra actualizaciones de un plan sin ningún `submitted` recibe una sola advertencia: las actualizaciones no cuentan hasta que se registre la presentación.
# en-hash: bcc5cc49
S006-why = Todos los plazos del Manual se cuentan a partir de estas fechas; un intervalo invertido es siempre un error de tipeo.
# en-hash: eda98ed1
S006-fix = Corrija las fechas para que cada una siga a aquello de lo que depende: un fin el mismo día del comienzo o después, una finalización posterior al comienzo, una evaluación posterior a lo que evalúa, un cambio o una actualización del seguimiento el día de la presentación o después.

# en-hash: 95137bf4
S007-summary = Una carpeta de plan sin plan.toml, o una ruta que no contiene ningún repositorio de planes.
# en-hash: 7e3fae20
S007-section = Formato: el repositorio del plan (docs/format.md)
# en-hash: 9574762d
S007-what = Señala una carpeta dentro de plans/ que no tiene plan.toml, un archivo obligatorio que falta y una ruta indicada a ogp que no contiene ningún jurisdiction.toml en ninguna de sus subcarpetas.
# en-hash: 265962ca
S007-why = El plan de acción es el centro de la membresía (Manual: Plan de acción); una carpeta sin su archivo de plan no puede verificarse en absoluto.
# en-hash: 670fd272
S007-fix = Agregue el archivo que falta (ogp init muestra una estructura completa) o indique a ogp la carpeta que contiene jurisdiction.toml.

# en-hash: 1fc44384
S008-summary = Un hecho tiene una fecha posterior a hoy.
# en-hash: 66275d12
S008-section = Formato: fechas y hora (docs/format.md)
# en-hash: 2949dc9f
S008-what = Sin --as-of, señala un hecho (presentación, finalización, evaluación, reunión, actualización del seguimiento, respaldo, cambio, evento) con una fecha posterior a hoy. El hecho se ignora hasta esa fecha. Con --as-of la fecha es una reconstrucción y los hechos posteriores simplemente aún no se conocen.
# en-hash: d21f2acb
S008-why = Un hecho registra algo que ocurrió; una fecha futura suele ser un error de tipeo en el año o un plan escrito por adelantado, y de lo contrario ocultaría un plazo incumplido.
# en-hash: 32fb3d48
S008-fix = Corrija la fecha o quite el hecho hasta que haya ocurrido.

# en-hash: 8c1537d0
S009-summary = La fecha `until` de una dispensa ya pasó; los hallazgos que cubría vuelven a contar.
# en-hash: 524ff130
S009-section = Formato: dispensas en jurisdiction.toml (docs/format.md, docs/ci.md)
# en-hash: 24bd2c67
S009-what = Señala un `[[waiver]]` de jurisdiction.toml cuya fecha `until` es anterior a la fecha de evaluación. La dispensa ya no se aplica, de modo que los hallazgos que cubría vuelven a informarse con su propia gravedad.
# en-hash: 15d35098
S009-why = Una dispensa es una excepción acordada por un tiempo limitado (una prórroga en negociación, un hito replanificado). Dejarla vencer sin aviso ocultaría un problema para siempre o sorprendería al equipo el día en que vence; el vencimiento es un plazo como cualquier otro.
# en-hash: 1eccc94d
S009-fix = Corrija lo que cubría la dispensa y quítela, o acuerde una nueva excepción y fije un `until` posterior con un `reason` actualizado.

# en-hash: 49beb8aa
S010-summary = Una dispensa no cubre ningún hallazgo.
# en-hash: 40648db2
S010-section = Formato: dispensas en jurisdiction.toml (docs/format.md, docs/ci.md)
# en-hash: c89221ef
S010-what = Señala un `[[waiver]]` de jurisdiction.toml que sigue vigente pero no corresponde a ningún hallazgo de su regla y su objetivo.
# en-hash: f055f44e
S010-why = Una dispensa que no cubre nada está desactualizada (el problema se corrigió) o mal dirigida (un error de tipeo en el archivo o el identificador); en ambos casos cubriría sin aviso un hallazgo futuro que nadie acordó dispensar.
# en-hash: 798ae75c
S010-fix = Quite la dispensa o corrija su `rule`, `file` o `id` para que cubra el hallazgo previsto.

# en-hash: 2fbcd048
S011-summary = Dos jurisdicciones verificadas juntas tienen el mismo nombre.
# en-hash: dafb3b53
S011-section = Formato: un repositorio de planes por miembro (docs/format.md)
# en-hash: e2a7719d
S011-what = Cuando una ejecución verifica varias jurisdicciones, señala cada jurisdicción cuyo `name` en jurisdiction.toml lleva también otra jurisdicción de la ejecución. El mensaje nombra hasta tres de las otras por su carpeta y cuenta las demás.
# en-hash: e83e5fce
S011-why = Cada miembro es una jurisdicción con su propio plan y su propio estado; en una vista del registro, un calendario o una tabla de estados, dos miembros con un mismo nombre no pueden distinguirse, y un plazo podría leerse como el del otro.
# en-hash: 0fb0f4bd
S011-fix = Dé a cada jurisdicción el nombre por el que se la conoce, diferenciado donde haga falta, por ejemplo "Springfield (Oregon)".

# en-hash: b0585f9d
S012-summary = Un archivo o una carpeta que parece un archivo del plan no se lee: su nombre o su ubicación no es uno de los que el formato lee.
# en-hash: 5d29bfaa
S012-section = Formato: el repositorio del plan (docs/format.md)
# en-hash: 65348d07
S012-what = Revisa todo lo que hay en la carpeta de una jurisdicción y nombra lo que parece un archivo del plan pero no se lee, con el nombre que probablemente debería tener: cualquier archivo `*.toml` (en mayúsculas o minúsculas) fuera de los lugares que el formato lee; un archivo con el nombre de uno de los archivos del formato, sin importar las mayúsculas ni una extensión `.txt` o ausente (`meeting.toml`, `Tracker.toml`, `plan.toml.txt`); una carpeta con un nombre como `plans` o `commitments` donde corresponde esa carpeta (`Plans/`, `commitment/`); un archivo en commitments/ que termina en `.txt` o `.tml`, sin extensión o con `.TOML` en mayúsculas; un compromiso guardado junto a plan.toml. Es un error cuando el archivo ocupa el lugar de uno del formato que falta (`meeting.toml` en una carpeta de plan sin meetings.toml, un compromiso que no está en ningún archivo de commitments/): los veredictos que necesitan el archivo que falta no se dan y el estado de membresía es `unknown` hasta que se le cambie el nombre. Dentro de una carpeta con muchas jurisdicciones, una carpeta cuyo `jurisdiction.toml` tiene un nombre incorrecto (`Jurisdiction.toml`) también es un error: de lo contrario ese miembro quedaría fuera de la verificación. No señala nada sobre README, LICENSE, docs/, los archivos y carpetas ocultos (.github/, .git/), las actas en PDF o Word, las imágenes, los CSV y todo lo demás que no parece un archivo del plan, ni de lo que nombra la lista `ignore` de jurisdiction.toml.
# en-hash: 8d03dc18
S012-why = Un verificador que omite un archivo mal nombrado da su veredicto sin él: un `meeting.toml` leído como "ninguna reunión" diría que el miembro incumplió los requisitos mínimos y que su membresía está revocada, cuando las reuniones se hicieron y se registraron. Un registro presente con un nombre equivocado es ilegible, no ausente, y ogp lo dice en lugar de dar un veredicto que no puede sostener.
# en-hash: 0a9636c4
S012-fix = Cambie el nombre del archivo o de la carpeta por el que ogp lee (el hallazgo muestra el comando) o, para un archivo que se guarda allí a propósito, inclúyalo en `ignore` en jurisdiction.toml: `ignore = ["notes.toml", "site/**"]` (patrones relativos a la carpeta de la jurisdicción).

# en-hash: 5c9b3574
S013-summary = Un texto todavía contiene un marcador de posición: lo que escribió `ogp init`, una dirección de ejemplo o la palabra `TODO`.
# en-hash: f193b007
S013-section = Formato: el repositorio del plan (docs/format.md)
# glossary-exempt: point of contact: the placeholder `ogp init` writes is quoted in English, as it is in the file
# en-hash: 9b11a7fc
S013-what = Señala un valor de texto que sigue siendo exactamente uno de los marcadores de posición que escribe `ogp init` ("Point of contact (replace with a name)", "point-of-contact@example.org"...), una dirección de correo electrónico o un enlace en example.org, example.com o example.net, o un texto que contiene la palabra `TODO` en mayúsculas y aislada. Los valores que `ogp init` completa de verdad (`language = "en"`, un mandato que empieza el día de la incorporación) no son marcadores de posición, y tampoco lo son las direcciones de otros dominios (una dirección `.example` es válida). Un texto obligatorio vacío corresponde a S002, no a S013.
# en-hash: f5987bbc
S013-why = Un plan que todavía nombra "Point of contact (replace with a name)" o escribe a nobody@example.org parece terminado para un verificador y sin terminar para todos los demás: el equipo de OGP Local, el foro y el órgano de monitoreo necesitan los nombres reales y una forma de comunicarse con el punto de contacto.
# en-hash: 40de3b23
S013-fix = Escriba el valor real en lugar del marcador de posición: el nombre del miembro, la dirección real del punto de contacto, la descripción real del foro.

## P: el plan de acción

# en-hash: 428e9f86
P101-summary = El plan termina más tarde de lo que permite el mandato del gobierno (por mes, abarcando los mandatos de una administración reelegida).
# en-hash: a50aebbe
P101-section = Manual, Plan de acción (período alineado con el mandato)
# en-hash: 08a638fe
P101-what = Para una jurisdicción con elecciones, busca el [[term]] que contiene el comienzo del plan y verifica el fin del plan por mes calendario: el plan puede terminar cualquier día del segundo mes anterior al mes en que termina el mandato, o antes (un mandato que termina el 9 de diciembre permite un plan que termine el 31 de octubre; un mandato que termina el día 1 de un mes cuenta como terminado en el mes anterior, de modo que uno que termina el 2030-01-01 permite el 2029-10-31). El mandato siguiente por fecha de comienzo se suma al período cuando ambos nombran la misma `administration` (un gobierno reelegido conserva su plan); los mandatos sin ella nunca se suman. Un plan que termina más tarde de lo que permite el período mientras no hay registrado un mandato posterior y el último mandato del período nombra su administración es una advertencia hasta que ese mandato termina (el plan solo se sostiene si la administración es reelegida), y un error desde el día siguiente, salvo que se registre un mandato posterior con la misma administración. También se señala un plan cuyo comienzo no cae en ningún mandato registrado. Planes conjuntos: los mandatos del gobierno que lidera (los que no tienen `member` o, cuando todos nombran uno, los del primero de `members`) dan errores; los mandatos propios de otro miembro dan advertencias. `ogp calendar` indica el mismo fin más tardío.
# en-hash: 5461cc5c
P101-why = El Manual alinea el plan de acción con la administración en funciones: debe terminar al menos dos meses antes de que termine el mandato del gobierno actual, para que los compromisos asumidos sean los que este gobierno puede cumplir y el ejercicio final de aprendizaje se haga mientras sigue en funciones. OGP fija los períodos de los planes por mes, y una administración reelegida mantiene su plan vigente más allá de la elección.
# en-hash: 3a96eb87
P101-fix = Haga terminar el plan en la fecha del mensaje o antes, o registre el mandato que contiene el comienzo del plan. Si la misma administración fue reelegida, nómbrela con `administration` en ambos mandatos (y registre el nuevo mandato en cuanto se conozca).

# en-hash: 921397f5
P102-summary = Un plan comienza antes de que el miembro se incorporara a OGP Local.
# en-hash: 52e771cf
P102-section = Manual, Plan de acción (el período comienza cuando la jurisdicción se incorpora)
# en-hash: 7a127fe3
P102-what = Compara el `start` de cada plan con `joined` en jurisdiction.toml.
# en-hash: fd565672
P102-why = El período del plan de acción comienza cuando la jurisdicción se incorpora a OGP Local; un plan no puede empezar antes de la membresía.
# en-hash: b5b47e16
P102-fix = Haga comenzar el plan en la fecha de incorporación o después, o corrija `joined`.

# en-hash: 41d9a082
P103-summary = Sin elecciones, el plan no corresponde a la estrategia de mediano plazo ni dura de uno a cuatro años.
# en-hash: 430d47d2
P103-section = Manual, Plan de acción (jurisdicciones sin elecciones)
# en-hash: 4094afef
P103-what = Para una jurisdicción con `elections = false`, acepta un plan que corresponde a `medium_term_strategy` (comienza el más tardío entre el día de la incorporación y el comienzo de la estrategia, de modo que un miembro que se incorporó a mitad de su estrategia puede alinearse con ella, y termina al final de la estrategia), o uno que dura de uno a cuatro años: desde el comienzo + 1 año - 1 día hasta el comienzo + 4 años - 1 día, ambos incluidos, donde sumar años conserva el mes y el día (el 29 de febrero pasa a ser el 28 de febrero), de modo que un plan del 2027-02-28 al 2028-02-27 dura un año.
# en-hash: d8e83955
P103-why = Donde no hay elecciones, el Manual permite que el plan siga la estrategia de mediano plazo del gobierno o un período elegido de uno a cuatro años.
# en-hash: 48676d4d
P103-fix = Haga que el plan dure de uno a cuatro años, o fije `medium_term_strategy` en el período de la estrategia y alinee el plan con ella.

# en-hash: c69d6e03
P104-summary = El plan no está en inglés y no se indica una versión en inglés.
# en-hash: d44ed819
P104-section = Manual, Plan de acción (presentado en inglés)
# en-hash: 04b3a373
P104-what = Verifica que `language` sea inglés ("en", "en-GB", "English"...) o que `english_version` enlace a una versión en inglés. Es una advertencia mientras el plan todavía está en cocreación.
# en-hash: 75654dd0
P104-why = Los planes se presentan a la Unidad de Apoyo en inglés para que personas de distintos países puedan aprender de las reformas de los demás.
# en-hash: c31bae39
P104-fix = Agregue `english_version` con un enlace a la traducción al inglés, o presente el plan en inglés.

# en-hash: ca7f5845
P105-summary = A la Estrategia Local de Gobierno Abierto le falta una visión, principios, objetivos o mecanismos de participación.
# en-hash: 1bbd972b
P105-section = Manual, Plan de acción (Estrategia Local de Gobierno Abierto)
# en-hash: 140ce053
P105-what = Verifica que [strategy] tenga `vision`, `principles`, `objectives` y `engagement` no vacíos. Es una advertencia mientras el plan todavía está en cocreación.
# en-hash: 886199da
P105-why = El plan comienza con un resumen de la estrategia: la visión y los principios de largo plazo, los objetivos del período y cómo se hará participar a las partes interesadas no gubernamentales.
# en-hash: 6648594d
P105-fix = Complete las partes que faltan de [strategy].

# en-hash: 81d8660a
P106-summary = El primer plan no se presentó dentro del plazo de la Unidad de Apoyo (con sus prórrogas).
# en-hash: eb06d9e3
P106-section = Manual, Inactividad (primer plan de los nuevos miembros)
# glossary-exempt: status: `ogp status` is a command, kept as typed
# en-hash: d05a5749
P106-what = Toma `submission_deadline` de jurisdiction.toml, extendido hasta el `until` más tardío de los eventos `extension` registrados a la fecha de evaluación y desplazado por cada día que el miembro pasó en inactividad voluntaria, y verifica el `submitted` del primer plan. Solo se desplaza un plazo todavía pendiente cuando empieza una pausa; uno ya incumplido sigue incumplido. Si falta después del plazo es un error; si se presentó después del plazo es una advertencia (tarde). Después de una revocación el hallazgo queda cerrado: nada de lo registrado desde entonces cuenta. `ogp status` usa la misma fecha.
# en-hash: 1820b48e
P106-why = Un nuevo miembro que no presenta su primer plan dentro del plazo fijado por la Unidad de Apoyo, sin una prórroga concedida, pasa a estar inactivo.
# en-hash: 83df8499
P106-fix = Presente el plan y registre `submitted`, o registre la prórroga que concedió la Unidad de Apoyo como un [[event]] con kind = "extension" y `until`.

# en-hash: c0222f83
P107-summary = Un plan terminó y el siguiente no se presentó dentro de los cuatro meses.
# en-hash: 5abb14fa
P107-section = Manual, Plan de acción (cuatro meses entre planes) e Inactividad
# en-hash: 75d7c800
P107-what = Para cada plan presentado que ha terminado, verifica que se haya presentado un plan posterior dentro de los cuatro meses calendario siguientes a su fin, plazo desplazado por cada día que el miembro pasó en inactividad voluntaria entretanto (solo mientras el plazo seguía pendiente). Si falta después del plazo es un error; si se presentó tarde es una advertencia. Después de una revocación el hallazgo queda cerrado: nada de lo registrado desde entonces cuenta. Las prórrogas concedidas por la Unidad de Apoyo se aplican solo al primer plan de un nuevo miembro (P106), no aquí.
# en-hash: efb61e28
P107-why = Los miembros tienen hasta cuatro meses entre el fin de un plan y la presentación del siguiente; pasado ese plazo, quedan inactivos.
# en-hash: 4e80fc67
P107-fix = Cocree y presente el plan siguiente: agregue plans/<next-id>/plan.toml con su fecha `submitted`.

# en-hash: 3094d9f6
P108-summary = El primer plan no está presentado y no hay ningún plazo de presentación registrado.
# en-hash: 1e492fdb
P108-section = Manual, Inactividad y actuación contraria al proceso (plazo de los nuevos miembros)
# en-hash: e0e91c8e
P108-what = Señala una jurisdicción cuyo primer plan no está presentado a la fecha mientras jurisdiction.toml no tiene `submission_deadline` (el plazo de presentación).
# en-hash: 07d9b03e
P108-why = Un nuevo miembro pasa a estar inactivo cuando no cumple el plazo que la Unidad de Apoyo fijó para su primer plan. Sin esa fecha registrada, ni el miembro ni sus socios pueden saber cuándo ocurre eso, y ninguna verificación puede avisar a tiempo.
# en-hash: 16d54b01
P108-fix = Registre el plazo que fijó la Unidad de Apoyo: submission_deadline = AAAA-MM-DD.

# en-hash: 42c6581d
P109-summary = Con elecciones, la fecha es posterior al fin del último mandato de gobierno registrado.
# en-hash: 3fd0c566
P109-section = Manual, Plan de acción (período alineado con el mandato)
# en-hash: a4859cd7
P109-what = Para una jurisdicción con elecciones, señala cuando la fecha de evaluación es posterior al fin de todos los [[term]] registrados de un gobierno: los del gobierno que lidera y, en un plan conjunto, los mandatos propios de cada miembro (`member`) cuando los tiene.
# en-hash: 340ef701
P109-why = El período del plan está vinculado a la administración en funciones. Una vez terminado el último mandato registrado, el límite para el fin del plan siguiente no puede calcularse hasta que se registre el mandato de la nueva administración.
# en-hash: 5e730734
P109-fix = Agregue el [[term]] de la nueva administración con su comienzo y su fin.

## C: los compromisos

# en-hash: 8365c62d
C201-summary = Hay más compromisos ocupando un cupo a la vez de los que permite el límite (5 en un plan individual, 12 en uno conjunto).
# en-hash: 4dba04f2
C201-section = Manual, Plan de acción (hasta cinco, o doce en los planes conjuntos, en todo momento)
# en-hash: 0f751759
C201-what = Reproduce el plan día por día: un compromiso inicial ocupa un cupo cuando se presenta el plan, uno agregado en su fecha `added`; libera el cupo en la fecha más tardía entre su finalización y su evaluación de fin de compromiso, en su evaluación cuando el órgano de monitoreo lo evaluó sin terminar (`assessed` sin `completed`), o cuando se retira mediante un cambio registrado (un `[[change]]` con fecha del retiro o de hasta 30 días antes; una fecha `withdrawn` sola no libera nada, C207). Señala cada día en que están ocupados más de 5 cupos (plan individual) o 12 (plan conjunto). Mientras el plan todavía es un borrador, superar el límite en el borrador es una advertencia.
# en-hash: ef4e9d7b
C201-why = Un plan de acción puede tener como máximo cinco compromisos (doce en un plan conjunto) en todo momento; un nuevo compromiso solo puede entrar cuando uno anterior está plenamente implementado y evaluado.
# en-hash: 86cd51a6
C201-fix = Agregue el nuevo compromiso solo después de que uno anterior esté completado y evaluado (registre `completed` y `assessed`), o retire uno mediante un cambio aprobado.

# en-hash: e12ffeb6
C202-summary = El plan se presentó con menos de cinco compromisos.
# en-hash: 00b131ee
C202-section = Manual, Plan de acción (los cinco primeros compromisos)
# en-hash: ce89029b
C202-what = Cuenta los compromisos presentados con el plan (los que no tienen una fecha `added` posterior a la presentación) y advierte cuando son menos de cinco.
# en-hash: 588b0a2b
C202-why = El plan se compone de una estrategia y sus cinco primeros compromisos; con menos, quedan cupos sin usar desde el comienzo.
# en-hash: 203cae4a
C202-fix = Cocree los compromisos iniciales que faltan con las partes interesadas no gubernamentales.

# en-hash: 0d38a313
C203-summary = Un compromiso comienza antes o termina después que su plan, o un hito vence fuera del período del compromiso.
# en-hash: 30e0e2e4
C203-section = Manual, Plan de acción (plenamente implementado dentro del período del plan)
# en-hash: f9102d0d
C203-what = Compara el `start` y el `end` de cada compromiso con los del plan, y el `due` de cada hito con el `start` del compromiso y el `end` del plan: también se señala un hito que vence antes de que empiece su compromiso o después de que termine el plan.
# en-hash: 3cc46567
C203-why = Un compromiso debe estar plenamente implementado dentro del período del plan de acción, también uno agregado después en el tiempo restante.
# en-hash: 483c2a41
C203-fix = Lleve las fechas del compromiso, y las fechas de vencimiento de sus hitos, dentro del plan, o divida el trabajo.

# en-hash: 8dbcdaa9
C204-summary = Un compromiso no tiene ningún hito con fecha de vencimiento, o no tiene organismo responsable.
# en-hash: 24240610
C204-section = Manual, Plan de acción (acciones concretas y medibles)
# en-hash: 44074496
C204-what = Verifica que cada compromiso nombre su `lead` y tenga al menos un [[milestone]] con fecha `due`.
# en-hash: 5ce52fe3
C204-why = Los compromisos son acciones concretas y medibles; sin un hito con fecha o un organismo responsable no puede darse seguimiento a su avance.
# en-hash: e31fd72c
C204-fix = Agregue `lead` y al menos un [[milestone]] con `title` y `due`.

# en-hash: fd4d6dfe
C205-summary = No figura para el compromiso ninguna reunión de cocreación con un asistente no gubernamental.
# en-hash: 62cb3476
C205-section = Manual, Plan de acción (todos los compromisos cocreados)
# en-hash: 46c32ff3
C205-what = Busca en `co_created_in` una reunión que sea de cocreación, haya tenido al menos un asistente no gubernamental y se haya realizado el día en que el compromiso entró en el plan (la presentación, o `added`) o antes. Es una advertencia mientras el plan todavía está en cocreación: los compromisos de un borrador pueden cocrearse en reuniones todavía por venir.
# en-hash: 35ccb2bd
C205-why = Todos los compromisos deben elaborarse mediante la cocreación entre el gobierno y las partes interesadas no gubernamentales, también los que se agregan después.
# en-hash: d9818085
C205-fix = Indique las reuniones de cocreación en las que se elaboró el compromiso: co_created_in = ["m-2026-02-10"].

# en-hash: 256e0432
C206-summary = Un compromiso se cambió o se retiró más de seis meses después de su presentación.
# en-hash: 13c345b1
C206-section = Manual, Plan de acción (cambios dentro de los seis meses siguientes a la presentación)
# en-hash: 53078c5f
C206-what = Compara cada [[change]] y cada fecha `withdrawn` con los seis meses calendario siguientes a la presentación del compromiso (la presentación del plan, o su fecha `added`).
# en-hash: 58806f56
C206-why = Los cambios en los compromisos solo pueden hacerse dentro de los seis meses siguientes a la presentación.
# en-hash: 570fe2ea
C206-fix = Los cambios fuera de ese período no están permitidos: mantenga el compromiso tal como se presentó, o complételo y cocree uno nuevo.

# en-hash: df216f7e
C207-summary = Un cambio no fue aprobado por una parte interesada no gubernamental que participó en la cocreación, o no se comunicó al equipo de OGP Local.
# en-hash: cb18669f
C207-section = Manual, Plan de acción (cambios consultados, aprobados y comunicados)
# en-hash: 4ba6249f
C207-what = Verifica que cada [[change]] tenga un `approved_by` que nombre a una parte interesada no gubernamental que asistió a una reunión de cocreación del plan, y una fecha `communicated`. Debe informarse al equipo de OGP Local dentro del mes calendario siguiente al cambio (un cambio del 2027-01-31, a más tardar el 2027-02-28); `ogp calendar` indica ese día para cada cambio de un plan presentado, con el mismo estado que lee esta regla. No comunicado todavía es una advertencia hasta ese día y un error después; comunicado más tarde es una advertencia (tarde), señalada para cada uno de esos cambios. Un retiro es un cambio: se señala una fecha `withdrawn` sin ningún [[change]] con fecha de ese día o de hasta 30 días antes, y el compromiso conserva su cupo; el cambio que registra un retiro debe comunicarse como cualquier otro.
# en-hash: 89942df3
C207-why = Los cambios deben consultarse y aprobarse con las partes interesadas no gubernamentales que participaron en la cocreación, y los cambios acordados deben comunicarse al equipo de OGP Local.
# en-hash: 39f1c2e1
C207-fix = Registre en `approved_by` la aprobación de una parte interesada no gubernamental que participó en la cocreación, e informe al equipo de OGP Local dentro del mes siguiente al cambio, registrando la fecha en `communicated`.

# en-hash: cf00ac73
C208-summary = Un hito pasó su fecha de vencimiento sin cumplirse.
# en-hash: 578617d7
C208-section = Manual, Monitoreo y evaluación (avance trimestral)
# en-hash: 7fa6aefc
C208-what = Señala un hito cuya fecha `due` ya pasó sin fecha `done`, en los compromisos que no están retirados ni evaluados sin terminar (`assessed` sin `completed`).
# en-hash: ec63463b
C208-why = El avance de los compromisos se sigue cada trimestre; un hito vencido es una señal temprana de un compromiso que no mostrará avances.
# en-hash: 048d2c78
C208-fix = Registre `done` cuando se haya cumplido, o acuerde una nueva fecha mediante un cambio.

# en-hash: a2f45a68
C209-summary = Un compromiso no nombra ninguno de los valores de OGP (transparencia, participación, rendición de cuentas).
# en-hash: d17e5f86
C209-section = Declaración de Gobierno Abierto (la declaración fundacional de OGP: transparencia, participación cívica, rendición de cuentas)
# en-hash: f2f49b51
C209-what = Verifica que `values` nombre al menos uno de transparency, participation y accountability.
# en-hash: b68cc2f5
C209-why = Los valores provienen de la Declaración de Gobierno Abierto con la que se fundó la Alianza para el Gobierno Abierto: más transparencia, participación cívica y rendición de cuentas. Un compromiso de gobierno abierto debería decir cuáles de ellos promueve.
# en-hash: 4aae9b29
C209-fix = Indique qué valor promueve el compromiso: values = ["transparency"].

# en-hash: f749446b
C210-summary = El fin previsto de un compromiso ya pasó y el compromiso no está completado ni retirado.
# en-hash: eed4eae6
C210-section = Manual, Plan de acción (compromisos plenamente implementados) y Monitoreo y evaluación
# en-hash: f78d100e
C210-what = Señala un compromiso cuyo `end` (finalización prevista) es anterior a la fecha de evaluación sin fecha `completed` ni `withdrawn`, salvo que el órgano de monitoreo lo haya evaluado sin terminar (`assessed` sin `completed`): su historia ha terminado.
# en-hash: 4f9448ec
C210-why = El órgano de monitoreo evalúa cada compromiso una vez que está plenamente implementado, y solo entonces su cupo queda libre para uno nuevo. Un compromiso que pasó su fin previsto sin completarse retrasa ambas cosas, y sus socios necesitan saberlo.
# en-hash: 5610d013
C210-fix = Registre `completed` cuando se haya implementado plenamente, o acuerde un nuevo fin o un retiro mediante un cambio aprobado.

## C211: los cambios en los compromisos, juzgados a partir del historial de git

# en-hash: d0ac796d
C211-summary = Un commit cambió el contenido de un compromiso presentado sin un [[change]] registrado dentro de los 30 días.
# en-hash: db8dd6c1
C211-section = Manual, Plan de acción (cambios en los compromisos: dentro de los seis meses siguientes a la presentación, aprobados y comunicados)
# en-hash: 10207bab
C211-what = Lee el historial de git del repositorio hasta la fecha de evaluación. Para cada commit que modifica el contenido de un compromiso presentado —su `title` (más allá de un error de tipeo: más de una décima parte de sus caracteres), `start`, `end` o `lead`, el `title` o el `due` de un hito, un hito agregado o quitado, o el compromiso eliminado— busca en ese compromiso un `[[change]]` con fecha dentro de los 30 días del día en que la modificación entró en la rama verificada. Si no lo hay, señala el identificador del commit y ese día. Una modificación posterior al período de cambios de seis meses es un error; dentro del período es una advertencia (el cambio sigue permitido, solo debe registrarse). Un compromiso se sigue por su identificador dentro de su plan: cambiar el nombre de su archivo o moverlo, cambiar el nombre de la carpeta del plan o mover toda la jurisdicción conserva su historial, y un identificador cambiado en un archivo que sigue en el mismo lugar es un cambio de nombre, no una eliminación. Solo está eliminado mientras ningún archivo de compromiso de su plan contiene su identificador. Una versión cuyos valores no pueden leerse (el archivo no se puede analizar, una fecha no es una fecha) se omite valor por valor, de modo que un commit roto y su corrección no son un cambio. Las modificaciones propias de una fusión cuentan (un valor que difiere de ese valor en todos los padres). Un cambio se fecha por el commit de la línea de primeros padres de la rama que lo incorporó (el commit mismo, o la fusión), con la más tardía entre su fecha de autor y su fecha de confirmación. Crear el archivo de un compromiso, y toda modificación anterior a la entrada del compromiso en el plan (cocreación), no es un cambio. Una modificación con fecha de una revocación o posterior no cuenta para nada, como cualquier otro registro; el período de cambios es el que indica `ogp calendar` (el propio del compromiso cuando se agregó después, el del plan en los demás casos). Un historial que no puede leerse (un clon superficial o parcial, un objeto dañado, un formato de repositorio que ogp no puede leer, una carpeta fuera de git) se indica una sola vez en el resumen ("history not available: ...") y nunca hace fallar la ejecución.
# en-hash: 232b81bd
C211-why = Un compromiso solo puede modificarse mediante un cambio registrado: dentro de los seis meses siguientes a la presentación, aprobado por las partes interesadas que lo cocrearon y comunicado al equipo de OGP Local. Editar el archivo reescribe en silencio el plan que se presentó y oculta la modificación al foro y al órgano de monitoreo; el historial es la prueba de cuándo cambió realmente el texto.
# en-hash: a75863e6
C211-fix = Registre la modificación como un [[change]] en el archivo del compromiso, con la fecha del día en que se decidió, con `approved_by` y `communicated` (vea C206 y C207). Si la edición solo corrigió un error en el archivo (el plan mismo no cambió), acepte esa única edición de forma definitiva con un [[waiver]] de C211 que nombre su commit, por ejemplo `rule = "C211"`, `commit = "3f2a9c1"`, `reason = "editorial correction, no change of substance"` (no hace falta `until`; no cubre ninguna otra edición).

## M: monitoreo y evaluación

# en-hash: 3668da85
M301-summary = No hay un órgano de monitoreo independiente, es gubernamental, o ninguna parte interesada no gubernamental lo respaldó.
# en-hash: c79571cc
M301-section = Manual, Monitoreo y evaluación (el órgano de monitoreo)
# en-hash: 17a4306f
M301-what = Verifica que exista [monitoring_body] con un identificador `stakeholder` que no sea del sector gubernamental, y que `endorsed_by` nombre al menos a una parte interesada no gubernamental, distinta del propio órgano, que haya participado en el proceso (asistido a una reunión del plan), con un `endorsed_on`, si se indica, que no sea futuro. Es una advertencia mientras el plan todavía está en cocreación.
# en-hash: 7798e594
M301-why = Cada miembro selecciona un órgano de monitoreo independiente, como una institución de investigación o académica, respaldado por las partes interesadas no gubernamentales locales que participan en el proceso.
# en-hash: b8e9f065
M301-fix = Elija un órgano independiente (academia, sociedad civil), registre su identificador de parte interesada e indique en `endorsed_by` las partes interesadas no gubernamentales de las reuniones del plan que lo respaldaron.

# en-hash: c2752c88
M302-summary = Falta la evaluación inicial dos meses después de la presentación, o llegó tarde.
# en-hash: 6df2e661
M302-section = Manual, Monitoreo y evaluación (evaluación inicial)
# en-hash: 3be1d548
M302-what = La evaluación inicial vence dos meses calendario después de la presentación del plan. Si falta una vez pasada esa fecha es un error; si se registró después de ella es una advertencia.
# en-hash: 55a40672
M302-why = El órgano de monitoreo evalúa el proceso de cocreación y el diseño de los primeros compromisos dos meses después de la presentación del plan.
# en-hash: e24a82b4
M302-fix = Registre la fecha en que el órgano de monitoreo la entregó: [assessments] inception = AAAA-MM-DD.

# en-hash: a3aa4663
M303-summary = Un compromiso completado no tiene evaluación de fin de compromiso un mes después, o llegó tarde.
# en-hash: 459852b2
M303-section = Manual, Monitoreo y evaluación (evaluación de fin de compromiso)
# en-hash: d73d66b9
M303-what = Para cada compromiso completado, la evaluación de fin de compromiso vence un mes calendario después de `completed`. Si falta una vez pasada esa fecha es un error; si se registró después de ella es una advertencia.
# en-hash: 628525dd
M303-why = El órgano de monitoreo valora los resultados de cada compromiso un mes después de que esté plenamente implementado; solo entonces un nuevo compromiso puede ocupar su cupo.
# en-hash: e2a19500
M303-fix = Registre la fecha de la evaluación en el compromiso: assessed = AAAA-MM-DD.

# en-hash: d5fa1c1e
M304-summary = Falta el ejercicio final de aprendizaje dos meses después del fin del plan, o llegó tarde.
# en-hash: f90b5dd0
M304-section = Manual, Monitoreo y evaluación (ejercicio final de aprendizaje)
# en-hash: d491bc37
M304-what = Para un plan presentado, el ejercicio final de aprendizaje vence dos meses calendario después del `end` del plan. Si falta una vez pasada esa fecha es un error; si se registró después de ella es una advertencia. Un plan que nunca se presentó nunca se implementó y no tiene ejercicio final de aprendizaje: ningún hallazgo, y ninguna entrada en el calendario, la línea de tiempo ni el informe. Después de una revocación ya no vence nada.
# en-hash: ed85c04a
M304-why = Al final del plan, el órgano de monitoreo conduce una reflexión sobre su proceso y sus resultados, que se entrega dos meses después del fin.
# en-hash: fa1d1cf4
M304-fix = Registre su fecha: [assessments] final_learning = AAAA-MM-DD.

# en-hash: 52b8835b
M305-summary = Un trimestre del seguimiento no tiene actualización un mes después de terminado, o la actualización llegó tarde.
# en-hash: e50ecc29
M305-section = Manual, Monitoreo y evaluación (seguimiento trimestral en línea)
# en-hash: be2827ee
M305-what = Para cada trimestre del seguimiento del miembro (un trimestre calendario que contiene al menos 30 días de la implementación de uno de sus planes; la implementación va desde el más tardío entre el `submitted` y el `start` del plan hasta su `end`), la actualización vence un mes calendario después del último día del trimestre. El miembro tiene un solo seguimiento en línea: una actualización del trimestre en el tracker.toml de cualquier plan presentado, con fecha de la presentación de ese plan o posterior, basta, y un trimestre que comparten dos planes se señala una sola vez, en el plan posterior. Si falta una vez pasado el día de vencimiento es un error; si se registró después es una advertencia (tarde). Se excusa un trimestre en el que al menos la mitad de los días transcurrieron en inactividad voluntaria.
# en-hash: f6f34277
M305-why = El punto de contacto informa cada trimestre el avance de los compromisos en el seguimiento en línea; un mes de gracia cubre el tiempo que lleva reunir la información. Dos trimestres seguidos sin avance dejan al miembro inactivo.
# en-hash: 2c11c0d5
M305-fix = Actualice el seguimiento en línea y regístrelo: [[update]] quarter = "2026-Q3", date, progress.

## R: los requisitos mínimos

# en-hash: c0a9d845
R401-summary = No hay registrado ningún espacio de participación (foro).
# en-hash: 6f372a28
R401-section = Manual, Requisitos mínimos 1 (Foro)
# en-hash: b59933fc
R401-what = Verifica que jurisdiction.toml tenga un [forum] con un nombre. Un foro establecido después de la fecha de evaluación todavía no existe: es una advertencia mientras el primer plan está en cocreación y un error una vez presentado un plan.
# en-hash: 8e2d64e9
R401-why = El gobierno local, con las partes interesadas no gubernamentales, debe contar con un espacio de participación para elaborar y revisar el plan de acción.
# en-hash: f3fb0503
R401-fix = Registre el foro: [forum] name = "...", established = AAAA-MM-DD, description = "...".

# en-hash: c71a1763
R402-summary = Ninguna reunión de cocreación con un asistente no gubernamental antes de la presentación del plan.
# en-hash: ceb36101
R402-section = Manual, Requisitos mínimos 2 (Regularidad)
# en-hash: bac2d5bb
R402-what = Para cada plan presentado, busca una reunión de cocreación del plan en la que participen partes interesadas no gubernamentales: propósito "co-creation", al menos un asistente no gubernamental, realizada en la fase de cocreación del plan (desde la fecha de incorporación para el primer plan, desde la presentación del plan anterior para los demás, de modo que un miembro puede cocrear su plan siguiente mientras implementa el actual) y el día de la presentación de este plan o antes.
# en-hash: 92350e8d
R402-why = Durante la cocreación del plan de acción debe realizarse al menos una reunión con la sociedad civil y las partes interesadas no gubernamentales.
# en-hash: b5c560e9
R402-fix = Registre en meetings.toml las reuniones de cocreación con sus asistentes no gubernamentales.

# en-hash: 163e7107
R403-summary = Un año de implementación se cerró con menos reuniones con partes interesadas no gubernamentales de las necesarias.
# en-hash: 07ab9a2a
R403-section = Manual, Requisitos mínimos 2 (Regularidad)
# en-hash: fd9df915
R403-what = Divide la implementación en años de 12 meses desde el comienzo de la implementación (el último cortado en el fin del plan) y, para cada año cerrado, cuenta las reuniones del plan realizadas en él a las que asistió al menos una parte interesada no gubernamental, cualquiera que sea su `purpose` (una reunión del foro que cocrea un nuevo compromiso también es una reunión sobre la implementación del plan): se necesitan dos; un último año cortado de tres a seis meses necesita una, y uno de menos de tres meses ninguna. Se excusa un año en el que al menos la mitad de los días transcurrieron en inactividad voluntaria.
# en-hash: 9311945b
R403-why = Deben realizarse dos reuniones por año sobre la implementación del plan de acción con la sociedad civil y las partes interesadas no gubernamentales.
# en-hash: 2966dcbe
R403-fix = Realice las reuniones de implementación con las partes interesadas no gubernamentales y registre sus asistentes; en adelante, planifique dos por año.

# en-hash: 4b0fae41
R404-summary = Ninguna reunión de cocreación tuvo a la vez asistentes gubernamentales y no gubernamentales.
# en-hash: c4516fa0
R404-section = Manual, Requisitos mínimos 3 (Multiactor)
# en-hash: 6739484f
R404-what = Para cada plan presentado, busca una reunión de cocreación del plan, realizada en su fase de cocreación hasta su presentación, a la que asistieron al menos una parte interesada del gobierno y al menos una no gubernamental.
# en-hash: 31212d4c
R404-why = El espacio de cocreación debe incluir representantes gubernamentales y no gubernamentales.
# en-hash: 842d79a3
R404-fix = Registre los asistentes gubernamentales y no gubernamentales de las reuniones de cocreación (identificadores de las partes interesadas con sus sectores).

# en-hash: 9fae2afa
R405-summary = El plan no está respaldado por partes interesadas no gubernamentales antes de su presentación.
# en-hash: 9079fbf4
R405-section = Manual, Requisitos mínimos 4 (Respaldo)
# en-hash: 406d254a
R405-what = Verifica que exista [endorsement] con un `by` no vacío, que nadie que respalda sea una parte interesada gubernamental y que tenga fecha del día de la presentación o anterior. Es una advertencia mientras el plan todavía está en cocreación.
# en-hash: a5b94250
R405-why = Las partes interesadas no gubernamentales deben respaldar el plan de acción final, y el gobierno presenta la lista de sus nombres como parte del plan.
# en-hash: e8ec340e
R405-fix = Registre las partes interesadas no gubernamentales que respaldaron el plan final, y la fecha en que lo hicieron, antes de presentarlo.

## T: el estado de membresía

# en-hash: d0aff65c
T501-summary = El miembro está inactivo a la fecha (no voluntariamente).
# en-hash: 2fb5f82d
T501-section = Manual, Inactividad y actuación contraria al proceso
# en-hash: 449c927b
T501-what = Reconstruye el estado de membresía a partir de los registros y lo señala cuando es `inactive` a la fecha: el primer plan o el plan siguiente no se presentó a tiempo; dos trimestres consecutivos del seguimiento del miembro quedaron estancados (sin actualización al vencimiento del segundo, un mes después de su fin, o con una actualización sin avance mientras había un compromiso abierto), contando juntos los trimestres de todos sus planes, de modo que el último trimestre de un plan y el primero del siguiente forman un par; o no se presentó un plan debido después de un restablecimiento. Un miembro restablecido por una prueba de actividad mientras sigue sin presentarse un plan cuyo plazo pasó debe ese plan cuatro meses después de la prueba; si no lo cumple ese día vuelve a estar inactivo, y entonces solo la presentación de ese plan lo restablece. Un desencadenante que ocurre mientras el miembro está en inactividad voluntaria se activa cuando termina la pausa, si sigue vigente. Las actualizaciones del seguimiento solo cuentan con fecha de la presentación de su plan o posterior. Señala el registro que lo desencadenó. No se da ningún hallazgo T mientras el estado es `unknown` porque un registro no puede leerse (un archivo que no se puede analizar, un valor incorrecto, una clave mal escrita que el estado necesita, un [[event]] sin `kind`): los hallazgos S dicen qué corregir.
# en-hash: 4b2d0fc3
T501-why = Un miembro que no cumple su plazo de presentación, o cuyo seguimiento en línea no muestra actualización ni avance en dos trimestres consecutivos, pasa a estar inactivo; seis meses después se lo pone en período de prueba.
# en-hash: 0b4cf2fb
T501-fix = Demuestre actividad: realice una reunión de cocreación con la asistencia de una parte interesada no gubernamental, presente el plan o registre una actualización del seguimiento que muestre avance. Un evento `resumed` no pone fin a este estado: solo pone fin a la inactividad voluntaria. `ogp status` indica qué restablece el estado activo y cuándo empieza el período de prueba.

# en-hash: b69ccbd2
T502-summary = El miembro está en período de prueba a la fecha.
# en-hash: 2779fc0f
T502-section = Manual, Inactividad y actuación contraria al proceso (período de prueba)
# en-hash: 5b69790f
T502-what = Señala un estado `probation` (período de prueba) a la fecha: seis meses consecutivos de inactividad (el día en que se cumplen seis meses desde el comienzo de la inactividad; una prueba de actividad con fecha de ese día llega tarde), una inactividad voluntaria que no terminó en su día límite de reanudación (el `until` del evento, o seis meses menos un día), un plan presentado sin ninguna reunión de cocreación con asistencia de partes interesadas no gubernamentales, o un año de implementación que se cerró sin ninguna reunión a la que asistieran.
# en-hash: 49fb9314
T502-why = No reanudar la actividad después de seis meses de inactividad, o no demostrar la participación de las partes interesadas no gubernamentales, es actuar de forma contraria al proceso; la membresía se revoca cuatro meses después salvo que se cumplan los requisitos.
# glossary-exempt: status: `ogp status` is a command, kept as typed
# en-hash: 32043c70
T502-fix = Cumpla el requisito antes de la fecha de revocación que muestra `ogp status`: si falta participación, realice una reunión con la asistencia de partes interesadas no gubernamentales; en los demás casos, demuestre actividad (reunión de cocreación, presentación, avance en el seguimiento).

# en-hash: b09f49c4
T503-summary = La membresía está revocada a la fecha.
# en-hash: cae699fa
T503-section = Manual, Inactividad y actuación contraria al proceso (revocación)
# en-hash: a9f16813
T503-what = Señala un estado `revoked`: el período de prueba no terminó dentro de los cuatro meses (el día en que se cumplen cuatro meses desde su comienzo; una prueba de actividad con fecha de ese día llega tarde). La revocación es definitiva: los registros con fecha del día de la revocación o posterior (una prórroga, un evento, una presentación, cualquier prueba) no cambian nada, ni en el estado, ni en ninguna otra regla, ni en el calendario; después de ella no vence ningún plazo.
# en-hash: ac34a857
T503-why = Si después de cuatro meses de período de prueba el miembro no cumplió los requisitos, su membresía se revoca.
# en-hash: 446846b8
T503-fix = Nada en los archivos del plan restablece una membresía revocada; hable con la Unidad de Apoyo de OGP para volver a incorporarse.

# en-hash: f91178eb
T504-summary = El miembro está en inactividad voluntaria a la fecha.
# en-hash: 0f2b0afb
T504-section = Manual, Inactividad y actuación contraria al proceso (inactividad voluntaria)
# en-hash: b2495944
T504-what = Señala un estado `voluntary-inactive`: un evento `voluntary-inactive` registrado mientras el miembro estaba activo, sin ningún evento `resumed` ni actividad desde entonces. Una pausa detiene los relojes, no los reinicia: los plazos de presentación del primer plan y del siguiente todavía pendientes cuando empieza se desplazan por cada día de pausa, se excusa un trimestre del seguimiento o un año de implementación en pausa al menos la mitad del tiempo, y un desencadenante que ocurre durante la pausa se activa el primer día después de ella si sigue vigente; los hitos, cada evaluación, el período de cambios y las fechas propias del plan conservan sus fechas. El miembro debe reanudar a más tardar en el `until` del evento (el período acordado con la Unidad de Apoyo) o, sin él, seis meses menos un día después del evento; al día siguiente, está en período de prueba. Un evento registrado mientras el miembro está inactivo o en período de prueba no cambia nada: esos estados los decide la Unidad de Apoyo, no el miembro.
# en-hash: 2c77e032
T504-why = Los miembros pueden pedir pasar a la inactividad voluntaria después de hechos imprevisibles, sin perjuicio para su membresía; es un recordatorio, no un incumplimiento.
# en-hash: c75e52f1
T504-fix = Cuando se reanuden las actividades, y a más tardar el día límite de reanudación que indica `ogp calendar`, registre [[event]] kind = "resumed" con su fecha.
