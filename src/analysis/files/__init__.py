"""Reading and writing at the edges: decoding bytes, articles, table files, repairing baked text."""
