"""A byte range of a document, through the site's own request cycle (the test client): the
database connection stays usable for the rest of the request and the next one."""

import pytest
from django.db import connection
from wagtail.documents.models import Document

from tests.factories import make_document


@pytest.fixture
def document(db):
    return make_document("Report", pages=1, lines=0)


def test_a_range_request_leaves_the_database_connection_open(client, document):
    answer = client.get(document.url, HTTP_RANGE="bytes=0-9")
    assert answer.status_code == 206
    assert b"".join(answer.streaming_content) == document.file.open("rb").read()[:10]
    assert connection.connection is not None and connection.is_usable()
    assert Document.objects.filter(pk=document.pk).exists()
    assert client.get(document.url).status_code == 200
