"""Many documents: sources, streaming counts, engines (polars, Dask)."""
