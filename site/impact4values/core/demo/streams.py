"""StreamField data for the demo pages, from the content files' ``(kind, value)`` pairs."""

import uuid

BLOCK_ID_NAMESPACE = uuid.UUID("5b0f3c1e-7a43-4c35-9e0f-1f0a4c1b2d3e")


def block_id(*parts):
    """Block ids that are the same in every language, so wagtail-localize can pair the segments."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, ":".join(str(part) for part in parts)))


def stream_data(context, page_key, blocks):
    """The raw StreamField value of page ``page_key``; ``cta`` and ``partners`` blocks name pages and
    partners by their content key, looked up in ``context``."""
    return [block_data(context, page_key, index, kind, value) for index, (kind, value) in enumerate(blocks)]


def block_data(context, page_key, index, kind, value):
    data = {"type": kind, "id": block_id(page_key, index)}
    if kind in ("heading", "paragraph"):
        data["value"] = value
    elif kind == "key_figures":
        data["value"] = [
            {"type": "item", "id": block_id(page_key, index, position), "value": figure}
            for position, figure in enumerate(value)
        ]
    elif kind == "partners":
        data["value"] = [
            {"type": "item", "id": block_id(page_key, index, position), "value": context.partners[key].pk}
            for position, key in enumerate(value)
        ]
    elif kind == "cta":
        data["type"] = "call_to_action"
        page = context.pages.get(value.get("page"))
        data["value"] = {
            "label": value["label"],
            "page": page.pk if page else None,
            "url": value.get("url", ""),
        }
    else:
        raise ValueError(f"Unknown block type {kind!r} in the demo content of {page_key!r}.")
    return data
