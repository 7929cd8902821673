/** Traditional/Simplified normalisation, shared by indexing and querying. */
package org.aidnews.indexer.normalize;
