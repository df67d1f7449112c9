"""Media on S3-compatible object storage (AWS S3, MinIO, Scaleway, Backblaze...) through
django-storages, configured from environment variables. Used by production.py and by the
tests, which point it at a local S3 emulator."""

from config.environment import Environment


def s3_media_storage(environ):
    """(the STORAGES["default"] entry, the origin media are served from) for the bucket
    named by AWS_STORAGE_BUCKET_NAME, or None when no bucket is named.

    `environ` is a mapping of variables (os.environ in production). Without keys, boto3
    finds credentials by itself (instance role, ~/.aws).
    """
    env = Environment(environ)
    bucket = env.text("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return None
    options = {
        "bucket_name": bucket,
        "endpoint_url": env.text("AWS_S3_ENDPOINT_URL") or None,
        "region_name": env.text("AWS_S3_REGION_NAME") or None,
        "access_key": env.text("AWS_ACCESS_KEY_ID") or None,
        "secret_key": env.text("AWS_SECRET_ACCESS_KEY") or None,
        # A CDN or public host name for the bucket; media URLs are then plain and cacheable.
        "custom_domain": env.text("AWS_S3_CUSTOM_DOMAIN") or None,
        # Signed, expiring URLs: only for a private bucket, and they defeat browser caches.
        "querystring_auth": env.flag("AWS_QUERYSTRING_AUTH", False),
        # Uploads never replace each other: a second "report.pdf" gets a new name.
        "file_overwrite": False,
        # Uploaded files never change under a name, so browsers may keep them for a year.
        "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
    }
    if options["custom_domain"]:
        origin = f"https://{options['custom_domain']}"
    else:
        origin = options["endpoint_url"] or f"https://{bucket}.s3.amazonaws.com"
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}, origin.rstrip("/")
