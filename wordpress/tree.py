"""Adding many pages under one parent without rescanning its children for each.

treebeard's `add_child` asks the database for the parent's last child to number the new
one, and Wagtail's save checks the slug against every sibling: with 10,000 stories under
one index, two scans of 10,000 rows per story. Here the last child's path is fetched once
per parent and then counted on, and slugs are made unique from a set of the siblings'
slugs read once (see Importer.unique_slug). Everything else is Wagtail's own save.

If another process adds a page under the same parent meanwhile, the path is taken, the
database refuses the insert (the path is unique), the item fails and is reported, and
the cache is dropped so the next item reads the real last child again.
"""

from django.db.models import F
from wagtail.models import Page


class TreeWriter:
    def __init__(self):
        self.last_paths = {}  # parent pk → path of its last child (None: no child)

    def reset(self):
        self.last_paths = {}

    def add_child(self, parent, page):
        if parent.pk not in self.last_paths:
            last = parent.get_last_child()
            self.last_paths[parent.pk] = last.path if last is not None else None
        last_path = self.last_paths[parent.pk]
        page.depth = parent.depth + 1
        if last_path is None:
            page.path = Page._get_path(parent.path, page.depth, 1)
        else:
            page.path = Page(path=last_path)._inc_path()
        # Title and slug were made valid by the importer and the slug is unique among the
        # siblings, which is all a draft save would check.
        # log_action=None: no separate "created" entry; the importer logs the publication
        # (or the draft's revision stands for its creation).
        page.save(clean=False, log_action=None)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
        parent.numchild += 1
        self.last_paths[parent.pk] = page.path
        return page
