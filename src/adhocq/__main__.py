import sys

from adhocq.cli import main

sys.exit(main())
