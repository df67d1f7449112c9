"""Structured data (schema.org PublicationIssue / Report) and citations of publications."""

from django import template

from home.templatetags.amani_tags import json_ld, organisation_ld

register = template.Library()


@register.filter
def citation(page, org_name=""):
    return page.citation(org_name)


@register.simple_tag(takes_context=True)
def publication_json_ld(context, page):
    request = context["request"]
    org = context["org"]
    absolute = request.build_absolute_uri
    publisher = organisation_ld(request, org)
    data = {
        "@context": "https://schema.org",
        "name": page.title,
        "description": page.summary,
        "datePublished": page.publication_date.isoformat(),
        "inLanguage": page.locale.language_code,
        "url": absolute(page.get_url(request)),
        "publisher": publisher,
    }
    files = context.get("files") or []
    if files:
        data["encoding"] = [
            {
                "@type": "MediaObject",
                "contentUrl": absolute(file.document.url),
                "encodingFormat": file.document.content_type,
                "contentSize": str(file.size),
                "inLanguage": file.language,
            }
            for file in files
        ]
    if page.cover_image:
        data["image"] = absolute(page.cover_image.get_rendition("fill-1200x630|format-jpeg").url)
    if page.specific_class.__name__ == "MagazineEditionPage":
        series = page.get_parent()
        data.update(
            {
                "@type": "PublicationIssue",
                "issueNumber": str(page.edition_number),
                "isPartOf": {"@type": "Periodical", "name": series.title, "publisher": publisher},
            }
        )
    else:
        data["@type"] = "Report"
        authors = page.author_list()
        data["author"] = [{"@type": "Person", "name": name} for name in authors] or publisher
        if page.isbn:
            data["identifier"] = {"@type": "PropertyValue", "propertyID": "ISBN", "value": page.isbn}
        if page.doi:
            data["sameAs"] = f"https://doi.org/{page.doi}"
    return json_ld(data)
