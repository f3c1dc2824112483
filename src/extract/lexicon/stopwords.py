"""Stop words: each language's most frequent function words ("the", "und", "который").

Prose is full of them; menus, names and link lists are not. The text engine reads the share
of stop words in a block and guesses a plain-text page's language from them. The lists are
short on purpose (no package ships a small, well-kept set for all of these languages).
Languages are listed in the order the text engine breaks ties in (English first).
"""
from __future__ import annotations

_WORDS = {
    "en": "a about after all also an and any are as at be because been but by can could did do does "
          "for from had has have he her his how i if in into is it its just may me more most my no "
          "not of on one only or other our out over said she so some such than that the their them "
          "then there these they this those to up was we were what when which while who will with "
          "would you your",
    "de": "aber als am an auch auf aus bei bin bis da damit das dass dem den der des die doch dort "
          "du durch ein eine einem einen einer eines er es für hat hatte ich ihr im in ist ja kann "
          "mit nach nicht noch nur oder sein sich sie sind so über um und uns von vor war wie wir "
          "wird wurde zu zum zur",
    "fr": "à au aux avec ce ces cette comme dans de des du elle en est et été il ils je la le les "
          "leur lui mais même ne nous on ont ou par pas plus pour qu que qui sa se ses son sont sur "
          "un une vous y",
    "es": "a al como con de del el ella en entre era es esta este fue ha han hay la las le lo los "
          "más me muy no nos o para pero por que se ser sin sobre su sus también un una y ya",
    "it": "a ai al alla anche che ci come con da dal degli dei del della di e è gli ha ho i il in "
          "la le lo ma mi nel nella non per più può quando se si sono su sua suo tra un una",
    "pt": "a ao aos as com como da das de do dos e é ela ele em entre era foi há isso já mais mas "
          "na nas no nos o os ou para pela pelo por que se sem ser seu sua são também um uma",
    "nl": "aan al als bij dan dat de den der die dit door een en er had heeft het hij hoe ik in is "
          "je maar met meer naar niet nog of om ook op over te tot uit van voor was wat we werd "
          "wordt ze zich zijn",
    "sv": "att av de den det där efter en ett för från har hon han i inte kan med men mot nu när "
          "och om på sig som till under upp ut var vi vid är",
    "da": "af at blev de den der det efter en er et for fra har han hun i ikke jeg kan med men "
          "når og om på se sig som til var ved vi",
    "pl": "a ale aby do dla i jak jako jest już na nie o od po przez się tak także to w we z za "
          "że ze co czy był była było są tym",
    "ru": "а без был была были было в во вы да для до его ее её если же за и из или им их к как "
          "когда который которые ли на не но о об он она они от по при с со так также то только "
          "у уже что это этого я",
    "tr": "ama bir bu da de daha en gibi her için ile ise kadar ki mi ne o olan olarak ve veya "
          "çok şu",
    "id": "ada adalah akan atau bahwa dalam dan dari dengan di ini itu juga ke karena kami kita "
          "mereka oleh pada saat sebagai sudah telah tersebut untuk yang",
}

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    "stopwords": {language: dict.fromkeys(words.split(), "") for language, words in _WORDS.items()},
}
