"""Attachment text: .docx through python-docx, .pdf through pypdf; text only, size-capped.

Failures are recorded on the result (``error``), never raised: a broken concept note must not
lose the message.
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass

from parsers.types import Attachment

log = logging.getLogger(__name__)
logging.getLogger("pypdf").setLevel(logging.ERROR)

DOCX_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",)
PDF_TYPES = ("application/pdf", "application/x-pdf")
MAX_PDF_PAGES = 20


@dataclass(frozen=True, slots=True)
class AttachmentText:
    filename: str
    text: str
    error: str = ""


def _kind(att: Attachment) -> str:
    name = att.filename.lower()
    if att.content_type in DOCX_TYPES or name.endswith(".docx"):
        return "docx"
    if att.content_type in PDF_TYPES or name.endswith(".pdf"):
        return "pdf"
    if att.content_type == "text/plain" or name.endswith(".txt"):
        return "txt"
    return ""


def _docx_text(data: bytes) -> str:
    """Paragraphs and table rows in document order (a row becomes "cell | cell")."""
    import docx  # python-docx; imported here so a mail without attachments never pays for it
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = str(child.tag).rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = dict.fromkeys(cell.text.strip() for cell in row.cells)
                lines.append(" | ".join(c for c in cells if c))
    return "\n".join(lines)


def _pdf_text(data: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = reader.pages[:MAX_PDF_PAGES]
    return "\n".join((page.extract_text() or "") for page in pages)


def attachment_text(att: Attachment, *, max_bytes: int, max_chars: int) -> AttachmentText | None:
    """Text of a .docx/.pdf/.txt attachment, or None for other kinds. Never raises."""
    kind = _kind(att)
    if not kind:
        return None
    if att.size > max_bytes:
        return AttachmentText(att.filename, "", f"too large ({att.size} bytes)")
    try:
        if kind == "docx":
            text = _docx_text(att.payload)
        elif kind == "pdf":
            text = _pdf_text(att.payload)
        else:
            text = att.payload.decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        return AttachmentText(att.filename, "", f"{kind}: {type(err).__name__}")
    except Exception as err:  # noqa: BLE001 - pypdf/lxml raise many types on hostile files
        log.debug("attachment %s failed: %r", att.filename, err)
        return AttachmentText(att.filename, "", f"{kind}: {type(err).__name__}")
    return AttachmentText(att.filename, text[:max_chars].replace("\r\n", "\n"))
