"""Write the encoding golden pages: tests/golden/html/NAME.html (in their charset) + NAME.txt.

Pages in a legacy charset cannot be kept as readable source files, so they are built here
from their text: `python tests/golden/make_encoded.py` rewrites them, and
tests/test_golden_html.py checks the committed files are what this script writes.

Each page is a plain article (title + paragraphs); what varies is how its bytes are encoded
and what charset it declares (meta tag, http-equiv, BOM, nothing, or a wrong declaration).
The expected .txt is the paragraphs separated by a blank line, in UTF-8.
"""
from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent / "html"


@dataclass(frozen=True)
class EncodedPage:
    name: str
    encoding: str  # codec used to write the bytes
    lang: str
    declaration: str  # the <meta> line in <head>, or "" for none
    title: str
    paragraphs: tuple[str, ...]
    bom: bytes = b""
    stray: str = ""  # a word whose first occurrence is written in Latin-1 (one stray byte)

    def html(self) -> str:
        head = f"<meta charset=\"{self.declaration}\">" if self.declaration and "=" not in self.declaration else self.declaration
        body = "\n".join(f"<p>{p}</p>" for p in self.paragraphs)
        return (
            "<!DOCTYPE html>\n"
            f"<html lang=\"{self.lang}\">\n<head>\n{head}\n<title>{self.title}</title>\n</head>\n"
            f"<body>\n<main>\n<article>\n<h1>{self.title}</h1>\n{body}\n</article>\n</main>\n</body>\n</html>\n"
        ).replace("\n\n", "\n")

    def data(self) -> bytes:
        data = self.html().encode(self.encoding)
        if self.stray:
            data = data.replace(self.stray.encode(self.encoding), self.stray.encode("latin-1"), 1)
        return self.bom + data

    def decoded(self) -> str:
        """The page as a reader must decode it: a stray byte reads as U+FFFD."""
        return self._with_stray(self.html())

    def expected(self) -> str:
        return self._with_stray("\n\n".join(self.paragraphs) + "\n")

    def _with_stray(self, text: str) -> str:
        if not self.stray:
            return text
        return text.replace(self.stray, self.stray.encode("latin-1").decode("utf-8", "replace"), 1)


PAGES = (
    EncodedPage(
        name="cp1252",
        encoding="cp1252",
        lang="en-GB",
        declaration="windows-1252",
        title="Brussels baker wins Europe’s croissant championship",
        paragraphs=(
            "A baker from the Marolles district of Brussels has been named Europe’s best croissant maker, beating 212 competitors from nineteen countries at a championship judged in Lyon on Sunday — the first time a Belgian has taken the title.",
            "Hélène Dubreuil, 34, who runs a small bakery called Le Pétrin on the Rue Haute, said she had used the same recipe for ten years: French butter, a flour milled near Namur and a dough rested for a full seventy-two hours before baking.",
            "Her prize is €10,000 and a trophy shaped like a golden rolling pin. “I still can’t quite believe it,” she said on Monday, as queues stretched down the street outside her shop. “Yesterday I was baking for my neighbours… today everyone wants to visit.”",
            "The judges praised the croissant’s “honeycomb” interior and the crispness of its crust, which they said shattered exactly as it should. They also awarded a special mention to her pain au chocolat, made with chocolate from a café-roaster in Ghent.",
            "Dubreuil said she would not raise her prices, which remain €1.40 for a croissant, but she has hired two more bakers to keep up with demand. Next year’s championship will be held in Vienna in early October.",
        ),
    ),
    EncodedPage(
        # No charset anywhere: detection must land on windows-1252, as browsers do.
        name="cp1252-no-charset",
        encoding="cp1252",
        lang="en",
        declaration="",
        title="Québec releases maple syrup from its strategic reserve",
        paragraphs=(
            "Québec’s maple syrup producers will release 22 million kilograms of syrup from their strategic reserve this spring, after a second poor season in a row left buyers in Europe and Japan facing shortages and the highest prices in a decade.",
            "The reserve, kept in thousands of steel barrels in warehouses south of Montréal, was created in 2000 to smooth out the effect of bad harvests. It is sometimes called the OPEC of maple syrup, a comparison its managers find flattering but inaccurate.",
            "“We are not here to push prices up — we are here to make sure there is always syrup on the shelf,” said Hélène Côté, who chairs the producers’ federation. The release will still leave about a third of the reserve in place for next year.",
            "Producers blame a warm, short spring. Sap flows best when nights are below freezing and days are mild, and this year the weather switched from winter to summer in little more than a week, cutting the season by almost a month.",
            "Restaurants and bakeries, which use the syrup in everything from crème brûlée to barbecue sauce, have been warned to expect prices to stay high until the autumn, when the reserve’s managers will decide whether to release more.",
        ),
    ),
    EncodedPage(
        name="cp1251",
        encoding="cp1251",
        lang="ru",
        declaration='<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        title="В Кольцове после ремонта открылась центральная библиотека",
        paragraphs=(
            "В посёлке Кольцово после двухлетнего ремонта снова открылась центральная библиотека. В первый же день её посетили более четырёхсот человек, а у входа выстроилась очередь из родителей с детьми, которые пришли записаться в новый детский читальный зал.",
            "Здание библиотеки было построено в 1958 году и за последние десятилетия сильно обветшало. Во время ремонта рабочие заменили крышу, окна и систему отопления, а также сделали отдельный вход с пандусом для людей на креслах-колясках и родителей с детскими колясками.",
            "Фонд библиотеки насчитывает около шестидесяти тысяч книг. Часть из них подарили жители посёлка: за время ремонта они принесли больше трёх тысяч изданий, в том числе редкие краеведческие сборники и подшивки местной газеты за пятидесятые годы.",
            "Директор библиотеки Анна Сергеевна Белова рассказала, что теперь здесь будут проходить занятия для пенсионеров, которые хотят научиться пользоваться компьютером, а по выходным — встречи клуба любителей настольных игр. «Мы хотим, чтобы библиотека снова стала местом, куда приходят не только за книгами», — сказала она.",
            "Ремонт обошёлся районному бюджету почти в сорок миллионов рублей. В следующем году власти планируют отремонтировать ещё две сельские библиотеки района.",
        ),
    ),
    EncodedPage(
        name="cp1251-no-charset",
        encoding="cp1251",
        lang="ru",
        declaration="",
        title="Между Озёрском и областным центром пустят утреннюю электричку",
        paragraphs=(
            "С первого декабря между Озёрском и областным центром начнёт курсировать дополнительная утренняя электричка. Об этом сообщили в пригородной пассажирской компании, пояснив, что решение было принято после многочисленных обращений жителей, которые ежедневно ездят на работу и учёбу.",
            "Новый поезд будет отправляться из Озёрска в шесть часов двадцать минут и прибывать на главный вокзал в семь часов сорок пять минут. По пути он сделает остановки на всех крупных станциях, а на небольших платформах будет останавливаться только по будним дням.",
            "До сих пор первая электричка уходила из Озёрска только в половине восьмого, и многим пассажирам приходилось добираться до города на переполненных автобусах. Зимой, когда дороги заметает снегом, поездка на автобусе могла занимать больше двух часов.",
            "В компании отметили, что если новый рейс будет пользоваться спросом, то весной расписание могут расширить ещё одним вечерним поездом. Стоимость проезда не изменится, а билеты можно будет купить как в кассах, так и через мобильное приложение.",
        ),
    ),
    EncodedPage(
        name="shift-jis",
        encoding="shift_jis",
        lang="ja",
        declaration="Shift_JIS",
        title="北川線、三年ぶりに全線で運転再開",
        paragraphs=(
            "豪雨で大きな被害を受けた北川線が十五日、三年ぶりに全線で運転を再開した。始発列車が発車する午前六時前から駅には多くの住民が集まり、小旗を振りながら列車を見送った。",
            "北川線は三年前の夏の豪雨で鉄橋二か所が流され、沿線の一部区間で運転ができない状態が続いていた。この間、鉄道会社は代行バスを運行してきたが、山道のため所要時間は列車のおよそ二倍かかっていた。",
            "復旧工事では、流された鉄橋を以前より高い位置に架け替えたほか、線路沿いの斜面に土砂の流出を防ぐための壁を新たに設けた。工事費はおよそ四十億円で、国と県、鉄道会社が分担した。",
            "高校に通うために毎日代行バスを利用してきたという十七歳の女子生徒は「バスは揺れて勉強ができなかったので、列車が戻ってきて本当にうれしい」と笑顔で話した。",
            "鉄道会社によると、沿線の利用者はピーク時のおよそ半分にまで落ち込んでいるという。沿線の町では観光客を呼び込むため、駅を起点にした散策ルートづくりを進めている。",
        ),
    ),
    EncodedPage(
        # Declares a single-byte charset but the bytes are UTF-8: the declaration is wrong.
        name="wrong-declared-charset",
        encoding="utf-8",
        lang="en",
        declaration='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        title="Night train from Zürich to Málaga to add private sleeping cabins",
        paragraphs=(
            "Passengers on the night train from Zürich to Málaga will be able to book private sleeping cabins from next spring, after the operator confirmed on Thursday that it has bought twelve refurbished carriages from a Swiss rail company.",
            "The service, which runs three times a week and takes almost twenty hours, has been popular since it was launched two years ago. Its couchettes, which sleep six people in bunks, have been fully booked on most summer nights.",
            "Each new carriage has ten cabins with their own washbasin, and some have a shower. Fares will start at €189 per person, compared with €79 for a couchette, and will include breakfast served in the cabin as the train crosses La Mancha.",
            "“Travellers tell us they want to arrive rested, not just cheaply,” said Núria Ferrándiz, the operator’s commercial director. She said the company was also in talks about a second route to Lisbon, which could start as early as 2026.",
        ),
    ),
    EncodedPage(
        name="utf8-bom",
        encoding="utf-8",
        lang="en-GB",
        declaration="",
        bom=codecs.BOM_UTF8,
        title="Apprentice stonemasons repair the cathedral’s west front",
        paragraphs=(
            "Six apprentice stonemasons have spent the winter repairing the carved west front of St Aldhelm’s Cathedral, replacing weathered figures of saints and kings with new ones cut from the same quarry that supplied the original stone in the 1240s.",
            "The apprentices, aged between nineteen and twenty-six, are the first to complete the cathedral’s new training scheme. Each spent three years learning to split, dress and carve stone in the masons’ yard behind the cloisters before being allowed onto the scaffolding.",
            "Many of the old figures had lost their faces to centuries of rain and frost. Where no record of the original design survives, the apprentices have carved new faces based on photographs of people who volunteer at the cathedral — including one of the vergers.",
            "The work is part of a twenty-year programme that will cost about £14 million. The cathedral says it hopes the scheme will train at least forty masons, a trade that is in short supply across the country’s historic buildings.",
        ),
    ),
    EncodedPage(
        name="utf16-bom",
        encoding="utf-16-le",
        lang="en-GB",
        declaration="",
        bom=codecs.BOM_UTF16_LE,
        title="Beekeepers report the best honey harvest in a decade",
        paragraphs=(
            "Beekeepers in the Harrow Hills say this year’s honey harvest is the best for at least ten years, after a warm, settled summer with just enough rain to keep the clover and lime trees flowering from June until late August.",
            "Members of the district beekeeping association reported an average of 28 kilograms of honey per hive, almost double last year’s figure, when a cold spring and a wet July kept bees inside their hives for weeks at a time.",
            "The association’s chair, Ruth Okonkwo, said the good year followed three difficult ones, in which many members lost colonies to disease and to a parasitic mite that weakens bees over the winter. Most hives are now healthy and strong.",
            "Honey from the district will be judged at the county show next month. Members are also selling jars at farm shops and markets, and the money will help to pay for a teaching apiary at the local agricultural college.",
        ),
    ),
    EncodedPage(
        # Declared and written as UTF-8, but one word was pasted in as Latin-1: the page is
        # still UTF-8, with one replacement character, not cp1252 mojibake throughout.
        name="utf8-stray-latin1-byte",
        encoding="utf-8",
        lang="fr",
        declaration="utf-8",
        stray="Amélie",
        title="À Dijon, la moutarde retrouve ses graines locales",
        paragraphs=(
            "Pour la première fois depuis des décennies, la moutarde de Dijon vendue par Amélie Garnier est fabriquée avec des graines cultivées en Bourgogne. La productrice a signé cette année des contrats avec une quarantaine d’agriculteurs de la région.",
            "Pendant longtemps, presque toutes les graines venaient du Canada, où les récoltes sont plus régulières et moins chères. Après une sécheresse qui a fait flamber les prix il y a trois ans, les moutardiers ont décidé de relancer la culture en France.",
            "« Les agriculteurs étaient méfiants au début, parce que la moutarde est une plante fragile qui craint les insectes », explique Amélie Garnier. « Il a fallu leur garantir un prix d’achat sur cinq ans pour qu’ils acceptent d’essayer. »",
            "La récolte de cet été a dépassé les prévisions, et la coopérative espère doubler les surfaces cultivées l’an prochain. Les premiers pots fabriqués avec ces graines sont arrivés dans les épiceries de la ville au début du mois d’octobre.",
        ),
    ),
)


def outputs() -> dict[str, bytes]:
    """File name -> bytes, for every page this script writes."""
    files: dict[str, bytes] = {}
    for page in PAGES:
        files[f"{page.name}.html"] = page.data()
        files[f"{page.name}.txt"] = page.expected().encode("utf-8")
    return files


def main(target: Path = HERE) -> None:
    for name, data in outputs().items():
        (target / name).write_bytes(data)
        print(f"wrote {target / name}", file=sys.stderr)


if __name__ == "__main__":
    main()
