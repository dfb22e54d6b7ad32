"""`python -m station` is the same as the `station` console command."""
from ui.cli.main import main

raise SystemExit(main())
