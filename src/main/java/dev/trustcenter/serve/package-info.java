/**
 * The writer's live preview ({@code trustcenter serve}): renders the site into memory with drafts of
 * uncommitted policy files, serves it on a loopback address with the JDK's HTTP server, watches the
 * content and templates folders, rebuilds on change (re-rendering only the policies that changed)
 * and makes open pages reload. A failed rebuild serves an error page until the file is fixed.
 * Everything served here that a built site must not contain (the reload script, links to drafts)
 * is added while serving, never by the {@code site} stage. No argument parsing, no
 * {@code System.exit}; the clock is not read.
 */
package dev.trustcenter.serve;
