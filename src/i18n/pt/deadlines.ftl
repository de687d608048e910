### The plan cycle: the deadlines and who they fall to, the reasons of a status, the history.
