package com.claimstream.common;

/**
 * The largest request bodies the application accepts: one file of at most 10 MB in a form
 * (UPL-01). Uploads enforce them while reading; the audit filter reads a PHI change's
 * body, up to {@link #MAX_BODY_BYTES}, before that change's transaction begins.
 */
public final class BodyLimits {

	/** The largest file accepted: 10 MB (10,485,760 bytes). */
	public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	/**
	 * What a form may add to its file: boundaries, part headers and a few small fields.
	 */
	public static final int MAX_FORM_OVERHEAD = 64 * 1024;

	/** The largest body of any request: a form with one file. */
	public static final int MAX_BODY_BYTES = MAX_FILE_BYTES + MAX_FORM_OVERHEAD;

	private BodyLimits() {
	}

}
