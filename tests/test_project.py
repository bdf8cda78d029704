"""The project's fixed points: immutable raw data and dependency lists kept in step."""

from __future__ import annotations

import hashlib
import re
import tomllib

from analysis import paths

REFERENCE_SHA256 = "15a19cff587be76f174006be446d3c4ac12ef9b6ff8976bb45886c80899dae5c"


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ ;\[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject():
    return tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_reference_article_is_byte_for_byte_the_original():
    data = paths.REFERENCE_ARTICLE.read_bytes()
    assert hashlib.sha256(data).hexdigest() == REFERENCE_SHA256
    assert "7\u00a0500".encode() in data  # the no-break space in "7 500" is kept


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    project = _pyproject()["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        wanted |= {_name(r) for r in extra}
    text = (paths.ROOT / "environment.yml").read_text(encoding="utf-8")
    dependencies = text.split("\ndependencies:\n", 1)[1]
    # Conda packages ("  - name") and, for what conda-forge lacks, pip ones ("      - name").
    listed = {_name(m) for m in re.findall(r"^(?:  |      )- ([A-Za-z][\w.-]*(?:[<>=!][^\n]*)?)$", dependencies, re.M)}
    assert wanted <= listed, f"missing from environment.yml: {sorted(wanted - listed)}"
    assert listed - {"python", "pip"} <= wanted, f"not in pyproject.toml: {sorted(listed - wanted - {'python', 'pip'})}"
    assert re.search(r"^      - -e \.$", text, re.M), "environment.yml must install the project with pip -e ."


def test_lock_pins_every_dependency_exactly():
    project = _pyproject()["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        wanted |= {_name(r) for r in extra}
    lock = (paths.ROOT / "requirements.lock").read_text(encoding="utf-8")
    assert lock.splitlines()[1].strip().startswith("#    uv pip compile"), "the lock must say how it was made"
    pinned = {_name(line) for line in lock.splitlines() if re.match(r"^[A-Za-z].*==", line)}
    assert wanted <= pinned, f"not pinned in requirements.lock: {sorted(wanted - pinned)}"
    assert re.search(r"^matplotlib==3\.(1[1-9]|[2-9]\d)\.", lock, re.M), "figures are made with matplotlib 3.11+"


def test_every_public_name_is_what_it_says():
    # A submodule named like an export would shadow it once imported (analysis.normalize).
    import importlib
    import pkgutil
    import types

    import analysis

    for module in pkgutil.iter_modules(analysis.__path__):
        if module.name != "__main__":  # running it is the command line
            importlib.import_module(f"analysis.{module.name}")
    for name in analysis.__all__:
        assert not isinstance(getattr(analysis, name), types.ModuleType), name
