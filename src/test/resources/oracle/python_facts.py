"""The Python oracle: CPython's own parser (ast) states the facts our tree-sitter front end should.

Reads one JSON object per line on stdin ({"id", "module", "init", "source"}) and writes one JSON
object per line on stdout: {"id", "error"} when CPython rejects the source, else {"id", "facts"},
each fact [line, kind, text]. Names are resolved as the front end documents it (imports in source
order, first binding wins, then the module's own top-level classes and functions, then module-level
aliases `X = a.b` in source order), so the facts
compare one to one; everything else is read from the ast alone.
"""
import ast
import json
import sys
import warnings

IMPORT_FAILURES = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}
EXPECTS_RAISE = {"raises", "assertRaises", "assertRaisesRegex"}


def utf16_column(lines, lineno, byte_col):
    """ast columns count UTF-8 bytes; the front end counts UTF-16 units, from 1."""
    prefix = lines[lineno - 1][:byte_col].decode("utf-8", "replace")
    return len(prefix.encode("utf-16-le")) // 2 + 1


def dotted(node):
    """The dotted name an expression spells, or None when it is not Name(.attr)*."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def names_import_failure(node):
    types = node.elts if isinstance(node, ast.Tuple) else [node]
    for t in types:
        name = dotted(t)
        if name is not None and name.rsplit(".", 1)[-1] in IMPORT_FAILURES:
            return True
    return False


class Facts(ast.NodeVisitor):
    def __init__(self, module, init, tree, source_lines):
        self.module = module
        self.init = init
        self.lines = source_lines
        self.parents = {}
        for parent in ast.walk(tree):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent
        self.facts = []
        self.defined = set()

    def col(self, node):
        return utf16_column(self.lines, node.lineno, node.col_offset)

    def scopes(self, node):
        """Enclosing class and function definitions, outermost first."""
        out = []
        p = self.parents.get(node)
        while p is not None:
            if isinstance(p, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                out.append(p)
            p = self.parents.get(p)
        return list(reversed(out))

    def guarded(self, node):
        """Inside the body of the innermost try catching a failed import, or of a with raises()."""
        child, p = node, self.parents.get(node)
        while p is not None:
            if isinstance(p, (ast.Try, getattr(ast, "TryStar", ast.Try))) and child in p.body:
                if any(h.type is None or names_import_failure(h.type) for h in p.handlers):
                    return True
            if isinstance(p, (ast.With, ast.AsyncWith)) and child in p.body:
                for item in p.items:
                    call = item.context_expr
                    if (isinstance(call, ast.Call) and call.args
                            and (dotted(call.func) or "").rsplit(".", 1)[-1] in EXPECTS_RAISE
                            and names_import_failure(call.args[0])):
                        return True
            child, p = p, self.parents.get(p)
        return False

    def absolute(self, level, name):
        if level == 0:
            return name or ""
        base = self.module if self.init else self.module.rpartition(".")[0]
        for _ in range(level - 1):
            base = base.rpartition(".")[0]
        rest = name or ""
        return base + rest if not base or not rest else base + "." + rest

    def imports(self, tree):
        nodes = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
        nodes.sort(key=lambda n: (n.lineno, n.col_offset))
        bindings = {}
        for node in nodes:
            top = not self.scopes(node)
            guarded = self.guarded(node)
            for alias in node.names:
                if isinstance(node, ast.Import):
                    target = alias.name
                    local = alias.asname or alias.name.split(".")[0]
                    local_target = alias.name if alias.asname else local
                else:
                    module = self.absolute(node.level, node.module)
                    if alias.name == "*":
                        self.fact(node.lineno, "import", f"{module}.* guarded={guarded}")
                        continue
                    target = module + "." + alias.name if module else alias.name
                    local = alias.asname or alias.name
                    local_target = target
                bindings.setdefault(local, local_target)
                self.fact(node.lineno, "import", f"{target} as {local} guarded={guarded}")
                if top:
                    self.defined.add(local)
        return bindings

    def fact(self, line, kind, text):
        self.facts.append([line, kind, text])

    def qualified(self, node):
        parts = [self.module] if self.module else []
        for scope in self.scopes(node):
            parts.append(scope.name if isinstance(scope, ast.ClassDef) else scope.name + ".<locals>")
        return ".".join(parts + [node.name])

    def run(self, tree):
        bindings = self.imports(tree)
        definitions = [n for n in ast.walk(tree)
                       if isinstance(n, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))]
        definitions.sort(key=lambda n: (n.lineno, n.col_offset))
        for d in definitions:
            if not self.scopes(d):
                self.defined.add(d.name)
                bindings.setdefault(d.name, self.module + "." + d.name if self.module else d.name)
        # then module-level aliases, in source order: `X = a.b` binds X to what a.b resolves to
        # (the later binding wins); in `a = b = c` the innermost `b = c` is the alias
        assignments = [n for n in ast.walk(tree)
                       if isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None
                       and not self.scopes(n)]
        assignments.sort(key=lambda n: (n.lineno, n.col_offset))
        for a in assignments:
            target = a.targets[-1] if isinstance(a, ast.Assign) else a.target
            value = dotted(a.value) if isinstance(a.value, (ast.Name, ast.Attribute)) else None
            if isinstance(target, ast.Name) and value is not None:
                head, _, rest = value.partition(".")
                bound = bindings.get(head)
                resolved = None if bound is None else bound + ("." + rest if rest else "")
                if resolved is not None and resolved != target.id:
                    bindings[target.id] = resolved
        self.bindings = bindings
        for d in definitions:
            if isinstance(d, ast.ClassDef):
                bases = [self.base(b) for b in d.bases]
                init = any(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                           and n.name in ("__init__", "__new__") for n in self.own_statements(d))
                self.fact(d.lineno, "class",
                          f"{self.qualified(d)} bases={bases} {self.nesting(d)} init={init}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                self.reference(node)
            elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For,
                                   ast.AsyncFor, ast.NamedExpr, ast.With, ast.AsyncWith)):
                self.bound_names(node)
        self.fact(0, "defined", " ".join(sorted(self.defined)))
        return self.facts

    def nesting(self, node):
        """TOP_LEVEL, MEMBER of the enclosing class (all enclosing scopes classes), or LOCAL."""
        scopes = self.scopes(node)
        if not scopes:
            return "TOP_LEVEL"
        if all(isinstance(s, ast.ClassDef) for s in scopes):
            return "MEMBER in " + self.qualified(scopes[-1])
        return "LOCAL"

    def own_statements(self, cls):
        """The statements of a class body, through if/try/with/for but not nested scopes."""
        pending = list(cls.body)
        while pending:
            node = pending.pop()
            yield node
            if not isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                pending.extend(n for n in ast.iter_child_nodes(node)
                               if isinstance(n, (ast.stmt, ast.excepthandler, ast.match_case)))

    def resolve(self, name):
        head, _, rest = name.partition(".")
        bound = self.bindings.get(head)
        if bound is None:
            return None
        return bound + ("." + rest if rest else "")

    def base(self, node):
        if isinstance(node, ast.Subscript):
            node = node.value
        name = dotted(node)
        if name is None:
            return ast.unparse(node)
        return self.resolve(name) or name

    def reference(self, node):
        if node.id not in self.bindings:
            return
        chain = node
        parent = self.parents.get(chain)
        while isinstance(parent, ast.Attribute) and parent.value is chain:
            chain, parent = parent, self.parents.get(parent)
        usage = "USE"
        if isinstance(parent, ast.Call) and parent.func is chain:
            usage = "CALL"
        elif isinstance(parent, ast.Subscript) and parent.value is chain:
            usage = "SUBSCRIPT"
            holder = self.parents.get(parent)
            if (isinstance(holder, ast.Assign) and parent in holder.targets
                    or isinstance(holder, ast.AugAssign) and holder.target is parent
                    or isinstance(holder, ast.Delete) and parent in holder.targets):
                usage = "STORE"
        name = dotted(chain)
        self.fact(node.lineno, "ref",
                  f"{self.col(node)} {usage} {name} -> {self.resolve(name)}")

    def bound_names(self, node):
        """Module-level names bound by assignments, loops, with-as and :=."""
        if self.scopes(node):
            return
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            targets = [i.optional_vars for i in node.items if i.optional_vars is not None]
        else:
            targets = [node.target]
        for target in targets:
            for n in ast.walk(target):
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                    self.defined.add(n.id)


def facts_of(request):
    source = request["source"]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
    except (SyntaxError, ValueError) as e:
        return {"id": request["id"], "error": f"{getattr(e, 'lineno', 0)}: {e}"}
    lines = source.encode("utf-8", "surrogatepass").splitlines(keepends=True)
    return {"id": request["id"],
            "facts": Facts(request["module"], request["init"], tree, lines).run(tree)}


def main():
    for line in sys.stdin:
        print(json.dumps(facts_of(json.loads(line))), flush=False)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
