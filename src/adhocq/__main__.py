import sys

from adhocq.cli import run

sys.exit(run())
