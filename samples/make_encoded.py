"""Write the sample pages that are not UTF-8 (or that lie about their charset).

Legacy-charset pages cannot be kept as readable source, so they are built here from their
text:

    python samples/make_encoded.py

writes samples/NAME.html in its charset, and the text `extract` should give for it to
tests/golden/samples/NAME.txt (UTF-8). tests/test_samples.py checks the committed files are
exactly what this script writes, so edit the text here and re-run it.

| file                   | bytes        | declared                          |
|------------------------|--------------|-----------------------------------|
| cp1252.html            | windows-1252 | <meta charset="windows-1252">     |
| cp1251.html            | windows-1251 | http-equiv Content-Type           |
| shift_jis.html         | Shift_JIS    | <meta charset="Shift_JIS">        |
| wrong-charset.html     | UTF-8        | iso-8859-1 (wrong)                |
| no-charset-cp1251.html | windows-1251 | nothing: the charset is detected  |
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXPECTED = ROOT / "tests" / "golden" / "samples"


@dataclass(frozen=True)
class Sample:
    name: str
    encoding: str
    lang: str
    declaration: str  # a whole <meta> tag, or "" for none
    site: str
    nav: tuple[str, ...]
    title: str
    paragraphs: tuple[str, ...]
    footer: str

    def html(self) -> str:
        nav = "\n".join(
            f'    <li><a href="/section/{i}">{escape(item)}</a></li>' for i, item in enumerate(self.nav)
        )
        body = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in self.paragraphs)
        head = f"{self.declaration}\n" if self.declaration else ""
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{self.lang}">\n<head>\n{head}'
            f"<title>{escape(self.title)} | {escape(self.site)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            "</head>\n<body>\n"
            '<header class="site-header">\n'
            f'  <a class="logo" href="/">{escape(self.site)}</a>\n'
            f'  <nav class="menu">\n  <ul>\n{nav}\n  </ul>\n  </nav>\n'
            "</header>\n"
            '<main>\n<article class="story">\n'
            f"<h1>{escape(self.title)}</h1>\n{body}\n"
            "</article>\n</main>\n"
            f'<footer class="site-footer">\n  <p>{escape(self.footer)}</p>\n</footer>\n'
            "</body>\n</html>\n"
        )

    def data(self) -> bytes:
        text = self.html()
        data = text.encode(self.encoding)  # strict: every character must exist in the charset
        if data.decode(self.encoding) != text:
            raise ValueError(f"{self.name}: text does not survive {self.encoding}")
        return data

    def expected(self) -> str:
        return "\n\n".join(self.paragraphs) + "\n"


SAMPLES_LIST = (
    Sample(
        name="cp1252",
        encoding="cp1252",
        lang="en-GB",
        declaration='<meta charset="windows-1252">',
        site="Alpine Lakes Weekly",
        nav=("Home", "News", "Travel", "Food & Drink", "Outdoors", "Events"),
        title="Annecy’s cafés agree to cap the price of an espresso at €2.50",
        paragraphs=(
            "Café owners in the old town of Annecy have agreed to cap the price of an espresso at €2.50 this summer, after a row over a €7 coffee served to a tourist on the Quai de l’Évêché spread across social media and prompted a flood of complaints to the town hall.",
            "The agreement, signed by 38 of the 44 cafés and bars in the pedestrian quarter, also commits them to display their prices clearly on a board outside and to charge the same for a drink whether it is served at the counter or on the terrace.",
            "“Nobody wants Annecy to be known as the place that robs visitors,” said Amélie Roux, who runs Le Canal café and chairs the traders’ association. “Most of us have always been fair — it took one bad example to damage everyone’s reputation.”",
            "The café at the centre of the row, which had charged the tourist €7 for an espresso, €4 for a glass of tap water and €12 for a small plate of hors-d’œuvres, has since changed hands. Its new owner said he would sign the agreement but warned that rents on the quays had doubled in five years.",
            "The town hall welcomed the deal but stopped short of making it compulsory, saying it had no power to set prices in private businesses. Instead it will publish a list of the cafés that have signed, and give each of them a small sticker for the window… and a certain amount of free publicity.",
            "Visitor numbers are expected to reach a record this year, with the lake’s clear water and the medieval streets drawing more than three million people. Hotel bookings for July and August are already 12 per cent higher than at the same point last year, according to the tourist office.",
        ),
        footer="© 2024 Alpine Lakes Weekly. All rights reserved.",
    ),
    Sample(
        name="cp1251",
        encoding="cp1251",
        lang="ru",
        declaration='<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        site="Приозёрские вести",
        nav=("Главная", "Новости", "Общество", "Экономика", "Спорт", "Культура", "Объявления"),
        title="В Приозёрске открыли пешеходный мост через Вьюн",
        paragraphs=(
            "В Приозёрске после трёх лет строительства открыли новый пешеходный мост через реку Вьюн. Он соединил исторический центр города с жилым районом на правом берегу, жителям которого раньше приходилось делать крюк почти в два километра, чтобы попасть на рынок или в поликлинику.",
            "Длина моста составляет сто восемьдесят метров, ширина — шесть метров. На нём предусмотрены отдельные полосы для пешеходов и велосипедистов, скамейки и смотровая площадка, с которой открывается вид на старую крепость и устье реки.",
            "Строительство обошлось городу и области в двести двадцать миллионов рублей. Работы несколько раз приостанавливались: сначала из-за весеннего паводка, который размыл временные опоры, а затем из-за задержки поставок металлических конструкций с завода.",
            "На церемонию открытия пришли сотни горожан. Многие из них помнят старый деревянный мост, который стоял на этом месте до конца девяностых годов и был разобран после того, как его повредил ледоход.",
            "«Для нас это не просто мост, а возможность снова чувствовать себя частью города», — сказала пенсионерка Валентина Петровна, которая прожила на правом берегу больше пятидесяти лет. По её словам, теперь она сможет каждый день ходить пешком в церковь и к внукам.",
            "По вечерам мост будет украшать декоративная подсветка. Городские власти также пообещали до конца года благоустроить набережные с обеих сторон реки, установить там освещение и сделать новые спуски к воде.",
        ),
        footer="© 2024 Приозёрские вести. Все права защищены. При перепечатке ссылка на сайт обязательна.",
    ),
    Sample(
        name="shift_jis",
        encoding="shift_jis",
        lang="ja",
        declaration='<meta charset="Shift_JIS">',
        site="南浜新報",
        nav=("ホーム", "ニュース", "地域", "経済", "スポーツ", "くらし", "お悔やみ"),
        title="港町の朝市、開設百年を迎える",
        paragraphs=(
            "南浜町の港で毎朝開かれている朝市が、今月で開設から百年を迎えた。記念日となった二日の朝には、普段より多いおよそ三千人の買い物客が訪れ、とれたての魚や野菜を求める人で通りは早くからにぎわった。",
            "朝市は大正時代、漁師の妻たちが夫のとった魚を港の岸壁で売り始めたのが始まりとされる。現在は漁業者や農家など六十あまりの店が並び、毎朝五時から正午まで営業している。",
            "記念の催しでは、市場の歴史を伝える古い写真の展示が行われたほか、地元の小学生が魚のさばき方を教わる体験教室も開かれた。参加した児童は「思っていたより難しかったけれど、自分でさばいた魚はおいしそう」と話していた。",
            "一方で、店を営む人の高齢化は大きな課題となっている。組合によると、出店者の平均年齢は七十歳を超えており、この十年で店の数はおよそ三割減った。",
            "このため組合は昨年から、若い人が一日だけ店を出せる「お試し出店」の制度を始めた。これまでに二十人ほどが参加し、そのうち三人は常設の店を構えるようになったという。",
            "組合長の山本正男さんは「百年続いたのは、売る人と買う人が毎朝顔を合わせてきたからだ。次の百年も同じ朝の風景を守りたい」と話している。",
        ),
        footer="南浜新報社　記事・写真の無断転載を禁じます。",
    ),
    Sample(
        # The meta tag says iso-8859-1, but the bytes are UTF-8: a stale declaration.
        name="wrong-charset",
        encoding="utf-8",
        lang="en",
        declaration='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        site="Central Europe Dispatch",
        nav=("Home", "Poland", "Czechia", "Slovakia", "Hungary", "Culture", "About"),
        title="Kraków milk bar saved by its regulars after rent rise",
        paragraphs=(
            "A milk bar in Kraków that has served the same cheap, filling lunches since 1956 will stay open after its regular customers raised enough money to cover a steep rise in its rent, the owners said on Friday.",
            "Bar Mleczny Różany, on a side street near the Rynek Główny, was told in January that its monthly rent would rise from 9,000 złoty to almost 21,000 złoty from the summer. Its owners, Zofia and Paweł Wąsik, said they could not pass the cost on to customers without abandoning the low prices that define a milk bar.",
            "Milk bars were set up in communist Poland to provide subsidised meals for workers, and a few dozen survive in the big cities. Their menus — pierogi, soups, pancakes and potato dumplings — have barely changed in decades, and a plate of pierogi at Różany still costs less than €4.",
            "When news of the rent rise spread, a group of regulars began collecting donations in a jar by the till and online. Within six weeks they had raised enough to pay the difference for two years, with contributions from students, pensioners and former customers who now live abroad.",
            "“People told us this is the only place in the centre where they can afford to eat sitting down,” said Zofia Wąsik. “We could not let them down.” The couple say they will use the two years to negotiate a longer lease with the building’s new owner.",
        ),
        footer="© 2024 Central Europe Dispatch. Contact: desk@dispatch.example",
    ),
    Sample(
        # No charset anywhere: no BOM, no header, no meta. Only detection can read it.
        name="no-charset-cp1251",
        encoding="cp1251",
        lang="ru",
        declaration="",
        site="Районная газета «Заря»",
        nav=("Главная", "Новости района", "Образование", "Сельское хозяйство", "Погода", "Контакты"),
        title="Школьники из Берёзовки запустили собственную метеостанцию",
        paragraphs=(
            "Ученики сельской школы в Берёзовке собрали и установили на школьном дворе собственную метеостанцию. Теперь каждые десять минут она передаёт на сайт школы данные о температуре воздуха, влажности, давлении, скорости ветра и количестве осадков.",
            "Идея принадлежит учителю физики Игорю Николаевичу Смирнову, который предложил старшеклассникам заняться проектом после того, как ближайшую государственную метеостанцию в соседнем районе закрыли. Детали ребята заказывали через интернет, а корпус для датчиков напечатали на школьном трёхмерном принтере.",
            "Работа заняла почти целый учебный год. Больше всего времени ушло на то, чтобы научить станцию работать зимой: в первые морозы датчик влажности покрылся инеем и начал показывать неверные значения, и его пришлось переделывать.",
            "Данными метеостанции уже пользуются местные фермеры. По словам руководителя одного из хозяйств, точный прогноз заморозков и осадков помогает решить, когда начинать посевную и когда убирать урожай.",
            "Следующей весной школьники хотят установить ещё две такие станции в соседних сёлах, чтобы сравнивать погоду в разных частях района. Деньги на их покупку ученики собираются заработать сами, продавая на ярмарке рассаду из школьной теплицы.",
        ),
        footer="© 2024 Районная газета «Заря». Все права защищены.",
    ),
)


def outputs() -> dict[Path, bytes]:
    """Path -> bytes for every file this script writes."""
    files: dict[Path, bytes] = {}
    for sample in SAMPLES_LIST:
        files[SAMPLES / f"{sample.name}.html"] = sample.data()
        files[EXPECTED / f"{sample.name}.txt"] = sample.expected().encode("utf-8")
    return files


def main() -> None:
    EXPECTED.mkdir(parents=True, exist_ok=True)
    for path, data in outputs().items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
