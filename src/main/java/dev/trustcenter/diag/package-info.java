/**
 * Positions, user-facing errors, bounded diagnostics and phase timing. The bottom of the package
 * graph: depends on no other trustcenter package and prints nothing.
 */
package dev.trustcenter.diag;
