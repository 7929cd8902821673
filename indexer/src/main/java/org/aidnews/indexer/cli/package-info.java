/** The indexer's command-line front door: {@code index}, {@code extract} and the evaluation commands. */
package org.aidnews.indexer.cli;
