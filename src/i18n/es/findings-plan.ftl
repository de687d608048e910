### Hallazgos del plan de acción, los requisitos mínimos, el estado de membresía, el historial de git, los nombres, los textos provisionales y las dispensas.

## P101
# en-hash: 5e6ff4c1
p101-no-term = el plan comienza el { $start }, fecha que no cae dentro de ningún mandato de gobierno registrado
# en-hash: b8168741
p101-no-term-member = el plan comienza el { $start }, fecha que no cae dentro de ningún mandato de gobierno registrado de { $member }
# en-hash: 04141777
p101-no-term-help = agregue a jurisdiction.toml el [[term]] de la administración en funciones cuando comienza el plan
# en-hash: cf5ad693
p101-no-term-member-help = agregue a jurisdiction.toml el [[term]] de { $member } de la administración en funciones cuando comienza el plan
# en-hash: 340995f8
p101-label-no-term = en ningún mandato
# en-hash: 00df75d0
p101-outlasts = el plan termina el { $end }; { $term }, así que el plan debe terminar a más tardar el { $limit }
# en-hash: 9f95c268
p101-outlasts-pending = el plan termina el { $end }; { $term }, así que el plan debe terminar a más tardar el { $limit }; solo es válido si la administración { $administration } es reelegida
# en-hash: 4db0fd23
p101-outlasts-no-later = el plan termina el { $end }; { $term }, así que el plan debe terminar a más tardar el { $limit }, y no hay registrado ningún mandato posterior de la administración { $administration }
# en-hash: 4cf38adc
p101-term-re-elected = los mandatos de la administración reelegida { $administration } terminan el { $end }
# en-hash: 7f4f6f78
p101-term-re-elected-member = los mandatos de { $member } de la administración reelegida { $administration } terminan el { $end }
# en-hash: 0a028900
p101-term-administration = el mandato de la administración { $administration } termina el { $end }
# en-hash: b369d068
p101-term-administration-member = el mandato de { $member } de la administración { $administration } termina el { $end }
# en-hash: b90f48cf
p101-term = el mandato termina el { $end }
# en-hash: 2874bc33
p101-term-member = el mandato de { $member } termina el { $end }
# en-hash: 47e3485d
p101-outlasts-pending-help = si { $administration } es reelegida, registre su nuevo [[term]] con administration = "{ $administration }"; si no, haga terminar el plan a más tardar el { $limit }
# en-hash: 2e09235c
p101-outlasts-no-later-help = registre el [[term]] que comenzó después del { $term_end } (con administration = "{ $administration }" si fue reelegida), o haga terminar el plan a más tardar el { $limit }
# en-hash: 74ea1675
p101-outlasts-help = haga terminar el plan a más tardar el { $limit } (el último día del segundo mes anterior al mes en que termina el mandato); si la misma administración fue reelegida, indíquela en ambos mandatos con `administration`
# en-hash: 824233e0
p101-label-ends-too-late = termina demasiado tarde
# en-hash: 354bfc3d
p101-label-term-ends-here = aquí termina el mandato

## P102
# en-hash: 594a944a
p102-message = el plan comienza el { $start }, antes de que el miembro se incorporara a OGP Local el { $joined }
# en-hash: 1162b97c
p102-help = haga comenzar el plan el { $joined } o después
# en-hash: b9378a7a
p102-label-before-joining = antes de la incorporación
# en-hash: 6553308e
p102-label-joined-here = fecha de incorporación

## P103
# en-hash: 9b2756e0
p103-too-short = el plan va del { $start } al { $end }; sin elecciones, debe coincidir con la estrategia de mediano plazo o durar de uno a cuatro años (terminar el { $bound } o después)
# en-hash: 3b5ddbad
p103-too-long = el plan va del { $start } al { $end }; sin elecciones, debe coincidir con la estrategia de mediano plazo o durar de uno a cuatro años (terminar el { $bound } o antes)
# en-hash: 467e1807
p103-label-too-short = demasiado corto
# en-hash: e07367f1
p103-label-too-long = demasiado largo
# en-hash: d2600f14
p103-label-strategy-period = el período de la estrategia de mediano plazo

## P104
# en-hash: 538b98e1
p104-message = el plan está en `{ $language }` y no se indica una versión en inglés
# en-hash: 8d52d59d
p104-help = agregue english_version = "<enlace a la traducción al inglés>" a plan.toml
# en-hash: ba1a5c4e
p104-label-not-english = no está en inglés

## P105
# en-hash: 6b988083
p105-no-strategy = el plan no tiene [strategy] (el resumen de la Estrategia Local de Gobierno Abierto)
# en-hash: 84152f6f
p105-no-strategy-help = agregue [strategy] con vision, principles, objectives y engagement
# en-hash: 939af5df
p105-label-this-plan = este plan
# en-hash: 16bf5f08
p105-incomplete = la estrategia no tiene { $missing }
# en-hash: f32a9735
p105-incomplete-more = { $head }, ni { $next }
# en-hash: e9deb323
p105-incomplete-help = complete { $keys } en [strategy]
# en-hash: 8cc91d60
p105-keys-more = { $head }, { $next }
# en-hash: 8aa9bc0f
p105-label-incomplete = estrategia incompleta

# en-hash: 543406a7
p-deadline-moved = {" "}({ $base } antes de contar la inactividad voluntaria)

## P106
# en-hash: b666326c
p106-late = el primer plan se presentó el { $submitted }, después de vencido su plazo el { $deadline }{ $moved }
# en-hash: 603446fb
p106-late-help = no hay nada que hacer ahora; registre un evento de prórroga si la Unidad de Apoyo la concedió
# en-hash: 538455d0
p106-label-submitted-late = presentado tarde
# en-hash: 96dd7ed4
p106-label-the-deadline = el plazo
# en-hash: 8b1f9982
p106-missing = el primer plan vencía el { $deadline }{ $moved } y no se ha presentado al { $as_of }
# en-hash: 299c416e
p106-label-deadline-passed = plazo vencido
# en-hash: 8114d589
p106-label-not-submitted = este plan no tiene `submitted`

## P107
# en-hash: a5406a4e
p107-late = al plan que terminó el { $end } le siguió un plan presentado el { $submitted }, después de vencido el plazo de cuatro meses el { $deadline }{ $moved }
# en-hash: 2235c600
p107-late-help = no hay nada que hacer ahora; el siguiente plan ya está en marcha
# en-hash: 78abbad7
p107-label-submitted-late = presentado tarde
# en-hash: 35039613
p107-label-previous-ends = aquí termina el plan anterior
# en-hash: 9e12cb8e
p107-missing = el plan terminó el { $end }; el siguiente plan vencía el { $deadline }{ $moved } y no se ha presentado ninguno al { $as_of }
# en-hash: 221dc6a1
p107-label-ended-here = terminó aquí

## P108
# en-hash: ead3d2c6
p108-message = el primer plan no se ha presentado y no hay ningún plazo registrado (`submission_deadline`), así que nadie puede saber cuándo el miembro pasa a estar inactivo
# en-hash: d9926587
p108-help = registre el plazo que fijó la Unidad de Apoyo: submission_deadline = AAAA-MM-DD en jurisdiction.toml
# en-hash: 2d0a474c
p108-label-no-deadline = fecha de incorporación; no hay plazo registrado

## P109
# en-hash: 24350f82
p109-message = el último mandato de gobierno registrado terminó el { $end }; registre el mandato de la administración en funciones al { $as_of }
# en-hash: 605a99b0
p109-member = el último mandato de gobierno registrado de { $member } terminó el { $end }; registre el mandato de la administración en funciones al { $as_of }
# en-hash: 0f7de08b
p109-help = agregue a jurisdiction.toml un [[term]] con el inicio y el fin de la nueva administración
# en-hash: 12858561
p109-member-help = agregue a jurisdiction.toml un [[term]] con member = "{ $member }" y el inicio y el fin de la nueva administración
# en-hash: 242af0e8
p109-label-last-term = aquí termina el último mandato

## R401
# en-hash: 2d95c754
r401-no-forum = no hay ningún foro (espacio de participación) registrado
# en-hash: 40944afa
r401-label-this-jurisdiction = esta jurisdicción
# en-hash: bc2988af
r401-no-name = el foro no tiene nombre
# en-hash: a9d4cee5
r401-label-empty = vacío
# en-hash: 39a7f369
r401-not-yet = el foro no se establece hasta el { $date }
# en-hash: 2eca9844
r401-not-yet-help = el foro debe existir mientras se cocrea el plan
# en-hash: a575650a
r401-label-not-yet = todavía no establecido

## R402
# en-hash: ea9be948
r402-message = el plan se presentó el { $submitted } sin ninguna reunión de cocreación a la que asistiera una parte interesada no gubernamental
# en-hash: 59463275
r402-label-submitted-here = presentado aquí

## R403
# en-hash: c80d7e96
r403-message = el año de implementación { $year } (del { $first } al { $last }) tuvo { $held } con asistencia de una parte interesada no gubernamental; { $need }
# en-hash: 5cbde6c3
r403-held = { $n ->
    [one] { $n } reunión de implementación
   *[other] { $n } reuniones de implementación
}
# en-hash: df723c42
r403-needed = { $n ->
    [one] se necesita { $n }
   *[other] se necesitan { $n }
}
# en-hash: 8aeb4cfe
r403-label-years-from-here = los años de implementación se cuentan desde aquí

## R404
# en-hash: 9a613e31
r404-message = { $n ->
    [0] el plan no tuvo ninguna reunión de cocreación con asistentes gubernamentales y no gubernamentales a la vez
    [one] la única reunión de cocreación del plan no tuvo asistentes gubernamentales y no gubernamentales a la vez
   *[other] ninguna de las { $n } reuniones de cocreación del plan tuvo asistentes gubernamentales y no gubernamentales a la vez
}
# en-hash: 9965f967
r404-label-submitted-here = presentado aquí

## R405
# en-hash: a857a9fb
r405-no-endorsement = el plan no registra ningún respaldo de partes interesadas no gubernamentales
# en-hash: 25ae848d
r405-no-endorsement-help = agregue [endorsement] con la fecha y los ids de las partes interesadas no gubernamentales que respaldaron el plan final
# en-hash: 78cb7afe
r405-label-this-plan = este plan
# en-hash: 39333ba3
r405-not-yet = el plan no se respalda hasta el { $date }
# en-hash: b9c91d38
r405-label-not-yet = todavía no
# en-hash: ce9b5b16
r405-after-submission = el plan se respaldó el { $date }, después de presentarse el { $submitted }
# en-hash: c76da54e
r405-after-submission-help = el plan final debe respaldarse antes de presentarse
# en-hash: 1cf40e4e
r405-label-after-submission = después de la presentación
# en-hash: 93979214
r405-label-submitted-here = presentado aquí
# en-hash: 781aec55
r405-no-endorsers = el respaldo no indica quién respalda
# en-hash: 7b55bda1
r405-label-empty = vacío
# en-hash: 791932e2
r405-government = `{ $id }` es una parte interesada gubernamental; solo las partes interesadas no gubernamentales respaldan el plan
# en-hash: 52756fce
r405-label-government = respaldo gubernamental

## T501 to T504
# en-hash: 4f0365e4
t501-inactive = el miembro está inactivo desde el { $since }: { $reason }
# en-hash: d5253a66
t502-probation = el miembro está en período de prueba desde el { $since }: { $reason }
# en-hash: cda5c3be
t503-revoked = la membresía está revocada desde el { $since }: { $reason }
# en-hash: 954a15f4
t504-voluntarily-inactive = el miembro está inactivo voluntariamente desde el { $since }: { $reason }
# en-hash: 14c43488
t-then = { $now }; pasa a { $status } el { $date }, salvo que { $unless }
# en-hash: bf8ea37c
t504-help = { $fix } Mientras tanto, los plazos de presentación del plan se corren tantos días como dure la pausa y se dispensan los trimestres del seguimiento mayormente en pausa; los hitos y las fechas de evaluación no cambian.
# en-hash: b48a3320
t-help-restore = el estado activo vuelve con { $restore }

## C211
# en-hash: cb2b28a4
c211-changed = el commit { $commit } del { $date } modificó el compromiso { $commitment }: { $what }; ningún [[change]] de este compromiso tiene fecha dentro de los 30 días de ese día
# en-hash: e22e0cb8
c211-changed-renamed = el commit { $commit } del { $date } modificó el compromiso { $commitment } (antes llamado { $old_ids }): { $what }; ningún [[change]] de este compromiso tiene fecha dentro de los 30 días de ese día
# en-hash: 24fbacb4
c211-deleted = el commit { $commit } del { $date } eliminó el compromiso { $commitment }: { $what }; ningún [[change]] de este compromiso tiene fecha dentro de los 30 días de ese día
# en-hash: 30cb661c
c211-deleted-renamed = el commit { $commit } del { $date } eliminó el compromiso { $commitment } (antes llamado { $old_ids }): { $what }; ningún [[change]] de este compromiso tiene fecha dentro de los 30 días de ese día
# en-hash: af8983b0
c211-renamed-then = { $head } y luego { $next }
# en-hash: bfad16fb
c211-what-more = { $head }, { $next }
# en-hash: 51aa6834
c211-label-changed = modificado sin un [[change]]
# en-hash: a6e4653a
c211-what-value = `{ $key }` { $old } → { $new }
# en-hash: bdb1d934
c211-what-due = hito { $title }: `due` { $old } → { $new }
# en-hash: d1e77bbf
c211-what-milestone-title = título del hito { $old } → { $new }
# en-hash: 2e81aada
c211-what-milestone-removed = hito { $title } eliminado
# en-hash: b3de6f96
c211-what-milestone-added = hito { $title } agregado
# en-hash: 556ea833
c211-what-deleted = se eliminó el archivo
# en-hash: 3a157824
c211-what-old-id = su id era entonces { $id }
# en-hash: 08e612c1
c211-none = (ninguno)

## S011
# en-hash: 493630b1
s011-message = otra jurisdicción de esta revisión también se llama "{ $name }": { $folders }
# en-hash: f4aba264
s011-folders-more = { $head }, { $next }
# en-hash: 24a58c5c
s011-and-more = { $folders } y { $n } más
# en-hash: dc26e516
s011-label = el mismo nombre que otra jurisdicción
# en-hash: 4573dbf4
s011-help = dé a cada jurisdicción un nombre propio, el que la gente conoce, por ejemplo con su región: "Springfield (Oregón)"; mientras tanto, las tablas muestran la carpeta de cada una

## S013
# en-hash: 730a8e96
s013-key = `{ $key }` todavía tiene un texto provisional: { $why }
# en-hash: 7a5690b4
s013-text = este texto todavía es provisional: { $why }
# en-hash: 6bf22a25
s013-why-init = "{ $text }" es el texto provisional que escribió `ogp init`
# en-hash: a3f53a6d
s013-why-example = { $domain } es un dominio reservado para ejemplos: nadie recibe correo ni publica páginas allí
# en-hash: cb9d3bbe
s013-why-todo = todavía dice TODO
# en-hash: 5f97a34e
s013-label = reemplácelo por el valor real
# en-hash: d1af7224
s013-help = escriba aquí el valor real (el nombre real, la dirección propia del punto de contacto, la descripción real) antes de compartir el plan

## Waivers
# en-hash: 9297cdaf
waiver-two-targets = una dispensa lleva `file` o `id`, no ambos
# en-hash: 4f135e32
waiver-two-targets-help = conserve el objetivo más acotado, o escriba dos dispensas
# en-hash: fb81a1ef
waiver-label-second-target = segundo objetivo
# en-hash: f163b34c
waiver-unknown-file = el archivo `{ $file }` de la dispensa no es un archivo de plan de esta jurisdicción
# glossary-exempt: commitment: "commitments" is part of a path and stays as it is
# en-hash: 6bfa07a8
waiver-unknown-file-help = indique la ruta relativa a la carpeta que contiene jurisdiction.toml, por ejemplo plans/2026-2029/commitments/c3.toml
# en-hash: 5627264d
waiver-label-no-such-file = no existe ese archivo de plan
# en-hash: 5c4d78d8
waiver-unknown-id = el id `{ $id }` de la dispensa no es el id de un compromiso, una reunión ni una parte interesada
# en-hash: ae79d796
waiver-unknown-id-help = use el `id` de un compromiso, de un [[meeting]] o de un [[stakeholder]], o apunte a un `file`
# en-hash: 395cbba9
waiver-label-unknown-id = id desconocido
# en-hash: 48be7ce7
waiver-commit-not-c211 = el `commit` de una dispensa nombra una modificación detectada por C211 unrecorded-change, no un hallazgo de { $code }
# en-hash: a2276e5c
waiver-commit-not-c211-help = quite `commit`, o haga que la regla de la dispensa sea C211
# en-hash: 760a98de
waiver-label-only-c211 = solo para C211
# en-hash: 5f794fe2
waiver-unknown-commit = el commit `{ $commit }` de la dispensa no modificó ningún compromiso de los que revisa C211
# en-hash: 98da2cec
waiver-unknown-commit-help = copie el id del commit del hallazgo C211 (`ogp check` lo indica), o elimine la dispensa
# en-hash: 3b599058
waiver-label-no-such-edit = no existe esa modificación
# en-hash: 3f6e019b
waiver-ambiguous-commit = el commit `{ $commit }` de la dispensa es el comienzo de los ids de { $n } commits
# en-hash: 569dcb58
waiver-ambiguous-commit-help = indique más caracteres del id del commit, para que nombre uno solo
# en-hash: 751829c8
waiver-label-ambiguous = ambiguo
# en-hash: b1d46dee
waiver-not-waivable = { $code } no se puede dispensar; informa sobre las propias dispensas
# en-hash: d6fbfbd7
waiver-not-waivable-help = en su lugar, elimine o renueve la dispensa a la que se refiere
# en-hash: ac4dca23
waiver-label-not-waivable = no admite dispensa
# en-hash: 9f9e22de
waiver-unknown-rule = la regla `{ $rule }` de la dispensa no es una regla de ogp
# glossary-exempt: milestone: milestone-overdue is a rule's name and stays in English
# en-hash: 38d554bb
waiver-unknown-rule-help = use un código como C208 o un nombre como milestone-overdue; `ogp rules` los muestra
# en-hash: df8ae427
waiver-label-unknown-rule = regla desconocida
# en-hash: 968f5eac
waiver-no-reason = una dispensa necesita un `reason`: por qué se justifica la excepción y quién la acordó
# en-hash: 0c6e91a1
waiver-label-empty-reason = motivo vacío
# en-hash: 5cf28504
waiver-open-without-until = esta dispensa de { $code } { $name } no tiene `until`, pero { $n ->
    [one] un hallazgo
   *[other] { $n } hallazgos
} que cubre todavía { $n ->
    [one] puede corregirse, así que sigue contando
   *[other] pueden corregirse, así que siguen contando
}
# en-hash: 64a71efc
waiver-open-without-until-help = una dispensa sin `until` solo acepta hallazgos sobre el pasado que ningún registro puede cambiar (los cerrados); corrija el hallazgo, o dé a la dispensa una fecha `until`
# en-hash: fbeea90d
waiver-label-needs-until = necesita `until`

## S009
# en-hash: 85870115
s009-expired = la dispensa de { $code } { $name } venció el { $until }; { $n ->
    [0] ya no cubre nada, elimínela
    [one] el hallazgo que cubría vuelve a contar
   *[other] los { $n } hallazgos que cubría vuelven a contar
}
# en-hash: 8290e850
s009-label-expired = vencida
# en-hash: 83ca5b75
s009-label-waiver = dispensa de esta regla

## S010
# en-hash: db303460
s010-message = la dispensa de { $code } { $name } no cubre ningún hallazgo
# en-hash: a8986b01
s010-label-nothing = nada que dispensar
# en-hash: 14f09fb4
s010-label-until = vigente hasta aquí
