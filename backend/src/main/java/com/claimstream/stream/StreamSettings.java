package com.claimstream.stream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the live stream behaves (ARCHITECTURE 4, docs/decisions/0006).
 *
 * @param heartbeat interval of {@code {"type":"heartbeat"}} frames
 * @param replayWindow how far back a resume cursor may point before the client is told to
 * {@code reset}
 * @param bufferSize frames held for one slow socket before it is reset and closed
 * @param pollBusy reader delay right after it found events
 * @param pollIdle longest reader delay when nothing is happening (it backs off to it)
 * @param batchSize rows per reader or replay query
 * @param pollTimeout longest a reader query may take before it is abandoned and retried
 * @param stallTimeout how long the reader may go without finishing a poll before it is
 * restarted from its cursor
 * @param sessionSweep how often open sockets' sessions are checked (closed within twice
 * this)
 * @param transactionAgeProbe how often the oldest open transaction's age is measured
 * @param maxFrameBytes largest client frame (larger: close 1009)
 * @param maxFramesPerSecond most client frames per second (more: close 1008)
 */
@ConfigurationProperties("claimstream.stream")
record StreamSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("24h") Duration replayWindow,
		@DefaultValue("1000") int bufferSize, @DefaultValue("2ms") Duration pollBusy,
		@DefaultValue("25ms") Duration pollIdle, @DefaultValue("500") int batchSize,
		@DefaultValue("10s") Duration pollTimeout, @DefaultValue("15s") Duration stallTimeout,
		@DefaultValue("2s") Duration sessionSweep, @DefaultValue("10s") Duration transactionAgeProbe,
		@DefaultValue("4096") int maxFrameBytes, @DefaultValue("10") int maxFramesPerSecond) {

}
