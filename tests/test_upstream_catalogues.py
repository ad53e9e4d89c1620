"""The project's catalogues of Wagtail's and wagtail-localize's strings leave no gap in hr or sl: after a
Wagtail upgrade, its new untranslated strings are listed here (the script's --check)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_wagtail_or_wagtail_localize_string_is_untranslated_in_croatian_or_slovenian():
    done = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [sys.executable, str(ROOT / ".ci" / "upstream_catalogues.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "hr wagtail django:" in done.stdout and " 0 missing" in done.stdout
    assert "sl wagtail_localize djangojs:" in done.stdout
