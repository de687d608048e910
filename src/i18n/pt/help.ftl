### `--help` de cada comando. As opções, os valores, os nomes de arquivo e as variáveis
### (--out, DIR, YYYY-MM-DD, OGP_LANG, plan.toml) se escrevem como estão.

# en-hash: 2c303252
help-cmd = Verifica os planos de ação do OGP Local mantidos como arquivos TOML de acordo com o Manual do OGP Local.
# en-hash: 58be080e
help-after =
    Códigos de saída:
      0  nenhum erro (os avisos não contam, a não ser com --deny-warnings)
      1  apontamentos com erros (com --deny-warnings: ou avisos)
      2  um erro de uso, ou um caminho que não pode ser lido
# en-hash: 1fefdc1b
help-arg-lang = O idioma das mensagens: en, es, fr ou pt [padrão: OGP_LANG, depois o idioma do sistema (LC_ALL, LC_MESSAGES, LANG), depois en]

# en-hash: 300f7447
help-common-as-of = Avaliar nesta data (YYYY-MM-DD) em vez de hoje: os fatos com data posterior são ignorados
# en-hash: dfab0484
help-common-color = Quando usar cores; NO_COLOR no ambiente as desativa para auto
# en-hash: 5ea23290
help-common-paths = Raízes de jurisdições ou pastas que contêm várias
# en-hash: bc3da9a3
help-common-path = A raiz de uma jurisdição
# en-hash: c8e2fd02
help-common-width = Ajustar as tabelas a este número de colunas (padrão: a largura do terminal, ou 100)
# en-hash: 82384143
help-common-format = Formato de saída

# en-hash: 8f00b2ec
help-cmd-check = Verificar repositórios de planos com cada regra do manual
# en-hash: b771e5c1
help-after-check = { help-after }
# en-hash: 72434726
help-arg-check-paths = Raízes de jurisdições (pastas com jurisdiction.toml), pastas que contêm várias, ou qualquer arquivo ou pasta dentro de um repositório de plano (esse repositório é verificado). Sem PATH: a pasta atual, ou o repositório de plano em que ela está
# en-hash: 81844e93
help-value-check-format-human = Relatórios com o valor problemático sublinhado, para pessoas
# en-hash: 7130c292
help-value-check-format-short = Uma linha por apontamento (`path:line:col: CODE [severity] message`), depois o resumo
# en-hash: c3e29852
help-value-check-format-json = O relatório estável e versionado (suas chaves estão em docs/format.md)
# en-hash: d33991a6
help-value-check-format-github = Anotações do GitHub Actions, mais um resumo em Markdown em $GITHUB_STEP_SUMMARY
# en-hash: 0b44ac44
help-value-check-format-sarif = SARIF 2.1.0, para a varredura de código do GitHub e outros visualizadores
# en-hash: a4ba538b
help-value-check-format-junit = JUnit XML: um conjunto de testes por jurisdição, um caso de teste por regra
# en-hash: a4265338
help-arg-check-deny-warnings = Sair com 1 também quando houver avisos
# en-hash: 0f3a37de
help-arg-check-new-since = Relatar só os apontamentos que o commit REV não tinha (um branch, tag ou id de commit, p. ex. a base de um pull request); os demais são contados no resumo. Lê REV dos objetos do git: sem checkout, nada é escrito
# en-hash: b5fda4c3
help-arg-check-no-history = Não ler o histórico do git (sem C211 unrecorded-change, sem "histórico não disponível")
# en-hash: c01acc97
help-arg-check-fix = Corrigir no lugar os erros seguros e mecânicos (datas escritas 20/08/2026, 2026-8-20 ou entre aspas; aspas tipográficas; uma chave desconhecida com uma única sugestão clara), dizer o que mudou e verificar de novo. Só esses bytes mudam; um arquivo que deixaria de poder ser lido fica como estava
# en-hash: 046b3fb7
help-arg-check-diff = Mostrar como diff as correções que --fix faria, sem escrever nada (sai com 1 quando há algo a corrigir)
# en-hash: 0d075b06
help-arg-check-output = Escrever também FORMAT em PATH (repetível), p. ex. --output sarif=ogp.sarif --output json=report.json
# en-hash: 8f6c308a
help-arg-check-select = Relatar só estas regras: códigos (C208), famílias (C, C2) ou nomes; repetível ou separado por vírgulas
# en-hash: 832aa29a
help-arg-check-ignore = Não relatar estas regras: códigos (C208), famílias (C, C2) ou nomes; repetível ou separado por vírgulas

# en-hash: ace0fc90
help-cmd-status = Situação de adesão de cada jurisdição: desde quando, por quê, histórico, próxima mudança
# en-hash: 37a975a6
help-cmd-calendar = Cada prazo que decorre do manual, com quem é responsável e seu estado
# en-hash: 5cfe5351
help-arg-calendar-path = A raiz de uma jurisdição (ou uma pasta de jurisdições)
# en-hash: e0186bab
help-arg-calendar-from = Só os prazos a partir desta data
# en-hash: 64e626e9
help-arg-calendar-to = Só os prazos até esta data, inclusive

# en-hash: 28d3a89b
help-cmd-timeline = O ciclo do plano mês a mês (a Figura 1 do manual para o plano real)
# en-hash: edfefccd
help-arg-timeline-by = Uma coluna por mês ou por trimestre (padrão: trimestres para Markdown, meses nos demais casos)
# en-hash: b1d9f13b
help-arg-timeline-from = Começar o gráfico no mês desta data (padrão: o início da cocriação do plano)
# en-hash: f5cd4a13
help-arg-timeline-to = Terminar o gráfico no mês desta data (padrão: o último prazo do plano)
# en-hash: 4f6a4e16
help-arg-timeline-plan = O plano a desenhar: seu id (nome da pasta em plans/), `current` (o padrão: o plano em cocriação ou em implementação) ou `all`
# en-hash: d8373a6e
help-arg-timeline-width = Ajustar a tabela a este número de colunas, dividindo os meses em blocos (padrão: a largura do terminal, ou 100)

# en-hash: ee7ecf80
help-cmd-agenda = O informe para uma reunião do fórum: o que foi feito desde a anterior, o que está vencido, o que vence antes da próxima
# en-hash: ce114d91
help-arg-agenda-since = Relatar o que foi feito depois desta data (padrão: a reunião anterior em meetings.toml)
# en-hash: 0bc298cb
help-arg-agenda-until = Listar o que vence até esta data (padrão: 90 dias depois da data de avaliação)
# en-hash: 56ac1f8d
help-value-agenda-format-markdown = Títulos e tabelas que se colam numa ata e aparecem no GitHub
# en-hash: bee8869a
help-value-agenda-format-html = Uma página para imprimir ou compartilhar
# en-hash: 502d32bf
help-value-agenda-format-json = O JSON versionado do informe

# en-hash: 6767afc0
help-cmd-site = Escrever um site público estático: a situação, os compromissos, o calendário e os apontamentos de cada jurisdição
# en-hash: 6428a9ab
help-after-site = Com vários idiomas (--lang pt,en), cada idioma é escrito numa pasta própria (DIR/pt/, DIR/en/), cada página leva à mesma página nos outros idiomas e DIR/index.html leva ao primeiro.
# en-hash: 95d70698
help-arg-site-out = A pasta em que escrever o site (criada se não existir)
# en-hash: bfaf0fd1
help-arg-site-overwrite = Substituir arquivos de DIR que um `ogp site` anterior não escreveu

# en-hash: 3a62b9bc
help-cmd-rules = Listar cada regra com seu código, nome, gravidade padrão e resumo

# en-hash: cf8b6d88
help-cmd-explain = Mostrar a documentação de uma regra (por código ou por nome)
# glossary-exempt: commitment: commitment-cap é o nome de uma regra e fica em inglês
# en-hash: 0e99e46f
help-arg-explain-code = Um código de regra como C201, ou um nome como commitment-cap
# en-hash: a997081b
help-arg-explain-format = text: para ler num terminal; markdown: o mesmo com suas marcas de Markdown, como em docs/rules.md [padrão: text num terminal, markdown quando redirecionado]

# en-hash: 8827f084
help-cmd-schema = Mostrar os JSON Schema dos arquivos do plano (ou escrevê-los numa pasta)
# en-hash: fb21c247
help-arg-schema-out = Escrever cada esquema como <DIR>/<kind>.schema.json em vez de mostrá-los
# en-hash: 2f51c250
help-arg-schema-overwrite = Substituir os arquivos de esquema de DIR que diferem do que esta versão do ogp escreve (um arquivo que já diz o mesmo fica como está)

# en-hash: e2ee7fe6
help-cmd-init = Criar um novo repositório de plano em DIR: todos os arquivos, comentados, prontos para `ogp check`
# en-hash: 2706ee56
help-arg-init-dir = A pasta a criar (ou uma pasta existente sem arquivos do plano, p. ex. um clone recém-feito); a pasta atual se não for indicada
# en-hash: 7c3778cc
help-arg-init-name = O nome do membro [padrão: o nome da pasta]
# en-hash: c73a828c
help-arg-init-country = O país do membro [padrão: um TODO a preencher]
# en-hash: 50d14f9d
help-arg-init-joined = A data em que o membro aderiu ao OGP Local, YYYY-MM-DD [padrão: hoje]
# en-hash: 900a1d6c
help-arg-init-joint = Um plano de ação conjunto destas jurisdições membros (separadas por vírgulas, duas ou mais)
# en-hash: 76becc87
help-arg-init-term-end = O fim do mandato atual do governo, YYYY-MM-DD [padrão: quatro anos depois da adesão]

# en-hash: 0577f3ea
help-cmd-completions = Mostrar um script de autocompletar do shell, ou escrevê-lo onde o shell o carrega (`--install`)
# en-hash: 832e9af9
help-after-completions =
    Exemplos:
      ogp completions bash --install    # ~/.local/share/bash-completion/completions/ogp
      ogp completions fish --install    # ~/.config/fish/completions/ogp.fish
      ogp completions zsh --install     # ~/.zfunc/_ogp (adicione ~/.zfunc ao fpath em ~/.zshrc)
      ogp completions powershell --out ogp.ps1

    Um arquivo existente só é substituído com --overwrite.
# en-hash: 82ec7bbb
help-arg-completions-shell = O shell para o qual completar
# en-hash: 8b1e09ba
help-arg-completions-out = Escrever o script em PATH em vez de mostrá-lo; se PATH for uma pasta, dentro dela com o nome habitual do shell (ogp, _ogp, ogp.fish, _ogp.ps1, ogp.elv). As pastas que faltam são criadas
# en-hash: 68e72ef1
help-arg-completions-install = Escrever o script onde o shell o carrega para o seu usuário: bash (com o pacote bash-completion) $XDG_DATA_HOME/bash-completion/completions/ogp, fish $XDG_CONFIG_HOME/fish/completions/ogp.fish, zsh ~/.zfunc/_ogp. As pastas que faltam são criadas
# en-hash: 87a42889
help-arg-completions-overwrite = Substituir o arquivo se existir (sem esta opção, o ogp nunca substitui um arquivo)

# en-hash: 60d9a0e5
help-cmd-man = Mostrar a página de manual (roff), ou escrever uma página por subcomando (`--out DIR`, `--install`)
# en-hash: 90e7b286
help-arg-man-out = Escrever ogp.1 e ogp-<subcommand>.1 de cada subcomando em DIR (criada se não existir)
# en-hash: 260c8071
help-arg-man-install = Escrever cada página em $XDG_DATA_HOME/man/man1 (~/.local/share/man/man1, criada se não existir), onde `man ogp` as encontra quando ~/.local/bin está no PATH
# en-hash: 10af4eff
help-arg-man-overwrite = Substituir as páginas que existem (sem esta opção, o ogp nunca substitui um arquivo)

# en-hash: 3c07b77e
help-usage = Uso:
# en-hash: 6e33c645
help-heading-commands = Comandos
# en-hash: a67209e3
help-heading-arguments = Argumentos
# en-hash: 6bbce173
help-heading-options = Opções
# en-hash: 3498aae8
help-flag-help = Mostrar a ajuda
# en-hash: cf2dcfff
help-flag-help-short = Mostrar a ajuda (mais detalhes com '--help')
# en-hash: d36ec01d
help-flag-help-long = Mostrar a ajuda (um resumo com '-h')
# en-hash: 930ec7da
help-flag-version = Mostrar a versão
# en-hash: 2a9a9ace
help-subcommand-help = Mostrar esta mensagem ou a ajuda dos subcomandos indicados
# en-hash: 33086b0f
help-subcommand-help-arg = Mostrar a ajuda dos subcomandos
# en-hash: fa218a19
help-default = [padrão: { $value }]
# en-hash: 256c288f
help-env = [variável de ambiente: { $name }]
# en-hash: 7c2f3eee
help-possible = [valores possíveis: { $values }]
# en-hash: 2f1403d1
help-possible-heading = Valores possíveis:

# en-hash: b8cbb9e8
usage-one-lang = --lang { $langs } indica vários idiomas; só o `ogp site` escreve em vários ao mesmo tempo. Indique um, p. ex. --lang { $lang }

# en-hash: 49b5bd0d
clap-error = erro:
# en-hash: 9d31e84a
clap-unknown-argument = a opção { $arg } não existe
# en-hash: e7f21d96
clap-invalid-subcommand = o comando { $value } não existe
# en-hash: 747c202b
clap-invalid-value = { $value } não é um valor de { $arg }; ela aceita: { $valid }
# en-hash: 36a56d96
clap-missing-required = falta o seguinte: { $arg }
# en-hash: 8d9baeaf
clap-value-validation = { $value } não é um valor de { $arg }: { $reason }
# en-hash: ed551e50
clap-tip-similar = dica: você quis dizer { $suggested }?
# en-hash: 9741b4cf
clap-more-info = Para mais informações, tente '--help'.
# en-hash: 70a60f58
clap-reason-date = escreva no formato AAAA-MM-DD, por ex. 2027-01-15
# en-hash: 5f81f081
clap-reason-output = escreva FORMATO=CAMINHO com um formato entre human, json, github, sarif ou junit, por ex. sarif=ogp.sarif
