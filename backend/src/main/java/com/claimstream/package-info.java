/**
 * Claimstream: out-of-network insurance billing and a client portal for mental-health
 * practices. Each top-level package below is one business capability (an application
 * module); {@code ModularityTests} checks the arrows between them.
 */
@NullMarked
package com.claimstream;

import org.jspecify.annotations.NullMarked;
