"""Sources to articles: decoding, HTML extraction, cleaning, language detection."""
