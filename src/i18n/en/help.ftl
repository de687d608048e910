### The --help of every command and option.
