import sys

from adhocq.cli.main import run

sys.exit(run())
