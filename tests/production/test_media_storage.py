"""Media on S3-compatible storage, against a local S3 emulator (moto's server) the tests start:
uploads land in the bucket without their metadata, renditions are made there and served from
it, documents download through the site."""

import io
import json
import uuid

import boto3
import pytest
import requests
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from config.s3 import s3_media_storage
from demo.pdf import make_pdf
from tests.factories import jpeg_with_gps, make_image

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings):
    """A new bucket in the emulator, made the site's media storage as production.py would."""
    name = f"amani-media-{uuid.uuid4().hex[:8]}"
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1", **_keys())
    client.create_bucket(Bucket=name)
    # Readers fetch media straight from the bucket: it is public-read, as docs/deploy.md says.
    public_read = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{name}/*",
            }
        ],
    }
    client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_read))
    storage, _origin = s3_media_storage(
        {
            "AWS_STORAGE_BUCKET_NAME": name,
            "AWS_S3_ENDPOINT_URL": s3_endpoint,
            "AWS_S3_REGION_NAME": "us-east-1",
            **CREDENTIALS,
        }
    )
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    return client, name


def _keys():
    return {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


def objects_in(bucket):
    client, name = bucket
    return {item["Key"]: item for item in client.list_objects_v2(Bucket=name).get("Contents", [])}


def read_object(bucket, key):
    client, name = bucket
    return client.get_object(Bucket=name, Key=key)["Body"].read()


def test_an_uploaded_photo_lands_in_the_bucket_without_its_gps(admin_client_logged_in, bucket):
    response = admin_client_logged_in.post(
        reverse("wagtailimages:add"),
        {"title": "Mediators in Yei", "file": SimpleUploadedFile("yei.jpg", jpeg_with_gps(), "image/jpeg")},
    )
    assert response.status_code == 302
    image = Image.objects.get(title="Mediators in Yei")
    assert image.file.name in objects_in(bucket)
    stored = PILImage.open(io.BytesIO(read_object(bucket, image.file.name)))
    assert not stored.getexif()
    stored_object = bucket[0].head_object(Bucket=bucket[1], Key=image.file.name)
    assert stored_object["CacheControl"] == "public, max-age=31536000, immutable"


def test_renditions_are_made_in_the_bucket_and_served_from_it(db, bucket):
    image = make_image("Cover")
    rendition = image.get_rendition("fill-320x180|format-webp")
    assert rendition.file.name in objects_in(bucket)
    assert rendition.url.startswith(bucket[0].meta.endpoint_url)
    answer = requests.get(rendition.url, timeout=10)
    assert answer.status_code == 200
    served = PILImage.open(io.BytesIO(answer.content))
    assert (served.format, served.size) == ("WEBP", (320, 180))


def test_a_document_uploaded_to_the_bucket_downloads_through_the_site(admin_client_logged_in, client, bucket):
    pdf = make_pdf([["The Women, Peace and Security report", "Page one."]])
    response = admin_client_logged_in.post(
        reverse("wagtaildocs:add"),
        {"title": "WPS report", "file": SimpleUploadedFile("wps-report.pdf", pdf, "application/pdf")},
    )
    assert response.status_code == 302
    document = Document.objects.get(title="WPS report")
    assert document.file.name in objects_in(bucket)
    download = client.get(document.url)
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == pdf


def test_without_a_bucket_media_stay_on_disk():
    assert s3_media_storage({}) is None


def test_a_custom_domain_is_the_origin_the_csp_allows():
    storage, origin = s3_media_storage(
        {"AWS_STORAGE_BUCKET_NAME": "wipc", "AWS_S3_CUSTOM_DOMAIN": "media.wipc.org"}
    )
    assert storage["OPTIONS"]["custom_domain"] == "media.wipc.org"
    assert origin == "https://media.wipc.org"
