/**
 * The eligibility sandbox: deterministic 271 answers chosen by member id prefix
 * (docs/sandbox-eligibility.md).
 */
@NullMarked
package com.claimstream.benefits.sandbox;

import org.jspecify.annotations.NullMarked;
