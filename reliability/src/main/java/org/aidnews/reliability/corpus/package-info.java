/** Generated test material: article pages about paired medical assistance, written to WARC files. */
package org.aidnews.reliability.corpus;
