"""The pure-string layer: character tables, patterns, folding, numerals, stemming, stopwords, word lists (no pandas)."""
