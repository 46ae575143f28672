"""The package entry point: cheap to import, every public name resolvable."""

import subprocess
import sys

import newsfuse


def test_public_names_match_exports():
    assert sorted(newsfuse.__all__) == sorted(newsfuse._EXPORTS)
    for name in newsfuse.__all__:
        assert getattr(newsfuse, name) is not None


def test_import_loads_no_heavy_library():
    code = (
        "import sys, newsfuse; "
        "print(','.join(m for m in ('sklearn', 'spacy', 'numpy', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_unknown_name_is_an_attribute_error():
    try:
        newsfuse.no_such_thing  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:
        raise AssertionError("expected AttributeError")
