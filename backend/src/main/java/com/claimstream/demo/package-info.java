/**
 * The demo practice of the default run: created through the services, like real use, so
 * it produces the same events and mail. Active in the {@code demo} profile only.
 */
@NullMarked
package com.claimstream.demo;

import org.jspecify.annotations.NullMarked;
