/**
 * Turns the Markdown body of one policy into sanitised HTML plus the structure the rest of the
 * build needs: stable heading ids (links into a specific version point at them) and a flat list of
 * {@link dev.trustcenter.markdown.Block}s in document order, which the diff compares. {@code {{ name }}}
 * placeholders in prose are filled with values the caller gives (code keeps them literal). Raw HTML in
 * Markdown is untrusted and passes through a jsoup {@code Safelist}. The flexmark engines are built
 * once per {@link dev.trustcenter.markdown.MarkdownRenderer}; rendering keeps per-document state
 * local, so one renderer may be shared between threads. Knows nothing of policies, git, pages,
 * templates or the filesystem.
 */
package dev.trustcenter.markdown;
