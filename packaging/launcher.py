"""Entry point of the packaged application: `factcheck-gui [ARTICLE]` opens the window;
`factcheck-gui check|db|dict|rules ...` runs the command line."""

import sys

from factcheck_gui.cli import main

if __name__ == "__main__":
    args = sys.argv[1:]
    commands = {"check", "db", "dict", "rules", "gui", "--help", "-h", "--version"}
    sys.exit(main(args if args and args[0] in commands else ["gui", *args]))
