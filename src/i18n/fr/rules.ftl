### translation in progress
### The documentation of every rule: its translation is being written and replaces this
### placeholder. Until then `ogp explain` and `ogp rules` show the rules' English text (a
### message missing from a language is taken from English), and
### `OGP_TRANSLATION=xx cargo test --lib i18n` lists every message still to translate.
