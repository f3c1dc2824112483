"""A post's class list names what it is filed under ("tag-winter category-news"): taxonomy
terms, not a tag box (vocab._without_taxonomy), so a short post is not vetoed by them."""
from __future__ import annotations

import extract
from extract import Options
from extract.html.vocab import name_evidence

OPTIONS = Options(detect_language=False)
PAGE = """<html><body>
<div id="header"><h1><a href="/">Notizen aus Kleinstadt</a></h1><p>Ein Blog über fast nichts, was in unserer Stadt passiert</p></div>
<div class="post-88 post type-post status-publish hentry category-alltag tag-winter tag-glatteis">
<h2>Glatteis am Marktplatz</h2>
<div class="post-content">
<p>Heute lag auf dem Marktplatz so viel Eis, dass der Bäcker seine Brötchen mit Spikes an den Schuhen ausgeliefert hat.</p>
<div class="sharedaddy sd-sharing-enabled"><h3>Teilen mit:</h3><ul><li><a href="/s/x">X</a></li><li><a href="/s/f">Facebook</a></li></ul>
<div class="sd-like"><h3>Gefällt mir:</h3><span>Gefällt mir</span> <span>Wird geladen …</span></div></div>
</div>
<div class="post-meta">Schlagwörter: <a href="/tag/winter">Winter</a>, <a href="/tag/glatteis">Glatteis</a></div>
<div class="post-meta">Kategorien: <a href="/category/alltag">Alltag</a></div>
<div class="post-comments">Keine Kommentare. Die Kommentarfunktion ist geschlossen.</div>
</div>
</body></html>"""


def test_a_short_post_filed_under_tags_is_the_article() -> None:
    text = extract.extract(PAGE, options=OPTIONS).text
    assert text == ("Glatteis am Marktplatz\n\nHeute lag auf dem Marktplatz so viel Eis, dass der Bäcker seine "
                    "Brötchen mit Spikes an den Schuhen ausgeliefert hat.")


def test_a_tag_box_is_still_named_one() -> None:
    assert name_evidence("post type-post tag-winter") == 0
    assert name_evidence("tag-list") < 0 and name_evidence("widget tags") < 0
