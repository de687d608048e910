### `ogp calendar`: o título, as colunas e os estados de um prazo.

# en-hash: e3f48219
calendar-title = Prazos (situação em { $date })
# en-hash: 1517046c
calendar-column-date = data
# en-hash: 92e29202
calendar-column-jurisdiction = jurisdição
# en-hash: c93f50da
calendar-column-state = estado
# en-hash: 1d10991c
calendar-column-what = o quê
# en-hash: 1ef1a68a
calendar-column-who = quem

# en-hash: 47f565a9
calendar-state-done = cumprido em { $date }
# en-hash: 840fe3ad
calendar-state-late = cumprido com atraso em { $date }
# en-hash: 7a4a2669
calendar-state-overdue = vencido
# en-hash: c129e0e0
calendar-state-due-soon = vence em breve
# en-hash: e71c2b0f
calendar-state-upcoming = a vencer
# en-hash: e4b5cf33
calendar-state-closed = encerrado
# en-hash: 36ec2dd5
calendar-state-excused = dispensado
# en-hash: 946b74ad
calendar-state-missed = não cumprido
# en-hash: dc43ed69
calendar-state-unknown = desconhecido

# en-hash: e2bf6ef2
calendar-what-status = a situação passa a ser { $status }
# en-hash: 12e0934f
calendar-what-status-unless = a situação passa a ser { $status }, a menos que { $unless }
# en-hash: 03de354b
calendar-what-resume-by = retomar até este dia após a inatividade voluntária (registre um evento `resumed`); caso contrário, o membro entra em período probatório no dia seguinte
# en-hash: d2d7bb1f
calendar-what-owed = enviar o { $what }: devido desde o retorno à situação ativa
# en-hash: 39b4673b
calendar-what-waiver = a dispensa de { $rule } para { $target } expira (renove-a ou corrija o apontamento)
# en-hash: 0ca3230a
calendar-ics-description = Responsável: { $who }
    Situação em { $date }: { $state }
# en-hash: bc7ea3c7
calendar-ics-rule = Verificado pela regra { $rule } (ogp explain { $rule })
