package dev.trustcenter.markdown;

/**
 * Rewrites the target of a link or image, e.g. {@code security/access-control.md#mfa} to
 * {@code /security/access-control/#mfa}. Called for every {@code a[href]} and {@code img[src]},
 * from Markdown and raw HTML alike, before sanitising, so an unsafe replacement is still removed.
 * Must return a non-null href: the same one to leave it unchanged.
 */
@FunctionalInterface
public interface LinkResolver {

    LinkResolver NONE = href -> href;

    String resolve(String href);
}
