/** Bad input at every door: hostile pages through the pipeline and the indexer, bad configuration files. */
package org.aidnews.reliability.input;
