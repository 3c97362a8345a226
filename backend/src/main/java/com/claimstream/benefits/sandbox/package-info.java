/**
 * The eligibility sandbox: deterministic 271 answers chosen by member id prefix
 * (docs/sandbox-eligibility.md). {@link com.claimstream.benefits.sandbox.SandboxPlans} is
 * open to the other sandboxes (the clearinghouse's payers play the same plans).
 */
@NullMarked
@NamedInterface("sandbox")
package com.claimstream.benefits.sandbox;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
