/** Load while a full rebuild is published: concurrent clients, a canary query, latency percentiles. */
package org.aidnews.reliability.load;
