/**
 * Turns a rendered print page (HTML from the {@code print.ftlh} template) into a PDF with
 * openhtmltopdf, deterministically: fixed dates and a document id derived from the content, so the
 * same build gives byte-identical files. Knows nothing of policies or views; it takes HTML and the
 * document's metadata. Images are not embedded (their alternative text is printed instead): the
 * PDF never reads files or the network while it is made.
 */
package dev.trustcenter.pdf;
