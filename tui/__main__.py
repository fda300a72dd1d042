"""``python -m tui``: the same as the ``interne-klanten`` command."""

import sys

from tui.cli import main

sys.exit(main())
