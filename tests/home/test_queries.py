"""Query counts of the frame: they must not grow with menus, links or settings."""

from home.models import StandardPage
from home.snippets import NavigationMenu, NavigationMenuItem
from tests.factories import publish


def test_home_page_query_count_stays_fixed_with_a_long_menu(
    client, home_page, locales, django_assert_max_num_queries
):
    pages = [publish(home_page, StandardPage(title=f"Page {i}", slug=f"page-{i}")) for i in range(30)]
    menu = NavigationMenu(name="Main", slug="primary", locale=locales["en"])
    menu.items = [NavigationMenuItem(link_page=page, locale=locales["en"]) for page in pages]
    menu.save()
    client.get("/en/")  # warm per-process caches (site root paths, content types)

    with django_assert_max_num_queries(17):
        response = client.get("/en/")
    assert response.content.decode().count('<li><a href="/en/page-') == 30
