### The rules' documentation: ogp explain, ogp rules, and each rule's help.
