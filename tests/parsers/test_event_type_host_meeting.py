"""An event held within a larger meeting ("en el marco del Foro X", "dans le cadre du Sommet X")
is a side event; the meeting itself, a week, a project or one's own conference is not a host."""

from __future__ import annotations

import pytest

from parsers.event_type import classify_event_type_signal


@pytest.mark.parametrize(
    ("title", "body", "language"),
    [
        (
            "Conversatorio sobre empleo juvenil migrante",
            "El conversatorio tendrá lugar en el marco del Foro Andino de Movilidad, en Quito.",
            "es",
        ),
        (
            "Table ronde sur les corridors de main-d'oeuvre",
            "Cette table ronde se tient dans le cadre du Sommet Afrique-Golfe sur l'Emploi.",
            "fr",
        ),
        (
            "Painel sobre portabilidade de pensões",
            "O painel realiza-se no âmbito da Conferência Lusófona de Segurança Social.",
            "pt",
        ),
        (
            "Panel on heat stress and seasonal work",
            "The panel is held within the framework of the Pacific Labour Mobility Summit.",
            "en",
        ),
        (
            "ورشة حول حماية العمال الموسميين",
            "تعقد الورشة في إطار المنتدى المتوسطي للتنقل والعمل.",
            "ar",
        ),
        (
            "Podiumsgespräch zu Fachkräfteeinwanderung",
            "Das Gespräch findet im Rahmen des Forums Arbeit und Mobilität statt.",
            "de",
        ),
    ],
)
def test_event_framed_by_a_larger_meeting_is_side_event(
    title: str, body: str, language: str
) -> None:
    """A session announced within another, named meeting is a side event."""
    signal = classify_event_type_signal(title, body, language=language)
    assert signal.event_type == "side_event"
    assert signal.span is not None


@pytest.mark.parametrize(
    ("title", "body", "language"),
    [
        (
            "Foro Andino de Movilidad",
            "En el marco del Foro Andino de Movilidad se realizarán paneles y talleres.",
            "es",
        ),
        (
            "Atelier sur l'accueil des saisonniers",
            "Dans le cadre de la Semaine des migrations, nous organisons un atelier.",
            "fr",
        ),
        (
            "Taller de formación en gestión de datos",
            "En el marco del proyecto de cooperación, realizaremos un taller.",
            "es",
        ),
        (
            "Taller sobre remesas digitales",
            "El taller se realizará en el marco de nuestra conferencia anual.",
            "es",
        ),
        (
            "المنتدى المتوسطي للتنقل والعمل",
            "تعقد جلسات عديدة في إطار المنتدى المتوسطي للتنقل والعمل.",
            "ar",
        ),
    ],
)
def test_own_meeting_week_or_project_is_no_host(title: str, body: str, language: str) -> None:
    """The titled meeting itself, Migration Week, a project or 'our conference' frames nothing."""
    assert classify_event_type_signal(title, body, language=language).event_type != "side_event"
