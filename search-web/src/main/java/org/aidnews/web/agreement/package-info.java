/** The precedents view: agreement records with their own facets, CSV export, and a page per hospital. */
package org.aidnews.web.agreement;
