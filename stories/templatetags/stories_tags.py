"""Structured data for stories (schema.org NewsArticle)."""

import logging

from django import template
from wagtail.images.models import SourceImageIOError

from home.templatetags.amani_tags import json_ld, organisation_ld

logger = logging.getLogger(__name__)
register = template.Library()


@register.simple_tag(takes_context=True)
def story_json_ld(context, page):
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
    if page.show_byline and page.byline:
        data["author"] = {"@type": "Person", "name": page.byline}
    else:
        data["author"] = publisher
    return json_ld(data)
