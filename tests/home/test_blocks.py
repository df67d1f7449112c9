"""The shared blocks: each explains itself to editors and previews in the block picker."""

import pytest
from wagtail import blocks

from home.blocks import BaseStreamBlock
from tests.factories import make_image

SHARED_BLOCKS = list(BaseStreamBlock.base_blocks.items())


@pytest.mark.parametrize(("name", "block"), SHARED_BLOCKS, ids=[name for name, _ in SHARED_BLOCKS])
def test_each_shared_block_has_a_description_for_editors(name, block):
    assert block.meta.description


@pytest.mark.parametrize(("name", "block"), SHARED_BLOCKS, ids=[name for name, _ in SHARED_BLOCKS])
def test_each_field_of_a_shared_block_has_help_text(name, block):
    fields = block.child_blocks.values() if isinstance(block, blocks.StructBlock) else [block]
    for field in fields:
        assert field.field.help_text if hasattr(field, "field") else field.meta.help_text, (name, field.name)


@pytest.mark.parametrize("name", ["heading", "paragraph", "quote", "embed", "call_to_action", "people"])
def test_text_blocks_preview_in_the_block_picker(name):
    assert BaseStreamBlock.base_blocks[name].is_previewable


@pytest.mark.parametrize("name", ["image", "document"])
def test_blocks_that_need_a_file_preview_with_one_from_the_library(db, name):
    make_image("Library image")
    assert BaseStreamBlock.base_blocks[name].is_previewable


def test_block_preview_renders_with_the_site_stylesheet(admin_client_logged_in):
    response = admin_client_logged_in.get(
        "/admin/block-preview/", {"id": BaseStreamBlock.base_blocks["quote"].definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/home/css/site.css" in html
    assert "Shaping peace is everyone" in html
