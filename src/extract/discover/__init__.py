"""Finding the pages to read: feeds and sitemaps -> article URLs (listing.py: feeds.py,
sitemaps.py, filters.py), and articles split over pages (pages.py, pager.py).

Nothing is imported here, so that the command line can take a date parser (found.py)
without loading feedparser and httpx on every run.
"""
