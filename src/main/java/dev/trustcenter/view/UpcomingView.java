package dev.trustcenter.view;

/**
 * A version announced ahead of its {@code effective} date, as the current page, the home page and
 * the history page announce it. Pages print both the "takes effect" and the "took effect" wording;
 * the theme's script shows the second from the effective date on, until the next build.
 *
 * @param label        how the upcoming version is named: its review label, else "revision &lt;id&gt;"
 * @param url          the upcoming version's permanent page
 * @param diffUrl      the diff from the version in force to the upcoming one
 * @param inForceLabel how the version in force until then is named
 * @param inForceUrl   the permanent page of the version in force
 */
public record UpcomingView(String effectiveIso, String effectiveText, String label, String url, String diffUrl,
                           String inForceLabel, String inForceUrl) {
}
