/** Operations: token-protected admin actions (reindex) and index metrics. */
package org.aidnews.web.admin;
