/**
 * The reliability and security battery (issue 9): proves nothing committed is lost and nothing
 * hostile is let in. {@link org.aidnews.reliability.ReliabilityBattery} runs every part and
 * writes docs/reliability.md and docs/reliability.json; the tests run the fast settings.
 */
package org.aidnews.reliability;
