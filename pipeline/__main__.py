"""`python -m pipeline` runs the svodka CLI."""

import sys

from pipeline.cli import main

sys.exit(main())
