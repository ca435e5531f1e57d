"""``python -m credscore``: the same as the ``credscore`` command."""

from credscore.cli import main

main()
