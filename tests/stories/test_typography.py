"""Story pages in each language: translated towns, photo text and credit, and the
language's own list punctuation, through wagtail-localize as a translator does it."""

import io

import pytest

from demo.site import DemoReport
from demo.translation import translate
from home.snippets import Country
from tests.factories import make_image, make_story

pytestmark = pytest.mark.django_db


def translated_country(country, locale, name):
    translation = country.copy_for_translation(locale)
    translation.name = name
    translation.save()
    return translation


def translate_story(story, locale, texts):
    """Translate `story` with `texts` ({English segment: translation}), as a PO upload does."""
    translate(DemoReport(io.StringIO()), story, locale, texts)
    return story.get_translation(locale)


@pytest.fixture
def adjumani_story(story_index, taxonomy):
    return make_story(
        story_index,
        "Activists trained",
        "2021-08-25",
        places=[("Adjumani", taxonomy["uganda"])],
        hero_image=make_image("Training"),
        hero_alt="Activists sitting in a circle",
        hero_credit="Photo: Peace Centre",
    )


TEXTS = {
    "fr": {
        "Activists trained": "Militantes formées",
        "activists-trained": "militantes-formees",
        "About Activists trained.": "À propos.",
        "Text.": "Texte.",
        "Activists sitting in a circle": "Des militantes assises en cercle",
        "Photo: Peace Centre": "Photo\u00a0: Centre pour la paix",
        "Adjumani": "Adjumani",
    },
    "sw": {
        "Activists trained": "Wanaharakati wapata mafunzo",
        "activists-trained": "wanaharakati",
        "About Activists trained.": "Kuhusu.",
        "Text.": "Maandishi.",
        "Activists sitting in a circle": "Wanaharakati wameketi kwa duara",
        "Photo: Peace Centre": "Picha: Kituo cha Amani",
        "Adjumani": "Adjumani",
    },
    "ar": {
        "Activists trained": "تدريب ناشطات",
        "activists-trained": "تدريب-ناشطات",
        "About Activists trained.": "نبذة.",
        "Text.": "نص.",
        "Activists sitting in a circle": "ناشطات جالسات في حلقة",
        "Photo: Peace Centre": "الصورة: مركز السلام",
        "Adjumani": "أدجوماني",
        "Juba": "جوبا",
        "Kampala": "كمبالا",
        "Gulu": "غولو",
        "Lira": "ليرا",
    },
}


def test_an_arabic_story_names_its_town_and_country_in_arabic_joined_by_an_arabic_comma(
    client, adjumani_story, locales, taxonomy
):
    translated_country(taxonomy["uganda"], locales["ar"], "أوغندا")
    arabic = translate_story(adjumani_story, locales["ar"], TEXTS["ar"])
    html = client.get(arabic.url).content.decode()
    assert "<span>أدجوماني، أوغندا</span>" in html
    assert "Adjumani" not in html


def test_arabic_places_in_two_countries_are_separated_by_an_arabic_semicolon(
    client, story_index, locales, taxonomy
):
    translated_country(taxonomy["uganda"], locales["ar"], "أوغندا")
    translated_country(taxonomy["south-sudan"], locales["ar"], "جنوب السودان")
    story = make_story(
        story_index,
        "Activists trained",
        "2021-08-25",
        places=[
            ("Kampala", taxonomy["uganda"]),
            ("Gulu", taxonomy["uganda"]),
            ("Lira", taxonomy["uganda"]),
            ("Juba", taxonomy["south-sudan"]),
        ],
    )
    arabic = translate_story(story, locales["ar"], TEXTS["ar"])
    html = client.get(arabic.url).content.decode()
    assert "<span>كمبالا، غولو وليرا، أوغندا؛ جوبا، جنوب السودان</span>" in html


def test_an_english_story_keeps_latin_commas_and_semicolons(client, story_index, taxonomy):
    story = make_story(
        story_index,
        "Meeting",
        "2021-08-25",
        places=[
            ("Kampala", taxonomy["uganda"]),
            ("Gulu", taxonomy["uganda"]),
            ("Juba", taxonomy["south-sudan"]),
        ],
    )
    html = client.get(story.url).content.decode()
    assert "<span>Kampala and Gulu, Uganda; Juba, South Sudan</span>" in html


@pytest.mark.parametrize("language", ["fr", "sw", "ar"])
def test_the_photo_alternative_text_is_translated_with_the_story(client, adjumani_story, locales, language):
    translation = translate_story(adjumani_story, locales[language], TEXTS[language])
    html = client.get(translation.url).content.decode()
    assert f'alt="{TEXTS[language]["Activists sitting in a circle"]}"' in html


@pytest.mark.parametrize("language", ["fr", "sw", "ar"])
def test_the_photo_credit_is_translated_with_the_story(client, adjumani_story, locales, language):
    translation = translate_story(adjumani_story, locales[language], TEXTS[language])
    html = client.get(translation.url).content.decode()
    assert f'<span class="credit">{TEXTS[language]["Photo: Peace Centre"]}</span>' in html


def test_a_french_town_name_comes_from_the_french_translation(client, adjumani_story, locales, taxonomy):
    translated_country(taxonomy["uganda"], locales["fr"], "Ouganda")
    french = translate_story(adjumani_story, locales["fr"], {**TEXTS["fr"], "Adjumani": "Adjoumani"})
    html = client.get(french.url).content.decode()
    assert "<span>Adjoumani, Ouganda</span>" in html


def test_translating_a_town_leaves_the_english_story_and_the_country_filter_alone(
    adjumani_story, locales, taxonomy
):
    arabic = translate_story(adjumani_story, locales["ar"], TEXTS["ar"])
    assert [place.town for place in adjumani_story.places.all()] == ["Adjumani"]
    assert [(place.town, place.country) for place in arabic.places.all()] == [
        ("أدجوماني", taxonomy["uganda"])
    ]


def test_without_its_own_alternative_text_the_photo_uses_the_image_description(client, story_index):
    image = make_image("Training")
    image.description = "Women at a training"
    image.save()
    story = make_story(story_index, "Plain", "2021-08-25", hero_image=image)
    html = client.get(story.url).content.decode()
    assert 'alt="Women at a training"' in html


def test_an_untranslated_story_in_a_french_list_says_en_anglais_in_lowercase(client, story_index, locales):
    make_story(story_index, "Only in English", "2021-08-25")
    translate(
        DemoReport(io.StringIO()),
        story_index,
        locales["fr"],
        {"News and stories": "Actualités", "stories": "actualites"},
    )
    html = client.get("/fr/actualites/").content.decode()
    assert '<span class="badge badge--language" lang="fr">En anglais</span>' in html
    assert "En Anglais" not in html


def test_an_untranslated_story_in_an_arabic_list_names_english_in_arabic(client, story_index, locales):
    make_story(story_index, "Only in English", "2021-08-25")
    translate(
        DemoReport(io.StringIO()),
        story_index,
        locales["ar"],
        {"News and stories": "الأخبار", "stories": "الأخبار"},
    )
    html = client.get(story_index.get_translation(locales["ar"]).url).content.decode()
    assert '<span class="badge badge--language" lang="ar">باللغة الإنجليزية</span>' in html


def test_countries_without_a_translation_keep_their_english_name_in_arabic_punctuation(
    client, adjumani_story, locales
):
    arabic = translate_story(adjumani_story, locales["ar"], TEXTS["ar"])
    assert Country.objects.filter(locale=locales["ar"]).count() == 0
    html = client.get(arabic.url).content.decode()
    assert "<span>أدجوماني، Uganda</span>" in html
