### Findings of reading the files: syntax, the schema, what could not be read.
