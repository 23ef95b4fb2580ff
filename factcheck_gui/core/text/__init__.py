"""Articles as text: load txt, md, html and docx into text + blocks with exact offsets."""
