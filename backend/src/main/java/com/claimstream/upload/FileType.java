package com.claimstream.upload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The file types an upload may be, told by content only (UPL-03): the name and the
 * {@code Content-Type} a browser sends are never read. A file must start with its type's
 * signature and end as that type ends, so a ZIP or a script appended to an image, or a
 * page renamed {@code .pdf}, is refused; and no file may carry markup a browser would run
 * in its first kilobyte.
 */
public enum FileType {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] PNG_END = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82 };

	private static final String[] MARKUP = { "<html", "<script", "<svg", "<!doctype", "<?xml", "<body", "<iframe",
			"javascript:" };

	private static final int PDF_TAIL = 1024;

	private final String mediaType;

	private final String extension;

	FileType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public MediaType mediaType() {
		return MediaType.parseMediaType(this.mediaType);
	}

	/** The extension of the names the server gives files of this type. */
	public String extension() {
		return this.extension;
	}

	/** The type of this content, if it is one of ours through and through. */
	public static Optional<FileType> of(byte[] content) {
		if (carriesMarkup(content)) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter((type) -> type.matches(content)).findFirst();
	}

	private boolean matches(byte[] content) {
		return switch (this) {
			case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII)) && endsPdf(content);
			case JPEG -> content.length > 4 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
					&& (content[2] & 0xff) == 0xff && (content[content.length - 2] & 0xff) == 0xff
					&& (content[content.length - 1] & 0xff) == 0xd9;
			case PNG -> startsWith(content, PNG_SIGNATURE) && content.length > 24
					&& new String(content, 12, 4, StandardCharsets.US_ASCII).equals("IHDR") && Arrays.equals(content,
							content.length - PNG_END.length, content.length, PNG_END, 0, PNG_END.length);
		};
	}

	private static boolean endsPdf(byte[] content) {
		int from = Math.max(0, content.length - PDF_TAIL);
		return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean carriesMarkup(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(MARKUP).anyMatch(head::contains);
	}

}
