"""Moving in from WordPress: posts, pages, media, languages and old URLs.

`python manage.py import_wordpress EXPORT.xml` reads a WXR export (Tools → Export in
WordPress) and makes stories, standard pages, images, documents and redirects from it.
See `importer.py` for the order of work and `models.ImportedObject` for how a second run
finds what the first one made.
"""
