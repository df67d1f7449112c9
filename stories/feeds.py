"""RSS 2.0 and Atom feeds of the newest stories in one language."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.localisation import localized_snippets


class StoryRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.introduction or _("News and stories")

    def items(self):
        """The stories, each with its themes named in the feed's language (one query for
        all the themes, one for their translations)."""
        stories = list(self.index_page.feed_items().prefetch_related("themes"))
        themes = [theme for story in stories for theme in story.themes.all()]
        translated = {
            theme.translation_key: theme.name for theme in localized_snippets(themes, self.index_page.locale)
        }
        for story in stories:
            story.feed_categories = [translated[theme.translation_key] for theme in story.themes.all()]
        return stories

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.excerpt

    def item_link(self, item):
        return item.get_url(self.request)

    def item_categories(self, item):
        return item.feed_categories

    def item_pubdate(self, item):
        """The story's own date (not when it was last saved), at the start of that day."""
        return timezone.make_aware(datetime.combine(item.date, time.min))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_guid(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    item_guid_is_permalink = True


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed
    subtitle = StoryRssFeed.description
