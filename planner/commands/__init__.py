"""The command line's commands, one module per group (docs/command-line.md).

``planner.cli`` builds the parser and dispatches; each module here adds its own
sub-commands with ``register(command)`` and returns their handlers, so a new command
is a new module and one line in ``planner.cli.GROUPS``. Nothing here imports Qt.
"""
