"""Structured data for stories (schema.org NewsArticle)."""

import logging

from django import template
from wagtail.images.models import SourceImageIOError

from home.templatetags.amani_tags import json_ld, organisation_ld

logger = logging.getLogger(__name__)
register = template.Library()


@register.simple_tag(takes_context=True)
def story_json_ld(context, page):
    """schema.org NewsArticle for `page`, with the themes and tags of the story's context."""
    request = context["request"]
    org = context["org"]
    absolute = request.build_absolute_uri
    publisher = organisation_ld(request, org)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.excerpt,
        "datePublished": page.date.isoformat(),
        "dateModified": (page.last_published_at or page.latest_revision_created_at).isoformat()
        if (page.last_published_at or page.latest_revision_created_at)
        else page.date.isoformat(),
        "inLanguage": page.locale.language_code,
        "mainEntityOfPage": absolute(page.get_url(request)),
        "publisher": publisher,
    }
    if page.hero_image:
        try:
            data["image"] = [absolute(page.hero_image.get_rendition("fill-1200x630|format-jpeg").url)]
        except SourceImageIOError:
            logger.warning("Story %s: hero image file %s is missing", page.pk, page.hero_image.file.name)
    themes = [theme.name for theme in context.get("themes", [])]
    if themes:
        data["articleSection"] = themes[0]
    keywords = [*themes, *context.get("tags", [])]
    if keywords:
        data["keywords"] = keywords
    if page.show_byline and page.byline:
        data["author"] = {"@type": "Person", "name": page.byline}
    else:
        # No person named unless the editor turned the byline on (many people written
        # about are at risk): the organisation speaks for the story.
        data["author"] = publisher
    return json_ld(data)
