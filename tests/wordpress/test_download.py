"""Attachments not in the media folder are downloaded from the old site, but only from
public addresses or hosts the operator allows: an export must not make the importer ask
this machine or its network for anything (SSRF). The old site here is a listener on
127.0.0.1 started by the test; where it must receive nothing, it counts connections."""

import csv
import io

import pytest
from wagtail.images.models import Image

from stories.models import StoryPage
from tests.factories import jpeg_with_gps
from wordpress.download import Downloader, DownloadError, refusal

EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/" xmlns:wp="http://wordpress.org/export/1.1/">
<channel>
  <title>Peace Network</title><link>https://peace.example.org</link>
  <wp:wxr_version>1.1</wp:wxr_version><wp:base_site_url>https://peace.example.org</wp:base_site_url>
  <item>
    <title>Youth peace camp</title><link>https://peace.example.org/?attachment_id=11</link>
    <wp:post_id>11</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
    <wp:post_parent>12</wp:post_parent>
    <wp:attachment_url>{camp}</wp:attachment_url>
  </item>
  <item>
    <title>Gone photo</title><link>https://peace.example.org/?attachment_id=13</link>
    <wp:post_id>13</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
    <wp:attachment_url>{gone}</wp:attachment_url>
  </item>
  <item>
    <title>Youth peace camp in Jinja</title><link>https://peace.example.org/2022/01/10/youth-peace-camp/</link>
    <content:encoded><![CDATA[<p>Forty young people met in Jinja.</p><p><img src="{camp_large}" alt="Camp"></p>]]></content:encoded>
    <excerpt:encoded></excerpt:encoded>
    <wp:post_id>12</wp:post_id><wp:post_date>2022-01-10 09:00:00</wp:post_date><wp:post_date_gmt>2022-01-10 06:00:00</wp:post_date_gmt>
    <wp:post_name>youth-peace-camp</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
  </item>
</channel>
</rss>
"""
CAMP = "/wp-content/uploads/2022/01/camp.jpg"


def write_export(tmp_path, camp, gone=None):
    export = tmp_path / "export.xml"
    export.write_text(
        EXPORT.format(
            camp=camp,
            gone=gone or camp.replace("camp.jpg", "gone.jpg"),
            camp_large=camp.replace("camp.jpg", "camp-1024x768.jpg"),
        ),
        encoding="utf-8",
    )
    return export


def rows_about(report, wp_id):
    return [row for row in csv.DictReader(io.StringIO(report)) if row["wp_id"] == str(wp_id)]


@pytest.fixture
def old_site(listener_factory):
    site = listener_factory()
    site.files[CAMP] = jpeg_with_gps()
    return site


def test_files_are_downloaded_from_a_host_the_operator_allows(run_import, old_site, tmp_path, locales):
    export = write_export(tmp_path, old_site.url + CAMP)
    out, report = run_import(export=export, timeout=5, allow_host=["127.0.0.1"])
    image = Image.objects.get(title="Youth peace camp")
    page = StoryPage.objects.get(title="Youth peace camp in Jinja")
    assert [block.block_type for block in page.body] == ["paragraph", "image"]
    assert page.body[1].value["image"] == image
    assert old_site.requests == [CAMP, "/wp-content/uploads/2022/01/gone.jpg"]
    gone = rows_about(report, 13)
    assert gone[0]["outcome"] == "failed" and "answered 404" in gone[0]["reason"]
    assert "attachments  1 / 0 / 0 / 1" in out


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_loopback_address_is_never_asked(run_import, old_site, tmp_path, locales, host):
    export = write_export(tmp_path, old_site.url.replace("127.0.0.1", host) + CAMP)
    out, report = run_import(export=export, timeout=5)
    assert old_site.connections == 0 and old_site.requests == []
    assert not Image.objects.exists()
    reason = rows_about(report, 11)[0]["reason"]
    assert "a loopback address" in reason and f"--allow-host {host}" in reason
    # The post is imported all the same, without the image.
    assert StoryPage.objects.get(title="Youth peace camp in Jinja").live


@pytest.mark.parametrize(
    "address, reason",
    [
        ("http://169.254.169.254/latest/meta-data/iam/camp.jpg", "a link-local address"),  # cloud metadata
        ("http://10.0.0.7/wp-content/uploads/camp.jpg", "a private address"),
        ("http://192.168.1.20:8080/camp.jpg", "a private address"),
        ("http://[::1]:6379/camp.jpg", "a loopback address"),
        ("http://[fe80::1]/camp.jpg", "a link-local address"),
        ("http://[fd00::5]/camp.jpg", "a private address"),
        ("http://[::ffff:127.0.0.1]/camp.jpg", "a loopback address"),
        ("http://224.0.0.1/camp.jpg", "a multicast address"),
        ("http://0.0.0.0:5432/camp.jpg", "an unspecified address"),
    ],
)
def test_addresses_of_this_machine_and_its_networks_are_refused_without_connecting(
    run_import, tmp_path, locales, no_internet, address, reason
):
    out, report = run_import(export=write_export(tmp_path, address), timeout=5)
    assert no_internet == []  # not one connection was attempted
    assert reason in rows_about(report, 11)[0]["reason"]


def test_a_redirect_to_a_private_address_is_refused(
    run_import, old_site, listener_factory, tmp_path, locales, no_internet
):
    inner = listener_factory()
    inner.files[CAMP] = jpeg_with_gps()
    old_site.redirects[CAMP] = f"http://localhost:{inner.server_address[1]}{CAMP}"
    old_site.redirects["/wp-content/uploads/2022/01/gone.jpg"] = "http://169.254.169.254/latest/meta-data/"
    out, report = run_import(
        export=write_export(tmp_path, old_site.url + CAMP), timeout=5, allow_host=["127.0.0.1"]
    )
    assert old_site.requests == [CAMP, "/wp-content/uploads/2022/01/gone.jpg"]
    assert inner.connections == 0
    assert "169.254.169.254" not in no_internet
    assert (
        "refused to download from localhost (127.0.0.1): a loopback address"
        in rows_about(report, 11)[0]["reason"]
    )
    assert "169.254.169.254: a link-local address" in rows_about(report, 13)[0]["reason"]
    assert not Image.objects.exists()


def test_redirects_are_followed_a_few_times_only(listener_factory):
    site = listener_factory()
    for hop in (0, 1, 2, 4, 5, 6, 7, 8, 9):
        site.redirects[f"/{hop}"] = f"{site.url}/{hop + 1}"
    site.files["/3"] = b"three"
    downloader = Downloader(timeout=5, allowed_hosts=["127.0.0.1"])
    assert downloader.get(f"{site.url}/0") == b"three"
    site.requests.clear()
    with pytest.raises(DownloadError, match="more than 5 redirects"):
        downloader.get(f"{site.url}/4")
    assert site.requests == ["/4", "/5", "/6", "/7", "/8", "/9"]


def test_a_file_larger_than_the_limit_is_refused(listener_factory):
    site = listener_factory()
    site.files["/big.jpg"] = b"x" * 2048
    with pytest.raises(DownloadError, match="larger than 1024 bytes"):
        Downloader(timeout=5, allowed_hosts=["127.0.0.1"], max_bytes=1024).get(f"{site.url}/big.jpg")


@pytest.mark.parametrize(
    "address",
    ["127.0.0.2", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.0.1", "224.0.0.251",
     "240.0.0.1", "255.255.255.255", "0.0.0.0", "192.0.2.1", "::", "::1", "fe80::1%eth0", "fc00::1",
     "ff02::1", "::ffff:10.0.0.1", "2002:7f00:1::1", "2001:db8::1"],
)  # fmt: skip
def test_non_public_addresses_are_refused(address):
    assert refusal(address) is not None


@pytest.mark.parametrize("address", ["93.184.215.14", "41.210.160.1", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address):
    assert refusal(address) is None
