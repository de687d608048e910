### Findings of the commitments, the structure of the records and the monitoring.
