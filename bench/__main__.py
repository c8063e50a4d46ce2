"""`python -m bench`: every benchmark, one after the other."""

import importlib

for name in ("bench.pipeline", "bench.dates", "bench.reading"):
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        print(f"{name}: not available ({error})")
        continue
    print(f"== {name}")
    module.main([])
