package com.claimstream.upload;

import org.jspecify.annotations.Nullable;

/**
 * A scanner's verdict on one file: clean, or the name of the signature it matched.
 *
 * @param signature the matched signature, {@code null} when the file is clean
 */
public record ScanVerdict(@Nullable String signature) {

	public static final ScanVerdict CLEAN = new ScanVerdict(null);

	public boolean clean() {
		return this.signature == null;
	}

}
