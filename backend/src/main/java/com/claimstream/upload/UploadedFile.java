package com.claimstream.upload;

/**
 * A file received whole and checked: its content and its type as told by that content.
 * The name the sender gave it is not kept (UPL-05).
 */
public record UploadedFile(byte[] content, FileType type) {

	public int size() {
		return this.content.length;
	}

	@Override
	public String toString() {
		return "UploadedFile[" + this.type + ", " + this.content.length + " bytes]";
	}

}
