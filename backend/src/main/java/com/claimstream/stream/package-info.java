/**
 * The live event stream: the outbox every feature appends to in its own transaction
 * ({@link com.claimstream.stream.EventLog}), one ordered, gap-free reader per instance,
 * fan-out to the subscribers each principal may see, and the {@code /api/stream}
 * WebSocket protocol (resume, replay, live, reset, heartbeats). Depends on {@code common}
 * and {@code security} only; knows nothing of the features whose events it carries.
 */
@NullMarked
package com.claimstream.stream;

import org.jspecify.annotations.NullMarked;
