### The plan cycle: the deadlines and who they fall to, the reasons of a status, the history.

# en-hash: e0fcaee8
cycle-who-point-of-contact = punto de contacto
# en-hash: 81f93dc1
cycle-who-monitoring-body = órgano de monitoreo
# en-hash: 9b026a04
cycle-who-lead = { $name } (responsable)
# en-hash: 78c6c40c
cycle-who-point-of-contact-and-stakeholders = punto de contacto y partes interesadas

# en-hash: 20fb6dbc
cycle-what-first-plan = presentar el primer plan de acción
# en-hash: 203b42e1
cycle-what-latest-end = último día en que puede terminar el plan { $plan } ({ $note })
# en-hash: 84eaf151
cycle-what-latest-end-bare = último día en que puede terminar el plan { $plan }
# en-hash: 0e3ad2af
cycle-what-inception = evaluación inicial del plan { $plan }
# en-hash: 7694595c
cycle-what-change-window = último día para modificar los compromisos iniciales del plan { $plan }
# en-hash: 1ab7b8e0
cycle-what-change-window-commitment = último día para modificar el compromiso { $commitment }
# en-hash: 5d250ede
cycle-what-final-learning = ejercicio final de aprendizaje del plan { $plan }
# en-hash: b5a763c1
cycle-what-tracker = actualización del seguimiento en línea de { $quarter }
# en-hash: 5eccab38
cycle-what-tracker-of-plan = actualización del seguimiento en línea de { $quarter } (plan { $plan })
# en-hash: a9d14a13
cycle-what-year = { $need ->
    [one] { $need } reunión de implementación
   *[other] { $need } reuniones de implementación
} con partes interesadas no gubernamentales en el año { $year } del plan { $plan } (del { $first } al { $last }); { $held ->
    [one] { $held } celebrada
   *[other] { $held } celebradas
}
# en-hash: 9cef7e32
cycle-what-next-plan = presentar el plan que sigue al plan { $plan }
# en-hash: 63b76a1a
cycle-what-communicate = informar al equipo de OGP Local del cambio del { $date } al compromiso { $commitment }
# en-hash: ed366cd2
cycle-what-communicate-withdrawal = informar al equipo de OGP Local del retiro del compromiso { $commitment } (cambio del { $date })
# en-hash: aecdb733
cycle-what-milestone = hito de { $commitment }: { $title }
# en-hash: a4b622fc
cycle-what-commitment-end = { $commitment } implementado por completo: { $title }
# en-hash: 60c83ef9
cycle-what-assessment = evaluación de fin de compromiso de { $commitment }
# en-hash: f2b773ef
cycle-what-planned-assessment = evaluación de fin de compromiso de { $commitment } (si se completa según lo previsto)

# en-hash: 4d8c7af4
cycle-term-ends = el mandato termina el { $end }
# en-hash: 461ab3b8
cycle-term-re-elected = los mandatos de la administración reelegida { $administration } terminan el { $end }
# en-hash: 23500596
cycle-term-of-member = { $member }: { $note }
# en-hash: d085d5e1
cycle-term-plan-after = { $note }; el plan termina el { $end }, después de esa fecha
# en-hash: 2810855f
cycle-term-plan-after-open = { $note }; el plan termina el { $end }, después de esa fecha, lo que solo vale si la administración es reelegida

# en-hash: cfaefa57
cycle-label-added-here = agregado aquí
# en-hash: 88670770
cycle-label-assessed = evaluado
# en-hash: 41946c43
cycle-label-changed-here = modificado aquí
# en-hash: ccc52ac8
cycle-label-communicated = comunicado
# en-hash: e0df5eb4
cycle-label-completed = completado
# en-hash: ce3f8f38
cycle-label-completed-on = completado el { $date }
# en-hash: 9675703e
cycle-label-done = cumplido
# en-hash: 6bb17648
cycle-label-due = vence
# en-hash: 4b41d96b
cycle-label-final-learning = ejercicio final de aprendizaje
# en-hash: 5a98da7a
cycle-label-implementation-started = la implementación comenzó aquí; ninguna actualización del seguimiento desde entonces
# en-hash: e285c0d5
cycle-label-years-count-from-here = los años de implementación se cuentan desde aquí
# en-hash: a30e4900
cycle-label-inception = evaluación inicial
# en-hash: e67958ff
cycle-label-joined-here = se incorporó aquí
# en-hash: 34f476c9
cycle-label-planned-end = fin previsto
# en-hash: 81a292d5
cycle-label-submitted-here = presentado aquí
# en-hash: a1ba8688
cycle-label-submitted-on = presentado el { $date }
# en-hash: a2466763
cycle-label-plan-ends-here = el plan termina aquí
# en-hash: 1c9aadca
cycle-label-plan-ends-on = el plan termina el { $date }
# en-hash: 6ea4dcb1
cycle-label-term-ends-here = el mandato termina aquí
# en-hash: 01e7b415
cycle-label-this-event = este evento
# en-hash: d5e95df3
cycle-label-this-meeting = esta reunión
# en-hash: fce2f4a7
cycle-label-this-update = esta actualización
# en-hash: 9adbe431
cycle-label-the-deadline = el plazo
# en-hash: 6530acfb
cycle-label-last-tracker-update = la última actualización del seguimiento

# en-hash: 643c4ca3
cycle-reason-joined = se incorporó a OGP Local
# en-hash: 0b7dfcb5
cycle-reason-voluntary = pasó a inactivo voluntariamente a pedido del miembro, con reanudación a más tardar el { $date }
# en-hash: a4feff96
cycle-reason-resumed = reanudó tras la inactividad voluntaria
# en-hash: f9b5a606
cycle-reason-submitted = plan { $plan } presentado
# en-hash: 6ebd9fdc
cycle-reason-submitted-no-engagement = el plan { $plan } se presentó sin ninguna reunión de cocreación a la que asistiera una parte interesada no gubernamental
# en-hash: cce48d08
cycle-reason-co-creation-meeting = reunión de cocreación { $meeting } celebrada con partes interesadas no gubernamentales
# en-hash: 95107df7
cycle-reason-engaged-meeting = reunión { $meeting } celebrada con partes interesadas no gubernamentales
# en-hash: 88d1b90a
cycle-reason-progress = la actualización del seguimiento de { $quarter } muestra avances
# en-hash: c80371e5
cycle-reason-year = el año de implementación { $year } del plan { $plan } (del { $first } al { $last }) cerró sin ninguna reunión a la que asistiera una parte interesada no gubernamental
# en-hash: 974e5908
cycle-reason-no-updates = ninguna actualización del seguimiento de { $first } ni de { $second }
# en-hash: c8eba061
cycle-reason-no-progress = las actualizaciones del seguimiento de { $first } y { $second } no muestran avances
# en-hash: 577a2891
cycle-reason-none-then-no-progress = ninguna actualización del seguimiento de { $first }, y la de { $second } no muestra avances
# en-hash: d3da2cfa
cycle-reason-no-progress-then-none = la actualización del seguimiento de { $first } no muestra avances, y no se registró ninguna de { $second }
# en-hash: 9ea0c55b
cycle-reason-six-months = inactivo durante seis meses consecutivos desde el { $date }
# en-hash: c3f63115
cycle-reason-four-months = el período de prueba iniciado el { $date } no terminó en cuatro meses
# en-hash: a38e6cec
cycle-reason-not-resumed = inactivo voluntariamente desde el { $since } y sin reanudar al { $by }, el día acordado para reanudar
# en-hash: 0a680e60
cycle-reason-held = { $reason } (en suspenso durante la inactividad voluntaria)
# en-hash: c021e63f
cycle-reason-plan-due = el { $what } vencía el { $due } y no se presentó
# en-hash: 7ce20b52
cycle-reason-plan-due-moved = el { $what } vencía el { $due } (el { $moved } contando la inactividad voluntaria) y no se presentó
# en-hash: 02b7560a
cycle-reason-owed = el { $what } debía presentarse a más tardar el { $due }, cuatro meses después de recuperar el estado activo, y no se presentó

## Sin artículo: los mensajes que lo usan ponen «el» o «del».
# en-hash: 11211a37
cycle-owe-first-plan = primer plan
# en-hash: 74b35e67
cycle-owe-following = plan que sigue al plan { $plan } (terminado el { $end })

# en-hash: 54ff61ff
cycle-unless-comes-first = antes se produzca { $restore }
# en-hash: 8fc86dd5
cycle-unless-submitted = el { $what } se presente a más tardar el { $date }
# en-hash: 03f84b6e
cycle-unless-year = se celebre a más tardar el { $date } una reunión a la que asista una parte interesada no gubernamental
# en-hash: c188ba5e
cycle-unless-stalled = se registre a más tardar el { $date } una actualización del seguimiento de { $first } o { $second } que muestre avances

# en-hash: 9a2af334
cycle-restore-any = una reunión de cocreación con participación (a la que asista una parte interesada no gubernamental), la presentación de un plan o una actualización del seguimiento que muestre avances
# en-hash: ed7c5e30
cycle-restore-owed = la presentación del { $what } (se debía tras recuperar el estado activo, por lo que nada más cuenta)
# en-hash: 1bc8e2ee
cycle-restore-voluntary = un evento `resumed`, { $any }
# en-hash: 0741b369
cycle-restore-both = { $general }, y una reunión a la que asista una parte interesada no gubernamental
# en-hash: 121dbfae
cycle-restore-engagement = una reunión a la que asista una parte interesada no gubernamental
# en-hash: e66266d7
cycle-restore-revoked = nada: la revocación es definitiva
# en-hash: 285af5d4
cycle-restore-unknown = corregir el archivo para que pueda leerse (`ogp check` indica dónde y cómo); el estado se reconstruye entonces a partir de todos los registros

# en-hash: 7231f324
cycle-unread-misspelt = { $path } tiene `{ $written }`, que parece una errata de `{ $meant }`, una clave de la que depende { $what }; cámbiele el nombre a `{ $meant }`{ $fix ->
    [yes] { " " }(`ogp check --fix` lo hace)
   *[no] {""}
}
# en-hash: 318116f0
cycle-unread-needs-latest-end = el último día en que puede terminar el plan
# en-hash: 5a71695c
cycle-unread-needs-inception = la evaluación inicial
# en-hash: 1f5499bb
cycle-unread-needs-final-learning = el ejercicio final de aprendizaje
# en-hash: 5c0c70aa
cycle-unread-needs-deadline = un plazo
# en-hash: 54f46197
cycle-unread-needs-plan = los plazos del plan
# en-hash: 64cccdba
cycle-unread-needs-status = el estado
# en-hash: f501d223
cycle-unread-said = { $path } no se puede leer ({ $message })
# en-hash: baa7b17b
cycle-unread-key = { $path } no se puede leer (`{ $key }`)
# en-hash: 43139f1a
cycle-unread-key-in = { $path } no se puede leer (`{ $key }` en { $table })
# en-hash: 305fc92a
cycle-unread-file = { $path } no se puede leer
# en-hash: 0304ff0e
cycle-unread-tracker = { $path } tiene una actualización del seguimiento que no se puede leer (se necesitan un trimestre como 2026-Q3 y porcentajes de 0 a 100)


# en-hash: 53681614
history-not-available = historial no disponible: { $why }
# en-hash: 375f94dd
history-not-in-git = `{ $path }` no está en un repositorio git
# en-hash: 9400a13a
history-shallow = el clon es superficial; descargue el historial completo (en GitHub Actions: actions/checkout con fetch-depth: 0)
# en-hash: 1cfc1350
history-partial = clon parcial: el repositorio git en { $path } es un clon parcial ("blobless"), sin los archivos de los commits anteriores; clónelo completo (en GitHub Actions: actions/checkout sin `filter`, con fetch-depth: 0)
# en-hash: 4733400e
history-damaged = el repositorio git en { $path } está dañado: { $what }
# en-hash: 2ba6fd5f
history-format = formato de repositorio no compatible ({ $what }): el repositorio git en { $path } usa un formato que ogp aún no puede leer; se puede verificar un clon hecho con el formato predeterminado de git
# en-hash: acf278b4
history-no-common-ancestor = --new-since { $rev }: { $rev } y HEAD no tienen ningún antecesor común en este clon (un clon superficial solo descarga { $rev }), así que la verificación compara con { $rev } mismo
