"""Structured data (schema.org PublicationIssue / Report) and citations of publications."""

from django import template

from home.templatetags.amani_tags import json_ld, organisation_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def publication_citation(context, page):
    """The report's citation, with its publishers in the reader's language and, when it
    has no DOI, the address it is read at."""
    request = context["request"]
    return page.citation(publisher_names(context, page), request.build_absolute_uri(page.get_url(request)))


@register.simple_tag(takes_context=True)
def publisher_names(context, page):
    """Who published the report, in the reader's language: the organisation (unless it
    only shares someone else's report) and the publishers named on the page."""
    names = [context["org"].name] if page.published_by_us else []
    return names + [partner.name for partner in context.get("publishers") or []]


def _organisation(partner):
    data = {"@type": "Organization", "name": partner.name}
    if partner.url:
        data["url"] = partner.url
    return data


@register.simple_tag(takes_context=True)
def publication_json_ld(context, page):
    """schema.org data for an edition (a PublicationIssue of a Periodical) or a report.

    Rendered through `json_ld`, which escapes <, > and & so no title or summary can close
    the <script> element.
    """
    request = context["request"]
    absolute = request.build_absolute_uri
    site_publisher = organisation_ld(request, context["org"])
    data = {
        "@context": "https://schema.org",
        "name": page.title,
        "description": page.summary,
        "datePublished": page.publication_date.isoformat(),
        "inLanguage": page.locale.language_code,
        "url": absolute(page.get_url(request)),
        "publisher": site_publisher,
    }
    themes = context.get("themes") or []
    if themes:
        data["keywords"] = [theme.name for theme in themes]
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
        # The same rendition as og:image (components/seo_meta.html), so it exists already.
        data["image"] = absolute(page.cover_image.get_rendition("fill-1200x630|format-jpeg").url)
    if page.specific_class.__name__ == "MagazineEditionPage":
        series = page.get_parent()
        data["@type"] = "PublicationIssue"
        data["issueNumber"] = str(page.edition_number)
        data["isPartOf"] = {
            "@type": "Periodical",
            "name": series.title,
            "url": absolute(series.get_url(request)),
            "publisher": site_publisher,
        }
    else:
        publishers = [site_publisher] if page.published_by_us else []
        publishers += [_organisation(partner) for partner in context.get("publishers") or []]
        if publishers:
            data["publisher"] = publishers if len(publishers) > 1 else publishers[0]
        authors = [{"@type": "Person", "name": name} for name in page.author_list()]
        data["author"] = authors or publishers or site_publisher
        # schema.org gives `isbn` to books only: a report with an ISBN is also a book.
        data["@type"] = ["Report", "Book"] if page.isbn else "Report"
        if page.isbn:
            data["isbn"] = page.isbn
        if page.doi:
            data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": page.doi}
            data["sameAs"] = f"https://doi.org/{page.doi}"
        if page.licence_url():
            data["license"] = page.licence_url()
        funders = context.get("funders") or []
        if funders:
            data["funder"] = [_organisation(partner) for partner in funders]
    return json_ld(data)
