"""Hold the layering of DESIGN.md §2: no import cycles between project modules, and imports point down.

Run from the repository root (`make lint` does): `python .ci/import_graph.py`. Standard library only, so it
runs before anything is installed. Prints one line on success; otherwise every problem with file:line, and
exits 1.

What counts as an import: every `import` and `from ... import` statement anywhere in a module (module level,
functions, classes, try blocks), except under `if TYPE_CHECKING:`. Relative imports are resolved;
`from pkg import name` is an edge to `pkg.name` when that is a module, else to `pkg`. Importing `a.b.c` also
runs the `__init__` of `a` and `a.b`: such implicit edges count when that `__init__` imports project modules
itself (only then can it close a cycle or reach up a layer), and never towards the importer's own packages
(already running when it imports). String references (INSTALLED_APPS, ROOT_URLCONF, `import_module`) are
not imports here.

Layers are matched by the longest module prefix. An import may point to the same layer or lower ones; in a
`separate` layer its groups may not import one another either. ALLOWED lists the exceptions, each with its
reason; an entry whose import is gone, or breaks no rule any more, is itself a problem. An allowed import
made inside a function (a hand-off on call) is left out of the cycle check too: the loop it closes is the
one the design sanctions. At module level it still counts, since it would run during import.
"""

import ast
import sys
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Layer:
    name: str
    modules: tuple[str, ...]  # module prefixes: each covers that module and everything below it
    separate: bool = False  # the prefixes of this layer may not import one another


@dataclass(frozen=True)
class Allowed:
    importer: str
    imported: str
    reason: str


@dataclass(frozen=True)
class Rules:
    packages: tuple[tuple[str, str], ...]  # (source root relative to the repository root, top-level package)
    layers: tuple[Layer, ...]  # lowest first
    allowed: tuple[Allowed, ...] = ()
    excluded: frozenset[str] = frozenset({"migrations", "tests", "bench", "__pycache__"})  # directory names


LAYERS = (
    Layer("site core", ("impact4values.core", "impact4values.formats")),
    Layer("programme content and search", ("programme", "search")),
    Layer("mentor models", ("mentors.models", "mentors.choices")),
    Layer("mentor wings", ("mentors.directory", "mentors.applications"), separate=True),
    Layer("mentors app", ("mentors",)),
    Layer("programme's mentoring wing", ("programme.mentoring",)),
    Layer("site shell", ("impact4values.settings", "impact4values.urls", "impact4values.wsgi")),
)

ALLOWED = (
    Allowed(
        "programme.models.call_page",
        "mentors.applications.views",
        "the call page hands its form routes to the applications wing",
    ),
    Allowed(
        "mentors.models.directory_page",
        "mentors.directory.views",
        "the directory page hands its routes to the directory wing",
    ),
    Allowed(
        "mentors.models.review",
        "mentors.applications.review",
        "the review task hands its actions on an application (decisions, forms) to the applications wing",
    ),
    Allowed(
        "mentors.models.application",
        "mentors.applications.storage",
        "the CV field stores in the applications wing's private storage (migration 0003 names it too)",
    ),
    # Older than the layering, kept until they move (see the README's Architecture):
    Allowed(
        "impact4values.core.models.home_page",
        "programme.blocks",
        "the home page's body takes the programme's blocks (partners); core's migration 0001 names them",
    ),
    Allowed(
        "impact4values.core.models.home_page",
        "programme.models",
        "the home page shows its language's call (status and countdown)",
    ),
    Allowed(
        "impact4values.core.templatetags.site_tags",
        "programme.models",
        "the main menu uses a call page's short navigation title",
    ),
)

RULES = Rules(
    packages=(("site", "impact4values"), (".", "programme"), (".", "mentors"), (".", "search")),
    layers=LAYERS,
    allowed=ALLOWED,
)


@dataclass(frozen=True)
class Edge:
    importer: str
    imported: str
    path: str  # the importer's file, relative to the repository root
    line: int
    via: str = ""  # for an implicit edge to a package's __init__: the module whose import runs it
    deferred: bool = False  # imported inside a function

    @property
    def cause(self):
        """The (importer, imported) pair of the statement behind this edge, as ALLOWED names it."""
        return (self.importer, self.via or self.imported)

    def __str__(self):
        how = f" (its __init__ runs on importing {self.via})" if self.via else ""
        when = " (inside a function)" if self.deferred else ""
        return f"{self.path}:{self.line}: {self.importer} -> {self.imported}{how}{when}"


@dataclass
class Result:
    modules: dict[str, Path]
    edges: list[Edge]
    problems: list[str]


def find_modules(root, rules):
    """{dotted name: file} for every project module; a package is named by its `__init__.py`."""
    modules = {}
    for source_root, package in rules.packages:
        base = root / source_root
        for path in sorted((base / package).rglob("*.py")):
            parts = path.relative_to(base).with_suffix("").parts
            if rules.excluded.intersection(parts[:-1]):
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def _is_type_checking(test):
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def import_statements(tree):
    """(statement, deferred) for every import at any depth, skipping the bodies of `if TYPE_CHECKING:`;
    deferred: inside a function, so it runs on the first call, not on import."""
    stack = [(tree, False)]
    while stack:
        node, deferred = stack.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, deferred
            continue
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            children = node.orelse
        else:
            children = ast.iter_child_nodes(node)
        deferred = deferred or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        stack.extend((child, deferred) for child in children)


def _project_module(name, modules):
    """The project module that importing `name` executes last: itself, or its longest known prefix."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def imported_modules(node, module, is_package, modules):
    """The project modules one import statement names explicitly."""
    if isinstance(node, ast.Import):
        return {_project_module(alias.name, modules) for alias in node.names} - {None}
    base = node.module or ""
    if node.level:
        package = (module if is_package else module.rpartition(".")[0]).split(".")
        if node.level - 1 >= len(package):
            return set()  # beyond the top-level package: not importable
        package = ".".join(package[: len(package) - (node.level - 1)])
        base = f"{package}.{base}" if base else package
    found = set()
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        found.add(submodule if submodule in modules else _project_module(base, modules))
    return found - {None}


def _parents(module):
    parts = module.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def build_edges(root, modules):
    """Every import edge between project modules, explicit and implicit, sorted and without duplicates."""
    explicit = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        explicit[name] = [
            (target, node.lineno, deferred)
            for node, deferred in import_statements(tree)
            for target in imported_modules(node, name, is_package, modules)
            if target != name
        ]
    running = {name for name, path in modules.items() if path.name == "__init__.py" and explicit[name]}
    edges = set()
    for name, targets in explicit.items():
        path = modules[name].relative_to(root).as_posix()
        own = {name, *_parents(name)}
        for target, line, deferred in targets:
            edges.add(Edge(name, target, path, line, deferred=deferred))
            for parent in _parents(target):
                if parent in running and parent not in own:
                    edges.add(Edge(name, parent, path, line, via=target, deferred=deferred))
    return sorted(edges, key=lambda edge: (edge.path, edge.line, edge.imported, edge.via))


def strongly_connected(graph):
    """Tarjan's strongly connected components of {node: successors}, each sorted, in a stable order."""
    index, low, on_stack, stack, components = {}, {}, set(), [], []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph.get(node, ())):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(components)


def shortest_loop(start, graph, members):
    """The shortest chain of imports from start back to start, staying inside members."""
    previous, queue = {start: None}, deque([start])
    while queue:
        node = queue.popleft()
        for successor in sorted(graph[node] & members):
            if successor == start:
                chain = [node]
                while chain[-1] != start:
                    chain.append(previous[chain[-1]])
                return [*reversed(chain), start]
            if successor not in previous:
                previous[successor] = node
                queue.append(successor)
    return []


def cycle_problems(edges, rules):
    """Import cycles, leaving out the allowed hand-offs made inside a function: such a call up runs only
    once both sides are loaded, so the loop it closes is the sanctioned one, not an import-time cycle."""
    allowed = {(entry.importer, entry.imported) for entry in rules.allowed}
    edges = [edge for edge in edges if not (edge.deferred and edge.cause in allowed)]
    graph = defaultdict(set)
    for edge in edges:
        graph[edge.importer].add(edge.imported)
    problems = []
    for component in strongly_connected(graph):
        if len(component) < 2:
            continue
        members = set(component)
        lines = [
            f"import cycle through {len(component)} modules: {', '.join(component)}",
            f"    shortest loop: {' -> '.join(shortest_loop(component[0], graph, members))}",
        ]
        lines += [f"    {edge}" for edge in edges if edge.importer in members and edge.imported in members]
        problems.append("\n".join(lines))
    return problems


def layer_of(module, layers):
    """(rank, matching prefix) of the module's layer by the longest prefix, or None if no layer has it."""
    best = None
    for rank, layer in enumerate(layers):
        for prefix in layer.modules:
            if (module == prefix or module.startswith(prefix + ".")) and (
                best is None or len(prefix) > len(best[1])
            ):
                best = (rank, prefix)
    return best


def _breaks_layers(edge, layers):
    """A sentence saying which rule the edge breaks, or "" if it keeps them."""
    (low, low_prefix), (high, high_prefix) = layer_of(edge.importer, layers), layer_of(edge.imported, layers)
    if high > low:
        return f"imports upward, from {layers[low].name} to {layers[high].name}"
    if high == low and layers[low].separate and low_prefix != high_prefix:
        return f"imports across {layers[low].name}, from {low_prefix} to {high_prefix}"
    return ""


def layer_problems(edges, rules):
    problems, unranked = [], {}
    allowed = {(entry.importer, entry.imported): entry for entry in rules.allowed}
    used, occurring = set(), set()
    for edge in edges:
        cause = edge.cause
        occurring.add(cause)
        missing = [m for m in (edge.importer, edge.imported) if layer_of(m, rules.layers) is None]
        for module in missing:
            unranked.setdefault(module, edge)
        if missing:
            continue
        broken = _breaks_layers(edge, rules.layers)
        if not broken:
            continue
        if cause in allowed:
            used.add(cause)
        else:
            problems.append(f"{edge}\n    {broken}")
    problems += [f"no layer for {module}, needed by {edge}" for module, edge in sorted(unranked.items())]
    for key, entry in allowed.items():
        if key in used:
            continue
        if key in occurring:
            problems.append(f"ALLOWED entry not needed, the import breaks no layer: {key[0]} -> {key[1]}")
        else:
            problems.append(f"stale ALLOWED entry, the import is gone: {key[0]} -> {key[1]} ({entry.reason})")
    return problems


def check(root, rules):
    root = Path(root)
    modules = find_modules(root, rules)
    edges = build_edges(root, modules)
    return Result(modules, edges, cycle_problems(edges, rules) + layer_problems(edges, rules))


def report(result):
    pairs = {(edge.importer, edge.imported) for edge in result.edges}
    summary = f"import graph: {len(result.modules)} modules, {len(pairs)} edges"
    if not result.problems:
        return f"{summary}; no cycles, layers hold"
    return "\n".join(
        [*result.problems, f"{summary}; {len(result.problems)} problems (rules: .ci/import_graph.py)"]
    )


def main(argv):
    result = check(Path(argv[1]) if len(argv) > 1 else Path.cwd(), RULES)
    print(report(result))
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
