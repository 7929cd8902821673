/**
 * The portal driven as a reader drives it: a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, installed by {@code scripts/install-browser.sh}) types, clicks and reads the
 * pages of the application started on a random loopback port over the test index. Each step leaves a
 * screenshot under {@code search-web/target/screenshots/} for a person to look at.
 */
package org.aidnews.web.browser;
