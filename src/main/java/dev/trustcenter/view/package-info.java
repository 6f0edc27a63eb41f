/**
 * The template data model: one record per page kind, holding only preformatted strings, booleans,
 * numbers and lists of further view records, so templates compute nothing. {@link
 * dev.trustcenter.view.Urls} owns every URL pattern; dates are formatted here with a fixed locale.
 */
package dev.trustcenter.view;
