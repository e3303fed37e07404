/**
 * JMH benchmarks of the library against physical baselines measured in the same run, and the synthetic
 * national dataset they use. See docs/PERFORMANCE.md.
 */
package org.itascore.benchmarks;
