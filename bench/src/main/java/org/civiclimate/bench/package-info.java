/** Benchmarks: each main class measures one figure of {@code bench/RESULTS.md} with a comparison in the same run. */
@NullMarked
package org.civiclimate.bench;

import org.jspecify.annotations.NullMarked;
