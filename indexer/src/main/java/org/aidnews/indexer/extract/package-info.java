/** Main-text, title, date and credit extraction, and cleaning of the extracted text. */
package org.aidnews.indexer.extract;
