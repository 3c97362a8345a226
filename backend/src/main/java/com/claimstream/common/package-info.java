/**
 * The shared kernel: money, ids, the clock, problem details and paging. Small and stable;
 * depends on no feature.
 */
@NullMarked
package com.claimstream.common;

import org.jspecify.annotations.NullMarked;
