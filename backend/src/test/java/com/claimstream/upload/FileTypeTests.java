package com.claimstream.upload;

import org.junit.jupiter.api.Test;

import com.claimstream.support.UploadSamples;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeTests {

	@Test
	void realFilesAreToldByTheirContent() {
		assertThat(FileType.of(UploadSamples.pdf())).contains(FileType.PDF);
		assertThat(FileType.of(UploadSamples.jpeg())).contains(FileType.JPEG);
		assertThat(FileType.of(UploadSamples.png())).contains(FileType.PNG);
		assertThat(FileType.of(UploadSamples.pdfOfSize(10 * 1024 * 1024))).contains(FileType.PDF);
	}

	@Test
	void noDisguisedFileIsOneOfOurTypes() {
		UploadSamples.disguised().forEach((what, content) -> assertThat(FileType.of(content)).as(what).isEmpty());
	}

}
