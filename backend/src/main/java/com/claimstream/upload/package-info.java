/**
 * Files people upload (insurance cards now; superbills and message attachments later),
 * ARCHITECTURE §5 and RELIABILITY UPL-01..06: the multipart limits every upload shares,
 * the malware scan every file goes through before anything else (ClamAV's clamd, failing
 * closed, ADR 0022), the type of a file told by its content, storage outside the web root
 * under server-made names, sealed at rest, and the headers a stored file is served with.
 */
@NullMarked
package com.claimstream.upload;

import org.jspecify.annotations.NullMarked;
