/**
 * Durability: kill -9 of the indexer, simulated OS crashes, disk full and I/O errors; after each,
 * what is served must open, be clean and be either the last published index or a complete new one.
 */
package org.aidnews.reliability.durability;
