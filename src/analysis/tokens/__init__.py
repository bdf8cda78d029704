"""The tidy token table: one row per word, number or mark, with offsets into the text."""
