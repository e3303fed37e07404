/**
 * What-if targets: {@link org.itascore.whatif.WhatIf} tells what each indicator (and, for verdicts, each
 * instrument) must score to reach a {@link org.itascore.whatif.Target}, verified by re-scoring.
 */
package org.itascore.whatif;
