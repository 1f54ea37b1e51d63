#!/usr/bin/env python3
"""Generates a deterministic synthetic repository of N Python and Java files with a known mix of
violations of the policy it writes (ssot.yml). Usage: bench/synth.py N OUT

About 85% of the files are Python (~15 KB each, like a real service), 15% Java. EXPECTED.json in
OUT counts the planted violations per truth; the same N always gives the same bytes."""
import json
import random
import sys
from pathlib import Path

POLICY = """version: 1
tests: ["tests/**/test_*.py"]
truths:
  - id: base-test-case
    kind: base-class
    canonical: test_framework.ssot.base_test_case.SSotBaseTestCase
    replaces: [unittest.TestCase]
    scope: tests
  - id: mock-factory
    kind: import
    canonical: test_framework.ssot.mock_factory.SSotMockFactory
    forbids: [unittest.mock, mock]
    scope: tests
  - id: environment
    kind: api
    canonical: shared.isolated_environment.get_env
    forbids: [os.environ, os.getenv, os.putenv]
  - id: test-runner
    kind: entrypoint
    canonical: tests/unified_test_runner.py
    forbids: [pytest.main, unittest.main]
checks: {conflict-markers: error, dangling-imports: error}
"""

SUPPORT = {
    "test_framework/__init__.py": "",
    "test_framework/ssot/__init__.py": "",
    "test_framework/ssot/base_test_case.py": "import unittest\n\n\nclass SSotBaseTestCase(unittest.TestCase):  # ssot: ignore[base-test-case] the canonical base\n    pass\n",
    "test_framework/ssot/mock_factory.py": "class SSotMockFactory:\n    def create(self, spec):\n        return spec\n",
    "shared/__init__.py": "",
    "shared/isolated_environment.py": "import os\n\n\ndef get_env():\n    return dict(os.environ)  # ssot: ignore[environment] the canonical accessor\n",
    "tests/__init__.py": "",
    "tests/unified_test_runner.py": "import pytest\n\nif __name__ == '__main__':\n    pytest.main(['tests'])\n",
}


def filler(rng, count):
    """Ordinary code: functions with loops, comprehensions, f-strings and calls."""
    out = []
    for i in range(count):
        a, b = rng.randint(1, 99), rng.randint(1, 99)
        out.append(f'''
def helper_{i}(items, limit={a}, *args, scale={b}.0, **options):
    """Computes step {i} of the pipeline for each item below the limit."""
    totals = {{key: value * scale for key, value in enumerate(items) if value < limit}}
    result = []
    for index, value in sorted(totals.items()):
        if index % {rng.randint(2, 9)} == 0 and value > {a}:
            result.append(f"{{index}}:{{value:.2f}}")
        elif options.get("strict"):
            raise ValueError(f"item {{index}} out of range: {{value!r}}")
        else:
            result.extend(str(x) for x in args if x)
    return ", ".join(result) or None
''')
    return "".join(out)


def python_module(rng, k, i):
    env = rng.random() < 0.05
    body = ["import json\nimport os\n", "from shared.isolated_environment import get_env\n\n"]
    body.append(f'\nclass Service{k}_{i}:\n    """A service."""\n\n    def __init__(self, name):\n        self.name = name\n')
    body.append("        self.mode = " + ('os.environ.get("MODE", "dev")' if env else 'get_env().get("MODE", "dev")') + "\n")
    body.append(filler(rng, 30))
    return "".join(body), {"environment": 1 if env else 0}


def python_test(rng, k, i):
    bad_base = rng.random() < 0.25
    bad_mock = rng.random() < 0.2
    bad_main = rng.random() < 0.03
    lines = ["import os\nimport unittest\n"]
    if bad_mock:
        lines.append("from unittest.mock import MagicMock\n")
    lines.append("from test_framework.ssot.base_test_case import SSotBaseTestCase\n")
    lines.append(f"from app.pkg{k}.base import Service\n\n")
    base = "unittest.TestCase" if bad_base else "SSotBaseTestCase"
    lines.append(f"\nclass TestService{k}_{i}({base}):\n    def test_name(self):\n")
    lines.append(f"        service = Service('x')\n        self.assertEqual(service.name, 'x')\n")
    if bad_mock:
        lines.append("        self.assertIsNotNone(MagicMock())\n")
    lines.append(filler(rng, 25))
    if bad_main:
        lines.append("\nif __name__ == '__main__':\n    unittest.main()\n")
    return "".join(lines), {"base-test-case": int(bad_base), "mock-factory": int(bad_mock),
                            "test-runner": int(bad_main)}


def java_class(rng, k, i):
    methods = "".join(
        f"""
  public int compute{j}(int[] values, int limit) {{
    int total = 0;
    for (int v : values) {{
      if (v < limit && v % {rng.randint(2, 9)} == 0) {{
        total += v * {rng.randint(1, 99)};
      }}
    }}
    return total;
  }}
""" for j in range(20))
    return f"package com.example.p{k};\n\nimport java.util.List;\n\npublic final class Class{i} {{{methods}}}\n", {}


def conflicted(text):
    """Wraps the first line after the imports in a merge conflict."""
    lines = text.split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("class ") or line.startswith("public"))
    lines[at:at] = ["<<<<<<< HEAD", "VERSION = 1", "=======", "VERSION = 2", ">>>>>>> feature"]
    return "\n".join(lines)


def main():
    count, out = int(sys.argv[1]), Path(sys.argv[2])
    rng = random.Random(8)
    expected = {"base-test-case": 0, "mock-factory": 0, "environment": 0, "test-runner": 0,
                "conflict-markers": 0}
    files = dict(SUPPORT)
    files["ssot.yml"] = POLICY
    packages = max(1, count // 50)
    for k in range(packages):
        files[f"app/pkg{k}/__init__.py"] = ""
        files[f"app/pkg{k}/base.py"] = "class Service:\n    def __init__(self, name):\n        self.name = name\n"
    files["app/__init__.py"] = ""
    for n in range(max(0, count - len(files) - 1)):
        k, i = n % packages, n // packages
        roll = rng.random()
        if roll < 0.15:
            path, (text, found) = f"src/main/java/com/example/p{k}/Class{i}.java", java_class(rng, k, i)
        elif roll < 0.55:
            path, (text, found) = f"tests/unit/pkg{k}/test_module_{i}.py", python_test(rng, k, i)
        else:
            path, (text, found) = f"app/pkg{k}/module_{i}.py", python_module(rng, k, i)
        if rng.random() < 0.002:
            text = conflicted(text)
            expected["conflict-markers"] += 1
        for truth, hits in found.items():
            expected[truth] += hits
        files[path] = text
    for path, text in files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    (out / "EXPECTED.json").write_text(json.dumps({"files": len(files) + 1, "findings": expected}, indent=1) + "\n")
    print(f"{out}: {len(files) + 1} files, expected {expected}")


if __name__ == "__main__":
    main()
