package com.claimstream.coding;

/**
 * What an order-file import did: codes added, codes changed (billable flag or a
 * description, or back from retirement), codes retired (absent from the file).
 */
public record ImportCounts(long added, long changed, long retired) {

	ImportCounts plus(ImportCounts other) {
		return new ImportCounts(this.added + other.added, this.changed + other.changed, this.retired + other.retired);
	}

}
