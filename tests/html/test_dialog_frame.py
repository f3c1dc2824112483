"""A consent banner shown over the page (a visible role=dialog box) does not win the page,
however long its notice, over a short story."""
from __future__ import annotations

import extract
from extract import Options

NOTICE = " ".join(
    f"We and our {n} partners store and access information on your device, such as unique identifiers, "
    f"to measure audiences and choose adverts, and you can change your choice at any time." for n in range(8))
STORY = ("<main><h1>Pier reopens</h1><p>The pier opened again on Saturday with a brass band, two years after "
         "the storms tore its end away, and the trust that rebuilt it will now start on the pavilion.</p>"
         "<p>Anglers queued at the far end before dawn.</p></main>")


def test_a_visible_consent_dialog_does_not_win_over_a_short_story() -> None:
    page = (f"<html><body>{STORY}<div id='consent-sdk'><div role='dialog' aria-label='Your privacy'>"
            f"<div><p>{NOTICE}</p></div><button>Allow all</button><button>Reject</button></div></div></body></html>")
    text = extract.extract(page, options=Options(detect_language=False)).text
    assert "with a brass band" in text
    assert "partners store and access" not in text
