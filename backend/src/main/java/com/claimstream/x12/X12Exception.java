package com.claimstream.x12;

/**
 * A file that is not the X12 it should be: unreadable, or missing what a reader needs.
 */
public class X12Exception extends RuntimeException {

	public X12Exception(String message) {
		super(message);
	}

	public X12Exception(String message, Throwable cause) {
		super(message, cause);
	}

}
