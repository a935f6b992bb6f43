"""Benchmark: find_dates + find_times on ~3 KB mail bodies (texts per second, one core).

Run: .venv/bin/python bench/temporal.py
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from parsers.fold import fold
from parsers.temporal import find_dates, find_times

INVITATION = """Dear colleagues and partners,

On behalf of the Regional Network on Migration, we are pleased to invite you to the consultation
on labour mobility and skills partnerships, which will take place on Tuesday, 12 March 2024 from
09:30 to 17:00 CET at the Palais des Nations, Room XII, Geneva. Registration opens at 08:45.

The consultation follows the review meeting held on 14 November 2023 and prepares the
International Migration Review Forum. Participants are invited to share good practices under GCM
Objectives 5, 6 and 18. Interpretation will be provided in English, French and Spanish.

Please register by 1 March via https://example.org/events/2024-03-12/register?ref=12345 and send
any questions to events-team@example.org. A concept note and a draft agenda are attached.

Agenda (tentative)
08:45 - 09:30  Registration and welcome coffee
09:30 - 10:30  Opening session
10:30 - 12:30  Panel 1: recruitment costs (SDG 10.7.1)
12:30 - 14:00  Lunch
14:00 - 16:30  Panel 2: skills recognition
16:30 - 17:00  Closing

Remote participation will be possible; a link will be shared 48 hours in advance. The
session will be recorded. Budget line 2024/25, reference A/RES/73/195, paragraph 27.

Best regards,
Jane Example
Programme Officer | Regional Network on Migration
Tel: +41 22 917 1234 | Mobile: +41 79 123 45 67
Route des Morillons 17, CH-1211 Geneva 19, Switzerland
"""

FRENCH = """Chers partenaires,

Nous avons le plaisir de vous inviter à l'atelier régional sur la protection des enfants
migrants, qui aura lieu du 29 janvier au 2 février 2024 à Dakar (Sénégal), de 9h à 13h GMT.
La date limite d'inscription est fixée au 15 janvier. L'atelier précédent a eu lieu le
12 octobre 2023 à Abidjan. Merci de confirmer votre participation avant le vendredi 12 janvier.

Programme : accueil des participants à 8h30, pause-café à 10h45, déjeuner à 13h.
Contact : +221 33 123 45 67 — www.example.org/atelier — atelier@example.org

El taller se realizará el 1 de febrero de 2024 de 15:00 a 18:00 horas (hora de Dakar).
A reunião terá lugar no dia 5 de março, das 14h30 às 17h30.
ستعقد الورشة يوم الثلاثاء ١٢ آذار/مارس ٢٠٢٤ الساعة ١٠:٠٠ صباحاً بتوقيت جرينتش.
"""


def bodies() -> list[str]:
    return [(INVITATION * 3)[:3000], (FRENCH * 4)[:3000]]


def bench(runs: int = 5, loops: int = 200) -> None:
    for body in bodies():
        rates = []
        for _ in range(runs):
            start = time.process_time()
            for _ in range(loops):
                fold.cache_clear()  # a new mail each time: the fold is shared by dates and times
                find_dates(body, reference=date(2024, 1, 10))
                find_times(body)
            rates.append(loops / (time.process_time() - start))
        found = len(find_dates(body, reference=date(2024, 1, 10))), len(find_times(body))
        print(
            f"temporal: {len(body)} chars, {found[0]} dates + {found[1]} times: "
            f"{statistics.median(rates):.0f} texts/s ({1000 / statistics.median(rates):.2f} ms)"
        )


if __name__ == "__main__":
    bench()
