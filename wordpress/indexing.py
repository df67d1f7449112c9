"""Search and reference indexes updated once per object at the end of an import.

Creating and publishing a page saves it three times (add, revision, publish), and every
save re-indexes it for search and rebuilds its reference index entries: most of the cost
of an import. While `deferred_indexing()` is active those per-save updates are off; the
objects passed to `touch()` are indexed once, when the block ends. (The signal handlers
are process-wide: run imports from a management command, not inside a web worker.)
"""

import logging
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelcluster.models import get_all_child_relations
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

logger = logging.getLogger(__name__)


class DeferredIndex:
    def __init__(self):
        self.objects = {}

    def touch(self, obj):
        """Index `obj` (its latest state) when the import ends."""
        self.objects[(type(obj), obj.pk)] = obj

    def flush(self):
        by_model = {}
        for model, pk in self.objects:
            by_model.setdefault(model, []).append(pk)
        for model, pks in by_model.items():
            for start in range(0, len(pks), 500):
                # Fetched again: publishing saved another instance; a failed item's is gone.
                # Child relations (tags, places...) fetched for the batch, not once per object.
                relations = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
                objects = list(
                    model._default_manager.filter(pk__in=pks[start : start + 500]).prefetch_related(
                        *relations
                    )
                )
                indexed = [search_index.get_indexed_instance(obj, check_exists=False) for obj in objects]
                indexed = [obj for obj in indexed if obj is not None]
                if indexed and search_index.class_is_indexed(model):
                    for backend in get_search_backends(with_auto_update=True):
                        backend.add_bulk(model, indexed)
                if ReferenceIndex.is_indexed(model):
                    for obj in objects:
                        ReferenceIndex.create_or_update_for_object(obj)
        self.objects = {}


@contextmanager
def deferred_indexing():
    models = [
        model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    disconnected = [model for model in models if post_save.disconnect(post_save_signal_handler, sender=model)]
    deferred = DeferredIndex()
    try:
        with disable_reference_index_auto_update():
            yield deferred
        deferred.flush()
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)
