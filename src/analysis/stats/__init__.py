"""Word statistics on token tables: counts, n-grams, KWIC, collocations, keyness, tf-idf."""
