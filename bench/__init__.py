"""Benchmarks: svodka against the natasha baseline, measured in the same run."""
