"""The call's real deadline, which the loader applies unless `load_demo_content --deadline` gives another."""

import datetime

from impact4values.core.demo.dates import LJUBLJANA

# "... priložite življenjepis do 20. decembra 2025": the end of that day in Ljubljana.
REAL_DEADLINE = datetime.datetime(2025, 12, 20, 23, 59, 59, tzinfo=LJUBLJANA)
