"""Every string marked for translation is one ``makemessages`` can find: it looks for calls by name
(``gettext``, ``_``, ``pgettext``…), so a gettext function imported or assigned under another name
(``gettext`` imported as ``_g``) hides its strings, which then stay in English."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = {".venv", "node_modules", ".git", "tests", "bench"}  # what makemessages is told to ignore
TRANSLATION_MODULES = {"django.utils.translation"}
# Each function, and the names under which makemessages (xgettext with Django's keywords) extracts it.
KNOWN_NAMES = {
    "gettext": {"gettext", "_"},
    "gettext_lazy": {"gettext_lazy", "_"},
    "gettext_noop": {"gettext_noop", "_"},
    "ngettext": {"ngettext"},
    "ngettext_lazy": {"ngettext_lazy"},
    "pgettext": {"pgettext"},
    "pgettext_lazy": {"pgettext_lazy"},
    "npgettext": {"npgettext"},
    "npgettext_lazy": {"npgettext_lazy"},
}


def project_modules():
    for path in sorted(ROOT.rglob("*.py")):
        if not SKIPPED & set(path.relative_to(ROOT).parts):
            yield path


def hidden_aliases(source):
    """(line, what) for each gettext function bound to a name makemessages does not look for."""
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in TRANSLATION_MODULES:
            for alias in node.names:
                name = alias.asname or alias.name
                if alias.name in KNOWN_NAMES and name not in KNOWN_NAMES[alias.name]:
                    found.append((node.lineno, f"{alias.name} as {name}"))
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Name | ast.Attribute):
            value = node.value.id if isinstance(node.value, ast.Name) else node.value.attr
            for target in node.targets:
                if (
                    isinstance(target, ast.Name)
                    and value in KNOWN_NAMES
                    and target.id not in KNOWN_NAMES[value]
                ):
                    found.append((node.lineno, f"{target.id} = {value}"))
    return found


def test_no_gettext_function_is_bound_to_a_name_makemessages_does_not_know():
    modules = list(project_modules())
    assert any(path.name == "call_page.py" for path in modules)  # the project's own code is scanned
    hidden = {
        f"{path.relative_to(ROOT)}:{line}": what
        for path in modules
        for line, what in hidden_aliases(path.read_text(encoding="utf-8"))
    }
    assert hidden == {}


def imported(function, alias):
    """Source that imports a translation function under ``alias`` (built, so that this file itself
    holds no such import for a scanner of the repository to report)."""
    return f"from django.utils.translation import {function} as {alias}\n"


@pytest.mark.parametrize(
    "source",
    [
        imported("gettext", "_g"),
        imported("gettext_lazy", "gettext_l"),
        imported("ngettext", "_"),
        "from django.utils import translation\n_t = translation.gettext\n",
        "from django.utils.translation import pgettext\nctx = pgettext\n",
    ],
)
def test_the_check_finds_a_hidden_alias(source):
    assert hidden_aliases(source)


@pytest.mark.parametrize(
    "source",
    [
        "from django.utils.translation import gettext, gettext_lazy as _, ngettext, pgettext\n",
        "from django.utils.translation import gettext as _\n",
        "from django.utils.translation import get_language as current\n",
    ],
)
def test_the_check_accepts_the_names_makemessages_knows(source):
    assert hidden_aliases(source) == []
