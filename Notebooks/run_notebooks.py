"""Executes every notebook in this folder headless, on small runs, and fails when a cell fails.

Called by `make test`. Results go to a temporary folder, and the executed copies are not saved, so the
committed notebooks keep no outputs. Prints 'notebooks: N passed, M failed'.
"""
import os
import pathlib
import sys
import tempfile

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = pathlib.Path(__file__).resolve().parent


def main() -> int:
    os.environ.setdefault("JEUGDSIM_SMALL", "1")
    passed, failed = 0, 0
    with tempfile.TemporaryDirectory() as results:
        os.environ["JEUGDSIM_RESULTS"] = results
        for path in sorted(HERE.glob("*.ipynb")):
            notebook = nbformat.read(path, as_version=4)
            client = NotebookClient(notebook, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(HERE)}})
            try:
                client.execute()
                passed += 1
                print(f"notebook {path.name}: passed", flush=True)
            except CellExecutionError as error:
                failed += 1
                print(f"notebook {path.name}: FAILED\n{error}", flush=True)
    print(f"notebooks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
