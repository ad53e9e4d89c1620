"""The import-graph check (.ci/import_graph.py) finds exactly the cycles and layer breaks it should."""

import importlib.util
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_checker():
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / ".ci" / "import_graph.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


ig = load_checker()

RULES = ig.Rules(
    packages=((".", "low"), (".", "high"), ("src", "shell")),
    layers=(
        ig.Layer("low", ("low",)),
        ig.Layer("wings", ("high.left", "high.right"), separate=True),
        ig.Layer("high", ("high",)),
        ig.Layer("shell", ("shell",)),
    ),
)


def tree(root, files):
    """Write {relative path: source} under root; each directory outside src/ gets an empty __init__.py."""
    for name, source in files.items():
        path = root / name
        for directory in path.relative_to(root).parents:
            if directory.parts and directory.parts[0] != "src":
                (root / directory).mkdir(parents=True, exist_ok=True)
                (root / directory / "__init__.py").touch()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source))
    return root


def problems(root, rules=RULES):
    return ig.check(root, rules).problems


def edges(root, rules=RULES):
    return {(edge.importer, edge.imported, edge.line, edge.via) for edge in ig.check(root, rules).edges}


def test_two_module_cycle_is_reported_with_both_imports(tmp_path):
    tree(tmp_path, {"low/a.py": "from low import b\n", "low/b.py": "import os\nimport low.a\n"})
    assert problems(tmp_path) == [
        "import cycle through 2 modules: low.a, low.b\n"
        "    shortest loop: low.a -> low.b -> low.a\n"
        "    low/a.py:1: low.a -> low.b\n"
        "    low/b.py:2: low.b -> low.a"
    ]


def test_three_module_cycle_through_an_import_inside_a_function(tmp_path):
    tree(
        tmp_path,
        {
            "low/a.py": "from low.b import thing\n",
            "low/b.py": "try:\n    from low import c\nexcept ImportError:\n    c = None\nthing = 1\n",
            "low/c.py": "def late():\n    from low.a import thing\n\n    return thing\n",
            "low/d.py": "from low import a\n",  # leads into the cycle, is not part of it
        },
    )
    assert problems(tmp_path) == [
        "import cycle through 3 modules: low.a, low.b, low.c\n"
        "    shortest loop: low.a -> low.b -> low.c -> low.a\n"
        "    low/a.py:1: low.a -> low.b\n"
        "    low/b.py:2: low.b -> low.c\n"
        "    low/c.py:2: low.c -> low.a (inside a function)"
    ]


def test_upward_import_is_reported_with_its_line(tmp_path):
    tree(tmp_path, {"low/a.py": '"""Doc."""\n\nfrom high.b import thing\n', "high/b.py": "thing = 1\n"})
    assert problems(tmp_path) == ["low/a.py:3: low.a -> high.b\n    imports upward, from low to high"]


def test_allowed_upward_import_passes(tmp_path):
    tree(tmp_path, {"low/a.py": "import high.b\n", "high/b.py": ""})
    rules = ig.Rules(RULES.packages, RULES.layers, allowed=(ig.Allowed("low.a", "high.b", "a hand-off"),))
    assert problems(tmp_path, rules) == []


HAND_OFF = {
    "low/page.py": """\
        class Page:
            def serve(self):
                from high.views import serve

                return serve(self)
        """,
    "high/views.py": "from low.page import Page\n",
}


def test_allowed_hand_off_inside_a_function_may_close_a_loop(tmp_path):
    tree(tmp_path, HAND_OFF)
    rules = ig.Rules(RULES.packages, RULES.layers, allowed=(ig.Allowed("low.page", "high.views", "routes"),))
    assert problems(tmp_path, rules) == []


def test_allowed_hand_off_at_import_time_still_counts_in_cycles(tmp_path):
    tree(tmp_path, {**HAND_OFF, "low/page.py": "from high.views import serve\n\n\nclass Page:\n    pass\n"})
    rules = ig.Rules(RULES.packages, RULES.layers, allowed=(ig.Allowed("low.page", "high.views", "routes"),))
    assert problems(tmp_path, rules) == [
        "import cycle through 2 modules: high.views, low.page\n"
        "    shortest loop: high.views -> low.page -> high.views\n"
        "    high/views.py:1: high.views -> low.page\n"
        "    low/page.py:1: low.page -> high.views"
    ]


def test_stale_and_needless_allowed_entries_are_reported(tmp_path):
    tree(tmp_path, {"low/a.py": "", "high/b.py": "import low.a\n"})
    rules = ig.Rules(
        RULES.packages,
        RULES.layers,
        allowed=(ig.Allowed("low.a", "high.b", "a hand-off"), ig.Allowed("high.b", "low.a", "downward")),
    )
    assert problems(tmp_path, rules) == [
        "stale ALLOWED entry, the import is gone: low.a -> high.b (a hand-off)",
        "ALLOWED entry not needed, the import breaks no layer: high.b -> low.a",
    ]


def test_relative_imports_resolve_to_project_modules(tmp_path):
    tree(
        tmp_path,
        {
            "high/pkg/m.py": (
                "from . import n\nfrom .n import thing\nfrom .. import other\nfrom ..other import x\n"
            ),
            "high/pkg/n.py": "thing = 1\n",
            "high/other.py": "x = 1\n",
            "high/pkg/sub/__init__.py": "from .. import n\n",
            "low/a.py": "from ..high import other\n",  # level 2 from a top-level module: beyond the root
        },
    )
    assert edges(tmp_path) == {
        ("high.pkg.m", "high.pkg.n", 1, ""),
        ("high.pkg.m", "high.pkg.n", 2, ""),
        ("high.pkg.m", "high.other", 3, ""),
        ("high.pkg.m", "high.other", 4, ""),
        ("high.pkg.sub", "high.pkg.n", 1, ""),
    }
    assert problems(tmp_path) == []


def test_relative_upward_import_is_reported_by_its_resolved_name(tmp_path):
    tree(tmp_path, {"high/left/a.py": "from ..right import b\n", "high/right/b.py": ""})
    assert problems(tmp_path) == [
        "high/left/a.py:1: high.left.a -> high.right.b\n"
        "    imports across wings, from high.left to high.right"
    ]


def test_from_package_import_name_is_the_package_unless_name_is_a_module(tmp_path):
    tree(
        tmp_path,
        {
            "high/pkg/__init__.py": "VALUE = 1\n",
            "high/pkg/mod.py": "",
            "high/c.py": "from high.pkg import VALUE, mod\n",
        },
    )
    assert edges(tmp_path) == {("high.c", "high.pkg", 1, ""), ("high.c", "high.pkg.mod", 1, "")}


def test_package_init_that_imports_counts_as_run_by_importing_its_modules(tmp_path):
    tree(
        tmp_path,
        {
            "high/pkg/__init__.py": "from .mod import thing\n",
            "high/pkg/mod.py": "thing = 1\n",
            "high/pkg/sibling.py": "from high.pkg.mod import thing\n",  # its own package: already running
            "high/quiet/__init__.py": '"""No imports."""\n',
            "high/quiet/mod.py": "",
            "low/a.py": "from high.pkg.mod import thing\nimport high.quiet.mod\n",
        },
    )
    assert edges(tmp_path) == {
        ("high.pkg", "high.pkg.mod", 1, ""),
        ("high.pkg.sibling", "high.pkg.mod", 1, ""),
        ("low.a", "high.pkg.mod", 1, ""),
        ("low.a", "high.pkg", 1, "high.pkg.mod"),
        ("low.a", "high.quiet.mod", 2, ""),
    }
    assert "low/a.py:1: low.a -> high.pkg (its __init__ runs on importing high.pkg.mod)" in "\n".join(
        problems(tmp_path)
    )


def test_type_checking_imports_are_ignored(tmp_path):
    source = """\
        import typing
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            from high import b
        if typing.TYPE_CHECKING:
            import high.b
        else:
            import low.c
        """
    tree(tmp_path, {"low/a.py": source, "high/b.py": "", "low/c.py": ""})
    assert edges(tmp_path) == {("low.a", "low.c", 9, "")}
    assert problems(tmp_path) == []


def test_source_root_names_modules_and_excluded_directories_are_skipped(tmp_path):
    tree(
        tmp_path,
        {
            "src/shell/__init__.py": "",
            "src/shell/urls.py": "import low.a\n",
            "low/a.py": "",
            "low/migrations/0001_initial.py": "import shell.urls\n",
        },
    )
    result = ig.check(tmp_path, RULES)
    assert set(result.modules) == {"low", "low.a", "shell", "shell.urls"}
    assert result.problems == []
    assert ig.report(result) == "import graph: 4 modules, 1 edges; no cycles, layers hold"


def test_module_outside_every_layer_is_reported(tmp_path):
    rules = ig.Rules(RULES.packages, (ig.Layer("low", ("low",)),))
    tree(tmp_path, {"low/a.py": "", "high/b.py": "import low.a\n"})
    assert problems(tmp_path, rules) == ["no layer for high.b, needed by high/b.py:1: high.b -> low.a"]


def test_main_prints_the_report_and_fails_on_a_problem(tmp_path, capsys):
    tree(tmp_path, {"search/a.py": "import mentors.b\n", "mentors/b.py": ""})
    assert ig.main(["import_graph.py", str(tmp_path)]) == 1
    output = capsys.readouterr().out
    assert "search/a.py:1: search.a -> mentors.b\n    imports upward" in output
    # The upward import, and each of the real ALLOWED entries, none of which occurs in this tree.
    assert f"import graph: 4 modules, 1 edges; {1 + len(ig.ALLOWED)} problems" in output


def test_repository_has_no_import_cycles_and_its_layers_hold():
    result = ig.check(ROOT, ig.RULES)
    assert result.problems == [], ig.report(result)
