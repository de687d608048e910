### Hallazgos de los compromisos, de la estructura de los registros y del monitoreo.

## Familia C: los compromisos de un plan.
# en-hash: 3396511e
c201-draft-over-cap = el borrador del plan tiene { $n } compromisos; { $kind ->
    [joint] un plan de acción conjunto
   *[single] una sola jurisdicción
} puede tener { $limit } a la vez
# en-hash: 38867385
c201-label-one-too-many = el compromiso número { $n } excede el límite
# en-hash: 7fb206af
c201-over-cap = { $n } compromisos ocupan cupos el { $day }; { $kind ->
    [joint] un plan de acción conjunto
   *[single] una sola jurisdicción
} puede tener { $limit }
# en-hash: 05e3c02a
c201-over-cap-help = un compromiso libera su cupo cuando se completa y se registra su evaluación de fin de compromiso, o cuando se retira; añada compromisos nuevos después de eso
# en-hash: 59f4a889
c201-label-takes-slot = el compromiso { $id } ocupa el cupo { $n }
# en-hash: 2f159299
c201-label-submitted-with-plan = presentado aquí con el plan
# en-hash: a8aa2863
c202-submitted-with-fewer = el plan se presentó el { $day } con { $n ->
    [one] { $n } compromiso
   *[other] { $n } compromisos
}; debe comenzar con cinco
# en-hash: 21c76cf6
c202-draft-with-fewer = el borrador del plan tiene { $n ->
    [one] { $n } compromiso
   *[other] { $n } compromisos
}; debe presentarse con cinco
# en-hash: c0df03da
c202-label-submitted-here = presentado aquí
# en-hash: e25d6ae4
c202-label-this-plan = este plan
# en-hash: 293cb0e4
c203-starts-before-plan = el compromiso { $id } comienza el { $start }, antes de que comience su plan, el { $plan_start }
# en-hash: 6b70f41e
c203-starts-before-plan-help = haga comenzar el compromiso el { $plan_start } o después
# en-hash: 378a5c73
c203-ends-after-plan = el compromiso { $id } termina el { $end }, después de que termine su plan, el { $plan_end }
# en-hash: 31655399
c203-ends-after-plan-help = planifique el compromiso para que esté plenamente implementado a más tardar el { $plan_end }
# en-hash: 091e703e
c203-label-before-plan = antes del plan
# en-hash: a75a1ec5
c203-label-plan-starts-here = el plan comienza aquí
# en-hash: 9f9319b8
c203-label-after-plan = después del plan
# en-hash: f13bfdeb
c203-label-plan-ends-here = el plan termina aquí
# en-hash: 06ff0695
c203-milestone-before-start = el hito "{ $title }" del compromiso { $id } vence el { $due }, antes de que comience el compromiso, el { $start }
# en-hash: 0e339f00
c203-milestone-before-start-help = fije la fecha de vencimiento del hito el { $start } o después, o haga comenzar antes el compromiso (dentro del plan)
# en-hash: dbdb0967
c203-milestone-after-plan = el hito "{ $title }" del compromiso { $id } vence el { $due }, después de que termine su plan, el { $plan_end }
# en-hash: c3c2d206
c203-milestone-after-plan-help = fije la fecha de vencimiento del hito el { $plan_end } o antes: el compromiso se implementa plenamente dentro del plan
# en-hash: 39e7e0d9
c203-label-before-commitment-starts = antes de que comience el compromiso
# en-hash: 84457ee9
c203-label-commitment-starts-here = el compromiso comienza aquí
# en-hash: 9725f58d
c204-no-lead = el compromiso { $id } no indica la institución responsable de su implementación
# en-hash: 56438372
c204-no-lead-help = añada lead = "<id de la parte interesada>" con la institución responsable
# en-hash: 5e3e555e
c204-label-no-lead = sin institución responsable
# en-hash: d66b13c9
c204-no-dated-milestone = el compromiso { $id } no tiene ningún hito con fecha de vencimiento
# en-hash: 2332f987
c204-no-dated-milestone-help = añada [[milestone]] con title y due, para poder medir el avance
# en-hash: ae7f6c71
c204-label-no-dated-milestone = ningún hito con fecha
# en-hash: 12ee54d3
c205-no-co-creation = el compromiso { $id } ({ $when }) no indica ninguna reunión de cocreación con un participante no gubernamental celebrada hasta esa fecha
# en-hash: e33327da
c205-when-added = añadido el { $day }
# en-hash: 43503a16
c205-when-submitted = presentado el { $day }
# en-hash: 6b1365fe
c205-when-draft = en el borrador
# en-hash: 7df9d696
c205-label-no-qualifying-meeting = ninguna reunión válida aquí
# en-hash: 6b746fc3
c205-label-no-co-created-in = falta co_created_in
# en-hash: 600c3f3a
c206-after-window = el compromiso { $id } { $what ->
    [withdrawn] se retiró
   *[changed] se modificó
} el { $day }, más de seis meses después de su presentación el { $entered } (el período de cambios se cerró el { $closed })
# en-hash: 834cc129
c206-label-after-window = fuera del período de cambios
# en-hash: dc484dde
c206-label-submitted-here = presentado aquí
# en-hash: 66960676
c207-withdrawn-without-change = el compromiso { $id } se retiró el { $day } sin ningún [[change]] con fecha de ese día o de hasta 30 días antes; el retiro no libera ningún cupo
# en-hash: dc98bd34
c207-withdrawn-without-change-help = registre el retiro como un [[change]] con su date, summary, approved_by y communicated
# en-hash: 08f71c7d
c207-label-withdrawn-without-change = retirado sin un cambio registrado
# en-hash: 42021b7f
c207-no-approval = el cambio del { $day } al compromiso { $id } no registra ninguna aprobación
# en-hash: ada97d5a
c207-approved-by-others = el cambio del { $day } al compromiso { $id } está aprobado por { $approvers }, pero ninguno de ellos es una parte interesada no gubernamental que haya participado en la cocreación
# en-hash: 6ac7ca1a
c207-approval-help = registre en approved_by las partes interesadas no gubernamentales de las reuniones de cocreación que aprobaron el cambio
# en-hash: dd02c783
c207-label-not-approved = sin aprobación de una parte interesada no gubernamental de la cocreación
# en-hash: 0a9dfab9
c207-communicated-late = el cambio del { $day } al compromiso { $id } se comunicó al equipo de OGP Local el { $told }, después del mes siguiente al cambio (a más tardar el { $by })
# en-hash: d9b533c7
c207-communicated-late-help = no hay nada que corregir ahora; comunique el próximo cambio al equipo de OGP Local dentro de un mes
# en-hash: 90853aff
c207-label-communicated-late = comunicado con retraso
# en-hash: 01c8ee8f
c207-label-changed-here = modificado aquí
# en-hash: 1da61b9d
c207-not-communicated = el cambio del { $day } al compromiso { $id } no se ha comunicado al equipo de OGP Local (vence el { $by })
# en-hash: b29b1d7f
c207-not-communicated-help = comuníquelo al equipo de OGP Local y registre la fecha en `communicated`
# en-hash: b65e518f
c207-label-not-communicated = no comunicado
# en-hash: 1241ad84
c208-overdue = el hito "{ $title }" del compromiso { $id } vencía el { $due } y no está cumplido
# en-hash: 08126723
c208-help-window-open = registre `done` cuando se haya cumplido, o acuerde una nueva fecha de vencimiento mediante un cambio aprobado (posible hasta el { $close })
# en-hash: b755a3c3
c208-help-window-closed = registre `done` cuando se haya cumplido; el período de cambios se cerró el { $close }, así que el hito sigue venciendo según lo planificado y el seguimiento puede explicar por qué está retrasado
# en-hash: 20f6b979
c208-help = registre `done` cuando se haya cumplido, o acuerde una nueva fecha de vencimiento mediante un cambio aprobado
# en-hash: 7bb3d7a5
c208-label-overdue = vencido
# en-hash: 53e640d2
c209-no-value = el compromiso { $id } no indica ninguno de los valores transparency, participation, accountability
# en-hash: ab76acbc
c209-label-no-ogp-value = ningún valor de OGP
# en-hash: 8f6b302d
c209-label-no-values = sin valores
# en-hash: e4343def
c210-not-ended = el compromiso { $id } debía terminar el { $due } y al { $as_of } no está completado ni retirado
# en-hash: 4f729063
c210-label-end-passed = fin previsto ya pasado

## Familia M: el órgano de monitoreo, las evaluaciones y el seguimiento.
# en-hash: d25acc25
m301-no-body = el plan no indica ningún órgano de monitoreo
# en-hash: db9e5a64
m301-no-body-help = añada [monitoring_body] con name, stakeholder y endorsed_by
# en-hash: 914b9da4
m301-label-this-plan = este plan
# en-hash: 1134c213
m301-no-stakeholder = el órgano de monitoreo no tiene un id en `stakeholder`, así que nadie puede saber si es independiente
# en-hash: 41b3352a
m301-no-stakeholder-help = añada el órgano a [[stakeholder]] en jurisdiction.toml y escriba stakeholder = "<su id>"
# en-hash: 5c7bf2b1
m301-label-no-stakeholder = sin id de parte interesada
# en-hash: 2d53d73d
m301-government = el órgano de monitoreo `{ $id }` es una parte interesada gubernamental; debe ser independiente
# en-hash: 4f1d7a5e
m301-government-help = elija un órgano independiente, como una universidad o un centro de investigación
# en-hash: 81dccc23
m301-label-government = sector gubernamental
# en-hash: a99024a0
m301-endorsed-later = el órgano de monitoreo solo tiene respaldo a partir del { $day }
# en-hash: 572f640b
m301-no-endorser = ninguna parte interesada no gubernamental respalda al órgano de monitoreo
# en-hash: 39c5f8d9
m301-no-ngs-endorser = ninguna de las partes que respaldan al órgano de monitoreo es una parte interesada no gubernamental
# en-hash: 9399cfe5
m301-endorses-itself = el órgano de monitoreo se respalda a sí mismo; deben respaldarlo las partes interesadas no gubernamentales que participan en el proceso
# en-hash: cd5ab73c
m301-endorsers-absent = ninguna de las partes que respaldan al órgano de monitoreo ({ $endorsers }) asistió a una reunión del plan; deben respaldarlo partes interesadas no gubernamentales que participen en el proceso
# en-hash: f12692f4
m301-endorsement-help = indique en endorsed_by las partes interesadas no gubernamentales que respaldaron al órgano de monitoreo
# en-hash: 734d6e3c
m301-label-not-endorsed = sin respaldo de una parte interesada no gubernamental

## Lo que vence en M302, M303 y M304: el $what de los dos mensajes de abajo (con artículo).
# en-hash: 2876657f
m302-what = la evaluación inicial
# en-hash: 18a3c413
m302-help = registre [assessments] inception = <fecha> cuando el órgano de monitoreo la presente
# en-hash: ba4c7f04
m303-what = la evaluación de fin de compromiso de { $id }
# en-hash: 7dbabed6
m303-help = registre assessed = <fecha> en el compromiso cuando el órgano de monitoreo la presente
# en-hash: ac334636
m304-what = el ejercicio final de aprendizaje
# en-hash: 3cdbc0b6
m304-help = registre [assessments] final_learning = <fecha> cuando se presente
# en-hash: b2c80e50
m-due-late = { $what } se presentó el { $on }, después de su vencimiento el { $due }
# en-hash: 13cc8aa9
m-due-late-help = no hay nada que corregir ahora: está registrado
# en-hash: 7cfc4be5
m-due-missing = { $what } vencía el { $due } y al { $as_of } no consta en los registros
# en-hash: 0a4f8dfe
m-still-missing = aún falta registrar: { $what } (vencía el { $due })
# en-hash: 7ba4c3ff
m-label-late = con retraso
# en-hash: 53f703e9
m-label-due = { $what }: vencía el { $due }
# en-hash: 68441125
m305-late = la actualización del seguimiento de { $quarter } se registró el { $on }, después de su vencimiento el { $due }
# en-hash: bee19270
m305-late-help = no hay nada que corregir ahora; registre la actualización del próximo trimestre dentro del mes siguiente a su fin
# en-hash: fbc9298d
m305-missing = no hay ninguna actualización del seguimiento de { $quarter } (el trimestre terminó el { $ended }; la actualización vencía el { $due })
# en-hash: 8140592a
m305-missing-help = actualice el seguimiento en línea y añada [[update]] quarter = "{ $quarter }" a tracker.toml
# en-hash: 2cd65f02
m305-label-last-update = la última actualización anterior es la de { $quarter }
# en-hash: 6399325a
m305-label-implementation-started = la implementación comenzó aquí

## Familia S: los valores y las referencias de los registros. Las claves, tablas y nombres de
## archivo (`members`, [[term]], jurisdiction.toml) se escriben tal cual en los archivos.
# en-hash: 82c11756
s002-joint-too-few-members = un plan de acción conjunto necesita dos o más miembros; { $n ->
    [one] se indica { $n }
   *[other] se indican { $n }
}
# en-hash: 7ced06e3
s002-label-too-few-members = menos de dos miembros
# en-hash: 60352740
s002-joint-no-members = un plan de acción conjunto necesita `members`, las jurisdicciones que participan
# en-hash: f7e59935
s002-label-joint = conjunto
# en-hash: 8e605f2f
s002-joint-no-members-help = añada members = ["...", "..."] con las jurisdicciones del plan conjunto
# en-hash: 77f8c17e
s002-several-ids = `{ $value }` no es un solo id: un compromiso tiene un id, y cada compromiso un archivo propio
# en-hash: f057b7d7
s002-label-several-ids = más de un id
# en-hash: bb387919
s002-several-ids-help = deje un solo id aquí, como en id = "{ $first }", y escriba el otro compromiso en un archivo propio en commitments/
# en-hash: f8c6e5f6
s002-empty = `{ $key }` está vacío; es obligatorio
# en-hash: c5dda8bd
s002-label-empty = vacío
# en-hash: 76992bd6
s002-empty-help = escriba el valor de { $key } entre las comillas
# en-hash: 13c8bd80
s002-no-point-of-contact = no hay ningún [point_of_contact] registrado; necesita `name` y `email`
# en-hash: c1bf6282
s002-label-this-jurisdiction = esta jurisdicción
# en-hash: d1ba2d83
s002-no-point-of-contact-help = añada [point_of_contact] con name, email y office de la persona que coordina la participación del miembro
# en-hash: 78296402
s002-incomplete-point-of-contact = el [point_of_contact] no tiene { $missing ->
    [name] `name`
    [email] `email`
   *[both] `name` ni `email`
}
# en-hash: c5ccacfc
s002-label-incomplete-point-of-contact = punto de contacto incompleto
# en-hash: 396fffa8
s002-incomplete-point-of-contact-help = indique el nombre y el correo electrónico del punto de contacto, para que las partes y la Unidad de Apoyo puedan comunicarse con esa persona
# en-hash: 55d61582
s002-no-term = no hay ningún mandato de gobierno registrado; una jurisdicción con elecciones necesita el start y el end de su [[term]]
# en-hash: 489a8a07
s002-no-term-help = añada [[term]] con start y end de la administración actual, o escriba elections = false
# en-hash: 0e1a31ba
s002-extension-no-until = un evento de prórroga necesita `until`, el nuevo plazo
# en-hash: 0458c192
s002-label-extension-no-until = prórroga sin until
# en-hash: d06b2bde
s002-extension-no-until-help = añada until = AAAA-MM-DD, el plazo que concedió la Unidad de Apoyo
# en-hash: c1361952
s002-not-a-quarter = `{ $value }` no es un trimestre; escriba el año y el trimestre así: 2026-Q3
# en-hash: f4a04254
s002-no-such-quarter = `{ $value }` no tiene trimestre Q{ $q }; un año tiene los trimestres Q1 a Q4
# en-hash: b408d575
s002-label-not-a-quarter = no es un trimestre
# en-hash: e8c8f13d
s002-quarter-fix-help = escriba quarter = "{ $quarter }"; `ogp check --fix` hace este cambio por usted
# en-hash: a3000218
s002-progress-range = el avance de { $id } es { $value }%; un porcentaje está entre 0 y 100
# en-hash: 4254bdb7
s002-label-progress-range = fuera de 0..=100

# en-hash: cd86b731
s004-unknown-stakeholder = { $role ->
    [monitoring-body] el órgano de monitoreo
    [monitoring-body-endorser] la parte que respalda al órgano de monitoreo
    [endorser] la parte que respalda el plan
    [attendee] el participante
    [lead] la institución responsable
   *[approver] la parte que aprueba
} `{ $id }` no es una parte interesada definida en jurisdiction.toml
# en-hash: 50c46089
s004-unknown-stakeholder-hint = ¿quiso decir `{ $hint }`? Si no, añada un [[stakeholder]] con este id
# en-hash: 63351f25
s004-unknown-stakeholder-help = añada un [[stakeholder]] con este id en jurisdiction.toml, o corrija el id
# en-hash: 6fca9916
s004-label-unknown-stakeholder = parte interesada desconocida
# en-hash: ef0b2738
s004-name-for-id-help = `{ $name }` es el nombre de la parte interesada `{ $id }`; los demás archivos nombran a una parte interesada por su id: escriba `{ $id }` (`ogp check --fix` hace este cambio por usted)
# en-hash: 1dbd97ff
s004-unknown-meeting = la reunión `{ $id }` no está en el meetings.toml de este plan
# en-hash: 51d3d35b
s004-unknown-meeting-hint = ¿quiso decir `{ $hint }`? Si no, añada la reunión ([[meeting]]) a meetings.toml
# en-hash: b826da1e
s004-unknown-meeting-help = añada la reunión ([[meeting]]) a plans/<id-del-plan>/meetings.toml, o corrija el id
# en-hash: 6eb82156
s004-label-unknown-meeting = reunión desconocida
# en-hash: 45e4e749
s004-unknown-commitment = el compromiso `{ $id }` no es un compromiso de este plan
# en-hash: 4d543a46
s004-did-you-mean = ¿quiso decir `{ $hint }`?
# en-hash: c3bd9536
s004-unknown-commitment-help = use el `id` de uno de los compromisos de la carpeta commitments/ de este plan
# en-hash: b458cdea
s004-label-unknown-commitment = compromiso desconocido
# en-hash: 7c3b3656
s004-recased-help = escriba `{ $id }`, tal como está definido; `ogp check --fix` hace este cambio por usted
# en-hash: d24f2254
s004-unknown-member = el miembro `{ $id }` del mandato no es uno de los `members` del plan conjunto
# en-hash: 6be8e3ea
s004-unknown-member-hint = ¿quiso decir `{ $hint }`? `member` nombra uno de los `members`
# en-hash: bf85e6c4
s004-unknown-member-help = indique uno de los `members` ({ $members }), o quite `member` para el mandato del gobierno principal
# en-hash: d4386736
s004-member-not-joint-help = `member` sirve para los mandatos de los miembros de un plan conjunto (kind = "joint" con `members`); quítelo en una sola jurisdicción
# en-hash: 74ac79f4
s004-label-unknown-member = miembro desconocido

# en-hash: 6ea629c6
s005-defined-twice = { $what ->
    [stakeholder] hay dos partes interesadas con el id `{ $id }`
    [commitment] hay dos compromisos con el id `{ $id }`
    [meeting] hay dos reuniones con el id `{ $id }`
   *[tracker-quarter] hay dos actualizaciones del seguimiento del trimestre `{ $id }`
}
# en-hash: 2f679f74
s005-defined-twice-help = dé a cada uno su propio id, o combine las dos entradas
# en-hash: a0d82b8d
s005-label-defined-again = definido de nuevo aquí
# en-hash: a36e1789
s005-label-first-defined = definido por primera vez aquí

# en-hash: 9e8b2171
s006-ends-before-start = { $what } termina el { $end }, antes de comenzar el { $start }
# en-hash: 3129364e
s006-what-plan = el plan
# en-hash: b1aa59fa
s006-what-strategy = la estrategia de mediano plazo
# en-hash: 6fe44eb4
s006-what-commitment = el compromiso { $id }
# en-hash: d7725d64
s006-what-term = el mandato
# en-hash: 31134448
s006-what-extension = la prórroga
# en-hash: 623a0b70
s006-what-inactivity = la inactividad voluntaria
# en-hash: 9c6490ba
s006-label-ends-here = termina aquí
# en-hash: 0d9ec0a6
s006-label-starts-here = comienza aquí
# en-hash: 06eb25da
s006-inception-before-submission = la evaluación inicial tiene fecha del { $day }, antes de que se presentara el plan el { $submitted }
# en-hash: 72715f62
s006-label-assessed-here = evaluado aquí
# en-hash: b206da1c
s006-label-submitted-here = presentado aquí
# en-hash: 07173380
s006-final-learning-before-end = el ejercicio final de aprendizaje tiene fecha del { $day }, antes de que termine el plan el { $end }
# en-hash: f0e62296
s006-label-dated-here = fechado aquí
# en-hash: a6cf745a
s006-label-plan-ends-here = el plan termina aquí
# en-hash: 89e9746f
s006-update-before-submission = la actualización del seguimiento de { $quarter } tiene fecha del { $day }, antes de que se presentara el plan el { $submitted }; no cuenta como actualización
# en-hash: 4d7642d2
s006-update-before-submission-help = corrija la fecha de la actualización, o elimínela: el seguimiento se actualiza una vez presentado el plan
# en-hash: f810abeb
s006-label-before-submission = antes de la presentación
# en-hash: 516d0cba
s006-before-entry = el compromiso { $id } { $what ->
    [withdrawn] se retiró
   *[changed] se modificó
} el { $day }, antes de entrar en el plan el { $entered }
# en-hash: 44e6b3ac
s006-before-entry-help = corrija la fecha: un compromiso solo puede modificarse o retirarse una vez que forma parte del plan presentado
# en-hash: 9bc6b64d
s006-label-before-entry = antes de que el compromiso entrara en el plan
# en-hash: 20caa4ea
s006-label-added-here = añadido aquí
# en-hash: b51f5252
s006-label-this-commitment = este compromiso
# en-hash: 1673361f
s006-assessed-before-completed = el compromiso { $id } se evaluó el { $assessed }, antes de completarse el { $completed }
# en-hash: 30024d58
s006-label-completed-here = completado aquí
# en-hash: 89965bd9
s006-completed-before-start = el compromiso { $id } se completó el { $completed }, antes de comenzar el { $start }
# en-hash: f150c4d4
s006-updates-without-submission = el seguimiento registra { $n ->
    [one] { $n } actualización
   *[other] { $n } actualizaciones
} del plan { $plan }, que no registra ninguna presentación; hasta que se registre `submitted` en plan.toml, ninguna actualización cuenta
# en-hash: 51630e44
s006-updates-without-submission-help = si el plan se presentó, registre `submitted = <fecha>` en plan.toml; un plan que aún está en cocreación no tiene actualizaciones del seguimiento
# en-hash: e272a302
s006-label-no-submission = ninguna presentación registrada
# en-hash: 6728b63f
s006-label-plan-no-submitted = este plan no registra `submitted`

# en-hash: 3c545823
s008-future = { $what ->
    [submission] la presentación
    [endorsement] el respaldo
    [monitoring-body-endorsement] el respaldo al órgano de monitoreo
    [inception] la evaluación inicial
    [final-learning] el ejercicio final de aprendizaje
    [addition] la incorporación
    [completion] la finalización
    [assessment] la evaluación de fin de compromiso
    [withdrawal] el retiro
    [milestone-completion] el cumplimiento del hito
    [change] el cambio
    [communication] la comunicación de un cambio
    [meeting] la reunión
    [tracker-update] la actualización del seguimiento
   *[event] el evento
} tiene fecha del { $day }, posterior a hoy ({ $today }); se ignora hasta entonces
# en-hash: a628e6d7
s008-label-future = en el futuro
