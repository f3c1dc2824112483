"""The evidence the engine reads from tags and class/id names, compiled once.

Class and id names are matched as words (split on `-`, `_`, spaces and camelCase), so
"share-bar" and "shareBar" both say "share" while "shareholder" does not. These names are
markup vocabulary, not human language, so they stay here; the titles and labels read in the
page's text ("Related stories", "Share") come from the lexicon.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicon import alternation

# Never content: removed with their subtree before anything is measured.
DROP_TAGS = (
    "script", "style", "template", "svg", "math", "canvas", "iframe", "object", "embed",
    "video", "audio", "source", "track", "input", "head", "link", "meta",
    "rt", "rp",  # ruby readings: a reading aid above the base text, not part of the sentence
)
# Usually not content, but a page may hold its text there: server-rendered posts inside
# <noscript>, a whole page swallowed by an unclosed <button>. Removed only when small.
DROP_WHEN_SMALL_TAGS = ("noscript", "button", "select", "textarea", "label", "dialog", "option")

# Tags whose text flows inside a block; everything else starts a block of its own.
INLINE_TAGS = frozenset((
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn",
    "em", "font", "i", "img", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small",
    "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "label",
    "abbr", "picture", "ruby", "rb",
))

# Sectioning tags that say "not the article" whatever their class is.
BOILERPLATE_TAGS = frozenset(("nav", "aside", "footer", "form", "menu"))

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# Words in class/id names that mark a subtree as boilerplate. Strong words name what a
# subtree is (comments, share bar); weak words name how it is laid out (sidebar, modal),
# which a wrapper around the article may also say, so prose can overrule them.
_STRONG_NEGATIVE_WORDS = (
    "breadcrumb breadcrumbs crumbs share sharing shares social sociallinks related "
    "recommended recommendations recirc recirculation promo promos promoted sponsor sponsored "
    "advert advertisement advertising ads ad adslot adunit cookie cookies consent gdpr "
    "newsletter comments comment commentlist disqus respond tagcloud taglist outbrain taboola "
    "footer sidebar "
    "trending mostread most-read more-stories author-bio authorbio about-author byline-social "
    "reactions"
).split()
_WEAK_NEGATIVE_WORDS = (
    "nav navbar navigation menu menubar follow subscribe subscription signup "
    "popup modal overlay lightbox tags tag pagination pager prevnext popular teaser teasers masthead "
    "topbar toolbar skip skiplink print-only sr-only visually-hidden screen-reader-text bio "
    "rating jump login signin register offcanvas dropdown banner widget-area"
).split()
# Names that say "the article body": strong enough to vouch for the wrappers around it.
_STRONG_POSITIVE_WORDS = (
    "articlebody article-body article-content article-text story-body storybody story-content "
    "entry-content post-content post-body postbody post-text body-text bodytext rich-text "
    "richtext main-content maincontent blog-post"
).split()
# Names that lean towards content but also name teaser cards ("card-text", "hero-content").
_WEAK_POSITIVE_WORDS = "article story content entry main text prose".split()

_MODIFIERS = frozenset(("has", "with", "w", "no", "without", "and", "show", "hide", "is", "enable",
                        "enabled", "disable", "disabled", "allow", "open"))
_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")


Vocabulary = tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str]]


def _vocabulary(words: list[str]) -> Vocabulary:
    """Single words, two-word names ("most-read") matched as adjacent words, and the words
    those start with (a name holding none of them cannot name a pair)."""
    pairs = frozenset(tuple(w.split("-")) for w in words if "-" in w)
    return frozenset(w for w in words if "-" not in w), pairs, frozenset(pair[0] for pair in pairs)


STRONG_NEGATIVE = _vocabulary(_STRONG_NEGATIVE_WORDS)
WEAK_NEGATIVE = _vocabulary(_WEAK_NEGATIVE_WORDS)
STRONG_POSITIVE = _vocabulary(_STRONG_POSITIVE_WORDS)
WEAK_POSITIVE = _vocabulary(_WEAK_POSITIVE_WORDS)
# Every word any rule looks at: a name without one of them says nothing, at once.
_ANY_WORD = frozenset().union(*(singles | heads for singles, _, heads in (STRONG_NEGATIVE, WEAK_NEGATIVE,
                                                                            STRONG_POSITIVE, WEAK_POSITIVE)))

NEGATIVE_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "menu",
                            "menubar", "search", "dialog", "alertdialog", "tablist"))
POSITIVE_ROLES = frozenset(("main", "article"))


def name_words(value: str) -> list[str]:
    """Lower-cased words of a class or id value."""
    if value.isascii():  # most names: a capital is told at C speed
        plain = value.lower() == value
    else:
        plain = value.islower() or not any(char.isupper() for char in value)
    if plain:
        # No camelCase to split: plain string replacement is several times faster.
        return value.replace("-", " ").replace("_", " ").replace(":", " ").replace(".", " ") \
            .replace("/", " ").split()
    return [w.lower() for w in _SPLIT.split(value) if w]


def _matches(words: list[str], singles: frozenset[str], pairs: frozenset[tuple[str, ...]],
             heads: frozenset[str]) -> bool:
    """Whether a vocabulary word is named, not merely mentioned as a modifier.

    "has-sidebar", "no-comments" and "with-share" describe a page layout; they do not say
    the element is a sidebar. Set operations settle most names (long class lists among
    them) without a loop over their words.
    """
    if not singles.isdisjoint(words):
        if _MODIFIERS.isdisjoint(words):
            return True
        previous = ""
        for word in words:
            if word in singles and previous not in _MODIFIERS:
                return True
            previous = word
    if heads.isdisjoint(words):
        return False
    return any(pair in pairs for pair in zip(words, words[1:]))


_TAXONOMY = ("tag-", "category-")


def _without_taxonomy(value: str) -> str:
    """A class list without its taxonomy terms: "tag-winter" in a post's list of classes
    names what the post is filed under, not a tag box (a list of three or more names, as a
    CMS writes one per post; a lone "tag-list" still names the box).

        >>> _without_taxonomy("post type-post hentry tag-winter category-news")
        'post type-post hentry'
    """
    if "-" not in value:
        return value
    tokens = value.split()
    if len(tokens) < 3 or not any(token.startswith(_TAXONOMY) for token in tokens):
        return value
    return " ".join(token for token in tokens if not token.startswith(_TAXONOMY))


@lru_cache(maxsize=8192)
def name_evidence(value: str) -> int:
    """-2/-1 strong/weak boilerplate name, +2/+1 strong/weak content name, 0 neither.

    Negative words win over positive ones: "comment-content" is a comment.
    """
    if not value:
        return 0
    words = name_words(_without_taxonomy(value))
    if _ANY_WORD.isdisjoint(words):
        return 0
    if _matches(words, *STRONG_NEGATIVE):
        return -2
    if _matches(words, *WEAK_NEGATIVE):
        return -1
    if _matches(words, *STRONG_POSITIVE):
        return 2
    if _matches(words, *WEAK_POSITIVE):
        return 1
    return 0


# Titles of sections that are not the article: a heading reading "Related stories" or
# "3 Comments" says the section it opens is boilerplate, in any markup.
_SECTION_TITLES = "|".join((
    alternation("comments.title", "comment_prompt.title", "related.title", "author_bio.title",
                        "sponsored.title", "directory.title"),
    rf"(?:{alternation('comments_on.title')})\b.*",
))
# Labels of widgets: dropped themselves, but they do not open a section.
_WIDGET_LABELS = alternation("sharing.label", "follow.label", "newsletter.label", "tags.label",
                                     "advert.label", "site.label")
# A bare singular ("Response", "Comment") heads a part of the article (the council's
# response, an opinion column); a thread is plural or counted ("1 Comment").
_NOT_BARE_SINGULAR = rf"(?!\W*(?:{alternation('comment_singular.title')})\W*$)"
_SECTION_TITLE = re.compile(rf"^{_NOT_BARE_SINGULAR}\W*(?:\d+\s*)?(?:{_SECTION_TITLES})\W*$", re.I)
# Apart from the titles, so that the long list of titles is compiled once (start-up).
_WIDGET_LABEL = re.compile(rf"^{_NOT_BARE_SINGULAR}\W*(?:\d+\s*)?(?:{_WIDGET_LABELS})\W*$", re.I)
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_GROUP_OPEN = re.compile(r"^(?:\(\?:)+")
LABEL_MAX = 120


def _first_words(alternatives: str) -> frozenset[str]:
    """The words a label can start with, so most text skips the long regex at once."""
    words = set()
    for alternative in alternatives.split("|"):
        alternative = _GROUP_OPEN.sub("", alternative)  # "(?:leave|post) a comment" starts "leave"
        match = _FIRST_WORD.match(alternative)
        if match:
            word = match.group()
            words.add(word)
            if alternative[len(word):].startswith("?"):  # "tags?" also starts "tag"
                words.add(word[:-1])
    return frozenset(words)


_LABEL_STARTS = _first_words(f"{_SECTION_TITLES}|{_WIDGET_LABELS}")


def _starts_like_label(text: str) -> bool:
    match = _FIRST_WORD.search(text)
    return match is not None and match.group().lower() in _LABEL_STARTS


def is_section_label(text: str) -> bool:
    """Whether text names a boilerplate section or widget ("Related stories", "Share")."""
    return len(text) <= LABEL_MAX and _starts_like_label(text) and (
        _titles(text) or _WIDGET_LABEL.match(text) is not None)


def is_section_title(text: str) -> bool:
    """Whether text titles a section that is boilerplate as a whole ("3 Comments")."""
    return len(text) <= LABEL_MAX and _starts_like_label(text) and _titles(text)


@lru_cache(maxsize=4096)
def _titles(text: str) -> bool:
    """The long match against every section title of every language (some 20 µs), once per
    text: the same few labels ("Advertisement", "Share", "Comments") recur on page after
    page and, nested, within one."""
    return _SECTION_TITLE.match(text) is not None


@cache
def _comment_title() -> re.Pattern[str]:
    """A section title naming a comment thread, in any language ("12 Kommentare",
    "コメント"); compiled when first asked, not at start-up."""
    return re.compile(alternation("comments.title", "comments_on.title", "comment_prompt.title"), re.I)


def is_comment_title(text: str) -> bool:
    """Whether a section title names a comment thread (a thread's "Replies" too)."""
    return _comment_title().search(text) is not None
